-- Swallowing the limit error with pcall and carrying on.
while true do
  pcall(function()
    while true do end
  end)
end
