#pragma once
// A picture of a show before the night: one row per fixture group, one column per slice of
// show time; each row shows the group's colour at its intensity and a white intensity trace.
// Live commands in `show simulate --command` leave marks: a held span is hatched in amber (the
// gaps between rows and every 8th diagonal), a Shift is a cyan line through every row.
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "show/fixture_frame.hpp"

namespace marquee::show {

class TimelineRecorder {
 public:
  TimelineRecorder(const Rig& rig, core::WallTime from, core::WallTime to, int columns = 1200);
  // Frames arrive in time order; columns between two frames hold the earlier frame's look.
  void add(core::WallTime t, const FixtureFrame& frame);
  const std::vector<std::string>& rows() const { return groups_; }
  // The show was held from `from` to `to` (the picture's own time axis).
  void mark_held(core::WallTime from, core::WallTime to);
  // Staff shifted the clock-time starts at `at`.
  void mark_shift(core::WallTime at);
  static constexpr std::uint8_t kHeldRgb[3] = {255, 176, 0};
  static constexpr std::uint8_t kShiftRgb[3] = {0, 200, 255};
  // Intensity (0..1) of a group's row at a column, for tests and the legend.
  float intensity_at(std::size_t row, int column) const;
  core::Status write_png(const std::filesystem::path& path) const;

 private:
  struct Sample {
    float intensity = 0, r = 0, g = 0, b = 0;
  };
  Sample sample_group(std::size_t row, const FixtureFrame& frame) const;
  void fill_until(int column);
  int column_of(core::WallTime t) const;

  std::vector<std::string> groups_;
  std::vector<std::vector<std::size_t>> members_;
  core::WallTime from_, to_;
  int columns_;
  int filled_ = 0;  // columns [0, filled_) are final
  std::vector<Sample> current_;
  std::vector<std::vector<Sample>> grid_;  // [row][column]
  std::vector<std::pair<int, int>> held_;  // column ranges [first, last)
  std::vector<int> shifts_;                // columns
};

}  // namespace marquee::show
