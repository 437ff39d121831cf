-- Hand-made precompiled chunk (bytecode can be crafted to break the VM): load is text-only.
local f, err = load("\27LuaT\0\25\147\r\n\26\n\4\8\8")
error(err)
