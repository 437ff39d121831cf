-- The debug library (getlocal, sethook, setmetatable on anything) is not in the sandbox.
debug.sethook()
