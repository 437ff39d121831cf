#include "app/fleet_link.hpp"

#include "core/log.hpp"

namespace marquee::app {

core::Result<std::unique_ptr<FleetLink>> FleetLink::start(const KioskConfig& config,
                                                          const core::Clock& clock) {
  fleet::FleetAddress address{config.ui.place.venue, config.ui.place.kiosk_id, config.zone, config.tags};
  if (address.kiosk.empty())
    return core::make_error("[mqtt] needs [kiosk] id: the fleet addresses kiosks by id");
  // Sequence numbers live beside the content cache (the kiosk's state directory).
  const std::filesystem::path state_dir =
      config.sync.base_url.empty() ? std::filesystem::path{} : config.sync.cache_dir;
  auto settings =
      fleet::make_agent_settings(config.fleet, std::move(address), config.sync.public_key, state_dir);
  if (!settings) return settings.error();
  std::unique_ptr<FleetLink> link(new FleetLink());
  auto agent = fleet::FleetAgent::start(std::move(*settings), clock, *link);
  if (!agent) return agent.error();
  link->agent_ = std::move(*agent);
  core::component_logger("fleet")->info("fleet channel: {} as {}/{}", config.fleet.broker,
                                        config.ui.place.venue, config.ui.place.kiosk_id);
  return link;
}

FleetLink::~FleetLink() {
  agent_.reset();  // no more deliveries; queued commands are dropped unanswered
}

void FleetLink::deliver(const fleet::FleetCommand& command, fleet::CommandDone done) {
  std::lock_guard lock(mutex_);
  pending_.push_back({command, std::move(done)});
}

std::vector<PendingFleetCommand> FleetLink::take() {
  std::lock_guard lock(mutex_);
  std::vector<PendingFleetCommand> out;
  out.swap(pending_);
  return out;
}

}  // namespace marquee::app
