-- The same with coroutine.wrap inside pcall.
while true do
  pcall(coroutine.wrap(function() while true do end end))
end
