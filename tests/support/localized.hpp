#pragma once
// Names for hand-built test content in all three kiosk languages. With only English given, the
// Chinese and Spanish variants are marked copies, so a test can tell which language was drawn.
#include <string>

#include "content/localized_text.hpp"

namespace marquee::testing {

inline content::LocalizedText localized(const std::string& en, const std::string& zh, const std::string& es) {
  content::LocalizedText t;
  t.set(content::Lang::En, en);
  t.set(content::Lang::Zh, zh);
  t.set(content::Lang::Es, es);
  return t;
}

inline content::LocalizedText localized(const std::string& en) { return localized(en, en + "（中）", en + " (es)"); }

}  // namespace marquee::testing
