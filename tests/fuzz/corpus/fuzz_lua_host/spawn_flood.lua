-- A spawn loop: every cue waits forever, so the scheduler fills up.
for i = 1, 100000 do
  spawn(function() wait(3600) end)
end
