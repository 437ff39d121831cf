#pragma once
// Step records as short sentences in the kiosk's languages: "Take the lift to level 2",
// "Turn left at Hall B", "乘电梯到 2 层", "Toma el ascensor a la planta 2".
#include <string>
#include <vector>

#include "content/localized_text.hpp"
#include "wayfinding/route.hpp"

namespace marquee::wayfinding {

std::string step_text(const Step& step, content::Lang lang);
std::vector<std::string> step_texts(const Route& route, content::Lang lang);
// "120 m · 2 min" / "120 米 · 2 分钟" / "120 m · 2 min".
std::string summary_text(const Route& route, content::Lang lang);
// A sentence for why there is no route ("No step-free route to this place").
std::string problem_text(RouteProblem problem, Profile profile, content::Lang lang);
// Every fixed phrase in every language, for the font atlas (the zh glyphs must be in it).
std::string all_phrases();

}  // namespace marquee::wayfinding
