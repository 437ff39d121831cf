#include "ui/show_strings.hpp"

#include <array>
#include <cstddef>

namespace marquee::ui {
namespace {

using Row = std::array<const char*, 3>;  // en, zh, es

constexpr std::array<Row, static_cast<std::size_t>(ShowStr::Count)> kRows = {{
    {"Show control", "演出控制", "Control del espectáculo"},
    {"No show is loaded on this kiosk", "本机未加载演出",
     "No hay ningún espectáculo cargado en este quiosco"},
    {"Script", "脚本", "Guion"},
    {"Show clock", "演出时钟", "Reloj del espectáculo"},
    {"HELD", "已暂停", "EN PAUSA"},
    {"behind plan", "晚于计划", "de retraso"},
    {"Cues", "场景", "Escenas"},
    {"The script defines no named cues", "脚本没有定义命名场景", "El guion no define escenas con nombre"},
    {"waiting", "等待中", "en espera"},
    {"running", "运行中", "en curso"},
    {"done", "已完成", "terminada"},
    {"failed", "失败", "fallida"},
    {"stopped", "已停止", "detenida"},
    {"starts at", "开始于", "empieza a las"},
    {"GO", "开始", "GO"},
    {"Stop", "停止", "Parar"},
    {"Hold", "暂停", "Pausa"},
    {"Resume", "继续", "Reanudar"},
    {"Move every clock-time start", "调整所有定时开始", "Mover todos los inicios con hora"},
    {"Blackout", "全部熄灯", "Apagón"},
    {"Release blackout", "取消熄灯", "Quitar apagón"},
    {"Grand master", "总亮度", "Máster general"},
    {"Actions", "操作记录", "Acciones"},
    {"Errors", "错误", "Errores"},
    {"Back", "返回", "Volver"},
    {"wall clock", "本机时钟", "reloj del quiosco"},
    {"timecode: waiting", "时间码：等待中", "código de tiempo: en espera"},
    {"timecode: locked", "时间码：已锁定", "código de tiempo: enganchado"},
    {"timecode lost: free-running", "时间码丢失：自由运行", "código de tiempo perdido: marcha libre"},
    {"timecode lost: holding", "时间码丢失：保持", "código de tiempo perdido: detenido"},
}};

}  // namespace

const char* tr(ShowStr id, content::Lang lang) {
  return kRows[static_cast<std::size_t>(id)][static_cast<std::size_t>(lang)];
}

std::vector<const char*> all_show_strings() {
  std::vector<const char*> out;
  for (const auto& row : kRows) out.insert(out.end(), row.begin(), row.end());
  out.push_back("+−%");
  return out;
}

}  // namespace marquee::ui
