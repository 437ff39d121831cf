#pragma once
// `marquee serve`: a small static HTTP server for a published bundle on a developer machine or in
// tests (cpp-httplib, plain HTTP). It sends ETag and Last-Modified and answers conditional GETs
// with 304, so it exercises the kiosk's polling the way nginx does. Production uses a real server.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/result.hpp"

namespace marquee::sync {

struct ServedRequest {
  std::string path;
  int status = 0;
  std::size_t bytes = 0;
};

class DevServer {
 public:
  explicit DevServer(std::filesystem::path root);
  ~DevServer();
  DevServer(const DevServer&) = delete;
  DevServer& operator=(const DevServer&) = delete;

  // Binds host:port (port 0 picks a free one) and returns the bound port.
  core::Result<int> bind(const std::string& host, int port);
  void run();   // serves until stop(); call after bind()
  void stop();  // from any thread
  void on_request(std::function<void(const ServedRequest&)> log);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The ETag a file is served with: size and modification time, quoted ("1234-17a9c3f2e1").
std::string file_etag(const std::filesystem::path& file);
// RFC 7231 IMF-fixdate of a file's modification time.
std::string file_last_modified(const std::filesystem::path& file);

}  // namespace marquee::sync
