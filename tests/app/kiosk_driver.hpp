#pragma once
// Drives the real kiosk (SDL dummy video driver, software renderer, ImGui, demo content) with
// injected SDL events on a manual clock: taps, drags and frames, as a finger would.
#include <SDL.h>
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "app/kiosk_app.hpp"

namespace marquee::app {

class KioskDriver : public ::testing::Test {
 public:
  void SetUp() override {
    RunOptions o;
    o.headless = true;
    o.size = "1920x1080";
    o.now = "2027-03-26T10:40:00+08:00";
    auto started = KioskApp::create(o, &clock_);
    const auto failure = started.failure;
    app_ = std::move(started.app);
    ASSERT_TRUE(app_) << failure.message;
    frames(2);
  }
  void TearDown() override { app_.reset(); }

  void frames(int n) {
    for (int i = 0; i < n; ++i) {
      clock_.advance(core::Millis{33});
      ASSERT_TRUE(app_->step());
    }
  }
  void push_button(Uint32 type, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = static_cast<Sint32>(x);
    e.button.y = static_cast<Sint32>(y);
    SDL_PushEvent(&e);
  }
  void push_motion(float x, float y) {
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = static_cast<Sint32>(x);
    e.motion.y = static_cast<Sint32>(y);
    SDL_PushEvent(&e);
  }
  void tap_at(ImVec2 p) {
    push_motion(p.x, p.y);
    push_button(SDL_MOUSEBUTTONDOWN, p.x, p.y);
    frames(1);
    push_button(SDL_MOUSEBUTTONUP, p.x, p.y);
    frames(2);
  }
  void press_at(ImVec2 p) {
    push_motion(p.x, p.y);
    push_button(SDL_MOUSEBUTTONDOWN, p.x, p.y);
  }
  void release_at(ImVec2 p) { push_button(SDL_MOUSEBUTTONUP, p.x, p.y); }
  ImVec2 centre_of(const std::string& name) {
    const ui::TapTarget* t = app_->ui().tap_targets().find(name);
    EXPECT_NE(t, nullptr) << "nothing named \"" << name << "\" on screen";
    return t ? t->centre() : ImVec2(-1, -1);
  }
  bool on_screen(const std::string& name) { return app_->ui().tap_targets().find(name) != nullptr; }
  void tap(const std::string& name) {
    const ui::TapTarget* t = app_->ui().tap_targets().find(name);
    ASSERT_NE(t, nullptr) << "nothing named \"" << name << "\" on screen";
    tap_at(t->centre());
  }
  // Pictures decode on a worker in real time; when one arrives a card can grow and move its
  // buttons. Steps frames until `name` has stayed in place for ten of them (bounded: 250 frames).
  void settle_on(const std::string& name) {
    ImVec2 last(-1, -1);
    int still = 0;
    for (int i = 0; i < 250 && still < 10; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      frames(1);
      const ui::TapTarget* t = app_->ui().tap_targets().find(name);
      const ImVec2 c = t ? t->centre() : ImVec2(-1, -1);
      still = c.x == last.x && c.y == last.y ? still + 1 : 0;
      last = c;
    }
  }
  // A finger drag from p by (dx, dy) over `steps` frames.
  void drag(ImVec2 p, float dx, float dy, int steps) {
    push_motion(p.x, p.y);
    push_button(SDL_MOUSEBUTTONDOWN, p.x, p.y);
    frames(1);
    for (int i = 1; i <= steps; ++i) {
      push_motion(p.x + dx * static_cast<float>(i) / static_cast<float>(steps),
                  p.y + dy * static_cast<float>(i) / static_cast<float>(steps));
      frames(1);
    }
    push_button(SDL_MOUSEBUTTONUP, p.x + dx, p.y + dy);
    frames(2);
  }
  ui::UiState& state() { return app_->ui().state(); }

  core::ManualClock clock_{core::WallTime{}};
  std::unique_ptr<KioskApp> app_;
};

}  // namespace marquee::app
