#pragma once
// The attendee-facing kiosk: shared chrome (header, navigation, language and accessibility
// buttons), the current screen, idle handling ("Still there?" -> Home -> attract loop) and the
// emergency takeover. Owns no I/O: content arrives as immutable snapshots between frames.
#include <memory>
#include <optional>
#include <string>

#include "content/model.hpp"
#include "content/search/search_index.hpp"
#include "ui/fonts.hpp"
#include "ui/frame_context.hpp"
#include "ui/images.hpp"
#include "ui/qr_code.hpp"
#include "ui/route_cache.hpp"
#include "ui/search_results.hpp"
#include "ui/show_scene.hpp"
#include "ui/staff_panel.hpp"
#include "ui/tap_targets.hpp"
#include "ui/ui_state.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::ui {

enum class PointerPhase { None, Press, Move, Release };

struct UiConfig {
  KioskPlace place;
  content::Lang default_lang = content::Lang::En;
  std::string font_path;             // empty: search Debian's Noto CJK locations
  double idle_warning_after_s = 60;  // no touch this long: ask "Still there?"
  double idle_countdown_s = 15;      // then reset to Home after this countdown
  double attract_after_s = 30;       // idle on Home this long: start the attract loop
};

class KioskUi {
 public:
  explicit KioskUi(UiConfig config);
  ~KioskUi();
  KioskUi(const KioskUi&) = delete;
  KioskUi& operator=(const KioskUi&) = delete;

  // Swaps in a new snapshot between frames; the current screen keeps its place (a selection
  // that no longer exists is cleared). The font atlas is rebuilt before the next frame.
  void set_content(std::shared_ptr<const content::Content> content);
  const content::Content* content() const { return content_.get(); }
  // The search index built (off the UI thread) for a snapshot; ignored unless it is the current one.
  void set_search_index(std::shared_ptr<const content::search::SearchIndex> index,
                        const content::Content* built_for) {
    search_index_ = std::move(index);
    search_index_for_ = built_for;
  }
  // Routes precomputed (off the UI thread) for a snapshot; ignored unless it is the current one.
  // The staff panel's closures arrive the same way (Wayfinder::with_closures on a worker).
  void set_wayfinder(std::shared_ptr<const wayfinding::Wayfinder> wayfinder,
                     const content::Content* built_for) {
    wayfinder_ = std::move(wayfinder);
    wayfinder_for_ = built_for;
    routes_.invalidate();
  }
  const wayfinding::Wayfinder* wayfinder() const {
    return wayfinder_for_ == content_.get() ? wayfinder_.get() : nullptr;
  }
  // The same, shared: the app derives the staff's closures from it on a worker.
  std::shared_ptr<const wayfinding::Wayfinder> shared_wayfinder() const {
    return wayfinder_for_ == content_.get() ? wayfinder_ : nullptr;
  }
  // The route the map drew in the last frame (state().route), or null.
  const wayfinding::RouteResult* route() const { return routes_.last(); }

  // The atlas the current content, screen scale and text size need, or nothing when the
  // installed one is right. An error when no font file can be found.
  core::Result<std::optional<FontSpec>> wanted_fonts(float screen_scale) const;
  // Makes a built atlas ImGui's (io.Fonts); call between frames. The renderer must then upload
  // its texture. The previous atlas is freed.
  void install_fonts(Fonts fonts, FontSpec spec);
  // wanted_fonts + build + install, on this thread. Returns true if an atlas was installed.
  core::Result<bool> prepare_fonts(float screen_scale);
  const Fonts& fonts() const { return fonts_; }
  bool has_fonts() const { return fonts_.atlas() != nullptr; }

  // Any touch, click or key: resets the idle timer, wakes the attract loop.
  void note_input();
  // Whether a pointer event goes on to the screens. The touch that wakes the attract loop only
  // wakes it: its press, moves and release never press the button that appears beneath it.
  bool pointer_reaches_screen(PointerPhase phase);
  // A two-finger pinch centred at (x, y) in 0..1 of the display: zooms the map. spread_change is
  // the change in the fingers' distance as a fraction of the touch surface (> 0: spreading).
  void pinch(float spread_change, float x, float y);
  // Builds one ImGui frame at wall time `now`; dt_s is the monotonic time since the last frame.
  void frame(core::WallTime now, double dt_s);
  // Builds the recovery frame shown while the kiosk restarts after a runtime failure.
  void fallback_frame(double seconds);

  UiState& state() { return state_; }
  const UiState& state() const { return state_; }
  const UiConfig& config() const { return config_; }
  void set_language(content::Lang lang) { state_.lang = lang; }
  // The kiosk's own language (staff panel, fleet): what idle reset returns to. A visitor who chose
  // another language keeps it until they leave.
  void set_default_language(content::Lang lang) {
    if (state_.lang == state_.default_lang) state_.lang = lang;
    state_.default_lang = lang;
  }
  // The display's physical density (pixels per inch; 0: unknown), for layout_scale().
  void set_display_dpi(float dpi) { dpi_ = dpi; }
  // The colour the renderer clears to: the theme's background (the main window draws none).
  ImVec4 clear_colour() const;
  void go(Screen s);
  // An emergency raised over the fleet channel: shown like an emergency announcement, on every
  // screen, until cleared (nullopt). It wins over the content's own emergencies.
  void set_remote_emergency(std::optional<content::Announcement> emergency) { remote_emergency_ = std::move(emergency); }
  bool remote_emergency() const { return remote_emergency_.has_value(); }
  // True when the last frame drew the emergency takeover (remote or from content).
  bool emergency_showing() const { return !state_.emergency_id.empty(); }
  // A display command from the show (already matched against this kiosk's identity).
  void apply_display_command(const show::DisplayCommand& command);
  const ShowSceneState& show_scene() const { return show_; }
  // Where content images come from (see ui/images.hpp); without one, screens draw placeholders.
  void set_image_lookup(ImageLookup lookup) { images_ = std::move(lookup); }
  // Staff panel: a PIN verifier (none: the panel cannot be opened) and the status it shows.
  void set_pin_verifier(PinVerifier verify) { verify_pin_ = std::move(verify); }
  void set_staff_status(StaffStatus status) { staff_status_ = std::move(status); }
  // The running show's controller (null: no show, the panel has no show page).
  void set_show_controller(show::ShowController* controller) { show_controller_ = controller; }
  // Where each control was drawn in the last frame (for tests that tap the real UI).
  const TapTargets& tap_targets() const { return tap_targets_; }

 private:
  void update_idle(double dt_s);
  void apply_theme_if_changed(float scale);
  FrameContext frame_context(core::WallTime now, float scale, ImVec2 size);
  void draw_main(FrameContext& f);
  void draw_attendee_screen(FrameContext& f);
  void draw_overlays(FrameContext& f);
  void draw_header(float scale, float height);
  void draw_nav(float scale, float y, float height);
  void draw_idle_warning(float scale);

  UiConfig config_;
  UiState state_;
  std::shared_ptr<const content::Content> content_;
  Fonts fonts_;
  FontSpec installed_fonts_;
  ImFontAtlas* context_atlas_ = nullptr;  // io.Fonts before ours, put back on destruction
  SearchResultsCache results_;
  ScheduleRowsCache schedule_rows_;
  std::shared_ptr<const content::search::SearchIndex> search_index_;
  const content::Content* search_index_for_ = nullptr;
  std::shared_ptr<const wayfinding::Wayfinder> wayfinder_;
  const content::Content* wayfinder_for_ = nullptr;
  RouteCache routes_;
  QrCache qr_;
  TapTargets tap_targets_;
  PinVerifier verify_pin_;
  StaffStatus staff_status_;
  StaffPanelState staff_;
  show::ShowController* show_controller_ = nullptr;
  ShowSceneState show_;
  std::optional<content::Announcement> remote_emergency_;
  ImageLookup images_;
  float dpi_ = 0;
  float theme_scale_ = 0;
  bool theme_contrast_ = false;
  bool input_this_frame_ = false;
  bool swallowing_wake_touch_ = false;
  core::WallTime last_now_{};
  double attract_seconds_ = 0;
  double home_idle_seconds_ = 0;
};

}  // namespace marquee::ui
