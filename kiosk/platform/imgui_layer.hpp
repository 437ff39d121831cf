#pragma once
// Dear ImGui on top of the SDL window and SDL_Renderer: context, backends, and the frame bracket.
#include <SDL.h>

namespace marquee::platform {

class ImGuiLayer {
 public:
  ImGuiLayer(SDL_Window* window, SDL_Renderer* renderer);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  // Feeds one SDL event to ImGui.
  void process_event(const SDL_Event& event);
  void begin_frame();
  // Renders ImGui's draw data into the renderer; the caller presents (or screenshots first).
  void render(float clear_r, float clear_g, float clear_b);
  // After the font atlas changed (new content brings new glyphs): re-upload its texture.
  void reload_fonts();

 private:
  SDL_Renderer* renderer_;
};

}  // namespace marquee::platform
