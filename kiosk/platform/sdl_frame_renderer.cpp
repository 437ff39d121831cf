#include "platform/sdl_frame_renderer.hpp"

#include <imgui_impl_sdlrenderer.h>

#include <string>

namespace marquee::platform {

SdlFrameRenderer::SdlFrameRenderer(SDL_Renderer* renderer, bool vsync) : renderer_(renderer), vsync_(vsync) {
  SDL_RendererInfo info{};
  SDL_GetRendererInfo(renderer_, &info);
  name_ = info.name ? info.name : "SDL";
}

SdlFrameRenderer::~SdlFrameRenderer() {
  SDL_DestroyRenderer(renderer_);
}

void SdlFrameRenderer::attach_imgui() {
  ImGui_ImplSDLRenderer_Init(renderer_);
}

void SdlFrameRenderer::detach_imgui() {
  ImGui_ImplSDLRenderer_Shutdown();
}

int SdlFrameRenderer::width() const {
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(renderer_, &w, &h);
  return w;
}

int SdlFrameRenderer::height() const {
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(renderer_, &w, &h);
  return h;
}

ImTextureID SdlFrameRenderer::create_texture(int width, int height, const std::uint8_t* rgba) {
  SDL_Texture* tex =
      SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, width, height);
  if (!tex) return nullptr;
  SDL_UpdateTexture(tex, nullptr, rgba, width * 4);
  SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
  return tex;
}

void SdlFrameRenderer::destroy_texture(ImTextureID texture) {
  if (texture) SDL_DestroyTexture(static_cast<SDL_Texture*>(texture));
}

void SdlFrameRenderer::upload_font_atlas() {
  ImGui_ImplSDLRenderer_DestroyFontsTexture();
  ImGui_ImplSDLRenderer_CreateFontsTexture();
  ImGui::GetIO().Fonts->ClearTexData();  // the texture holds the pixels now
}

void SdlFrameRenderer::render(const ImDrawData& data, float r, float g, float b) {
  SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(r * 255), static_cast<Uint8>(g * 255),
                         static_cast<Uint8>(b * 255), 255);
  SDL_RenderClear(renderer_);
  ImGui_ImplSDLRenderer_RenderDrawData(
      const_cast<ImDrawData*>(&data));  // NOLINT: the backend takes non-const
  // SDL batches draw calls: flushing makes it rasterise now, so render() costs what drawing costs
  // (not the vsync wait in present()).
  SDL_RenderFlush(renderer_);
}

core::Result<RgbaImage> SdlFrameRenderer::read_pixels() {
  RgbaImage image;
  if (SDL_GetRendererOutputSize(renderer_, &image.width, &image.height) != 0 || image.width <= 0) {
    return core::make_error(std::string("cannot read renderer size: ") + SDL_GetError());
  }
  image.rgba.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
  if (SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_ABGR8888, image.rgba.data(),
                           image.width * 4) != 0) {
    return core::make_error(std::string("cannot read pixels: ") + SDL_GetError());
  }
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // the screen is opaque
  return image;
}

void SdlFrameRenderer::present() {
  SDL_RenderPresent(renderer_);
}

}  // namespace marquee::platform
