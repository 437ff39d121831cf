#include "fleet/signed_command.hpp"

#include <nlohmann/json.hpp>

namespace marquee::fleet {

std::string seal(const FleetCommand& command, const sync::SecretKey& key) {
  const std::string body = to_json(command);
  nlohmann::ordered_json j;
  j["body"] = body;
  j["sig"] = sync::to_base64(sync::sign_detached(body, key));
  return j.dump();
}

core::Result<Envelope> open_envelope(std::string_view payload) {
  const auto j = nlohmann::json::parse(payload.begin(), payload.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return core::make_error("the message is not valid JSON");
  if (!j.is_object())
    return core::make_error("the message must be a JSON object {\"body\": ..., \"sig\": ...}");
  const auto body = j.find("body");
  if (body == j.end() || !body->is_string())
    return core::make_error("\"body\": required, the command's JSON as a string");
  Envelope e;
  e.body = body->get<std::string>();
  const auto sig = j.find("sig");
  if (sig != j.end()) {
    if (!sig->is_string() || !sync::from_base64(sig->get_ref<const std::string&>(), e.signature) ||
        e.signature.size() != sync::kSignatureBytes)
      return core::make_error("\"sig\": must be 64 bytes of base64");
  }
  return e;
}

}  // namespace marquee::fleet
