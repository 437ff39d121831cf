#include "lighting/output_thread.hpp"

#include <time.h>

#include <algorithm>
#include <thread>

namespace marquee::lighting {

core::Result<std::unique_ptr<OutputThread>> OutputThread::start(const Patch& patch,
                                                                TransportConfig transport) {
  auto udp = UdpTransport::open(transport);
  if (!udp) return core::make_error("lighting output: " + udp.error().message);
  return std::unique_ptr<OutputThread>(new OutputThread(patch, std::move(*udp)));
}

OutputThread::OutputThread(const Patch& patch, UdpTransport transport)
    : engine_(patch, std::chrono::steady_clock::now()),
      transport_(std::move(transport)),
      period_(std::chrono::nanoseconds(static_cast<long long>(1e9 / patch.timing.rate_hz))),
      artnet_port_(transport_.artnet_port()),
      thread_([this](std::stop_token stop) { run(std::move(stop)); }) {}

OutputThread::~OutputThread() {
  stop();
}

void OutputThread::stop() {
  if (!thread_.joinable()) return;
  thread_.request_stop();
  wake_.notify_all();
  thread_.join();
}

void OutputThread::submit(std::shared_ptr<const show::FixtureFrame> frame) {
  std::lock_guard lock(mutex_);
  pending_ = std::move(frame);
}

void OutputThread::set_grand_master(float level) {
  grand_master_.store(std::clamp(level, 0.0f, 1.0f));
}
void OutputThread::set_blackout(bool on) {
  blackout_.store(on);
}

void OutputThread::send_timecode(const artnet::TimeCode& tc) {
  std::lock_guard lock(mutex_);
  timecode_out_ = tc;
}

std::optional<artnet::TimeCode> OutputThread::followed_timecode() const {
  std::lock_guard lock(mutex_);
  return timecode_in_;
}

void OutputThread::set_timecode_follow(TimecodeFollowConfig config) {
  std::lock_guard lock(mutex_);
  follower_ = TimecodeFollower(config);
}

TimecodeReading OutputThread::followed_time(core::MonoTime now) const {
  std::lock_guard lock(mutex_);
  return {follower_.state(now), follower_.time_of_day(now)};
}

OutputStats OutputThread::stats() const {
  return {ticks_.load(), packets_.load(), transport_.send_errors(),
          late_.load(),  polls_.load(),   std::chrono::nanoseconds(cpu_ns_.load())};
}

constexpr std::chrono::milliseconds kTerminationPause{10};

void OutputThread::run(std::stop_token stop) {
  auto deadline = std::chrono::steady_clock::now();
  while (!stop.stop_requested()) {
    const auto now = std::chrono::steady_clock::now();
    tick(now);
    deadline += period_;
    if (deadline < now) {  // fell behind (suspended, overloaded): restart pacing, never burst
      late_.fetch_add(1);
      deadline = now + period_;
    }
    std::unique_lock lock(mutex_);
    wake_.wait_until(lock, stop, deadline, [] { return false; });
  }
  // Stream terminations, one round at a time with a pause between (a receiver drains its socket
  // buffer meanwhile): OLA and consoles release the universes at once instead of after 2.5 s.
  for (int round = 0; round < OutputEngine::kTerminationRounds; ++round) {
    if (round > 0) std::this_thread::sleep_for(kTerminationPause);
    batch_.clear();
    engine_.terminate_round(batch_);
    packets_.fetch_add(transport_.send(batch_));
  }
}

void OutputThread::tick(core::MonoTime now) {
  std::shared_ptr<const show::FixtureFrame> frame;
  std::optional<artnet::TimeCode> tc;
  {
    std::lock_guard lock(mutex_);
    frame = std::move(pending_);
    pending_.reset();
    tc = std::exchange(timecode_out_, std::nullopt);
  }
  if (frame) engine_.on_frame(std::move(frame), now);
  engine_.set_masters({grand_master_.load(), blackout_.load()});
  batch_.clear();
  transport_.receive_artnet(
      [this, now](std::span<const std::uint8_t> p, Endpoint from) { handle_artnet(p, from, now); });
  if (tc) engine_.timecode(*tc, batch_);
  engine_.tick(now, batch_);
  phase_.store(engine_.failsafe_phase());
  packets_.fetch_add(transport_.send(batch_));
  ticks_.fetch_add(1);
  timespec cpu{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
  cpu_ns_.store(static_cast<std::int64_t>(cpu.tv_sec) * 1'000'000'000 + cpu.tv_nsec);
}

void OutputThread::handle_artnet(std::span<const std::uint8_t> packet, Endpoint from, core::MonoTime now) {
  const auto op = artnet::opcode_of(packet);
  if (op == artnet::OpCode::Poll && artnet::parse_poll(packet)) {
    engine_.poll_replies(from, transport_.local_ip_towards(from), batch_);
    polls_.fetch_add(1);
  } else if (op == artnet::OpCode::TimeCode) {
    if (auto tc = artnet::parse_timecode(packet)) {
      // Read here at most one output period (23 ms at 44 Hz) after it arrived: well inside the
      // follower's drift window, and the slew smooths what varies.
      std::lock_guard lock(mutex_);
      timecode_in_ = *tc;
      follower_.on_timecode(*tc, now);
    }
  }
}

}  // namespace marquee::lighting
