#pragma once
// Quoting values inside diagnostics. A value comes from a file someone else wrote: it may be
// megabytes long or carry newlines and escape sequences that would forge extra diagnostic lines
// or recolour a terminal. Quoted values are cut to a readable length and control characters
// are escaped.
#include <cstddef>
#include <string>
#include <string_view>

namespace marquee::core {

inline constexpr std::size_t kMaxQuotedCodePoints = 120;

// "value" with \n, \t, \", \\ and \xNN escapes; longer values end in "…" (never mid-character);
// invalid UTF-8 bytes are shown as \xNN.
std::string quote_value(std::string_view value, std::size_t max_code_points = kMaxQuotedCodePoints);

}  // namespace marquee::core
