-- table.move of 2^63 - 1 nil slots: one C loop the count hook never interrupts.
local t = table.move({}, 1, math.maxinteger - 1, 2)
