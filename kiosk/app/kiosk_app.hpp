#pragma once
// The running kiosk: window, ImGui, UI and content, advanced one frame at a time. `marquee run`
// loops over step(); tests drive the same object with injected SDL events on a manual clock.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/config.hpp"
#include "app/fleet_link.hpp"
#include "app/kiosk_runner.hpp"
#include "app/show_services.hpp"
#include "content/search/search_index.hpp"
#include "core/clock.hpp"
#include "platform/frame_stats.hpp"
#include "platform/imgui_layer.hpp"
#include "platform/texture_cache.hpp"
#include "platform/video.hpp"
#include "sync/start_guard.hpp"
#include "sync/sync_service.hpp"
#include "ui/content_indexer.hpp"
#include "ui/font_builder.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/route_closures.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::app {

struct StartFailure {
  int exit_code = 0;  // 2: bad options or config; 1: could not start
  std::string message;
};

class KioskApp;

// What KioskApp::create gives: the running app, or (app null) why it could not start.
struct Started {
  std::unique_ptr<KioskApp> app;
  StartFailure failure;
  explicit operator bool() const { return app != nullptr; }
};

// One step of starting: a value, or the reason the kiosk cannot start.
template <typename T>
class [[nodiscard]] StartStep {
 public:
  StartStep(T value) : value_(std::move(value)) {}                // NOLINT(google-explicit-constructor)
  StartStep(StartFailure failure) : failure_(std::move(failure)) {}  // NOLINT(google-explicit-constructor)
  explicit operator bool() const { return !failure_.has_value(); }
  T& operator*() { return *value_; }
  const StartFailure& error() const { return *failure_; }

 private:
  std::optional<T> value_;
  std::optional<StartFailure> failure_;
};

class KioskApp {
 public:
  // clock: the wall clock the kiosk shows (null: the system clock, shifted by --now if given).
  static Started create(const RunOptions& options, const core::Clock* clock = nullptr);
  ~KioskApp();

  // Handles pending SDL events and renders one frame. Returns false when the app should quit
  // (possible only in --windowed mode). A screenshot, if asked, is taken before presenting.
  bool step(const std::optional<std::filesystem::path>& screenshot = std::nullopt);
  // The next step() reads the frame back into `*out` before presenting it (null: stop).
  void capture_next_frame(platform::RgbaImage* out) { capture_ = out; }
  // True when the font atlas matches what the screen needs (a rebuild runs on a worker after new
  // text arrives, e.g. a show's display command): frames drawn now use the right glyphs.
  bool fonts_settled() const;
  // Who this kiosk is for show display targeting (id, zone, tags from its config).
  const show::KioskIdentity& identity() const { return identity_; }
  // Draws and presents the recovery screen (after a runtime failure, before restarting).
  // False when even that cannot be drawn.
  bool fallback_step(double seconds, const std::optional<std::filesystem::path>& screenshot = std::nullopt);
  core::Status last_error() const { return error_; }

  ui::KioskUi& ui() { return *ui_; }
  ShowServices* show() { return show_.get(); }
  sync::SyncService* sync() { return sync_.get(); }
  FleetLink* fleet() { return fleet_.get(); }
  // Before the process replaces itself (self-restart): the fleet channel hands the broker what is
  // still queued (the "restarting" ack), says offline and disconnects; exec would drop them.
  void leave_fleet() { fleet_.reset(); }
  // What this kiosk reports on the fleet channel (also for tests).
  fleet::KioskStatus fleet_status() const;
  platform::Video& video() { return *video_; }
  const platform::TextureCache& textures() const { return *textures_; }
  const platform::FrameStats& stats() const { return stats_; }
  bool headless() const { return video_->headless(); }
  // False when present() returns at once (software rasteriser): the run loop paces itself.
  bool paced_by_display() const { return video_->renderer().vsync(); }
  // Where the content on screen came from ("cache generation 14", "bundled demo content", ...).
  const std::string& content_source() const { return content_source_; }

 private:
  KioskApp() = default;
  core::WallTime wall_now() const;
  void update_staff_status();
  // Builds the search index and the routes from this kiosk's node for a snapshot on a worker
  // thread; step() hands them to the UI.
  void start_indexing(std::shared_ptr<const content::Content> content);
  void take_finished_index();
  // Gives memory freed by a content update back to the system (glibc arenas keep it otherwise).
  void return_freed_memory();
  core::Status start_show();
  std::optional<StartFailure> start(const core::Clock* clock);
  StartStep<std::shared_ptr<const content::Content>> start_content();
  std::optional<StartFailure> open_display();
  std::optional<StartFailure> select_start_screen(const content::Content& content, ui::Screen& screen);
  std::optional<StartFailure> start_staff_pin();
  void start_fleet();
  void start_images();
  // With a content server configured: the newest valid cache generation (else the demo) and the
  // background sync service. Returns null content when there is no server to sync from.
  core::Result<std::shared_ptr<const content::Content>> start_sync();
  void take_synced_content();
  void set_content(std::shared_ptr<const content::Content> content);
  void apply_display_commands();
  // Carries out the fleet commands that arrived since the last frame (UI thread, before drawing).
  void apply_fleet_commands(float screen_scale);
  void answer_screenshot_requests(const std::filesystem::path& png);
  // Keeps the font atlas matching content, scale and text size: built here for the first frame,
  // on a worker afterwards (installed between frames once ready).
  core::Status update_fonts(float screen_scale);

  RunOptions options_;
  KioskConfig config_;
  std::unique_ptr<platform::Video> video_;
  std::unique_ptr<platform::ImGuiLayer> imgui_;
  std::unique_ptr<ui::KioskUi> ui_;
  ui::FontBuilder font_builder_;
  const core::Clock* clock_ = nullptr;
  core::WallTime start_wall_{};
  core::MonoTime start_mono_{}, last_mono_{};
  platform::FrameStats stats_;
  int frames_ = 0;
  float display_dpi_ = 0;  // 0: unknown
  float last_scale_ = 1.0f;
  platform::RgbaImage* capture_ = nullptr;
  core::MonoTime content_loaded_{};
  ui::ContentIndexer indexer_;  // search index and routes for new content, on a worker
  ui::RouteClosures closures_;  // staff closures -> routes, on a worker
  std::jthread trimmer_;
  std::unique_ptr<OffsetClock> wall_clock_;  // the kiosk's wall clock, shared with the show
  std::unique_ptr<platform::TextureCache> textures_;
  std::unique_ptr<ShowServices> show_;  // destroyed first (see ~KioskApp)
  std::unique_ptr<sync::SyncService> sync_;
  std::unique_ptr<sync::StartGuard> start_guard_;
  std::unique_ptr<FleetLink> fleet_;  // destroyed first (see ~KioskApp): it calls into nothing else
  std::optional<core::WallTime> last_touch_;
  std::vector<fleet::CommandDone> screenshot_waiting_;  // answered after the next frame is drawn
  std::string restart_reason_;  // set by a fleet restart: step() fails and the runner restarts  // with a cache: records this start (crash loops)
  show::KioskIdentity identity_;
  std::string content_source_;
  core::Status error_ = core::Ok{};
};

}  // namespace marquee::app
