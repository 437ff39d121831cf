-- The same through the string metatable.
local code = ("x"):dump()
