// KioskApp's side of the fleet channel: carrying out verified commands on the UI thread and
// describing the kiosk for its status. The agent (kiosk/fleet) verified every command already.

#include <utility>

#include "app/kiosk_app.hpp"
#include "app/version.hpp"
#include "content/localized_text.hpp"
#include "core/log.hpp"
#include "core/read_file.hpp"
#include "platform/frame_stats.hpp"
#include "platform/screenshot.hpp"
#include "sync/status.hpp"
#include "ui/ui_state.hpp"

namespace marquee::app {
namespace {

spdlog::logger* log() {
  static const auto logger = core::component_logger("fleet");
  return logger.get();
}

// An emergency raised over the fleet becomes an announcement the emergency screen draws.
content::Announcement remote_emergency(const fleet::FleetCommand& c, core::WallTime now) {
  content::Announcement a;
  a.id = "fleet:" + c.sender + "#" + std::to_string(c.seq);
  a.priority = content::Priority::Emergency;
  a.valid_from = now;
  a.valid_to = core::WallTime::max();
  for (const auto& [code, message] : c.text) {
    if (auto lang = content::lang_from_code(code)) a.text.set(*lang, message);
  }
  return a;
}

}  // namespace

void KioskApp::apply_fleet_commands(float screen_scale) {
  if (!fleet_) return;
  for (auto& [command, done] : fleet_->take()) {
    using fleet::CommandKind;
    switch (command.kind) {
      case CommandKind::Refresh:
        if (!sync_) {
          done({false, "no content server configured ([sync] base_url)"});
          break;
        }
        sync_->poll_now();
        done({true, "sync started"});
        break;
      case CommandKind::EmergencyOn: {
        if (!command.announcement.empty()) {
          const content::Content* c = ui_->content();
          const content::Announcement* found = nullptr;
          if (c != nullptr) {
            for (const auto& a : c->announcements) {
              if (a.id == command.announcement) found = &a;
            }
          }
          if (!found) {
            done({false, "no announcement \"" + command.announcement + "\" in content version " +
                             (c ? c->version : std::string("-"))});
            break;
          }
          content::Announcement a = *found;
          a.priority = content::Priority::Emergency;
          ui_->set_remote_emergency(std::move(a));
        } else {
          ui_->set_remote_emergency(remote_emergency(command, wall_now()));
        }
        // The message's glyphs are built now, not on the worker: the takeover must be whole in
        // the very next frame, and an emergency is worth one slow frame.
        if (auto built = ui_->prepare_fonts(screen_scale); built && *built) imgui_->reload_fonts();
        done({true, "emergency shown"});
        break;
      }
      case CommandKind::EmergencyOff:
        done({true, ui_->remote_emergency() ? "emergency cleared" : "no fleet emergency was shown"});
        ui_->set_remote_emergency(std::nullopt);
        break;
      case CommandKind::Show: {
        if (!show_) {
          done({false, "no show running on this kiosk"});
          break;
        }
        show::ShowCommand sc = *command.show;
        sc.who = "fleet:" + command.sender;
        const auto st = show_->controller().submit(sc);
        done(st ? fleet::CommandOutcome{true, sc.at ? "scheduled" : "ok"}
                : fleet::CommandOutcome{false, st.error().message});
        break;
      }
      case CommandKind::SetLanguage: {
        const auto lang = content::lang_from_code(command.language);
        if (!lang) {
          done({false, "unknown language " + command.language});
          break;
        }
        ui_->set_default_language(*lang);
        done({true, "default language " + command.language});
        break;
      }
      case CommandKind::Screenshot:
        screenshot_waiting_.push_back(std::move(done));
        break;
      case CommandKind::Restart:
        done({true, "restarting"});
        restart_reason_ = "restart asked for over the fleet channel by " + command.sender;
        break;
    }
  }
}

void KioskApp::answer_screenshot_requests(const std::filesystem::path& png) {
  auto waiting = std::move(screenshot_waiting_);
  screenshot_waiting_.clear();
  fleet::CommandOutcome outcome{true, ""};
  if (auto st = platform::save_screenshot(video_->renderer(), png); !st) {
    outcome = {false, st.error().message};
  } else {
    const auto file = core::read_file(png, 64 << 20);
    std::error_code ec;
    std::filesystem::remove(png, ec);
    if (!file) {
      outcome = {false, "cannot read the screenshot back"};
    } else if (!fleet_->agent().publish_screenshot(file.text)) {
      outcome = {false, "the broker did not take the PNG"};
    } else {
      outcome.message = std::to_string(file.text.size()) + " bytes on " +
                        fleet::screenshot_topic(fleet_->agent().address());
    }
  }
  for (auto& done : waiting) done(outcome);
  log()->info("screenshot for the fleet: {}", outcome.message);
}

fleet::KioskStatus KioskApp::fleet_status() const {
  fleet::KioskStatus s;
  s.app_version = kVersion;
  const content::Content* c = ui_->content();
  s.content_version = c ? c->version : "";
  const auto now = wall_now();
  if (sync_) {
    const auto st = sync_->status();
    s.content_expires = st.current_expires;
    if (st.current_created)
      s.content_age_s = std::chrono::duration_cast<std::chrono::seconds>(now - *st.current_created).count();
    if (st.last_outcome == sync::Outcome::Failed) {
      s.last_sync = "error: " + st.last_reason;
    } else if (st.last_outcome != sync::Outcome::None) {
      s.last_sync = sync::to_string(st.last_outcome);
    }
  }
  const auto& state = std::as_const(*ui_).state();
  s.emergency = ui_->emergency_showing();
  s.screen = s.emergency ? "emergency" : ui_->show_scene().scene ? "show" : ui::screen_id(state.screen);
  if (show_) {
    s.show = show_->script_name();
    const auto& controller = std::as_const(*show_).controller();
    const auto snap = controller.snapshot();
    for (const auto& cue : snap.cues) {
      if (cue.state == show::CueStatus::State::Running) s.running_cues.push_back(cue.name);
    }
    s.show_held = controller.held();
    s.lighting = show_->has_output() ? (controller.blackout() ? "blackout" : "on") : "off";
  } else {
    s.lighting = "off";
  }
  // The last status period's frames (about 15 s at 60 Hz), not the whole run: this is asked for
  // every 15 frames, and sorting an hour of samples each time would itself cost frames.
  const auto frames = stats_.recent(900);
  s.frame_p50_ms = frames.p50_ms;
  s.frame_p99_ms = frames.p99_ms;
  s.memory_kb = platform::resident_kb();
  s.uptime_s = static_cast<long long>(platform::process_uptime_ms() / 1000.0);
  s.last_touch = last_touch_;
  return s;
}

}  // namespace marquee::app
