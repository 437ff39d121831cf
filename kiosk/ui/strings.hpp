#pragma once
// Every UI string, one table per language (no literals scattered through the screens).
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "ui/ui_state.hpp"

namespace marquee::ui {

enum class Str {
  Home,
  Schedule,
  Exhibitors,
  Map,
  Announcements,
  NowAt,
  UpNext,
  NothingNow,
  NothingNext,
  AllVenues,
  AllRooms,
  AllTracks,
  AllKinds,
  Day,
  Back,
  ShowOnMap,
  Speakers,
  Room,
  Booth,
  Sectors,
  AllSectors,
  Search,
  Clear,
  YouAreHere,
  ResetMap,
  NoAnnouncements,
  Emergency,
  TapToStart,
  StillThere,
  MoreTime,
  Returning,
  Website,
  Language,
  Now,
  InProgress,
  NoResults,
  HappeningNow,
  Featured,
  Accessibility,
  StaffPanel,
  EnterPin,
  WrongPin,
  Locked,
  Cancel,
  Ok,
  Close,
  RefreshNow,
  DefaultLanguage,
  ContentLabel,
  SyncLabel,
  ShowLabel,
  LightingLabel,
  FrameTimeLabel,
  ClearFilters,
  KindExhibitor,
  KindSession,
  KindSpeaker,
  MatchPinyin,
  MatchInitials,
  MatchTransliteration,
  MatchDescription,
  MatchSpeaker,
  MatchSector,
  FindCta,
  ShowStartsIn,
  NearestExit,
  BackSoon,
  TapToSearch,
  Hall,
  AllCities,
  SessionsOf,
  NextHighlight,
  Minutes,
  FollowStaff,
  TextSize,
  Contrast,
  Count
};

const char* tr(Str id, content::Lang lang);
// All strings of all languages, for building the font atlas.
std::vector<const char*> all_ui_strings();
// The languages a bilingual message is shown in, in order: the visitor's current language, the
// kiosk's default language, then English, each once (Barcelona: es + en; Beijing: zh + en).
std::vector<content::Lang> kiosk_languages(content::Lang current, content::Lang kiosk_default);
// One string in each of `langs`, joined by "  ·  ".
std::string paired(Str id, const std::vector<content::Lang>& langs);
// One label per screen (the navigation and the header both use it).
Str screen_label(Screen screen);
// Localized session kind label, e.g. "Main forum" / "主论坛".
const char* kind_label(int kind_index, content::Lang lang);

}  // namespace marquee::ui
