#include "ui/staff_panel.hpp"

#include <algorithm>

#include "ui/closable.hpp"
#include "ui/show_strings.hpp"
#include "ui/strings.hpp"
#include "ui/tap_targets.hpp"
#include "ui/way_strings.hpp"

namespace marquee::ui {
namespace {

void draw_backdrop(const FrameContext& f, ImVec2& p0, ImVec2& size) {
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(0, 0), screen, IM_COL32(0, 0, 0, 200));
  size = ImVec2(f.px(1000), std::min(f.px(1000), screen.y - f.px(40)));
  p0 = ImVec2((screen.x - size.x) / 2, (screen.y - size.y) / 2);
  ImGui::GetWindowDrawList()->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y),
                                            to_u32(f.colors.surface), f.px(24));
}

void draw_pin_pad(FrameContext& f, StaffPanelState& panel, const PinVerifier& verify) {
  ImVec2 p0, size;
  draw_backdrop(f, p0, size);
  ImGui::SetCursorScreenPos(ImVec2(p0.x + f.px(48), p0.y + f.px(32)));
  ImGui::BeginGroup();
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextUnformatted(tr(Str::EnterPin, f.lang()));
  ImGui::PopFont();
  const std::string dots =
      std::string(panel.pin.size() * 3, ' ').replace(0, panel.pin.size() * 3, panel.pin.size(), '*');
  ImGui::TextUnformatted(panel.locked_s > 0 ? tr(Str::Locked, f.lang())
                         : panel.wrong_pin  ? tr(Str::WrongPin, f.lang())
                                            : (dots + " ").c_str());
  const float key = f.px(100);
  static const char* kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"};
  for (int i = 0; i < 10; ++i) {
    if (i % 5) ImGui::SameLine();
    if (tap_button(kKeys[i], ImVec2(key, key)) && panel.locked_s <= 0 && panel.pin.size() < 12) {
      panel.pin += kKeys[i];
      panel.wrong_pin = false;
    }
  }
  if (tap_button(tr(Str::Ok, f.lang()), ImVec2(key * 2.5f, key)) && panel.locked_s <= 0) {
    if (verify && verify(panel.pin)) {
      panel.mode = StaffPanelState::Mode::Open;
      panel.page = StaffPanelState::Page::Main;
      panel.failures = 0;
    } else {
      panel.wrong_pin = true;
      if (++panel.failures >= kStaffMaxFailures) panel.locked_s = kStaffLockSeconds;
    }
    panel.pin.clear();
  }
  ImGui::SameLine();
  if (tap_button(tr(Str::Cancel, f.lang()), ImVec2(key * 2.5f, key))) {
    panel.mode = StaffPanelState::Mode::Closed;
    panel.pin.clear();
  }
  ImGui::EndGroup();
}

void status_line(const FrameContext& f, Str label, const std::string& value) {
  text_colored(f.colors.accent, tr(label, f.lang()));
  ImGui::SameLine(f.px(260));
  ImGui::TextUnformatted(value.empty() ? "-" : value.c_str());
}

const char* kind_name(content::EdgeKind kind, content::Lang lang) {
  switch (kind) {
    case content::EdgeKind::Lift:
      return tr(WayStr::Lift, lang);
    case content::EdgeKind::Stairs:
      return tr(WayStr::Stairs, lang);
    case content::EdgeKind::EscalatorUp:
    case content::EdgeKind::EscalatorDown:
      return tr(WayStr::Escalator, lang);
    default:
      return "";
  }
}

// Lifts, stairs and escalators of this venue, each with Close today / Reopen. Routes avoid a
// closed one as soon as the app has recomputed them (off the UI thread); midnight reopens all.
void draw_closures(FrameContext& f) {
  text_colored(f.colors.text_muted, tr(WayStr::Closures, f.lang()));
  const auto items = closable_items(f.content, f.place.venue);
  if (items.empty()) text_colored(f.colors.text_muted, tr(WayStr::NoClosable, f.lang()));
  auto& ids = f.state.closures.ids;
  int n = 0;
  for (const Closable& c : items) {
    const bool closed = std::find(ids.begin(), ids.end(), c.id) != ids.end();
    if (n++ % 2) ImGui::SameLine(f.px(470));
    std::string label = std::string(kind_name(c.kind, f.lang()));
    label += (label.empty() ? "" : " · ") + (c.where.empty() ? c.id : c.where.get(f.lang()));
    label += std::string("\n") + tr(closed ? WayStr::ClosedToday : WayStr::CloseForToday, f.lang());
    label += "##close-" + c.id;
    if (tap_button(label.c_str(), ImVec2(f.px(440), f.px(84)), closed)) {
      if (closed) {
        ids.erase(std::remove(ids.begin(), ids.end(), c.id), ids.end());
      } else {
        ids.push_back(c.id);
      }
    }
    record_tap_target("close:" + c.id);
  }
}

void draw_open_panel(FrameContext& f, StaffPanelState& panel, const StaffStatus& status,
                     show::ShowController* show) {
  ImVec2 p0, size;
  draw_backdrop(f, p0, size);
  ImGui::SetCursorScreenPos(ImVec2(p0.x + f.px(48), p0.y + f.px(32)));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(p0.x + size.x - f.px(48) - ImGui::GetWindowPos().x);
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextUnformatted(tr(Str::StaffPanel, f.lang()));
  ImGui::PopFont();
  status_line(f, Str::ContentLabel, status.content);
  status_line(f, Str::SyncLabel, status.sync);
  status_line(f, Str::ShowLabel, status.show);
  status_line(f, Str::LightingLabel, status.lighting);
  status_line(f, Str::FrameTimeLabel, status.frame);
  ImGui::Dummy(ImVec2(0, f.px(16)));
  text_colored(f.colors.text_muted, tr(Str::DefaultLanguage, f.lang()));
  static const struct {
    content::Lang lang;
    const char* label;
  } kLangs[] = {{content::Lang::En, "English##default"},
                {content::Lang::Zh, "中文##default"},
                {content::Lang::Es, "Español##default"}};
  for (const auto& l : kLangs) {
    if (l.lang != content::Lang::En) ImGui::SameLine();
    if (tap_button(l.label, ImVec2(f.px(200), f.px(80)), f.state.default_lang == l.lang)) {
      f.state.default_lang = l.lang;
      f.state.lang = l.lang;
    }
  }
  ImGui::Dummy(ImVec2(0, f.px(16)));
  draw_closures(f);
  ImGui::Dummy(ImVec2(0, f.px(16)));
  if (tap_button(tr(Str::RefreshNow, f.lang()), ImVec2(f.px(420), f.px(90))))
    f.state.refresh_requested = true;
  if (show != nullptr) {
    ImGui::SameLine();
    const bool tapped = tap_button((std::string(tr(ShowStr::ShowControl, f.lang())) + "##staff:show").c_str(),
                                   ImVec2(f.px(300), f.px(90)));
    record_tap_target("staff:show");
    if (tapped) panel.page = StaffPanelState::Page::Show;
  }
  ImGui::SameLine();
  if (tap_button(tr(Str::Close, f.lang()), ImVec2(f.px(200), f.px(90))))
    panel.mode = StaffPanelState::Mode::Closed;
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace

void update_staff_gesture(StaffPanelState& panel, double dt_s, bool pin_configured) {
  if (panel.locked_s > 0) panel.locked_s = std::max(0.0, panel.locked_s - dt_s);
  if (panel.mode != StaffPanelState::Mode::Closed) return;
  const ImGuiIO& io = ImGui::GetIO();
  const float corner = 140.0f * io.DisplaySize.y / 1080.0f;
  const bool holding = io.MouseDown[0] && io.MousePos.x >= 0 && io.MousePos.y >= 0 &&
                       io.MousePos.x < corner && io.MousePos.y < corner;
  panel.corner_hold_s = holding ? panel.corner_hold_s + dt_s : 0;
  if (pin_configured && panel.corner_hold_s >= kStaffHoldSeconds) {
    panel.mode = StaffPanelState::Mode::PinEntry;
    panel.corner_hold_s = 0;
    panel.pin.clear();
    panel.wrong_pin = false;
  }
}

void draw_staff_panel(FrameContext& f, StaffPanelState& panel, const StaffStatus& status,
                      const PinVerifier& verify, show::ShowController* show) {
  if (panel.mode == StaffPanelState::Mode::PinEntry) draw_pin_pad(f, panel, verify);
  if (panel.mode != StaffPanelState::Mode::Open) return;
  if (panel.page == StaffPanelState::Page::Show && show != nullptr) {
    if (!draw_staff_show_page(f, panel.show_page, *show, panel.who)) panel.page = StaffPanelState::Page::Main;
  } else {
    draw_open_panel(f, panel, status, show);
  }
}

}  // namespace marquee::ui
