#pragma once
// The words of the map's wayfinding controls (Directions, Step-free, Nearest ..., amenity kinds,
// staff closures), one row per string with its three languages side by side. The step sentences
// themselves come from wayfinding::step_text.
#include <vector>

#include "content/localized_text.hpp"
#include "content/map_model.hpp"

namespace marquee::ui {

enum class WayStr {
  Directions,
  StepFree,
  EndRoute,
  FindingRoute,
  ScanToOpen,
  NoMoreSessionsHere,
  LocalTime,
  Closures,
  CloseForToday,
  Reopen,
  ClosedToday,
  NoClosable,
  Stairs,
  Escalator,
  Lift,
  MinutesShort,
  Metres,
  Count
};

const char* tr(WayStr id, content::Lang lang);
// "Restroom", "洗手间", "Aseos": what a Nearest button and an amenity's symbol are called.
const char* amenity_kind_label(content::AmenityKind kind, content::Lang lang);
// Every string above in every language (for the font atlas).
std::vector<const char*> all_way_strings();

}  // namespace marquee::ui
