#include "platform/imgui_layer.hpp"

#include <imgui.h>

#include <cfloat>
#include <imgui_impl_sdl.h>

namespace marquee::platform {

ImGuiLayer::ImGuiLayer(SDL_Window* window, FrameRenderer& renderer) : window_(window), renderer_(renderer) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // a kiosk never persists window layout
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ImGui_ImplSDL2_InitForSDLRenderer(window);
  renderer_.attach_imgui();
}

ImGuiLayer::~ImGuiLayer() {
  renderer_.detach_imgui();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiLayer::process_event(const SDL_Event& event) {
  ImGui_ImplSDL2_ProcessEvent(&event);
  track_pointer(event);
}

void ImGuiLayer::track_pointer(const SDL_Event& e) {
  auto press = [this](float x, float y) {
    pointer_.x = x, pointer_.y = y;
    pointer_.down = pointer_.pressed_this_frame = pointer_.seen = pointer_.present = true;
  };
  auto release = [this](float x, float y) {
    pointer_.x = x, pointer_.y = y;
    if (pointer_.pressed_this_frame) {
      pointer_.release_next_frame = true;  // keep a sub-frame tap visible for one frame
    } else {
      pointer_.down = false;
    }
  };
  int w = 0, h = 0;
  SDL_GetWindowSize(window_, &w, &h);
  const auto fw = static_cast<float>(w), fh = static_cast<float>(h);
  switch (e.type) {
    case SDL_MOUSEMOTION:
      if (e.motion.which == SDL_TOUCH_MOUSEID) break;  // the finger event already moved us
      pointer_.seen = true;
      // Touch first: a pointer that moves with nothing pressed is not there (no hover); a press
      // starts where it lands, so it never drags from where the last touch ended.
      if (pointer_.down) pointer_.x = static_cast<float>(e.motion.x), pointer_.y = static_cast<float>(e.motion.y);
      break;
    case SDL_MOUSEBUTTONDOWN:
      if (e.button.button == SDL_BUTTON_LEFT && e.button.which != SDL_TOUCH_MOUSEID) {
        press(static_cast<float>(e.button.x), static_cast<float>(e.button.y));
      }
      break;
    case SDL_MOUSEBUTTONUP:
      if (e.button.button == SDL_BUTTON_LEFT && e.button.which != SDL_TOUCH_MOUSEID) {
        release(static_cast<float>(e.button.x), static_cast<float>(e.button.y));
      }
      break;
    case SDL_FINGERDOWN:
      press(e.tfinger.x * fw, e.tfinger.y * fh);
      break;
    case SDL_FINGERMOTION:
      if (pointer_.down) pointer_.x = e.tfinger.x * fw, pointer_.y = e.tfinger.y * fh;
      break;
    case SDL_FINGERUP:
      release(e.tfinger.x * fw, e.tfinger.y * fh);
      break;
    default:
      break;
  }
}

void ImGuiLayer::begin_frame() {
  ImGui_ImplSDL2_NewFrame();
  // Positions are pixels of the window (the renderer draws at its size, scale 1).
  ImGui::GetIO().DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  if (pointer_.seen) {  // the event-tracked pointer wins over the backend's polled mouse state
    ImGuiIO& io = ImGui::GetIO();
    // Where no finger is, there is no pointer: nothing stays "hovered" after a finger lifts, and
    // the next press has no previous position to jump from (MouseDelta is 0 on its frame).
    io.MousePos = pointer_.present ? ImVec2(pointer_.x, pointer_.y) : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = pointer_.down;
  }
  ImGui::NewFrame();
  pointer_.pressed_this_frame = false;
  if (!pointer_.down) pointer_.present = false;  // this frame saw the release at its position
  if (pointer_.release_next_frame) {
    pointer_.down = false;
    pointer_.release_next_frame = false;
  }
}

void ImGuiLayer::render(float r, float g, float b) {
  ImGui::Render();
  renderer_.render(*ImGui::GetDrawData(), r, g, b);
}

void ImGuiLayer::reload_fonts() {
  renderer_.upload_font_atlas();
}

}  // namespace marquee::platform
