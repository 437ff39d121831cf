#pragma once
// The sACN Component Identifier: a UUID that must stay the same for one source across restarts
// (receivers track sources by CID). Derived from the kiosk id with a keyed-free BLAKE2b hash.
#include <optional>
#include <string>
#include <string_view>

#include "lighting/e131_packets.hpp"

namespace marquee::lighting {

// Same kiosk id, same CID, on every machine; shaped as an RFC 9562 version-8 UUID.
e131::Cid derive_cid(std::string_view kiosk_id);
std::optional<e131::Cid> parse_cid(std::string_view text);  // "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
std::string format_cid(const e131::Cid& cid);

}  // namespace marquee::lighting
