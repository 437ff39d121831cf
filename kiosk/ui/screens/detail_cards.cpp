// Detail cards of the exhibitor list and search results.
#include <algorithm>

#include "ui/screens/detail_cards.hpp"
#include "ui/screens/session_card.hpp"
#include "ui/strings.hpp"
#include "ui/tap_targets.hpp"
#include "ui/way_strings.hpp"

namespace marquee::ui {

namespace {

// Before the routes arrive (a worker computes them): whether an exhibitor or session is at this
// kiosk's venue, so the button is there from the first frame and nothing shifts when they come.
bool at_this_venue(const FrameContext& f, const std::string& id) {
  const content::Content& c = f.content;
  if (const auto* e = c.exhibitor(id)) {
    const auto* b = c.booth(e->booth);
    const auto* h = b ? c.hall(b->hall) : nullptr;
    return h && h->venue == f.place.venue && !b->node.empty();
  }
  if (const auto* s = c.session(id)) {
    const auto* v = c.venue_of(*s);
    return v && v->id == f.place.venue && c.walking.room(s->room);
  }
  return false;
}

}  // namespace

bool directions_button(FrameContext& f, const std::string& to) {
  if (f.place.node.empty()) return false;
  const bool routable = f.wayfinder ? f.wayfinder->walk(f.place.node, to, wayfinding::Profile::Walking).has_value()
                                    : at_this_venue(f, to);
  if (!routable) return false;
  const std::string walk = walk_minutes_text(f, to);
  const std::string label = std::string(tr(WayStr::Directions, f.lang())) + (walk.empty() ? "" : "  ·  " + walk) +
                            "##directions";
  if (tap_button(label.c_str(), ImVec2(0, f.px(72)), true)) show_directions(f.state, to);
  record_tap_target("Directions");
  return true;
}

void draw_exhibitor_detail(FrameContext& f, const content::Exhibitor& e, float width, float height) {
  ImGui::BeginChild("exhibitor-detail", ImVec2(width, height), false);
  ImGui::SetCursorPos(ImVec2(f.px(28), f.px(24)));
  // The website's QR code in the top-right corner, where it is seen without scrolling.
  const float qr = qr_side(f, e.website);
  qr_corner(f, e.website, ImVec2(ImGui::GetWindowPos().x + width - f.px(28), ImGui::GetCursorScreenPos().y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(width - f.px(28) - (qr > 0 ? qr + f.px(24) : 0.0f));
  if (!e.logo.empty()) {  // a placeholder tile until the logo has been decoded
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 box(std::min(f.px(320), width - f.px(56)), f.px(160));
    draw_image(f, e.logo, at, ImVec2(at.x + box.x, at.y + box.y));
    ImGui::Dummy(box);
  }
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextWrapped("%s", e.name.get(f.lang()).c_str());
  ImGui::PopFont();
  if (f.lang() != content::Lang::Zh) text_colored(f.colors.text_muted, e.name.get(content::Lang::Zh).c_str());
  text_colored(f.colors.accent, (std::string(tr(Str::Booth, f.lang())) + " " + e.booth).c_str());
  ImGui::TextWrapped("%s", e.description.get(f.lang()).c_str());
  std::string sectors;
  for (const auto& id : e.sectors) {
    if (const auto* s = f.content.sector(id))
      sectors += (sectors.empty() ? "" : " · ") + s->name.get(f.lang());
  }
  text_colored(f.colors.text_muted, sectors.c_str());
  if (!e.website.empty()) text_colored(f.colors.text_muted, e.website.c_str());
  ImGui::Dummy(ImVec2(0, f.px(8)));
  if (directions_button(f, e.id)) ImGui::SameLine();
  if (tap_button(tr(Str::ShowOnMap, f.lang()), ImVec2(0, f.px(72)))) {
    f.state.highlighted_booth = e.booth;
    if (const auto* b = f.content.booth(e.booth)) f.state.map_hall = b->hall;
    f.state.screen = Screen::Map;
  }
  ImGui::SameLine();
  if (tap_button(tr(Str::Back, f.lang()), ImVec2(0, f.px(72)))) f.state.selected_exhibitor.clear();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::EndChild();
}

void draw_speaker_detail(FrameContext& f, const content::Speaker& sp, float width, float height) {
  ImGui::BeginChild("speaker-detail", ImVec2(width, height), false);
  ImGui::SetCursorPos(ImVec2(f.px(28), f.px(24)));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(width - f.px(28));
  text_colored(f.colors.accent, tr(Str::KindSpeaker, f.lang()));
  if (!sp.photo.empty()) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float side = f.px(160);
    draw_image(f, sp.photo, at, ImVec2(at.x + side, at.y + side));
    ImGui::Dummy(ImVec2(side, side));
  }
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextWrapped("%s", sp.name.get(f.lang()).c_str());
  ImGui::PopFont();
  text_colored(f.colors.text_muted, sp.affiliation.get(f.lang()).c_str());
  ImGui::TextWrapped("%s", sp.bio.get(f.lang()).c_str());
  if (!sp.url.empty()) {
    ImGui::Dummy(ImVec2(0, f.px(8)));
    qr_block(f, sp.url);
  }
  ImGui::Dummy(ImVec2(0, f.px(8)));
  text_colored(f.colors.accent, tr(Str::SessionsOf, f.lang()));
  for (const auto& s : f.content.sessions) {
    if (std::find(s.speakers.begin(), s.speakers.end(), sp.id) == s.speakers.end()) continue;
    const SessionCardLook look{.live = s.start <= f.now && f.now < s.end, .finished = s.end <= f.now};
    if (session_card(f, s, width - f.px(56), look)) {
      f.state.selected_session = s.id;
      f.state.screen = Screen::Schedule;
    }
  }
  if (tap_button(tr(Str::Back, f.lang()), ImVec2(0, f.px(72)))) f.state.selected_speaker.clear();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::EndChild();
}

}  // namespace marquee::ui
