#include "fleet/command_verifier.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/time_zone.hpp"
#include "fleet/signed_command.hpp"
#include "fleet/topics.hpp"

namespace marquee::fleet {
namespace {

const core::WallTime kNow = *core::parse_iso8601("2027-03-26T12:00:00Z");

class Verifier : public ::testing::Test {
 protected:
  sync::KeyPair ops = sync::generate_key_pair();
  sync::KeyPair stranger = sync::generate_key_pair();
  FleetAddress me{"bj", "bj-a-1", "hall-a", {"entrance"}};
  core::ManualClock clock{kNow};
  CommandVerifier verifier{{ops.public_key}, command_topics(me), clock};

  FleetCommand command(std::uint64_t seq, std::string target = "marquee/bj/all") {
    FleetCommand c;
    c.sender = "ops";
    c.seq = seq;
    c.issued = kNow;
    c.expires = kNow + std::chrono::seconds(60);
    c.target = std::move(target);
    c.kind = CommandKind::EmergencyOn;
    c.text = {{"en", "Evacuate"}};
    return c;
  }
  Verdict check(const FleetCommand& c, const sync::SecretKey& key) {
    return verifier.check(c.target, seal(c, key));
  }
};

TEST_F(Verifier, AcceptsASignedCommandForEachOfItsTopics) {
  std::uint64_t seq = 1;
  for (const auto& topic : command_topics(me)) {
    const auto v = check(command(seq++, topic), ops.secret_key);
    ASSERT_TRUE(v.accepted()) << topic << ": " << v.message;
    EXPECT_EQ(v.command->target, topic);
  }
}

TEST_F(Verifier, UnsignedCommandsAreRefused) {
  const auto bare = verifier.check("marquee/bj/all", to_json(command(1)));
  EXPECT_EQ(bare.rejection, Rejection::Unsigned) << bare.message;
  nlohmann::json envelope = {{"body", to_json(command(1))}};
  const auto no_sig = verifier.check("marquee/bj/all", envelope.dump());
  EXPECT_EQ(no_sig.rejection, Rejection::Unsigned);
  EXPECT_FALSE(no_sig.accepted());
}

TEST_F(Verifier, AnotherKeyOrAnAlteredBodyIsABadSignature) {
  const auto wrong = check(command(1), stranger.secret_key);
  EXPECT_EQ(wrong.rejection, Rejection::BadSignature);
  EXPECT_NE(wrong.message.find("trusted keys"), std::string::npos);
  // Signed by ops, then the text was changed on the way.
  auto j = nlohmann::json::parse(seal(command(2), ops.secret_key));
  std::string body = j["body"];
  body.replace(body.find("Evacuate"), 8, "All fine");
  j["body"] = body;
  EXPECT_EQ(verifier.check("marquee/bj/all", j.dump()).rejection, Rejection::BadSignature);
}

TEST_F(Verifier, ExpiredAndFarFutureCommandsAreRefused) {
  auto c = command(1);
  clock.set_wall(kNow + std::chrono::seconds(61));
  const auto late = check(c, ops.secret_key);
  EXPECT_EQ(late.rejection, Rejection::Expired);
  EXPECT_EQ(late.message, "expired 1 s ago");
  clock.set_wall(kNow - std::chrono::minutes(10));
  const auto early = check(command(2), ops.secret_key);
  EXPECT_EQ(early.rejection, Rejection::Expired);
  EXPECT_NE(early.message.find("in the future"), std::string::npos);
}

TEST_F(Verifier, ReplaysAndOlderSequencesAreRefused) {
  const auto c5 = command(5);
  ASSERT_TRUE(check(c5, ops.secret_key).accepted());
  const auto again = verifier.check(c5.target, seal(c5, ops.secret_key));
  EXPECT_EQ(again.rejection, Rejection::Replayed);
  EXPECT_EQ(again.message, "sequence 5 from ops is not newer than 5");
  EXPECT_EQ(check(command(4), ops.secret_key).rejection, Rejection::Replayed);
  EXPECT_TRUE(check(command(6), ops.secret_key).accepted());
}

TEST_F(Verifier, CommandsForOtherKiosksOrReroutedAreRefused) {
  const auto other = check(command(1, "marquee/bj/bj-a-2/cmd"), ops.secret_key);
  EXPECT_EQ(other.rejection, Rejection::WrongTarget);
  EXPECT_NE(other.message.find("marquee/bj/bj-a-2/cmd"), std::string::npos);
  EXPECT_EQ(check(command(2, "marquee/bcn/all"), ops.secret_key).rejection, Rejection::WrongTarget);
  // Signed for the whole venue but published on this kiosk's own topic: not what was signed.
  const auto c = command(3, "marquee/bj/all");
  const auto moved = verifier.check("marquee/bj/bj-a-1/cmd", seal(c, ops.secret_key));
  EXPECT_EQ(moved.rejection, Rejection::WrongTarget);
  EXPECT_NE(moved.message.find("arrived on marquee/bj/bj-a-1/cmd"), std::string::npos);
}

TEST_F(Verifier, MalformedMessagesAreRefused) {
  EXPECT_EQ(verifier.check("marquee/bj/all", "not json").rejection, Rejection::Malformed);
  EXPECT_EQ(verifier.check("marquee/bj/all", "[1,2]").rejection, Rejection::Malformed);
  // Correctly signed, but the body is not a command.
  const std::string body = R"({"v":1,"kind":"refresh"})";
  nlohmann::json j = {{"body", body}, {"sig", sync::to_base64(sync::sign_detached(body, ops.secret_key))}};
  const auto v = verifier.check("marquee/bj/all", j.dump());
  EXPECT_EQ(v.rejection, Rejection::Malformed);
  EXPECT_NE(v.message.find("\"sender\""), std::string::npos) << v.message;
}

TEST(VerifierSequences, SurviveARestart) {
  const auto keys = sync::generate_key_pair();
  const FleetAddress me{"bj", "k1", "", {}};
  core::ManualClock clock{kNow};
  const auto file =
      std::filesystem::temp_directory_path() / ("marquee-seq-" + std::to_string(::getpid()) + ".json");
  std::filesystem::remove(file);
  FleetCommand c;
  c.sender = "ops";
  c.seq = 41;
  c.issued = kNow;
  c.expires = kNow + std::chrono::seconds(30);
  c.target = "marquee/all";
  c.kind = CommandKind::Refresh;
  const std::string sealed = seal(c, keys.secret_key);
  {
    CommandVerifier first({keys.public_key}, command_topics(me), clock, file);
    ASSERT_TRUE(first.check("marquee/all", sealed).accepted());
  }
  CommandVerifier after_restart({keys.public_key}, command_topics(me), clock, file);
  EXPECT_EQ(after_restart.check("marquee/all", sealed).rejection, Rejection::Replayed);
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace marquee::fleet
