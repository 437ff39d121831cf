#pragma once
// Small content snapshots built in code, so a UI test shows every item it relies on instead of
// depending on the ids and timetable of the demo content. Times are ISO 8601 with an offset;
// names are given in English and get "（中）" / " (es)" variants unless written out in full.
#include <memory>
#include <string>
#include <vector>

#include "content/model.hpp"
#include "core/time_zone.hpp"
#include "localized.hpp"

namespace marquee::testing {

class ContentBuilder {
 public:
  static core::WallTime at(const std::string& iso) { return core::parse_iso8601(iso).value(); }

  ContentBuilder& conference(const std::string& name_en) {
    c_.conference.id = "conf";
    c_.conference.name = localized(name_en);
    return *this;
  }
  ContentBuilder& venue(const std::string& id, const std::string& time_zone = "Asia/Shanghai",
                        std::vector<std::string> days = {}) {
    content::Venue v;
    v.id = id;
    v.name = localized("Venue " + id);
    v.city = localized("City " + id);  // the bundle parser demands a city in en and zh
    v.time_zone_name = time_zone;
    v.time_zone = core::TimeZone::find(time_zone).value();
    v.days = std::move(days);
    c_.venues.push_back(std::move(v));
    return *this;
  }
  ContentBuilder& room(const std::string& id, const std::string& venue, const std::string& name_en) {
    c_.rooms.push_back({id, venue, "", localized(name_en), 100});
    return *this;
  }
  ContentBuilder& session(const std::string& id, const std::string& room, const std::string& start,
                          const std::string& end, const std::string& title_en,
                          content::SessionKind kind = content::SessionKind::ThematicForum) {
    content::Session s;
    s.id = id;
    s.room = room;
    s.start = at(start);
    s.end = at(end);
    s.title = localized(title_en);
    s.kind = kind;
    c_.sessions.push_back(std::move(s));
    return *this;
  }
  ContentBuilder& exhibitor(const std::string& id, const content::LocalizedText& name, const std::string& booth = "") {
    content::Exhibitor e;
    e.id = id;
    e.name = name;
    e.booth = booth;
    c_.exhibitors.push_back(std::move(e));
    return *this;
  }
  ContentBuilder& announcement(const std::string& id, content::Priority priority, const std::string& from,
                               const std::string& to, const content::LocalizedText& text_,
                               std::vector<std::string> venues = {}) {
    c_.announcements.push_back({id, text_, priority, at(from), at(to), std::move(venues)});
    return *this;
  }
  content::Content& content() { return c_; }
  // The snapshot as the loader would hand it over: sessions in start order, indexes built.
  std::shared_ptr<const content::Content> build() {
    auto c = std::make_shared<content::Content>(c_);
    c->finalize();
    return c;
  }

 private:
  content::Content c_;
};

}  // namespace marquee::testing
