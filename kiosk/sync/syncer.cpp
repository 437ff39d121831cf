#include "sync/syncer.hpp"

#include "core/time_zone.hpp"

namespace marquee::sync {
namespace {

// Publisher and kiosk clocks differ by seconds; only a clock this far behind is "obviously wrong".
constexpr auto kClockTolerance = std::chrono::minutes(5);

CycleResult failed(std::string reason, CycleResult r = {}) {
  r.outcome = Outcome::Failed;
  r.reason = std::move(reason);
  r.content = nullptr;
  return r;
}

}  // namespace

struct Syncer::Fetched {
  bool not_modified = false;
  std::string text;
  std::string signature;
  HttpValidators validators;
  std::uint64_t bytes = 0;
};

struct Syncer::Candidate {
  Fetched fetched;
  Manifest manifest;
};

Syncer::Syncer(SyncConfig config, PublicKey key, const core::Clock& clock, const StartupContent& startup)
    : config_(std::move(config)),
      key_(key),
      clock_(clock),
      cache_(config_.cache_dir),
      held_back_(startup.held_back_version) {
  status_.running = startup.description;
  if (startup.generation) {
    const auto& g = *startup.generation;
    running_ = {g.dir, g.manifest.version, g.manifest.created, g.validators, g.manifest.expires};
    newest_created_ = g.manifest.created;
  }
  status_.current_version = running_.version;
  status_.current_created = running_.created;
  status_.current_expires = running_.expires;
  restore_staged();
}

// A bundle staged before a restart is still staged: re-verify it and keep waiting for activate_at.
void Syncer::restore_staged() {
  const auto dir = cache_.pointer("staged");
  if (!dir) return;
  auto gen = verify_generation(*dir, &key_);
  if (!gen || gen->manifest.version <= running_.version || !gen->manifest.activate_at) {
    (void)cache_.clear_pointer("staged");
    return;
  }
  newest_created_ = std::max(newest_created_, gen->manifest.created);
  status_.staged_version = gen->manifest.version;
  status_.staged_activate_at = gen->manifest.activate_at;
  staged_ = std::move(*gen);
}

std::string Syncer::url(std::string_view path) const {
  std::string base = config_.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/" + std::string(path);
}

// The wall clock, unless it is obviously behind a signed `created` we have seen: then that instant
// is the best lower bound of the true time, and the status says the clock is wrong.
core::WallTime Syncer::trusted_now() {
  const auto now = clock_.wall_now();
  if (now + kClockTolerance < newest_created_) {
    status_.clock_warning = "clock is wrong: it reads " + core::format_iso8601_utc(now) +
                            ", earlier than bundle creation at " + core::format_iso8601_utc(newest_created_);
    return newest_created_;
  }
  status_.clock_warning.clear();
  return now;
}

std::optional<core::WallTime> Syncer::staged_activate_at() const {
  return staged_ ? staged_->manifest.activate_at : std::nullopt;
}

std::optional<CycleResult> Syncer::activate_if_due() {
  if (!staged_ || !staged_->manifest.activate_at || *staged_->manifest.activate_at > trusted_now()) {
    return std::nullopt;
  }
  VerifiedGeneration gen = std::move(*staged_);
  staged_.reset();
  CycleResult r = make_current(std::move(gen), Outcome::Activated, {});
  record(r);
  return r;
}

CycleResult Syncer::run_once(std::stop_token stop) {
  CycleResult r = cycle(std::move(stop));
  record(r);
  return r;
}

void Syncer::record(const CycleResult& r) {
  status_.last_attempt = clock_.wall_now();
  status_.last_outcome = r.outcome;
  status_.last_reason = r.reason;
  status_.last_bytes = r.bytes;
  status_.total_bytes += r.bytes;
  if (r.outcome == Outcome::Failed) {
    ++status_.consecutive_failures;
  } else {
    status_.consecutive_failures = 0;
    status_.last_success = status_.last_attempt;
  }
  status_.current_version = running_.version;
  status_.current_created = running_.created;
  status_.current_expires = running_.expires;
  status_.staged_version = staged_ ? std::optional(staged_->manifest.version) : std::nullopt;
  status_.staged_activate_at = staged_activate_at();
}

core::Result<Syncer::Fetched> Syncer::fetch_manifest(std::stop_token stop) {
  Fetched f;
  const HttpValidators& v = staged_ ? staged_->validators : running_.validators;
  HttpRequest req{url("manifest.json"), "manifest.json", config_.max_manifest_bytes, v.etag, v.last_modified};
  auto got = http_get_string(req, config_.http, stop);
  if (!got) return got.error();
  f.bytes = got->response.wire_bytes;
  if (got->response.status == 304) {
    f.not_modified = true;
    return f;
  }
  if (got->response.status != 200) {
    return core::make_error("HTTP " + std::to_string(got->response.status) + " for manifest.json");
  }
  f.text = std::move(got->body);
  f.validators = {got->response.etag, got->response.last_modified};
  HttpRequest sig_req{url("manifest.sig"), "manifest.sig", 4096, "", ""};
  auto sig = http_get_string(sig_req, config_.http, stop);
  if (!sig) return sig.error();
  f.bytes += sig->response.wire_bytes;
  if (sig->response.status != 200) {
    return core::make_error("HTTP " + std::to_string(sig->response.status) + " for manifest.sig");
  }
  f.signature = std::move(sig->body);
  return f;
}

core::Status Syncer::accept(const Candidate& c, core::WallTime now) const {
  const Manifest& m = c.manifest;
  const std::uint64_t floor = staged_ ? staged_->manifest.version : running_.version;
  if (m.version < floor) {
    return core::make_error("rollback: offered " + std::to_string(m.version) +
                            (staged_ ? ", staged " : ", running ") + std::to_string(floor));
  }
  if (held_back_ != 0 && m.version == held_back_) {
    return core::make_error("held back: version " + std::to_string(m.version) +
                            " kept the kiosk from starting; waiting for a newer version");
  }
  if (floor > 0 && config_.max_version_step > 0 && m.version - floor > config_.max_version_step) {
    return core::make_error("version jump: offered " + std::to_string(m.version) +
                            (staged_ ? ", staged " : ", running ") + std::to_string(floor) +
                            " (more than max_version_step = " + std::to_string(config_.max_version_step) +
                            " ahead)");
  }
  if (m.expires <= now) {
    return core::make_error("expired: version " + std::to_string(m.version) + " expired at " +
                            core::format_iso8601_utc(m.expires));
  }
  if (auto s = check_manifest_paths(m); !s) return s;
  if (m.total_size() > config_.max_bundle_bytes) {
    return core::make_error("bundle too large: " + std::to_string(m.total_size()) + " bytes, limit " +
                            std::to_string(config_.max_bundle_bytes));
  }
  for (const auto& f : m.files) {
    if (f.size > config_.max_file_bytes) {
      return core::make_error("file too large: " + f.path + " is " + std::to_string(f.size) +
                              " bytes, limit " + std::to_string(config_.max_file_bytes));
    }
  }
  return core::Ok{};
}

CycleResult Syncer::cycle(std::stop_token stop) {
  CycleResult out;
  if (auto s = cache_.init(); !s) return failed(s.error().message);
  auto fetched = fetch_manifest(stop);
  if (!fetched) return failed(fetched.error().message);
  out.bytes = fetched->bytes;
  out.version = running_.version;
  if (fetched->not_modified) {
    out.outcome = Outcome::Unchanged;
    out.reason = "not modified (HTTP 304)";
    return out;
  }
  // Not one byte of the manifest is parsed before its signature verifies.
  if (!verify_detached(fetched->text, fetched->signature, key_))
    return failed("signature does not verify", out);
  auto manifest = parse_manifest(fetched->text);
  if (!manifest) return failed(manifest.error().message, out);
  newest_created_ = std::max(newest_created_, manifest->created);
  Candidate c{std::move(*fetched), std::move(*manifest)};
  out.version = c.manifest.version;
  const std::uint64_t have = staged_ ? staged_->manifest.version : running_.version;
  if (c.manifest.version == have) {
    out.outcome = Outcome::Unchanged;
    out.reason =
        std::string(staged_ ? "already staged" : "already running") + " version " + std::to_string(have);
    return out;
  }
  if (auto s = accept(c, trusted_now()); !s) return failed(s.error().message, out);
  if (auto s = download_missing(c, out, stop); !s) return failed(s.error().message, out);
  return build_and_switch(c, std::move(out));
}

core::Status Syncer::download_missing(const Candidate& c, CycleResult& out, std::stop_token stop) {
  for (const auto& f : c.manifest.files) {
    if (stop.stop_requested()) return core::make_error("cancelled");
    if (cache_.has_object(f)) continue;
    if (auto s = download_object(f, out, stop); !s) return s;
    ++out.objects_downloaded;
  }
  return core::Ok{};
}

core::Status Syncer::download_object(const ManifestFile& f, CycleResult& out, std::stop_token stop) {
  ObjectWriter writer(cache_.objects_dir(), f);
  if (auto s = writer.open(); !s) return s;
  const BodySink sink = [&writer](std::string_view chunk) { return writer.write(chunk); };
  HttpRequest req{url("objects/" + f.sha256), f.path, config_.max_file_bytes, "", ""};
  auto r = http_get(req, config_.http, sink, std::move(stop));
  if (!r) return r.error();
  out.bytes += r->wire_bytes;
  if (r->status != 200) {
    return core::make_error("HTTP " + std::to_string(r->status) + " for objects/" + f.sha256 + " (" + f.path +
                            ")");
  }
  return writer.commit();
}

CycleResult Syncer::build_and_switch(const Candidate& c, CycleResult out) {
  auto dir = cache_.build_generation(c.manifest, c.fetched.text, c.fetched.signature, c.fetched.validators);
  if (!dir) return failed(dir.error().message, out);
  // Parsing happens here, on the sync thread; the UI only ever receives the result (the app builds
  // the search index for it on a worker of its own).
  auto content = load_bundle_content(*dir, c.manifest.version);
  if (!content) {
    cache_.remove_generation(*dir);
    return failed(content.error().message, out);
  }
  VerifiedGeneration gen{*dir, c.manifest, c.fetched.validators, std::move(*content)};
  if (c.manifest.activate_at && *c.manifest.activate_at > trusted_now()) {
    if (auto s = cache_.set_pointer("staged", *dir); !s) return failed(s.error().message, out);
    staged_ = std::move(gen);
    cache_.collect_garbage();
    out.outcome = Outcome::Staged;
    out.reason = "version " + std::to_string(c.manifest.version) + " staged until " +
                 core::format_iso8601_utc(*c.manifest.activate_at);
    return out;
  }
  staged_.reset();
  return make_current(std::move(gen), Outcome::Updated, std::move(out));
}

CycleResult Syncer::make_current(VerifiedGeneration gen, Outcome outcome, CycleResult out) {
  // `previous` first: a crash between the two renames leaves both naming the old generation.
  if (running_.dir) {
    if (auto s = cache_.set_pointer("previous", *running_.dir); !s) return failed(s.error().message, out);
  }
  if (auto s = cache_.set_pointer("current", gen.dir); !s) return failed(s.error().message, out);
  if (!staged_) (void)cache_.clear_pointer("staged");
  running_ = {gen.dir, gen.manifest.version, gen.manifest.created, gen.validators, gen.manifest.expires};
  status_.running = "cache generation " + std::to_string(gen.manifest.version);
  cache_.collect_garbage();
  out.outcome = outcome;
  out.version = gen.manifest.version;
  out.reason = std::string(outcome == Outcome::Activated ? "activated" : "updated to") + " version " +
               std::to_string(gen.manifest.version);
  out.content = std::move(gen.content);
  return out;
}

}  // namespace marquee::sync
