#include "fleet/command_verifier.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/log.hpp"
#include "core/read_file.hpp"
#include "fleet/signed_command.hpp"

namespace marquee::fleet {
namespace {

spdlog::logger* log() {
  static const auto logger = core::component_logger("fleet");
  return logger.get();
}

Verdict refuse(Rejection r, std::string message) {
  Verdict v;
  v.rejection = r;
  v.message = std::move(message);
  return v;
}

std::string seconds_text(core::Millis d) {
  return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(d).count()) + " s";
}

}  // namespace

std::string_view rejection_name(Rejection r) {
  switch (r) {
    case Rejection::None:
      return "none";
    case Rejection::Malformed:
      return "malformed";
    case Rejection::Unsigned:
      return "unsigned";
    case Rejection::BadSignature:
      return "bad_signature";
    case Rejection::Expired:
      return "expired";
    case Rejection::Replayed:
      return "replayed";
    case Rejection::WrongTarget:
      return "wrong_target";
  }
  return "?";
}

CommandVerifier::CommandVerifier(std::vector<sync::PublicKey> trusted, std::vector<std::string> topics,
                                 const core::Clock& clock, std::filesystem::path seq_file)
    : trusted_(std::move(trusted)),
      topics_(std::move(topics)),
      clock_(clock),
      seq_file_(std::move(seq_file)) {
  load_sequences();
}

Verdict CommandVerifier::check(std::string_view topic, std::string_view payload) {
  auto envelope = open_envelope(payload);
  if (!envelope) {
    // A bare command object (someone publishing JSON by hand) is "unsigned", not "malformed".
    const auto j = nlohmann::json::parse(payload.begin(), payload.end(), nullptr, false);
    if (!j.is_discarded() && j.is_object() && !j.contains("body") && !j.contains("sig"))
      return refuse(Rejection::Unsigned, "the command carries no signature");
    return refuse(Rejection::Malformed, envelope.error().message);
  }
  if (envelope->signature.empty()) return refuse(Rejection::Unsigned, "the command carries no signature");
  // The signature first: nothing in an unauthenticated body is worth reading further.
  std::size_t key_index = trusted_.size();
  for (std::size_t i = 0; i < trusted_.size(); ++i) {
    if (sync::verify_detached(envelope->body, envelope->signature, trusted_[i])) {
      key_index = i;
      break;
    }
  }
  if (key_index == trusted_.size())
    return refuse(Rejection::BadSignature, "the signature matches none of this kiosk's trusted keys");
  auto command = parse_fleet_command(envelope->body);
  if (!command) return refuse(Rejection::Malformed, command.error().message);
  const auto now = clock_.wall_now();
  if (command->expires <= now)
    return refuse(Rejection::Expired, "expired " + seconds_text(now - command->expires) + " ago");
  if (command->issued > now + kFutureSkew)
    return refuse(Rejection::Expired, "issued " + seconds_text(command->issued - now) +
                                          " in the future (is this kiosk's clock right?)");
  if (std::find(topics_.begin(), topics_.end(), command->target) == topics_.end())
    return refuse(Rejection::WrongTarget, "signed for " + command->target + ", not for this kiosk");
  if (command->target != topic)
    return refuse(Rejection::WrongTarget,
                  "signed for " + command->target + " but arrived on " + std::string(topic));
  const std::string who = std::to_string(key_index) + "/" + command->sender;
  {
    std::lock_guard lock(mutex_);
    auto& last = last_seq_[who];
    if (command->seq <= last)
      return refuse(Rejection::Replayed, "sequence " + std::to_string(command->seq) + " from " +
                                             command->sender + " is not newer than " + std::to_string(last));
    last = command->seq;
    save_sequences();
  }
  Verdict v;
  v.command = std::move(*command);
  return v;
}

void CommandVerifier::load_sequences() {
  if (seq_file_.empty()) return;
  std::error_code ec;
  if (!std::filesystem::exists(seq_file_, ec)) return;
  const auto file = core::read_file(seq_file_, 1 << 20);
  if (!file) {
    log()->warn("{}: {}", seq_file_.string(), core::describe(file.failure, 1 << 20));
    return;
  }
  const auto j = nlohmann::json::parse(file.text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    log()->warn("{}: not a JSON object of sequence numbers; starting afresh", seq_file_.string());
    return;
  }
  for (const auto& [who, seq] : j.items()) {
    if (seq.is_number_unsigned()) last_seq_[who] = seq.get<std::uint64_t>();
  }
}

void CommandVerifier::save_sequences() const {
  if (seq_file_.empty()) return;
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [who, seq] : last_seq_) j[who] = seq;
  // Written beside and renamed over, so a power cut leaves the old or the new file, never half.
  const auto tmp = seq_file_.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << j.dump() << "\n";
    if (!out) {
      log()->warn("cannot write {}", tmp);
      return;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, seq_file_, ec);
  if (ec) log()->warn("cannot replace {}: {}", seq_file_.string(), ec.message());
}

}  // namespace marquee::fleet
