#pragma once
// A picture of a show before the night: one row per fixture group, one column per slice of
// show time; each row shows the group's colour at its intensity and a white intensity trace.
#include <filesystem>
#include <string>
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
  // Intensity (0..1) of a group's row at a column, for tests and the legend.
  float intensity_at(std::size_t row, int column) const;
  core::Status write_png(const std::filesystem::path& path) const;

 private:
  struct Sample {
    float intensity = 0, r = 0, g = 0, b = 0;
  };
  Sample sample_group(std::size_t row, const FixtureFrame& frame) const;
  void fill_until(int column);

  std::vector<std::string> groups_;
  std::vector<std::vector<std::size_t>> members_;
  core::WallTime from_, to_;
  int columns_;
  int filled_ = 0;  // columns [0, filled_) are final
  std::vector<Sample> current_;
  std::vector<std::vector<Sample>> grid_;  // [row][column]
};

}  // namespace marquee::show
