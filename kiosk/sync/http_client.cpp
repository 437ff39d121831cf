#include "sync/http_client.hpp"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace marquee::sync {
namespace {

using Clock = std::chrono::steady_clock;

// An error page is only ever a status line for a reason, so reading more than this of it is
// wasted (a hostile server offered a 2 GiB chunked 500 body). Headers get a cap of their own.
constexpr std::uint64_t kMaxErrorBody = 64 * 1024;
constexpr std::uint64_t kMaxHeaderBytes = 64 * 1024;

void ensure_curl() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  CURL* curl = nullptr;
  const HttpRequest* request = nullptr;
  const HttpLimits* limits = nullptr;
  const BodySink* sink = nullptr;
  std::stop_token stop;
  std::uint64_t received = 0;
  std::uint64_t header_bytes = 0;
  std::string abort_reason;
  // Low-speed watch with millisecond resolution (CURLOPT_LOW_SPEED_TIME counts whole seconds).
  Clock::time_point window_start = Clock::now();
  std::uint64_t window_bytes = 0;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto& t = *static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  t.received += n;
  long status = 0;
  curl_easy_getinfo(t.curl, CURLINFO_RESPONSE_CODE, &status);
  if (status != 200) {  // an error page is counted, never handed to the sink, and read only so far
    if (t.received <= kMaxErrorBody) return n;
    t.abort_reason = "HTTP " + std::to_string(status) + ": " + t.request->label + " (error body over " +
                     std::to_string(kMaxErrorBody) + " bytes, not read)";
    return 0;
  }
  if (t.request->max_bytes > 0 && t.received > t.request->max_bytes) {
    t.abort_reason =
        "too large: " + t.request->label + " is more than " + std::to_string(t.request->max_bytes) + " bytes";
    return 0;
  }
  if (auto reason = (*t.sink)(std::string_view(data, n))) {
    t.abort_reason = *reason;
    return 0;
  }
  return n;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  (void)data;
  auto& t = *static_cast<Transfer*>(user);
  t.header_bytes += size * count;
  if (t.header_bytes <= kMaxHeaderBytes) return size * count;
  t.abort_reason = "response header too large: " + t.request->label + " (over " +
                   std::to_string(kMaxHeaderBytes) + " bytes)";
  return 0;
}

int on_progress(void* user, curl_off_t, curl_off_t now_down, curl_off_t, curl_off_t) {
  auto& t = *static_cast<Transfer*>(user);
  if (t.stop.stop_requested()) {
    t.abort_reason = "cancelled";
    return 1;
  }
  const auto now = Clock::now();
  const auto elapsed = now - t.window_start;
  if (elapsed < t.limits->low_speed_time) return 0;
  const auto got = static_cast<std::uint64_t>(now_down) - t.window_bytes;
  const double secs = std::chrono::duration<double>(elapsed).count();
  if (static_cast<double>(got) / secs < static_cast<double>(t.limits->low_speed_limit)) {
    t.abort_reason = "too slow: " + t.request->label + " below " + std::to_string(t.limits->low_speed_limit) +
                     " bytes/s for " + std::to_string(t.limits->low_speed_time.count()) + " ms";
    return 1;
  }
  t.window_start = now;
  t.window_bytes = static_cast<std::uint64_t>(now_down);
  return 0;
}

std::string header_value(CURL* curl, const char* name) {
  curl_header* h = nullptr;
  if (curl_easy_header(curl, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || h == nullptr) return {};
  return h->value;
}

void apply_limits(CURL* curl, const HttpLimits& limits, std::uint64_t max_bytes) {
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for DNS timeouts: we are not the main thread
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, limits.max_redirects);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(limits.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(limits.total_timeout.count()));
  // Backstop for the millisecond watch in on_progress, in curl's whole seconds.
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(limits.low_speed_limit));
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME,
                   static_cast<long>(std::max<long long>(1, (limits.low_speed_time.count() + 999) / 1000)));
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!limits.ca_path.empty()) {
    const bool is_dir = !limits.ca_path.empty() && limits.ca_path.back() == '/';
    curl_easy_setopt(curl, is_dir ? CURLOPT_CAPATH : CURLOPT_CAINFO, limits.ca_path.c_str());
  }
  if (max_bytes > 0) curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(max_bytes));
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, nullptr);  // bytes on the wire are the bytes hashed
}

std::string transport_reason(CURLcode code, const Transfer& t, const char* errbuf) {
  if (!t.abort_reason.empty()) return t.abort_reason;
  const std::string detail =
      t.request->label + ": " + (errbuf[0] != '\0' ? errbuf : curl_easy_strerror(code));
  switch (code) {
    case CURLE_COULDNT_CONNECT:
      return "connect failed: " + detail;
    case CURLE_COULDNT_RESOLVE_HOST:
      return "cannot resolve host: " + detail;
    case CURLE_OPERATION_TIMEDOUT:
      return "timed out: " + detail;
    case CURLE_PARTIAL_FILE:
      return "truncated body: " + detail;
    case CURLE_RECV_ERROR:
      return "connection reset: " + detail;
    case CURLE_GOT_NOTHING:
      return "empty reply: " + detail;
    case CURLE_FILESIZE_EXCEEDED:
      return "too large: " + detail;
    case CURLE_OUT_OF_MEMORY:
      // What curl 7.88 returns for one header line over its 100 KB limit (our header callback
      // never sees that line). Before any body byte arrived, that is by far the likelier cause.
      if (t.received == 0)
        return "response header too large: " + t.request->label + " (a header line over curl's 100 KB limit)";
      return "out of memory: " + detail;
    case CURLE_TOO_MANY_REDIRECTS:
      return "too many redirects: " + detail;
    case CURLE_UNSUPPORTED_PROTOCOL:
      return "protocol not allowed: " + detail;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
      return "TLS verification failed: " + detail;
    default:
      return "transfer failed: " + detail;
  }
}

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using HeaderList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

HeaderList conditional_headers(const HttpRequest& r) {
  curl_slist* list = nullptr;
  if (!r.if_none_match.empty()) list = curl_slist_append(list, ("If-None-Match: " + r.if_none_match).c_str());
  if (!r.if_modified_since.empty()) {
    list = curl_slist_append(list, ("If-Modified-Since: " + r.if_modified_since).c_str());
  }
  return HeaderList(list, &curl_slist_free_all);
}

}  // namespace

core::Result<HttpResponse> http_get(const HttpRequest& request, const HttpLimits& limits,
                                    const BodySink& sink, std::stop_token stop) {
  ensure_curl();
  CurlHandle curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) return core::make_error("transfer failed: curl_easy_init");
  CURL* h = curl.get();
  Transfer t;
  t.curl = h;
  t.request = &request;
  t.limits = &limits;
  t.sink = &sink;
  t.stop = std::move(stop);
  char errbuf[CURL_ERROR_SIZE] = {};
  HeaderList headers = conditional_headers(request);
  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &on_header);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &on_progress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
  apply_limits(h, limits, request.max_bytes);
  const CURLcode code = curl_easy_perform(h);
  if (code != CURLE_OK) return core::make_error(transport_reason(code, t, errbuf));
  HttpResponse r;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
  long header_bytes = 0;
  curl_easy_getinfo(h, CURLINFO_HEADER_SIZE, &header_bytes);
  r.etag = header_value(h, "ETag");
  r.last_modified = header_value(h, "Last-Modified");
  r.body_bytes = t.received;
  r.wire_bytes = t.received + static_cast<std::uint64_t>(header_bytes);
  return r;
}

core::Result<HttpBody> http_get_string(const HttpRequest& request, const HttpLimits& limits,
                                       std::stop_token stop) {
  HttpBody out;
  const BodySink sink = [&out](std::string_view chunk) -> std::optional<std::string> {
    out.body.append(chunk);
    return std::nullopt;
  };
  auto r = http_get(request, limits, sink, std::move(stop));
  if (!r) return r.error();
  out.response = *r;
  return out;
}

}  // namespace marquee::sync
