#include "app/kiosk_runner.hpp"

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/kiosk_app.hpp"
#include "app/self_restart.hpp"
#include "app/stop_signal.hpp"
#include "platform/video.hpp"
#include "core/log.hpp"
#include "platform/journal_log.hpp"
#include "platform/service_notifier.hpp"

namespace marquee::app {
namespace {
// A headless run without --frames renders this long, then writes its screenshot.
constexpr int kHeadlessDemoFrames = 90;  // about 3 s at 30 frames per second

struct DebugStall {
  int after_frame = 0;  // 0: never
  double seconds = 0;
};

std::optional<DebugStall> parse_debug_stall(const std::string& text) {
  DebugStall s;
  if (text.empty()) return s;
  if (std::sscanf(text.c_str(), "%d:%lf", &s.after_frame, &s.seconds) != 2 || s.after_frame < 1 ||
      s.seconds <= 0 || s.seconds > 3600)
    return std::nullopt;
  return s;
}

// Under systemd, logs go to the journal with this kiosk's id (the config is read again later by
// KioskApp; reading it here too puts the id on the first lines as well).
void use_journal_when_a_service(const RunOptions& o) {
  if (!platform::stderr_is_journal()) return;
  std::string kiosk_id;
  if (!o.config_file.empty()) {
    if (auto cfg = load_kiosk_config(o.config_file)) kiosk_id = cfg->ui.place.kiosk_id;
  }
  platform::log_to_journal(kiosk_id);
}

// Shown this long before the process restarts (headless: these many frames, unpaced).
constexpr double kFallbackSeconds = 3.0;
constexpr int kFallbackFramesHeadless = 10;

// A runtime failure: the visitor sees the fallback screen, never an error or a desktop, and the
// kiosk starts afresh. Returns the exit code when it cannot restart.
int recover(KioskApp& app, const RunOptions& o, const std::string& why, const std::string& shot) {
  core::component_logger("app")->error("runtime failure: {}", why);
  if (!o.self_restart) {
    std::cerr << "marquee run: " << why << '\n';
    return 1;
  }
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0;; ++i) {
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const bool last = app.headless() ? i + 1 >= kFallbackFramesHeadless : t >= kFallbackSeconds;
    std::optional<std::filesystem::path> capture;
    if (last && !shot.empty()) {  // tests look at it: <name>-fallback.png beside the screenshot
      const std::filesystem::path p(shot);
      capture = p.parent_path() / (p.stem().string() + "-fallback" + p.extension().string());
    }
    if (!app.fallback_step(t, capture) || last) break;
    if (!app.headless()) std::this_thread::sleep_for(std::chrono::milliseconds(33));
  }
  if (!restart_budget_left()) {
    std::cerr << "marquee run: " << why << " (no restarts left)\n";
    return 1;
  }
  app.leave_fleet();
  restart_self(why.c_str());
  return 1;  // exec failed; restart_self said why
}

// One frame, with runtime failures (an error or an exception) turned into a message.
std::optional<std::string> guarded_step(KioskApp& app, const std::optional<std::filesystem::path>& capture,
                                        int frame, bool& quit) {
  try {
    if (const auto fault = injected_fault(); fault && fault->frame == frame) {
      if (fault->crash) std::raise(SIGSEGV);
      throw std::runtime_error("injected fault (MARQUEE_FAULT)");
    }
    if (app.step(capture)) return std::nullopt;
  } catch (const std::exception& e) {
    return std::string(e.what());
  }
  if (app.last_error()) {  // --windowed and the developer closed the window
    quit = true;
    return std::nullopt;
  }
  return app.last_error().error().message;
}

// The frame loop: step, tell systemd the frame is on screen, pace. Returns the exit code.
int run_frames(KioskApp& app, const RunOptions& o, platform::ServiceNotifier& notifier, DebugStall stall) {
  const bool headless = app.headless();
  const int frame_limit = o.frames > 0 ? o.frames : (headless && !o.keep_running ? kHeadlessDemoFrames : -1);
  const std::string shot =
      !o.screenshot.empty() ? o.screenshot : (headless && o.frames <= 0 && !o.keep_running ? "marquee-screenshot.png" : "");
  // Without vsync (software rasteriser) a window would redraw as fast as the CPU allows: pace it
  // at the display's refresh instead. Benchmarks (--frames) run flat out.
  const bool pace = !headless && o.frames <= 0 && !app.paced_by_display();
  const auto frame_period = std::chrono::microseconds(1'000'000 / 60);
  auto next_frame = std::chrono::steady_clock::now();
  for (int frame = 0; frame_limit < 0 || frame < frame_limit; ++frame) {
    if (stop_signal_received()) {
      core::component_logger("app")->info("signal {}: stopping", stop_signal_number());
      return 0;
    }
    std::optional<std::filesystem::path> capture;
    if (frame == frame_limit - 1 && !shot.empty()) capture = shot;
    bool quit = false;
    if (const auto failure = guarded_step(app, capture, frame, quit)) return recover(app, o, *failure, shot);
    if (quit) return 0;
    // Only a frame that was drawn and presented proves the UI thread is alive.
    notifier.frame_presented(std::chrono::steady_clock::now());
    if (capture) std::cout << "screenshot: " << std::filesystem::absolute(*capture).string() << '\n';
    if (frame + 1 == stall.after_frame) {
      core::component_logger("watchdog")->warn("--debug-stall: the frame loop hangs for {} s", stall.seconds);
      notifier.status("debug stall: frame loop hung");
      std::this_thread::sleep_for(std::chrono::duration<double>(stall.seconds));
    }
    // Headless demo runs pace themselves like a display would (vsync does it on screen).
    if (headless && o.frames <= 0) std::this_thread::sleep_for(std::chrono::milliseconds(33));
    if (pace) {
      next_frame += frame_period;
      const auto now = std::chrono::steady_clock::now();
      if (next_frame < now) next_frame = now;  // late: do not try to catch up with a burst
      std::this_thread::sleep_until(next_frame);
    }
  }
  return 0;
}

}  // namespace

int run_kiosk(const RunOptions& o) {
  const auto stall = parse_debug_stall(o.debug_stall);
  if (!stall) {
    std::cerr << "marquee run: --debug-stall: expected FRAME:SECONDS such as 30:20, got \"" << o.debug_stall
              << "\"\n";
    return 2;
  }
  install_stop_signals();  // before SDL starts: SIGTERM/SIGINT end the run, Alt+F4 does not
  use_journal_when_a_service(o);
  RunOptions options = o;
  // A kiosk on a display never shows a crash: it restarts itself (tests ask for it headless).
  if (!o.headless && !o.windowed && platform::display_available()) options.self_restart = true;
  if (options.self_restart) restart_on_crash_signals();
  if (current_restart_record().count > 0) {
    core::component_logger("app")->warn("restarted after a failure ({} in a row)", current_restart_record().count);
  }
  auto started = KioskApp::create(options);
  if (!started) {
    std::cerr << "marquee run: " << started.failure.message << '\n';
    return started.failure.exit_code;
  }
  auto app = std::move(started.app);
  auto notifier = platform::ServiceNotifier::from_environment();
  notifier.set_ready_status("showing " + app->content_source());
  if (const auto timeout = notifier.watchdog_timeout()) {
    core::component_logger("watchdog")
        ->info("systemd watchdog {} ms, pinged from the frame loop",
               std::chrono::duration_cast<std::chrono::milliseconds>(*timeout).count());
  }
  const int code = run_frames(*app, options, notifier, *stall);
  notifier.stopping();
  if (code == 0 && o.stats) std::cout << app->stats().to_json() << '\n';
  app.reset();  // joins the sync, show and output threads (sACN streams end) before exit
  spdlog::default_logger()->flush();  // component loggers share its sink
  return code;
}

}  // namespace marquee::app
