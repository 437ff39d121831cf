-- Stopping the collector to grow without bound.
collectgarbage("stop")
