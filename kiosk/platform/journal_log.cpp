#include "platform/journal_log.hpp"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <systemd/sd-journal.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace marquee::platform {
namespace {

int syslog_priority(spdlog::level::level_enum level) {
  switch (level) {
    case spdlog::level::critical:
      return 2;  // LOG_CRIT
    case spdlog::level::err:
      return 3;
    case spdlog::level::warn:
      return 4;
    case spdlog::level::info:
      return 6;
    default:
      return 7;  // debug, trace
  }
}

class JournalSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  explicit JournalSink(std::string kiosk_id) : kiosk_id_(std::move(kiosk_id)) {}

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    const auto fields = journal_fields(msg, kiosk_id_);
    std::vector<iovec> iov;
    iov.reserve(fields.size());
    for (const auto& f : fields) iov.push_back({const_cast<char*>(f.data()), f.size()});
    sd_journal_sendv(iov.data(), static_cast<int>(iov.size()));
  }
  void flush_() override {}

 private:
  std::string kiosk_id_;
};

}  // namespace

bool stderr_is_journal() {
  const char* stream = std::getenv("JOURNAL_STREAM");  // NOLINT(concurrency-mt-unsafe)
  if (stream == nullptr) return false;
  unsigned long long dev = 0, ino = 0;
  if (std::sscanf(stream, "%llu:%llu", &dev, &ino) != 2) return false;
  struct stat st {};
  if (::fstat(2, &st) != 0) return false;
  return st.st_dev == dev && st.st_ino == ino;
}

void log_to_journal(std::string kiosk_id) {
  auto logger = spdlog::default_logger();
  logger->sinks().clear();
  logger->sinks().push_back(std::make_shared<JournalSink>(std::move(kiosk_id)));
}

std::vector<std::string> journal_fields(const spdlog::details::log_msg& msg, std::string_view kiosk_id) {
  std::vector<std::string> out;
  out.push_back("MESSAGE=" + std::string(msg.payload.data(), msg.payload.size()));
  out.push_back("PRIORITY=" + std::to_string(syslog_priority(msg.level)));
  out.push_back("SYSLOG_IDENTIFIER=marquee");
  out.push_back("MARQUEE_COMPONENT=" + std::string(msg.logger_name.data(), msg.logger_name.size()));
  if (!kiosk_id.empty()) out.push_back("MARQUEE_KIOSK_ID=" + std::string(kiosk_id));
  out.push_back("TID=" + std::to_string(msg.thread_id));
  return out;
}

}  // namespace marquee::platform
