// make_demo_images CONTENT_DIR: draws every image the demo content's JSON refers to (exhibitor
// logos, speaker photos, sponsor banners, the key visual) into CONTENT_DIR, at the paths the JSON
// names. Run by the build (target demo_images), so no image is ever committed; deterministic, so
// every build tree writes the same bytes. Text comes from Noto Sans CJK (fonts-noto-cjk).
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "core/paths.hpp"
#include "demo_art.hpp"

namespace marquee::tools {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
const Colour kWhite{1, 1, 1, 1};

Json read_json(const fs::path& file) {
  std::ifstream in(file);
  return in ? Json::parse(in, nullptr, false) : Json();
}

std::string text_of(const Json& localized, const char* lang) {
  return localized.is_object() && localized.contains(lang) ? localized[lang].get<std::string>() : "";
}

// "Lanhai Networks" -> "LN": the first letters of the first two words.
std::string initials(const std::string& name) {
  std::string out;
  bool word_start = true;
  for (char c : name) {
    if (std::isalpha(static_cast<unsigned char>(c)) && word_start && out.size() < 2)
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    word_start = c == ' ' || c == '-';
  }
  return out.empty() ? "?" : out;
}

// A logo: a shape (circle, rounded square, hexagon or diamond) in a colour, with a ring or a band,
// and the company's initials; everything chosen from the id, so no two neighbours look alike.
bool draw_logo(const Font& font, const std::string& id, const std::string& name, const fs::path& out) {
  const int size = 256;
  Canvas c(size, size);
  const std::uint32_t h = fnv1a(id);
  const float hue = static_cast<float>(h % 360), mid = size / 2.0f, r = size * 0.45f;
  const int shape = static_cast<int>((h >> 9) % 4);
  auto sdf = [&](float x, float y) {
    switch (shape) {
      case 0:
        return sd_circle(x, y, mid, mid, r);
      case 1:
        return sd_round_box(x, y, mid, mid, r * 0.92f, r * 0.92f, r * 0.3f);
      case 2:
        return sd_polygon(x, y, mid, mid, r, 6, 0.0f);
      default:
        return sd_polygon(x, y, mid, mid, r * 1.05f, 4, 0.0f);
    }
  };
  const Colour top = hsv(hue, 0.55f, 0.95f), bottom = hsv(hue + 25, 0.85f, 0.55f);
  c.fill_sdf(0, 0, size, size, sdf, [&](float, float y) { return mix(top, bottom, y / size); });
  const Colour accent = hsv(hue + 180, 0.6f, 1.0f, 0.9f);
  if ((h >> 13) & 1) {  // a ring inside the edge
    c.fill_sdf(
        0, 0, size, size, [&](float x, float y) { return std::fabs(sdf(x, y) + 14) - 4; },
        [&](float, float) { return accent; });
  } else {  // a band across the lower part, clipped to the shape
    c.fill_sdf(
        0, 0, size, size,
        [&](float x, float y) { return std::max(sdf(x, y), std::fabs(y - size * 0.78f) - 10); },
        [&](float, float) { return accent; });
  }
  font.draw_centred(c, initials(name), size * 0.40f, mid, mid - size * 0.03f, kWhite);
  return c.save_png(out);
}

// A speaker's picture: initials on a diagonal two-colour gradient with a soft light.
bool draw_avatar(const Font& font, const std::string& id, const std::string& name, const fs::path& out) {
  const int size = 256;
  Canvas c(size, size);
  const float hue = static_cast<float>(fnv1a(id) % 360);
  const Colour a = hsv(hue, 0.5f, 0.9f), b = hsv(hue + 40, 0.75f, 0.45f);
  c.fill_sdf(
      0, 0, size, size, [](float, float) { return -1.0f; },
      [&](float x, float y) { return mix(a, b, (x + y) / (2.0f * size)); });
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x)
      c.add(x, y, kWhite,
            0.25f * std::max(0.0f, 1 - std::hypot(x - size * 0.3f, y - size * 0.25f) / (size * 0.6f)));
  font.draw_centred(c, initials(name), size * 0.42f, size / 2.0f, size / 2.0f, kWhite);
  return c.save_jpeg(out, 88);
}

Colour tier_colour(const std::string& tier) {
  if (tier == "headline") return {0.95f, 0.75f, 0.25f, 1};
  if (tier == "gold") return {0.85f, 0.62f, 0.2f, 1};
  if (tier == "silver") return {0.75f, 0.8f, 0.88f, 1};
  return {0.3f, 0.8f, 0.75f, 1};
}

// A sponsor banner: dark gradient, a mark, the name in English and Chinese, a stripe in the tier's colour.
bool draw_banner(const Font& font, const Json& sponsor, const fs::path& out) {
  const int w = 1200, h = 300;
  Canvas c(w, h);
  const std::string id = sponsor.value("id", ""), en = text_of(sponsor["name"], "en");
  const float hue = static_cast<float>(fnv1a(id) % 360);
  c.vertical_gradient({{0.0f, hsv(hue, 0.6f, 0.28f)}, {1.0f, hsv(hue + 30, 0.7f, 0.12f)}});
  const Colour tier = tier_colour(sponsor.value("tier", "partner"));
  c.fill_rect(0, h - 18, w, h, tier);
  c.fill_sdf(
      40, 40, 260, 260, [](float x, float y) { return sd_circle(x, y, 150, 150, 100); },
      [&](float, float y) { return mix(hsv(hue, 0.5f, 1.0f), hsv(hue + 30, 0.8f, 0.6f), (y - 50) / 200); });
  font.draw_centred(c, initials(en), 84, 150, 150, kWhite);
  font.draw(c, en, 84, 300, 150, kWhite);
  font.draw(c, text_of(sponsor["name"], "zh"), 56, 302, 232, {1, 1, 1, 0.75f});
  return c.save_png(out);
}

}  // namespace

bool draw_key_visual(const Font& font, const Json& conference, const fs::path& out);

}  // namespace marquee::tools

int main(int argc, char** argv) {
  using namespace marquee::tools;
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_demo_images CONTENT_DIR\n");
    return 2;
  }
  const fs::path dir = argv[1];
  auto candidates = marquee::core::default_cjk_font_candidates();
  candidates.insert(candidates.begin(), "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc");
  Font font;
  if (!font.load(candidates, 2)) {  // face 2 of Noto Sans CJK: Simplified Chinese
    std::fprintf(stderr, "make_demo_images: no CJK font found (install fonts-noto-cjk)\n");
    return 1;
  }
  int written = 0, failed = 0;
  auto count = [&](bool ok, const fs::path& file) {
    ok ? ++written : ++failed;
    if (!ok) std::fprintf(stderr, "make_demo_images: cannot write %s\n", file.c_str());
  };
  const Json exhibitors = read_json(dir / "exhibitors.json"), speakers = read_json(dir / "speakers.json");
  const Json event = read_json(dir / "event.json");
  for (const auto& e : exhibitors.value("exhibitors", Json::array())) {
    if (!e.contains("logo")) continue;
    const fs::path file = dir / e["logo"].get<std::string>();
    count(draw_logo(font, e.value("id", ""), text_of(e["name"], "en"), file), file);
  }
  for (const auto& s : speakers.value("speakers", Json::array())) {
    if (!s.contains("photo")) continue;
    const fs::path file = dir / s["photo"].get<std::string>();
    count(draw_avatar(font, s.value("id", ""), text_of(s["name"], "en"), file), file);
  }
  for (const auto& s : event.value("sponsors", Json::array())) {
    if (!s.contains("banner")) continue;
    const fs::path file = dir / s["banner"].get<std::string>();
    count(draw_banner(font, s, file), file);
  }
  const Json conference = event.value("conference", Json::object());
  if (conference.contains("key_visual")) {
    const fs::path file = dir / conference["key_visual"].get<std::string>();
    count(draw_key_visual(font, conference, file), file);
  }
  if (failed > 0 || written == 0) return 1;
  // The build's output: its time tells make that the images are up to date.
  std::ofstream(dir / "images" / ".generated") << written << " images drawn by make_demo_images\n";
  std::printf("make_demo_images: %d images in %s\n", written, (dir / "images").c_str());
  return 0;
}
