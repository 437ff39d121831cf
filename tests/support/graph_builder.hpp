#pragma once
// Small hand-made venues for routing and UI tests, built in code so each test shows its whole graph.
// Lengths are given in metres (the loader would compute them from positions); positions only
// matter for turns and for the polylines.
#include <memory>
#include <string>

#include "content/model.hpp"
#include "localized.hpp"

namespace marquee::testing {

class GraphBuilder {
 public:
  GraphBuilder() {
    level("G", 0, "G");
    level("L1", 1, "1");
    level("L2", 2, "2");
  }
  GraphBuilder& level(const std::string& id, int floor, const std::string& label,
                      const std::string& venue = "v") {
    c_.walking.levels.push_back({id, venue, floor, label, {}});
    return *this;
  }
  GraphBuilder& node(const std::string& id, double x, double y, const std::string& level = "G",
                     const std::string& name_en = "") {
    content::WalkNode n;
    n.id = id;
    n.level = level;
    n.position = {x, y};
    if (!name_en.empty()) n.name = localized(name_en);
    c_.walking.nodes.push_back(std::move(n));
    return *this;
  }
  GraphBuilder& edge(const std::string& from, const std::string& to, double metres,
                     content::EdgeKind kind = content::EdgeKind::Corridor, const std::string& lift = "") {
    c_.walking.edges.push_back({from + "-" + to, from, to, kind, lift, metres});
    return *this;
  }
  GraphBuilder& amenity(const std::string& id, content::AmenityKind kind, const std::string& node) {
    content::Amenity a;
    a.id = id;
    a.kind = kind;
    a.node = node;
    a.name = localized(id);
    c_.walking.amenities.push_back(std::move(a));
    return *this;
  }
  GraphBuilder& booth(const std::string& id, const std::string& node) {
    c_.booths.push_back({id, "h", id, {}, "", node});
    return *this;
  }
  content::Content& content() { return c_; }
  std::shared_ptr<const content::Content> build() {
    c_.build_indexes();
    return std::make_shared<const content::Content>(c_);
  }

 private:
  content::Content c_;
};

}  // namespace marquee::testing
