#pragma once
// Decides whether a kiosk carries out a command that arrived over MQTT. The broker is not trusted
// with safety: anyone who can publish to it must not be able to raise an emergency, so a command
// is carried out only when it is
//   - signed by one of the trusted Ed25519 keys (the bundle key and/or operator keys),
//   - not expired, and not issued implausibly far in the future (clock skew allowance),
//   - newer than every command already accepted from the same sender and key (no replays; the
//     highest sequence numbers survive restarts in a small state file),
//   - addressed to a topic this kiosk listens on, and arrived on that very topic.
// Everything else is refused with a reason the kiosk reports in its ack and status.
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "fleet/fleet_command.hpp"
#include "sync/crypto.hpp"

namespace marquee::fleet {

enum class Rejection : std::uint8_t {
  None,
  Malformed,     // not an envelope, or the signed body is not a valid command
  Unsigned,      // no signature at all
  BadSignature,  // signed, but by no trusted key (or altered after signing)
  Expired,       // past its expiry (or issued too far in the future)
  Replayed,      // sequence number not newer than one already accepted from that sender
  WrongTarget,   // signed for another kiosk or group, or arrived on another topic than signed for
};
std::string_view rejection_name(Rejection r);  // "unsigned", "bad_signature", ...

struct Verdict {
  std::optional<FleetCommand> command;  // set when accepted
  Rejection rejection = Rejection::None;
  std::string message;  // why, for the ack and the status ("expired 12 s ago", ...)
  bool accepted() const { return command.has_value(); }
};

// Allowance for kiosk clocks that run behind the operator's.
inline constexpr core::Millis kFutureSkew{std::chrono::minutes(5)};

class CommandVerifier {
 public:
  // trusted: public keys whose signatures are accepted. topics: every topic this kiosk takes
  // commands from (fleet/topics.hpp command_topics). seq_file: where accepted sequence numbers are
  // kept across restarts (empty: in memory only; expiry still bounds replays after a restart).
  CommandVerifier(std::vector<sync::PublicKey> trusted, std::vector<std::string> topics,
                  const core::Clock& clock, std::filesystem::path seq_file = {});

  // Thread-safe. `topic` is the topic the message arrived on.
  Verdict check(std::string_view topic, std::string_view payload);

 private:
  void load_sequences();
  void save_sequences() const;

  std::vector<sync::PublicKey> trusted_;
  std::vector<std::string> topics_;
  const core::Clock& clock_;
  std::filesystem::path seq_file_;
  std::mutex mutex_;
  std::map<std::string, std::uint64_t> last_seq_;  // "<key index>/<sender>" -> highest accepted
};

}  // namespace marquee::fleet
