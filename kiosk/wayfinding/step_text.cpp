// The phrase tables live here, one row per language, so a translator reads them side by side.
#include "wayfinding/step_text.hpp"

#include <cmath>

namespace marquee::wayfinding {
namespace {

struct Phrases {
  const char* walk;                                                   // {m}: metres
  const char *turn_left, *turn_left_at, *turn_right, *turn_right_at;  // {name}: landmark
  const char *lift, *stairs, *escalator, *ramp;                       // {level}: level label
  const char *arrive, *arrive_at;
  const char* summary;  // {m} metres, {min} minutes
  const char *not_here, *not_on_map, *other_venue, *unreachable, *unreachable_step_free;
};

constexpr Phrases kEn = {
    "Walk {m} m",
    "Turn left",
    "Turn left at {name}",
    "Turn right",
    "Turn right at {name}",
    "Take the lift to level {level}",
    "Take the stairs to level {level}",
    "Take the escalator to level {level}",
    "Take the ramp to level {level}",
    "Arrive",
    "Arrive at {name}",
    "{m} m · {min} min",
    "This kiosk is not on the map",
    "This place is not on the map",
    "This is at another venue",
    "No route to this place today",
    "No step-free route to this place",
};

constexpr Phrases kZh = {
    "步行 {m} 米",
    "左转",
    "在{name}左转",
    "右转",
    "在{name}右转",
    "乘电梯到 {level} 层",
    "走楼梯到 {level} 层",
    "乘自动扶梯到 {level} 层",
    "走坡道到 {level} 层",
    "到达",
    "到达{name}",
    "{m} 米 · {min} 分钟",
    "本机位置不在地图上",
    "该地点不在地图上",
    "该地点位于其他会场",
    "今日无法到达该地点",
    "没有前往该地点的无障碍路线",
};

constexpr Phrases kEs = {
    "Camina {m} m",
    "Gira a la izquierda",
    "Gira a la izquierda en {name}",
    "Gira a la derecha",
    "Gira a la derecha en {name}",
    "Toma el ascensor a la planta {level}",
    "Toma las escaleras a la planta {level}",
    "Toma la escalera mecánica a la planta {level}",
    "Toma la rampa a la planta {level}",
    "Has llegado",
    "Llegas a {name}",
    "{m} m · {min} min",
    "Este quiosco no está en el mapa",
    "Este lugar no está en el mapa",
    "Está en otra sede",
    "Hoy no hay ruta hasta este lugar",
    "No hay ruta sin escalones hasta este lugar",
};

const Phrases& phrases(content::Lang lang) {
  return content::by_lang(lang, kEn, kZh, kEs);
}

std::string put(std::string text, std::string_view key, const std::string& value) {
  if (auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

// Metres as a sign would print them: exact when short, to 5 m beyond 20 m.
std::string metres_text(double m) {
  const long rounded = m < 20 ? std::lround(m) : std::lround(m / 5.0) * 5;
  return std::to_string(std::max(1L, rounded));
}

std::string with_name(const char* plain, const char* named, const content::LocalizedText& name,
                      content::Lang lang) {
  if (name.empty()) return plain;
  return put(named, "{name}", name.get(lang));
}

}  // namespace

const char* step_kind_id(StepKind kind) {
  static constexpr const char* kIds[] = {"walk",        "turn_left",      "turn_right", "take_lift",
                                         "take_stairs", "take_escalator", "take_ramp",  "arrive"};
  return kIds[static_cast<int>(kind)];
}

std::string step_text(const Step& step, content::Lang lang) {
  const Phrases& p = phrases(lang);
  switch (step.kind) {
    case StepKind::Walk:
      return put(p.walk, "{m}", metres_text(step.metres));
    case StepKind::TurnLeft:
      return with_name(p.turn_left, p.turn_left_at, step.landmark, lang);
    case StepKind::TurnRight:
      return with_name(p.turn_right, p.turn_right_at, step.landmark, lang);
    case StepKind::TakeLift:
      return put(p.lift, "{level}", step.level_label);
    case StepKind::TakeStairs:
      return put(p.stairs, "{level}", step.level_label);
    case StepKind::TakeEscalator:
      return put(p.escalator, "{level}", step.level_label);
    case StepKind::TakeRamp:
      return put(p.ramp, "{level}", step.level_label);
    case StepKind::Arrive:
      break;
  }
  return with_name(p.arrive, p.arrive_at, step.landmark, lang);
}

std::vector<std::string> step_texts(const Route& route, content::Lang lang) {
  std::vector<std::string> out;
  out.reserve(route.steps.size());
  for (const Step& s : route.steps) out.push_back(step_text(s, lang));
  return out;
}

std::string summary_text(const Route& route, content::Lang lang) {
  return put(put(phrases(lang).summary, "{m}", metres_text(route.metres)), "{min}",
             std::to_string(route.minutes()));
}

std::string problem_text(RouteProblem problem, Profile profile, content::Lang lang) {
  const Phrases& p = phrases(lang);
  switch (problem) {
    case RouteProblem::None:
      return "";
    case RouteProblem::UnknownOrigin:
      return p.not_here;
    case RouteProblem::UnknownTarget:
    case RouteProblem::NotOnMap:
      return p.not_on_map;
    case RouteProblem::OtherVenue:
      return p.other_venue;
    case RouteProblem::Unreachable:
      break;
  }
  return profile == Profile::StepFree ? p.unreachable_step_free : p.unreachable;
}

std::string all_phrases() {
  std::string out;
  for (const Phrases* p : {&kEn, &kZh, &kEs}) {
    for (const char* s : {p->walk, p->turn_left, p->turn_left_at, p->turn_right, p->turn_right_at, p->lift,
                          p->stairs, p->escalator, p->ramp, p->arrive, p->arrive_at, p->summary, p->not_here,
                          p->not_on_map, p->other_venue, p->unreachable, p->unreachable_step_free}) {
      out += s;
      out += '\n';
    }
  }
  return out;
}

}  // namespace marquee::wayfinding
