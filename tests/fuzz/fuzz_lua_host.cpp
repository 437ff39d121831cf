// The Lua host loading arbitrary text as a show script, then running it for two virtual seconds
// of ticks: the sandbox, the budgets, the wrappers around C functions and every binding are in
// reach. One host serves every input (a reload replaces the previous script), as on a kiosk.
#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"
#include "scripting/simulate.hpp"

namespace {

using namespace marquee;

struct Show {
  Show() : clock(core::WallTime{core::Millis{1'779'447'600'000}}), lights(scripting::demo_rig()) {
    scripting::HostOptions options;
    options.step_deadline = std::chrono::milliseconds{5};
    options.max_live_cues = 50;
    options.memory_limit = 32u << 20;
    options.lib_dir = std::string(MARQUEE_SOURCE_DIR) + "/scripting/lib";
    auto created = scripting::ScriptHost::create(options, clock, lights, display);
    host = std::move(*created);
    runner = std::make_unique<scripting::ShowRunner>(*host, lights);
  }
  show::VirtualShowClock clock;
  show::LightEngine lights;
  show::DisplayQueue display;
  std::unique_ptr<scripting::ScriptHost> host;
  std::unique_ptr<scripting::ShowRunner> runner;
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spdlog::set_level(spdlog::level::off);  // every failing script would log an error
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Show show;
  const std::string text(reinterpret_cast<const char*>(data), size);
  (void)show.host->load_string("fuzz.lua", text);
  show.runner->run_until(show.clock, show.clock.now() + std::chrono::seconds(2), {});
  (void)show.display.drain();
  return 0;
}
