// Source event types (free text in every format: "Talk", "Lecture", "DJ Set", "Podiumsdiskussion")
// onto Marquee's seven session kinds. The caller's table (--kind-map) is consulted first, so an
// event can correct any built-in guess; both match a whole type first, then a word inside it.
#include <algorithm>
#include <array>
#include <cctype>

#include "content/schedule_importer.hpp"

namespace marquee::content::schedule_detail {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Checked in order, as substrings of the lower-cased type: more specific words come first
// ("closing party" is a party, "panel workshop" a panel).
constexpr std::array<std::pair<const char*, SessionKind>, 31> kBuiltIn = {{
    {"opening", SessionKind::OpeningCeremony},
    {"eröffnung", SessionKind::OpeningCeremony},
    {"ceremony", SessionKind::OpeningCeremony},
    {"party", SessionKind::EveningEvent},
    {"closing", SessionKind::OpeningCeremony},
    {"keynote", SessionKind::MainForum},
    {"plenary", SessionKind::MainForum},
    {"panel", SessionKind::SummitForum},
    {"podium", SessionKind::SummitForum},
    {"discussion", SessionKind::SummitForum},
    {"workshop", SessionKind::SpecialActivity},
    {"hands-on", SessionKind::SpecialActivity},
    {"meetup", SessionKind::SpecialActivity},
    {"meeting", SessionKind::SpecialActivity},
    {"self-organized", SessionKind::SpecialActivity},
    {"game", SessionKind::SpecialActivity},
    {"dj", SessionKind::EveningEvent},
    {"concert", SessionKind::EveningEvent},
    {"konzert", SessionKind::EveningEvent},
    {"performance", SessionKind::EveningEvent},
    {"live music", SessionKind::EveningEvent},
    {"evening", SessionKind::EveningEvent},
    {"social", SessionKind::EveningEvent},
    {"exhibition", SessionKind::Exhibition},
    {"ausstellung", SessionKind::Exhibition},
    {"installation", SessionKind::Exhibition},
    {"lecture", SessionKind::ThematicForum},
    {"vortrag", SessionKind::ThematicForum},
    {"talk", SessionKind::ThematicForum},
    {"lightning", SessionKind::ThematicForum},
    {"presentation", SessionKind::ThematicForum},
}};

bool word_in(const std::string& type, const std::string& word) {
  if (word.empty()) return false;
  for (auto at = type.find(word); at != std::string::npos; at = type.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(type[at - 1]));
    const std::size_t end = at + word.size();
    const bool ends = end == type.size() || !std::isalnum(static_cast<unsigned char>(type[end]));
    // "dj" must not match inside "adjourn"; longer words may be parts of compounds
    // ("Podiumsdiskussion", "Workshops").
    if (starts && (ends || word.size() > 3)) return true;
  }
  return false;
}

}  // namespace

SessionKind kind_for_type(const std::string& type, const ScheduleImportOptions& options) {
  const std::string t = lower(type);
  for (const auto& [source, kind] : options.kind_map) {
    if (lower(source) == t) return kind;
  }
  for (const auto& [source, kind] : options.kind_map) {
    if (word_in(t, lower(source))) return kind;
  }
  for (const auto& [word, kind] : kBuiltIn) {
    if (word_in(t, word)) return kind;
  }
  return SessionKind::ThematicForum;
}

}  // namespace marquee::content::schedule_detail
