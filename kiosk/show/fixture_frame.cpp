#include "show/fixture_frame.hpp"

#include <algorithm>

namespace marquee::show {
namespace {

constexpr std::array<std::string_view, kAttributeCount> kNames = {
    "intensity", "red",    "green", "blue", "white",  "amber",  "cyan",
    "magenta",   "yellow", "pan",   "tilt", "strobe", "generic"};

void add_unique(std::vector<std::string>& out, const std::string& s) {
  if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
}

}  // namespace

std::string_view attribute_name(Attribute a) {
  return kNames[static_cast<std::size_t>(a)];
}

std::optional<Attribute> attribute_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Attribute>(i);
  }
  return std::nullopt;
}

bool FixtureInfo::has(Attribute a) const {
  return std::find(attributes.begin(), attributes.end(), a) != attributes.end();
}

bool glob_match(std::string_view pattern, std::string_view text) {
  // Iterative glob with backtracking over the last '*': linear in practice, no recursion.
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

Rig::Rig(std::vector<FixtureInfo> fixtures) : fixtures_(std::move(fixtures)) {}

std::optional<std::size_t> Rig::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < fixtures_.size(); ++i) {
    if (fixtures_[i].name == name) return i;
  }
  return std::nullopt;
}

std::vector<std::size_t> Rig::select(std::string_view selector) const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < fixtures_.size(); ++i) {
    const auto& f = fixtures_[i];
    const bool hit = glob_match(selector, f.name) || f.zone == selector ||
                     std::find(f.groups.begin(), f.groups.end(), selector) != f.groups.end();
    if (hit) out.push_back(i);
  }
  return out;
}

std::vector<std::string> Rig::zones() const {
  std::vector<std::string> out;
  for (const auto& f : fixtures_) add_unique(out, f.zone);
  return out;
}

std::vector<std::string> Rig::groups() const {
  std::vector<std::string> out;
  for (const auto& f : fixtures_) {
    for (const auto& g : f.groups) add_unique(out, g);
  }
  return out;
}

}  // namespace marquee::show
