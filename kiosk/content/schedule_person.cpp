// schedule.json import: persons of events become speakers, one per person across all events.
#include <algorithm>

#include "content/json_fields.hpp"
#include "content/plain_text.hpp"
#include "content/schedule_importer.hpp"
#include "core/quote.hpp"

namespace marquee::content::schedule_detail {
namespace {

std::string trimmed(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// frab has public_name, pretalx name (older pretalx public_name too).
std::string person_name(const OJson& p) {
  for (const char* key : {"name", "public_name", "full_public_name"}) {
    if (auto name = string_member(p, key)) {
      if (auto t = trimmed(*name); !t.empty()) return t;
    }
  }
  return "";
}

// What identifies a person across events: pretalx code, guid, frab id, else the name.
std::string person_key(const OJson& p, const std::string& name) {
  if (auto code = string_member(p, "code"); code && !code->empty()) return *code;
  if (auto guid = string_member(p, "guid"); guid && !guid->empty()) return *guid;
  auto id = p.find("id");
  if (id != p.end() && id->is_number_integer()) return "person-" + std::to_string(id->get<long long>());
  return name.empty() ? "" : "name:" + name;
}

// pretalx codes and frab ids are kept as they are, so speakers stay recognisable across imports.
bool id_safe(const std::string& key) {
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

}  // namespace

std::vector<std::string> Importer::persons_of(const OJson& event, const std::string& path) {
  std::vector<std::string> ids;
  auto persons = event.find("persons");
  if (persons == event.end() || persons->is_null()) return ids;
  const std::string list_path = pointer_append(path, "persons");
  if (!persons->is_array()) {
    warn(list_path, "expected an array of persons; ignored");
    return ids;
  }
  for (std::size_t i = 0; i < persons->size(); ++i) {
    const OJson& p = (*persons)[i];
    const std::string p_path = pointer_append(list_path, i);
    const std::string name = p.is_object() ? person_name(p) : "";
    const std::string key = p.is_object() ? person_key(p, name) : "";
    if (key.empty()) {
      warn(p_path, "person skipped: no name and no id");
      ++out_.counts.persons_skipped;
      continue;
    }
    auto [it, fresh] = speaker_by_key_.emplace(key, out_.speakers.size());
    if (fresh) {
      Speaker s;
      s.id = id_safe(key) ? key
                          : slugger_.unique(key.rfind("name:", 0) == 0 ? "person-" + name : key, "person",
                                            speaker_ids_);
      speaker_ids_.insert(s.id);
      out_.speakers.push_back(std::move(s));
      out_.speaker_paths.push_back(p_path);
    }
    Speaker& s = out_.speakers[it->second];
    if (!s.name.has(Lang::En) && !name.empty()) {
      s.name.set(Lang::En, name);
      s.name.set(Lang::Zh, name);
    }
    const auto bio = to_plain_text(string_member(p, "biography").value_or(""));
    if (!s.bio.has(Lang::En) && !bio.empty()) s.bio.set(Lang::En, bio);
    if (std::find(ids.begin(), ids.end(), s.id) == ids.end()) ids.push_back(s.id);
  }
  return ids;
}

// A person whose name appears in no event cannot be shown; drop them (reported) and their
// references, keeping the session itself.
void Importer::drop_nameless_speakers() {
  std::unordered_set<std::string> dropped;
  std::vector<Speaker> kept;
  std::vector<std::string> kept_paths;
  for (std::size_t i = 0; i < out_.speakers.size(); ++i) {
    if (out_.speakers[i].name.has(Lang::En)) {
      kept.push_back(std::move(out_.speakers[i]));
      kept_paths.push_back(out_.speaker_paths[i]);
      continue;
    }
    warn(out_.speaker_paths[i],
         "person " + core::quote_value(out_.speakers[i].id) + " skipped: no name in any event");
    ++out_.counts.persons_skipped;
    dropped.insert(out_.speakers[i].id);
  }
  out_.speakers = std::move(kept);
  out_.speaker_paths = std::move(kept_paths);
  if (dropped.empty()) return;
  for (auto& s : out_.sessions) {
    std::erase_if(s.speakers, [&](const std::string& id) { return dropped.count(id) > 0; });
  }
}

}  // namespace marquee::content::schedule_detail
