// Adversarial inputs that used to stall a kiosk (issue 17), timed: plain-text conversion of 100k
// unclosed '[' and '<' (a speaker's abstract), and loading a 50 MB content file whose bad UTF-8
// bytes sit at the end (the repair pass). Prints one line per case; run it before and after a
// change to the parsers.
#include <chrono>
#include <cstdio>
#include <string>

#include "content/loader.hpp"
#include "content/parse_state.hpp"
#include "content/plain_text.hpp"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
void time_case(const char* name, std::size_t bytes, F&& run) {
  const auto start = Clock::now();
  const std::size_t out = run();
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  std::printf("%-44s %10zu bytes in  %10zu out  %10.1f ms\n", name, bytes, out, ms);
}

std::size_t load_speakers(std::string text) {
  marquee::content::Diagnostics diag;
  marquee::content::ParseState state{marquee::content::Content{}, marquee::content::Origins{}, diag};
  marquee::content::parse_content_text("speakers.json", std::move(text), state);
  return diag.all().size();
}

}  // namespace

int main() {
  for (std::size_t n : {10'000u, 100'000u}) {
    const std::string brackets(n, '['), angles(n, '<');
    std::string links;
    while (links.size() < n) links += "[a](";
    time_case(("plain text: " + std::to_string(n) + " x '['").c_str(), n,
              [&] { return marquee::content::to_plain_text(brackets).size(); });
    time_case(("plain text: " + std::to_string(n) + " x '<'").c_str(), n,
              [&] { return marquee::content::to_plain_text(angles).size(); });
    time_case(("plain text: " + std::to_string(n / 4) + " x \"[a](\"").c_str(), links.size(),
              [&] { return marquee::content::to_plain_text(links).size(); });
  }
  for (std::size_t mb : {5u, 50u}) {
    std::string text = "{\"speakers\": [], \"note\": \"" + std::string(mb << 20, 'x');
    text += std::string(1000, '\xFF') + "\"}";
    const std::size_t size = text.size();
    time_case(("load: " + std::to_string(mb) + " MB, 1000 bad bytes at the end").c_str(), size,
              [&] { return load_speakers(std::move(text)); });
  }
}
