-- %b from every start position over 4 MiB of "(": quadratic inside one C call.
local s = string.rep("(", 4 * 1024 * 1024 - 1)
local i = string.find(s, "%b()")
