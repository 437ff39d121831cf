-- Dumping a function to bytecode.
local code = string.dump(function() return 1 end)
