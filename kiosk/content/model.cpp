#include "content/model.hpp"

#include <algorithm>
#include <array>

#include "content/collation.hpp"

namespace marquee::content {
namespace {

constexpr std::array<std::string_view, kSessionKindCount> kKindIds = {
    "opening_ceremony", "main_forum", "summit_forum", "thematic_forum",
    "special_activity", "exhibition", "evening_event"};

constexpr std::array<std::string_view, 4> kTierIds = {"headline", "gold", "silver", "partner"};

}  // namespace

std::string_view session_kind_id(SessionKind kind) {
  return kKindIds[static_cast<std::size_t>(kind)];
}

std::optional<SessionKind> session_kind_from_id(std::string_view id) {
  for (std::size_t i = 0; i < kKindIds.size(); ++i) {
    if (kKindIds[i] == id) return static_cast<SessionKind>(i);
  }
  return std::nullopt;
}

std::string_view sponsor_tier_id(SponsorTier tier) {
  return kTierIds[static_cast<std::size_t>(tier)];
}

std::optional<SponsorTier> sponsor_tier_from_id(std::string_view id) {
  for (std::size_t i = 0; i < kTierIds.size(); ++i) {
    if (kTierIds[i] == id) return static_cast<SponsorTier>(i);
  }
  return std::nullopt;
}

template <typename T>
Content::Index Content::build_index(const std::vector<T>& items) {
  Index index;
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);  // first wins
  return index;
}

const Venue* Content::venue_of(const Session& s) const {
  const Room* r = room(s.room);
  return r ? venue(r->venue) : nullptr;
}

std::vector<const Exhibitor*> Content::exhibitors_at(std::string_view booth_id) const {
  std::vector<const Exhibitor*> out;
  for (const auto& e : exhibitors) {
    if (e.booth == booth_id) out.push_back(&e);
  }
  return out;
}

void Content::finalize() {
  std::stable_sort(sessions.begin(), sessions.end(), [](const Session& a, const Session& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.room < b.room;
  });
  orders_ = std::make_shared<CollatedOrders>();
  build_indexes();
}

const std::vector<std::uint32_t>& Content::exhibitor_order(Lang lang) const {
  const auto slot = static_cast<std::size_t>(lang);
  CollatedOrders& orders = *orders_;
  std::call_once(orders.once[slot], [&] {
    std::vector<std::string_view> names;
    names.reserve(exhibitors.size());
    for (const auto& e : exhibitors) names.push_back(e.name.get(lang));
    orders.order[slot] = collated_order(names, lang);
  });
  return orders.order[slot];
}

void Content::build_indexes() {
  venue_index_ = build_index(venues);
  room_index_ = build_index(rooms);
  track_index_ = build_index(tracks);
  sector_index_ = build_index(sectors);
  session_index_ = build_index(sessions);
  speaker_index_ = build_index(speakers);
  exhibitor_index_ = build_index(exhibitors);
  hall_index_ = build_index(halls);
  booth_index_ = build_index(booths);
  walking.build_indexes();
}

}  // namespace marquee::content
