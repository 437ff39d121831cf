#include "content/map_model.hpp"

#include <array>

namespace marquee::content {
namespace {

constexpr std::array<std::string_view, kAmenityKindCount> kAmenityIds = {
    "restroom", "accessible_restroom", "exit", "first_aid", "information", "food", "prayer_room", "charging"};

constexpr std::array<std::string_view, kEdgeKindCount> kEdgeIds = {
    "corridor", "door", "stairs", "escalator_up", "escalator_down", "lift", "ramp", "outdoor"};

template <std::size_t N>
std::optional<std::size_t> position_of(const std::array<std::string_view, N>& ids, std::string_view id) {
  for (std::size_t i = 0; i < N; ++i) {
    if (ids[i] == id) return i;
  }
  return std::nullopt;
}

template <typename T>
std::unordered_map<std::string, std::size_t> index_of(const std::vector<T>& items) {
  std::unordered_map<std::string, std::size_t> index;
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);  // first wins
  return index;
}

template <typename T>
const T* find_in(const std::unordered_map<std::string, std::size_t>& index, const std::vector<T>& items,
                 std::string_view id) {
  auto it = index.find(std::string(id));
  return it == index.end() ? nullptr : &items[it->second];
}

}  // namespace

std::string_view amenity_kind_id(AmenityKind kind) {
  return kAmenityIds[static_cast<std::size_t>(kind)];
}

std::optional<AmenityKind> amenity_kind_from_id(std::string_view id) {
  if (auto i = position_of(kAmenityIds, id)) return static_cast<AmenityKind>(*i);
  return std::nullopt;
}

std::string_view edge_kind_id(EdgeKind kind) {
  return kEdgeIds[static_cast<std::size_t>(kind)];
}

std::optional<EdgeKind> edge_kind_from_id(std::string_view id) {
  if (auto i = position_of(kEdgeIds, id)) return static_cast<EdgeKind>(*i);
  return std::nullopt;
}

bool changes_level(EdgeKind kind) {
  return kind == EdgeKind::Stairs || kind == EdgeKind::EscalatorUp || kind == EdgeKind::EscalatorDown ||
         kind == EdgeKind::Lift || kind == EdgeKind::Ramp;
}

bool is_step_free(EdgeKind kind) {
  return kind != EdgeKind::Stairs && kind != EdgeKind::EscalatorUp && kind != EdgeKind::EscalatorDown;
}

bool is_one_way(EdgeKind kind) {
  return kind == EdgeKind::EscalatorUp || kind == EdgeKind::EscalatorDown;
}

const Level* WalkingMap::level(std::string_view id) const {
  return find_in(level_index_, levels, id);
}
const MapRoom* WalkingMap::room(std::string_view id) const {
  return find_in(room_index_, rooms, id);
}
const Amenity* WalkingMap::amenity(std::string_view id) const {
  return find_in(amenity_index_, amenities, id);
}
const WalkNode* WalkingMap::node(std::string_view id) const {
  return find_in(node_index_, nodes, id);
}

void WalkingMap::build_indexes() {
  level_index_ = index_of(levels);
  room_index_ = index_of(rooms);
  amenity_index_ = index_of(amenities);
  node_index_ = index_of(nodes);
}

}  // namespace marquee::content
