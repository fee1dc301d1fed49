/* frame.c — a frame is recorded as a list of fills and texture copies and drawn at
   present; where the buffer keeps the last frame (the software renderer, a headless
   canvas, a rotated panel's target texture), only what differs from the last frame's
   list is drawn again. A tap that lights one button, or the attract screen moving its
   highlight to the next language, redraws a few thousand pixels instead of the screen.

   Two ops are equal when they draw the same way: same kind, rectangles, colour, blend,
   clip and texture id (ids are never reused and a texture never changes after it is
   made). The lists are matched in order; every op left unmatched, in the old list or
   the new one, adds its rectangle to the damage. Outside the damage every pixel is
   drawn by matched ops only, in the same order, so it is what it was. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "render/internal.h"

#define FRAME_LOOKAHEAD 64    /* ops searched ahead for a match: a screen has a few hundred */
#define FRAME_MAX_DAMAGE 8    /* separate rectangles before they merge into one */
#define FRAME_FULL_PERCENT 60 /* damage over this share of the screen: draw it all */

uint64_t render_new_id(Render *r) { return ++r->next_id; }

static RenderOp *push(Render *r) {
  if (r->nops == r->capops) {
    r->capops = r->capops ? r->capops * 2 : 256;
    r->ops = xrealloc(r->ops, sizeof(RenderOp) * (size_t)r->capops);
  }
  RenderOp *op = &r->ops[r->nops++];
  memset(op, 0, sizeof *op);
  op->clipped = r->clipped;
  if (r->clipped) op->clip = r->clip;
  return op;
}

static bool contains(const SDL_Rect *outer, const SDL_Rect *inner) {
  return inner->x >= outer->x && inner->y >= outer->y && inner->x + inner->w <= outer->x + outer->w &&
         inner->y + inner->h <= outer->y + outer->h;
}

/* A translucent fill over pixels that all hold one opaque colour is that colour blended
   once, written: the pressed look of a whole-screen control (the attract screen) was a
   blended 800x480 fill, 10 M instructions in SDL's software renderer, against 0.1 M
   written. The last op under the rectangle must be an opaque fill holding all of it. */
static Color over_known(const Render *r, SDL_Rect rect, Color c) {
  for (int k = r->nops - 1; k >= 0; k--) {
    const RenderOp *op = &r->ops[k];
    SDL_Rect under = op->dst;
    if (op->clipped && !SDL_IntersectRect(&under, &op->clip, &under)) continue;
    if (!SDL_HasIntersection(&under, &rect)) continue;
    if (op->kind != RENDER_OP_FILL || op->color.a != 255 || !contains(&under, &rect)) return c;
    Color d = op->color; /* SDL's blend: c * a / 255 + d * (255 - a) / 255 */
    unsigned a = c.a, ia = 255u - a;
    return (Color){(unsigned char)(c.r * a / 255 + d.r * ia / 255), (unsigned char)(c.g * a / 255 + d.g * ia / 255),
                   (unsigned char)(c.b * a / 255 + d.b * ia / 255), 255};
  }
  return c;
}

void render_op_fill(Render *r, SDL_Rect rect, Color c) {
  if (c.a < 255) c = over_known(r, rect, c);
  RenderOp *op = push(r);
  op->kind = RENDER_OP_FILL;
  op->dst = rect;
  op->color = c;
}

void render_op_copy(Render *r, SDL_Texture *t, uint64_t id, const SDL_Rect *src, SDL_Rect dst, Color mod) {
  RenderOp *op = push(r);
  op->kind = RENDER_OP_COPY;
  op->texture = t;
  op->id = id;
  op->has_src = src != NULL;
  if (src) op->src = *src;
  op->dst = dst;
  op->color = mod;
}

void render_after_frame(Render *r, SDL_Texture *t) {
  if (r->nlater == r->caplater) {
    r->caplater = r->caplater ? r->caplater * 2 : 16;
    r->later = xrealloc(r->later, sizeof(SDL_Texture *) * (size_t)r->caplater);
  }
  r->later[r->nlater++] = t;
}

bool render_op_same(const RenderOp *a, const RenderOp *b) {
  return a->kind == b->kind && a->id == b->id && a->has_src == b->has_src && a->clipped == b->clipped &&
         memcmp(&a->dst, &b->dst, sizeof a->dst) == 0 && memcmp(&a->color, &b->color, sizeof a->color) == 0 &&
         (!a->has_src || memcmp(&a->src, &b->src, sizeof a->src) == 0) &&
         (!a->clipped || memcmp(&a->clip, &b->clip, sizeof a->clip) == 0);
}

/* The pixels an op can touch. */
SDL_Rect render_op_reach(const Render *r, const RenderOp *op) {
  SDL_Rect screen = {0, 0, r->width, r->height}, out;
  if (!SDL_IntersectRect(&op->dst, &screen, &out)) return (SDL_Rect){0, 0, 0, 0};
  if (op->clipped && !SDL_IntersectRect(&out, &op->clip, &out)) return (SDL_Rect){0, 0, 0, 0};
  return out;
}

typedef struct Damage {
  SDL_Rect rect[FRAME_MAX_DAMAGE];
  int n;
} Damage;

static void damage_add(Damage *d, SDL_Rect a) {
  if (a.w <= 0 || a.h <= 0) return;
  for (int i = 0; i < d->n; i++) { /* touching or overlapping: one rectangle */
    SDL_Rect grown = {d->rect[i].x - 1, d->rect[i].y - 1, d->rect[i].w + 2, d->rect[i].h + 2};
    if (SDL_HasIntersection(&grown, &a)) {
      SDL_UnionRect(&d->rect[i], &a, &a);
      d->rect[i] = d->rect[--d->n];
      damage_add(d, a);
      return;
    }
  }
  if (d->n == FRAME_MAX_DAMAGE) {
    for (int i = 1; i < d->n; i++) SDL_UnionRect(&d->rect[0], &d->rect[i], &d->rect[0]);
    d->n = 1;
    damage_add(d, a);
    return;
  }
  d->rect[d->n++] = a;
}

static int find(const RenderOp *list, int from, int n, const RenderOp *op) {
  for (int k = from; k < n && k < from + FRAME_LOOKAHEAD; k++)
    if (render_op_same(&list[k], op)) return k;
  return -1;
}

/* What differs between the last frame's ops and this one's. */
static void diff(const Render *r, Damage *d) {
  const RenderOp *old = r->prev, *now = r->ops;
  int i = 0, j = 0;
  while (i < r->nprev && j < r->nops) {
    if (render_op_same(&old[i], &now[j])) {
      i++, j++;
      continue;
    }
    int k = find(old, i + 1, r->nprev, &now[j]);
    if (k >= 0) { /* old ops i..k-1 are gone */
      for (; i < k; i++) damage_add(d, render_op_reach(r, &old[i]));
      continue;
    }
    int l = find(now, j + 1, r->nops, &old[i]);
    if (l >= 0) { /* new ops j..l-1 came */
      for (; j < l; j++) damage_add(d, render_op_reach(r, &now[j]));
      continue;
    }
    damage_add(d, render_op_reach(r, &old[i++]));
    damage_add(d, render_op_reach(r, &now[j++]));
  }
  for (; i < r->nprev; i++) damage_add(d, render_op_reach(r, &old[i]));
  for (; j < r->nops; j++) damage_add(d, render_op_reach(r, &now[j]));
}

void render_op_draw(Render *r, const RenderOp *op, const SDL_Rect *within) {
  SDL_Rect clip;
  bool clipped = op->clipped || within;
  if (op->clipped && within) {
    if (!SDL_IntersectRect(&op->clip, within, &clip)) return;
  } else if (clipped) {
    clip = op->clipped ? op->clip : *within;
  }
  SDL_RenderSetClipRect(r->renderer, clipped ? &clip : NULL);
  if (op->kind == RENDER_OP_FILL) {
    SDL_SetRenderDrawBlendMode(r->renderer, op->color.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r->renderer, op->color.r, op->color.g, op->color.b, op->color.a);
    SDL_RenderFillRect(r->renderer, &op->dst);
  } else {
    SDL_SetTextureColorMod(op->texture, op->color.r, op->color.g, op->color.b);
    SDL_SetTextureAlphaMod(op->texture, op->color.a);
    if (op->layer) SDL_SetTextureBlendMode(op->texture, op->color.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_RenderCopy(r->renderer, op->texture, op->has_src ? &op->src : NULL, &op->dst);
  }
}

/* The last op that paints every pixel of the screen with one opaque colour, or -1: the
   ops before it cannot show. */
static int covering_fill(const Render *r) {
  for (int k = r->nops - 1; k >= 0; k--) {
    const RenderOp *op = &r->ops[k];
    if (op->kind == RENDER_OP_FILL && op->color.a == 255 && !op->clipped && op->dst.x <= 0 && op->dst.y <= 0 &&
        op->dst.x + op->dst.w >= r->width && op->dst.y + op->dst.h >= r->height)
      return k;
  }
  return -1;
}

void render_flush(Render *r) {
  if (!r->nops && !r->nlater) return;
  Damage d = {.n = 0};
  int drawn = 0;
  bool full = r->redraw_all || !r->keeps_frame;
  if (!full) {
    diff(r, &d);
    long long area = 0;
    for (int i = 0; i < d.n; i++) area += (long long)d.rect[i].w * d.rect[i].h;
    full = area * 100 > (long long)r->width * r->height * FRAME_FULL_PERCENT;
  }
  if (full) {
    /* What lies under a fill of the whole screen is never seen, and the fill is a clear:
       a GL back buffer holds nothing after a swap, so the attract screen's language step
       drew every frame whole, its background twice, on llvmpipe 22.3 M instructions a
       step; as a clear and without the hidden fill, 5.6 M. */
    int from = covering_fill(r);
    if (from >= 0) {
      const Color c = r->ops[from].color;
      SDL_RenderSetClipRect(r->renderer, NULL);
      SDL_SetRenderDrawColor(r->renderer, c.r, c.g, c.b, 255);
      SDL_RenderClear(r->renderer);
      drawn++;
    }
    for (int k = from + 1; k < r->nops; k++, drawn++) render_op_draw(r, &r->ops[k], NULL);
  } else {
    for (int i = 0; i < d.n; i++) {
      for (int k = 0; k < r->nops; k++) {
        SDL_Rect reached = render_op_reach(r, &r->ops[k]);
        if (SDL_HasIntersection(&reached, &d.rect[i])) {
          render_op_draw(r, &r->ops[k], &d.rect[i]);
          drawn++;
        }
      }
    }
  }
  r->drawn_ops = drawn;
  SDL_RenderSetClipRect(r->renderer, NULL);
  r->redraw_all = false;
  r->drawn_pixels = 0;
  for (int i = 0; i < (full ? 0 : d.n); i++) r->drawn_pixels += (long long)d.rect[i].w * d.rect[i].h;
  if (full) r->drawn_pixels = (long long)r->width * r->height;
  /* this frame's list is the next frame's reference */
  RenderOp *t = r->prev;
  int cap = r->capprev;
  r->prev = r->ops;
  r->nprev = r->nops;
  r->capprev = r->capops;
  r->ops = t;
  r->capops = cap;
  r->nops = 0;
  for (int i = 0; i < r->nlater; i++) SDL_DestroyTexture(r->later[i]);
  r->nlater = 0;
}

void render_frame_free(Render *r) {
  for (int i = 0; i < r->nlater; i++) SDL_DestroyTexture(r->later[i]);
  free(r->later);
  free(r->ops);
  free(r->prev);
}
