-- A huge field width in one C call.
local s = string.format("%099999999d", 1)
