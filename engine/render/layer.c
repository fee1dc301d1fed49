/* layer.c — a transition's moving part drawn once: the ops a screen's content records
   are painted into a texture of their own over the screen's opaque background, and each
   frame of the transition shows that texture moved and faded with one copy. Drawing
   every text and picture again with its alpha changed cost SDL's software renderer
   its generic modulating blend (~25 instructions a pixel) for each of them in every
   frame; an opaque texture faded as a whole takes its surface-alpha blit. Which ops it
   holds is kept, so a layer is remade whenever the content draws otherwise (a press,
   a scroll, a word lit while read aloud): what is shown is always what the ops say. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "render/internal.h"

struct RenderLayer {
  SDL_Texture *texture; /* the Render's layer_texture, while this layer holds it */
  uint64_t id;          /* of what it painted there */
  SDL_Rect area; /* where the ops drew, unmoved */
  Color bg;
  RenderOp *ops; /* what it holds, as recorded */
  int nops;
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
  SDL_Rect src = {0, 0, l->area.w, l->area.h};
  render_op_copy(r, l->texture, l->id, &src, (SDL_Rect){l->area.x, l->area.y + dy, l->area.w, l->area.h},
                 (Color){255, 255, 255, alpha});
  r->ops[r->nops - 1].layer = true;
}
