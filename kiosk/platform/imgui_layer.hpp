#pragma once
// Dear ImGui on top of the SDL window and a FrameRenderer: context, input, and the frame bracket.
#include <SDL.h>

#include "platform/frame_renderer.hpp"

namespace marquee::platform {

class ImGuiLayer {
 public:
  ImGuiLayer(SDL_Window* window, FrameRenderer& renderer);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  // Feeds one SDL event to ImGui. Pointer input (mouse and touch) is tracked from the events
  // themselves rather than polled from SDL, so a tap shorter than a frame is never lost and
  // injected events (tests, remote input) behave exactly like real ones.
  void process_event(const SDL_Event& event);
  void begin_frame();
  // Ends the frame and draws it; the caller presents (or screenshots first).
  void render(float clear_r, float clear_g, float clear_b);
  // After the font atlas changed (new content brings new glyphs): re-upload its texture.
  void reload_fonts();

 private:
  void track_pointer(const SDL_Event& event);

  SDL_Window* window_;
  FrameRenderer& renderer_;
  struct Pointer {
    float x = -1e30f, y = -1e30f;
    bool seen = false;  // any pointer event yet
    bool present = false;  // a finger (or button) is down, or lifted this frame: there is no hover
    bool down = false;
    bool pressed_this_frame = false;
    bool release_next_frame = false;  // down and up in one frame: hold for one frame first
  } pointer_;
};

}  // namespace marquee::platform
