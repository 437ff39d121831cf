// What the staff panel offers to close: each lift once, stairs and escalators by their ids, only
// at this kiosk's venue.
#include "ui/closable.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "content/loader.hpp"
#include "core/paths.hpp"

namespace marquee::ui {
namespace {

TEST(Closable, BeijingListsItsLiftOnceAndItsStairsAndEscalators) {
  const auto content = content::load_content(core::demo_content_dir()).content;
  ASSERT_TRUE(content);
  const auto items = closable_items(*content, "bj");
  std::vector<std::string> ids;
  for (const auto& c : items) ids.push_back(c.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"bj-lift", "bj-stairs", "bj-escalator-up", "bj-escalator-down"}));
  EXPECT_EQ(items[0].kind, content::EdgeKind::Lift);
  EXPECT_EQ(items[0].where.get(content::Lang::En), "Lift lobby");
  EXPECT_TRUE(closable_items(*content, "sg").empty()) << "a one-floor venue has nothing to close";
}

}  // namespace
}  // namespace marquee::ui
