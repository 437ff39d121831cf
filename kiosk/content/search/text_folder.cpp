#include "content/search/text_folder.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <cctype>
#include <mutex>

#include "core/utf8.hpp"

namespace marquee::content::search {
namespace {

struct CodePoint {
  char32_t c;
  std::uint32_t begin, end;  // bytes in the original text
};

std::vector<CodePoint> decode_with_offsets(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    const std::size_t n = std::min(len, text.size() - i);
    const auto cps = core::decode_utf8(text.substr(i, n));
    out.push_back({cps.empty() ? U'\uFFFD' : cps.front(), static_cast<std::uint32_t>(i),
                   static_cast<std::uint32_t>(i + n)});
    i += n;
  }
  return out;
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

// Lower-case ASCII letters and digits of a transliterated syllable.
std::string clean_syllable(const icu::UnicodeString& u) {
  std::string out;
  for (char c : to_utf8(u)) {
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
  }
  return out;
}

// ASCII needs no ICU: letters lower-cased, digits kept, everything else a separator.
const FoldedChar* ascii_fold(char32_t c) {
  static const std::array<FoldedChar, 128> kTable = [] {
    std::array<FoldedChar, 128> t{};
    for (int i = 0; i < 128; ++i) {
      if (std::isalnum(i))
        t[static_cast<std::size_t>(i)].text = std::string(1, static_cast<char>(std::tolower(i)));
    }
    return t;
  }();
  return c < 0x80 ? &kTable[c] : nullptr;
}

// The spelled-out forms of FoldMode::Translit. Plain folding drops the marks ("ü" -> "u"); these
// letters have a second, conventional ASCII spelling that visitors type as often.
const char* translit_of(char32_t c) {
  switch (c) {
    case U'ä': case U'Ä': return "ae";
    case U'ö': case U'Ö': return "oe";
    case U'ü': case U'Ü': return "ue";
    case U'å': case U'Å': return "aa";
    case U'ø': case U'Ø': return "oe";
    default: return nullptr;
  }
}

// Shared by the building (caching) and the const (query) paths.
template <typename FoldFn, typename PinyinFn>
FoldedKey fold_with(std::string_view text, FoldMode mode, bool with_sources, FoldFn&& fold_cp,
                    PinyinFn&& pinyin) {
  FoldedKey out;
  const auto cps = decode_with_offsets(text);
  auto append = [&](std::string_view bytes, std::uint32_t b, std::uint32_t e, bool word_start) {
    if (bytes.empty()) return;
    if (word_start) out.word_starts.push_back(static_cast<std::uint32_t>(out.key.size()));
    out.key += bytes;
    if (with_sources) out.sources.insert(out.sources.end(), bytes.size(), {b, e});
  };
  bool word_start = true, prev_han = false;
  for (std::size_t i = 0; i < cps.size();) {
    if (mode == FoldMode::Translit) {
      if (const char* spelled = translit_of(cps[i].c)) {
        append(spelled, cps[i].begin, cps[i].end, word_start || prev_han);
        word_start = false;
        prev_han = false;
        ++i;
        continue;
      }
    }
    const FoldedChar& f = fold_cp(cps[i].c);
    if (mode != FoldMode::Plain && f.han) {
      std::u32string run;
      std::size_t j = i;
      while (j < cps.size() && fold_cp(cps[j].c).han) run += cps[j++].c;
      const std::vector<std::string>& syllables = pinyin(run);
      for (std::size_t k = 0; k < run.size(); ++k)
        append(syllables[k], cps[i + k].begin, cps[i + k].end, true);
      word_start = true;
      prev_han = true;
      i = j;
      continue;
    }
    if (f.text.empty()) {
      word_start = true;
    } else {
      append(f.text, cps[i].begin, cps[i].end, word_start || f.han != prev_han);
      word_start = false;
      prev_han = f.han;
    }
    ++i;
  }
  if (mode != FoldMode::Initials) return out;
  FoldedKey initials;
  for (std::uint32_t ws : out.word_starts) {
    initials.key += out.key[ws];
    if (with_sources) initials.sources.push_back(out.sources[ws]);
  }
  if (!initials.key.empty()) initials.word_starts.push_back(0);
  return initials;
}

}  // namespace

struct TextFolder::Impl {
  const icu::Normalizer2* nfkc_cf = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  std::unique_ptr<icu::Transliterator> latin_ascii, han_latin;
  mutable std::mutex translit_mutex;  // ICU transliterators are not meant for concurrent use
};

TextFolder::TextFolder() : impl_(std::make_unique<Impl>()) {
  UErrorCode st = U_ZERO_ERROR;
  impl_->nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(st);
  impl_->nfd = icu::Normalizer2::getNFDInstance(st);
  impl_->latin_ascii.reset(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, st));
  UErrorCode st2 = U_ZERO_ERROR;
  impl_->han_latin.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, st2));
  if (U_FAILURE(st2)) impl_->han_latin.reset();
}

TextFolder::~TextFolder() = default;

bool TextFolder::has_han(std::string_view text) {
  for (char32_t c : core::decode_utf8(text)) {
    UErrorCode st = U_ZERO_ERROR;
    if (uscript_getScript(static_cast<UChar32>(c), &st) == USCRIPT_HAN) return true;
  }
  return false;
}

bool TextFolder::has_translit(std::string_view text) {
  for (char32_t c : core::decode_utf8(text)) {
    if (translit_of(c)) return true;
  }
  return false;
}

// NFKC + case folding, then accents removed (NFD without marks), then remaining Latin letters
// such as "ø" or "ł" to ASCII; only letters and digits survive.
FoldedChar TextFolder::fold_code_point(char32_t c) const {
  FoldedChar out;
  UErrorCode st = U_ZERO_ERROR;
  out.han = uscript_getScript(static_cast<UChar32>(c), &st) == USCRIPT_HAN;
  const icu::UnicodeString folded =
      impl_->nfkc_cf->normalize(icu::UnicodeString(static_cast<UChar32>(c)), st);
  const icu::UnicodeString decomposed = impl_->nfd->normalize(folded, st);
  icu::UnicodeString bare;
  bool non_ascii = false;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 cp = decomposed.char32At(i);
    const auto type = u_charType(cp);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK) continue;
    bare.append(cp);
    non_ascii = non_ascii || cp >= 0x80;
  }
  if (non_ascii && !out.han && impl_->latin_ascii) {
    std::lock_guard lock(impl_->translit_mutex);
    impl_->latin_ascii->transliterate(bare);
  }
  for (int32_t i = 0; i < bare.length(); i = bare.moveIndex32(i, 1)) {
    const UChar32 cp = u_foldCase(bare.char32At(i), U_FOLD_CASE_DEFAULT);
    if (u_isalnum(cp)) core::append_utf8(out.text, static_cast<char32_t>(cp));
  }
  return out;
}

// ICU's Han-Latin reads a run per character; transliterating the run at once lets it use its few
// multi-character readings, and the per-character path is the fallback when syllables do not line up.
std::vector<std::string> TextFolder::pinyin_of_run(const std::u32string& run) const {
  std::vector<std::string> out;
  if (!impl_->han_latin) {
    for (char32_t c : run) out.push_back(fold_code_point(c).text);
    return out;
  }
  std::lock_guard lock(impl_->translit_mutex);
  icu::UnicodeString whole;
  for (char32_t c : run) whole.append(static_cast<UChar32>(c));
  impl_->han_latin->transliterate(whole);
  std::string token;
  for (char ch : to_utf8(whole) + " ") {
    if (ch != ' ') {
      token += ch;
    } else if (!token.empty()) {
      out.push_back(clean_syllable(icu::UnicodeString::fromUTF8(token)));
      token.clear();
    }
  }
  if (out.size() == run.size()) return out;
  out.clear();
  for (char32_t c : run) {
    icu::UnicodeString one(static_cast<UChar32>(c));
    impl_->han_latin->transliterate(one);
    std::string syllable = clean_syllable(one);
    if (syllable.empty()) core::append_utf8(syllable, c);
    out.push_back(std::move(syllable));
  }
  return out;
}

FoldedKey TextFolder::fold(std::string_view text, FoldMode mode, bool with_sources) {
  auto fold_cp = [this](char32_t c) -> const FoldedChar& {
    if (const FoldedChar* a = ascii_fold(c)) return *a;
    auto it = fold_cache_.find(c);
    if (it == fold_cache_.end()) it = fold_cache_.emplace(c, fold_code_point(c)).first;
    return it->second;
  };
  auto pinyin = [this](const std::u32string& run) -> const std::vector<std::string>& {
    auto it = pinyin_cache_.find(run);
    if (it == pinyin_cache_.end()) it = pinyin_cache_.emplace(run, pinyin_of_run(run)).first;
    return it->second;
  };
  return fold_with(text, mode, with_sources, fold_cp, pinyin);
}

FoldedKey TextFolder::fold_const(std::string_view text, FoldMode mode, bool with_sources) const {
  FoldedChar scratch;
  std::vector<std::string> scratch_pinyin;
  auto fold_cp = [&](char32_t c) -> const FoldedChar& {
    if (const FoldedChar* a = ascii_fold(c)) return *a;
    if (auto it = fold_cache_.find(c); it != fold_cache_.end()) return it->second;
    scratch = fold_code_point(c);
    return scratch;
  };
  auto pinyin = [&](const std::u32string& run) -> const std::vector<std::string>& {
    if (auto it = pinyin_cache_.find(run); it != pinyin_cache_.end()) return it->second;
    scratch_pinyin = pinyin_of_run(run);
    return scratch_pinyin;
  };
  return fold_with(text, mode, with_sources, fold_cp, pinyin);
}

}  // namespace marquee::content::search
