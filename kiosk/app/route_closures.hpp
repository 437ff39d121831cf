#pragma once
// Staff closures reach the routes: when the closures in UiState differ from those the UI's
// Wayfinder was made with (staff closed or reopened something, new content arrived, midnight
// reopened everything), Wayfinder::with_closures runs on a worker and its result is handed to the
// UI at the start of a later frame. The UI thread never waits for it.
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/clock.hpp"
#include "ui/kiosk_ui.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::app {

class RouteClosures {
 public:
  ~RouteClosures();
  // Once per frame on the UI thread, before the frame is built.
  void update(ui::KioskUi& ui, core::WallTime now);

 private:
  struct Slot {  // shared with the worker, so the worker never touches this object
    std::mutex mutex;
    std::shared_ptr<const wayfinding::Wayfinder> result;
    const content::Content* built_for = nullptr;
    std::atomic<bool> busy{false};
  };
  void reopen_at_midnight(ui::KioskUi& ui, core::WallTime now);

  std::shared_ptr<Slot> slot_ = std::make_shared<Slot>();
  std::jthread worker_;
  std::string closed_on_;  // the venue's local day the current closures were made on
};

}  // namespace marquee::app
