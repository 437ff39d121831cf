-- Eating all memory, a megabyte at a time.
local hoard = {}
for i = 1, 100000 do
  hoard[i] = string.rep("x", 1024 * 1024) .. i
end
