-- Overwriting a library function that other scripts share.
string.upper = function() return "pwned" end
