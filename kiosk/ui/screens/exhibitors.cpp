// Exhibitors: A–Z list (virtualized), sector chips, search typed on the on-screen keyboard,
// and a detail card with the logo, description, booth and "show on map".
#include <algorithm>
#include <cctype>

#include "content/queries.hpp"
#include "ui/frame_context.hpp"
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

void draw_sector_chips(FrameContext& f, float max_x) {
  const float h = f.px(60);
  if (tap_button(tr(Str::AllSectors, f.lang()), ImVec2(0, h), f.state.sector_filter.empty())) {
    f.state.sector_filter.clear();
  }
  for (const auto& s : f.content.sectors) {
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(s.name.get(f.lang()).c_str()).x + f.px(60) >
        max_x) {
      ImGui::NewLine();
    }
    if (tap_button(s.name.get(f.lang()).c_str(), ImVec2(0, h), f.state.sector_filter == s.id)) {
      f.state.sector_filter = s.id;
    }
  }
}

void draw_exhibitor_row(FrameContext& f, const ResultRow& row, float width, float row_h) {
  const content::Exhibitor& e = *row.exhibitor;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(e.id.c_str());
  const bool selected = f.state.selected_exhibitor == e.id;
  if (card_button("##ex", ImVec2(width, row_h), to_u32(selected ? f.colors.primary : f.colors.outline),
                  "exhibitor:" + e.id)) {
    f.state.selected_exhibitor = e.id;
  }
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddText(f.fonts.heading, f.fonts.heading->FontSize * 0.8f, ImVec2(pos.x + f.px(28), pos.y + f.px(12)),
              to_u32(f.colors.text), e.name.get(f.lang()).c_str());
  std::string meta = std::string(tr(Str::Booth, f.lang())) + " " + e.booth;
  if (const auto* s = e.sectors.empty() ? nullptr : f.content.sector(e.sectors.front())) {
    meta += "  ·  " + s->name.get(f.lang());
  }
  if (!row.matched.empty()) meta += "  ·  " + row.matched;
  dl->AddText(f.fonts.small, f.fonts.small->FontSize, ImVec2(pos.x + f.px(28), pos.y + f.px(56)),
              to_u32(f.colors.text_muted), meta.c_str());
}

// A session or speaker found by the search box: tapping it opens the session in the schedule.
void draw_programme_row(FrameContext& f, const ResultRow& row, float width, float row_h) {
  const content::Session* session = row.session;
  if (!session) {  // a speaker: open their first session
    for (const auto& s : f.content.sessions) {
      if (std::find(s.speakers.begin(), s.speakers.end(), row.speaker->id) != s.speakers.end()) {
        session = &s;
        break;
      }
    }
  }
  const std::string name = row.session ? "session:" + row.session->id : "speaker:" + row.speaker->id;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(name.c_str());
  if (card_button("##prog", ImVec2(width, row_h), to_u32(f.colors.accent), name) && session) {
    f.state.selected_session = session->id;
    f.state.screen = Screen::Schedule;
  }
  ImGui::PopID();
  const std::string title = row.session ? row.session->title.get(f.lang()) : row.speaker->name.get(f.lang());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddText(f.fonts.heading, f.fonts.heading->FontSize * 0.8f, ImVec2(pos.x + f.px(28), pos.y + f.px(12)),
              to_u32(f.colors.text), title.c_str());
  std::string meta =
      std::string(tr(row.session ? Str::Schedule : Str::Speakers, f.lang())) + "  ·  " + row.matched;
  dl->AddText(f.fonts.small, f.fonts.small->FontSize, ImVec2(pos.x + f.px(28), pos.y + f.px(56)),
              to_u32(f.colors.text_muted), meta.c_str());
}

// height 0: down to the bottom of the screen area.
void draw_list(FrameContext& f, const std::vector<ResultRow>& rows, float width, float height = 0) {
  static TouchScroll scroll;  // UI thread only; one list of this kind on screen
  ImGui::BeginChild("exhibitor-list", ImVec2(width, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
  touch_scroll(scroll);
  if (rows.empty()) text_colored(f.colors.text_muted, tr(Str::NoResults, f.lang()));
  const float row_h = f.px(96);
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

void draw_detail(FrameContext& f, const content::Exhibitor& e, float width, float height) {
  ImGui::BeginChild("exhibitor-detail", ImVec2(width, height), false);
  ImGui::SetCursorPos(ImVec2(f.px(28), f.px(24)));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(width - f.px(28));
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

void draw_search_or_detail(FrameContext& f, float width, float height) {
  // The detail card takes the keyboard's place; closing it brings the keyboard back.
  if (const auto* e = f.content.exhibitor(f.state.selected_exhibitor)) {
    draw_detail(f, *e, width, height);
  } else {
    const std::string query = std::string(tr(Str::Search, f.lang())) + ": " + f.state.search_text + "_";
    ImGui::PushFont(f.fonts.heading);
    ImGui::TextUnformatted(query.c_str());
    ImGui::PopFont();
    draw_keyboard(f, width);
  }
}

// Portrait: the list on top, the search keyboard (or the detail card) below it, where a hand
// reaches without stretching.
void draw_exhibitors_portrait(FrameContext& f, const std::vector<ResultRow>& items) {
  const float panel_h = f.size.y * 0.40f;
  const float width = f.size.x - f.px(64);
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  ImGui::BeginGroup();
  draw_sector_chips(f, f.origin.x + f.px(32) + width);
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
      f.results->get(f.content, f.search_index, f.lang(), f.state.sector_filter, f.state.search_text);
  if (f.portrait) {
    draw_exhibitors_portrait(f, items);
    return;
  }
  const float list_w = f.size.x * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  ImGui::BeginGroup();
  draw_sector_chips(f, f.origin.x + f.px(32) + list_w);
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
