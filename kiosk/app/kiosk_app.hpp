#pragma once
// The running kiosk: window, ImGui, UI and content, advanced one frame at a time. `marquee run`
// loops over step(); tests drive the same object with injected SDL events on a manual clock.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/config.hpp"
#include "app/kiosk_runner.hpp"
#include "core/clock.hpp"
#include "platform/frame_stats.hpp"
#include "platform/imgui_layer.hpp"
#include "platform/video.hpp"
#include "ui/kiosk_ui.hpp"

namespace marquee::app {

struct StartFailure {
  int exit_code;  // 2: bad options or config; 1: could not start
  std::string message;
};

class KioskApp {
 public:
  // clock: the wall clock the kiosk shows (null: the system clock, shifted by --now if given).
  static std::unique_ptr<KioskApp> create(const RunOptions& options, StartFailure& failure,
                                          const core::Clock* clock = nullptr);
  ~KioskApp();

  // Handles pending SDL events and renders one frame. Returns false when the app should quit
  // (possible only in --windowed mode). A screenshot, if asked, is taken before presenting.
  bool step(const std::optional<std::filesystem::path>& screenshot = std::nullopt);
  core::Status last_error() const { return error_; }

  ui::KioskUi& ui() { return *ui_; }
  platform::Video& video() { return *video_; }
  const platform::FrameStats& stats() const { return stats_; }
  bool headless() const { return video_->headless(); }

 private:
  KioskApp() = default;
  core::WallTime wall_now() const;
  void update_staff_status();

  RunOptions options_;
  KioskConfig config_;
  std::unique_ptr<platform::Video> video_;
  std::unique_ptr<platform::ImGuiLayer> imgui_;
  std::unique_ptr<ui::KioskUi> ui_;
  const core::Clock* clock_ = nullptr;
  core::WallTime start_wall_{};
  core::MonoTime start_mono_{}, last_mono_{};
  platform::FrameStats stats_;
  int frames_ = 0;
  core::MonoTime content_loaded_{};
  std::string content_source_;
  core::Status error_ = core::Ok{};
};

}  // namespace marquee::app
