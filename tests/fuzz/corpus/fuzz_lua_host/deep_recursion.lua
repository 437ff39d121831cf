-- Unbounded recursion.
local function dive(n)
  return dive(n + 1) + 1
end
dive(1)
