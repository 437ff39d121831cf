#include "show/timeline.hpp"

#include <algorithm>
#include <cstdint>

namespace marquee::show {
namespace detail {
bool write_rgb_png(const std::string& path, int width, int height, const unsigned char* rgb);
}
namespace {

constexpr int kRowHeight = 40;
constexpr int kGap = 4;

std::uint8_t to_byte(float v) {
  return static_cast<std::uint8_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f);
}

}  // namespace

TimelineRecorder::TimelineRecorder(const Rig& rig, core::WallTime from, core::WallTime to, int columns)
    : groups_(rig.groups()), from_(from), to_(to), columns_(std::max(1, columns)) {
  for (const auto& g : groups_) members_.push_back(rig.select(g));
  current_.resize(groups_.size());
  grid_.assign(groups_.size(), std::vector<Sample>(static_cast<std::size_t>(columns_)));
}

TimelineRecorder::Sample TimelineRecorder::sample_group(std::size_t row, const FixtureFrame& frame) const {
  Sample s;
  int coloured = 0;
  for (std::size_t f : members_[row]) {
    if (f >= frame.fixtures.size()) continue;
    const FixtureValues& v = frame.fixtures[f];
    s.intensity += v.get(Attribute::Intensity);
    if (v.is_set(Attribute::Red) || v.is_set(Attribute::Green) || v.is_set(Attribute::Blue)) {
      s.r += v.get(Attribute::Red);
      s.g += v.get(Attribute::Green);
      s.b += v.get(Attribute::Blue);
      ++coloured;
    }
  }
  const auto n = static_cast<float>(std::max<std::size_t>(1, members_[row].size()));
  s.intensity /= n;
  if (coloured == 0) {
    s.r = s.g = s.b = 1.0f;  // dimmers and unset colour read as white light
  } else {
    s.r /= static_cast<float>(coloured);
    s.g /= static_cast<float>(coloured);
    s.b /= static_cast<float>(coloured);
  }
  return s;
}

void TimelineRecorder::fill_until(int column) {
  for (; filled_ < std::min(column, columns_); ++filled_) {
    for (std::size_t row = 0; row < groups_.size(); ++row)
      grid_[row][static_cast<std::size_t>(filled_)] = current_[row];
  }
}

void TimelineRecorder::add(core::WallTime t, const FixtureFrame& frame) {
  const double span = static_cast<double>((to_ - from_).count());
  if (span <= 0) return;
  const double pos = static_cast<double>((t - from_).count()) / span * columns_;
  fill_until(static_cast<int>(pos));
  for (std::size_t row = 0; row < groups_.size(); ++row) current_[row] = sample_group(row, frame);
  if (filled_ < columns_ && pos >= filled_) {
    for (std::size_t row = 0; row < groups_.size(); ++row)
      grid_[row][static_cast<std::size_t>(filled_)] = current_[row];
  }
}

int TimelineRecorder::column_of(core::WallTime t) const {
  const double span = static_cast<double>((to_ - from_).count());
  if (span <= 0) return 0;
  const double pos = static_cast<double>((t - from_).count()) / span * columns_;
  return std::clamp(static_cast<int>(pos), 0, columns_);
}

void TimelineRecorder::mark_held(core::WallTime from, core::WallTime to) {
  held_.emplace_back(column_of(from), std::max(column_of(from) + 1, column_of(to)));
}

void TimelineRecorder::mark_shift(core::WallTime at) {
  shifts_.push_back(std::min(column_of(at), columns_ - 1));
}

float TimelineRecorder::intensity_at(std::size_t row, int column) const {
  return grid_.at(row).at(static_cast<std::size_t>(column)).intensity;
}

core::Status TimelineRecorder::write_png(const std::filesystem::path& path) const {
  const int rows = static_cast<int>(std::max<std::size_t>(1, groups_.size()));
  const int height = rows * (kRowHeight + kGap);
  std::vector<std::uint8_t> px(static_cast<std::size_t>(columns_ * height * 3), 24);
  // Columns after the last frame keep the last look.
  std::vector<std::vector<Sample>> grid = grid_;
  for (std::size_t row = 0; row < groups_.size(); ++row) {
    for (int c = filled_; c < columns_; ++c) grid[row][static_cast<std::size_t>(c)] = current_[row];
  }
  for (std::size_t row = 0; row < groups_.size(); ++row) {
    const int top = static_cast<int>(row) * (kRowHeight + kGap);
    for (int c = 0; c < columns_; ++c) {
      const Sample& s = grid[row][static_cast<std::size_t>(c)];
      const int trace = top + kRowHeight - 1 - static_cast<int>(s.intensity * (kRowHeight - 1));
      for (int y = top; y < top + kRowHeight; ++y) {
        std::uint8_t* p = &px[static_cast<std::size_t>((y * columns_ + c) * 3)];
        const bool on_trace = y == trace;
        p[0] = on_trace ? 255 : to_byte(s.r * s.intensity);
        p[1] = on_trace ? 255 : to_byte(s.g * s.intensity);
        p[2] = on_trace ? 255 : to_byte(s.b * s.intensity);
      }
    }
  }
  const auto paint = [&](int x, int y, const std::uint8_t* rgb) {
    std::uint8_t* p = &px[static_cast<std::size_t>((y * columns_ + x) * 3)];
    p[0] = rgb[0];
    p[1] = rgb[1];
    p[2] = rgb[2];
  };
  // Held: the look stood still. Amber in the gaps between rows and a diagonal hatch over them,
  // so the held look underneath stays readable.
  for (const auto& [first, last] : held_) {
    for (int c = first; c < std::min(last, columns_); ++c) {
      for (int y = 0; y < height; ++y) {
        const bool gap = y % (kRowHeight + kGap) >= kRowHeight;
        if (gap || (c + y) % 8 == 0) paint(c, y, kHeldRgb);
      }
    }
  }
  for (int c : shifts_) {
    for (int x = std::max(0, c - 1); x <= std::min(columns_ - 1, c + 1); ++x)
      for (int y = 0; y < height; ++y) paint(x, y, kShiftRgb);
  }
  const std::string file = path.string();
  if (!detail::write_rgb_png(file, columns_, height, px.data())) {
    return core::make_error(file + ": cannot write PNG");
  }
  return core::Ok{};
}

}  // namespace marquee::show
