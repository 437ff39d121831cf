-- Reading the heartbeat script's secret: its globals live in its own _ENV, its locals are out of
-- reach without the debug library.
assert(heartbeat_secret == nil and _G.heartbeat_secret == nil, "reached another script's globals")
local name, value = debug.getlocal(2, 1)
