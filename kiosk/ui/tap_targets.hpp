#pragma once
// Where every tappable control was drawn in the last frame, by name. Tests use it to tap the real
// UI with injected SDL events; the staff panel uses nothing of it. Names are the button label
// ("Exhibitors", "Q") or "session:<id>" / "exhibitor:<id>" for list cards.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace marquee::ui {

struct TapTarget {
  std::string name;
  ImVec2 min, max;
  ImVec2 centre() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
};

class TapTargets {
 public:
  void clear() { items_.clear(); }
  void add(std::string_view name, ImVec2 min, ImVec2 max);
  // The last control drawn with that name, or nullptr.
  const TapTarget* find(std::string_view name) const;
  const std::vector<TapTarget>& all() const { return items_; }

 private:
  std::vector<TapTarget> items_;
};

// The registry the widgets of the current frame record into (set by KioskUi::frame).
void set_tap_target_log(TapTargets* log);
void record_tap_target(std::string_view name);  // records the last ImGui item's rectangle
// Records an area inside a larger control (a booth on the map canvas), clipped to the draw list.
void record_tap_area(std::string_view name, ImVec2 min, ImVec2 max);

}  // namespace marquee::ui
