// Search over synthetic content (10,000 exhibitors, 3,000 sessions, 200 rooms, 1,500 speakers):
// index build time and memory, then per-query latency p50/p99/max over per-keystroke queries in
// English, Chinese, pinyin, initials and with typos. Prints figures; no pass/fail.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "content/search/search_index.hpp"
#include "synthetic/synthetic_content.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace marquee::content;

long rss_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

// Every prefix of each term (what a visitor's keystrokes send), in code points.
std::vector<std::string> keystrokes(const std::vector<std::string>& terms) {
  std::vector<std::string> out;
  for (const auto& t : terms) {
    for (std::size_t i = 1; i <= t.size(); ++i) {
      if (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) continue;
      out.push_back(t.substr(0, i));
    }
  }
  return out;
}

}  // namespace

int main() {
  const SyntheticSize size{10000, 3000, 200, 1500, 2027};
  auto t0 = Clock::now();
  const Content content = make_synthetic_content(size);
  auto t1 = Clock::now();
  const long rss_before = rss_kib();
  const auto index = search::build_search_index(content);
  auto t2 = Clock::now();
  const long rss_after = rss_kib();
  const auto& st = index->stats();
  std::printf("content: %zu exhibitors, %zu sessions, %zu rooms, %zu speakers (generated in %.0f ms)\n",
              content.exhibitors.size(), content.sessions.size(), content.rooms.size(),
              content.speakers.size(), std::chrono::duration<double, std::milli>(t1 - t0).count());
  std::printf(
      "index build: %.0f ms; %zu items, %zu fields, %zu key bytes, %zu trigrams, %zu postings, %zu word "
      "entries\n",
      std::chrono::duration<double, std::milli>(t2 - t1).count(), st.items, st.fields, st.key_bytes,
      st.trigrams, st.postings, st.word_entries);
  std::printf("index memory: %.1f MiB (counted), RSS +%.1f MiB\n",
              static_cast<double>(st.memory_bytes) / 1048576.0,
              static_cast<double>(rss_after - rss_before) / 1024.0);

  const std::vector<std::string> terms = {content.exhibitors[4321].name.exact(Lang::En),
                                          content.exhibitors[4321].name.exact(Lang::Zh),
                                          "huaxing technology",
                                          "hua xing",
                                          "hx",
                                          "hxkj",
                                          "smart logistics",
                                          "智慧物流",
                                          "zhihui wuliu",
                                          "digital economy forum",
                                          "数字经济",
                                          "wang wei",
                                          "王伟",
                                          "siobhan obrien",
                                          "cafe",
                                          "tecnologia",
                                          "huaxnig",
                                          "logistcs",
                                          "booth b4321",
                                          "quantum computing",
                                          "robotics",
                                          "B999"};
  const std::vector<std::string> queries = keystrokes(terms);
  std::vector<double> micros;
  std::size_t results = 0;
  for (int round = 0; round < 20; ++round) {
    for (const auto& q : queries) {
      const auto a = Clock::now();
      results += index->search(q, 20).size();
      micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    }
  }
  std::sort(micros.begin(), micros.end());
  auto pct = [&](double p) {
    return micros[static_cast<std::size_t>(p * static_cast<double>(micros.size() - 1))];
  };
  std::printf("search: %zu queries (%zu distinct keystroke queries x 20), limit 20, %zu hits total\n",
              micros.size(), queries.size(), results);
  std::printf("search latency: p50 %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us\n", pct(0.5), pct(0.9),
              pct(0.99), micros.back());
  // The slowest distinct queries, to see what dominates the tail.
  std::vector<std::pair<double, std::string>> per_query;
  for (const auto& q : queries) {
    double best = 1e9;
    for (int r = 0; r < 5; ++r) {
      const auto a = Clock::now();
      (void)index->search(q, 20);
      best = std::min(best, std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    }
    per_query.emplace_back(best, q);
  }
  std::sort(per_query.rbegin(), per_query.rend());
  std::vector<double> mins;
  for (const auto& [t, q] : per_query) mins.push_back(t);
  std::sort(mins.begin(), mins.end());
  std::printf("per-query best of 5 (scheduler noise removed): p50 %.1f us, p99 %.1f us, max %.1f us\n",
              mins[mins.size() / 2],
              mins[static_cast<std::size_t>(0.99 * static_cast<double>(mins.size() - 1))], mins.back());
  for (std::size_t i = 0; i < 5 && i < per_query.size(); ++i) {
    std::printf("  slow: %.1f us  \"%s\"\n", per_query[i].first, per_query[i].second.c_str());
  }
  return 0;
}
