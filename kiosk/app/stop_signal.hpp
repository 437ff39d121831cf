#pragma once
// SIGTERM (systemctl stop) and SIGINT (Ctrl-C) end `marquee run` and `marquee lights test`
// cleanly: the handlers only set a flag that the main loops poll, so threads are joined, sACN
// streams are terminated and logs are flushed before the process exits 0. An attendee's Alt+F4
// (SDL_QUIT) stays ignored: SDL is told not to turn these signals into SDL_QUIT.
#include <atomic>

namespace marquee::app {

// Installs the handlers (and the SDL hint; call before SDL_Init).
void install_stop_signals();
// True once SIGTERM or SIGINT arrived; the signal's number, 0 before.
bool stop_signal_received();
int stop_signal_number();
// The flag itself, for loops in lower modules that take an std::atomic<bool>.
const std::atomic<bool>& stop_flag();

}  // namespace marquee::app
