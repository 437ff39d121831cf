#include "ui/way_strings.hpp"

#include <array>
#include <cstddef>

namespace marquee::ui {
namespace {

using Row = std::array<const char*, 3>;  // en, zh, es

constexpr std::array<Row, static_cast<std::size_t>(WayStr::Count)> kRows = {{
    {"Directions", "路线", "Cómo llegar"},
    {"Step-free", "无障碍", "Sin escalones"},
    {"Close route", "关闭路线", "Cerrar ruta"},
    {"Finding the way…", "正在计算路线…", "Calculando la ruta…"},
    {"Scan to open on your phone", "扫码在手机上打开", "Escanea para abrirlo en tu móvil"},
    {"No more sessions here today", "今日此处没有更多活动", "No hay más sesiones aquí hoy"},
    {"local time", "当地时间", "hora local"},
    {"Closed for the rest of today (routes avoid them)", "今日关闭（路线会绕开）",
     "Cerrado el resto del día (las rutas lo evitan)"},
    {"Close today", "今日关闭", "Cerrar hoy"},
    {"Reopen", "重新开放", "Reabrir"},
    {"Closed today", "今日关闭", "Cerrado hoy"},
    {"No lifts, stairs or escalators on this venue's map", "本会场地图上没有电梯、楼梯或扶梯",
     "No hay ascensores, escaleras ni escaleras mecánicas en el mapa de esta sede"},
    {"Stairs", "楼梯", "Escaleras"},
    {"Escalator", "自动扶梯", "Escalera mecánica"},
    {"Lift", "电梯", "Ascensor"},
    {"min", "分钟", "min"},
    {"m", "米", "m"},
}};

constexpr std::array<Row, content::kAmenityKindCount> kAmenities = {{
    {"Restroom", "洗手间", "Aseos"},
    {"Accessible restroom", "无障碍洗手间", "Aseo accesible"},
    {"Exit", "出口", "Salida"},
    {"First aid", "医务室", "Primeros auxilios"},
    {"Information", "服务台", "Información"},
    {"Food", "餐饮", "Comida"},
    {"Prayer room", "祈祷室", "Sala de oración"},
    {"Charging", "充电", "Carga"},
}};

}  // namespace

const char* tr(WayStr id, content::Lang lang) {
  return kRows[static_cast<std::size_t>(id)][static_cast<std::size_t>(lang)];
}

const char* amenity_kind_label(content::AmenityKind kind, content::Lang lang) {
  return kAmenities[static_cast<std::size_t>(kind)][static_cast<std::size_t>(lang)];
}

std::vector<const char*> all_way_strings() {
  std::vector<const char*> out;
  for (const auto& row : kRows) out.insert(out.end(), row.begin(), row.end());
  for (const auto& row : kAmenities) out.insert(out.end(), row.begin(), row.end());
  out.push_back("→▲▼›");
  return out;
}

}  // namespace marquee::ui
