#pragma once
// One unattended HTTP GET with libcurl: bounded in time (connect timeout, low-speed limit, total
// deadline), in size (CURLOPT_MAXFILESIZE plus a check while streaming), in protocols (http/https)
// and redirects, TLS verified, cancellable through a stop_token. Failures come back as precise reasons.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace marquee::sync {

struct HttpLimits {
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds total_timeout{60000};
  std::uint64_t low_speed_limit = 1000;             // bytes per second ...
  std::chrono::milliseconds low_speed_time{10000};  // ... for this long aborts the transfer
  long max_redirects = 3;
  std::string ca_path;  // a CA bundle file or directory; empty = system default
};

// Receives the body as it arrives; returns an error message to abort the transfer.
using BodySink = std::function<std::optional<std::string>(std::string_view chunk)>;

struct HttpRequest {
  std::string url;
  std::string label;  // how reasons name it, e.g. "manifest.json"
  std::uint64_t max_bytes = 0;
  std::string if_none_match;      // an ETag, sent as If-None-Match when set
  std::string if_modified_since;  // a Last-Modified value, sent verbatim
};

struct HttpResponse {
  long status = 0;
  std::string etag;
  std::string last_modified;
  std::uint64_t body_bytes = 0;
  std::uint64_t wire_bytes = 0;  // headers + body received
};

// Performs the GET. A status other than 200 or 304 is returned as a response, not an error;
// transport problems (refused, timed out, reset, truncated, too large, too slow) are errors.
core::Result<HttpResponse> http_get(const HttpRequest& request, const HttpLimits& limits,
                                    const BodySink& sink, std::stop_token stop = {});

// Convenience: collects the body into a string.
struct HttpBody {
  HttpResponse response;
  std::string body;
};
core::Result<HttpBody> http_get_string(const HttpRequest& request, const HttpLimits& limits,
                                       std::stop_token stop = {});

}  // namespace marquee::sync
