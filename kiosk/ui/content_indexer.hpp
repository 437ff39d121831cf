#pragma once
// Builds what a new content snapshot needs before search and directions work on it, on a worker
// thread, so a content update never stalls a frame: the multilingual search index, the A-Z
// exhibitor orders, and the shortest-path trees from "You are here". The UI keeps the previous
// index (or none) until the new one is taken between frames.
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "content/model.hpp"
#include "content/search/search_index.hpp"
#include "core/latest_value.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::ui {

class ContentIndexer {
 public:
  struct Built {
    std::shared_ptr<const content::search::SearchIndex> index;
    std::shared_ptr<const wayfinding::Wayfinder> routes;
    std::shared_ptr<const content::Content> built_for;
  };

  ContentIndexer() = default;
  ~ContentIndexer();  // waits for a build in progress
  ContentIndexer(const ContentIndexer&) = delete;
  ContentIndexer& operator=(const ContentIndexer&) = delete;

  // Starts indexing `content` for a kiosk at walking node `origin` with `closed` places closed.
  // Waits for a build still running first (it finishes in well under a second even at 10k).
  void start(std::shared_ptr<const content::Content> content, std::string origin, wayfinding::Closures closed);
  // The finished build for the content last started, once; a build for content a later start()
  // superseded is dropped, never handed over. The snapshot it was built for stays referenced until
  // the next one is taken, so the UI's pointer comparison against it cannot meet a reused address.
  std::optional<Built> take();

 private:
  std::shared_ptr<core::LatestValue<Built>> slot_ = std::make_shared<core::LatestValue<Built>>();
  std::shared_ptr<const content::Content> last_built_for_;
  std::shared_ptr<const content::Content> requested_;  // what the last start() was for
  std::jthread worker_;
};

}  // namespace marquee::ui
