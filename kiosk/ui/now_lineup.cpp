#include "ui/now_lineup.hpp"

#include <algorithm>

#include "content/queries.hpp"

namespace marquee::ui {

NowLineup now_lineup(const content::Content& c, std::string_view venue_id, core::WallTime t, std::size_t max_cards) {
  NowLineup out;
  out.now = content::sessions_now(c, venue_id, t);
  if (out.now.size() > max_cards) out.now.resize(max_cards);
  const std::size_t room_left = max_cards - out.now.size();
  if (room_left > 0) out.next = content::sessions_next(c, venue_id, t, std::min<std::size_t>(2, room_left));
  return out;
}

}  // namespace marquee::ui
