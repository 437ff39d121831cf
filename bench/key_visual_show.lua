-- For bench/ui_frames.sh: the demo's key visual full-screen from the first tick, so the frame time
-- and peak memory include a 1920x1080 image decoded on the worker and drawn every frame.
display.image("images/key-visual.jpg")
