#include "fleet/fleet_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>

#include "fleet/topics.hpp"

namespace marquee::fleet {
namespace {

std::string ago(core::WallTime now, const std::optional<core::WallTime>& t) {
  if (!t) return "-";
  const auto s = std::chrono::duration_cast<std::chrono::seconds>(now - *t).count();
  if (s < 0) return "0s";
  if (s < 120) return std::to_string(s) + "s";
  if (s < 7200) return std::to_string(s / 60) + "m";
  return std::to_string(s / 3600) + "h";
}

std::string age_text(const std::optional<long long>& seconds) {
  if (!seconds) return "-";
  const long long s = *seconds;
  if (s < 120) return std::to_string(s) + "s";
  if (s < 7200) return std::to_string(s / 60) + "m";
  if (s < 172800) return std::to_string(s / 3600) + "h";
  return std::to_string(s / 86400) + "d";
}

// Label values are quoted strings; backslash, double quote and newline are escaped.
std::string label(std::string_view v) {
  std::string out;
  for (const char c : v) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string cut(std::string_view s, std::size_t n) {
  if (s.size() <= n) return std::string(s);
  std::size_t end = n - 1;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // keep UTF-8 whole
  return std::string(s.substr(0, end)) + "~";
}

}  // namespace

bool FleetTable::update(std::string_view topic, std::string_view payload, core::WallTime received) {
  std::string venue, kiosk, leaf;
  if (!split_kiosk_topic(topic, venue, kiosk, leaf) || leaf != "status") return false;
  if (payload.empty()) {  // a cleared retained message: the kiosk was removed from the fleet
    std::lock_guard lock(mutex_);
    rows_.erase({venue, kiosk});
    return true;
  }
  auto status = parse_kiosk_status(payload);
  if (!status) return false;
  // The topic names the kiosk; a payload claiming to be another kiosk is shown under its topic.
  status->venue = venue;
  status->kiosk = kiosk;
  std::lock_guard lock(mutex_);
  rows_[{venue, kiosk}] = {std::move(*status), received};
  return true;
}

std::vector<KioskStatus> FleetTable::rows() const {
  std::lock_guard lock(mutex_);
  std::vector<KioskStatus> out;
  out.reserve(rows_.size());
  for (const auto& [key, row] : rows_) out.push_back(row.first);
  return out;
}

std::size_t FleetTable::size() const {
  std::lock_guard lock(mutex_);
  return rows_.size();
}

std::string FleetTable::render(core::WallTime now) const {
  std::lock_guard lock(mutex_);
  std::string out = fmt::format("{:<16} {:<10} {:<7} {:<9} {:<8} {:<7} {:<11} {:<18} {:>5} {:>6} {:<10} {}\n",
                                "KIOSK", "VENUE", "ONLINE", "VERSION", "CONTENT", "SEEN", "SYNC", "SHOW",
                                "FPS", "TOUCH", "SCREEN", "REJECTED");
  std::size_t online = 0;
  for (const auto& [key, row] : rows_) {
    const auto& s = row.first;
    online += s.online ? 1 : 0;
    std::string show = s.show.empty() ? "-" : s.show;
    if (!s.running_cues.empty()) {
      show += " [";
      for (std::size_t i = 0; i < s.running_cues.size(); ++i) show += (i ? "," : "") + s.running_cues[i];
      show += "]";
    }
    if (s.show_held) show += " HELD";
    const double fps = s.frame_p50_ms > 0 ? 1000.0 / s.frame_p50_ms : 0.0;
    out += fmt::format(
        "{:<16} {:<10} {:<7} {:<9} {:<8} {:<7} {:<11} {:<18} {:>5} {:>6} {:<10} {}\n", cut(s.kiosk, 16),
        cut(s.venue, 10), s.online ? "yes" : "NO", cut(s.online ? s.content_version : "-", 9),
        age_text(s.content_age_s), ago(now, row.second), cut(s.last_sync.empty() ? "-" : s.last_sync, 11),
        cut(show, 18), s.online && fps > 0 ? fmt::format("{:.0f}", std::min(fps, 999.0)) : "-",
        ago(now, s.last_touch), cut(s.emergency ? "EMERGENCY" : (s.screen.empty() ? "-" : s.screen), 10),
        s.last_rejected.empty() ? "-" : cut(s.last_rejected, 40));
  }
  out += fmt::format("{} kiosks, {} online\n", rows_.size(), online);
  return out;
}

std::string FleetTable::prometheus(core::WallTime now) const {
  std::lock_guard lock(mutex_);
  struct Metric {
    const char* name;
    const char* help;
    std::function<std::optional<double>(const KioskStatus&, core::WallTime seen)> value;
  };
  const auto secs = [&](core::WallTime t) {
    return static_cast<double>(std::chrono::duration_cast<std::chrono::milliseconds>(now - t).count()) /
           1000.0;
  };
  const std::vector<Metric> metrics = {
      {"marquee_kiosk_online",
       "1 while the kiosk is connected to the broker, 0 after its last will or a clean stop.",
       [](const KioskStatus& s, core::WallTime) { return s.online ? 1.0 : 0.0; }},
      {"marquee_kiosk_status_age_seconds", "Seconds since the kiosk's last status message arrived.",
       [&](const KioskStatus&, core::WallTime seen) { return secs(seen); }},
      {"marquee_kiosk_content_age_seconds", "Age of the content on screen, from its publication.",
       [](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online || !s.content_age_s) return std::nullopt;
         return static_cast<double>(*s.content_age_s);
       }},
      {"marquee_kiosk_content_expires_in_seconds",
       "Seconds until the content on screen expires (negative: expired).",
       [&](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online || !s.content_expires) return std::nullopt;
         return -secs(*s.content_expires);
       }},
      {"marquee_kiosk_frame_p50_milliseconds", "Median frame time over the last status period.",
       [](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online) return std::nullopt;
         return s.frame_p50_ms;
       }},
      {"marquee_kiosk_frame_p99_milliseconds", "99th percentile frame time over the last status period.",
       [](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online) return std::nullopt;
         return s.frame_p99_ms;
       }},
      {"marquee_kiosk_memory_bytes", "Resident memory of the kiosk process.",
       [](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online) return std::nullopt;
         return static_cast<double>(s.memory_kb) * 1024.0;
       }},
      {"marquee_kiosk_uptime_seconds", "Seconds since the kiosk process started.",
       [](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online) return std::nullopt;
         return static_cast<double>(s.uptime_s);
       }},
      {"marquee_kiosk_emergency", "1 while the kiosk shows an emergency.",
       [](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online) return std::nullopt;
         return s.emergency ? 1.0 : 0.0;
       }},
      {"marquee_kiosk_last_touch_seconds", "Seconds since a visitor last touched the screen.",
       [&](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online || !s.last_touch) return std::nullopt;
         return secs(*s.last_touch);
       }},
      {"marquee_kiosk_sync_ok", "1 when the last content sync succeeded or found nothing new.",
       [](const KioskStatus& s, core::WallTime) -> std::optional<double> {
         if (!s.online || s.last_sync.empty()) return std::nullopt;
         return s.last_sync.rfind("error", 0) == 0 ? 0.0 : 1.0;
       }},
  };
  std::string out;
  for (const auto& m : metrics) {
    out += fmt::format("# HELP {} {}\n# TYPE {} gauge\n", m.name, m.help, m.name);
    for (const auto& [key, row] : rows_) {
      const auto v = m.value(row.first, row.second);
      if (!v) continue;
      out += fmt::format("{}{{venue=\"{}\",kiosk=\"{}\"}} {}\n", m.name, label(row.first.venue),
                         label(row.first.kiosk), *v);
    }
  }
  out += fmt::format(
      "# HELP marquee_fleet_kiosks Kiosks known from retained status messages.\n"
      "# TYPE marquee_fleet_kiosks gauge\nmarquee_fleet_kiosks {}\n",
      rows_.size());
  return out;
}

}  // namespace marquee::fleet
