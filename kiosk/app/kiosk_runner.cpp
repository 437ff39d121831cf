#include "app/kiosk_runner.hpp"

#include <SDL.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "app/config.hpp"
#include "content/loader.hpp"
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "core/time_zone.hpp"
#include "platform/frame_stats.hpp"
#include "platform/imgui_layer.hpp"
#include "platform/screenshot.hpp"
#include "platform/video.hpp"
#include "ui/kiosk_ui.hpp"

namespace marquee::app {
namespace {

// A headless run without --frames renders this long, then writes its screenshot.
constexpr double kHeadlessDemoSeconds = 3.0;

std::shared_ptr<const content::Content> load_or_fallback(const std::filesystem::path& dir) {
  auto result = content::load_content(dir);
  if (result.content) return result.content;
  for (const auto& d : result.diagnostics.all()) spdlog::error("{}", content::format_diagnostic(d));
  if (dir != core::demo_content_dir()) {
    spdlog::error("content in {} is invalid; showing the bundled demo content instead", dir.string());
    return content::load_content(core::demo_content_dir()).content;
  }
  return nullptr;
}

bool parse_size(const std::string& s, int& w, int& h) {
  return std::sscanf(s.c_str(), "%dx%d", &w, &h) == 2 && w >= 320 && h >= 240 && w <= 8192 && h <= 8192;
}

core::Result<KioskConfig> resolve_config(const RunOptions& o) {
  KioskConfig cfg;
  if (!o.config_file.empty()) {
    auto loaded = load_kiosk_config(o.config_file);
    if (!loaded) return loaded.error();
    cfg = std::move(*loaded);
  }
  if (!o.lang.empty()) {
    auto l = content::lang_from_code(o.lang);
    if (!l) return core::make_error("--lang: unknown language \"" + o.lang + "\" (en, zh, es)");
    cfg.ui.default_lang = *l;
  }
  if (!o.size.empty() && !parse_size(o.size, cfg.display.width, cfg.display.height)) {
    return core::make_error("--size: expected WxH such as 1920x1080, got \"" + o.size + "\"");
  }
  if (o.windowed) cfg.display.fullscreen = false;
  return cfg;
}

// Translates SDL input into what the kiosk cares about. Returns false when the app should quit
// (only possible in --windowed development mode: attendees cannot leave the app).
bool handle_event(const SDL_Event& e, ui::KioskUi& ui, bool windowed) {
  switch (e.type) {
    case SDL_QUIT:
      return !windowed;
    case SDL_KEYDOWN:
      if (e.key.keysym.sym == SDLK_ESCAPE && windowed) return false;
      ui.note_input();
      break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_FINGERDOWN:
    case SDL_MOUSEWHEEL:
      ui.note_input();
      break;
    case SDL_MULTIGESTURE:
      if (ui.state().screen == ui::Screen::Map && e.mgesture.numFingers >= 2) {
        ui.state().map_zoom = std::clamp(ui.state().map_zoom * (1.0f + 2.5f * e.mgesture.dDist), 0.5f, 6.0f);
      }
      ui.note_input();
      break;
    default:
      break;
  }
  return true;
}

}  // namespace

int run_kiosk(const RunOptions& o) {
  auto cfg = resolve_config(o);
  if (!cfg) {
    std::cerr << "marquee run: " << cfg.error().message << '\n';
    return 2;
  }
  const std::filesystem::path dir = !o.content_dir.empty()      ? std::filesystem::path(o.content_dir)
                                    : !cfg->content_dir.empty() ? cfg->content_dir
                                                                : core::demo_content_dir();
  auto content = load_or_fallback(dir);
  if (!content) {
    std::cerr << "marquee run: no valid content to show\n";
    return 1;
  }
  core::WallTime start_wall = core::SystemClock::instance().wall_now();
  if (!o.now.empty()) {
    auto t = core::parse_iso8601(o.now);
    if (!t) {
      std::cerr << "marquee run: --now: " << t.error().message << '\n';
      return 2;
    }
    start_wall = *t;
  }
  const bool headless = o.headless || !platform::display_available();
  platform::VideoOptions vo{
      cfg->display.width,         cfg->display.height, headless, cfg->display.fullscreen,
      cfg->display.display_index, cfg->display.vsync,  false};
  if (cfg->display.portrait) std::swap(vo.width, vo.height);
  auto video = platform::Video::open(vo);
  if (!video) {
    std::cerr << "marquee run: " << video.error().message << '\n';
    return 1;
  }
  spdlog::info("display: {}", (*video)->describe());
  platform::ImGuiLayer imgui((*video)->window(), (*video)->renderer());
  ui::KioskUi ui(cfg->ui);
  ui.set_content(content);
  if (!o.screen.empty()) {
    ui::Screen s;
    if (!ui::screen_from_id(o.screen, s)) {
      std::cerr << "marquee run: --screen: unknown screen \"" << o.screen
                << "\" (home, schedule, exhibitors, map, announcements, attract)\n";
      return 2;
    }
    ui.go(s);
  }

  const int frame_limit =
      o.frames > 0 ? o.frames : (headless ? static_cast<int>(kHeadlessDemoSeconds * 30) : -1);
  const std::string shot =
      !o.screenshot.empty() ? o.screenshot : (headless && o.frames <= 0 ? "marquee-screenshot.png" : "");
  platform::FrameStats stats;
  const auto mono_start = std::chrono::steady_clock::now();
  auto last = mono_start;
  bool running = true;
  for (int frame = 0; running && (frame_limit < 0 || frame < frame_limit); ++frame) {
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
      imgui.process_event(e);
      running = handle_event(e, ui, o.windowed) && running;
    }
    const auto mono = std::chrono::steady_clock::now();
    const double dt = std::chrono::duration<double>(mono - last).count();
    last = mono;
    const auto now = start_wall + std::chrono::duration_cast<core::Millis>(mono - mono_start);
    const double cpu0 = platform::thread_cpu_ms();
    const float scale = std::min(static_cast<float>((*video)->width()) / 1920.0f,
                                 static_cast<float>((*video)->height()) / 1080.0f);
    auto rebuilt = ui.prepare_fonts(scale);
    if (!rebuilt) {
      std::cerr << "marquee run: " << rebuilt.error().message << '\n';
      return 1;
    }
    if (*rebuilt) imgui.reload_fonts();
    imgui.begin_frame();
    ui.frame(now, dt);
    imgui.render(0.043f, 0.071f, 0.125f);
    stats.add(platform::thread_cpu_ms() - cpu0);
    if (frame == 0) stats.set_first_frame_ms(platform::process_uptime_ms());
    const bool last_frame = frame_limit > 0 && frame == frame_limit - 1;
    if (last_frame && !shot.empty()) {
      if (auto st = platform::save_screenshot((*video)->renderer(), shot); !st) {
        std::cerr << "marquee run: " << st.error().message << '\n';
        return 1;
      }
      std::cout << "screenshot: " << std::filesystem::absolute(shot).string() << '\n';
    }
    SDL_RenderPresent((*video)->renderer());
    if (headless && o.frames <= 0) std::this_thread::sleep_for(std::chrono::milliseconds(33));
  }
  if (o.stats) std::cout << stats.to_json() << '\n';
  return 0;
}

}  // namespace marquee::app
