#include "ui/strings.hpp"

#include <algorithm>
#include <array>

#include "ui/show_strings.hpp"
#include "ui/way_strings.hpp"

namespace marquee::ui {
namespace {

constexpr std::size_t kCount = static_cast<std::size_t>(Str::Count);
using Table = std::array<const char*, kCount>;

// Order matches enum Str.
constexpr Table kEn = {"Home",
                       "Schedule",
                       "Exhibitors",
                       "Map",
                       "Announcements",
                       "Now at",
                       "Up next",
                       "Nothing on right now",
                       "Nothing else today",
                       "All venues",
                       "All rooms",
                       "All tracks",
                       "All kinds",
                       "Day",
                       "Back",
                       "Show on map",
                       "Speakers",
                       "Room",
                       "Booth",
                       "Sectors",
                       "All sectors",
                       "Search",
                       "Clear",
                       "You are here",
                       "Reset view",
                       "No announcements right now",
                       "EMERGENCY",
                       "Touch to start",
                       "Still there?",
                       "More time",
                       "Returning to the start screen in",
                       "Website",
                       "Language",
                       "Now",
                       "In progress",
                       "No results",
                       "Happening now",
                       "Featured",
                       "Accessibility",
                       "Staff panel",
                       "Enter staff PIN",
                       "Wrong PIN",
                       "Locked for a minute",
                       "Cancel",
                       "OK",
                       "Close",
                       "Refresh content now",
                       "Default language",
                       "Content",
                       "Sync",
                       "Show",
                       "Lighting",
                       "Frame time",
                       "Clear filters",
                       "Exhibitor",
                       "Session",
                       "Speaker",
                       "pinyin",
                       "initials",
                       "spelled ue/oe/ss/aa",
                       "description",
                       "speaker",
                       "sector",
                       "Find an exhibitor or session",
                       "Evening show starts in",
                       "Nearest exit",
                       "We'll be back in a moment",
                       "Tap here to search",
                       "Hall",
                       "All cities",
                       "Sessions",
                       "Highlight",
                       "min",
                       "Follow the instructions of staff",
                       "Text size",
                       "Contrast"};

constexpr Table kZh = {"首页",
                       "日程",
                       "展商",
                       "地图",
                       "公告",
                       "正在进行 ·",
                       "即将开始",
                       "当前暂无活动",
                       "今日暂无后续活动",
                       "全部会场",
                       "全部会议室",
                       "全部主题",
                       "全部类型",
                       "第",
                       "返回",
                       "在地图上显示",
                       "演讲嘉宾",
                       "会议室",
                       "展位",
                       "行业",
                       "全部行业",
                       "搜索",
                       "清除",
                       "您在这里",
                       "重置视图",
                       "暂无公告",
                       "紧急通知",
                       "轻触开始",
                       "还在浏览吗？",
                       "继续浏览",
                       "即将返回首页：",
                       "网站",
                       "语言",
                       "现在",
                       "进行中",
                       "无结果",
                       "正在进行",
                       "推荐",
                       "无障碍",
                       "工作人员面板",
                       "输入工作人员密码",
                       "密码错误",
                       "已锁定一分钟",
                       "取消",
                       "确定",
                       "关闭",
                       "立即刷新内容",
                       "默认语言",
                       "内容",
                       "同步",
                       "演出",
                       "灯光",
                       "帧时间",
                       "清除筛选",
                       "展商",
                       "日程",
                       "嘉宾",
                       "拼音",
                       "首字母",
                       "转写拼法",
                       "简介",
                       "嘉宾",
                       "行业",
                       "查找展商或日程",
                       "晚间灯光秀倒计时",
                       "最近的出口",
                       "马上回来",
                       "点击此处搜索",
                       "展厅",
                       "全部城市",
                       "参与日程",
                       "今日亮点",
                       "分钟",
                       "请听从工作人员指引",
                       "字号",
                       "高对比度"};

constexpr Table kEs = {"Inicio",
                       "Programa",
                       "Expositores",
                       "Mapa",
                       "Avisos",
                       "Ahora en",
                       "A continuación",
                       "Nada en este momento",
                       "Nada más hoy",
                       "Todas las sedes",
                       "Todas las salas",
                       "Todos los temas",
                       "Todos los tipos",
                       "Día",
                       "Volver",
                       "Ver en el mapa",
                       "Ponentes",
                       "Sala",
                       "Estand",
                       "Sectores",
                       "Todos los sectores",
                       "Buscar",
                       "Borrar",
                       "Usted está aquí",
                       "Restablecer",
                       "No hay avisos",
                       "EMERGENCIA",
                       "Toque para empezar",
                       "¿Sigue ahí?",
                       "Más tiempo",
                       "Volviendo al inicio en",
                       "Web",
                       "Idioma",
                       "Ahora",
                       "En curso",
                       "Sin resultados",
                       "Ahora mismo",
                       "Destacado",
                       "Accesibilidad",
                       "Panel del personal",
                       "PIN del personal",
                       "PIN incorrecto",
                       "Bloqueado un minuto",
                       "Cancelar",
                       "Aceptar",
                       "Cerrar",
                       "Actualizar contenido",
                       "Idioma por defecto",
                       "Contenido",
                       "Sincronización",
                       "Espectáculo",
                       "Iluminación",
                       "Tiempo de fotograma",
                       "Borrar filtros",
                       "Expositor",
                       "Sesión",
                       "Ponente",
                       "pinyin",
                       "iniciales",
                       "transliteración",
                       "descripción",
                       "ponente",
                       "sector",
                       "Busca un expositor o una sesión",
                       "El espectáculo nocturno empieza en",
                       "Salida más cercana",
                       "Volvemos enseguida",
                       "Toca aquí para buscar",
                       "Pabellón",
                       "Todas las ciudades",
                       "Sesiones",
                       "Destacado",
                       "min",
                       "Siga las indicaciones del personal",
                       "Tamaño",
                       "Contraste"};

constexpr std::array<std::array<const char*, 7>, 3> kKinds = {{
    {"Opening ceremony", "Main forum", "Summit forum", "Thematic forum", "Special activity", "Exhibition",
     "Evening event"},
    {"开幕式", "主论坛", "峰会", "专题论坛", "特别活动", "展览", "晚间活动"},
    {"Ceremonia de apertura", "Foro principal", "Cumbre", "Foro temático", "Actividad especial", "Exposición",
     "Evento nocturno"},
}};

const Table& table(content::Lang lang) {
  return content::by_lang(lang, kEn, kZh, kEs);
}

}  // namespace

const char* tr(Str id, content::Lang lang) {
  return table(lang)[static_cast<std::size_t>(id)];
}

std::vector<const char*> all_ui_strings() {
  std::vector<const char*> out;
  for (const Table* t : {&kEn, &kZh, &kEs}) out.insert(out.end(), t->begin(), t->end());
  for (const auto& kinds : kKinds) out.insert(out.end(), kinds.begin(), kinds.end());
  const auto way = all_way_strings();
  out.insert(out.end(), way.begin(), way.end());
  const auto show = all_show_strings();
  out.insert(out.end(), show.begin(), show.end());
  out.push_back("English 中文 Español ←→↑↓·…–—“”：，。？！（）●◐␣");
  // Dates (date_format.cpp): weekday and month names, 年月日.
  out.push_back("年月日周一二三四五六 miésábáé");
  return out;
}

Str screen_label(Screen screen) {
  switch (screen) {
    case Screen::Schedule:
      return Str::Schedule;
    case Screen::Exhibitors:
      return Str::Exhibitors;
    case Screen::Map:
      return Str::Map;
    case Screen::Announcements:
      return Str::Announcements;
    default:
      return Str::Home;
  }
}

std::vector<content::Lang> kiosk_languages(content::Lang current, content::Lang kiosk_default) {
  std::vector<content::Lang> out{current};
  for (content::Lang l : {kiosk_default, content::Lang::En}) {
    if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  }
  return out;
}

std::string paired(Str id, const std::vector<content::Lang>& langs) {
  std::string out;
  for (content::Lang l : langs) {
    if (!out.empty()) out += "  \xC2\xB7  ";
    out += tr(id, l);
  }
  return out;
}

const char* kind_label(int kind_index, content::Lang lang) {
  return kKinds[static_cast<std::size_t>(lang)][static_cast<std::size_t>(kind_index)];
}

}  // namespace marquee::ui
