#pragma once
// Debian's lua5.4-c++ is Lua compiled as C++ (errors are C++ exceptions that unwind destructors)
// but it exports C-linkage symbols, so the headers are included through the package's lua.hpp,
// which wraps them in extern "C". Only scripting/ includes this file.
#include <lua.hpp>
