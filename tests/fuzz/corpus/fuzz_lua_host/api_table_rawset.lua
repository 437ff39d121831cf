-- The same, bypassing __newindex.
rawset(string, "upper", function() return "pwned" end)
