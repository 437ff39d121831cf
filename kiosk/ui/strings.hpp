#pragma once
// Every UI string, one table per language (no literals scattered through the screens).
#include <vector>

#include "content/localized_text.hpp"

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
  Count
};

const char* tr(Str id, content::Lang lang);
// All strings of all languages, for building the font atlas.
std::vector<const char*> all_ui_strings();
// Localized session kind label, e.g. "Main forum" / "主论坛".
const char* kind_label(int kind_index, content::Lang lang);

}  // namespace marquee::ui
