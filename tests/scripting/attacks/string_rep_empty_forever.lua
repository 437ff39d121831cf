-- string.rep of an empty string runs its copy loop n times even though nothing is copied.
local s = string.rep("", math.maxinteger)
error("string.rep of an empty string returned: " .. #s .. " bytes")
