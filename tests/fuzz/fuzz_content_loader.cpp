// Content loader: the first byte picks which bundle file the rest is parsed as (each has its own
// parser); then the cross-checks and the snapshot finalisation run as in load_content.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/loader.hpp"
#include "content/parse_state.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee::content;
  if (size == 0) return 0;
  const auto& files = content_files();
  const std::string name = files[data[0] % files.size()].name;
  Diagnostics diag;
  ParseState state{Content{}, Origins{}, diag};
  parse_content_text(name, std::string(reinterpret_cast<const char*>(data + 1), size - 1), state);
  cross_check(state);
  for (const auto& d : diag.all()) (void)format_diagnostic(d);
  if (!diag.has_errors()) state.content.finalize();
  return 0;
}
