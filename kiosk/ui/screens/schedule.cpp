// Schedule: day tabs, venue/track/kind filters, a virtualized list in venue-local time in start
// order with a live "Now" line (finished sessions dimmed, opened scrolled to now); sessions that
// run at the same time are side by side.
#include <algorithm>

#include "content/queries.hpp"
#include "ui/date_format.hpp"
#include "ui/screens/detail_cards.hpp"
#include "ui/screens/session_card.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {
namespace {

using Row = ScheduleRow;

const content::Venue* schedule_venue(FrameContext& f) {
  const std::string& id = f.state.schedule.venue.empty() ? f.place.venue : f.state.schedule.venue;
  const content::Venue* v = f.content.venue(id);
  return v ? v : (f.content.venues.empty() ? nullptr : &f.content.venues.front());
}

void draw_filters(FrameContext& f, const content::Venue& venue) {
  const float h = f.px(64);
  const float max_x = f.origin.x + f.size.x - f.px(32);
  for (std::size_t i = 0; i < f.content.venues.size(); ++i) {
    const auto& v = f.content.venues[i];
    // Two venues can share a city (a main hall and an annex): the venue id keeps their buttons apart.
    const std::string& city = v.city.get(f.lang());
    const std::string label = (city.empty() ? v.name.get(f.lang()) : city) + "##venue-" + v.id;
    if (i) flow_same_line(label.c_str(), max_x);
    if (tap_button(label.c_str(), ImVec2(0, h), v.id == venue.id) && v.id != venue.id) {
      f.state.schedule = ScheduleFilter{};
      f.state.schedule.venue = v.id;  // day resolves to that venue's today on the next frame
      f.state.selected_session.clear();
      f.state.schedule_scroll_to_now = true;
    }
  }
  for (std::size_t d = 0; d < venue.days.size(); ++d) {
    const std::string label = day_tab_label(venue.days[d], f.lang()) + "##day";
    flow_same_line(label.c_str(), max_x, d == 0 ? f.px(48) : -1.0f);
    const bool current = static_cast<int>(d) == f.state.schedule.day;
    if (tap_button(label.c_str(), ImVec2(0, h), current) && !current) {
      f.state.schedule.day = static_cast<int>(d);
      f.state.selected_session.clear();  // the open session belongs to the day that was showing
      f.state.schedule_scroll_to_now = true;
    }
  }
  if (tap_button(tr(Str::AllTracks, f.lang()), ImVec2(0, h), f.state.schedule.track.empty())) {
    f.state.schedule.track.clear();
  }
  for (const auto& t : f.content.tracks) {
    const std::string label = t.name.get(f.lang()) + "##track-" + t.id;
    flow_same_line(label.c_str(), max_x);
    if (tap_button(label.c_str(), ImVec2(0, h), f.state.schedule.track == t.id)) {
      f.state.schedule.track = t.id;
    }
  }
  if (tap_button(tr(Str::AllKinds, f.lang()), ImVec2(0, h), f.state.schedule.kind < 0))
    f.state.schedule.kind = -1;
  for (int k = 0; k < content::kSessionKindCount; ++k) {
    flow_same_line(kind_label(k, f.lang()), max_x);
    ImGui::PushID(k);
    if (tap_button(kind_label(k, f.lang()), ImVec2(0, h), f.state.schedule.kind == k))
      f.state.schedule.kind = k;
    ImGui::PopID();
  }
}

void draw_now_marker(FrameContext& f, const content::Venue& v, float width) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const std::string label = std::string(tr(Str::Now, f.lang())) + " " + content::format_local_time(v, f.now);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(p.x, p.y + f.px(14)), ImVec2(p.x + width, p.y + f.px(14)), to_u32(f.colors.live),
              f.px(3));
  const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
  dl->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + ts.x + f.px(24), p.y + f.px(28)), to_u32(f.colors.live),
                    f.px(14));
  dl->AddText(ImVec2(p.x + f.px(12), p.y + (f.px(28) - ts.y) / 2), to_u32(f.colors.primary_text),
              label.c_str());
  ImGui::Dummy(ImVec2(width, f.px(34)));
}

// Index of the first row that starts after now: where the Now line goes (rows.size(): at the end).
std::size_t now_row(const std::vector<Row>& rows, core::WallTime now) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].front()->start > now) return i;
  }
  return rows.size();
}

void draw_row(FrameContext& f, const Row& row, float width) {
  const float gap = f.px(12);
  const float w = (width - gap * static_cast<float>(row.size() - 1)) / static_cast<float>(row.size());
  for (std::size_t k = 0; k < row.size(); ++k) {
    if (k) ImGui::SameLine(0, gap);
    const auto* s = row[k];
    const SessionCardLook look{.live = s->start <= f.now && f.now < s->end,
                               .finished = s->end <= f.now,
                               .selected = s->id == f.state.selected_session};
    if (session_card(f, *s, w, look)) f.state.selected_session = s->id;
  }
}

void draw_list(FrameContext& f, const content::Venue& venue, float width) {
  TouchScroll& scroll = f.state.schedule_scroll;
  const std::string day =
      venue.days.empty() ? ""
                         : venue.days[std::clamp<std::size_t>(static_cast<std::size_t>(f.state.schedule.day),
                                                              0, venue.days.size() - 1)];
  // Three cards side by side where they stay wide enough to read; fewer on a narrow list.
  const auto columns = static_cast<std::size_t>(std::clamp(static_cast<int>(width / f.px(480)), 1, 3));
  const auto& rows = f.schedule_rows->get(f.content, venue, day, f.state.schedule, columns);
  ImGui::BeginChild("schedule-list", ImVec2(width, 0), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
  touch_scroll(scroll);
  if (rows.empty()) text_colored(f.colors.text_muted, tr(Str::NoResults, f.lang()));
  const bool today = content::local_day(venue, f.now) == day;
  const std::size_t marker_before = today ? now_row(rows, f.now) : rows.size() + 1;
  const float row_h = session_card_height(f) + ImGui::GetStyle().ItemSpacing.y;
  if (f.state.schedule_scroll_to_now) {  // opened (or the day changed): start where now is
    f.state.schedule_scroll_to_now = false;
    const float to = marker_before <= rows.size() ? static_cast<float>(marker_before) * row_h - row_h : 0.0f;
    ImGui::SetScrollY(std::max(0.0f, to));
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()), row_h);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      if (static_cast<std::size_t>(i) == marker_before) draw_now_marker(f, venue, width - f.px(20));
      draw_row(f, rows[static_cast<std::size_t>(i)], width - f.px(20));
    }
  }
  if (marker_before == rows.size() && !rows.empty()) draw_now_marker(f, venue, width - f.px(20));
  ImGui::EndChild();
}

void draw_detail(FrameContext& f, const content::Session& s, float width) {
  ImGui::BeginChild("session-detail", ImVec2(width, 0), false);
  ImGui::SetCursorPos(ImVec2(f.px(28), f.px(24)));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(width - f.px(28));
  const content::Venue* venue = f.content.venue_of(s);
  const content::Room* room = f.content.room(s.room);
  if (venue) text_colored(f.colors.accent, content::format_local_range(*venue, s.start, s.end).c_str());
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextWrapped("%s", s.title.get(f.lang()).c_str());
  ImGui::PopFont();
  if (room)
    text_colored(f.colors.text_muted,
                 (std::string(tr(Str::Room, f.lang())) + ": " + room->name.get(f.lang())).c_str());
  ImGui::TextWrapped("%s", s.abstract.get(f.lang()).c_str());
  if (!s.speakers.empty()) {
    ImGui::Dummy(ImVec2(0, f.px(8)));
    text_colored(f.colors.accent, tr(Str::Speakers, f.lang()));
    for (const auto& id : s.speakers) {
      if (const auto* sp = f.content.speaker(id)) {
        ImGui::TextWrapped("%s  ·  %s", sp->name.get(f.lang()).c_str(),
                           sp->affiliation.get(f.lang()).c_str());
      }
    }
  }
  ImGui::Dummy(ImVec2(0, f.px(12)));
  const bool routed = directions_button(f, s.id);  // to its room, when it is at this venue
  if (!routed && room && !room->hall.empty() && tap_button(tr(Str::ShowOnMap, f.lang()), ImVec2(0, f.px(72)))) {
    f.state.map_hall = room->hall;
    f.state.highlighted_booth.clear();
    f.state.screen = Screen::Map;
  }
  ImGui::SameLine();
  if (tap_button(tr(Str::Back, f.lang()), ImVec2(0, f.px(72)))) f.state.selected_session.clear();
  if (!s.url.empty()) {
    ImGui::Dummy(ImVec2(0, f.px(12)));
    qr_block(f, s.url);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::EndChild();
}

}  // namespace

// Opens on today's tab when the conference is on, else on its first day.
static void resolve_day(FrameContext& f, const content::Venue& venue) {
  if (f.state.schedule.day >= 0) return;
  f.state.schedule.day = 0;
  const std::string today = content::local_day(venue, f.now);
  for (std::size_t d = 0; d < venue.days.size(); ++d) {
    if (venue.days[d] == today) f.state.schedule.day = static_cast<int>(d);
  }
}

void draw_schedule(FrameContext& f) {
  const content::Venue* venue = schedule_venue(f);
  if (!venue) return;
  resolve_day(f, *venue);
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  ImGui::BeginGroup();
  draw_filters(f, *venue);
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), ImGui::GetCursorScreenPos().y + f.px(8)));
  const content::Session* selected = f.content.session(f.state.selected_session);
  const float list_w = selected ? f.size.x * 0.55f : f.size.x - f.px(64);
  ImGui::BeginGroup();
  draw_list(f, *venue, list_w);
  ImGui::EndGroup();
  if (selected) {
    ImGui::SameLine(0, f.px(24));
    draw_detail(f, *selected, f.size.x - list_w - f.px(88));
  }
}

}  // namespace marquee::ui
