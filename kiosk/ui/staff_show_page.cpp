#include "ui/staff_show_page.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "core/time_zone.hpp"
#include "ui/show_strings.hpp"
#include "ui/tap_targets.hpp"

namespace marquee::ui {
namespace {

using show::CueStatus;
using show::ShowAction;
using show::ShowCommand;

// Show and log instants on the venue clock (the kiosk's venue; UTC without content).
std::string clock_text(const FrameContext& f, core::WallTime t) {
  if (const content::Venue* v = f.venue(); v != nullptr && v->time_zone)
    return core::format_clock(v->time_zone->to_local(t));
  const long long s = t.time_since_epoch().count() / 1000 % 86400;
  core::LocalDateTime utc;
  utc.hour = static_cast<int>(s / 3600), utc.minute = static_cast<int>(s / 60 % 60), utc.second = static_cast<int>(s % 60);
  return core::format_clock(utc);
}

// "/srv/shows/night.lua:42: message" -> "night.lua:42: message": the row has room for the line,
// not for the directory.
std::string without_directory(const std::string& text) {
  const std::size_t lua = text.find(".lua:");
  if (lua == std::string::npos) return text;
  const std::size_t slash = text.rfind('/', lua);
  const std::size_t start = text.rfind(' ', lua);  // the path starts after the last space before it
  const std::size_t from = start == std::string::npos ? 0 : start + 1;
  if (slash == std::string::npos || slash < from) return text;
  return text.substr(0, from) + text.substr(slash + 1);
}

ShowStr state_label(CueStatus::State s) {
  switch (s) {
    case CueStatus::State::Waiting:
      return ShowStr::Waiting;
    case CueStatus::State::Running:
      return ShowStr::Running;
    case CueStatus::State::Done:
      return ShowStr::Done;
    case CueStatus::State::Failed:
      return ShowStr::Failed;
    case CueStatus::State::Stopped:
      return ShowStr::Stopped;
  }
  return ShowStr::Waiting;
}

ImVec4 state_colour(const FrameContext& f, CueStatus::State s) {
  switch (s) {
    case CueStatus::State::Running:
      return f.colors.live;
    case CueStatus::State::Failed:
      return f.colors.danger;
    case CueStatus::State::Waiting:
      return f.colors.accent;
    default:
      return f.colors.text_muted;
  }
}

// What the show clock follows, and how well: staff must see at once that the desk's timecode is
// gone (free-running, then holding) before the show stops moving.
std::pair<ShowStr, ImVec4> follow_label(const FrameContext& f, show::ClockFollow follow) {
  switch (follow) {
    case show::ClockFollow::Wall:
      return {ShowStr::ClockWall, f.colors.text_muted};
    case show::ClockFollow::Waiting:
      return {ShowStr::TimecodeWaiting, f.colors.accent};
    case show::ClockFollow::Locked:
      return {ShowStr::TimecodeLocked, f.colors.live};
    case show::ClockFollow::FreeRunning:
      return {ShowStr::TimecodeFreeRunning, f.colors.danger};
    case show::ClockFollow::Holding:
      return {ShowStr::TimecodeHolding, f.colors.danger};
  }
  return {ShowStr::ClockWall, f.colors.text_muted};
}

// One row per named cue: name, state (and why it failed), next start; GO and Stop on the right.
void draw_cue_row(FrameContext& f, show::ShowController& controller, const CueStatus& cue, float width,
                  const std::string& who) {
  const float row_h = f.px(100);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(at, ImVec2(at.x + width, at.y + row_h - f.px(8)), to_u32(f.colors.surface_alt), f.px(12));
  dl->AddRectFilled(at, ImVec2(at.x + f.px(10), at.y + row_h - f.px(8)), to_u32(state_colour(f, cue.state)),
                    f.px(12));
  const float buttons_w = f.px(2 * 150 + 16 + 12);  // two buttons, the gap, a margin on the right
  ImGui::SetCursorScreenPos(ImVec2(at.x + f.px(26), at.y + f.px(8)));
  ImGui::BeginGroup();
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextUnformatted(cue.name.c_str());
  ImGui::PopFont();
  std::string line = tr(state_label(cue.state), f.lang());
  if (cue.next_start)
    line += std::string("  ·  ") + tr(ShowStr::StartsAt, f.lang()) + " " +
            clock_text(f, controller.clock().base_time_of(*cue.next_start));
  ImGui::PushStyleColor(ImGuiCol_Text, state_colour(f, cue.state));
  ImGui::PushClipRect(at, ImVec2(at.x + width - buttons_w - f.px(16), at.y + row_h), true);
  ImGui::TextUnformatted(line.c_str());
  if (!cue.detail.empty()) {
    ImGui::SameLine();
    ImGui::TextUnformatted(("  " + without_directory(cue.detail)).c_str());  // clipped to the row
  }
  ImGui::PopClipRect();
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  const float by = at.y + (row_h - f.px(8) - f.px(80)) / 2;
  ImGui::SetCursorScreenPos(ImVec2(at.x + width - buttons_w, by));
  const std::string go = std::string(tr(ShowStr::Go, f.lang())) + "##go:" + cue.name;
  // GO in the primary colour, Stop in the panel's: both stand out from the row behind them.
  ImGui::PushStyleColor(ImGuiCol_Button, f.colors.primary);
  ImGui::PushStyleColor(ImGuiCol_Text, f.colors.primary_text);
  const bool go_tapped = tap_button(go.c_str(), ImVec2(f.px(150), f.px(80)));
  ImGui::PopStyleColor(2);
  record_tap_target("go:" + cue.name);  // "GO" alone is on every row: tests and logs need the cue
  if (go_tapped) (void)controller.submit(ShowCommand::go(cue.name, who));
  ImGui::SameLine(0, f.px(16));
  const std::string stop = std::string(tr(ShowStr::Stop, f.lang())) + "##stop:" + cue.name;
  ImGui::PushStyleColor(ImGuiCol_Button, f.colors.surface);
  const bool stop_tapped = tap_button(stop.c_str(), ImVec2(f.px(150), f.px(80)));
  ImGui::PopStyleColor();
  record_tap_target("stop:" + cue.name);
  if (stop_tapped) (void)controller.submit(ShowCommand::stop(cue.name, who));
  ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + row_h));
}

void draw_controls(FrameContext& f, ShowPageState& page, show::ShowController& controller, float width,
                   const std::string& who) {
  const bool held = controller.held();
  const char* hold = tr(held ? ShowStr::Resume : ShowStr::Hold, f.lang());
  const bool hold_tapped =
      tap_button((std::string(hold) + "##show:hold").c_str(), ImVec2(width, f.px(110)), held);
  record_tap_target("show:hold");
  if (hold_tapped)
    (void)controller.submit(ShowCommand::simple(held ? ShowAction::Resume : ShowAction::Hold, who));
  ImGui::Dummy(ImVec2(0, f.px(8)));
  text_colored(f.colors.text_muted, tr(ShowStr::ShiftStarts, f.lang()));
  const float third = (width - 2 * f.px(16)) / 3;
  static const struct {
    int seconds;
    const char* label;
    const char* name;
  } kShifts[] = {{-60, "−1 min##shift-60", "show:shift-60"},
                 {60, "+1 min##shift+60", "show:shift+60"},
                 {300, "+5 min##shift+300", "show:shift+300"}};
  for (const auto& s : kShifts) {
    if (s.seconds != -60) ImGui::SameLine(0, f.px(16));
    const bool tapped = tap_button(s.label, ImVec2(third, f.px(90)));
    record_tap_target(s.name);
    if (tapped) (void)controller.submit(ShowCommand::shift(s.seconds, who));
  }
  ImGui::Dummy(ImVec2(0, f.px(8)));
  const bool dark = controller.blackout();
  const char* bo = tr(dark ? ShowStr::ReleaseBlackout : ShowStr::Blackout, f.lang());
  ImGui::PushStyleColor(ImGuiCol_Button, dark ? f.colors.danger : ImGui::GetStyleColorVec4(ImGuiCol_Button));
  const bool bo_tapped = tap_button((std::string(bo) + "##show:blackout").c_str(), ImVec2(width, f.px(110)));
  record_tap_target("show:blackout");
  if (bo_tapped)
    (void)controller.submit(ShowCommand::simple(dark ? ShowAction::Release : ShowAction::Blackout, who));
  ImGui::PopStyleColor();
  ImGui::Dummy(ImVec2(0, f.px(8)));
  // Grand master: a fader as tall as a button; each change is a command (the log folds a drag).
  if (page.grand_master_percent < 0)
    page.grand_master_percent = static_cast<int>(controller.grand_master() * 100.0f + 0.5f);
  text_colored(f.colors.text_muted, tr(ShowStr::GrandMaster, f.lang()));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(f.px(12), (f.px(90) - ImGui::GetFontSize()) / 2));
  ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, f.px(64));
  ImGui::SetNextItemWidth(width);
  if (ImGui::SliderInt("##show:gm", &page.grand_master_percent, 0, 100, "%d%%",
                       ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput))
    (void)controller.submit(
        ShowCommand::grand_master(static_cast<float>(page.grand_master_percent) / 100.0f, who));
  record_tap_target("show:gm");
  ImGui::PopStyleVar(2);
}

void draw_log(FrameContext& f, const show::ShowController& controller, std::size_t rows) {
  text_colored(f.colors.text_muted, tr(ShowStr::Log, f.lang()));
  const auto log = controller.log();
  ImGui::PushFont(f.fonts.small);
  const std::size_t first = log.size() > rows ? log.size() - rows : 0;
  for (std::size_t i = log.size(); i-- > first;) {  // newest first
    const auto& r = log[i];
    const std::string line = clock_text(f, r.at) + "  " + r.who + "  " + r.action + " — " + r.outcome;
    ImGui::TextUnformatted(line.c_str());
  }
  ImGui::PopFont();
}

}  // namespace

bool draw_staff_show_page(FrameContext& f, ShowPageState& page, show::ShowController& controller,
                          const std::string& who) {
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(0, 0), screen, IM_COL32(0, 0, 0, 220));
  const float margin = f.px(32);
  const ImVec2 p0(margin, margin);
  const ImVec2 size(screen.x - 2 * margin, screen.y - 2 * margin);
  dl->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y), to_u32(f.colors.surface), f.px(24));
  const float pad = f.px(36);
  const show::ShowSnapshot snap = controller.snapshot();
  const bool narrow = f.portrait;
  const float right_w = narrow ? size.x - 2 * pad : std::min(f.px(620), size.x * 0.36f);
  const float left_w = narrow ? size.x - 2 * pad : size.x - 3 * pad - right_w;

  // Header: title, script and clock on the left; Back on the right.
  ImGui::SetCursorScreenPos(ImVec2(p0.x + pad, p0.y + f.px(24)));
  ImGui::BeginGroup();
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextUnformatted(tr(ShowStr::ShowControl, f.lang()));
  ImGui::PopFont();
  std::string script = std::string(tr(ShowStr::Script, f.lang())) + ": " +
                       (snap.script.empty() ? std::string("-") : snap.script) +
                       (snap.version.empty() ? "" : "  ·  " + snap.version);
  ImGui::TextUnformatted(script.c_str());
  std::string clock = std::string(tr(ShowStr::ShowClock, f.lang())) + " " +
                      (snap.ticks > 0 ? clock_text(f, controller.clock().now()) : std::string("-"));
  const long long behind = controller.clock().lag().count() / 1000;
  if (behind > 0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "  ·  %lld:%02lld ", behind / 60, behind % 60);
    clock += buf;
    clock += tr(ShowStr::Behind, f.lang());
  }
  ImGui::TextUnformatted(clock.c_str());
  const auto [follow, follow_colour] = follow_label(f, snap.clock_follow);
  ImGui::SameLine(0, f.px(24));
  text_colored(follow_colour, tr(follow, f.lang()));
  if (controller.held()) {
    ImGui::SameLine(0, f.px(24));
    text_colored(f.colors.danger, tr(ShowStr::Held, f.lang()));
  }
  ImGui::EndGroup();
  bool stay = true;
  ImGui::SetCursorScreenPos(ImVec2(p0.x + size.x - pad - f.px(240), p0.y + f.px(24)));
  const bool back = tap_button((std::string(tr(ShowStr::Back, f.lang())) + "##show:back").c_str(),
                               ImVec2(f.px(240), f.px(90)));
  record_tap_target("show:back");
  if (back) stay = false;

  const float top = p0.y + f.px(190);
  // Errors the script reported most recently, above the cues: a failing cue is what staff must see.
  float y = top;
  if (!snap.errors.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(p0.x + pad, y));
    ImGui::PushTextWrapPos(p0.x + pad + left_w);
    ImGui::PushFont(f.fonts.small);
    for (std::size_t i = snap.errors.size() > 2 ? snap.errors.size() - 2 : 0; i < snap.errors.size(); ++i)
      text_colored(f.colors.danger, without_directory(snap.errors[i]).c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    y = ImGui::GetCursorScreenPos().y + f.px(8);
  }
  // Cues, scrolled by finger when there are many.
  ImGui::SetCursorScreenPos(ImVec2(p0.x + pad, y));
  text_colored(f.colors.text_muted, tr(ShowStr::Cues, f.lang()));
  const float list_top = ImGui::GetCursorScreenPos().y;
  const float list_bottom = narrow ? list_top + size.y * 0.4f : p0.y + size.y - pad;
  ImGui::SetCursorScreenPos(ImVec2(p0.x + pad, list_top));
  ImGui::BeginChild("##show:cues", ImVec2(left_w, list_bottom - list_top), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
  touch_scroll(page.cue_scroll);
  if (snap.cues.empty()) text_colored(f.colors.text_muted, tr(ShowStr::NoCues, f.lang()));
  for (const CueStatus& cue : snap.cues) draw_cue_row(f, controller, cue, left_w, who);
  ImGui::EndChild();

  // Controls and the action log.
  const float cx = narrow ? p0.x + pad : p0.x + 2 * pad + left_w;
  const float cy = narrow ? list_bottom + f.px(16) : top;
  ImGui::SetCursorScreenPos(ImVec2(cx, cy));
  ImGui::BeginGroup();
  draw_controls(f, page, controller, right_w, who);
  ImGui::Dummy(ImVec2(0, f.px(16)));
  draw_log(f, controller, 5);
  ImGui::EndGroup();
  return stay;
}

}  // namespace marquee::ui
