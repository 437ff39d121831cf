-- One C call that would build a 4 GiB string (the count hook never fires inside C).
local s = string.rep("x", 1 << 32)
