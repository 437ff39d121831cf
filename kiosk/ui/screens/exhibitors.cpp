// Exhibitors: A–Z list (virtualized), sector chips, search typed on the on-screen keyboard,
// and the detail cards (detail_cards.cpp).
#include <algorithm>
#include <cctype>

#include "content/queries.hpp"
#include "ui/date_format.hpp"
#include "ui/frame_context.hpp"
#include "ui/screens/detail_cards.hpp"
#include "ui/screens/session_card.hpp"
#include "ui/search_results.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {
namespace {

void draw_keyboard(FrameContext& f, float width) {
  static const char* kRows[] = {"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};
  const float key = std::min(f.px(76), (width - f.px(120)) / 10.0f);
  for (const char* row : kRows) {
    for (const char* c = row; *c; ++c) {
      if (c != row) ImGui::SameLine(0, f.px(6));
      const char label[2] = {*c, 0};
      if (tap_button(label, ImVec2(key, key))) {
        f.state.search_text += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
      }
    }
  }
  if (tap_button("\xE2\x90\xA3##space", ImVec2(key * 4, key))) f.state.search_text += ' ';  // ␣
  ImGui::SameLine(0, f.px(6));
  if (tap_button("\xE2\x86\x90##bksp", ImVec2(key * 2, key)) && !f.state.search_text.empty()) {  // ←
    f.state.search_text.pop_back();
  }
  ImGui::SameLine(0, f.px(6));
  if (tap_button(tr(Str::Clear, f.lang()), ImVec2(key * 3, key))) f.state.search_text.clear();
}

// Chips: which city's exhibitors (this kiosk's by default), then sectors.
void draw_filter_chips(FrameContext& f, float max_x) {
  const float h = f.px(60);
  const std::string current = f.state.exhibitor_venue.empty() ? f.place.venue : f.state.exhibitor_venue;
  if (tap_button(tr(Str::AllCities, f.lang()), ImVec2(0, h), current == "*")) f.state.exhibitor_venue = "*";
  for (const auto& v : f.content.venues) {
    flow_same_line(v.city.get(f.lang()).c_str(), max_x);
    if (tap_button(v.city.get(f.lang()).c_str(), ImVec2(0, h), current == v.id)) f.state.exhibitor_venue = v.id;
  }
  flow_same_line(tr(Str::AllSectors, f.lang()), max_x, f.px(40));
  if (tap_button(tr(Str::AllSectors, f.lang()), ImVec2(0, h), f.state.sector_filter.empty())) {
    f.state.sector_filter.clear();
  }
  for (const auto& s : f.content.sectors) {
    flow_same_line(s.name.get(f.lang()).c_str(), max_x);
    if (tap_button(s.name.get(f.lang()).c_str(), ImVec2(0, h), f.state.sector_filter == s.id)) {
      f.state.sector_filter = s.id;
    }
  }
}

Str match_hint(const MatchInfo& m) {
  using content::search::MatchField;
  using content::search::MatchLang;
  if (m.lang == MatchLang::Pinyin) return Str::MatchPinyin;
  if (m.lang == MatchLang::Initials) return Str::MatchInitials;
  if (m.lang == MatchLang::Translit) return Str::MatchTransliteration;
  switch (m.field) {
    case MatchField::Sector:
      return Str::MatchSector;
    case MatchField::Speaker:
    case MatchField::Affiliation:
      return Str::MatchSpeaker;
    case MatchField::Description:
    case MatchField::Abstract:
    case MatchField::Bio:
      return Str::MatchDescription;
    default:
      return Str::Count;  // the name or title itself: no hint needed
  }
}

// Text with the matched bytes on a highlight; clipped to the card.
void draw_highlighted(FrameContext& f, ImFont* font, float size, ImVec2 at, const std::string& text,
                      std::size_t begin, std::size_t end, ImU32 colour, const ImVec4& clip) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (end > begin && end <= text.size()) {
    const float x0 = font->CalcTextSizeA(size, 1e9f, 0, text.c_str(), text.c_str() + begin).x;
    const float x1 = font->CalcTextSizeA(size, 1e9f, 0, text.c_str(), text.c_str() + end).x;
    const ImVec2 p0(std::min(at.x + x0, clip.z), at.y), p1(std::min(at.x + x1, clip.z), at.y + size);
    ImVec4 hl = f.colors.accent;
    hl.w = 0.35f;
    dl->AddRectFilled(ImVec2(p0.x - f.px(2), p0.y), ImVec2(p1.x + f.px(2), p1.y), to_u32(hl), f.px(4));
  }
  dl->AddText(font, size, at, colour, text.c_str(), nullptr, 0, &clip);
}

// The second line of a result: what kind of thing, where and when, and why it matched.
void draw_result_meta(FrameContext& f, const ResultRow& row, std::string meta, ImVec2 at, const ImVec4& clip) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* small = f.fonts.small;
  const bool in_title = row.match && match_hint(*row.match) == Str::Count;
  if (row.match && !in_title) {
    meta += "  ·  ";
    const float w = small->CalcTextSizeA(small->FontSize, 1e9f, 0, meta.c_str()).x;
    dl->AddText(small, small->FontSize, at, to_u32(f.colors.text_muted), meta.c_str(), nullptr, 0, &clip);
    const std::string hint = std::string(tr(match_hint(*row.match), f.lang())) + ": ";
    const float hw = small->CalcTextSizeA(small->FontSize, 1e9f, 0, hint.c_str()).x;
    dl->AddText(small, small->FontSize, ImVec2(at.x + w, at.y), to_u32(f.colors.accent), hint.c_str(), nullptr, 0,
                &clip);
    draw_highlighted(f, small, small->FontSize, ImVec2(at.x + w + hw, at.y), row.match->excerpt, row.match->begin,
                     row.match->end, to_u32(f.colors.text), clip);
    return;
  }
  dl->AddText(small, small->FontSize, at, to_u32(f.colors.text_muted), meta.c_str(), nullptr, 0, &clip);
}

// The title line, with the match marked when the title itself matched.
void draw_result_title(FrameContext& f, const ResultRow& row, const std::string& title, ImVec2 at,
                       const ImVec4& clip) {
  ImFont* font = f.fonts.heading;
  const float size = font->FontSize * 0.8f;
  const bool in_title = row.match && match_hint(*row.match) == Str::Count;
  std::size_t b = 0, e = 0;
  if (in_title) {  // highlight when the excerpt is the title as shown (not another language's)
    const std::string& ex = row.match->excerpt;
    if (ex == title) b = row.match->begin, e = row.match->end;
  }
  draw_highlighted(f, font, size, at, title, b, e, to_u32(f.colors.text), clip);
}

// tap_prefix names the card for tests: "exhibitor:" in the list, "featured:" beside it.
void draw_exhibitor_row(FrameContext& f, const ResultRow& row, float width, float row_h,
                        const char* tap_prefix = "exhibitor:") {
  const content::Exhibitor& e = *row.exhibitor;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(e.id.c_str());
  const bool selected = f.state.selected_exhibitor == e.id;
  if (card_button("##ex", ImVec2(width, row_h), to_u32(selected ? f.colors.primary : f.colors.outline),
                  tap_prefix + e.id, selected)) {
    f.state.selected_exhibitor = e.id;
    f.state.selected_speaker.clear();
  }
  ImGui::PopID();
  const ImVec4 clip(pos.x, pos.y, pos.x + width - f.px(20), pos.y + row_h);
  // The logo, as people recognise a stand by it: 2:1, left of the name.
  const float logo_h = row_h - f.px(24), logo_w = logo_h * 2;
  float text_x = pos.x + f.px(28);
  if (!e.logo.empty()) {
    const ImVec2 at(pos.x + f.px(20), pos.y + f.px(12));
    draw_image(f, e.logo, at, ImVec2(at.x + logo_w, at.y + logo_h));
    text_x = at.x + logo_w + f.px(20);
  }
  draw_result_title(f, row, e.name.get(f.lang()), ImVec2(text_x, pos.y + f.px(12)), clip);
  std::string meta;
  const std::string venue = exhibitor_venue(f.content, e);
  if (venue != f.place.venue) {  // another city's exhibitor: say where before anything else
    if (const auto* v = f.content.venue(venue)) meta = v->city.get(f.lang()) + "  ·  ";
  }
  meta += std::string(tr(Str::Booth, f.lang())) + " " + e.booth;
  if (const auto* b = f.content.booth(e.booth)) {
    if (const auto* h = f.content.hall(b->hall)) meta += "  ·  " + h->name.get(f.lang());
  }
  if (!row.match) {
    if (const auto* s = e.sectors.empty() ? nullptr : f.content.sector(e.sectors.front())) {
      meta += "  ·  " + s->name.get(f.lang());
    }
  }
  draw_result_meta(f, row, std::move(meta), ImVec2(text_x, pos.y + f.px(58)), clip);
}

// A session or speaker found by the search box: a session opens in the schedule, a speaker opens
// their card (with their sessions).
void draw_programme_row(FrameContext& f, const ResultRow& row, float width, float row_h) {
  const std::string name = row.session ? "session:" + row.session->id : "speaker:" + row.speaker->id;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(name.c_str());
  const bool selected = row.speaker && f.state.selected_speaker == row.speaker->id;
  if (card_button("##prog", ImVec2(width, row_h), to_u32(f.colors.accent), name, selected)) {
    if (row.session) {
      f.state.selected_session = row.session->id;
      f.state.screen = Screen::Schedule;
    } else {
      f.state.selected_speaker = row.speaker->id;
      f.state.selected_exhibitor.clear();
    }
  }
  ImGui::PopID();
  const ImVec4 clip(pos.x, pos.y, pos.x + width - f.px(20), pos.y + row_h);
  const std::string title = row.session ? row.session->title.get(f.lang()) : row.speaker->name.get(f.lang());
  float text_x = pos.x + f.px(28);
  if (row.speaker && !row.speaker->photo.empty()) {  // a face is found faster than a name
    const float side = row_h - f.px(24);
    const ImVec2 at(pos.x + f.px(20), pos.y + f.px(12));
    draw_image(f, row.speaker->photo, at, ImVec2(at.x + side, at.y + side));
    text_x = at.x + side + f.px(20);
  }
  draw_result_title(f, row, title, ImVec2(text_x, pos.y + f.px(12)), clip);
  std::string meta;
  if (row.session) {
    meta = tr(Str::KindSession, f.lang());
    if (const auto* v = f.content.venue_of(*row.session); v && v->time_zone) {
      meta += "  ·  " + day_label(v->time_zone->to_local(row.session->start), f.lang()) + " " +
              content::format_local_time(*v, row.session->start);
      if (v->id != f.place.venue) meta += " (" + v->city.get(f.lang()) + ")";
    }
    if (const auto* r = f.content.room(row.session->room)) meta += "  ·  " + r->name.get(f.lang());
  } else {
    meta = std::string(tr(Str::KindSpeaker, f.lang())) + "  ·  " + row.speaker->affiliation.get(f.lang());
  }
  draw_result_meta(f, row, std::move(meta), ImVec2(text_x, pos.y + f.px(58)), clip);
}

// height 0: down to the bottom of the screen area.
void draw_list(FrameContext& f, const std::vector<ResultRow>& rows, float width, float height = 0) {
  TouchScroll& scroll = f.state.exhibitor_scroll;
  ImGui::BeginChild("exhibitor-list", ImVec2(width, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
  touch_scroll(scroll);
  if (rows.empty()) {
    text_colored(f.colors.text_muted, tr(Str::NoResults, f.lang()));
    if (tap_button(tr(Str::ClearFilters, f.lang()), ImVec2(0, f.px(72)))) {
      f.state.search_text.clear();
      f.state.sector_filter.clear();
      f.state.exhibitor_venue = "*";
    }
  }
  const float row_h = f.px(100);
  ImGuiListClipper clipper;  // 10,000 rows cost what the visible ones cost
  clipper.Begin(static_cast<int>(rows.size()), row_h + ImGui::GetStyle().ItemSpacing.y);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ResultRow& row = rows[static_cast<std::size_t>(i)];
      if (row.exhibitor) {
        draw_exhibitor_row(f, row, width - f.px(16), row_h);
      } else {
        draw_programme_row(f, row, width - f.px(16), row_h);
      }
    }
  }
  ImGui::EndChild();
}

// Until someone searches, the space under the search box shows the featured exhibitors of the
// venue the list is showing.
void draw_featured(FrameContext& f, float width) {
  const std::string venue = f.state.exhibitor_venue.empty() ? f.place.venue : f.state.exhibitor_venue;
  ImGui::Dummy(ImVec2(0, f.px(8)));
  ImGui::PushFont(f.fonts.heading);
  text_colored(f.colors.accent, tr(Str::Featured, f.lang()));
  ImGui::PopFont();
  const float row_h = f.px(100);
  const float bottom = f.origin.y + f.size.y - f.px(16);
  for (const auto& e : f.content.exhibitors) {
    if (!e.featured || (venue != "*" && exhibitor_venue(f.content, e) != venue)) continue;
    if (ImGui::GetCursorScreenPos().y + row_h > bottom) break;
    ImGui::PushID("featured");
    draw_exhibitor_row(f, ResultRow{&e, nullptr, nullptr, std::nullopt}, width, row_h, "featured:");
    ImGui::PopID();
  }
}

// The search box: tapping it opens the on-screen keyboard (it is not there until asked for).
void draw_search_box(FrameContext& f, float width) {
  const bool typing = f.state.keyboard_open || !f.state.search_text.empty();
  const std::string label = (typing ? std::string(tr(Str::Search, f.lang())) + ":  " + f.state.search_text + "_"
                                    : std::string(tr(Str::TapToSearch, f.lang()))) +
                            "##searchbox";
  ImGui::PushFont(f.fonts.heading);
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  if (tap_button(label.c_str(), ImVec2(width, f.px(84)), f.state.keyboard_open)) {
    f.state.keyboard_open = !f.state.keyboard_open;
  }
  ImGui::PopStyleVar();
  ImGui::PopFont();
}

void draw_search_or_detail(FrameContext& f, float width, float height) {
  // The detail card takes the keyboard's place; closing it brings the search back.
  if (const auto* e = f.content.exhibitor(f.state.selected_exhibitor)) {
    draw_exhibitor_detail(f, *e, width, height);
  } else if (const auto* sp = f.content.speaker(f.state.selected_speaker)) {
    draw_speaker_detail(f, *sp, width, height);
  } else {
    draw_search_box(f, width);
    if (f.state.keyboard_open) {
      draw_keyboard(f, width);
    } else if (!f.portrait) {
      draw_featured(f, width);
    }
  }
}

// Portrait: the list on top, the search keyboard (or the detail card) below it, where a hand
// reaches without stretching.
void draw_exhibitors_portrait(FrameContext& f, const std::vector<ResultRow>& items) {
  const bool panel_open = f.state.keyboard_open || f.content.exhibitor(f.state.selected_exhibitor) ||
                          f.content.speaker(f.state.selected_speaker);
  const float panel_h = panel_open ? f.size.y * 0.40f : f.px(120);
  const float width = f.size.x - f.px(64);
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  ImGui::BeginGroup();
  draw_filter_chips(f, f.origin.x + f.px(32) + width);
  const float list_h = f.origin.y + f.size.y - panel_h - f.px(16) - ImGui::GetCursorScreenPos().y;
  draw_list(f, items, width, std::max(list_h, f.px(120)));
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.size.y - panel_h));
  ImGui::BeginGroup();
  draw_search_or_detail(f, width, panel_h - f.px(16));
  ImGui::EndGroup();
}

}  // namespace

void draw_exhibitors(FrameContext& f) {
  const auto& items =
      f.results->get(f.content, f.search_index, f.lang(), f.state.sector_filter, f.state.search_text,
                     f.state.exhibitor_venue == "*" ? std::string{}
                     : f.state.exhibitor_venue.empty() ? f.place.venue
                                                       : f.state.exhibitor_venue);
  if (f.portrait) {
    draw_exhibitors_portrait(f, items);
    return;
  }
  const float list_w = f.size.x * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  ImGui::BeginGroup();
  draw_filter_chips(f, f.origin.x + f.px(32) + list_w);
  draw_list(f, items, list_w);
  ImGui::EndGroup();
  const float right_x = f.origin.x + f.px(64) + list_w;
  const float right_w = f.size.x - list_w - f.px(96);
  ImGui::SetCursorScreenPos(ImVec2(right_x, f.origin.y + f.px(16)));
  ImGui::BeginGroup();
  draw_search_or_detail(f, right_w, f.size.y - f.px(40));
  ImGui::EndGroup();
}

}  // namespace marquee::ui
