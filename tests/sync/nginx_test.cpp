// Integration: the kiosk client against nginx (a production static server) started by the test on
// a loopback port with its own config, pid and logs in a temporary directory.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

#include "sync/startup.hpp"
#include "sync/syncer.hpp"
#include "sync_fixture.hpp"

extern char** environ;

namespace marquee::sync {
namespace {

using testing::World;
namespace fs = std::filesystem;

int free_loopback_port() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(s);
  return ntohs(addr.sin_port);
}

bool port_open(int port) {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = ::connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(s);
  return ok;
}

// The same shape as the README's production example, with every path inside `dir`.
std::string nginx_conf(const fs::path& dir, const fs::path& root, int port) {
  const std::string d = dir.string();
  return std::string(::geteuid() == 0 ? "user root;\n" : "") +
         "daemon off;\nmaster_process on;\nworker_processes 1;\n" + "pid " + d + "/nginx.pid;\nerror_log " +
         d + "/error.log;\nevents { worker_connections 64; }\nhttp {\n" + "  access_log " + d +
         "/access.log;\n  client_body_temp_path " + d + "/body;\n" + "  proxy_temp_path " + d +
         "/proxy;\n  fastcgi_temp_path " + d + "/fastcgi;\n  uwsgi_temp_path " + d +
         "/uwsgi;\n  scgi_temp_path " + d +
         "/scgi;\n  default_type application/octet-stream;\n  server {\n    listen 127.0.0.1:" +
         std::to_string(port) + ";\n    root " + root.string() + ";\n" +
         "    location = /manifest.json { add_header Cache-Control \"no-cache\"; }\n" +
         "    location = /manifest.sig { add_header Cache-Control \"no-cache\"; }\n" +
         "    location /objects/ { add_header Cache-Control \"public, max-age=31536000, immutable\"; }\n  "
         "}\n}\n";
}

class Nginx {
 public:
  Nginx(const fs::path& dir, const fs::path& root) : port_(free_loopback_port()) {
    testing::write_text(dir / "nginx.conf", nginx_conf(dir, root, port_));
    std::vector<std::string> args = {"/usr/sbin/nginx", "-p", dir.string(), "-c",
                                     (dir / "nginx.conf").string()};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    spawned_ = posix_spawn(&pid_, argv[0], nullptr, nullptr, argv.data(), environ) == 0;
    for (int i = 0; i < 500 && spawned_ && !port_open(port_); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ~Nginx() {
    if (!spawned_) return;
    ::kill(pid_, SIGQUIT);  // graceful shutdown of master and worker
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  bool up() const { return spawned_ && port_open(port_); }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

 private:
  int port_;
  pid_t pid_ = 0;
  bool spawned_ = false;
};

TEST(NginxIntegration, FirstDownloadNotModifiedAndOneChangedFile) {
  ASSERT_TRUE(fs::exists("/usr/sbin/nginx")) << "install nginx-light (scripts/setup-debian.sh)";
  World w;
  w.publish();
  const fs::path dir = w.tmp.path() / "nginx";
  fs::create_directories(dir);
  Nginx nginx(dir, w.out);
  ASSERT_TRUE(nginx.up()) << testing::read_text(dir / "error.log");

  const SyncConfig config = w.client_config(nginx.url());
  const auto startup = open_cache_at_startup(config.cache_dir, core::demo_content_dir(), &w.keys.public_key);
  Syncer syncer(config, w.keys.public_key, core::SystemClock::instance(), startup);
  const CycleResult first = syncer.run_once();
  ASSERT_EQ(first.outcome, Outcome::Updated) << first.reason;
  EXPECT_EQ(first.objects_downloaded, w.source_files);

  const CycleResult same = syncer.run_once();
  EXPECT_EQ(same.outcome, Outcome::Unchanged);
  EXPECT_EQ(same.reason, "not modified (HTTP 304)");  // nginx honoured If-None-Match

  w.change_exhibitor_name("Served By Nginx");
  w.publish();
  const CycleResult changed = syncer.run_once();
  ASSERT_EQ(changed.outcome, Outcome::Updated) << changed.reason;
  EXPECT_EQ(changed.objects_downloaded, 1u);
  EXPECT_EQ(changed.content->version, "2");
  EXPECT_NE(testing::read_text(dir / "access.log").find("\"GET /manifest.json HTTP/1.1\" 304"),
            std::string::npos);
}

}  // namespace
}  // namespace marquee::sync
