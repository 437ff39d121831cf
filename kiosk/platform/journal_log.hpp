#pragma once
// Logs to journald with structured fields when Marquee runs as a systemd service, so a fleet's
// logs can be filtered by kiosk and component:
//   journalctl -u marquee MARQUEE_KIOSK_ID=bj-hall-a-entrance MARQUEE_COMPONENT=sync
// The component is the spdlog logger's name (core::component_logger).
#include <spdlog/details/log_msg.h>

#include <string>
#include <string_view>
#include <vector>

namespace marquee::platform {

// True when stderr is the journal stream systemd set up for this service (JOURNAL_STREAM names
// stderr's device and inode), i.e. a plain stderr line would land in the journal anyway.
bool stderr_is_journal();

// Replaces the sinks of the default logger (and of component loggers made afterwards) with one
// that sends each record through sd_journal_send.
void log_to_journal(std::string kiosk_id);

// The journal fields of one record: MESSAGE, PRIORITY (syslog levels), SYSLOG_IDENTIFIER,
// MARQUEE_COMPONENT, MARQUEE_KIOSK_ID (when known) and TID, each as "FIELD=value".
std::vector<std::string> journal_fields(const spdlog::details::log_msg& msg, std::string_view kiosk_id);

}  // namespace marquee::platform
