/* shapes.c — anti-aliased discs, rings, rounded rectangles and icons. Each shape is
   rasterised once (4x4 supersampled coverage, white) into a small texture, cached, and
   tinted with colour modulation when drawn; no GPU feature is needed. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "render/internal.h"

enum { SHAPE_DISK, SHAPE_RING, SHAPE_ICON };

#define SS 4           /* supersamples per axis */
#define COARSE_FROM 48 /* pixels: shapes this big are supersampled on their edges only */

/* ---- icon geometry, in a unit square ---------------------------------------------- */

/* An icon is a list of primitives painted in order: each one sets the pixels it covers,
   or clears them when it is a cut (X...), so a later cut can open a window in a shape and
   a later shape can sit inside that window. One colour; the caller tints it. All icons
   and pictures are drawn here, by this code, for this project (licence: LICENSE). */
typedef enum { P_END, P_SEG, P_DISK, P_RING, P_RRECT, P_POLY } PrimKind;

typedef struct Prim {
  unsigned char kind, cut, n; /* n: POLY's point count */
  float v[16];                /* SEG x1 y1 x2 y2 width; DISK cx cy r; RING cx cy r width;
                                 RRECT x y w h radius; POLY x0 y0 x1 y1 ... */
} Prim;

typedef struct IconShape {
  Prim prims[14];
} IconShape;

#define SEG(...) {P_SEG, 0, 0, {__VA_ARGS__}}
#define DISK(...) {P_DISK, 0, 0, {__VA_ARGS__}}
#define RING(...) {P_RING, 0, 0, {__VA_ARGS__}}
#define RRECT(...) {P_RRECT, 0, 0, {__VA_ARGS__}}
#define POLY(n, ...) {P_POLY, 0, n, {__VA_ARGS__}}
#define XSEG(...) {P_SEG, 1, 0, {__VA_ARGS__}}
#define XDISK(...) {P_DISK, 1, 0, {__VA_ARGS__}}
#define XRING(...) {P_RING, 1, 0, {__VA_ARGS__}}
#define XRRECT(...) {P_RRECT, 1, 0, {__VA_ARGS__}}
#define XPOLY(n, ...) {P_POLY, 1, n, {__VA_ARGS__}}

static const IconShape icons[ICON_COUNT] = {
    [ICON_TICK] = {{SEG(.18f, .52f, .41f, .75f, .13f), SEG(.41f, .75f, .84f, .28f, .13f)}},
    [ICON_CROSS] = {{SEG(.24f, .24f, .76f, .76f, .13f), SEG(.76f, .24f, .24f, .76f, .13f)}},
    [ICON_CLOSE] = {{SEG(.28f, .28f, .72f, .72f, .1f), SEG(.72f, .28f, .28f, .72f, .1f)}},
    [ICON_FLAG] = {{SEG(.28f, .12f, .28f, .9f, .09f), POLY(3, .28f, .14f, .82f, .3f, .28f, .5f)}},
    [ICON_SPEAKER] = {{RING(.5f, .5f, .3f, .07f), XRRECT(0, 0, .56f, 1, 0),
                                  POLY(6, .12f, .38f, .3f, .38f, .5f, .2f, .5f, .8f, .3f, .62f, .12f, .62f)}},
    [ICON_ARROW_RIGHT] = {{SEG(.18f, .5f, .8f, .5f, .12f), SEG(.55f, .24f, .82f, .5f, .12f),
                                    SEG(.82f, .5f, .55f, .76f, .12f)}},
    [ICON_HELP] = {{RING(.5f, .5f, .42f, .08f), SEG(.38f, .38f, .45f, .3f, .09f),
                            SEG(.45f, .3f, .58f, .31f, .09f), SEG(.58f, .31f, .62f, .42f, .09f),
                            SEG(.62f, .42f, .5f, .52f, .09f), SEG(.5f, .52f, .5f, .6f, .09f),
                            DISK(.5f, .74f, .06f)}},
    [ICON_STAR] = {{POLY(8, .5f, .06f, .63f, .38f, .96f, .4f, .71f, .61f, .81f, .94f, .5f, .75f,
                                 .19f, .94f, .29f, .61f),
                            POLY(4, .29f, .61f, .04f, .4f, .37f, .38f, .5f, .06f)}},
    [ICON_SHIELD] = {{POLY(6, .5f, .06f, .86f, .2f, .82f, .56f, .5f, .94f, .18f, .56f, .14f, .2f)}},
    [ICON_WARNING] = {{SEG(.5f, .1f, .92f, .86f, .08f), SEG(.92f, .86f, .08f, .86f, .08f),
                                  SEG(.08f, .86f, .5f, .1f, .08f), SEG(.5f, .38f, .5f, .6f, .1f),
                                  DISK(.5f, .72f, .055f)}},
    [ICON_CHAT] = {{POLY(6, .1f, .16f, .9f, .16f, .9f, .7f, .45f, .7f, .22f, .88f, .26f, .7f),
                            POLY(3, .1f, .16f, .26f, .7f, .1f, .7f)}},
    [ICON_LOCK] = {{RING(.5f, .38f, .2f, .09f), RRECT(.2f, .45f, .6f, .45f, .05f),
                            XDISK(.5f, .62f, .06f), XSEG(.5f, .62f, .5f, .76f, .06f)}},
    /* the lesson pictures: one per lesson of the core pack, for the menu and pages */
    [ICON_PHONE] = {{RRECT(.26f, .04f, .48f, .92f, .09f), XRRECT(.31f, .13f, .38f, .66f, .02f),
                              XDISK(.5f, .87f, .04f), RRECT(.35f, .22f, .24f, .13f, .04f),
                              POLY(3, .38f, .33f, .46f, .33f, .37f, .41f), RRECT(.41f, .46f, .24f, .13f, .04f),
                              POLY(3, .55f, .57f, .63f, .57f, .64f, .65f)}},
    [ICON_CODE] = {{RRECT(.06f, .28f, .88f, .44f, .1f), XDISK(.26f, .5f, .075f),
                            XDISK(.5f, .5f, .075f), XDISK(.74f, .5f, .075f)}},
    [ICON_SUITCASE] = {{RRECT(.34f, .12f, .32f, .26f, .07f), XRRECT(.41f, .19f, .18f, .2f, .02f),
                                    RRECT(.08f, .3f, .84f, .58f, .08f), XRRECT(.08f, .52f, .84f, .05f, 0),
                                    RRECT(.44f, .48f, .12f, .13f, .02f)}},
    [ICON_PASSPORT] = {{RRECT(.2f, .06f, .6f, .88f, .06f), XRING(.5f, .4f, .16f, .045f),
                                    XSEG(.34f, .4f, .66f, .4f, .035f), XSEG(.5f, .24f, .5f, .56f, .035f),
                                    XSEG(.36f, .74f, .64f, .74f, .05f)}},
    [ICON_PEOPLE] = {{DISK(.68f, .3f, .12f), RRECT(.48f, .48f, .4f, .7f, .2f),
                                XDISK(.34f, .34f, .17f), XRRECT(.08f, .48f, .52f, .7f, .26f),
                                DISK(.34f, .34f, .13f), RRECT(.12f, .52f, .44f, .7f, .22f)}},
    [ICON_CHART] = {{RRECT(.1f, .62f, .18f, .3f, .03f), RRECT(.41f, .5f, .18f, .42f, .03f),
                              RRECT(.72f, .36f, .18f, .56f, .03f), SEG(.1f, .44f, .4f, .22f, .07f),
                              SEG(.4f, .22f, .56f, .32f, .07f), SEG(.56f, .32f, .82f, .1f, .07f),
                              POLY(3, .9f, .03f, .88f, .22f, .72f, .1f)}},
    [ICON_HEART] = {{DISK(.31f, .36f, .21f), DISK(.69f, .36f, .21f),
                              POLY(4, .12f, .45f, .5f, .9f, .88f, .45f, .5f, .3f)}},
    [ICON_UMBRELLA] = {{DISK(.5f, .52f, .42f), XRRECT(0, .52f, 1, .5f, 0), XDISK(.22f, .55f, .1f),
                                    XDISK(.5f, .55f, .1f), XDISK(.78f, .55f, .1f), RING(.4f, .8f, .1f, .07f),
                                    XRRECT(.26f, .66f, .3f, .14f, 0), SEG(.5f, .14f, .5f, .8f, .07f)}},
    [ICON_CARD] = {{RRECT(.06f, .2f, .88f, .6f, .08f), XRRECT(.06f, .32f, .88f, .1f, 0),
                            XRRECT(.16f, .54f, .16f, .12f, .02f), XSEG(.44f, .6f, .78f, .6f, .05f)}},
    [ICON_COINS] = {{RRECT(.06f, .74f, .5f, .16f, .08f), XRRECT(.04f, .56f, .54f, .2f, .1f),
                              RRECT(.06f, .58f, .5f, .16f, .08f), XRRECT(.04f, .4f, .54f, .2f, .1f),
                              RRECT(.06f, .42f, .5f, .16f, .08f), XDISK(.68f, .42f, .27f),
                              DISK(.68f, .42f, .23f), XRING(.68f, .42f, .14f, .045f)}},
    [ICON_SIGNPOST] = {{SEG(.5f, .08f, .5f, .94f, .08f),
                                    POLY(5, .46f, .14f, .8f, .14f, .92f, .26f, .8f, .38f, .46f, .38f),
                                    POLY(5, .54f, .46f, .2f, .46f, .08f, .58f, .2f, .7f, .54f, .7f)}},
    /* keyboard keys */
    [ICON_SHIFT] = {{POLY(7, .5f, .1f, .9f, .52f, .68f, .52f, .68f, .88f, .32f, .88f, .32f, .52f,
                                   .1f, .52f)}},
    [ICON_BACKSPACE] = {{POLY(5, .34f, .2f, .94f, .2f, .94f, .8f, .34f, .8f, .06f, .5f),
                                      XSEG(.52f, .36f, .78f, .64f, .08f), XSEG(.78f, .36f, .52f, .64f, .08f)}},
    /* "tap here": a fingertip touching, with two ripples */
    [ICON_TAP] = {{RING(.5f, .36f, .32f, .06f), RING(.5f, .36f, .19f, .06f), XRRECT(0, .36f, 1, .64f, 0),
                   RRECT(.38f, .3f, .24f, .64f, .12f), XRRECT(.43f, .36f, .14f, .2f, .07f),
                   RRECT(.45f, .38f, .1f, .14f, .05f)}},
    /* more above, more below */
    [ICON_UP] = {{SEG(.2f, .64f, .5f, .34f, .12f), SEG(.5f, .34f, .8f, .64f, .12f)}},
    [ICON_DOWN] = {{SEG(.2f, .36f, .5f, .66f, .12f), SEG(.5f, .66f, .8f, .36f, .12f)}},
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

static bool rrect_covers(const float *v, float x, float y) {
  if (x < v[0] || y < v[1] || x > v[0] + v[2] || y > v[1] + v[3]) return false;
  float r = v[4], cx = x < v[0] + r ? v[0] + r : (x > v[0] + v[2] - r ? v[0] + v[2] - r : x);
  float cy = y < v[1] + r ? v[1] + r : (y > v[1] + v[3] - r ? v[1] + v[3] - r : y);
  return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
}

static bool prim_covers(const Prim *p, float x, float y) {
  const float *v = p->v;
  switch (p->kind) {
  case P_SEG:
    return seg_dist(x, y, v) <= v[4] / 2;
  case P_DISK:
    return (x - v[0]) * (x - v[0]) + (y - v[1]) * (y - v[1]) <= v[2] * v[2];
  case P_RING:
    return fabsf(sqrtf((x - v[0]) * (x - v[0]) + (y - v[1]) * (y - v[1])) - v[2]) <= v[3] / 2;
  case P_RRECT:
    return rrect_covers(v, x, y);
  case P_POLY:
    return in_poly(x, y, v, p->n);
  default:
    return false;
  }
}

static bool icon_covers(const IconShape *icon, float x, float y) {
  bool on = false;
  for (size_t i = 0; i < sizeof icon->prims / sizeof icon->prims[0] && icon->prims[i].kind != P_END; i++)
    if (prim_covers(&icon->prims[i], x, y)) on = !icon->prims[i].cut;
  return on;
}

/* Coverage of the unit-square point (x, y) for each shape kind. */
static bool covers(int kind, int a, int b, float x, float y) {
  if (kind == SHAPE_ICON) return icon_covers(&icons[a], x, y);
  float d = sqrtf((x - .5f) * (x - .5f) + (y - .5f) * (y - .5f)) * 2.f * (float)a; /* pixels */
  if (kind == SHAPE_DISK) return d <= (float)a;
  return d <= (float)a && d >= (float)(a - b);
}

/* The shape rasterised at this size (cached), and its texture id in *id. */
static SDL_Texture *shape_texture(Render *r, int kind, int a, int b, int size, uint64_t *id) {
  for (int i = 0; i < r->nshapes; i++)
    if (r->shapes[i].kind == kind && r->shapes[i].a == a && r->shapes[i].b == b) {
      r->shapes[i].used = r->frame;
      *id = r->shapes[i].id;
      return r->shapes[i].texture;
    }
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  Uint32 *px = s->pixels;
  /* Big shapes (a lesson's picture on a 1080p screen is ~450 px) would cost millions of
     coverage tests at 16 samples a pixel. So first test the pixel corners: a pixel whose
     four corners agree is wholly inside or outside (no feature is thinner than a pixel
     at these sizes), and only pixels on an edge are supersampled. */
  bool coarse = size >= COARSE_FROM;
  bool *corner = coarse ? xmalloc((size_t)(size + 1) * (size_t)(size + 1)) : NULL;
  for (int y = 0; coarse && y <= size; y++)
    for (int x = 0; x <= size; x++)
      corner[y * (size + 1) + x] = covers(kind, a, b, (float)x / size, (float)y / size);
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++) {
      Uint32 alpha;
      const bool *c = coarse ? &corner[y * (size + 1) + x] : NULL;
      if (c && c[0] == c[1] && c[0] == c[size + 1] && c[0] == c[size + 2]) {
        alpha = c[0] ? 255 : 0;
      } else {
        int hits = 0;
        for (int sy = 0; sy < SS; sy++)
          for (int sx = 0; sx < SS; sx++)
            hits += covers(kind, a, b, (x + (sx + .5f) / SS) / size, (y + (sy + .5f) / SS) / size);
        alpha = (Uint32)(hits * 255 / (SS * SS));
      }
      px[y * (s->pitch / 4) + x] = (alpha << 24) | 0xFFFFFFu;
    }
  free(corner);
  SDL_Texture *tex = SDL_CreateTextureFromSurface(r->renderer, s);
  SDL_FreeSurface(s);
  if (!tex) return NULL;
  SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
  *id = render_new_id(r);
  int slot = r->nshapes < SHAPE_CACHE_MAX ? r->nshapes++ : -1;
  for (int i = 0; slot < 0 && i < SHAPE_CACHE_MAX; i++) /* rare: many sizes in one run */
    if (r->shapes[i].used != r->frame && (slot < 0 || r->shapes[i].used < r->shapes[slot].used)) slot = i;
  if (slot < 0) { /* every cached shape is on this screen: this one is drawn uncached */
    render_after_frame(r, tex);
    return tex;
  }
  if (r->shapes[slot].texture) SDL_DestroyTexture(r->shapes[slot].texture);
  r->shapes[slot] = (ShapeTexture){kind, a, b, tex, *id, r->frame};
  return tex;
}

/* A part of shape texture t, unscaled. */
static void copy(Render *r, SDL_Texture *t, uint64_t id, int sx, int sy, int w, int h, int dx, int dy, Color c) {
  SDL_Rect src = {sx, sy, w, h};
  render_op_copy(r, t, id, &src, (SDL_Rect){dx, dy, w, h}, c);
}

void render_circle(Render *r, int cx, int cy, int radius, Color c) {
  if (radius <= 0) return;
  uint64_t id;
  SDL_Texture *t = shape_texture(r, SHAPE_DISK, radius, 0, radius * 2, &id);
  if (t) render_op_copy(r, t, id, NULL, (SDL_Rect){cx - radius, cy - radius, radius * 2, radius * 2}, c);
}

static int clamp_radius(Rect rect, int radius) {
  int m = (rect.w < rect.h ? rect.w : rect.h) / 2;
  return radius > m ? m : (radius < 0 ? 0 : radius);
}

void render_round_rect(Render *r, Rect rc, int radius, Color c) {
  if (rc.w <= 0 || rc.h <= 0) return;
  int k = clamp_radius(rc, radius);
  uint64_t id = 0;
  SDL_Texture *t = k > 0 ? shape_texture(r, SHAPE_DISK, k, 0, k * 2, &id) : NULL;
  if (!t) {
    render_fill(r, rc, c);
    return;
  }
  /* corners, then three bands that never overlap (a translucent colour stays even) */
  copy(r, t, id, 0, 0, k, k, rc.x, rc.y, c);
  copy(r, t, id, k, 0, k, k, rc.x + rc.w - k, rc.y, c);
  copy(r, t, id, 0, k, k, k, rc.x, rc.y + rc.h - k, c);
  copy(r, t, id, k, k, k, k, rc.x + rc.w - k, rc.y + rc.h - k, c);
  render_fill(r, (Rect){rc.x + k, rc.y, rc.w - 2 * k, rc.h}, c);
  render_fill(r, (Rect){rc.x, rc.y + k, k, rc.h - 2 * k}, c);
  render_fill(r, (Rect){rc.x + rc.w - k, rc.y + k, k, rc.h - 2 * k}, c);
}

void render_round_outline(Render *r, Rect rc, int radius, int thick, Color c) {
  if (rc.w <= 0 || rc.h <= 0 || thick <= 0) return;
  int k = clamp_radius(rc, radius);
  if (k < thick) k = thick;
  uint64_t id;
  SDL_Texture *t = shape_texture(r, SHAPE_RING, k, thick, k * 2, &id);
  if (!t) return;
  copy(r, t, id, 0, 0, k, k, rc.x, rc.y, c);
  copy(r, t, id, k, 0, k, k, rc.x + rc.w - k, rc.y, c);
  copy(r, t, id, 0, k, k, k, rc.x, rc.y + rc.h - k, c);
  copy(r, t, id, k, k, k, k, rc.x + rc.w - k, rc.y + rc.h - k, c);
  render_fill(r, (Rect){rc.x + k, rc.y, rc.w - 2 * k, thick}, c);
  render_fill(r, (Rect){rc.x + k, rc.y + rc.h - thick, rc.w - 2 * k, thick}, c);
  render_fill(r, (Rect){rc.x, rc.y + k, thick, rc.h - 2 * k}, c);
  render_fill(r, (Rect){rc.x + rc.w - thick, rc.y + k, thick, rc.h - 2 * k}, c);
}

void render_icon(Render *r, Icon icon, Rect rect, Color c) {
  if ((unsigned)icon >= ICON_COUNT) return;
  int size = rect.w < rect.h ? rect.w : rect.h;
  if (size <= 0) return;
  uint64_t id;
  SDL_Texture *t = shape_texture(r, SHAPE_ICON, (int)icon, size, size, &id);
  if (t) render_op_copy(r, t, id, NULL, (SDL_Rect){rect.x + (rect.w - size) / 2, rect.y + (rect.h - size) / 2, size, size}, c);
}

void shapes_free(Render *r) {
  for (int i = 0; i < r->nshapes; i++) SDL_DestroyTexture(r->shapes[i].texture);
  r->nshapes = 0;
}
