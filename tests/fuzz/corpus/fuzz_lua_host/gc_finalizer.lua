-- Finalizers run with hooks off: an infinite loop in __gc would hang the show thread.
setmetatable({}, { __gc = function() while true do end end })
