#include "sync/follow_publish.hpp"

#include "core/read_file.hpp"
#include "sync/crypto.hpp"

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>

#include "sync/crypto.hpp"
#include "sync/fs_util.hpp"
#include "sync/manifest.hpp"

namespace marquee::sync {
namespace {

// The published manifest, if OUT has one.
std::optional<Manifest> published_manifest(const std::filesystem::path& out) {
  auto text = read_whole_file(out / "manifest.json", std::size_t{64} << 20);
  if (!text) return std::nullopt;
  auto m = parse_manifest(*text);
  if (!m) return std::nullopt;
  return std::move(*m);
}

// Whether the assembled directory holds exactly the files (paths and SHA-256) the manifest lists:
// then publishing would produce the same bundle under a new number, and nothing is published.
core::Result<bool> same_content(const std::filesystem::path& dir, const Manifest& m) {
  auto files = list_bundle_files(dir);
  if (!files) return files.error();
  if (files->size() != m.files.size()) return false;
  for (const auto& path : *files) {
    const ManifestFile* f = m.find(path);
    if (!f) return false;
    auto sha = sha256_file_hex(dir / path);
    if (!sha) return sha.error();
    if (*sha != f->sha256) return false;
  }
  return true;
}

core::Status assemble(const std::filesystem::path& source, const std::filesystem::path& staging,
                      const std::vector<StagedFile>& fetched) {
  std::error_code ec;
  std::filesystem::remove_all(staging, ec);
  std::filesystem::create_directories(staging, ec);
  if (ec) return core::make_error(staging.string() + ": " + ec.message());
  std::filesystem::copy(source, staging, std::filesystem::copy_options::recursive, ec);
  if (ec) return core::make_error("copying " + source.string() + ": " + ec.message());
  for (const auto& f : fetched) {
    if (auto s = check_relative_path(f.path); !s) return s.error();
    std::ofstream out(staging / f.path, std::ios::binary | std::ios::trunc);
    out << f.bytes;
    if (!out.flush()) return core::make_error((staging / f.path).string() + ": cannot write");
  }
  return core::Ok{};
}

}  // namespace

Follower::Follower(FollowOptions options) : options_(std::move(options)), state_(options_.sources.size()) {
  if (options_.staging.empty()) {
    options_.staging = std::filesystem::temp_directory_path() / ("marquee-follow-" + random_suffix());
    own_staging_ = true;
  }
}

Follower::~Follower() {
  if (own_staging_) {
    std::error_code ec;
    std::filesystem::remove_all(options_.staging, ec);
  }
}

void Follower::fetch(std::size_t i, CycleOutcome& out, std::stop_token stop) {
  const FollowSource& source = options_.sources[i];
  SourceState& state = state_[i];
  if (source.is_file) {
    read_file_source(source, state, out);
    return;
  }
  HttpRequest request{source.url, source.file_name, options_.max_export_bytes, "", ""};
  if (state.last_good) {  // conditional only when there is something to fall back to
    request.if_none_match = state.etag;
    request.if_modified_since = state.last_modified;
  }
  auto got = http_get_string(request, options_.http, stop);
  const std::string kept = state.last_good ? "; keeping the last good export" : "; no good export yet";
  if (!got) {
    out.messages.push_back(source.url + ": fetch failed: " + got.error().message + kept);
    return;
  }
  const long status = got->response.status;
  if (status == 304 && state.last_good) {
    out.messages.push_back(source.url + ": 304 not modified");
    return;
  }
  if (status != 200) {
    out.messages.push_back(source.url + ": HTTP " + std::to_string(status) + kept);
    return;
  }
  auto files = source.convert(got->body);
  if (!files) {
    // The ETag of a refused export is not kept: the next cycle fetches it again, and logs again
    // until it is fixed.
    out.messages.push_back("refused: " + files.error().message + kept);
    return;
  }
  state.etag = got->response.etag;
  state.last_modified = got->response.last_modified;
  state.last_good = std::move(*files);
  out.messages.push_back(source.url + ": 200, " + std::to_string(got->body.size()) + " bytes");
}

// A local export: its SHA-256 plays the ETag's part, so an unchanged file is "unchanged" exactly
// like a 304, and a file that cannot be read keeps the last good export like a failed fetch.
void Follower::read_file_source(const FollowSource& source, SourceState& state, CycleOutcome& out) {
  const std::string kept = state.last_good ? "; keeping the last good export" : "; no good export yet";
  const core::FileText file = core::read_file(source.url, options_.max_export_bytes);
  if (!file) {
    out.messages.push_back(source.url + ": read failed: " + core::describe(file.failure, options_.max_export_bytes) +
                           kept);
    return;
  }
  const std::string hash = sha256_hex(file.text);
  if (state.last_good && hash == state.etag) {
    out.messages.push_back(source.url + ": unchanged file");
    return;
  }
  auto files = source.convert(file.text);
  if (!files) {
    out.messages.push_back("refused: " + files.error().message + kept);
    return;
  }
  state.etag = hash;
  state.last_good = std::move(*files);
  out.messages.push_back(source.url + ": read, " + std::to_string(file.text.size()) + " bytes");
}

CycleOutcome Follower::run_cycle(const core::Clock& clock, std::stop_token stop) {
  CycleOutcome out;
  std::vector<StagedFile> fetched;
  bool all_good = true;
  for (std::size_t i = 0; i < options_.sources.size(); ++i) {
    fetch(i, out, stop);
    if (!state_[i].last_good) {
      all_good = false;
      continue;
    }
    fetched.insert(fetched.end(), state_[i].last_good->begin(), state_[i].last_good->end());
  }
  const std::optional<Manifest> published = published_manifest(options_.publish.out);
  if (published) out.version = published->version;
  if (!all_good) {
    out.result = CycleResult::NoGoodExport;
    return out;
  }
  if (auto s = assemble(options_.publish.source, options_.staging, fetched); !s) {
    out.result = CycleResult::Refused;
    out.messages.push_back(s.error().message);
    return out;
  }
  if (published) {
    auto same = same_content(options_.staging, *published);
    if (same && *same) {
      out.result = CycleResult::Unchanged;
      return out;
    }
  }
  PublishOptions publish = options_.publish;
  publish.source = options_.staging;
  auto report = publish_bundle(publish, clock);
  if (!report) {
    out.result = CycleResult::Refused;
    out.messages.push_back(report.error().message);
    return out;
  }
  out.result = CycleResult::Published;
  out.version = report->manifest.version;
  return out;
}

std::string describe(const CycleOutcome& o) {
  std::string line;
  switch (o.result) {
    case CycleResult::Published:
      line = "published version " + std::to_string(o.version);
      break;
    case CycleResult::Unchanged:
      line = "unchanged (version " + std::to_string(o.version) + ")";
      break;
    case CycleResult::NoGoodExport:
      line = "not published: a source has no good export yet";
      break;
    case CycleResult::Refused:
      line = "not published (version " + std::to_string(o.version) + " stays)";
      break;
  }
  for (const auto& m : o.messages) line += "\n  " + m;
  return line;
}

int run_follow(const FollowOptions& options, const core::Clock& clock, const std::function<void(const std::string&)>& log,
               std::stop_token stop) {
  Follower follower(options);
  int published = 0;
  std::mutex mutex;
  std::condition_variable_any wake;
  for (int cycle = 1; !options.cycles || cycle <= *options.cycles; ++cycle) {
    if (stop.stop_requested()) break;
    const auto start = std::chrono::steady_clock::now();
    const CycleOutcome outcome = follower.run_cycle(clock, stop);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    if (outcome.result == CycleResult::Published) ++published;
    log("cycle " + std::to_string(cycle) + " (" + std::to_string(ms.count()) + " ms): " + describe(outcome));
    if (options.cycles && cycle == *options.cycles) break;
    std::unique_lock lock(mutex);
    wake.wait_for(lock, stop, options.every, [] { return false; });
  }
  return published;
}

}  // namespace marquee::sync
