#pragma once
// Ids from display names: "Saal Ägypten" -> "saal-agypten", "报告厅" -> "bao-gao-ting". Used by
// importers, whose sources key rooms, tracks and people by name.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

namespace marquee::content {

class Slugger {
 public:
  Slugger();
  ~Slugger();
  Slugger(const Slugger&) = delete;
  Slugger& operator=(const Slugger&) = delete;

  // Lower-case ASCII letters and digits joined by '-'; "" when nothing is left.
  std::string slug(std::string_view text) const;
  // slug(text), or fallback when that is empty, made unique within used ("-2", "-3", ...).
  std::string unique(std::string_view text, std::string_view fallback,
                     std::unordered_set<std::string>& used) const;

 private:
  struct Impl;  // the ICU transliterator, kept out of this header
  std::unique_ptr<Impl> impl_;
};

}  // namespace marquee::content
