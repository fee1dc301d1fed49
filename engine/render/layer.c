/* layer.c — a transition's moving part drawn once: the ops a screen's content records
   are painted into a texture of their own over the screen's opaque background, and each
   frame of the transition shows that texture moved and faded with one copy. Drawing
   every text and picture again with its alpha changed cost SDL's software renderer
   its generic modulating blend (~25 instructions a pixel) for each of them in every
   frame; an opaque texture faded as a whole takes its surface-alpha blit. Which ops it
   holds is kept, so a layer is remade whenever the content draws otherwise (a press,
   a scroll, a word lit while read aloud): what is shown is always what the ops say.
   Only the parts of the layer the ops drew on are copied (its pieces): elsewhere it
   is the background, which the frame has already, and blending the background over
   itself leaves it as it is. A screen's content covers 40-70 % of it. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "render/internal.h"

#define LAYER_TILE 32       /* pixels: the grain of the pieces */
#define LAYER_MAX_PIECES 48 /* more, and the layer is copied whole: each copy has its cost */

struct RenderLayer {
  SDL_Texture *texture; /* the Render's layer_texture, while this layer holds it */
  uint64_t id;          /* of what it painted there */
  SDL_Rect area; /* where the ops drew, unmoved */
  Color bg;
  RenderOp *ops; /* what it holds, as recorded */
  int nops;
  SDL_Rect pieces[LAYER_MAX_PIECES]; /* where the ops drew, in the layer's pixels, apart */
  int npieces;
};

int render_mark(const Render *r) { return r->nops; }

void render_layer_free(RenderLayer *l) {
  if (!l) return;
  free(l->ops);
  free(l);
}

void render_layers_free(Render *r) {
  if (r->layer_texture) SDL_DestroyTexture(r->layer_texture);
  r->layer_texture = NULL;
}

void render_trim(Render *r) {
  render_layers_free(r);
  r->layer_holder = 0; /* no layer holds it now: the next one is painted anew */
}

static bool holds(const Render *r, const RenderLayer *l, const RenderOp *ops, int n, Color bg) {
  if (!l || l->id != r->layer_holder || l->nops != n || memcmp(&l->bg, &bg, sizeof bg) != 0) return false;
  for (int i = 0; i < n; i++)
    if (!render_op_same(&l->ops[i], &ops[i])) return false;
  return true;
}

/* Rectangles that do not overlap and hold every pixel the ops can reach, in the
   layer's own pixels: the tiles any op touches, in runs along each row of tiles, rows
   with the same runs merged; one rectangle, the whole layer, when that takes too many. */
static void find_pieces(const Render *r, RenderLayer *l, const RenderOp *ops, int n) {
  int cols = (l->area.w + LAYER_TILE - 1) / LAYER_TILE, rows = (l->area.h + LAYER_TILE - 1) / LAYER_TILE;
  unsigned char *used = xcalloc((size_t)cols * (size_t)rows, 1);
  for (int i = 0; i < n; i++) {
    SDL_Rect at = render_op_reach(r, &ops[i]);
    if (at.w <= 0 || at.h <= 0) continue;
    int x0 = (at.x - l->area.x) / LAYER_TILE, x1 = (at.x + at.w - 1 - l->area.x) / LAYER_TILE;
    int y0 = (at.y - l->area.y) / LAYER_TILE, y1 = (at.y + at.h - 1 - l->area.y) / LAYER_TILE;
    for (int y = y0; y <= y1; y++) memset(&used[(size_t)y * (size_t)cols + (size_t)x0], 1, (size_t)(x1 - x0 + 1));
  }
  l->npieces = 0;
  int open = 0; /* pieces of the row above, still growing: the last `open` ones */
  for (int y = 0; y < rows; y++) {
    SDL_Rect runs[LAYER_MAX_PIECES];
    int nruns = 0;
    for (int x = 0; x < cols; x++) {
      if (!used[(size_t)y * (size_t)cols + (size_t)x]) continue;
      int end = x;
      while (end + 1 < cols && used[(size_t)y * (size_t)cols + (size_t)end + 1]) end++;
      if (nruns == LAYER_MAX_PIECES) goto whole;
      runs[nruns++] = (SDL_Rect){x * LAYER_TILE, y * LAYER_TILE, (end - x + 1) * LAYER_TILE, LAYER_TILE};
      x = end;
    }
    bool same = nruns == open && nruns > 0;
    for (int k = 0; same && k < nruns; k++) {
      const SDL_Rect *above = &l->pieces[l->npieces - open + k];
      same = above->x == runs[k].x && above->w == runs[k].w;
    }
    if (same) {
      for (int k = 0; k < nruns; k++) l->pieces[l->npieces - open + k].h += LAYER_TILE;
      continue;
    }
    if (l->npieces + nruns > LAYER_MAX_PIECES) goto whole;
    memcpy(&l->pieces[l->npieces], runs, sizeof(SDL_Rect) * (size_t)nruns);
    l->npieces += nruns;
    open = nruns;
  }
  for (int i = 0; i < l->npieces; i++) { /* the last tiles may stick out of the layer */
    SDL_Rect *p = &l->pieces[i];
    if (p->x + p->w > l->area.w) p->w = l->area.w - p->x;
    if (p->y + p->h > l->area.h) p->h = l->area.h - p->y;
  }
  free(used);
  return;
whole:
  l->pieces[0] = (SDL_Rect){0, 0, l->area.w, l->area.h};
  l->npieces = 1;
  free(used);
}

/* The ops painted over bg into a new layer of their area; NULL if the renderer cannot. */
static RenderLayer *paint(Render *r, const RenderOp *ops, int n, SDL_Rect area, Color bg) {
  if (!r->layer_texture) {
    r->layer_texture = SDL_CreateTexture(r->renderer, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_TARGET, r->width, r->height);
    if (!r->layer_texture) return NULL;
    SDL_SetTextureBlendMode(r->layer_texture, SDL_BLENDMODE_BLEND);
  }
  SDL_Texture *t = r->layer_texture, *was = SDL_GetRenderTarget(r->renderer);
  if (SDL_SetRenderTarget(r->renderer, t) != 0) return NULL;
  RenderLayer *l = xcalloc(1, sizeof *l);
  l->texture = t;
  l->id = r->layer_holder = render_new_id(r);
  l->area = area;
  l->bg = bg;
  l->ops = xmalloc(sizeof(RenderOp) * (size_t)(n > 0 ? n : 1));
  memcpy(l->ops, ops, sizeof(RenderOp) * (size_t)n);
  l->nops = n;
  RenderOp fill = {.kind = RENDER_OP_FILL, .dst = {0, 0, area.w, area.h}, .color = bg};
  render_op_draw(r, &fill, NULL);
  for (int i = 0; i < n; i++) { /* drawn where they were, less the area's corner */
    RenderOp op = ops[i];
    op.dst.x -= area.x, op.dst.y -= area.y;
    op.clip.x -= area.x, op.clip.y -= area.y;
    render_op_draw(r, &op, NULL);
  }
  SDL_RenderSetClipRect(r->renderer, NULL);
  SDL_SetRenderTarget(r->renderer, was);
  find_pieces(r, l, ops, n);
  return l;
}

void render_as_layer(Render *r, RenderLayer **layer, int mark, Color bg, int dy, uint8_t alpha, bool remake) {
  if (mark < 0 || mark >= r->nops) return;
  bg.a = 255;
  const RenderOp *ops = &r->ops[mark];
  int n = r->nops - mark;
  if (!holds(r, *layer, ops, n, bg)) {
    if (!remake) return;
    SDL_Rect area = {0, 0, 0, 0};
    for (int i = 0; i < n; i++) {
      SDL_Rect at = render_op_reach(r, &ops[i]);
      if (at.w > 0 && at.h > 0) {
        if (area.w > 0) SDL_UnionRect(&area, &at, &area);
        else area = at;
      }
    }
    render_layer_free(*layer);
    *layer = area.w > 0 ? paint(r, ops, n, area, bg) : NULL;
    if (!*layer) return; /* drawn as they are */
  }
  const RenderLayer *l = *layer;
  r->nops = mark; /* the layer stands for them */
  if (alpha == 0) return;
  for (int i = 0; i < l->npieces; i++) {
    SDL_Rect src = l->pieces[i];
    render_op_copy(r, l->texture, l->id, &src, (SDL_Rect){l->area.x + src.x, l->area.y + src.y + dy, src.w, src.h},
                   (Color){255, 255, 255, alpha});
    r->ops[r->nops - 1].layer = true;
  }
}
