#pragma once
// A real HTTP server (cpp-httplib) on 127.0.0.1 inside the test process that serves a bundle folder
// with ETag / Last-Modified / 304 like a static server, and injects one fault on request.
#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>

#include "sync/dev_server.hpp"
#include "sync/fs_util.hpp"

namespace marquee::sync::testing {

enum class Fault {
  None,
  NotFound,     // 404
  ServerError,  // 500
  Hang,         // no response until after the client's deadline
  SlowDrip,     // one byte every 100 ms
  Reset,        // half the body, then a TCP RST
  Truncate,     // Content-Length of the whole file, half the body, then close
  ExtraBytes,   // the file plus 100 bytes (longer than the manifest says)
  ShortBody,    // a complete response of the first half only (shorter than the manifest says)
  CorruptByte,  // same length, one byte flipped (hash mismatch)
};

class FaultServer {
 public:
  explicit FaultServer(std::filesystem::path root) : root_(std::move(root)) {
    server_.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); });
    server_.set_keep_alive_max_count(1);
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // stop() before the accept loop runs would be lost, so wait for it (bounded: 5 s).
    for (int i = 0; i < 5000 && !server_.is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FaultServer() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    server_.stop();
    thread_.join();
  }

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  // Applies `fault` to requests whose path starts with `prefix` ("/manifest.json", "/objects/", "/").
  void set_fault(Fault fault, std::string prefix = "/") {
    std::lock_guard lock(mutex_);
    fault_ = fault;
    prefix_ = std::move(prefix);
  }
  int not_modified_count() const { return not_modified_; }
  int request_count() const { return requests_; }

 private:
  void handle(const httplib::Request& req, httplib::Response& res);
  void serve_faulty(Fault fault, const httplib::Request& req, std::string body, httplib::Response& res);
  void wait_for(std::chrono::milliseconds d) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, d, [this] { return stopping_; });
  }
  bool stopping() {
    std::lock_guard lock(mutex_);
    return stopping_;
  }
  // Finds this connection's socket by its peer port and aborts it with a TCP RST.
  static void reset_connection(const httplib::Request& req);

  std::filesystem::path root_;
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  Fault fault_ = Fault::None;
  std::string prefix_ = "/";
  std::atomic<int> not_modified_{0}, requests_{0};
};

inline void FaultServer::reset_connection(const httplib::Request& req) {
  for (int fd = 3; fd < 1024; ++fd) {
    sockaddr_storage peer{};
    socklen_t len = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &len) != 0 || peer.ss_family != AF_INET)
      continue;
    const auto* in = reinterpret_cast<const sockaddr_in*>(&peer);
    if (ntohs(in->sin_port) != req.remote_port) continue;
    linger lin{1, 0};  // closing now sends RST instead of FIN
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
    // dup2 closes the connection (-> RST) and leaves httplib a harmless unconnected socket to close.
    const int spare = ::socket(AF_INET, SOCK_STREAM, 0);
    ::dup2(spare, fd);
    ::close(spare);
    return;
  }
}

inline void FaultServer::handle(const httplib::Request& req, httplib::Response& res) {
  ++requests_;
  Fault fault;
  {
    std::lock_guard lock(mutex_);
    fault = req.path.rfind(prefix_, 0) == 0 ? fault_ : Fault::None;
  }
  const auto file = root_ / req.path.substr(1);
  if (fault == Fault::NotFound || !std::filesystem::is_regular_file(file)) {
    res.status = 404;
    return;
  }
  if (fault == Fault::ServerError) {
    res.status = 500;
    return;
  }
  const std::string etag = file_etag(file), last_modified = file_last_modified(file);
  res.set_header("ETag", etag);
  res.set_header("Last-Modified", last_modified);
  if (fault == Fault::None &&
      (req.get_header_value("If-None-Match") == etag ||
       (!req.has_header("If-None-Match") && req.get_header_value("If-Modified-Since") == last_modified))) {
    ++not_modified_;
    res.status = 304;
    return;
  }
  serve_faulty(fault, req, read_whole_file(file, std::size_t{1} << 30).value(), res);
}

inline void FaultServer::serve_faulty(Fault fault, const httplib::Request& req, std::string body,
                                      httplib::Response& res) {
  auto shared = std::make_shared<std::string>(std::move(body));
  const std::size_t half = shared->size() / 2;
  switch (fault) {
    case Fault::Hang:
      wait_for(std::chrono::milliseconds(4000));
      break;
    case Fault::SlowDrip:
      res.set_content_provider(shared->size(), "application/octet-stream",
                               [this, shared](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                 wait_for(std::chrono::milliseconds(100));
                                 return !stopping() && sink.write(shared->data() + offset, 1);
                               });
      return;
    case Fault::Reset:
    case Fault::Truncate:
      res.set_content_provider(
          shared->size(), "application/octet-stream",
          [shared, half, fault, req_copy = req](std::size_t offset, std::size_t, httplib::DataSink& sink) {
            if (offset < half) return sink.write(shared->data() + offset, half - offset);
            if (fault == Fault::Reset) reset_connection(req_copy);
            return false;  // abort: the connection closes after half the body
          });
      return;
    case Fault::ExtraBytes:
      shared->append(100, 'x');
      break;
    case Fault::ShortBody:
      shared->resize(half);
      break;
    case Fault::CorruptByte:
      (*shared)[half] = static_cast<char>((*shared)[half] ^ 0x20);
      break;
    default:
      break;
  }
  res.set_content(*shared, "application/octet-stream");
}

}  // namespace marquee::sync::testing
