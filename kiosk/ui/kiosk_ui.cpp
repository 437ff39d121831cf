#include "ui/kiosk_ui.hpp"

#include <cmath>
#include <cstdio>

#include "content/queries.hpp"
#include "ui/frame_context.hpp"
#include "ui/layout_scale.hpp"
#include "ui/map_view.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

namespace marquee::ui {

KioskUi::KioskUi(UiConfig config) : config_(std::move(config)) {
  state_.lang = config_.default_lang;
  state_.default_lang = config_.default_lang;
  state_.map_hall = config_.place.hall;
}

void KioskUi::set_content(std::shared_ptr<const content::Content> content) {
  content_ = std::move(content);
  if (!content_) return;
  if (!config_.place.venue_configured && !content_->venue(config_.place.venue) && !content_->venues.empty()) {
    config_.place.venue = content_->venues.front().id;
  }
  if (!content_->session(state_.selected_session)) state_.selected_session.clear();
  if (!content_->exhibitor(state_.selected_exhibitor)) state_.selected_exhibitor.clear();
  if (!content_->booth(state_.highlighted_booth)) state_.highlighted_booth.clear();
  if (!content_->hall(state_.map_hall)) state_.map_hall = config_.place.hall;
}

KioskUi::~KioskUi() {
  // ImGui's context outlives us and deletes io.Fonts when it goes: give it its own atlas back.
  if (context_atlas_ && ImGui::GetCurrentContext() && ImGui::GetIO().Fonts == fonts_.atlas()) {
    ImGui::GetIO().Fonts = context_atlas_;
  }
}

core::Result<std::optional<FontSpec>> KioskUi::wanted_fonts(float screen_scale) const {
  const float text_scale = state_.large_text ? 1.25f : 1.0f;
  // Text that is not in the content (a fleet emergency) needs its glyphs too.
  std::string extra;
  if (remote_emergency_) {
    for (const auto l : {content::Lang::En, content::Lang::Zh, content::Lang::Es}) extra += remote_emergency_->text.exact(l);
  }
  if (has_fonts() && installed_fonts_.content == content_ && installed_fonts_.scale == screen_scale &&
      installed_fonts_.text_scale == text_scale && installed_fonts_.extra_text == extra) {
    return std::optional<FontSpec>{};
  }
  auto path = Fonts::locate(config_.font_path);
  if (!path) return path.error();
  return std::optional<FontSpec>{FontSpec{*path, content_, screen_scale, text_scale, extra}};
}

void KioskUi::install_fonts(Fonts fonts, FontSpec spec) {
  ImGuiIO& io = ImGui::GetIO();
  if (!context_atlas_) context_atlas_ = io.Fonts;
  fonts_ = std::move(fonts);  // the old atlas goes; the last frame drawn with it is finished
  installed_fonts_ = std::move(spec);
  io.Fonts = fonts_.atlas();
  io.FontDefault = fonts_.set().body;
}

core::Result<bool> KioskUi::prepare_fonts(float screen_scale) {
  auto wanted = wanted_fonts(screen_scale);
  if (!wanted) return wanted.error();
  if (!*wanted) return false;
  Fonts fonts;
  if (auto st = fonts.build(**wanted); !st) return st.error();
  install_fonts(std::move(fonts), std::move(**wanted));
  return true;
}

ImVec4 KioskUi::clear_colour() const {
  return palette(state_.high_contrast).background;
}

void KioskUi::note_input() {
  input_this_frame_ = true;
}

bool KioskUi::pointer_reaches_screen(PointerPhase phase) {
  if (phase == PointerPhase::Press && state_.screen == Screen::Attract) swallowing_wake_touch_ = true;
  if (!swallowing_wake_touch_ || phase == PointerPhase::None) return true;
  if (phase == PointerPhase::Release) swallowing_wake_touch_ = false;
  return false;
}

void KioskUi::pinch(float spread_change, float x, float y) {
  const float factor = pinch_zoom_factor(spread_change);
  if (state_.screen != Screen::Map) return;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  state_.map_touch.pinch *= factor;
  const bool at_point = std::isfinite(x) && std::isfinite(y);  // else about the map's centre
  state_.map_touch.pinch_x = at_point ? x * size.x : -1.0f;
  state_.map_touch.pinch_y = at_point ? y * size.y : -1.0f;
}

void KioskUi::go(Screen s) {
  state_.screen = s;
  if (s != Screen::Attract) attract_seconds_ = 0;
}

void KioskUi::apply_display_command(const show::DisplayCommand& c) {
  switch (c.kind) {
    case show::DisplayKind::SwitchScene: {
      Screen s;
      if (screen_from_id(c.scene, s)) go(s);
      show_.scene.reset();
      break;
    }
    case show::DisplayKind::OverlayOn:
      show_.overlay = c.text;
      break;
    case show::DisplayKind::OverlayOff:
      show_.overlay.reset();
      break;
    case show::DisplayKind::EndShow:
      show_.scene.reset();
      show_.overlay.reset();
      break;
    default:
      show_.scene = c;
      break;  // colour, gradient, text, countdown, image, scroll
  }
}

void KioskUi::update_idle(double dt_s) {
  if (input_this_frame_) {
    input_this_frame_ = false;
    state_.idle_seconds = 0;
    state_.idle_warning = false;
    home_idle_seconds_ = 0;
    if (state_.screen == Screen::Attract) go(Screen::Home);
    return;
  }
  state_.idle_seconds += dt_s;
  if (state_.screen == Screen::Attract) {
    attract_seconds_ += dt_s;
    return;
  }
  if (state_.screen == Screen::Home && !state_.idle_warning) {
    home_idle_seconds_ += dt_s;
    if (home_idle_seconds_ >= config_.attract_after_s) go(Screen::Attract);
    return;
  }
  if (state_.idle_seconds >= config_.idle_warning_after_s + config_.idle_countdown_s) {
    // Reset for the next person: everything they changed, not only where they were.
    reset_for_next_visitor(state_, config_.place);
    home_idle_seconds_ = 0;
    go(Screen::Home);
  } else if (state_.idle_seconds >= config_.idle_warning_after_s) {
    state_.idle_warning = true;
  }
}

void KioskUi::draw_header(float scale, float height) {
  const Palette& p = palette(state_.high_contrast);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  dl->AddRectFilled(ImVec2(0, 0), ImVec2(size.x, height), to_u32(p.surface));
  const FontSet& fs = fonts_.set();
  const std::string& name = content_->conference.name.get(state_.lang);
  const char* title = tr(screen_label(state_.screen), state_.lang);
  const float pad = 32 * scale;
  std::string clock;  // Home shows its own big clock
  if (const auto* venue = state_.screen == Screen::Home ? nullptr : content_->venue(config_.place.venue);
      venue && venue->time_zone) {
    const auto local = venue->time_zone->to_local(last_now_);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", local.hour, local.minute);
    clock = buf;
  }
  if (state_.large_text) {
    // Large text keeps the controls low (within reach from a wheelchair); the band above them
    // shows what is where in big type instead of staying empty.
    ImFont* big = fs.display;
    const float block = fs.heading->FontSize + 16 * scale + big->FontSize;
    const float y0 = (height - block) / 2;
    dl->AddText(fs.heading, fs.heading->FontSize, ImVec2(pad, y0), to_u32(p.text_muted), name.c_str());
    dl->AddText(big, big->FontSize, ImVec2(pad, y0 + fs.heading->FontSize + 16 * scale), to_u32(p.primary),
                title);
    const float cw = big->CalcTextSizeA(big->FontSize, 1e9f, 0, clock.c_str()).x;
    dl->AddText(big, big->FontSize, ImVec2(size.x - pad - cw, y0 + fs.heading->FontSize + 16 * scale),
                to_u32(p.text), clock.c_str());
    return;
  }
  const float y = (height - fs.heading->FontSize) / 2;
  const float name_w = fs.heading->CalcTextSizeA(fs.heading->FontSize, 1e9f, 0, name.c_str()).x;
  const float cw = fs.heading->CalcTextSizeA(fs.heading->FontSize, 1e9f, 0, clock.c_str()).x;
  const ImVec4 clip(0, 0, size.x - pad - cw - pad, height);
  dl->AddText(fs.heading, fs.heading->FontSize, ImVec2(pad, y), to_u32(p.text), name.c_str(), nullptr, 0,
              &clip);
  dl->AddText(fs.heading, fs.heading->FontSize, ImVec2(pad + name_w + 40 * scale, y), to_u32(p.primary),
              title, nullptr, 0, &clip);
  dl->AddText(fs.heading, fs.heading->FontSize, ImVec2(size.x - pad - cw, y), to_u32(p.text), clock.c_str());
}

void KioskUi::draw_nav(float scale, float y, float height) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const Palette& p = palette(state_.high_contrast);
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(0, y), ImVec2(size.x, y + height), to_u32(p.surface));
  constexpr Screen items[] = {Screen::Home, Screen::Schedule, Screen::Exhibitors, Screen::Map,
                              Screen::Announcements};
  const float pad = 16 * scale;
  // Landscape: one row, screens then languages and accessibility. Portrait: too narrow for that,
  // so screens take the upper row and the rest the lower one (both stay within reach).
  const bool two_rows = orientation(size.x, size.y).portrait;
  const float row_h = two_rows ? height / 2 : height;
  const float button_h = row_h - 2 * pad;
  // Three languages and two accessibility toggles share lang_w each.
  const float lang_w = two_rows ? (size.x - 6 * pad) / 5.0f : 130 * scale;
  const float nav_w = two_rows ? (size.x - 6 * pad) / 5.0f : (size.x - 5 * lang_w - 8 * pad) / 5.0f - pad;
  ImGui::SetCursorScreenPos(ImVec2(pad, y + pad));
  // One size for every label: the largest in which all of them fit (large text never clips one).
  const FontSet& fs = fonts_.set();
  ImFont* nav_font = fs.heading;
  for (const Screen item : items) {
    ImFont* fits =
        fitting_font(tr(screen_label(item), state_.lang), nav_w - 2 * ImGui::GetStyle().FramePadding.x,
                     {fs.heading, fs.body, fs.small});
    if (fits->FontSize < nav_font->FontSize) nav_font = fits;
  }
  for (const Screen item : items) {
    const char* label = tr(screen_label(item), state_.lang);
    ImGui::PushFont(nav_font);
    if (tap_button(label, ImVec2(nav_w, button_h), state_.screen == item)) {
      if (item == Screen::Schedule) {
        state_.selected_session.clear();
        state_.schedule_scroll_to_now = true;
      }
      go(item);
    }
    ImGui::PopFont();
    ImGui::SameLine(0, pad);
  }
  if (two_rows) {
    ImGui::SetCursorScreenPos(ImVec2(pad, y + row_h + pad));
  } else {
    ImGui::SameLine(0, pad * 2);
  }
  static const struct {
    content::Lang lang;
    const char* label;
  } langs[] = {{content::Lang::En, "English"}, {content::Lang::Zh, "中文"}, {content::Lang::Es, "Español"}};
  for (const auto& l : langs) {
    if (tap_button(l.label, ImVec2(lang_w, button_h), state_.lang == l.lang)) state_.lang = l.lang;
    ImGui::SameLine(0, pad);
  }
  // Accessibility: larger text with a low-reach layout, and the high-contrast theme; each with
  // a caption in the visitor's language, since a bare "Aa" or "◐" explains nothing.
  if (captioned_toggle("Aa", "access", tr(Str::TextSize, state_.lang), ImVec2(lang_w, button_h),
                       state_.large_text, fs.heading, fs.small)) {
    state_.large_text = !state_.large_text;
  }
  ImGui::SameLine(0, pad);
  if (captioned_toggle("\xE2\x97\x90", "contrast", tr(Str::Contrast, state_.lang), ImVec2(lang_w, button_h),
                       state_.high_contrast, fs.heading, fs.small)) {  // ◐
    state_.high_contrast = !state_.high_contrast;
  }
}

void KioskUi::draw_idle_warning(float scale) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const Palette& p = palette(state_.high_contrast);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(0, 0), size, IM_COL32(0, 0, 0, 170));
  const ImVec2 box(900 * scale, 440 * scale);
  const ImVec2 p0((size.x - box.x) / 2, size.y - box.y - 200 * scale);  // low on the screen: within reach
  dl->AddRectFilled(p0, ImVec2(p0.x + box.x, p0.y + box.y), to_u32(p.surface), 24 * scale);
  const double left = config_.idle_warning_after_s + config_.idle_countdown_s - state_.idle_seconds;
  char line[200];
  const std::vector<content::Lang> langs = kiosk_languages(state_.lang, state_.default_lang);
  std::snprintf(line, sizeof line, "%s", paired(Str::StillThere, langs).c_str());
  const FontSet& fs = fonts_.set();
  dl->AddText(fs.heading, fs.heading->FontSize, ImVec2(p0.x + 48 * scale, p0.y + 40 * scale), to_u32(p.text),
              line);
  std::snprintf(line, sizeof line, "%s %d s", tr(Str::Returning, state_.lang),
                static_cast<int>(left + 0.999));
  dl->AddText(fs.body, fs.body->FontSize, ImVec2(p0.x + 48 * scale, p0.y + 120 * scale), to_u32(p.text_muted),
              line);
  ImGui::SetCursorScreenPos(ImVec2(p0.x + 48 * scale, p0.y + box.y - 180 * scale));
  std::snprintf(line, sizeof line, "%s##more", paired(Str::MoreTime, langs).c_str());
  ImGui::PushFont(fs.heading);
  if (tap_button(line, ImVec2(box.x - 96 * scale, 130 * scale), true)) note_input();
  ImGui::PopFont();
}

void KioskUi::fallback_frame(double seconds) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("##fallback", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoInputs);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(0, 0), size, false);
  draw_fallback(dl, fonts_.set(), palette(false), content_.get(),
                kiosk_languages(state_.default_lang, state_.default_lang), seconds);
  dl->PopClipRect();
  ImGui::End();
}

namespace {

// The kiosk's windows are full-screen and fixed: no title, no moving, no remembered layout.
constexpr ImGuiWindowFlags kChromeFree = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus |
                                         ImGuiWindowFlags_NoScrollWithMouse;

}  // namespace

void KioskUi::apply_theme_if_changed(float scale) {
  if (scale == theme_scale_ && state_.high_contrast == theme_contrast_) return;
  apply_theme(scale, state_.high_contrast);  // once per change, never per widget
  theme_scale_ = scale;
  theme_contrast_ = state_.high_contrast;
}

FrameContext KioskUi::frame_context(core::WallTime now, float scale, ImVec2 size) {
  return FrameContext{
      .content = *content_,
      .state = state_,
      .place = config_.place,
      .fonts = fonts_.set(),
      .colors = palette(state_.high_contrast),
      .now = now,
      .scale = scale,
      .portrait = orientation(size.x, size.y).portrait,
      .origin = {},
      .size = {},
      .results = &results_,
      .search_index = search_index_for_ == content_.get() ? search_index_.get() : nullptr,
      .schedule_rows = &schedule_rows_,
      .images = &images_,
      .wayfinder = wayfinder_for_ == content_.get() ? wayfinder_.get() : nullptr,
      .routes = &routes_,
      .qr = &qr_,
      .dpi = dpi_,
  };
}

// What fills the screen, in order of precedence: an emergency overrides everything, a show scene
// replaces the kiosk screens, then the attract loop, then the attendee screen the visitor chose.
void KioskUi::draw_main(FrameContext& f) {
  const content::Announcement* emergency =
      remote_emergency_ ? &*remote_emergency_ : content::active_emergency(*content_, config_.place.venue, f.now);
  if (emergency) {
    state_.emergency_id = emergency->id;
    draw_emergency(f, *emergency);
    return;
  }
  state_.emergency_id.clear();
  if (show_.scene) {
    draw_show_scene(f, *show_.scene);
  } else if (state_.screen == Screen::Attract) {
    if (!state_.attract_scene.empty()) {  // asked for once (--attract-scene), then the loop runs on
      if (const auto start = attract_scene_start(f, state_.attract_scene)) attract_seconds_ = *start;
      state_.attract_scene.clear();
    }
    draw_attract(f, attract_seconds_);
  } else {
    draw_attendee_screen(f);
  }
}

// Header, the chosen screen between header and navigation, the navigation bar, and a show's
// overlay banner on top.
void KioskUi::draw_attendee_screen(FrameContext& f) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float header_h = 96 * f.scale;
  const float nav_h = 132 * f.scale * (f.portrait ? 2.0f : 1.0f);
  // Low-reach layout: everything tappable lives in the lower part of the screen.
  const float top = state_.large_text ? size.y * 0.30f : header_h;
  draw_header(f.scale, top);
  f.origin = ImVec2(0, top);
  f.size = ImVec2(size.x, size.y - top - nav_h);
  ImGui::SetCursorScreenPos(f.origin);
  ImGui::BeginChild("##screen", f.size, false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  switch (state_.screen) {
    case Screen::Home:
      draw_home(f);
      break;
    case Screen::Schedule:
      draw_schedule(f);
      break;
    case Screen::Exhibitors:
      draw_exhibitors(f);
      break;
    case Screen::Map:
      draw_map(f);
      break;
    case Screen::Announcements:
      draw_announcements(f);
      break;
    case Screen::Attract:
      break;
  }
  ImGui::EndChild();
  draw_nav(f.scale, size.y - nav_h, nav_h);
  if (show_.overlay) draw_overlay_banner(f, *show_.overlay);
}

// The idle warning or the staff panel, in a window of their own on top, so nothing underneath
// can be pressed through them. Neither shows over an emergency or the attract loop.
void KioskUi::draw_overlays(FrameContext& f) {
  const bool staff_showing = staff_.mode != StaffPanelState::Mode::Closed;
  if (!(state_.idle_warning || staff_showing) || !state_.emergency_id.empty() || state_.screen == Screen::Attract)
    return;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::SetNextWindowFocus();
  ImGui::Begin("##overlay", nullptr, (kChromeFree & ~ImGuiWindowFlags_NoBringToFrontOnFocus) | ImGuiWindowFlags_NoBackground);
  ImGui::PushFont(fonts_.set().body);
  if (staff_showing) {
    draw_staff_panel(f, staff_, staff_status_, verify_pin_, show_controller_);
  } else {
    draw_idle_warning(f.scale);
  }
  ImGui::PopFont();
  ImGui::End();
}

void KioskUi::frame(core::WallTime now, double dt_s) {
  last_now_ = now;
  update_idle(dt_s);
  update_staff_gesture(staff_, dt_s, static_cast<bool>(verify_pin_));
  tap_targets_.clear();
  set_tap_target_log(&tap_targets_);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float scale = layout_scale(size.x, size.y, dpi_);
  apply_theme_if_changed(scale);
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  // No window background: the renderer clears to the same colour, and on the software renderer a
  // full-screen blended quad is a large share of the frame.
  ImGui::Begin("##kiosk", nullptr, kChromeFree | ImGuiWindowFlags_NoBackground);
  if (!content_) {
    ImGui::End();
    set_tap_target_log(nullptr);
    return;
  }
  // The kiosk owns every pixel: no window-padding margin at the screen edges.
  ImGui::GetWindowDrawList()->PushClipRect(ImVec2(0, 0), size, false);
  ImGui::PushFont(fonts_.set().body);
  FrameContext f = frame_context(now, scale, size);
  draw_main(f);
  ImGui::PopFont();
  ImGui::GetWindowDrawList()->PopClipRect();
  ImGui::End();
  draw_overlays(f);
  state_.staff_panel_open = staff_.mode != StaffPanelState::Mode::Closed;
  set_tap_target_log(nullptr);
}

}  // namespace marquee::ui
