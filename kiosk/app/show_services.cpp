#include "app/show_services.hpp"

#include <cstdio>

#include "core/time_zone.hpp"
#include "lighting/patch.hpp"

namespace marquee::app {

core::Result<std::unique_ptr<ShowServices>> ShowServices::start(const ShowSettings& settings,
                                                                const core::Clock& clock) {
  std::unique_ptr<ShowServices> s(new ShowServices());
  s->settings_ = settings;
  show::Rig rig;
  if (!settings.patch.empty()) {
    auto patch = lighting::load_patch(settings.patch);
    if (!patch) return patch.error();
    rig = patch->rig();
    s->universes_ = patch->universes().size();
    // The patch's [timing] artnet_bind_port (0: an ephemeral port beside another Art-Net node).
    lighting::TransportConfig transport;
    transport.artnet_port = static_cast<std::uint16_t>(patch->timing.artnet_bind_port);
    auto output = lighting::OutputThread::start(*patch, transport);
    if (!output) return output.error();
    s->output_ = std::move(*output);
  }
  s->clock_ = std::make_unique<show::WallShowClock>(clock);
  show::ShowClock* base = s->clock_.get();
  if (settings.follow_timecode) {
    // Timecode arrives on the output thread's Art-Net socket: no patch, no socket to listen on.
    if (!s->output_)
      return core::make_error(
          "[show] clock = \"timecode\" needs a [lighting] patch: ArtTimeCode is "
          "received on the patch's Art-Net socket");
    auto zone = core::TimeZone::find(settings.venue_time_zone);
    if (!zone) return core::make_error("show clock: " + zone.error().message);
    s->output_->set_timecode_follow(settings.timecode);
    s->timecode_clock_ = std::make_unique<lighting::TimecodeShowClock>(*s->output_, *s->clock_, *zone);
    base = s->timecode_clock_.get();
  }
  // Hold works the same on either base: show time = base time - time held.
  s->show_clock_ = std::make_unique<show::HoldableClock>(*base);
  s->controller_ = std::make_unique<show::ShowController>(*s->show_clock_, s->output_.get());
  scripting::ShowThreadConfig cfg;
  cfg.rig = std::move(rig);
  cfg.scripts = {settings.script};
  cfg.host.venue_time_zone = settings.venue_time_zone;
  cfg.host.latitude = settings.latitude;
  cfg.host.longitude = settings.longitude;
  s->thread_ = std::make_unique<scripting::ShowThread>(std::move(cfg), *s->clock_, s->display_,
                                                       s->output_.get(), s->controller_.get());
  return s;
}

ShowServices::~ShowServices() {
  thread_.reset();  // no more frames, then end the DMX streams cleanly
  if (output_) output_->stop();
}

std::string ShowServices::show_status() const {
  std::string out =
      settings_.script.filename().string() + ", tick " + std::to_string(thread_ ? thread_->ticks() : 0);
  if (thread_) {
    if (auto err = thread_->last_error()) out += ", last error: " + err->message;
  }
  return out;
}

std::string ShowServices::lighting_status() const {
  if (!output_) return "no patch";
  const auto st = output_->stats();
  char buf[160];
  std::snprintf(buf, sizeof buf, "%zu universes, %llu packets, %llu send errors, failsafe %s", universes_,
                static_cast<unsigned long long>(st.packets_sent),
                static_cast<unsigned long long>(st.send_errors),
                output_->failsafe_phase() == lighting::FailsafePhase::Live ? "off" : "active");
  return buf;
}

}  // namespace marquee::app
