#include "fleet/fleet_command.hpp"

#include <gtest/gtest.h>

#include "core/time_zone.hpp"
#include "fleet/signed_command.hpp"

namespace marquee::fleet {
namespace {

core::WallTime at(const char* iso) {
  return *core::parse_iso8601(iso);
}

FleetCommand emergency() {
  FleetCommand c;
  c.sender = "ops";
  c.seq = 7;
  c.issued = at("2027-03-26T12:00:00.250Z");
  c.expires = at("2027-03-26T12:01:00Z");
  c.target = "marquee/bj/all";
  c.kind = CommandKind::EmergencyOn;
  c.text = {{"en", "Please leave by the nearest exit"}, {"zh", "请从最近的出口离开"}};
  return c;
}

TEST(FleetCommandJson, RoundTripsEveryKind) {
  const auto e = parse_fleet_command(to_json(emergency()));
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->sender, "ops");
  EXPECT_EQ(e->seq, 7u);
  EXPECT_EQ(e->issued, at("2027-03-26T12:00:00.250Z"));
  EXPECT_EQ(e->target, "marquee/bj/all");
  EXPECT_EQ(e->text.at("zh"), "请从最近的出口离开");

  FleetCommand go = emergency();
  go.kind = CommandKind::Show;
  go.show = show::ShowCommand::go("finale", "fleet:ops");
  go.show->at = at("2027-03-26T12:00:30.500Z");
  const auto g = parse_fleet_command(to_json(go));
  ASSERT_TRUE(g) << g.error().message;
  ASSERT_TRUE(g->show);
  EXPECT_EQ(g->show->cue, "finale");
  EXPECT_EQ(g->show->at, at("2027-03-26T12:00:30.500Z"));
  EXPECT_EQ(describe(*g), "show GO finale at 2027-03-26T12:00:30.500Z");

  FleetCommand lang = emergency();
  lang.kind = CommandKind::SetLanguage;
  lang.language = "es";
  const auto l = parse_fleet_command(to_json(lang));
  ASSERT_TRUE(l);
  EXPECT_EQ(l->language, "es");
  for (const auto kind :
       {CommandKind::Refresh, CommandKind::EmergencyOff, CommandKind::Screenshot, CommandKind::Restart}) {
    FleetCommand c = emergency();
    c.kind = kind;
    const auto p = parse_fleet_command(to_json(c));
    ASSERT_TRUE(p) << kind_name(kind);
    EXPECT_EQ(p->kind, kind);
  }
}

TEST(FleetCommandJson, RefusesWhatIsNotACommandNamingTheField) {
  const auto expect_error = [](const std::string& json, const std::string& needle) {
    const auto r = parse_fleet_command(json);
    ASSERT_FALSE(r) << json;
    EXPECT_NE(r.error().message.find(needle), std::string::npos) << r.error().message;
  };
  const std::string head =
      R"({"v":1,"sender":"ops","seq":3,"issued":"2027-03-26T12:00:00Z","expires":"2027-03-26T12:01:00Z","target":"marquee/all",)";
  expect_error("[1]", "JSON object");
  expect_error("{", "not valid JSON");
  expect_error(head + R"("kind":"launch"})", "\"kind\": unknown kind \"launch\"");
  expect_error(head + R"("kind":"emergency_on"})", "\"text\"");
  expect_error(head + R"("kind":"emergency_on","text":{"zh":"只有中文"}})", "needs at least \"en\"");
  expect_error(head + R"("kind":"emergency_on","text":{"fr":"x","en":"y"}})", "unknown language \"fr\"");
  expect_error(head + R"("kind":"set_language","language":"de"})", "\"language\"");
  expect_error(head + R"("kind":"show","show":{"action":"go","who":"x"}})", "\"cue\"");
  expect_error(head + R"("kind":"show","show":{"action":"hold","who":"x","at":"2027-03-26T12:00:00Z"}})",
               "only go and stop can be scheduled");
  expect_error(head + R"("kind":"refresh","extra":1})", "\"extra\": unknown field");
  expect_error(R"({"v":2})", "\"v\": must be 1");
  expect_error(R"({"v":1,"sender":"ops","seq":0})", "\"seq\"");
  expect_error(
      R"({"v":1,"sender":"ops","seq":3,"issued":"2027-03-26T12:00:00Z","expires":"2027-03-26T14:00:00Z","target":"marquee/all","kind":"refresh"})",
      "at most one hour");
  expect_error(
      R"({"v":1,"sender":"ops","seq":3,"issued":"2027-03-26T12:00:00Z","expires":"2027-03-26T11:00:00Z","target":"marquee/all","kind":"refresh"})",
      "must be after");
}

TEST(SignedCommand, SealAndOpen) {
  const auto keys = sync::generate_key_pair();
  const std::string sealed = seal(emergency(), keys.secret_key);
  const auto envelope = open_envelope(sealed);
  ASSERT_TRUE(envelope) << envelope.error().message;
  EXPECT_EQ(envelope->body, to_json(emergency()));
  EXPECT_TRUE(sync::verify_detached(envelope->body, envelope->signature, keys.public_key));
  EXPECT_FALSE(open_envelope("{\"body\":1}"));
  EXPECT_FALSE(open_envelope("{\"body\":\"x\",\"sig\":\"!!\"}"));
  const auto unsigned_one = open_envelope("{\"body\":\"x\"}");
  ASSERT_TRUE(unsigned_one);
  EXPECT_TRUE(unsigned_one->signature.empty());
}

TEST(SignedCommand, Base64RoundTrip) {
  std::string out;
  ASSERT_TRUE(sync::from_base64(sync::to_base64(std::string("\0\1\2\xff", 4)), out));
  EXPECT_EQ(out, std::string("\0\1\2\xff", 4));
  EXPECT_FALSE(sync::from_base64("***", out));
}

}  // namespace
}  // namespace marquee::fleet
