#pragma once
// What the attract loop's "Happening now" scene shows: the sessions running at this venue, and,
// when they do not fill the screen, the next ones to start (a scene of one card looks empty from
// five metres and tells a passer-by nothing they can still go to).
#include <cstddef>
#include <string_view>
#include <vector>

#include "content/model.hpp"

namespace marquee::ui {

struct NowLineup {
  std::vector<const content::Session*> now;   // running at t, by start time
  std::vector<const content::Session*> next;  // starting after t, by start time
};

// At most max_cards in all, running sessions first; at most two "next" cards.
NowLineup now_lineup(const content::Content& c, std::string_view venue_id, core::WallTime t, std::size_t max_cards);

}  // namespace marquee::ui
