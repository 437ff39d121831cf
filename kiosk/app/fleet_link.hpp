#pragma once
// The kiosk's side of the fleet channel, as the app composes it: starts the fleet agent from the
// [mqtt] config and queues the commands it verified for the UI thread, which carries them out at
// the start of its next frame (KioskApp::apply_fleet_commands) — an emergency is on screen in the
// frame after it arrived. Nothing here draws or parses.
#include <memory>
#include <mutex>
#include <vector>

#include "app/config.hpp"
#include "core/clock.hpp"
#include "fleet/fleet_agent.hpp"

namespace marquee::app {

struct PendingFleetCommand {
  fleet::FleetCommand command;
  fleet::CommandDone done;
};

class FleetLink final : public fleet::CommandSink {
 public:
  // Null with a message logged when the config names no broker; an error for a config that is
  // wrong (a key file that cannot be read, a kiosk id that cannot be a topic).
  static core::Result<std::unique_ptr<FleetLink>> start(const KioskConfig& config, const core::Clock& clock);
  ~FleetLink() override;

  void deliver(const fleet::FleetCommand& command, fleet::CommandDone done) override;
  // UI thread: the commands that arrived since the last call, oldest first.
  std::vector<PendingFleetCommand> take();

  fleet::FleetAgent& agent() { return *agent_; }

 private:
  FleetLink() = default;
  std::mutex mutex_;
  std::vector<PendingFleetCommand> pending_;
  std::unique_ptr<fleet::FleetAgent> agent_;  // declared last: stopped first
};

}  // namespace marquee::app
