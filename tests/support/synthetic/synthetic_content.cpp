#include "synthetic/synthetic_content.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

#include "core/time_zone.hpp"

namespace marquee::content {
namespace {

// splitmix64: tiny, and unlike std:: distributions gives the same numbers on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[below(N)];
  }

 private:
  std::uint64_t state_;
};

struct Word {
  const char* zh;
  const char* en;
};
struct Word3 {
  const char* zh;
  const char* en;
  const char* es;
};

constexpr std::array<Word, 20> kBrandChars = {
    {{"华", "Hua"},  {"星", "Xing"}, {"云", "Yun"},  {"智", "Zhi"},   {"海", "Hai"},
     {"金", "Jin"},  {"龙", "Long"}, {"天", "Tian"}, {"博", "Bo"},    {"创", "Chuang"},
     {"新", "Xin"},  {"达", "Da"},   {"信", "Xin"},  {"安", "An"},    {"泰", "Tai"},
     {"腾", "Teng"}, {"飞", "Fei"},  {"远", "Yuan"}, {"中", "Zhong"}, {"恒", "Heng"}}};
constexpr std::array<Word3, 8> kBusiness = {{{"科技", "Technology", "Tecnología"},
                                             {"智能", "Intelligence", "Inteligencia"},
                                             {"数据", "Data", "Datos"},
                                             {"网络", "Networks", "Redes"},
                                             {"机器人", "Robotics", "Robótica"},
                                             {"能源", "Energy", "Energía"},
                                             {"物流", "Logistics", "Logística"},
                                             {"医疗", "Health", "Salud"}}};
constexpr std::array<Word3, 12> kSectors = {
    {{"AI 大模型", "AI large models", "Grandes modelos de IA"},
     {"智慧物流", "Smart logistics", "Logística inteligente"},
     {"自动驾驶", "Autonomous driving", "Conducción autónoma"},
     {"跨境电商", "Cross-border e-commerce", "Comercio transfronterizo"},
     {"智慧能源", "Smart energy", "Energía inteligente"},
     {"通信", "Telecom", "Telecomunicaciones"},
     {"金融科技", "Fintech", "Tecnología financiera"},
     {"智慧医疗", "Digital health", "Salud digital"},
     {"工业互联网", "Industrial internet", "Internet industrial"},
     {"机器人", "Robotics", "Robótica"},
     {"芯片", "Semiconductors", "Semiconductores"},
     {"网络安全", "Cybersecurity", "Ciberseguridad"}}};
constexpr std::array<Word3, 10> kTopics = {{{"数字经济", "Digital Economy", "Economía digital"},
                                            {"人工智能治理", "AI Governance", "Gobernanza de la IA"},
                                            {"数据安全", "Data Security", "Seguridad de datos"},
                                            {"算力网络", "Computing Networks", "Redes de cómputo"},
                                            {"智慧城市", "Smart Cities", "Ciudades inteligentes"},
                                            {"开源生态", "Open Source", "Código abierto"},
                                            {"绿色计算", "Green Computing", "Computación verde"},
                                            {"跨境贸易", "Cross-border Trade", "Comercio transfronterizo"},
                                            {"量子计算", "Quantum Computing", "Computación cuántica"},
                                            {"卫星互联网", "Satellite Internet", "Internet por satélite"}}};
constexpr std::array<Word, 10> kSurnames = {{{"王", "Wang"},
                                             {"李", "Li"},
                                             {"张", "Zhang"},
                                             {"刘", "Liu"},
                                             {"陈", "Chen"},
                                             {"杨", "Yang"},
                                             {"赵", "Zhao"},
                                             {"黄", "Huang"},
                                             {"周", "Zhou"},
                                             {"吴", "Wu"}}};
constexpr std::array<Word, 12> kGiven = {{{"伟", "Wei"},
                                          {"芳", "Fang"},
                                          {"娜", "Na"},
                                          {"敏", "Min"},
                                          {"静", "Jing"},
                                          {"强", "Qiang"},
                                          {"磊", "Lei"},
                                          {"军", "Jun"},
                                          {"洋", "Yang"},
                                          {"勇", "Yong"},
                                          {"艳", "Yan"},
                                          {"杰", "Jie"}}};
constexpr std::array<const char*, 8> kWestern = {"José Núñez",    "Siobhán O'Brien", "François Dupré",
                                                 "Zoë Müller",    "Ana María Peña",  "Søren Kjær",
                                                 "Łukasz Wójcik", "Chloé Lefèvre"};

std::string numbered(const char* prefix, std::size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%05zu", prefix, n);
  return buf;
}

LocalizedText text3(const std::string& en, const std::string& zh, const std::string& es) {
  LocalizedText t;
  t.set(Lang::En, en);
  t.set(Lang::Zh, zh);
  if (!es.empty()) t.set(Lang::Es, es);
  return t;
}

Polygon square(double x, double y, double w) {
  return {{x, y}, {x + w, y}, {x + w, y + w}, {x, y + w}};
}

void add_venue_and_rooms(Content& c, const SyntheticSize& size) {
  c.conference.id = "synthetic";
  c.conference.name = text3("Synthetic Expo", "合成博览会", "Expo sintética");
  Venue v;
  v.id = "main";
  v.name = text3("Main Venue", "主会场", "Sede principal");
  v.city = text3("Beijing", "北京", "Pekín");
  v.time_zone_name = "Asia/Shanghai";
  v.time_zone = *core::TimeZone::find(v.time_zone_name);
  v.days = {"2027-03-25", "2027-03-26", "2027-03-27", "2027-03-28"};
  c.venues.push_back(std::move(v));
  for (std::size_t i = 0; i < size.rooms; ++i) {
    Room r;
    r.id = numbered("room", i);
    r.venue = "main";
    r.name = text3("Room " + std::to_string(i + 1), std::to_string(i + 1) + " 号会议室",
                   "Sala " + std::to_string(i + 1));
    r.capacity = 50 + static_cast<int>(i % 10) * 50;
    c.rooms.push_back(std::move(r));
  }
  for (std::size_t i = 0; i < kTopics.size(); ++i) {
    c.tracks.push_back({numbered("track", i), text3(kTopics[i].en, kTopics[i].zh, kTopics[i].es), "#4A90D9"});
  }
  for (std::size_t i = 0; i < kSectors.size(); ++i) {
    c.sectors.push_back({numbered("sector", i), text3(kSectors[i].en, kSectors[i].zh, kSectors[i].es)});
  }
}

// Halls side by side, five to a row, as on a real expo ground (stacked on one spot, a zoomed-out
// map would draw every hall over the others).
double hall_x(std::size_t h) { return static_cast<double>(h % 5) * 1100; }
double hall_y(std::size_t h) { return static_cast<double>(h / 5) * 1100; }

void add_exhibitors(Content& c, const SyntheticSize& size, Rng& rng) {
  constexpr std::size_t kBoothsPerHall = 500;
  for (std::size_t h = 0; h * kBoothsPerHall < size.exhibitors; ++h) {
    c.halls.push_back({numbered("hall", h),
                       "main",
                       text3("Hall " + std::to_string(h + 1), std::to_string(h + 1) + " 号馆", ""),
                       square(hall_x(h), hall_y(h), 1000),
                       {}});
  }
  for (std::size_t i = 0; i < size.exhibitors; ++i) {
    const Word& a = rng.pick(kBrandChars);
    const Word& b = rng.pick(kBrandChars);
    const Word3& biz = rng.pick(kBusiness);
    const Word3& sector = kSectors[rng.below(kSectors.size())];
    const std::size_t sector_index = static_cast<std::size_t>(&sector - kSectors.data());
    Booth booth{
        numbered("booth", i),
        numbered("hall", i / kBoothsPerHall),
        "B" + std::to_string(i + 1),
        square(hall_x(i / kBoothsPerHall) + static_cast<double>(i % 25) * 40,
               hall_y(i / kBoothsPerHall) + static_cast<double>((i % kBoothsPerHall) / 25) * 40, 30),
        "",
        ""};
    Exhibitor e;
    e.id = numbered("ex", i);
    std::string second = b.en;
    second[0] = static_cast<char>(second[0] - 'A' + 'a');  // "Hua" + "xing" -> "Huaxing"
    const std::string en = std::string(a.en) + second + " " + biz.en;
    e.name = text3(en, std::string(a.zh) + b.zh + biz.zh, en.substr(0, en.find(' ')) + " " + biz.es);
    e.description = text3(en + " builds " + sector.en + " products for partners in " +
                              std::to_string(10 + i % 40) + " countries.",
                          std::string(a.zh) + b.zh + biz.zh + "专注于" + sector.zh + "，服务 " +
                              std::to_string(10 + i % 40) + " 个国家的合作伙伴。",
                          en + " desarrolla productos de " + sector.es + ".");
    e.sectors = {c.sectors[sector_index].id};
    e.booth = booth.id;
    e.featured = i % 97 == 0;
    c.booths.push_back(std::move(booth));
    c.exhibitors.push_back(std::move(e));
  }
}

void add_speakers(Content& c, const SyntheticSize& size, Rng& rng) {
  for (std::size_t i = 0; i < size.speakers; ++i) {
    Speaker s;
    s.id = numbered("sp", i);
    if (i % 10 == 9) {
      const std::string name = kWestern[rng.below(kWestern.size())];
      s.name = text3(name, name, "");
    } else {
      const Word& sur = rng.pick(kSurnames);
      const Word& given = rng.pick(kGiven);
      s.name = text3(std::string(sur.en) + " " + given.en, std::string(sur.zh) + given.zh, "");
    }
    const Word3& topic = rng.pick(kTopics);
    s.affiliation = text3(std::string(topic.en) + " Institute", std::string(topic.zh) + "研究院", "");
    c.speakers.push_back(std::move(s));
  }
}

void add_sessions(Content& c, const SyntheticSize& size, Rng& rng) {
  const core::TimeZone& tz = *c.venues.front().time_zone;
  static constexpr std::array<Word3, 6> kAspects = {
      {{"机遇与挑战", "Opportunities and Challenges", "Oportunidades y retos"},
       {"最佳实践", "Best Practices", "Buenas prácticas"},
       {"国际合作", "International Cooperation", "Cooperación internacional"},
       {"标准与治理", "Standards and Governance", "Normas y gobernanza"},
       {"产业落地", "Industry Adoption", "Adopción industrial"},
       {"未来十年", "The Next Decade", "La próxima década"}}};
  for (std::size_t i = 0; i < size.sessions; ++i) {
    const std::size_t t = rng.below(kTopics.size());
    const Word3& aspect = rng.pick(kAspects);
    Session s;
    s.id = numbered("s", i);
    s.title = text3(std::string(kTopics[t].en) + " Forum: " + aspect.en,
                    std::string(kTopics[t].zh) + "论坛：" + aspect.zh,
                    std::string(kTopics[t].es) + ": " + aspect.es);
    s.abstract = text3("Speakers discuss " + std::string(aspect.en) + " in " + kTopics[t].en + ".",
                       std::string("嘉宾围绕") + kTopics[t].zh + "探讨" + aspect.zh + "。", "");
    const int day = 25 + static_cast<int>(rng.below(4));
    const int slot = static_cast<int>(rng.below(16));  // 09:00 .. 16:30 in half hours
    s.start = tz.from_local(2027, 3, day, 9 + slot / 2, (slot % 2) * 30, 0);
    s.end = s.start + std::chrono::minutes{30 * (1 + static_cast<int>(rng.below(3)))};
    s.room = c.rooms.empty() ? "" : c.rooms[i % c.rooms.size()].id;
    s.track = c.tracks[t].id;
    for (std::size_t k = 0, n = 1 + rng.below(3); k < n && !c.speakers.empty(); ++k) {
      const std::string& id = c.speakers[rng.below(c.speakers.size())].id;
      if (std::find(s.speakers.begin(), s.speakers.end(), id) == s.speakers.end()) s.speakers.push_back(id);
    }
    s.language = i % 3 == 0 ? "en" : "zh";
    s.kind = static_cast<SessionKind>(rng.below(kSessionKindCount));
    c.sessions.push_back(std::move(s));
  }
}

}  // namespace

Content make_synthetic_content(const SyntheticSize& size) {
  Content c;
  Rng rng(size.seed);
  add_venue_and_rooms(c, size);
  add_exhibitors(c, size, rng);
  add_speakers(c, size, rng);
  add_sessions(c, size, rng);
  c.version = "synthetic";
  c.finalize();
  return c;
}

}  // namespace marquee::content
