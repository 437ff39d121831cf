#include "sync/manifest.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "core/quote.hpp"
#include "core/time_zone.hpp"
#include "sync/crypto.hpp"

namespace marquee::sync {
namespace {

using Json = nlohmann::json;

core::Error bad(const std::string& what) {
  return core::make_error("malformed manifest: " + what);
}

core::Result<core::WallTime> time_field(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return bad(std::string("/") + key + ": expected an ISO 8601 string");
  auto t = core::parse_iso8601(it->get<std::string>());
  if (!t) return bad(std::string("/") + key + ": " + t.error().message);
  return *t;
}

core::Result<ManifestFile> parse_file_entry(const Json& j, std::size_t index) {
  const std::string where = "/files/" + std::to_string(index);
  if (!j.is_object()) return bad(where + ": expected an object");
  auto path = j.find("path");
  auto size = j.find("size");
  auto sha = j.find("sha256");
  if (path == j.end() || !path->is_string()) return bad(where + "/path: expected a string");
  if (size == j.end() || !size->is_number_unsigned())
    return bad(where + "/size: expected a non-negative integer");
  if (sha == j.end() || !sha->is_string() || !is_sha256_hex(sha->get<std::string>())) {
    return bad(where + "/sha256: expected 64 lowercase hex digits");
  }
  return ManifestFile{path->get<std::string>(), size->get<std::uint64_t>(), sha->get<std::string>()};
}

core::Status parse_header(const Json& j, Manifest& m) {
  auto format = j.find("format");
  if (format == j.end() || !format->is_number_integer()) return bad("/format: expected an integer");
  m.format = format->get<int>();
  if (m.format != kManifestFormat)
    return core::make_error("unknown manifest format " + std::to_string(m.format));
  auto version = j.find("version");
  if (version == j.end() || !version->is_number_unsigned())
    return bad("/version: expected a positive integer");
  m.version = version->get<std::uint64_t>();
  if (m.version == 0) return bad("/version: must be at least 1");
  // 2^53: still exact in every JSON reader, and far from the end of the counter.
  if (m.version > (std::uint64_t{1} << 53)) return bad("/version: above 2^53 (9007199254740992)");
  return core::Ok{};
}

core::Status parse_times(const Json& j, Manifest& m) {
  auto created = time_field(j, "created");
  if (!created) return created.error();
  auto expires = time_field(j, "expires");
  if (!expires) return expires.error();
  m.created = *created;
  m.expires = *expires;
  if (j.contains("activate_at") && !j["activate_at"].is_null()) {
    auto at = time_field(j, "activate_at");
    if (!at) return at.error();
    m.activate_at = *at;
  }
  return core::Ok{};
}

}  // namespace

std::uint64_t Manifest::total_size() const {
  std::uint64_t total = 0;
  for (const auto& f : files) total += f.size;
  return total;
}

const ManifestFile* Manifest::find(std::string_view path) const {
  for (const auto& f : files) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

std::string serialize_manifest(const Manifest& m) {
  Json j = Json::object();
  j["format"] = m.format;
  j["version"] = m.version;
  j["created"] = core::format_iso8601_utc(m.created);
  j["expires"] = core::format_iso8601_utc(m.expires);
  if (m.activate_at) j["activate_at"] = core::format_iso8601_utc(*m.activate_at);
  Json files = Json::array();
  for (const auto& f : m.files) files.push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
  j["files"] = std::move(files);
  return j.dump(1) + "\n";
}

core::Result<Manifest> parse_manifest(std::string_view text) {
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::exception& e) {
    return bad(std::string("JSON syntax error: ") + e.what());
  }
  if (!j.is_object()) return bad("expected a JSON object");
  Manifest m;
  if (auto s = parse_header(j, m); !s) return s.error();
  if (auto s = parse_times(j, m); !s) return s.error();
  auto files = j.find("files");
  if (files == j.end() || !files->is_array()) return bad("/files: expected an array");
  for (std::size_t i = 0; i < files->size(); ++i) {
    auto f = parse_file_entry((*files)[i], i);
    if (!f) return f.error();
    m.files.push_back(std::move(*f));
  }
  return m;
}

core::Status check_relative_path(std::string_view path) {
  const std::string quoted = core::quote_value(std::string(path));
  if (path.empty()) return core::make_error("path traversal: empty path");
  if (path.front() == '/') return core::make_error("path traversal: absolute path " + quoted);
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) {
    return core::make_error("path traversal: bad character in " + quoted);
  }
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    const auto part = path.substr(start, end - start);
    if (part == "..") return core::make_error("path traversal: \"..\" in " + quoted);
    if (part.empty() || part == ".")
      return core::make_error("path traversal: empty or \".\" part in " + quoted);
    start = end + 1;
  }
  return core::Ok{};
}

core::Status check_manifest_paths(const Manifest& m) {
  std::set<std::string_view> seen;
  for (const auto& f : m.files) {
    if (auto s = check_relative_path(f.path); !s) return s;
    // Reserved names: the cache keeps the manifest itself next to the files.
    if (f.path == "manifest.json" || f.path == "manifest.sig" || f.path == "http.json") {
      return core::make_error("reserved path " + core::quote_value(f.path) + " in manifest");
    }
    if (!seen.insert(f.path).second)
      return core::make_error("duplicate path " + core::quote_value(f.path) + " in manifest");
  }
  return core::Ok{};
}

}  // namespace marquee::sync
