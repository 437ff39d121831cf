#pragma once
// Staff closures reach the routes: when the closures in UiState differ from those the UI's
// Wayfinder was made with (staff closed or reopened something, new content arrived, midnight
// reopened everything), Wayfinder::with_closures runs on a worker and its result is handed to the
// UI at the start of a later frame. The UI thread never waits for it.
#include <memory>
#include <string>
#include <thread>

#include "core/clock.hpp"
#include "core/latest_value.hpp"
#include "ui/kiosk_ui.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::ui {

class RouteClosures {
 public:
  RouteClosures() = default;
  ~RouteClosures();
  RouteClosures(const RouteClosures&) = delete;
  RouteClosures& operator=(const RouteClosures&) = delete;
  // Once per frame on the UI thread, before the frame is built.
  void update(KioskUi& ui, core::WallTime now);

 private:
  struct Built {
    std::shared_ptr<const wayfinding::Wayfinder> routes;
    const content::Content* built_for = nullptr;
  };
  void reopen_at_midnight(KioskUi& ui, core::WallTime now);

  // Shared with the worker, so the worker never touches this object.
  std::shared_ptr<core::LatestValue<Built>> slot_ = std::make_shared<core::LatestValue<Built>>();
  bool busy_ = false;  // a worker has not yet published its routes
  std::jthread worker_;
  std::string closed_on_;  // the venue's local day the current closures were made on
};

}  // namespace marquee::ui
