#include "app/kiosk_app.hpp"

#include <SDL.h>
#include <malloc.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

#include "content/loader.hpp"
#include "core/log.hpp"
#include "core/paths.hpp"
#include "core/time_zone.hpp"
#include "platform/screenshot.hpp"
#include "sync/crypto.hpp"
#include "sync/start_guard.hpp"
#include "sync/startup.hpp"
#include "sync/sync_config.hpp"
#include "ui/layout_scale.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"

namespace marquee::app {
namespace {

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

// Logs sync outcomes as component "sync", on the sync thread: updates, and a failure when its
// reason changes (not at every poll while the server is down).
std::function<void(const sync::CycleResult&)> sync_logger() {
  return [log = core::component_logger("sync"), last = std::string()](const sync::CycleResult& r) mutable {
    if (r.outcome == sync::Outcome::Failed && r.reason != last) log->warn("sync failed: {}", r.reason);
    if (r.outcome == sync::Outcome::Updated || r.outcome == sync::Outcome::Activated)
      log->info("{}", r.reason);
    last = r.outcome == sync::Outcome::Failed ? r.reason : std::string();
  };
}

bool parse_size(const std::string& s, int& w, int& h) {
  return std::sscanf(s.c_str(), "%dx%d", &w, &h) == 2 && w >= 320 && h >= 240 && w <= 8192 && h <= 8192;
}

std::optional<StartFailure> resolve_config(const RunOptions& o, KioskConfig& cfg) {
  if (!o.config_file.empty()) {
    auto loaded = load_kiosk_config(o.config_file);
    if (!loaded) return StartFailure{2, loaded.error().message};
    cfg = std::move(*loaded);
  }
  if (!o.lang.empty()) {
    auto l = content::lang_from_code(o.lang);
    if (!l) return StartFailure{2, "--lang: unknown language \"" + o.lang + "\" (en, zh, es)"};
    cfg.ui.default_lang = *l;
  }
  if (!o.size.empty() && !parse_size(o.size, cfg.display.width, cfg.display.height)) {
    return StartFailure{2, "--size: expected WxH such as 1920x1080, got \"" + o.size + "\""};
  }
  if (o.windowed) cfg.display.fullscreen = false;
  if (!o.renderer.empty()) cfg.display.renderer = o.renderer;
  return std::nullopt;
}

// Translates SDL input into what the kiosk cares about. Returns false when the app should quit
// (only in --windowed development mode: attendees cannot leave the app; Alt+F4 arrives as
// SDL_QUIT and is ignored like Escape).
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
      if (e.mgesture.numFingers >= 2) {
        ui.pinch(e.mgesture.dDist, e.mgesture.x, e.mgesture.y);
      }
      ui.note_input();
      break;
    default:
      break;
  }
  return true;
}

ui::PointerPhase pointer_phase(const SDL_Event& e) {
  switch (e.type) {
    case SDL_MOUSEBUTTONDOWN:
    case SDL_FINGERDOWN:
      return ui::PointerPhase::Press;
    case SDL_MOUSEBUTTONUP:
    case SDL_FINGERUP:
      return ui::PointerPhase::Release;
    case SDL_MOUSEMOTION:
    case SDL_FINGERMOTION:
      return ui::PointerPhase::Move;
    default:
      return ui::PointerPhase::None;
  }
}

// What --directions accepts: anything wayfinding::Wayfinder::route resolves.
bool routable_id(const content::Content& c, const std::string& id) {
  return c.booth(id) || c.walking.room(id) || c.walking.amenity(id) || c.exhibitor(id) || c.session(id) ||
         c.walking.node(id);
}

}  // namespace

Started KioskApp::create(const RunOptions& o, const core::Clock* clock) {
  // Decoded images, textures and atlases are megabytes each and short-lived on their way to the
  // screen. A fixed mmap threshold gives every such buffer back to the system when it is freed;
  // glibc's default threshold grows after the first large free, after which such buffers stay in
  // the heap and the kiosk's resident memory keeps the high-water mark of every image decoded.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  std::unique_ptr<KioskApp> app(new KioskApp());
  app->options_ = o;
  if (auto failure = app->start(clock)) return Started{nullptr, std::move(*failure)};
  return Started{std::move(app), {}};
}

// Each step below either succeeds or says why the kiosk cannot start (exit code 2: the options or
// the config are wrong; 1: something it needs is missing or broken).
std::optional<StartFailure> KioskApp::start(const core::Clock* clock) {
  const RunOptions& o = options_;
  if (auto f = resolve_config(o, config_)) return f;
  ui::Screen start_screen = ui::Screen::Home;
  if (!o.screen.empty() && !ui::screen_from_id(o.screen, start_screen))
    return StartFailure{2, "--screen: unknown screen \"" + o.screen +
                               "\" (home, schedule, exhibitors, map, announcements, attract)"};
  clock_ = clock ? clock : &core::SystemClock::instance();
  start_wall_ = clock_->wall_now();
  if (!o.now.empty()) {
    auto t = core::parse_iso8601(o.now);
    if (!t) return StartFailure{2, "--now: " + t.error().message};
    start_wall_ = *t;
  }
  auto content = start_content();
  if (!content) return content.error();
  if (auto f = open_display()) return f;
  ui_->set_content(*content);
  if (auto f = select_start_screen(**content, start_screen)) return f;
  start_indexing(std::move(*content));
  if (auto f = start_staff_pin()) return f;
  ui_->go(start_screen);
  start_mono_ = last_mono_ = content_loaded_ = clock_->mono_now();
  wall_clock_ = std::make_unique<OffsetClock>(
      *clock_, std::chrono::duration_cast<core::Millis>(start_wall_ - clock_->wall_now()));
  start_images();
  identity_ = {config_.ui.place.kiosk_id, config_.zone, config_.tags};
  if (auto st = start_show(); !st) return StartFailure{1, st.error().message};
  start_fleet();
  return std::nullopt;
}

// The content the first frame shows: the last synced bundle if sync is set up, else the
// configured folder or the bundled demo (load_or_fallback keeps the demo when those are broken).
StartStep<std::shared_ptr<const content::Content>> KioskApp::start_content() {
  const std::filesystem::path dir = !options_.content_dir.empty() ? std::filesystem::path(options_.content_dir)
                                    : !config_.content_dir.empty() ? config_.content_dir
                                                                   : core::demo_content_dir();
  auto synced = options_.preview ? core::Result<std::shared_ptr<const content::Content>>(
                                       std::shared_ptr<const content::Content>{})
                                 : start_sync();
  if (!synced) return StartFailure{2, synced.error().message};
  auto content = *synced ? *synced : load_or_fallback(dir);
  if (!content) return StartFailure{1, "no valid content to show"};
  if (content_source_.empty())
    content_source_ = dir == core::demo_content_dir() ? "bundled demo content" : dir.string();
  return content;
}

std::optional<StartFailure> KioskApp::open_display() {
  const auto& display = config_.display;
  platform::VideoOptions vo{
      display.width,
      display.height,
      options_.headless || !platform::display_available(),
      display.fullscreen,
      display.display_index,
      display.vsync,
      platform::renderer_choice_from_name(display.renderer).value_or(platform::RendererChoice::Auto)};
  // rotation = "portrait": taller than wide, whichever way round width and height were written.
  if (display.portrait && vo.width > vo.height) std::swap(vo.width, vo.height);
  auto video = platform::Video::open(vo);
  if (!video) return StartFailure{1, video.error().message};
  video_ = std::move(*video);
  spdlog::info("display: {}", video_->describe());
  imgui_ = std::make_unique<platform::ImGuiLayer>(video_->window(), video_->renderer());
  ui_ = std::make_unique<ui::KioskUi>(config_.ui);
  // The configured density wins: many kiosk panels report a wrong one (or none) over EDID.
  display_dpi_ = display.dpi > 0 ? display.dpi : video_->display_dpi();
  ui_->set_display_dpi(display_dpi_);
  spdlog::info("layout scale {:.2f} ({} dpi)",
               ui::layout_scale(static_cast<float>(video_->width()), static_cast<float>(video_->height()),
                                display_dpi_),
               display_dpi_ > 0 ? std::to_string(static_cast<int>(display_dpi_)) : "unknown");
  return std::nullopt;
}

// --exhibitor, --directions and --attract-scene open the kiosk on a given card, route or scene.
std::optional<StartFailure> KioskApp::select_start_screen(const content::Content& content, ui::Screen& screen) {
  const RunOptions& o = options_;
  if (!o.exhibitor.empty()) {
    if (!content.exhibitor(o.exhibitor))
      return StartFailure{2, "--exhibitor: no exhibitor \"" + o.exhibitor + "\" in the content"};
    ui_->state().selected_exhibitor = o.exhibitor;
    screen = ui::Screen::Exhibitors;
  }
  if (!o.directions.empty()) {
    if (!routable_id(content, o.directions))
      return StartFailure{2, "--directions: no booth, room, amenity, exhibitor, session or walking node \"" +
                                 o.directions + "\" in the content"};
    ui::show_directions(ui_->state(), o.directions);
    screen = ui::Screen::Map;
  }
  if (!o.attract_scene.empty()) {
    if (!ui::is_attract_scene(o.attract_scene))
      return StartFailure{2, "--attract-scene: expected event, now, featured, countdown or map, got \"" +
                                 o.attract_scene + "\""};
    ui_->state().attract_scene = o.attract_scene;
    screen = ui::Screen::Attract;
  }
  return std::nullopt;
}

std::optional<StartFailure> KioskApp::start_staff_pin() {
  if (config_.staff_pin_hash.empty()) return std::nullopt;
  if (sodium_init() < 0) return StartFailure{1, "libsodium failed to initialise"};
  // Only the libsodium hash is in the config; the PIN itself is never stored.
  ui_->set_pin_verifier([hash = config_.staff_pin_hash](const std::string& pin) {
    return crypto_pwhash_str_verify(hash.c_str(), pin.c_str(), pin.size()) == 0;
  });
  return std::nullopt;
}

void KioskApp::start_fleet() {
  // A preview renders a kiosk's screen elsewhere: it must not join the fleet as that kiosk (the
  // broker would drop the real one, whose client id it shares).
  if (config_.fleet.broker.empty() || options_.preview) return;
  // The fleet channel is a speed-up, never a reason for attendees to see no kiosk: a broken
  // [mqtt] set-up is logged (and `marquee doctor` reports it), the kiosk runs without it.
  auto link = FleetLink::start(config_, *clock_);
  if (link) {
    fleet_ = std::move(*link);
  } else {
    core::component_logger("fleet")->error("fleet channel off: {}", link.error().message);
  }
}

void KioskApp::start_images() {
  textures_ = std::make_unique<platform::TextureCache>(video_->renderer(), config_.image_cache_bytes);
  // Runs on the UI thread only, inside ui_->frame(); the app outlives its UI. Images are looked up
  // in the folder of the content on screen (the demo, a local folder or a synced generation).
  ui_->set_image_lookup([this](const std::string& asset, int max_w, int max_h) -> ui::ImageRef {
    const content::Content* c = ui_->content();
    if (!c) return {};
    const platform::CachedTexture t = textures_->get(c->dir, asset, {max_w, max_h});
    return {t.texture, t.size.width, t.size.height};
  });
}

void KioskApp::start_indexing(std::shared_ptr<const content::Content> content) {
  // Today's closures carry over to new content (staff closed the lift, not the bundle's lift).
  indexer_.start(std::move(content), config_.ui.place.node, wayfinding::Closures{ui_->state().closures.ids});
}

void KioskApp::take_finished_index() {
  auto built = indexer_.take();
  if (!built) return;
  ui_->set_search_index(std::move(built->index), built->built_for.get());
  ui_->set_wayfinder(std::move(built->routes), built->built_for.get());
  return_freed_memory();  // the previous index is gone
}

void KioskApp::return_freed_memory() {
  // A content update frees the old snapshot, index and atlas, and the parse buffers of the sync
  // and index threads, but glibc keeps freed pages in each thread's arena: without this a kiosk
  // that started on 10k content at 82 MB sits at 133 MB after one update. Trimming walks every
  // arena, so it runs off the UI thread.
  if (trimmer_.joinable()) trimmer_.join();
  trimmer_ = std::jthread([] { malloc_trim(0); });
}

core::Status KioskApp::start_show() {
  ShowSettings settings;
  settings.script = !options_.show.empty() ? std::filesystem::path(options_.show) : config_.show_script;
  settings.patch = !options_.patch.empty() ? std::filesystem::path(options_.patch) : config_.patch;
  if (settings.script.empty() || options_.preview) return core::Ok{};
  settings.follow_timecode = config_.show_clock.follow_timecode;
  settings.timecode.loss_after = core::Millis{config_.show_clock.timecode_loss_ms};
  settings.timecode.free_run_for = core::Millis{config_.show_clock.timecode_free_run_ms};
  if (const auto* venue = ui_->content()->venue(ui_->config().place.venue)) {  // the UI's: see KioskPlace
    settings.venue_time_zone = venue->time_zone_name;
    settings.latitude = venue->latitude;
    settings.longitude = venue->longitude;
  }
  auto started = ShowServices::start(settings, *wall_clock_);
  if (!started) return started.error();
  show_ = std::move(*started);
  ui_->set_show_controller(&show_->controller());
  spdlog::info("show {} started{}", settings.script.string(), settings.patch.empty() ? "" : " with lighting");
  return core::Ok{};
}

core::Result<std::shared_ptr<const content::Content>> KioskApp::start_sync() {
  sync::SyncConfig cfg = config_.sync;  // [sync] of the config file, read with the rest of it
  sync::apply_overrides(cfg, {options_.url, options_.public_key, options_.cache});
  if (cfg.base_url.empty()) return std::shared_ptr<const content::Content>{};  // no server: local content
  if (cfg.public_key.empty())
    return core::make_error("a content server needs --public-key (or [sync] public_key)");
  auto key = sync::read_public_key_file(cfg.public_key);
  if (!key) return key.error();
  // A content update that keeps the kiosk from starting is rolled back before the cache is read.
  start_guard_ = std::make_unique<sync::StartGuard>(cfg.cache_dir, *clock_);
  const auto crash_loop = start_guard_->begin();
  for (const auto& p : start_guard_->problems()) core::component_logger("startup")->warn("{}", p);
  // Start from what is on disk, without the network: newest valid generation, else the demo.
  auto startup = sync::open_cache_at_startup(cfg.cache_dir, core::demo_content_dir(), &*key);
  for (const auto& p : startup.problems) spdlog::warn("cache: {}", p);
  startup.held_back_version = start_guard_->held_back_version();
  content_source_ = startup.description;
  if (crash_loop) {
    core::component_logger("startup")->error("crash loop: {}", *crash_loop);
    content_source_ += " after a crash loop: " + *crash_loop;
  }
  sync_ = std::make_unique<sync::SyncService>(cfg, *key, *clock_, startup);
  sync_->on_cycle(sync_logger());
  sync_->start();
  return startup.content;
}

void KioskApp::take_synced_content() {
  if (!sync_) return;
  if (auto fresh = sync_->mailbox().take(); fresh && *fresh) {
    content_source_ = "synced bundle";
    set_content(std::move(*fresh));
  }
  if (ui_->state().refresh_requested) {
    sync_->poll_now();
    ui_->state().refresh_requested = false;
  }
}

void KioskApp::set_content(std::shared_ptr<const content::Content> content) {
  // Between frames: the screen keeps its place; the font atlas and search index follow.
  content_loaded_ = clock_->mono_now();
  ui_->set_content(content);
  start_indexing(std::move(content));
}

void KioskApp::apply_display_commands() {
  if (!show_) return;
  for (const auto& command : show_->display().drain()) {
    if (command.target.matches(identity_)) ui_->apply_display_command(command);
  }
}

core::Status KioskApp::update_fonts(float screen_scale) {
  if (!ui_->has_fonts()) {  // the first frame has nothing else to draw with: build it here
    auto built = ui_->prepare_fonts(screen_scale);
    if (!built) return built.error();
    imgui_->reload_fonts();
    return core::Ok{};
  }
  auto wanted = ui_->wanted_fonts(screen_scale);
  if (!wanted) return wanted.error();
  if (!*wanted) return core::Ok{};
  if (auto built = font_builder_.take(**wanted)) {
    ui_->install_fonts(std::move(*built), std::move(**wanted));
    imgui_->reload_fonts();
    return_freed_memory();  // the previous atlas is gone
    return core::Ok{};
  }
  font_builder_.request(**wanted);
  return core::Ok{};
}

KioskApp::~KioskApp() {
  fleet_.reset();  // says "offline" and stops taking commands before anything else goes
  if (sync_) sync_->stop();
  if (ui_) ui_->set_show_controller(nullptr);
  show_.reset();  // the show thread stops before the UI it talks to goes away
  ui_.reset();
  textures_.reset();  // textures belong to the renderer
  imgui_.reset();
  video_.reset();
}

bool KioskApp::fonts_settled() const {
  if (!ui_->has_fonts()) return false;
  auto wanted = ui_->wanted_fonts(last_scale_);
  return wanted && !*wanted;
}

core::WallTime KioskApp::wall_now() const {
  return wall_clock_->wall_now();
}

void KioskApp::update_staff_status() {
  ui::StaffStatus s;
  const auto age_s =
      std::chrono::duration_cast<std::chrono::seconds>(clock_->mono_now() - content_loaded_).count();
  char buf[256];
  std::snprintf(buf, sizeof buf, "%s, version %s, loaded %lld min ago", content_source_.c_str(),
                ui_->content() ? ui_->content()->version.c_str() : "-", static_cast<long long>(age_s / 60));
  s.content = buf;
  s.sync = sync_ ? sync::describe(sync_->status(), wall_now()) : "no server configured";
  s.show = show_ ? show_->show_status() : "no show loaded";
  s.lighting = show_ ? show_->lighting_status() : "off";
  // The last 30 s at 60 Hz: sorting every sample kept (up to an hour) twice a second cost frames.
  const auto recent = stats_.recent(1800);
  std::snprintf(buf, sizeof buf, "p50 %.2f ms, p99 %.2f ms over the last %zu frames (%s)", recent.p50_ms,
                recent.p99_ms, std::min<std::size_t>(stats_.count(), 1800), video_->renderer().name());
  s.frame = buf;
  ui_->set_staff_status(std::move(s));
}

bool KioskApp::step(const std::optional<std::filesystem::path>& screenshot) {
  bool running = true;
  SDL_Event e;
  while (SDL_PollEvent(&e)) {
    const ui::PointerPhase phase = pointer_phase(e);
    if (phase == ui::PointerPhase::Press) last_touch_ = wall_now();
    if (ui_->pointer_reaches_screen(phase)) imgui_->process_event(e);
    running = handle_event(e, *ui_, options_.windowed) && running;
  }
  const auto mono = clock_->mono_now();
  const double dt = std::chrono::duration<double>(mono - last_mono_).count();
  last_mono_ = mono;
  const double cpu0 = platform::thread_cpu_ms();
  const float scale = ui::layout_scale(static_cast<float>(video_->width()),
                                       static_cast<float>(video_->height()), display_dpi_);
  take_synced_content();
  if (auto st = update_fonts(scale); !st) {
    error_ = st.error();
    return false;
  }
  take_finished_index();
  closures_.update(*ui_, wall_now());
  textures_->pump();         // images the worker finished become textures before the frame uses them
  apply_display_commands();  // one point per frame, before the frame is built
  apply_fleet_commands(scale);
  if (!restart_reason_.empty()) {
    error_ = core::make_error(restart_reason_);
    return false;
  }
  if (frames_ % 30 == 0) update_staff_status();
  if (fleet_ && frames_ % 15 == 0) fleet_->agent().update_status(fleet_status());
  imgui_->begin_frame();
  if (dt > 0) ImGui::GetIO().DeltaTime = static_cast<float>(dt);  // the kiosk's clock, also in tests
  ui_->frame(wall_now(), dt);
  const ImVec4 clear = ui_->clear_colour();
  imgui_->render(clear.x, clear.y, clear.z);
  stats_.add(platform::thread_cpu_ms() - cpu0);
  if (frames_++ == 0) stats_.set_first_frame_ms(platform::process_uptime_ms());
  last_scale_ = scale;
  if (capture_ != nullptr) {
    auto pixels = video_->renderer().read_pixels();
    if (!pixels) {
      error_ = pixels.error();
      return false;
    }
    *capture_ = std::move(*pixels);
    capture_ = nullptr;
  }
  if (screenshot) {
    if (auto st = platform::save_screenshot(video_->renderer(), *screenshot); !st) {
      error_ = st.error();
      return false;
    }
  }
  if (!screenshot_waiting_.empty()) {
    answer_screenshot_requests(std::filesystem::temp_directory_path() /
                               ("marquee-fleet-screenshot-" + std::to_string(::getpid()) + ".png"));
  }
  video_->renderer().present();
  if (frames_ == 1 && start_guard_) start_guard_->first_frame();  // this start did not fail
  return running;
}

bool KioskApp::fallback_step(double seconds, const std::optional<std::filesystem::path>& screenshot) {
  try {
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
    }  // input waits until the kiosk is back
    imgui_->begin_frame();
    ui_->fallback_frame(seconds);
    const ImVec4 clear = ui::palette(false).background;
    imgui_->render(clear.x, clear.y, clear.z);
    if (screenshot && !platform::save_screenshot(video_->renderer(), *screenshot)) return false;
    video_->renderer().present();
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace marquee::app
