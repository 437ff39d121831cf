-- table.concat over 2^63 empty slots: one C call the count hook never interrupts.
local s = table.concat({}, "", 1, math.maxinteger)
