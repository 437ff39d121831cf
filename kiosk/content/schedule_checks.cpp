// Whole-schedule checks of the import, common to all formats: times without an offset need a
// named zone, the file's time zone should agree with the offsets its events carry, and rooms in
// which nothing happens are not written.
#include <algorithm>
#include <cstdio>

#include "content/json_fields.hpp"
#include "content/schedule_importer.hpp"
#include "core/quote.hpp"

namespace marquee::content::schedule_detail {
namespace {

std::string offset_text(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', std::abs(minutes) / 60,
                std::abs(minutes) % 60);
  return buf;
}

}  // namespace

bool Importer::placeable_without_offset(const RawEvent& raw, const std::string& written) {
  if (tz_from_file_or_caller_) return true;
  if (++floating_without_zone_ == 1) {
    error(raw.path, "time " + core::quote_value(written) +
                        " has no UTC offset and the file names no time zone: pass --time-zone ZONE "
                        "(an IANA name such as Europe/Berlin)");
  }
  return false;
}

// Only meaningful when the zone is a real one the file or the caller named: a zone guessed from
// the offsets agrees with them by construction.
void Importer::check_offset(const RawEvent& raw, core::WallTime start) {
  if (!tz_from_file_or_caller_) return;
  const auto written = offset_minutes(string_member(*raw.json, "date").value_or(""));
  if (!written) return;
  ++offsets_seen_;
  const int zone = tz_->to_local(start).utc_offset_minutes;
  if (zone == *written) return;
  if (++offset_mismatches_ == 1) {
    first_mismatch_path_ = pointer_append(raw.path, "date");
    first_mismatch_text_ = "the time zone " + tz_->name() + " is " + offset_text(zone) +
                           " at this event's start, but its date says " + offset_text(*written);
  }
}

void Importer::report_offsets() {
  if (offset_mismatches_ == 0) return;
  warn(first_mismatch_path_, first_mismatch_text_ + " (" + std::to_string(offset_mismatches_) + " of " +
                                 std::to_string(offsets_seen_) +
                                 " events disagree; times follow the events' offsets — check time_zone_name "
                                 "or --time-zone)");
}

// Conference room lists often name every room of the building; only those with a session are
// part of the imported venue.
void Importer::drop_empty_rooms() {
  std::unordered_set<std::string> used;
  for (const auto& s : out_.sessions) used.insert(s.room);
  if (std::all_of(out_.rooms.begin(), out_.rooms.end(), [&](const Room& r) { return used.count(r.id) > 0; })) {
    return;
  }
  std::vector<Room> kept;
  std::vector<std::string> kept_paths, dropped;
  for (std::size_t i = 0; i < out_.rooms.size(); ++i) {
    if (used.count(out_.rooms[i].id)) {
      kept.push_back(std::move(out_.rooms[i]));
      kept_paths.push_back(out_.room_paths[i]);
    } else {
      dropped.push_back(out_.rooms[i].name.exact(Lang::En));
    }
  }
  std::string names;
  for (const auto& n : dropped) names += (names.empty() ? "" : ", ") + core::quote_value(n);
  out_.notes.push_back(std::to_string(dropped.size()) + " rooms without events not written: " + names);
  out_.rooms = std::move(kept);
  out_.room_paths = std::move(kept_paths);
  out_.counts.rooms = out_.rooms.size();
}

}  // namespace marquee::content::schedule_detail
