/* layer.c — a screen coming in, drawn once: the ops its content records are painted
   into a texture of their own over the screen's opaque background, and the transition's
   frames reveal that texture from the top down, each frame copying (opaque, no blend)
   only the rows it adds. A fade blended the whole content in every frame: SDL's
   software renderer does that at ~12 instructions a pixel, 1.7-3.1 M a frame at 800x480
   and 16 M at 1920x1080, ten frames a transition; the rows a reveal adds are copied
   once, at memcpy speed, and the rows already shown are not drawn again (frame.c keeps
   an op that draws as it did). Which ops a layer holds is kept, so it is remade
   whenever the content draws otherwise (a press, a scroll, a word lit while read
   aloud): what is shown is always what the ops say. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "render/internal.h"

#define LAYER_MAX_STRIPS 32 /* a transition has ~10 frames; past this the last strip grows */

struct RenderLayer {
  SDL_Texture *texture; /* the Render's layer_texture, while this layer holds it */
  uint64_t id;          /* of what it painted there */
  SDL_Rect area;        /* where the ops drew */
  Color bg;
  RenderOp *ops; /* what it holds, as recorded */
  int nops;
  int edges[LAYER_MAX_STRIPS]; /* the rows shown so far, in strips: strip k is edges[k-1]..edges[k] */
  int nedges;
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

/* The layer's first `rows` rows as strips that keep their place from frame to frame:
   a strip once shown is the same op in every later frame, so only a new strip is drawn. */
static void reveal_to(RenderLayer *l, int rows) {
  while (l->nedges > 0 && l->edges[l->nedges - 1] > rows) l->nedges--; /* shown again from less */
  if (rows <= 0 || (l->nedges > 0 && l->edges[l->nedges - 1] == rows)) return;
  if (l->nedges == LAYER_MAX_STRIPS) l->nedges--;
  l->edges[l->nedges++] = rows;
}

void render_as_layer(Render *r, RenderLayer **layer, int mark, Color bg, float shown, bool remake) {
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
  RenderLayer *l = *layer;
  r->nops = mark; /* the layer stands for them */
  reveal_to(l, shown >= 1 ? l->area.h : shown <= 0 ? 0 : (int)((float)l->area.h * shown));
  for (int k = 0, top = 0; k < l->nedges; top = l->edges[k++]) {
    SDL_Rect src = {0, top, l->area.w, l->edges[k] - top};
    render_op_copy(r, l->texture, l->id, &src, (SDL_Rect){l->area.x, l->area.y + top, src.w, src.h}, RENDER_UNTINTED);
    r->ops[r->nops - 1].layer = true;
  }
}
