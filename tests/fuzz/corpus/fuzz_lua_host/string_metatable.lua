-- Replacing string methods for every script in the state through the shared metatable.
local mt = getmetatable("")
mt.__index = { upper = function() return "pwned" end }
