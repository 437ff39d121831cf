#pragma once
// The lighting output thread: the show hands frames to submit() (a latest-value slot; only the
// newest frame matters), and a std::jthread sends the universes at a steady rate paced by
// absolute deadlines (sleep_until the next tick, never "sleep a period" which drifts). Between
// ticks it answers ArtPoll and follows ArtTimeCode. Stopping sends three stream-terminated sACN
// packets per universe so receivers release the lights at once instead of after 2.5 s.
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "lighting/artnet_packets.hpp"
#include "lighting/output_engine.hpp"
#include "lighting/patch.hpp"
#include "lighting/timecode_follow.hpp"
#include "lighting/udp_transport.hpp"
#include "show/fixture_frame.hpp"
#include "show/show_controller.hpp"

namespace marquee::lighting {

// What the timecode follower makes of the ArtTimeCode received so far, at one instant.
struct TimecodeReading {
  FollowState state = FollowState::Waiting;
  std::optional<core::Millis> time_of_day;  // nullopt until the first packet
};

struct OutputStats {
  std::uint64_t ticks = 0;
  std::uint64_t packets_sent = 0;
  std::uint64_t send_errors = 0;
  std::uint64_t late_ticks = 0;  // ticks that started more than one period late
  std::uint64_t polls_answered = 0;
  std::chrono::nanoseconds cpu_time{0};  // the output thread's own CPU time (CLOCK_THREAD_CPUTIME_ID)
};

class OutputThread final : public show::FixtureSink, public show::LightMasters {
 public:
  // Opens the sockets (errors are returned) and starts sending.
  static core::Result<std::unique_ptr<OutputThread>> start(const Patch& patch,
                                                           TransportConfig transport = {});
  ~OutputThread() override;
  OutputThread(const OutputThread&) = delete;
  OutputThread& operator=(const OutputThread&) = delete;

  void submit(std::shared_ptr<const show::FixtureFrame> frame) override;
  // The masters apply to the next frame sent (mapping in DmxMapper: see docs/DESIGN.md).
  void set_grand_master(float level) override;
  void set_blackout(bool on) override;
  // Sent on the next tick to every Art-Net destination.
  void send_timecode(const artnet::TimeCode& tc);
  // The latest ArtTimeCode received from the network (another controller's show clock).
  std::optional<artnet::TimeCode> followed_timecode() const;
  // Every received ArtTimeCode also feeds a TimecodeFollower (stamped with the output tick that
  // read it, on the steady clock). Setting the config starts following afresh.
  void set_timecode_follow(TimecodeFollowConfig config);
  // Any thread; `now` on the steady clock.
  TimecodeReading followed_time(core::MonoTime now) const;

  // Stops the thread after sending the stream terminations; idempotent.
  void stop();
  OutputStats stats() const;
  FailsafePhase failsafe_phase() const { return phase_.load(); }
  std::uint16_t artnet_port() const { return artnet_port_; }

 private:
  OutputThread(const Patch& patch, UdpTransport transport);
  void run(std::stop_token stop);
  void tick(core::MonoTime now);
  void handle_artnet(std::span<const std::uint8_t> packet, Endpoint from, core::MonoTime now);

  OutputEngine engine_;
  UdpTransport transport_;
  PacketBatch batch_;
  std::chrono::nanoseconds period_;
  std::uint16_t artnet_port_;

  mutable std::mutex mutex_;  // guards the slots below, never held while sending
  std::shared_ptr<const show::FixtureFrame> pending_;
  std::optional<artnet::TimeCode> timecode_out_;
  std::optional<artnet::TimeCode> timecode_in_;
  TimecodeFollower follower_;
  std::condition_variable_any wake_;

  std::atomic<float> grand_master_{1.0f};
  std::atomic<bool> blackout_{false};
  std::atomic<FailsafePhase> phase_{FailsafePhase::Live};
  std::atomic<std::uint64_t> ticks_{0}, packets_{0}, late_{0}, polls_{0};
  std::atomic<std::int64_t> cpu_ns_{0};
  std::jthread thread_;  // last: starts after everything above exists
};

}  // namespace marquee::lighting
