#include "sync/dev_server.hpp"

#include <httplib.h>
#include <sys/stat.h>

#include <ctime>

#include "sync/fs_util.hpp"
#include "sync/manifest.hpp"

namespace marquee::sync {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxServedFile = std::size_t{1} << 30;

std::string http_date(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

bool not_modified(const httplib::Request& req, const std::string& etag, const std::string& last_modified) {
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 7232 section 6).
  if (req.has_header("If-None-Match")) return req.get_header_value("If-None-Match") == etag;
  if (req.has_header("If-Modified-Since")) return req.get_header_value("If-Modified-Since") == last_modified;
  return false;
}

}  // namespace

std::string file_etag(const fs::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return {};
  char buf[64];
  std::snprintf(buf, sizeof buf, "\"%llx-%llx%09lx\"", static_cast<unsigned long long>(st.st_size),
                static_cast<unsigned long long>(st.st_mtim.tv_sec), static_cast<long>(st.st_mtim.tv_nsec));
  return buf;
}

std::string file_last_modified(const fs::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return {};
  return http_date(st.st_mtim.tv_sec);
}

struct DevServer::Impl {
  fs::path root;
  httplib::Server server;
  std::function<void(const ServedRequest&)> log;

  void handle(const httplib::Request& req, httplib::Response& res) {
    const std::string rel = req.path.empty() ? std::string() : req.path.substr(1);
    const fs::path file = root / rel;
    if (!check_relative_path(rel) || !fs::is_regular_file(file)) {
      res.status = 404;
      res.set_content("not found\n", "text/plain");
      return;
    }
    const std::string etag = file_etag(file), last_modified = file_last_modified(file);
    res.set_header("ETag", etag);
    res.set_header("Last-Modified", last_modified);
    res.set_header("Cache-Control",
                   rel.rfind("objects/", 0) == 0 ? "public, max-age=31536000, immutable" : "no-cache");
    if (not_modified(req, etag, last_modified)) {
      res.status = 304;
      return;
    }
    auto bytes = read_whole_file(file, kMaxServedFile);
    if (!bytes) {
      res.status = 500;
      return;
    }
    res.set_content(std::move(*bytes), "application/octet-stream");
  }
};

DevServer::DevServer(fs::path root) : impl_(std::make_unique<Impl>()) {
  impl_->root = std::move(root);
  impl_->server.Get(".*",
                    [this](const httplib::Request& req, httplib::Response& res) { impl_->handle(req, res); });
  impl_->server.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    if (impl_->log) impl_->log({req.path, res.status, res.body.size()});
  });
}

DevServer::~DevServer() {
  stop();
}

core::Result<int> DevServer::bind(const std::string& host, int port) {
  const int bound =
      port == 0 ? impl_->server.bind_to_any_port(host) : (impl_->server.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) return core::make_error("cannot listen on " + host + ":" + std::to_string(port));
  return bound;
}

void DevServer::run() {
  impl_->server.listen_after_bind();
}

void DevServer::stop() {
  impl_->server.stop();
}

void DevServer::on_request(std::function<void(const ServedRequest&)> log) {
  impl_->log = std::move(log);
}

}  // namespace marquee::sync
