#pragma once
// The content model: everything a kiosk shows. Built once per bundle by the loader, then
// immutable and shared between threads as std::shared_ptr<const Content>.
#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "content/localized_text.hpp"
#include "content/map_model.hpp"
#include "core/clock.hpp"
#include "core/time_zone.hpp"

namespace marquee::content {

struct Venue {
  std::string id;
  LocalizedText name, city;
  std::string time_zone_name;
  std::optional<core::TimeZone> time_zone;  // resolved from time_zone_name; always set when valid
  double latitude = 0, longitude = 0;
  std::vector<std::string> days;  // conference days at this venue, local "YYYY-MM-DD", ascending
};

struct Room {
  std::string id, venue, hall;  // hall: optional map hall id
  LocalizedText name;
  int capacity = 0;
};

struct Track {
  std::string id;
  LocalizedText name;
  std::string color;  // "#RRGGBB"
};

enum class SessionKind {
  OpeningCeremony,
  MainForum,
  SummitForum,
  ThematicForum,
  SpecialActivity,
  Exhibition,
  EveningEvent
};
std::string_view session_kind_id(SessionKind kind);  // "opening_ceremony", ...
std::optional<SessionKind> session_kind_from_id(std::string_view id);
inline constexpr int kSessionKindCount = 7;

struct Session {
  std::string id;
  LocalizedText title, abstract;
  core::WallTime start{}, end{};
  std::string room, track;  // track may be empty
  std::vector<std::string> speakers;
  std::string language;  // spoken language code, e.g. "zh", "en"
  SessionKind kind = SessionKind::ThematicForum;
  bool featured = false;
  std::string url;  // optional: the session's own page (the kiosk shows it as a QR code)
};

struct Speaker {
  std::string id;
  LocalizedText name, affiliation, bio;
  std::string photo;  // image asset path relative to the content dir (optional)
  std::string url;    // optional: the speaker's page (the kiosk shows it as a QR code)
};

struct Sector {
  std::string id;
  LocalizedText name;
};

struct Exhibitor {
  std::string id;
  LocalizedText name, description;
  std::vector<std::string> sectors;
  std::string booth, website;
  std::string logo;  // image asset path relative to the content dir (optional)
  bool featured = false;
};

struct Hall {
  std::string id, venue;
  LocalizedText name;
  Polygon outline;
  // Levels the hall spans (map.json "levels"); defaults to its venue's lowest level when the venue
  // has levels, else stays empty (a map without floors).
  std::vector<std::string> levels;
};

struct Booth {
  std::string id, hall;
  std::string label;  // printed on the map, e.g. "A-12"
  Polygon outline;
  std::string level;  // defaults to the hall's first level (empty on a map without floors)
  std::string node;   // walking-graph node in front of it (empty on a map without a graph)
};

struct Landmark {
  std::string id, hall, kind;  // kind: entrance, info, restroom, food, stage, ...
  LocalizedText name;
  Point position;
};

enum class Priority { Info = 0, Important = 1, Emergency = 2 };

struct Announcement {
  std::string id;
  LocalizedText text;
  Priority priority = Priority::Info;
  core::WallTime valid_from{}, valid_to{};
  std::vector<std::string> venues;  // empty = every venue
  bool active_at(core::WallTime t) const { return t >= valid_from && t < valid_to; }
};

struct ConferenceInfo {
  std::string id;
  LocalizedText name, tagline;
  std::string key_visual;  // image asset path relative to the content dir (optional)
};

// A sponsor shown with its banner (event.json "sponsors"), in file order within each tier.
enum class SponsorTier { Headline, Gold, Silver, Partner };
std::string_view sponsor_tier_id(SponsorTier tier);  // "headline", "gold", "silver", "partner"
std::optional<SponsorTier> sponsor_tier_from_id(std::string_view id);

struct Sponsor {
  std::string id;
  LocalizedText name;
  std::string banner;  // image asset path relative to the content dir (optional)
  SponsorTier tier = SponsorTier::Partner;
};

// One immutable snapshot of all content. Lookups by id return nullptr when absent.
class Content {
 public:
  ConferenceInfo conference;
  std::vector<Venue> venues;
  std::vector<Room> rooms;
  std::vector<Track> tracks;
  std::vector<Sector> sectors;
  std::vector<Session> sessions;  // sorted by start, then room
  std::vector<Speaker> speakers;
  std::vector<Exhibitor> exhibitors;  // in file order
  std::vector<Hall> halls;
  std::vector<Booth> booths;
  std::vector<Landmark> landmarks;
  WalkingMap walking;  // map.json levels, room shapes, amenities and walking graph (may be empty)
  std::vector<Announcement> announcements;
  std::vector<Sponsor> sponsors;  // event.json order
  std::string version;            // bundle version or "demo"; set by whoever loaded it
  // The folder it was loaded from: image paths are relative to it. Empty when not from a folder.
  std::filesystem::path dir;

  const Venue* venue(std::string_view id) const { return find(venue_index_, venues, id); }
  const Room* room(std::string_view id) const { return find(room_index_, rooms, id); }
  const Track* track(std::string_view id) const { return find(track_index_, tracks, id); }
  const Sector* sector(std::string_view id) const { return find(sector_index_, sectors, id); }
  const Session* session(std::string_view id) const { return find(session_index_, sessions, id); }
  const Speaker* speaker(std::string_view id) const { return find(speaker_index_, speakers, id); }
  const Exhibitor* exhibitor(std::string_view id) const { return find(exhibitor_index_, exhibitors, id); }
  const Hall* hall(std::string_view id) const { return find(hall_index_, halls, id); }
  const Booth* booth(std::string_view id) const { return find(booth_index_, booths, id); }

  // The venue a session takes place in (through its room), or nullptr.
  const Venue* venue_of(const Session& s) const;
  // Exhibitors at a booth (usually one).
  std::vector<const Exhibitor*> exhibitors_at(std::string_view booth_id) const;

  // Builds the id indexes (item order unchanged).
  void build_indexes();
  // Sorts sessions by start and rebuilds the indexes (and forgets the exhibitor orders below).
  // Called once by the loader before sharing.
  void finalize();

  // Exhibitor indexes by name in the language's alphabetical order (pinyin for zh). Collated on
  // first use and then kept; safe from any thread. Collating 10k names in three languages took a
  // tenth of the first frame, so the kiosk collates on its indexing thread after the first frame
  // instead (a tap that arrives earlier waits for the one language it needs).
  const std::vector<std::uint32_t>& exhibitor_order(Lang lang) const;

 private:
  using Index = std::unordered_map<std::string, std::size_t>;
  template <typename T>
  static const T* find(const Index& index, const std::vector<T>& items, std::string_view id) {
    auto it = index.find(std::string(id));
    return it == index.end() ? nullptr : &items[it->second];
  }
  template <typename T>
  static Index build_index(const std::vector<T>& items);

  Index venue_index_, room_index_, track_index_, sector_index_, session_index_, speaker_index_,
      exhibitor_index_, hall_index_, booth_index_;

  struct CollatedOrders {
    std::array<std::once_flag, 3> once;
    std::array<std::vector<std::uint32_t>, 3> order;
  };
  // Shared by copies (they hold the same exhibitors until someone calls finalize() again).
  std::shared_ptr<CollatedOrders> orders_ = std::make_shared<CollatedOrders>();
};

}  // namespace marquee::content
