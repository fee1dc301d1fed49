/* shapes.c — anti-aliased discs, rings, rounded rectangles and icons. Each shape is
   rasterised once (4x4 supersampled coverage, white) into a small texture, cached, and
   tinted with colour modulation when drawn; no GPU feature is needed. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render/internal.h"

enum { SHAPE_DISK, SHAPE_RING, SHAPE_ICON };

#define SS 4 /* supersamples per axis */

/* ---- icon geometry, in a unit square ---------------------------------------------- */

typedef enum { P_SEG, P_DISK, P_RING, P_POLY, P_END } PrimKind;

typedef struct Prim {
  PrimKind kind;
  float v[12]; /* SEG: x1 y1 x2 y2 width; DISK: cx cy r; RING: cx cy r width;
                  POLY: n then up to 5 points? (see poly points) */
} Prim;

typedef struct Icon {
  Prim prims[8];
  float poly[2][12]; /* up to two polygons of 6 points, referenced by P_POLY v[0] */
  int npoly[2];
} Icon;

#define SEG(x1, y1, x2, y2, w) {P_SEG, {x1, y1, x2, y2, w}}
#define DISK(x, y, r) {P_DISK, {x, y, r}}
#define RING(x, y, r, w) {P_RING, {x, y, r, w}}
#define POLY(i) {P_POLY, {i}}
#define END {P_END, {0}}

static const Icon icons[ICON_COUNT] = {
    [ICON_TICK] = {{SEG(.18f, .52f, .41f, .75f, .13f), SEG(.41f, .75f, .84f, .28f, .13f), END}},
    [ICON_CROSS] = {{SEG(.24f, .24f, .76f, .76f, .13f), SEG(.76f, .24f, .24f, .76f, .13f), END}},
    [ICON_CLOSE] = {{SEG(.28f, .28f, .72f, .72f, .1f), SEG(.72f, .28f, .28f, .72f, .1f), END}},
    [ICON_FLAG] = {{SEG(.28f, .12f, .28f, .9f, .09f), POLY(0), END},
                   {{.28f, .14f, .82f, .3f, .28f, .5f}},
                   {3}},
    [ICON_SPEAKER] = {{POLY(0), RING(.5f, .5f, .3f, .07f), END},
                      {{.12f, .38f, .3f, .38f, .5f, .2f, .5f, .8f, .3f, .62f, .12f, .62f}},
                      {6}},
    [ICON_ARROW_RIGHT] = {{SEG(.18f, .5f, .8f, .5f, .12f), SEG(.55f, .24f, .82f, .5f, .12f),
                           SEG(.82f, .5f, .55f, .76f, .12f), END}},
    [ICON_HELP] = {{RING(.5f, .5f, .42f, .08f), SEG(.38f, .38f, .45f, .3f, .09f),
                    SEG(.45f, .3f, .58f, .31f, .09f), SEG(.58f, .31f, .62f, .42f, .09f),
                    SEG(.62f, .42f, .5f, .52f, .09f), SEG(.5f, .52f, .5f, .6f, .09f),
                    DISK(.5f, .74f, .06f), END}},
    [ICON_STAR] = {{POLY(0), POLY(1), END},
                   {{.5f, .06f, .63f, .38f, .96f, .4f, .71f, .61f, .5f, .58f, .29f, .61f},
                    {.29f, .61f, .04f, .4f, .37f, .38f, .5f, .06f, .81f, .94f, .19f, .94f}},
                   {6, 6}},
    [ICON_SHIELD] = {{POLY(0), END},
                     {{.5f, .06f, .86f, .2f, .82f, .56f, .5f, .94f, .18f, .56f, .14f, .2f}},
                     {6}},
    [ICON_WARNING] = {{SEG(.5f, .1f, .92f, .86f, .08f), SEG(.92f, .86f, .08f, .86f, .08f),
                       SEG(.08f, .86f, .5f, .1f, .08f), SEG(.5f, .38f, .5f, .6f, .1f),
                       DISK(.5f, .72f, .055f), END}},
    [ICON_CHAT] = {{POLY(0), POLY(1), END},
                   {{.1f, .16f, .9f, .16f, .9f, .7f, .45f, .7f, .22f, .88f, .26f, .7f},
                    {.1f, .16f, .26f, .7f, .1f, .7f, .1f, .7f, .1f, .7f, .1f, .7f}},
                   {6, 3}},
    [ICON_LOCK] = {{POLY(0), RING(.5f, .38f, .2f, .09f), END},
                   {{.2f, .45f, .8f, .45f, .8f, .9f, .2f, .9f, .2f, .9f, .2f, .9f}},
                   {4}},
};

static float seg_dist(float px, float py, const float *v) {
  float dx = v[2] - v[0], dy = v[3] - v[1];
  float len2 = dx * dx + dy * dy;
  float t = len2 > 0 ? ((px - v[0]) * dx + (py - v[1]) * dy) / len2 : 0;
  t = t < 0 ? 0 : (t > 1 ? 1 : t);
  float ex = v[0] + t * dx - px, ey = v[1] + t * dy - py;
  return sqrtf(ex * ex + ey * ey);
}

static bool in_poly(float px, float py, const float *pts, int n) {
  bool in = false;
  for (int i = 0, j = n - 1; i < n; j = i++) {
    float xi = pts[2 * i], yi = pts[2 * i + 1], xj = pts[2 * j], yj = pts[2 * j + 1];
    if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) in = !in;
  }
  return in;
}

static bool icon_covers(const Icon *icon, float x, float y) {
  for (const Prim *p = icon->prims; p->kind != P_END; p++) {
    const float *v = p->v;
    switch (p->kind) {
    case P_SEG:
      if (seg_dist(x, y, v) <= v[4] / 2) return true;
      break;
    case P_DISK:
      if ((x - v[0]) * (x - v[0]) + (y - v[1]) * (y - v[1]) <= v[2] * v[2]) return true;
      break;
    case P_RING: {
      float d = sqrtf((x - v[0]) * (x - v[0]) + (y - v[1]) * (y - v[1]));
      if (fabsf(d - v[2]) <= v[3] / 2) return true;
      break;
    }
    case P_POLY: {
      int i = (int)v[0];
      if (in_poly(x, y, icon->poly[i], icon->npoly[i])) return true;
      break;
    }
    default:
      break;
    }
  }
  return false;
}

/* Coverage of the unit-square point (x, y) for each shape kind. */
static bool covers(int kind, int a, int b, float x, float y) {
  if (kind == SHAPE_ICON) return icon_covers(&icons[a], x, y);
  float d = sqrtf((x - .5f) * (x - .5f) + (y - .5f) * (y - .5f)) * 2.f * (float)a; /* pixels */
  if (kind == SHAPE_DISK) return d <= (float)a;
  return d <= (float)a && d >= (float)(a - b);
}

static SDL_Texture *shape_texture(Render *r, int kind, int a, int b, int size) {
  for (int i = 0; i < r->nshapes; i++)
    if (r->shapes[i].kind == kind && r->shapes[i].a == a && r->shapes[i].b == b)
      return r->shapes[i].texture;
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  Uint32 *px = s->pixels;
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++) {
      int hits = 0;
      for (int sy = 0; sy < SS; sy++)
        for (int sx = 0; sx < SS; sx++)
          hits += covers(kind, a, b, (x + (sx + .5f) / SS) / size, (y + (sy + .5f) / SS) / size);
      Uint32 alpha = (Uint32)(hits * 255 / (SS * SS));
      px[y * (s->pitch / 4) + x] = (alpha << 24) | 0xFFFFFFu;
    }
  SDL_Texture *tex = SDL_CreateTextureFromSurface(r->renderer, s);
  SDL_FreeSurface(s);
  if (!tex) return NULL;
  SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
  if (r->nshapes == SHAPE_CACHE_MAX) { /* rare: many sizes in one run */
    SDL_DestroyTexture(r->shapes[0].texture);
    memmove(r->shapes, r->shapes + 1, sizeof(ShapeTexture) * (SHAPE_CACHE_MAX - 1));
    r->nshapes--;
  }
  r->shapes[r->nshapes++] = (ShapeTexture){kind, a, b, tex};
  return tex;
}

static void tint(SDL_Texture *t, Color c) {
  SDL_SetTextureColorMod(t, c.r, c.g, c.b);
  SDL_SetTextureAlphaMod(t, c.a);
}

static void copy(Render *r, SDL_Texture *t, int sx, int sy, int w, int h, int dx, int dy) {
  SDL_Rect src = {sx, sy, w, h}, dst = {dx, dy, w, h};
  SDL_RenderCopy(r->renderer, t, &src, &dst);
}

void render_circle(Render *r, int cx, int cy, int radius, Color c) {
  if (radius <= 0) return;
  SDL_Texture *t = shape_texture(r, SHAPE_DISK, radius, 0, radius * 2);
  if (!t) return;
  tint(t, c);
  SDL_Rect dst = {cx - radius, cy - radius, radius * 2, radius * 2};
  SDL_RenderCopy(r->renderer, t, NULL, &dst);
}

static int clamp_radius(Rect rect, int radius) {
  int m = (rect.w < rect.h ? rect.w : rect.h) / 2;
  return radius > m ? m : (radius < 0 ? 0 : radius);
}

void render_round_rect(Render *r, Rect rc, int radius, Color c) {
  if (rc.w <= 0 || rc.h <= 0) return;
  int k = clamp_radius(rc, radius);
  SDL_Texture *t = k > 0 ? shape_texture(r, SHAPE_DISK, k, 0, k * 2) : NULL;
  if (!t) {
    render_fill(r, rc, c);
    return;
  }
  tint(t, c);
  /* corners, then three bands that never overlap (a translucent colour stays even) */
  copy(r, t, 0, 0, k, k, rc.x, rc.y);
  copy(r, t, k, 0, k, k, rc.x + rc.w - k, rc.y);
  copy(r, t, 0, k, k, k, rc.x, rc.y + rc.h - k);
  copy(r, t, k, k, k, k, rc.x + rc.w - k, rc.y + rc.h - k);
  render_fill(r, (Rect){rc.x + k, rc.y, rc.w - 2 * k, rc.h}, c);
  render_fill(r, (Rect){rc.x, rc.y + k, k, rc.h - 2 * k}, c);
  render_fill(r, (Rect){rc.x + rc.w - k, rc.y + k, k, rc.h - 2 * k}, c);
}

void render_round_outline(Render *r, Rect rc, int radius, int thick, Color c) {
  if (rc.w <= 0 || rc.h <= 0 || thick <= 0) return;
  int k = clamp_radius(rc, radius);
  if (k < thick) k = thick;
  SDL_Texture *t = shape_texture(r, SHAPE_RING, k, thick, k * 2);
  if (!t) return;
  tint(t, c);
  copy(r, t, 0, 0, k, k, rc.x, rc.y);
  copy(r, t, k, 0, k, k, rc.x + rc.w - k, rc.y);
  copy(r, t, 0, k, k, k, rc.x, rc.y + rc.h - k);
  copy(r, t, k, k, k, k, rc.x + rc.w - k, rc.y + rc.h - k);
  render_fill(r, (Rect){rc.x + k, rc.y, rc.w - 2 * k, thick}, c);
  render_fill(r, (Rect){rc.x + k, rc.y + rc.h - thick, rc.w - 2 * k, thick}, c);
  render_fill(r, (Rect){rc.x, rc.y + k, thick, rc.h - 2 * k}, c);
  render_fill(r, (Rect){rc.x + rc.w - thick, rc.y + k, thick, rc.h - 2 * k}, c);
}

void render_icon(Render *r, RenderIcon icon, Rect rect, Color c) {
  if ((unsigned)icon >= ICON_COUNT) return;
  int size = rect.w < rect.h ? rect.w : rect.h;
  if (size <= 0) return;
  SDL_Texture *t = shape_texture(r, SHAPE_ICON, (int)icon, size, size);
  if (!t) return;
  tint(t, c);
  SDL_Rect dst = {rect.x + (rect.w - size) / 2, rect.y + (rect.h - size) / 2, size, size};
  SDL_RenderCopy(r->renderer, t, NULL, &dst);
}

void shapes_free(Render *r) {
  for (int i = 0; i < r->nshapes; i++) SDL_DestroyTexture(r->shapes[i].texture);
  r->nshapes = 0;
}
