#include "app/show_preview.hpp"

#include <SDL.h>

#include <algorithm>
#include <cctype>
#include <ostream>

#include "app/contact_sheet.hpp"
#include "app/kiosk_app.hpp"
#include "core/duration.hpp"
#include "core/time_zone.hpp"
#include "platform/screenshot.hpp"
#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"
#include "show/timeline.hpp"
#include "show/venue_time.hpp"

namespace marquee::app {
namespace {

// One instant to picture: the display commands the show issued since the previous one, and the
// lights' merged look at it.
struct Moment {
  core::WallTime at{};
  bool named = false;  // an --at instant (its own PNG); otherwise only on the contact sheet
  std::vector<show::DisplayCommand> commands;
  std::shared_ptr<const show::FixtureFrame> frame;
};

constexpr std::size_t kMaxSheetFrames = 400;
constexpr int kColumnsPerInstant = 64;

std::string hhmmss(const core::TimeZone& tz, core::WallTime t, bool colons) {
  return core::format_clock(tz.to_local(t), colons ? core::ClockFormat::Colons : core::ClockFormat::Compact);
}

// A file-name-safe kiosk name: the configured id, else the config file's stem.
std::string kiosk_name(const KioskApp& app, const std::filesystem::path& config) {
  std::string name = app.identity().id.empty() ? config.stem().string() : app.identity().id;
  for (char& c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) c = '_';
  return name;
}

core::Result<core::WallTime> instant(const core::TimeZone& tz, int y, int m, int d, const std::string& text,
                                     const char* option) {
  auto t = show::parse_clock_time(text);
  if (!t) return core::make_error(std::string(option) + " \"" + text + "\": " + t.error().message);
  return show::local_instant(tz, y, m, d, *t);
}

// The --at instants (sorted; they need not be given in order) and the --every grid between the
// first and the last, merged.
core::Result<std::vector<Moment>> moments(const PreviewOptions& o, const core::TimeZone& tz, int y, int m,
                                          int d) {
  if (o.at.empty()) return core::make_error("--at: give at least one instant (HH:MM or HH:MM:SS)");
  std::vector<Moment> list;
  for (const auto& text : o.at) {
    auto t = instant(tz, y, m, d, text, "--at");
    if (!t) return t.error();
    list.push_back({*t, true, {}, nullptr});
  }
  std::sort(list.begin(), list.end(), [](const Moment& a, const Moment& b) { return a.at < b.at; });
  if (o.every) {
    const core::WallTime first = list.front().at, last = list.back().at;
    if (static_cast<std::size_t>((last - first) / *o.every) > kMaxSheetFrames)
      return core::make_error("--every: more than " + std::to_string(kMaxSheetFrames) +
                              " frames between the first and the last --at; choose a longer step");
    for (core::WallTime t = first; t <= last; t += *o.every) list.push_back({t, false, {}, nullptr});
    std::stable_sort(list.begin(), list.end(), [](const Moment& a, const Moment& b) { return a.at < b.at; });
    // One moment per instant; an --at that is also on the grid stays named.
    std::vector<Moment> merged;
    for (auto& mo : list) {
      if (!merged.empty() && merged.back().at == mo.at) {
        merged.back().named = merged.back().named || mo.named;
        continue;
      }
      merged.push_back(std::move(mo));
    }
    list = std::move(merged);
  }
  return list;
}

struct Venue {
  std::string time_zone = "Asia/Shanghai";
  double latitude = 39.9042, longitude = 116.4074;
};

// Runs the show once from `from` through every moment, collecting commands and looks.
core::Result<int> run_show(const PreviewOptions& o, const show::Rig& rig, const Venue& venue,
                           core::WallTime from, std::vector<Moment>& list, std::ostream& out) {
  show::VirtualShowClock clock(from);
  show::LightEngine lights(rig);
  show::DisplayQueue display;
  scripting::HostOptions h;
  h.venue_time_zone = venue.time_zone;
  h.latitude = venue.latitude;
  h.longitude = venue.longitude;
  auto created = scripting::ScriptHost::create(h, clock, lights, display);
  if (!created) return created.error();
  scripting::ScriptHost& host = **created;
  int failures = 0;
  host.on_error([&](const scripting::ScriptError& e) {
    ++failures;
    out << "ERROR " << (e.cue.empty() ? "" : "[" + e.cue + "] ") << e.message << "\n";
  });
  if (auto st = host.load_file(o.script); !st) return core::make_error(st.error().message);
  scripting::ShowRunner runner(host, lights);
  std::shared_ptr<const show::FixtureFrame> last = lights.frame();
  for (Moment& mo : list) {
    runner.run_until(clock, mo.at, [&](core::WallTime, const auto& frame) { last = frame; });
    mo.commands = display.drain();
    mo.frame = last;
  }
  return failures == 0 ? 0 : 1;
}

core::Status write_lights(const show::Rig& rig, const core::TimeZone& tz, const std::vector<Moment>& list,
                          const std::filesystem::path& file, std::ostream& out) {
  std::vector<const Moment*> named;
  for (const auto& mo : list)
    if (mo.named) named.push_back(&mo);
  // The timeline picture with one block of columns per instant instead of a time axis.
  const auto n = static_cast<long long>(named.size());
  show::TimelineRecorder strip(rig, core::WallTime{}, core::WallTime{core::Millis{n}},
                               static_cast<int>(n) * kColumnsPerInstant);
  for (long long i = 0; i < n; ++i)
    strip.add(core::WallTime{core::Millis{i}}, *named[static_cast<std::size_t>(i)]->frame);
  if (auto st = strip.write_png(file); !st) return st;
  out << "wrote " << file.string() << " (lights; blocks:";
  for (const Moment* mo : named) out << " " << hhmmss(tz, mo->at, true);
  out << "; rows:";
  for (const auto& row : strip.rows()) out << " " << row;
  out << ")\n";
  return core::Ok{};
}

core::Error stopped(const KioskApp& app) {
  const core::Status st = app.last_error();
  return st.ok() ? core::make_error("the kiosk stopped drawing") : st.error();
}

// Steps frames on the manual clock held at `at` until the font atlas matches the screen (a show's
// text may need glyphs the atlas lacks: it is rebuilt on a worker), then reads the frame back.
core::Result<platform::RgbaImage> render_at(KioskApp& app, core::ManualClock& clock, core::WallTime at) {
  for (int i = 0; i < 600; ++i) {
    clock.advance(core::Millis{16});
    clock.set_wall(at);
    if (!app.step()) return stopped(app);
    if (i >= 3 && app.fonts_settled()) break;
    if (!app.fonts_settled()) SDL_Delay(5);  // let the font worker run
  }
  platform::RgbaImage image;
  app.capture_next_frame(&image);
  clock.advance(core::Millis{16});
  clock.set_wall(at);
  if (!app.step()) return stopped(app);
  return image;
}

std::string scene_of(KioskApp& app) {
  const auto& s = app.ui().show_scene().scene;
  return s ? std::string(show::display_kind_name(s->kind)) : "normal screens";
}

}  // namespace

core::Result<core::Millis> parse_every(std::string_view text) {
  auto d = core::parse_duration(text);
  if (!d) return core::make_error("--every " + d.error().message);
  // A contact sheet of frames closer than a second apart would be thousands of near-copies.
  if (*d < core::Millis{1000})
    return core::make_error("--every \"" + std::string(text) + "\": at least 1s (such as 10s, 2m or 1m30s)");
  return *d;
}

core::Result<int> show_preview(const PreviewOptions& o, const show::Rig& rig, std::ostream& out) {
  if (o.kiosk_configs.empty()) return core::make_error("--kiosk-config: give at least one kiosk config");
  for (const auto& text : o.at) {  // before any kiosk starts: a typo is found in a millisecond
    if (auto t = show::parse_clock_time(text); !t)
      return core::make_error("--at \"" + text + "\": " + t.error().message);
  }
  std::error_code ec;
  std::filesystem::create_directories(o.out, ec);
  if (ec) return core::make_error("--out " + o.out.string() + ": " + ec.message());
  std::vector<Moment> list;
  std::optional<core::TimeZone> tz;
  int code = 0;
  for (std::size_t k = 0; k < o.kiosk_configs.size(); ++k) {
    RunOptions ro;
    ro.headless = true;
    ro.preview = true;
    ro.config_file = o.kiosk_configs[k].string();
    ro.size = o.size;
    core::ManualClock clock;
    auto started = KioskApp::create(ro, &clock);
    if (!started) return core::make_error(o.kiosk_configs[k].filename().string() + ": " + started.failure.message);
    auto app = std::move(started.app);
    if (k == 0) {  // the show runs once, in the first kiosk's venue
      Venue venue;
      // The kiosk's venue gives the place (sunset-relative cues); --venue-tz only overrides its zone.
      if (const auto* v = app->ui().content()->venue(app->ui().config().place.venue))
        venue = {v->time_zone_name, v->latitude, v->longitude};
      if (!o.venue_tz.empty()) venue.time_zone = o.venue_tz;
      auto found = core::TimeZone::find(venue.time_zone);
      if (!found) return found.error();
      tz = *found;
      int y = 0, m = 0, d = 0;
      if (o.date.empty()) {
        const auto today = tz->to_local(core::SystemClock::instance().wall_now());
        y = today.year, m = today.month, d = today.day;
      } else if (!core::parse_date(o.date, y, m, d)) {
        return core::make_error("--date: expected YYYY-MM-DD, got \"" + o.date + "\"");
      }
      auto made = moments(o, *tz, y, m, d);
      if (!made) return made.error();
      list = std::move(*made);
      core::WallTime from = list.front().at - std::chrono::hours{1};
      if (!o.from.empty()) {
        auto f = instant(*tz, y, m, d, o.from, "--from");
        if (!f) return f.error();
        if (*f > list.front().at) return core::make_error("--from " + o.from + " is after the first --at");
        from = *f;
      }
      auto ran = run_show(o, rig, venue, from, list, out);
      if (!ran) return ran.error();
      code = *ran;
      if (auto st = write_lights(rig, *tz, list, o.out / "lights.png", out); !st) return st.error();
    }
    const std::string name = kiosk_name(*app, o.kiosk_configs[k]);
    std::vector<SheetFrame> sheet;
    for (const Moment& mo : list) {
      for (const auto& c : mo.commands)
        if (c.target.matches(app->identity())) app->ui().apply_display_command(c);
      auto image = render_at(*app, clock, mo.at);
      if (!image)
        return core::make_error(name + " at " + hhmmss(*tz, mo.at, true) + ": " + image.error().message);
      if (mo.named) {
        const auto file = o.out / (name + "-" + hhmmss(*tz, mo.at, false) + ".png");
        if (auto st = platform::write_png(*image, file); !st) return st.error();
        out << "wrote " << file.string() << " (kiosk " << name << ", " << hhmmss(*tz, mo.at, true) << ", "
            << scene_of(*app) << ")\n";
      }
      if (o.every) sheet.push_back({hhmmss(*tz, mo.at, true), scale_down(*image, 320)});
    }
    if (o.every) {
      const auto file = o.out / (name + "-sheet.png");
      if (auto st = platform::write_png(contact_sheet(sheet), file); !st) return st.error();
      out << "wrote " << file.string() << " (kiosk " << name << ", " << sheet.size() << " frames)\n";
    }
  }
  return code;
}

}  // namespace marquee::app
