#include "ui/tap_targets.hpp"

#include <algorithm>

namespace marquee::ui {
namespace {
TapTargets* g_log = nullptr;  // UI thread only
}  // namespace

void TapTargets::add(std::string_view name, ImVec2 min, ImVec2 max) {
  items_.push_back({std::string(name), min, max});
}

const TapTarget* TapTargets::find(std::string_view name) const {
  for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
    if (it->name == name) return &*it;
  }
  return nullptr;
}

void set_tap_target_log(TapTargets* log) {
  g_log = log;
}

void record_tap_area(std::string_view name, ImVec2 min, ImVec2 max) {
  if (!g_log) return;
  const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  const ImVec2 lo(std::max(min.x, clip_min.x), std::max(min.y, clip_min.y));
  const ImVec2 hi(std::min(max.x, clip_max.x), std::min(max.y, clip_max.y));
  if (lo.x < hi.x && lo.y < hi.y) g_log->add(name, lo, hi);
}

void record_tap_target(std::string_view name) {
  if (!g_log) return;
  // "Label##id" is recorded as "Label", the text a person sees, unless the label is empty.
  const auto hashes = name.find("##");
  std::string_view visible = name.substr(0, hashes);
  // Only the part a finger can reach: clipped to the window it is drawn in.
  const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  const ImVec2 min(std::max(ImGui::GetItemRectMin().x, clip_min.x),
                   std::max(ImGui::GetItemRectMin().y, clip_min.y));
  const ImVec2 max(std::min(ImGui::GetItemRectMax().x, clip_max.x),
                   std::min(ImGui::GetItemRectMax().y, clip_max.y));
  if (min.x >= max.x || min.y >= max.y) return;  // scrolled out of sight
  g_log->add(visible.empty() ? name.substr(hashes + 2) : visible, min, max);
}

}  // namespace marquee::ui
