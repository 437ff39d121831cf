-- Backtracking that takes minutes inside one C call.
local s = string.rep("a", 4000)
local found = s:find(".-.-.-.-.-b")
