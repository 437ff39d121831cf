// A runtime failure or a crash never leaves the kiosk down: the real binary, given a fault on one
// frame, shows the fallback screen, restarts itself and runs on to its last frame.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>

#include "run_marquee.hpp"

namespace {

using ProcessRun = ::marquee::app::MarqueeRun;

ProcessRun marquee(const std::string& env, const std::string& args) { return ::marquee::app::run_marquee(args, ::marquee::app::Stderr::Keep, env); }

class Recovery : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("marquee-recovery-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string args() const {
    return "run --headless --self-restart --frames 8 --size 1280x720 --now 2027-03-26T10:40:00+08:00 --screenshot " +
           (dir_ / "last.png").string();
  }
  std::filesystem::path dir_;
};

TEST_F(Recovery, AFailedFrameShowsTheFallbackAndTheKioskRestarts) {
  const ProcessRun r = marquee("MARQUEE_FAULT=error@3", args());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("injected fault (MARQUEE_FAULT); restarting"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("restarted after a failure (1 in a row)"), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "last-fallback.png")) << "the fallback screen was not drawn";
  EXPECT_GT(std::filesystem::file_size(dir_ / "last-fallback.png"), 1000u);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "last.png")) << "the restarted kiosk did not reach its last frame";
}

TEST_F(Recovery, ACrashRestartsFromTheSignalHandler) {
  const ProcessRun r = marquee("MARQUEE_FAULT=crash@2", args());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("crashed; restarting"), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "last.png")) << r.out;
}

TEST_F(Recovery, ACrashLoopRunsOutOfRestartsAndFails) {
  // Pretend five quick restarts already happened: the next failure is left to the service manager.
  const ProcessRun r = marquee("MARQUEE_FAULT=error@2 MARQUEE_RESTARTS=5@" + std::to_string(std::time(nullptr)), args());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "last.png"));
}

TEST_F(Recovery, WithoutSelfRestartAFailureIsAnError) {
  const ProcessRun r = marquee("MARQUEE_FAULT=error@2",
                        "run --headless --frames 5 --size 1280x720 --now 2027-03-26T10:40:00+08:00");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("marquee run: injected fault"), std::string::npos) << r.out;
}

}  // namespace
