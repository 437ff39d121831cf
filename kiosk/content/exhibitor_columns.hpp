#pragma once
// Which exhibitor field a spreadsheet column holds, from its header: English or Chinese names,
// compared without case, spaces or punctuation ("Booth No." = "booth no" = "BOOTHNO",
// "名称（中文）" = "名称(中文)").
#include <optional>
#include <string>
#include <string_view>

namespace marquee::content {

enum class ExhibitorColumn {
  Id,
  Name,  // language decided per cell: Chinese characters make it the zh name
  NameEn,
  NameZh,
  Booth,
  Hall,
  Sector,
  SectorZh,
  Website,
  Description,  // language decided per cell, like Name
  DescriptionEn,
  DescriptionZh,
  Logo,
  Featured,
};

std::string normalize_header(std::string_view header);
std::optional<ExhibitorColumn> exhibitor_column(std::string_view header);
const char* column_field_name(ExhibitorColumn c);

// True when the text holds a CJK ideograph (a Chinese name or description).
bool has_han(std::string_view text);

}  // namespace marquee::content
