// The journal fields one log record becomes under systemd.
#include "platform/journal_log.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

namespace marquee::platform {
namespace {

using ::testing::Contains;

TEST(JournalFields, CarryComponentKioskAndSyslogPriority) {
  const spdlog::details::log_msg msg("sync", spdlog::level::warn, "sync failed: HTTP 404 for manifest.json");
  const auto f = journal_fields(msg, "bj-hall-a-entrance");
  EXPECT_THAT(f, Contains("MESSAGE=sync failed: HTTP 404 for manifest.json"));
  EXPECT_THAT(f, Contains("PRIORITY=4"));
  EXPECT_THAT(f, Contains("SYSLOG_IDENTIFIER=marquee"));
  EXPECT_THAT(f, Contains("MARQUEE_COMPONENT=sync"));
  EXPECT_THAT(f, Contains("MARQUEE_KIOSK_ID=bj-hall-a-entrance"));
}

TEST(JournalFields, LevelsMapToSyslogPriorities) {
  const auto priority = [](spdlog::level::level_enum level) {
    return journal_fields(spdlog::details::log_msg("app", level, "x"), "")[1];
  };
  EXPECT_EQ(priority(spdlog::level::critical), "PRIORITY=2");
  EXPECT_EQ(priority(spdlog::level::err), "PRIORITY=3");
  EXPECT_EQ(priority(spdlog::level::info), "PRIORITY=6");
  EXPECT_EQ(priority(spdlog::level::debug), "PRIORITY=7");
}

TEST(JournalFields, NoKioskIdFieldBeforeItIsKnown) {
  const auto f =
      journal_fields(spdlog::details::log_msg("app", spdlog::level::info, "display: 1920x1080"), "");
  for (const auto& field : f) EXPECT_EQ(field.rfind("MARQUEE_KIOSK_ID=", 0), std::string::npos) << field;
}

TEST(JournalStream, StderrIsTheJournalOnlyWhenJournalStreamNamesIt) {
  ::unsetenv("JOURNAL_STREAM");
  EXPECT_FALSE(stderr_is_journal());
  struct stat st {};
  ASSERT_EQ(::fstat(2, &st), 0);
  const std::string mine = std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
  ::setenv("JOURNAL_STREAM", mine.c_str(), 1);
  EXPECT_TRUE(stderr_is_journal());
  ::setenv("JOURNAL_STREAM", (std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino + 1)).c_str(), 1);
  EXPECT_FALSE(stderr_is_journal());  // a child that inherited the variable but not the stream
  ::unsetenv("JOURNAL_STREAM");
}

}  // namespace
}  // namespace marquee::platform
