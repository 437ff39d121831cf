#pragma once
// The MQTT topic tree of a fleet. Every kiosk has three topics of its own and listens on the group
// topics it belongs to:
//   marquee/<venue>/<kiosk>/status   retained status (and the broker's last will: offline)
//   marquee/<venue>/<kiosk>/ack      one reply per command received
//   marquee/<venue>/<kiosk>/cmd      commands for this kiosk alone
//   marquee/<venue>/all              commands for every kiosk of a venue
//   marquee/<venue>/zone/<zone>      commands for the kiosks of one zone
//   marquee/<venue>/tag/<tag>        commands for the kiosks carrying a tag
//   marquee/all                      commands for the whole fleet
//   marquee/<venue>/<kiosk>/screenshot   PNG bytes, answering a screenshot command
// Ids are what the kiosk config names; a name that would break the tree (empty, '/', '+', '#',
// a NUL, or one of the words the tree uses itself) is refused when the config is read.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace marquee::fleet {

// Who a kiosk is on the fleet channel.
struct FleetAddress {
  std::string venue;
  std::string kiosk;
  std::string zone;               // optional
  std::vector<std::string> tags;  // optional
};

core::Status check_topic_word(std::string_view what, std::string_view word);
core::Status check_address(const FleetAddress& a);

std::string status_topic(const FleetAddress& a);
std::string ack_topic(const FleetAddress& a);
std::string command_topic(const FleetAddress& a);
std::string screenshot_topic(const FleetAddress& a);
// Every topic a kiosk takes commands from: its own, its venue's, its zone's, its tags' and the
// fleet's. A command is carried out only if its signed target is one of these.
std::vector<std::string> command_topics(const FleetAddress& a);

// What the operator writes after `marquee fleet send`: "all", "venue:bj", "kiosk:bj/bj-a-1",
// "zone:bj/hall-a", "tag:bj/entrance". Returns the command topic, or an error that lists the forms.
core::Result<std::string> target_topic(std::string_view target);

// Operator side: status and ack topics of every kiosk (MQTT wildcards).
inline constexpr std::string_view kAllStatusTopics = "marquee/+/+/status";
inline constexpr std::string_view kAllAckTopics = "marquee/+/+/ack";
// Splits "marquee/<venue>/<kiosk>/<leaf>"; false for anything else.
bool split_kiosk_topic(std::string_view topic, std::string& venue, std::string& kiosk, std::string& leaf);

}  // namespace marquee::fleet
