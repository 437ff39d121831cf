-- Loading native code: require resolves only scripting/lib/<name>.lua.
local socket = require("socket.core")
