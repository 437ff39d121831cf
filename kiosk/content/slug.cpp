#include "content/slug.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace marquee::content {

struct Slugger::Impl {
  std::unique_ptr<icu::Transliterator> to_ascii;  // null if ICU lacks the rules: non-ASCII is then dropped
};

Slugger::Slugger() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->to_ascii.reset(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) impl_->to_ascii.reset();
}

Slugger::~Slugger() = default;

std::string Slugger::slug(std::string_view text) const {
  std::string ascii(text);
  const bool all_ascii =
      std::all_of(ascii.begin(), ascii.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!all_ascii && impl_->to_ascii) {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    impl_->to_ascii->transliterate(u);
    ascii.clear();
    u.toUTF8String(ascii);
  }
  std::string out;
  for (char c : ascii) {
    const auto uc = static_cast<unsigned char>(c);
    if (uc < 0x80 && std::isalnum(uc)) {
      out += static_cast<char>(std::tolower(uc));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string Slugger::unique(std::string_view text, std::string_view fallback,
                            std::unordered_set<std::string>& used) const {
  std::string base = slug(text);
  if (base.empty()) base = fallback;
  std::string id = base;
  for (int n = 2; used.count(id) > 0; ++n) id = base + "-" + std::to_string(n);
  used.insert(id);
  return id;
}

}  // namespace marquee::content
