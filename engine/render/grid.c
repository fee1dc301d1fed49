/* grid.c — a grid of dark and light cells (a take-home card's QR code) as one texture of
   a pixel a cell, scaled up without smoothing when drawn, so that a code's modules stay
   sharp squares a phone camera reads. */
#include <string.h>

#include "render/internal.h"

void render_grid_free(Render *r) {
  if (r->grid_texture) SDL_DestroyTexture(r->grid_texture);
  r->grid_texture = NULL;
}

static uint64_t grid_hash(const unsigned char *cells, int n, int quiet) {
  uint64_t h = 14695981039346656037ULL ^ (uint64_t)n << 8 ^ (uint64_t)quiet;
  for (int i = 0; i < n * n; i++) h = (h ^ (cells[i] != 0)) * 1099511628211ULL;
  return h;
}

/* The texture of the grid, made when it is not the last one drawn; NULL if it cannot be. */
static SDL_Texture *grid_texture(Render *r, const unsigned char *cells, int n, int quiet) {
  uint64_t hash = grid_hash(cells, n, quiet);
  if (r->grid_texture && r->grid_hash == hash && r->grid_n == n && r->grid_quiet == quiet) return r->grid_texture;
  int side = n + 2 * quiet;
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, side, side, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  for (int y = 0; y < side; y++) {
    Uint32 *row = (Uint32 *)((unsigned char *)s->pixels + (size_t)y * (size_t)s->pitch);
    for (int x = 0; x < side; x++) {
      int cx = x - quiet, cy = y - quiet;
      bool dark = cx >= 0 && cy >= 0 && cx < n && cy < n && cells[cy * n + cx];
      row[x] = dark ? 0xFF000000u : 0xFFFFFFFFu;
    }
  }
  SDL_Texture *t = SDL_CreateTextureFromSurface(r->renderer, s);
  SDL_FreeSurface(s);
  if (!t) return NULL;
  SDL_SetTextureBlendMode(t, SDL_BLENDMODE_NONE); /* opaque: written */
  SDL_SetTextureScaleMode(t, SDL_ScaleModeNearest);
  if (r->grid_texture) render_after_frame(r, r->grid_texture); /* the last frame may still show it */
  r->grid_texture = t;
  r->grid_id = render_new_id(r);
  r->grid_hash = hash;
  r->grid_n = n;
  r->grid_quiet = quiet;
  return t;
}

void render_grid(Render *r, const unsigned char *cells, int n, int quiet, Rect at) {
  int side = n + 2 * quiet, cell = side > 0 ? at.w / side : 0;
  if (n <= 0 || cell <= 0) return;
  SDL_Rect dst = {at.x, at.y, cell * side, cell * side};
  if (dst.w < at.w || dst.h < at.h) render_fill(r, at, (Color){255, 255, 255, 255});
  SDL_Texture *t = grid_texture(r, cells, n, quiet);
  if (t) render_op_copy(r, t, r->grid_id, NULL, dst, RENDER_UNTINTED);
}
