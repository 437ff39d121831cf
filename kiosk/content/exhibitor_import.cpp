#include "content/exhibitor_import.hpp"

#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_set>

#include "content/exhibitor_columns.hpp"
#include "content/sheet/csv_reader.hpp"
#include "content/sheet/text_encoding.hpp"
#include "content/sheet/xlsx_reader.hpp"
#include "content/slug.hpp"
#include "core/utf8.hpp"

namespace marquee::content {
namespace {

using nlohmann::json;

std::string trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // A no-break or ideographic space at either end is as invisible as a plain one.
  for (std::string_view pad : {"\u00A0", "\u3000"}) {
    while (s.substr(0, pad.size()) == pad) s.remove_prefix(pad.size());
    while (s.size() >= pad.size() && s.substr(s.size() - pad.size()) == pad) s.remove_suffix(pad.size());
  }
  return std::string(s);
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// "Robotics; AI" / "机器人、人工智能" -> the separate names.
std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string t = trim(current);
    if (!t.empty()) out.push_back(std::move(t));
    current.clear();
  };
  for (std::size_t i = 0; i < cell.size();) {
    const std::size_t n = std::max<std::size_t>(1, core::utf8_sequence_length_at(cell, i));
    const std::string_view ch = cell.substr(i, n);
    if (ch == ";" || ch == "," || ch == "\n" || ch == "\uFF1B" || ch == "\uFF0C" || ch == "\u3001")
      flush();
    else
      current.append(ch);
    i += n;
  }
  flush();
  return out;
}

// http(s) with a host; "www.example.com" is taken as https://www.example.com.
std::optional<std::string> normalize_url(const std::string& raw) {
  std::string url = raw;
  if (url.find("://") == std::string::npos) {
    if (url.find('.') == std::string::npos || url.find('@') != std::string::npos) return std::nullopt;
    url = "https://" + url;
  }
  const std::string lower = lower_ascii(url.substr(0, 8));
  std::size_t host_start = 0;
  if (lower.rfind("https://", 0) == 0)
    host_start = 8;
  else if (lower.rfind("http://", 0) == 0)
    host_start = 7;
  else
    return std::nullopt;
  std::size_t host_end = url.find_first_of("/?#", host_start);
  if (host_end == std::string::npos) host_end = url.size();
  const std::string host = url.substr(host_start, host_end - host_start);
  if (host.empty() || host.front() == '.' || host.front() == '-') return std::nullopt;
  for (unsigned char c : url) {
    if (c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == 0x7F) return std::nullopt;
  }
  for (unsigned char c : host) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '-' || c == ':' || c >= 0x80;
    if (!ok) return std::nullopt;
  }
  if (host.find('.') == std::string::npos && host.rfind("localhost", 0) != 0) return std::nullopt;
  return url;
}

std::optional<bool> parse_flag(const std::string& v) {
  const std::string l = lower_ascii(v);
  if (l.empty() || l == "no" || l == "n" || l == "false" || l == "0" || l == "否") return false;
  if (l == "yes" || l == "y" || l == "true" || l == "1" || l == "x" || l == "是" || l == "\u2713") return true;
  return std::nullopt;
}

class Importer {
 public:
  Importer(const std::string& file, const ExhibitorImportContext& context, Diagnostics& diag)
      : file_(file), context_(context), diag_(diag) {}

  json run(const Sheet& sheet, ExhibitorImport& result) {
    sectors_ = context_.existing_sectors.is_array() ? context_.existing_sectors : json::array();
    for (const auto& s : sectors_) {
      if (s.contains("id") && s["id"].is_string()) sector_ids_.insert(s["id"].get<std::string>());
    }
    json exhibitors = json::array();
    if (sheet.rows.empty()) {
      diag_.error(file_, "", "has no rows (a header row naming the columns is needed)");
    } else if (read_header(sheet.rows.front())) {
      for (std::size_t i = 1; i < sheet.rows.size(); ++i) {
        ++result.rows;
        if (auto e = read_row(sheet.rows[i])) exhibitors.push_back(std::move(*e));
      }
      if (!context_.has_map && result.rows > 0)
        diag_.warning(file_, "", "no map.json in the content directory: booths were not checked against the floor plan");
    }
    result.exhibitors = exhibitors.size();
    result.new_sectors = new_sectors_;
    return json{{"format", 1}, {"sectors", sectors_}, {"exhibitors", std::move(exhibitors)}};
  }

 private:
  std::string where(const SheetRow& row, std::size_t column) const {
    return cell_location(row.number, column, column < headers_.size() ? headers_[column] : "");
  }

  bool read_header(const SheetRow& row) {
    headers_ = row.cells;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const std::string header = trim(row.cells[c]);
      if (header.empty()) continue;
      const auto column = exhibitor_column(header);
      if (!column) {
        diag_.warning(file_, cell_location(row.number, c, header), "unknown column header; the column is ignored");
        continue;
      }
      if (columns_.count(*column)) {
        diag_.error(file_, cell_location(row.number, c, header),
                    std::string("second column for ") + column_field_name(*column) + " (the first is column " +
                        column_letters(columns_[*column]) + ")");
        continue;
      }
      columns_[*column] = c;
    }
    bool ok = true;
    if (!columns_.count(ExhibitorColumn::Name) && !columns_.count(ExhibitorColumn::NameEn) &&
        !columns_.count(ExhibitorColumn::NameZh)) {
      diag_.error(file_, "row " + std::to_string(row.number), "no name column (Name, Company, 名称, 公司名称, Name (zh), 中文名, ...)");
      ok = false;
    }
    if (!columns_.count(ExhibitorColumn::Booth)) {
      diag_.error(file_, "row " + std::to_string(row.number), "no booth column (Booth, Stand, 展位, 展位号, ...)");
      ok = false;
    }
    if (!columns_.count(ExhibitorColumn::Sector)) {
      diag_.error(file_, "row " + std::to_string(row.number), "no sector column (Sector, Industry, 行业, ...)");
      ok = false;
    }
    return ok;
  }

  std::string cell(const SheetRow& row, ExhibitorColumn c) const {
    const auto it = columns_.find(c);
    if (it == columns_.end() || it->second >= row.cells.size()) return {};
    return trim(row.cells[it->second]);
  }
  std::size_t column(ExhibitorColumn c) const { return columns_.at(c); }

  // name/description: a generic column's cell goes to zh when it has Chinese characters, else en;
  // the explicit (en)/(zh) columns win.
  json localized(const SheetRow& row, ExhibitorColumn generic, ExhibitorColumn en, ExhibitorColumn zh) const {
    json out = json::object();
    const std::string g = cell(row, generic);
    if (!g.empty()) out[has_han(g) ? "zh" : "en"] = g;
    if (const std::string e = cell(row, en); !e.empty()) out["en"] = e;
    if (const std::string z = cell(row, zh); !z.empty()) out["zh"] = z;
    return out;
  }

  std::size_t name_column() const {
    for (auto c : {ExhibitorColumn::Name, ExhibitorColumn::NameEn, ExhibitorColumn::NameZh}) {
      if (columns_.count(c)) return columns_.at(c);
    }
    return 0;
  }

  std::optional<json> read_row(const SheetRow& row) {
    const std::size_t errors_before = diag_.error_count();
    json e = json::object();
    json name = localized(row, ExhibitorColumn::Name, ExhibitorColumn::NameEn, ExhibitorColumn::NameZh);
    if (name.empty()) {
      diag_.error(file_, where(row, name_column()), "missing name");
    } else if (!name.contains("en") || !name.contains("zh")) {
      const char* missing = name.contains("en") ? "zh" : "en";
      const std::string have = name.begin().value();
      diag_.warning(file_, where(row, name_column()),
                    std::string("no ") + (missing[0] == 'e' ? "English" : "Chinese") + " name; \"" + have +
                        "\" is used for both (add a Name (" + missing + ") column)");
      name[missing] = have;
    }
    const std::string booth = cell(row, ExhibitorColumn::Booth);
    check_booth(row, booth);
    std::string id = cell(row, ExhibitorColumn::Id);
    if (!id.empty()) {
      if (!ids_.insert(id).second) diag_.error(file_, where(row, column(ExhibitorColumn::Id)), "duplicate id \"" + id + "\"");
    } else if (!name.empty()) {
      const std::string basis = name.contains("en") ? name["en"].get<std::string>() : booth;
      id = "ex-" + slugger_.unique(basis, "row-" + std::to_string(row.number), ids_);
    }
    e["id"] = id;
    e["name"] = name;
    e["sectors"] = sectors_of(row);
    e["booth"] = booth;
    json description = localized(row, ExhibitorColumn::Description, ExhibitorColumn::DescriptionEn,
                                 ExhibitorColumn::DescriptionZh);
    if (!description.empty()) e["description"] = std::move(description);
    if (const std::string website = cell(row, ExhibitorColumn::Website); !website.empty()) {
      if (auto url = normalize_url(website))
        e["website"] = *url;
      else
        diag_.error(file_, where(row, column(ExhibitorColumn::Website)), "bad URL \"" + website + "\" (needs http:// or https:// and a host)");
    }
    if (const std::string logo = cell(row, ExhibitorColumn::Logo); !logo.empty()) {
      if (logo.front() == '/' || logo.find("..") != std::string::npos || logo.find('\\') != std::string::npos)
        diag_.error(file_, where(row, column(ExhibitorColumn::Logo)),
                    "logo \"" + logo + "\" must be a path inside the content directory, like images/logos/acme.png");
      else
        e["logo"] = logo;
    }
    if (columns_.count(ExhibitorColumn::Featured)) {
      const std::string v = cell(row, ExhibitorColumn::Featured);
      if (auto flag = parse_flag(v))
        e["featured"] = *flag;
      else
        diag_.error(file_, where(row, column(ExhibitorColumn::Featured)), "featured is \"" + v + "\"; use yes/no, true/false, 1/0 or 是/否");
    }
    if (diag_.error_count() != errors_before) return std::nullopt;
    return e;
  }

  void check_booth(const SheetRow& row, const std::string& booth) {
    const std::size_t col = column(ExhibitorColumn::Booth);
    if (booth.empty()) {
      diag_.error(file_, where(row, col), "missing booth");
      return;
    }
    const auto [it, inserted] = booth_rows_.emplace(booth, row.number);
    if (!inserted) {
      diag_.error(file_, where(row, col), "duplicate booth \"" + booth + "\" (also on row " + std::to_string(it->second) + ")");
      return;
    }
    if (!context_.has_map) return;
    const auto hall_of = context_.booth_hall.find(booth);
    if (hall_of == context_.booth_hall.end()) {
      diag_.error(file_, where(row, col), "booth \"" + booth + "\" is not in map.json");
      return;
    }
    const std::string hall = cell(row, ExhibitorColumn::Hall);
    if (hall.empty()) return;
    const auto names = context_.hall_names.find(hall_of->second);
    const std::string wanted = lower_ascii(hall);
    bool match = false;
    if (names != context_.hall_names.end()) {
      for (const auto& n : names->second) match = match || n == wanted;
    }
    if (!match)
      diag_.error(file_, where(row, column(ExhibitorColumn::Hall)),
                  "booth \"" + booth + "\" is in hall \"" + hall_of->second + "\" in map.json, not \"" + hall + "\"");
  }

  // The row's sectors as ids: an existing sector matched by id or by its en/zh name (any case),
  // or a new sector named by the cell (and the Sector (zh) cell at the same position).
  json sectors_of(const SheetRow& row) {
    json ids = json::array();
    const std::vector<std::string> names = split_list(cell(row, ExhibitorColumn::Sector));
    const std::vector<std::string> zh_names = split_list(cell(row, ExhibitorColumn::SectorZh));
    if (names.empty()) {
      diag_.error(file_, where(row, column(ExhibitorColumn::Sector)), "missing sector (at least one is needed)");
      return ids;
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string zh = i < zh_names.size() ? zh_names[i] : "";
      std::string id = find_sector(names[i]);
      if (id.empty()) id = add_sector(row, names[i], zh);
      ids.push_back(id);
    }
    return ids;
  }

  std::string find_sector(const std::string& name) const {
    const std::string wanted = lower_ascii(name);
    for (const auto& s : sectors_) {
      if (s.value("id", "") == name) return name;
      if (!s.contains("name") || !s["name"].is_object()) continue;
      for (const auto& [lang, text] : s["name"].items()) {
        if (text.is_string() && lower_ascii(text.get<std::string>()) == wanted) return s.value("id", "");
      }
    }
    return {};
  }

  std::string add_sector(const SheetRow& row, const std::string& name, const std::string& zh_name) {
    json n = json::object();
    n[has_han(name) ? "zh" : "en"] = name;
    if (!zh_name.empty()) n["zh"] = zh_name;
    if (!n.contains("en") || !n.contains("zh")) {
      const std::string have = n.begin().value();
      diag_.warning(file_, where(row, column(ExhibitorColumn::Sector)),
                    "new sector \"" + have + "\" has only one language; the name is used for both (add a Sector (zh) column)");
      n[n.contains("en") ? "zh" : "en"] = have;
    }
    const std::string id = slugger_.unique(n["en"].get<std::string>(), "sector", sector_ids_);
    sectors_.push_back(json{{"id", id}, {"name", n}});
    ++new_sectors_;
    return id;
  }

  const std::string& file_;
  const ExhibitorImportContext& context_;
  Diagnostics& diag_;
  Slugger slugger_;
  std::vector<std::string> headers_;
  std::map<ExhibitorColumn, std::size_t> columns_;
  std::map<std::string, int> booth_rows_;
  std::unordered_set<std::string> ids_, sector_ids_;
  json sectors_;
  std::size_t new_sectors_ = 0;
};

bool is_zip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

std::optional<json> read_json_file(const std::filesystem::path& path, Diagnostics& diag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  json j = json::parse(text.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    diag.error(path.filename().string(), "", "is not a JSON object; run `marquee validate` on the content directory");
    return std::nullopt;
  }
  return j;
}

}  // namespace

Sheet read_spreadsheet(std::string_view bytes, const ExhibitorImportOptions& options, std::string& encoding,
                       Diagnostics& diag) {
  if (is_zip(bytes)) {
    encoding = "xlsx";
    return read_xlsx(bytes, options.file, options.limits, diag);
  }
  if (bytes.size() > options.limits.max_file_bytes) {
    diag.error(options.file, "", "larger than " + std::to_string(options.limits.max_file_bytes >> 20) + " MB; not read");
    return {};
  }
  auto text = decode_text(bytes, options.encoding);
  if (!text) {
    diag.error(options.file, "", text.error().message);
    return {};
  }
  encoding = text->encoding;
  return read_csv(text->utf8, options.file, options.limits, diag);
}

ExhibitorImport import_exhibitors(std::string_view bytes, const ExhibitorImportOptions& options,
                                  const ExhibitorImportContext& context, Diagnostics& diag) {
  ExhibitorImport result;
  const std::size_t errors_before = diag.error_count();
  const Sheet sheet = read_spreadsheet(bytes, options, result.encoding, diag);
  if (diag.error_count() != errors_before && sheet.rows.empty()) return result;
  result.exhibitors_file = Importer(options.file, context, diag).run(sheet, result);
  return result;
}

ExhibitorImportContext read_import_context(const std::filesystem::path& content_dir, Diagnostics& diag) {
  ExhibitorImportContext ctx;
  if (auto ex = read_json_file(content_dir / "exhibitors.json", diag)) {
    if (ex->contains("sectors") && (*ex)["sectors"].is_array()) ctx.existing_sectors = (*ex)["sectors"];
  }
  if (auto map = read_json_file(content_dir / "map.json", diag)) {
    ctx.has_map = true;
    for (const auto& b : map->value("booths", json::array())) {
      if (b.is_object() && b.contains("id") && b["id"].is_string())
        ctx.booth_hall[b["id"].get<std::string>()] = b.value("hall", "");
    }
    for (const auto& h : map->value("halls", json::array())) {
      if (!h.is_object() || !h.contains("id") || !h["id"].is_string()) continue;
      const std::string id = h["id"].get<std::string>();
      auto& names = ctx.hall_names[id];
      names.push_back(lower_ascii(id));
      if (h.contains("name") && h["name"].is_object()) {
        for (const auto& [lang, text] : h["name"].items()) {
          if (text.is_string()) names.push_back(lower_ascii(text.get<std::string>()));
        }
      }
    }
  }
  return ctx;
}

}  // namespace marquee::content
