// A hostile server (issue 17): a 500 with an endless chunked body and an oversized header. The
// client must stop reading early and say what happened (not "out of memory").
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <thread>

#include "sync/http_client.hpp"

namespace marquee::sync {
namespace {

using ::testing::HasSubstr;

class HostileServer {
 public:
  HostileServer() {
    server_.Get("/error", [this](const httplib::Request&, httplib::Response& res) {
      res.status = 500;
      res.set_chunked_content_provider("text/plain", [this](std::size_t, httplib::DataSink& sink) {
        const std::string chunk(64 * 1024, 'x');
        // Bounded: 256 MiB at most, far more than the client may read.
        if (sent_ >= (256u << 20) || !sink.write(chunk.data(), chunk.size())) return false;
        sent_ += chunk.size();
        return true;
      });
    });
    server_.Get("/big-header", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("X-Padding", std::string(200 * 1024, 'p'));
      res.set_content("ok", "text/plain");
    });
    server_.Get("/many-headers", [](const httplib::Request&, httplib::Response& res) {
      for (int i = 0; i < 100; ++i) res.set_header("X-Pad-" + std::to_string(i), std::string(1000, 'p'));
      res.set_content("ok", "text/plain");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 5000 && !server_.is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~HostileServer() {
    server_.stop();
    thread_.join();
  }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  std::uint64_t sent() const { return sent_; }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<std::uint64_t> sent_{0};
};

core::Result<HttpBody> get(const std::string& url, std::uint64_t max_bytes = 1u << 20) {
  HttpRequest r;
  r.url = url;
  r.label = "manifest.json";
  r.max_bytes = max_bytes;
  return http_get_string(r, HttpLimits{});
}

TEST(HttpLimits, AnErrorBodyIsReadOnlyUpToItsCap) {
  HostileServer server;
  const auto r = get(server.url("/error"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "HTTP 500: manifest.json (error body over 65536 bytes, not read)");
  EXPECT_LT(server.sent(), 64u << 20);  // the server was cut off long before its 256 MiB
}

TEST(HttpLimits, AnOversizedHeaderIsReportedAsSuch) {
  HostileServer server;
  for (const char* path : {"/big-header", "/many-headers"}) {
    const auto r = get(server.url(path));
    ASSERT_FALSE(r.ok()) << path;
    EXPECT_THAT(r.error().message, HasSubstr("response header too large: manifest.json")) << path;
    EXPECT_THAT(r.error().message, ::testing::Not(HasSubstr("ut of memory"))) << path;
  }
}

}  // namespace
}  // namespace marquee::sync
