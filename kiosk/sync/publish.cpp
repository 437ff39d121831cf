#include "sync/publish.hpp"

#include <algorithm>

#include "content/loader.hpp"
#include "sync/fs_util.hpp"

namespace marquee::sync {
namespace {

constexpr std::size_t kMaxSourceFile = std::size_t{1} << 30;

core::Result<std::vector<std::string>> validate_source(const std::filesystem::path& source) {
  const content::LoadResult loaded = content::load_content(source);
  std::vector<std::string> errors, warnings;
  for (const auto& d : loaded.diagnostics.all()) {
    (d.severity == content::Severity::Error ? errors : warnings).push_back(content::format_diagnostic(d));
  }
  if (!loaded.content) {
    std::string message = source.string() + ": refusing to publish invalid content (" +
                          std::to_string(errors.size()) + " errors)";
    for (const auto& e : errors) message += "\n" + e;
    return core::make_error(message);
  }
  return warnings;
}

core::Result<std::uint64_t> choose_version(const PublishOptions& options) {
  std::uint64_t previous = 0;
  const auto manifest_path = options.out / "manifest.json";
  if (std::filesystem::exists(manifest_path)) {
    auto text = read_whole_file(manifest_path, std::size_t{64} << 20);
    if (!text) return text.error();
    auto m = parse_manifest(*text);
    if (!m) return core::make_error(manifest_path.string() + ": " + m.error().message);
    previous = m->version;
  }
  if (!options.version) return previous + 1;
  if (*options.version <= previous) {
    return core::make_error("version " + std::to_string(*options.version) +
                            " is not newer than the published " + std::to_string(previous));
  }
  return *options.version;
}

// Stores one file as objects/<sha256>; an object that exists already is the same bytes.
core::Result<bool> store_object(const std::filesystem::path& objects, const std::string& bytes,
                                const std::string& sha) {
  const auto target = objects / sha;
  if (std::filesystem::exists(target)) return false;
  if (auto s = write_file_durably(target, bytes); !s) return s.error();
  return true;
}

// Static servers derive ETag and Last-Modified from the mtime in whole seconds (nginx: mtime-size).
// Two manifests of equal size written within one second would look unchanged to every kiosk, so a
// new manifest's mtime is moved at least one second past the previous one's.
void ensure_newer_mtime(const std::filesystem::path& file,
                        std::optional<std::filesystem::file_time_type> previous) {
  if (!previous) return;
  std::error_code ec;
  const auto now = std::filesystem::last_write_time(file, ec);
  const auto floor = std::chrono::floor<std::chrono::seconds>(*previous) + std::chrono::seconds(1);
  if (!ec && now < floor) std::filesystem::last_write_time(file, floor, ec);
}

std::optional<std::filesystem::file_time_type> mtime_of(const std::filesystem::path& file) {
  std::error_code ec;
  const auto t = std::filesystem::last_write_time(file, ec);
  return ec ? std::nullopt : std::optional(t);
}

}  // namespace

core::Result<std::vector<std::string>> list_bundle_files(const std::filesystem::path& source) {
  std::vector<std::string> files;
  std::error_code ec;
  std::filesystem::recursive_directory_iterator it(source, ec), end;
  if (ec) return core::make_error(source.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return core::make_error(source.string() + ": " + ec.message());
    const auto name = it->path().filename().string();
    if (!name.empty() && name.front() == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file())
      files.push_back(std::filesystem::relative(it->path(), source).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

core::Result<PublishReport> publish_bundle(const PublishOptions& options, const core::Clock& clock) {
  auto warnings = validate_source(options.source);
  if (!warnings) return warnings.error();
  auto version = choose_version(options);
  if (!version) return version.error();
  auto files = list_bundle_files(options.source);
  if (!files) return files.error();

  PublishReport report;
  report.warnings = std::move(*warnings);
  Manifest& m = report.manifest;
  m.version = *version;
  m.created = clock.wall_now();
  m.expires = m.created + std::chrono::days(options.expires_in_days);
  m.activate_at = options.activate_at;
  const auto objects = options.out / "objects";
  std::filesystem::create_directories(objects);
  for (const auto& rel : *files) {
    auto bytes = read_whole_file(options.source / rel, kMaxSourceFile);
    if (!bytes) return bytes.error();
    ManifestFile f{rel, bytes->size(), sha256_hex(*bytes)};
    auto added = store_object(objects, *bytes, f.sha256);
    if (!added) return added.error();
    report.objects_added += *added ? 1 : 0;
    report.bytes_added += *added ? f.size : 0;
    m.files.push_back(std::move(f));
  }
  if (auto s = check_manifest_paths(m); !s) return s.error();
  // Manifest before signature: a kiosk that reads between the two sees a mismatch and retries.
  const std::string text = serialize_manifest(m);
  const auto previous_mtime = mtime_of(options.out / "manifest.json");
  if (auto s = write_file_durably(options.out / "manifest.json", text); !s) return s.error();
  ensure_newer_mtime(options.out / "manifest.json", previous_mtime);
  if (auto s = write_file_durably(options.out / "manifest.sig", sign_detached(text, options.secret_key));
      !s) {
    return s.error();
  }
  return report;
}

}  // namespace marquee::sync
