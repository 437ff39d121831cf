// One whole-file reader: its bytes exactly, a missing file, and a cap that refuses a large file
// before reading it (and a file whose size is unknown in advance while reading it).
#include "core/read_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace marquee::core {
namespace {

class ReadFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("marquee-read-file-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(ReadFileTest, ReadsEveryByteIncludingNulAndInvalidUtf8) {
  std::string bytes = "a\0b\xFF\n";
  bytes.push_back('\0');
  bytes += std::string(200000, 'x');  // more than one read chunk
  std::ofstream(dir_ / "f.bin", std::ios::binary) << bytes;
  const FileText f = read_file(dir_ / "f.bin");
  ASSERT_TRUE(f);
  EXPECT_EQ(f.text, bytes);
}

TEST_F(ReadFileTest, AMissingFileCannotBeOpened) {
  const FileText f = read_file(dir_ / "missing.json");
  EXPECT_FALSE(f);
  EXPECT_EQ(f.failure, ReadFailure::CannotOpen);
  EXPECT_EQ(describe(f.failure), "cannot open");
}

TEST_F(ReadFileTest, AFileOverTheCapIsRefusedBeforeItIsRead) {
  // A sparse 4 GiB file: reading it would take seconds and all the memory; its size says no first.
  const auto big = dir_ / "huge.lua";
  std::ofstream(big).put('x');
  std::filesystem::resize_file(big, 4ull << 30);
  const FileText f = read_file(big, 1u << 20);
  EXPECT_EQ(f.failure, ReadFailure::TooLarge);
  EXPECT_TRUE(f.text.empty());
  EXPECT_EQ(describe(f.failure, 1u << 20), "larger than 1 MiB");
}

TEST_F(ReadFileTest, AFileOfUnknownSizeIsCappedWhileReading) {
  // /proc files report size 0: only the reading can find out they are over the cap.
  EXPECT_EQ(read_file("/proc/self/maps", 16).failure, ReadFailure::TooLarge);
  const FileText whole = read_file("/proc/self/stat");
  ASSERT_TRUE(whole);
  EXPECT_NE(whole.text.find(')'), std::string::npos);
}

TEST_F(ReadFileTest, ExactlyTheCapIsAllowed) {
  std::ofstream(dir_ / "cap.txt", std::ios::binary) << std::string(100, 'c');
  EXPECT_TRUE(read_file(dir_ / "cap.txt", 100));
  EXPECT_EQ(read_file(dir_ / "cap.txt", 99).failure, ReadFailure::TooLarge);
}

}  // namespace
}  // namespace marquee::core
