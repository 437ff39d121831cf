// Interop with a receiver we did not write: OLA's olad, started by this test with its own config
// directory, listens for Art-Net and E1.31 on 127.0.0.1; ola_recorder (OLA's client tool) reads
// back what OLA received, and it must equal what the show set.
// olad refuses to run as root, so as root it is started as `nobody` via setpriv. OLA's client
// tools only talk to the default RPC port 9010 (no option to change it), so the test skips,
// saying why, if another olad already holds that port.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "lighting/output_thread.hpp"

namespace marquee::lighting {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

bool port_in_use(std::uint16_t port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool used = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return used;
}

// Starts a command (argv, no shell) with stdout and stderr going to out_file.
pid_t spawn(const std::vector<std::string>& argv, const fs::path& out_file) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  return pid;
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Stops a child with `signal`, waiting at most 5 s before SIGKILL; returns its exit status.
int stop_child(pid_t pid, int signal) {
  ::kill(pid, signal);
  int status = 0;
  for (int i = 0; i < 50; ++i) {
    if (::waitpid(pid, &status, WNOHANG) == pid)
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::this_thread::sleep_for(100ms);
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  return -1;
}

// Runs a short command to completion (bounded: killed after 10 s), returning status and output.
std::pair<int, std::string> run(const std::vector<std::string>& argv, const fs::path& out_file) {
  const pid_t pid = spawn(argv, out_file);
  int status = 0, rc = -1;
  for (int i = 0; i < 100; ++i) {
    if (::waitpid(pid, &status, WNOHANG) == pid) {
      rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      break;
    }
    std::this_thread::sleep_for(100ms);
  }
  if (rc == -1 && ::waitpid(pid, &status, WNOHANG) == 0) stop_child(pid, SIGKILL);
  return {rc, read_text(out_file)};
}

class OlaDaemon {
 public:
  explicit OlaDaemon(const fs::path& dir) : dir_(dir) {
    fs::create_directories(dir_ / "conf");
    ::chmod(dir_.c_str(), 0777);
    ::chmod((dir_ / "conf").c_str(), 0777);
    for (const char* p : {"dummy", "espnet", "ftdidmx", "gpio", "karate", "kinet", "milinst", "opendmx",
                          "openpixelcontrol", "osc", "pathport", "renard", "sandnet", "shownet", "spi",
                          "stageprofi", "uartdmx", "usbdmx", "usbserial"})
      write(std::string("ola-") + p + ".conf", "enabled = false\n");
    write("ola-e131.conf",
          "enabled = true\nip = 127.0.0.1\ninput_ports = 2\noutput_ports = 0\nignore_preview = true\n");
    // use_loopback: OLA's Art-Net node otherwise ignores the loopback interface.
    write("ola-artnet.conf",
          "enabled = true\nip = 127.0.0.1\nuse_loopback = true\noutput_ports = 0\nnet = 0\nsubnet = 0\n");
    start();
  }
  ~OlaDaemon() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 50; ++i) {  // up to 5 s, then SIGKILL
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) return;
      std::this_thread::sleep_for(100ms);
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  const fs::path& dir() const { return dir_; }
  std::string log() const {
    std::ifstream in(dir_ / "olad.log");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

 private:
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "conf" / name) << text;
    ::chmod((dir_ / "conf" / name).c_str(), 0666);
  }
  void start() {
    const std::string conf = (dir_ / "conf").string(), log_file = (dir_ / "olad.log").string();
    pid_ = ::fork();
    if (pid_ != 0) return;
    const int fd = ::open(log_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    ::setenv("HOME", dir_.c_str(), 1);
    if (::geteuid() == 0) {
      ::execlp("setpriv", "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "olad", "-c",
               conf.c_str(), "--no-http", "-l", "3", static_cast<char*>(nullptr));
    } else {
      ::execlp("olad", "olad", "-c", conf.c_str(), "--no-http", "-l", "3", static_cast<char*>(nullptr));
    }
    ::_exit(127);
  }
  fs::path dir_;
  pid_t pid_ = -1;
};

// Device ids by name from `ola_dev_info`, e.g. {"ArtNet": 1, "E1.31": 2}.
std::map<std::string, std::string> devices(const std::string& dev_info) {
  std::map<std::string, std::string> out;
  std::istringstream in(dev_info);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("Device ", 0) != 0) continue;
    const auto colon = line.find(':');
    const std::string id = line.substr(7, colon - 7);
    if (line.find("ArtNet") != std::string::npos) out["artnet"] = id;
    if (line.find("E1.31") != std::string::npos) out["e131"] = id;
  }
  return out;
}

// The last frame ola_recorder wrote for each universe ("U v1,v2,...").
std::map<int, std::vector<int>> last_frames(const std::string& recording) {
  std::map<int, std::vector<int>> out;
  std::istringstream in(recording);
  for (std::string line; std::getline(in, line);) {
    const auto space = line.find(' ');
    // Frame lines are "universe v1,v2,..."; skip the "OLA Show" header and the delay lines.
    if (space == std::string::npos || space == 0 || line.find_first_not_of("0123456789") != space) continue;
    std::vector<int> values;
    std::istringstream v(line.substr(space + 1));
    for (std::string item; std::getline(v, item, ',');) values.push_back(std::stoi(item));
    out[std::stoi(line.substr(0, space))] = values;
  }
  return out;
}

Patch interop_patch() {
  auto p = parse_patch(R"(
[source]
name = "Marquee interop"
[timing]
artnet_bind_port = 0          # olad owns 6454 here
failsafe_hold_s = 60.0        # the show "stalls" after one frame: no failsafe fade here
[[fixtures]]
name = "art.{n}"
count = 2
type = "rgb_dimmer"
universe = 1
address = 1
[[fixtures]]
name = "sacn.{n}"
count = 3
type = "rgbw"
universe = 3
address = 10
[[outputs]]
protocol = "artnet"
destination = "127.0.0.1"
universes = [1]
universe_offset = 0           # OLA's Art-Net port patched to OLA universe 1 listens on 0:0:1
[[outputs]]
protocol = "sacn"
destination = "127.0.0.1"
universes = [3]
)",
                       "interop.toml");
  EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().message);
  return std::move(p).value();
}

std::shared_ptr<const show::FixtureFrame> show_frame() {
  using show::Attribute;
  auto f = std::make_shared<show::FixtureFrame>();
  f->fixtures.resize(5);
  f->fixtures[0].set(Attribute::Intensity, 1.0f);
  f->fixtures[0].set(Attribute::Red, 0.5f);
  f->fixtures[1].set(Attribute::Intensity, 0.25f);
  f->fixtures[1].set(Attribute::Blue, 1.0f);
  f->fixtures[2].set(Attribute::Intensity, 1.0f);
  f->fixtures[2].set(Attribute::Green, 0.2f);
  f->fixtures[4].set(Attribute::Intensity, 0.5f);
  f->fixtures[4].set(Attribute::White, 1.0f);
  return f;
}

TEST(OlaInterop, OlaReceivesTheShowsValuesOverArtNetAndSacn) {
  // scripts/setup-debian.sh installs ola, so a missing olad or a busy RPC port is a broken test
  // machine: fail loudly instead of passing without having checked anything.
  ASSERT_EQ(run({"sh", "-c", "command -v olad"}, "/dev/null").first, 0)
      << "olad not installed (Debian package ola; scripts/setup-debian.sh installs it)";
  ASSERT_FALSE(port_in_use(9010))
      << "another olad holds 127.0.0.1:9010, the only port OLA's client tools use";
  char tmpl[] = "/tmp/marquee-ola-XXXXXX";
  ASSERT_NE(::mkdtemp(tmpl), nullptr);
  const fs::path dir = tmpl;
  struct RemoveDir {  // also when an assertion returns early
    fs::path path;
    ~RemoveDir() { fs::remove_all(path); }
  } remove_dir{dir};
  {
    OlaDaemon olad(dir);
    std::map<std::string, std::string> ids;
    for (int i = 0; i < 100 && ids.size() < 2; ++i) {  // up to 10 s for olad to come up
      std::this_thread::sleep_for(100ms);
      auto [rc, text] = run({"ola_dev_info"}, dir / "dev_info.txt");
      if (rc == 0) ids = devices(text);
    }
    ASSERT_EQ(ids.size(), 2u) << olad.log();
    ASSERT_EQ(run({"ola_patch", "-d", ids["artnet"], "-p", "0", "-i", "-u", "1"}, dir / "patch1.txt").first,
              0);
    ASSERT_EQ(run({"ola_patch", "-d", ids["e131"], "-p", "0", "-i", "-u", "3"}, dir / "patch3.txt").first, 0);

    const Patch patch = interop_patch();
    auto out = OutputThread::start(patch, {"127.0.0.1", 0});
    ASSERT_TRUE(out.ok()) << out.error().message;
    (*out)->submit(show_frame());
    // ola_recorder records for 2 s while our output keeps sending (keep-alives included). Its
    // --duration does not end it while data keeps arriving, so it is stopped with SIGINT (Ctrl-C).
    const pid_t recorder =
        spawn({"ola_recorder", "-r", (dir / "show.rec").string(), "-u", "1,3"}, dir / "recorder.txt");
    std::this_thread::sleep_for(2s);
    stop_child(recorder, SIGINT);
    (*out)->stop();
    const std::string recording = read_text(dir / "show.rec");
    const auto frames = last_frames(recording);
    ASSERT_TRUE(frames.count(1)) << "OLA got no Art-Net data:\n"
                                 << recording << read_text(dir / "recorder.txt") << olad.log();
    ASSERT_TRUE(frames.count(3)) << "OLA got no sACN data:\n" << recording << olad.log();
    // Universe 1 (Art-Net): art.1 dimmer 255 red 128; art.2 dimmer 64, blue 255.
    EXPECT_EQ(frames.at(1), (std::vector<int>{255, 128, 0, 0, 64, 0, 0, 255}));
    // Universe 3 (sACN), from address 10: sacn.1 green 0.2 (rgbw, folded), sacn.2 undriven
    // (dark), sacn.3 white at half.
    std::vector<int> expected(9, 0);
    expected.insert(expected.end(), {0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 0});  // + 1 pad slot: even length
    EXPECT_EQ(frames.at(3), expected);
  }
}

}  // namespace
}  // namespace marquee::lighting
