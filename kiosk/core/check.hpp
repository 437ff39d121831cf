#pragma once
// MARQUEE_CHECK: a programmer-error check that stays on in release builds (assert vanishes in
// the RelWithDebInfo presets the kiosks run). A failed check prints where it failed and what
// was expected, then aborts: continuing with a broken invariant could light the wrong fixture
// or write past a buffer. Anything input can cause is a core::Result, never a check.
#include <cstdio>
#include <cstdlib>

namespace marquee::core {

[[noreturn]] inline void check_failed(const char* file, int line, const char* condition, const char* what) {
  std::fprintf(stderr, "%s:%d: check failed: %s (%s)\n", file, line, condition, what);
  std::fflush(stderr);
  std::abort();
}

}  // namespace marquee::core

#define MARQUEE_CHECK(condition, what)                                                     \
  do {                                                                                     \
    if (!(condition)) ::marquee::core::check_failed(__FILE__, __LINE__, #condition, what); \
  } while (false)
