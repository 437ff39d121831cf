#include "content/exhibitor_columns.hpp"

#include <array>
#include <utility>

#include "core/utf8.hpp"

namespace marquee::content {
namespace {

bool is_cjk_punctuation(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF || c == 0x00A0;
}

struct Alias {
  std::string_view header;  // normalized
  ExhibitorColumn column;
};

// Normalized header names. English and Chinese names used by exhibition organisers' lists.
constexpr std::array kAliases = {
    Alias{"id", ExhibitorColumn::Id},
    Alias{"exhibitorid", ExhibitorColumn::Id},
    Alias{"编号", ExhibitorColumn::Id},
    Alias{"展商编号", ExhibitorColumn::Id},
    Alias{"name", ExhibitorColumn::Name},
    Alias{"company", ExhibitorColumn::Name},
    Alias{"companyname", ExhibitorColumn::Name},
    Alias{"exhibitor", ExhibitorColumn::Name},
    Alias{"exhibitorname", ExhibitorColumn::Name},
    Alias{"名称", ExhibitorColumn::Name},
    Alias{"公司", ExhibitorColumn::Name},
    Alias{"公司名称", ExhibitorColumn::Name},
    Alias{"展商名称", ExhibitorColumn::Name},
    Alias{"企业名称", ExhibitorColumn::Name},
    Alias{"nameen", ExhibitorColumn::NameEn},
    Alias{"englishname", ExhibitorColumn::NameEn},
    Alias{"companynameen", ExhibitorColumn::NameEn},
    Alias{"英文名", ExhibitorColumn::NameEn},
    Alias{"英文名称", ExhibitorColumn::NameEn},
    Alias{"名称英文", ExhibitorColumn::NameEn},
    Alias{"公司英文名称", ExhibitorColumn::NameEn},
    Alias{"namezh", ExhibitorColumn::NameZh},
    Alias{"namecn", ExhibitorColumn::NameZh},
    Alias{"chinesename", ExhibitorColumn::NameZh},
    Alias{"companynamezh", ExhibitorColumn::NameZh},
    Alias{"中文名", ExhibitorColumn::NameZh},
    Alias{"中文名称", ExhibitorColumn::NameZh},
    Alias{"名称中文", ExhibitorColumn::NameZh},
    Alias{"公司中文名称", ExhibitorColumn::NameZh},
    Alias{"booth", ExhibitorColumn::Booth},
    Alias{"boothno", ExhibitorColumn::Booth},
    Alias{"boothnumber", ExhibitorColumn::Booth},
    Alias{"stand", ExhibitorColumn::Booth},
    Alias{"standno", ExhibitorColumn::Booth},
    Alias{"展位", ExhibitorColumn::Booth},
    Alias{"展位号", ExhibitorColumn::Booth},
    Alias{"展位编号", ExhibitorColumn::Booth},
    Alias{"hall", ExhibitorColumn::Hall},
    Alias{"展馆", ExhibitorColumn::Hall},
    Alias{"展厅", ExhibitorColumn::Hall},
    Alias{"馆号", ExhibitorColumn::Hall},
    Alias{"sector", ExhibitorColumn::Sector},
    Alias{"sectors", ExhibitorColumn::Sector},
    Alias{"industry", ExhibitorColumn::Sector},
    Alias{"category", ExhibitorColumn::Sector},
    Alias{"sectoren", ExhibitorColumn::Sector},
    Alias{"行业", ExhibitorColumn::Sector},
    Alias{"领域", ExhibitorColumn::Sector},
    Alias{"类别", ExhibitorColumn::Sector},
    Alias{"行业类别", ExhibitorColumn::Sector},
    Alias{"sectorzh", ExhibitorColumn::SectorZh},
    Alias{"industryzh", ExhibitorColumn::SectorZh},
    Alias{"行业中文", ExhibitorColumn::SectorZh},
    Alias{"website", ExhibitorColumn::Website},
    Alias{"web", ExhibitorColumn::Website},
    Alias{"url", ExhibitorColumn::Website},
    Alias{"homepage", ExhibitorColumn::Website},
    Alias{"网址", ExhibitorColumn::Website},
    Alias{"网站", ExhibitorColumn::Website},
    Alias{"官网", ExhibitorColumn::Website},
    Alias{"description", ExhibitorColumn::Description},
    Alias{"about", ExhibitorColumn::Description},
    Alias{"profile", ExhibitorColumn::Description},
    Alias{"简介", ExhibitorColumn::Description},
    Alias{"介绍", ExhibitorColumn::Description},
    Alias{"描述", ExhibitorColumn::Description},
    Alias{"公司简介", ExhibitorColumn::Description},
    Alias{"descriptionen", ExhibitorColumn::DescriptionEn},
    Alias{"英文简介", ExhibitorColumn::DescriptionEn},
    Alias{"descriptionzh", ExhibitorColumn::DescriptionZh},
    Alias{"中文简介", ExhibitorColumn::DescriptionZh},
    Alias{"logo", ExhibitorColumn::Logo},
    Alias{"标志", ExhibitorColumn::Logo},
    Alias{"标识", ExhibitorColumn::Logo},
    Alias{"featured", ExhibitorColumn::Featured},
    Alias{"推荐", ExhibitorColumn::Featured},
    Alias{"重点展商", ExhibitorColumn::Featured},
};

}  // namespace

std::string normalize_header(std::string_view header) {
  std::string out;
  for (const char32_t c : core::decode_utf8(header)) {
    if (c < 0x80) {
      const char a = static_cast<char>(c);
      if (a >= 'A' && a <= 'Z')
        out += static_cast<char>(a - 'A' + 'a');
      else if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9'))
        out += a;
    } else if (!is_cjk_punctuation(c) && c != 0xFFFD) {
      core::append_utf8(out, c);
    }
  }
  return out;
}

std::optional<ExhibitorColumn> exhibitor_column(std::string_view header) {
  const std::string key = normalize_header(header);
  for (const auto& a : kAliases) {
    if (a.header == key) return a.column;
  }
  return std::nullopt;
}

const char* column_field_name(ExhibitorColumn c) {
  switch (c) {
    case ExhibitorColumn::Id: return "id";
    case ExhibitorColumn::Name: return "name";
    case ExhibitorColumn::NameEn: return "name (en)";
    case ExhibitorColumn::NameZh: return "name (zh)";
    case ExhibitorColumn::Booth: return "booth";
    case ExhibitorColumn::Hall: return "hall";
    case ExhibitorColumn::Sector: return "sector";
    case ExhibitorColumn::SectorZh: return "sector (zh)";
    case ExhibitorColumn::Website: return "website";
    case ExhibitorColumn::Description: return "description";
    case ExhibitorColumn::DescriptionEn: return "description (en)";
    case ExhibitorColumn::DescriptionZh: return "description (zh)";
    case ExhibitorColumn::Logo: return "logo";
    case ExhibitorColumn::Featured: return "featured";
  }
  return "?";
}

bool has_han(std::string_view text) {
  for (const char32_t c : core::decode_utf8(text)) {
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
        (c >= 0xF900 && c <= 0xFAFF))
      return true;
  }
  return false;
}

}  // namespace marquee::content
