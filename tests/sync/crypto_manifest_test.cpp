#include <gtest/gtest.h>
#include <sys/stat.h>

#include "sync/crypto.hpp"
#include "sync/manifest.hpp"
#include "sync_fixture.hpp"

namespace marquee::sync {
namespace {

using testing::TempDir;

TEST(Crypto, Sha256OfKnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  Sha256 streamed;
  streamed.update("a");
  streamed.update("bc");
  EXPECT_EQ(streamed.hex_digest(), sha256_hex("abc"));
}

TEST(Crypto, KeyFilesRoundTripAndSecretIsPrivate) {
  TempDir tmp;
  const auto keys = generate_key_pair();
  const auto prefix = (tmp.path() / "content").string();
  ASSERT_TRUE(write_key_files(keys, prefix));
  struct stat st {};
  ASSERT_EQ(::stat((prefix + ".key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto pub = read_public_key_file(prefix + ".pub");
  auto sec = read_secret_key_file(prefix + ".key");
  ASSERT_TRUE(pub.ok() && sec.ok());
  EXPECT_EQ(*pub, keys.public_key);
  EXPECT_EQ(*sec, keys.secret_key);
  // A public key file is not a secret key file, and the header says why.
  auto wrong = read_secret_key_file(prefix + ".pub");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().message.find("not a key file"), std::string::npos);
}

TEST(Crypto, SignatureCoversExactBytes) {
  const auto keys = generate_key_pair();
  const std::string msg = "{\"version\": 3}\n";
  const auto sig = sign_detached(msg, keys.secret_key);
  EXPECT_TRUE(verify_detached(msg, sig, keys.public_key));
  EXPECT_FALSE(verify_detached("{\"version\": 4}\n", sig, keys.public_key));
  EXPECT_FALSE(verify_detached(msg, sig, generate_key_pair().public_key));
  EXPECT_FALSE(verify_detached(msg, sig.substr(1), keys.public_key));
}

Manifest sample() {
  Manifest m;
  m.version = 7;
  m.created = core::WallTime{std::chrono::milliseconds(1'780'000'000'000)};
  m.expires = m.created + std::chrono::days(30);
  m.activate_at = m.created + std::chrono::hours(2);
  m.files = {{"event.json", 12, sha256_hex("x")}, {"shows/opening.lua", 3, sha256_hex("y")}};
  return m;
}

TEST(Manifest, SerializesAndParsesBack) {
  const Manifest m = sample();
  auto back = parse_manifest(serialize_manifest(m));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->version, 7u);
  EXPECT_EQ(back->created, m.created);
  EXPECT_EQ(back->expires, m.expires);
  EXPECT_EQ(back->activate_at, m.activate_at);
  ASSERT_EQ(back->files.size(), 2u);
  EXPECT_EQ(back->files[1].path, "shows/opening.lua");
  EXPECT_EQ(serialize_manifest(*back), serialize_manifest(m));
}

TEST(Manifest, RejectsUnknownFormatAndBadFields) {
  EXPECT_EQ(parse_manifest("{\"format\": 2}").error().message, "unknown manifest format 2");
  EXPECT_NE(parse_manifest("{not json").error().message.find("malformed manifest: JSON syntax error"),
            std::string::npos);
  auto text = serialize_manifest(sample());
  text.replace(text.find("\"size\": 12"), 10, "\"size\": -1");
  EXPECT_EQ(parse_manifest(text).error().message,
            "malformed manifest: /files/0/size: expected a non-negative integer");
}

TEST(Manifest, PathRules) {
  EXPECT_TRUE(check_relative_path("exhibitors.json"));
  EXPECT_TRUE(check_relative_path("shows/opening.lua"));
  EXPECT_EQ(check_relative_path("../etc/passwd").error().message,
            "path traversal: \"..\" in \"../etc/passwd\"");
  EXPECT_EQ(check_relative_path("/etc/passwd").error().message,
            "path traversal: absolute path \"/etc/passwd\"");
  EXPECT_FALSE(check_relative_path("a//b"));
  EXPECT_FALSE(check_relative_path("a/./b"));
  EXPECT_FALSE(check_relative_path("shows/../../x"));
  EXPECT_FALSE(check_relative_path("a\\b"));
  Manifest m = sample();
  m.files.push_back(m.files[0]);
  EXPECT_EQ(check_manifest_paths(m).error().message, "duplicate path \"event.json\" in manifest");
}

}  // namespace
}  // namespace marquee::sync
