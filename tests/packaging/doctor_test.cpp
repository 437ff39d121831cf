// `marquee doctor` on a machine it can be told about: configs good and bad, a content server and
// an MQTT listener on 127.0.0.1, a fake /dev tree. The clock check reads the real kernel state,
// which differs between machines, so the end-to-end runs skip it (tests/platform covers it).
#include "app/doctor.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <thread>

#include "sync/crypto.hpp"

namespace marquee::app {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class ContentServer {  // answers /manifest.json with `status`
 public:
  explicit ContentServer(int status) {
    server_.Get("/manifest.json", [status](const httplib::Request&, httplib::Response& res) {
      res.status = status;
      res.set_content("{}", "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // bind_to_any_port already listens: connections wait in the backlog until the thread accepts.
  }
  ~ContentServer() {
    server_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

class TcpListener {  // an "MQTT broker": connections complete in the backlog
 public:
  TcpListener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(fd_, 8);
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
  }
  ~TcpListener() { close(); }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

class Doctor : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("marquee-doctor-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "dev" / "dri");
    fs::create_directories(dir_ / "dev" / "input");
    std::ofstream(dir_ / "dev" / "dri" / "card0") << "";
    std::ofstream(dir_ / "dev" / "input" / "event0") << "";
    std::ofstream(dir_ / "content.pub") << sync::format_public_key(sync::generate_key_pair().public_key);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write_config(const std::string& extra) {
    const fs::path file = dir_ / "kiosk.toml";
    std::ofstream(file) << "[kiosk]\nid = \"doctor-test\"\nvenue = \"bj\"\n" << extra;
    return file;
  }
  std::string sync_table(const std::string& url) const {
    return "[sync]\nbase_url = \"" + url + "\"\npublic_key = \"" + (dir_ / "content.pub").string() +
           "\"\ncache_dir = \"" + (dir_ / "cache").string() + "\"\n";
  }
  DoctorOptions options(const fs::path& config) const {
    DoctorOptions o;
    o.config = config;
    o.dev = dir_ / "dev";
    o.skip = {"clock"};
    return o;
  }
  static const Check& find(const std::vector<Check>& checks, const std::string& name) {
    for (const auto& c : checks) {
      if (c.name == name) return c;
    }
    static const Check none{"(missing)", Verdict::Problem, "", ""};
    return none;
  }

  fs::path dir_;
};

TEST_F(Doctor, GoodMachineHasNoProblems) {
  ContentServer server(200);
  TcpListener broker;
  const auto config = write_config(sync_table(server.url()) +
                                   "[mqtt]\nbroker = \"127.0.0.1:" + std::to_string(broker.port()) + "\"\n");
  const auto checks = run_doctor(options(config));
  EXPECT_FALSE(has_problems(checks)) << format_report(checks);
  EXPECT_EQ(checks.size(), 8u);  // all but the clock
  EXPECT_THAT(find(checks, "config").detail, HasSubstr("kiosk \"doctor-test\", venue \"bj\""));
  EXPECT_THAT(find(checks, "content-server").detail, HasSubstr("answers (manifest.json, HTTP 200)"));
  EXPECT_THAT(find(checks, "mqtt").detail, HasSubstr("accepts connections"));
  EXPECT_EQ(find(checks, "display").detail, "card0");
  EXPECT_THAT(find(checks, "cache").detail, HasSubstr("empty; the first start shows the demo"));
}

TEST_F(Doctor, BadConfigNamesFileLineAndKey) {
  const auto config = write_config("[display]\nwidth = \"wide\"\n");
  const auto checks = run_doctor(options(config));
  const auto& c = find(checks, "config");
  EXPECT_EQ(c.verdict, Verdict::Problem);
  EXPECT_EQ(c.detail, "kiosk.toml:5: display.width: wrong type");
  EXPECT_THAT(c.fix, HasSubstr("edit " + config.string()));
}

TEST_F(Doctor, UnreachableServerAndBrokerMissingFontAndDevices) {
  TcpListener closed;
  const int dead_port = closed.port();
  closed.close();  // nothing listens on this port any more
  const std::string dead = "127.0.0.1:" + std::to_string(dead_port);
  auto o = options(write_config("[display]\nfont = \"/nonexistent/font.ttc\"\n" +
                                sync_table("http://" + dead) + "[mqtt]\nbroker = \"mqtt://" + dead + "\"\n"));
  fs::remove_all(dir_ / "dev" / "dri");
  fs::remove(dir_ / "dev" / "input" / "event0");
  const auto checks = run_doctor(o);
  EXPECT_TRUE(has_problems(checks));
  EXPECT_EQ(find(checks, "font").detail, "font file not found: /nonexistent/font.ttc");
  EXPECT_THAT(find(checks, "font").fix, HasSubstr("apt install fonts-noto-cjk"));
  EXPECT_EQ(find(checks, "content-server").verdict, Verdict::Problem);
  EXPECT_THAT(find(checks, "content-server").fix, HasSubstr("curl -I http://" + dead + "/manifest.json"));
  EXPECT_EQ(find(checks, "mqtt").detail, dead + ": Connection refused");
  EXPECT_EQ(find(checks, "display").detail, "no devices in " + (dir_ / "dev" / "dri").string());
  EXPECT_EQ(find(checks, "touch").detail, "no devices in " + (dir_ / "dev" / "input").string());
  const std::string report = format_report(checks);
  EXPECT_THAT(report, HasSubstr("PROBLEM mqtt           " + dead +
                                ": Connection refused\n"
                                "        fix: check that the broker runs and the firewall lets port " +
                                std::to_string(dead_port) + " through\n"));
  EXPECT_THAT(report, HasSubstr("5 problems\n"));
}

TEST_F(Doctor, ServerThatIsNotABundleDirectory) {
  ContentServer server(404);
  const auto checks = run_doctor(options(write_config(sync_table(server.url()))));
  const auto& c = find(checks, "content-server");
  EXPECT_EQ(c.detail, "HTTP 404 for " + server.url() + "/manifest.json");
  EXPECT_THAT(c.fix, HasSubstr("the directory `marquee publish` wrote"));
}

TEST_F(Doctor, UnreadableKeyAndCacheProblems) {
  fs::remove(dir_ / "content.pub");
  const auto checks = run_doctor(options(write_config(sync_table("http://127.0.0.1:9"))));
  EXPECT_EQ(find(checks, "cache").verdict, Verdict::Problem);
  EXPECT_THAT(find(checks, "cache").detail, HasSubstr("content.pub"));
}

int run_binary(const std::string& args, std::string& out) {
  const std::string cmd = std::string(MARQUEE_BINARY_DIR) + "/marquee doctor " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  std::size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_F(Doctor, CommandExitsOneOnProblemsAndZeroWithout) {
  ContentServer server(200);
  const auto good = write_config(sync_table(server.url()));
  const std::string common = " --skip clock --dev " + (dir_ / "dev").string();
  std::string out;
  EXPECT_EQ(run_binary("--config " + good.string() + common, out), 0) << out;
  EXPECT_THAT(out, HasSubstr("no problems found"));
  fs::remove(dir_ / "dev" / "input" / "event0");
  out.clear();
  EXPECT_EQ(run_binary("--config " + good.string() + common, out), 1) << out;
  EXPECT_THAT(out, HasSubstr("PROBLEM touch"));
  EXPECT_THAT(out, HasSubstr("1 problem\n"));
}

}  // namespace
}  // namespace marquee::app
