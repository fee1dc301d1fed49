/* shapes.c — anti-aliased discs, rings, rounded rectangles and icons. Each shape is
   rasterised once per size and colour (4x4 supersampled coverage, the colour in its
   pixels) into a small texture and cached; no GPU feature is needed. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "render/internal.h"

enum { SHAPE_DISK, SHAPE_RING, SHAPE_ICON };

#define SS 4           /* supersamples per axis */

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
    /* the space bar's sign, as keyboards print it: ⎵ */
    [ICON_SPACE] = {{SEG(.08f, .4f, .08f, .7f, .08f), SEG(.08f, .7f, .92f, .7f, .08f),
                     SEG(.92f, .7f, .92f, .4f, .08f)}},
};

/* Coverage by spans: each row of samples is crossed with every primitive analytically
   (a disc, a ring, a rounded rectangle, a thick segment and a polygon each cover one or
   two intervals of a row), the intervals are set or cleared in a row of samples in the
   icon's order, and each pixel counts its SS x SS samples. The samples are where the
   per-point test put them, so the result is the same, at a few hundred thousand
   instructions for a 160 px picture instead of millions. */
typedef struct Span {
  float lo, hi;
} Span;

static int disk_span(float cx, float cy, float r, float py, Span *out) {
  float q = r * r - (py - cy) * (py - cy);
  if (q < 0) return 0;
  float h = sqrtf(q);
  out[0] = (Span){cx - h, cx + h};
  return 1;
}

/* Where the row at py crosses the edge a-b, widening *s; false if it does not. */
static void edge_cross(float ax, float ay, float bx, float by, float py, Span *s, bool *any) {
  if ((ay > py) == (by > py) && ay != py && by != py) return;
  float x;
  if (ay == by) {
    if (ay != py) return;
    x = ax < bx ? ax : bx;
    if (!*any || x < s->lo) s->lo = x;
    x = ax < bx ? bx : ax;
    if (!*any || x > s->hi) s->hi = x;
    *any = true;
    return;
  }
  x = ax + (py - ay) * (bx - ax) / (by - ay);
  if (!*any || x < s->lo) s->lo = x;
  if (!*any || x > s->hi) s->hi = x;
  *any = true;
}

/* A thick segment (a capsule) is convex: its row is one interval, the union of its
   end discs' and its body's. */
static int seg_span(const float *v, float py, Span *out) {
  float hw = v[4] / 2, dx = v[2] - v[0], dy = v[3] - v[1], len = sqrtf(dx * dx + dy * dy);
  Span s = {0, 0}, d;
  bool any = false;
  for (int e = 0; e < 2; e++)
    if (disk_span(v[2 * e], v[2 * e + 1], hw, py, &d)) {
      if (!any || d.lo < s.lo) s.lo = d.lo;
      if (!any || d.hi > s.hi) s.hi = d.hi;
      any = true;
    }
  if (len > 0) {
    float nx = -dy / len * hw, ny = dx / len * hw;
    float q[8] = {v[0] + nx, v[1] + ny, v[2] + nx, v[3] + ny, v[2] - nx, v[3] - ny, v[0] - nx, v[1] - ny};
    for (int i = 0, j = 3; i < 4; j = i++) edge_cross(q[2 * j], q[2 * j + 1], q[2 * i], q[2 * i + 1], py, &s, &any);
  }
  if (!any) return 0;
  out[0] = s;
  return 1;
}

static int rrect_span(const float *v, float py, Span *out) {
  if (py < v[1] || py > v[1] + v[3]) return 0;
  float r = v[4], cy = py < v[1] + r ? v[1] + r : (py > v[1] + v[3] - r ? v[1] + v[3] - r : py);
  float q = r * r - (py - cy) * (py - cy);
  if (q < 0) return 0;
  float h = sqrtf(q), lo = v[0] + r - h, hi = v[0] + v[2] - r + h;
  out[0] = (Span){lo < v[0] ? v[0] : lo, hi > v[0] + v[2] ? v[0] + v[2] : hi};
  return out[0].lo <= out[0].hi;
}

/* Even-odd, as the point test counts crossings: inside between the 1st and 2nd
   crossing of the row, the 3rd and 4th... */
static int poly_span(const float *pts, int n, float py, Span *out) {
  float c[8];
  int m = 0;
  for (int i = 0, j = n - 1; i < n; j = i++) {
    float xi = pts[2 * i], yi = pts[2 * i + 1], xj = pts[2 * j], yj = pts[2 * j + 1];
    if ((yi > py) != (yj > py)) {
      float x = (xj - xi) * (py - yi) / (yj - yi) + xi;
      int k = m++;
      while (k > 0 && c[k - 1] > x) c[k] = c[k - 1], k--; /* kept sorted */
      c[k] = x;
    }
  }
  for (int k = 0; k + 1 < m; k += 2) out[k / 2] = (Span){c[k], c[k + 1]};
  return m / 2;
}

static int prim_spans(const Prim *p, float py, Span *out) {
  const float *v = p->v;
  switch (p->kind) {
  case P_SEG:
    return seg_span(v, py, out);
  case P_DISK:
    return disk_span(v[0], v[1], v[2], py, out);
  case P_RING: {
    float ri = v[2] - v[3] / 2, ro = v[2] + v[3] / 2;
    Span outer, inner;
    if (!disk_span(v[0], v[1], ro, py, &outer)) return 0;
    if (ri <= 0 || !disk_span(v[0], v[1], ri, py, &inner)) {
      out[0] = outer;
      return 1;
    }
    out[0] = (Span){outer.lo, inner.lo};
    out[1] = (Span){inner.hi, outer.hi};
    return 2;
  }
  case P_RRECT:
    return rrect_span(v, py, out);
  case P_POLY:
    return poly_span(v, p->n, py, out);
  default:
    return 0;
  }
}

/* The primitives of a shape kind: an icon's own, or a disc (a ring: a disc with its
   middle cut), in the unit square. */
static const Prim *shape_prims(int kind, int a, int b, Prim own[2], int *n) {
  if (kind == SHAPE_ICON) {
    const IconShape *icon = &icons[a];
    int k = 0;
    while (k < (int)(sizeof icon->prims / sizeof icon->prims[0]) && icon->prims[k].kind != P_END) k++;
    *n = k;
    return icon->prims;
  }
  own[0] = (Prim){P_DISK, 0, 0, {.5f, .5f, .5f}};
  own[1] = (Prim){P_DISK, 1, 0, {.5f, .5f, (float)(a - b) / (2.f * (float)a)}};
  *n = kind == SHAPE_RING && a > b ? 2 : 1;
  return own;
}

/* Coverage of each pixel of a size x size square (0..255), SS x SS samples a pixel. */
static void rasterise(int kind, int a, int b, int size, unsigned char *alpha) {
  Prim own[2];
  int nprims;
  const Prim *prims = shape_prims(kind, a, b, own, &nprims);
  int n = size * SS;
  unsigned char *row = xmalloc((size_t)n);
  unsigned *acc = xcalloc((size_t)size, sizeof *acc);
  for (int j = 0; j < n; j++) {
    float py = ((float)j + .5f) / (float)n;
    int from = n, to = -1; /* the samples this row set */
    memset(row, 0, (size_t)n);
    for (int i = 0; i < nprims; i++) {
      Span sp[4];
      int ns = prim_spans(&prims[i], py, sp);
      for (int k = 0; k < ns; k++) {
        float lo = ceilf(sp[k].lo * (float)n - .5f), hi = floorf(sp[k].hi * (float)n - .5f);
        int l = lo < 0 ? 0 : (int)lo, h = hi > (float)(n - 1) ? n - 1 : (int)hi;
        if (l > h) continue;
        memset(row + l, !prims[i].cut, (size_t)(h - l + 1));
        if (!prims[i].cut) {
          from = l < from ? l : from;
          to = h > to ? h : to;
        }
      }
    }
    for (int x = from / SS; to >= from && x <= to / SS; x++) { /* SS == 4 samples of 0 or 1 */
      uint32_t four;
      memcpy(&four, row + x * SS, sizeof four);
      acc[x] += (four * 0x01010101u) >> 24;
    }
    if (j % SS == SS - 1) {
      unsigned char *out = alpha + (size_t)(j / SS) * (size_t)size;
      for (int x = 0; x < size; x++) out[x] = (unsigned char)(acc[x] * 255 / (SS * SS));
      memset(acc, 0, (size_t)size * sizeof *acc);
    }
  }
  free(row);
  free(acc);
}

/* The shape rasterised at this size in colour c (cached), and its texture id in *id.
   The colour is in the pixels, so the texture is drawn unmodulated: SDL's software
   renderer blends such a texture several times faster than one it must tint. */
static SDL_Texture *shape_texture(Render *r, int kind, int a, int b, int size, Color c, uint64_t *id) {
  c = render_opaque(c); /* its alpha is the copy's alpha mod */
  uint32_t rgba = render_color_key(c);
  for (int i = 0; i < r->nshapes; i++)
    if (r->shapes[i].kind == kind && r->shapes[i].a == a && r->shapes[i].b == b && r->shapes[i].rgba == rgba) {
      r->shapes[i].used = r->frame;
      *id = r->shapes[i].id;
      return r->shapes[i].texture;
    }
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  unsigned char *alpha = xmalloc((size_t)size * (size_t)size);
  rasterise(kind, a, b, size, alpha);
  for (int y = 0; y < size; y++)
    render_tint_row((Uint32 *)((unsigned char *)s->pixels + (size_t)y * (size_t)s->pitch),
                    alpha + (size_t)y * (size_t)size, size, c);
  free(alpha);
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
  r->shapes[slot] = (ShapeTexture){kind, a, b, rgba, tex, *id, r->frame};
  return tex;
}

/* A part of shape texture t, unscaled. */
static void copy(Render *r, SDL_Texture *t, uint64_t id, int sx, int sy, int w, int h, int dx, int dy, Color c) {
  SDL_Rect src = {sx, sy, w, h};
  render_op_copy(r, t, id, &src, (SDL_Rect){dx, dy, w, h}, render_alpha_mod(c));
}

void render_circle(Render *r, int cx, int cy, int radius, Color c) {
  if (radius <= 0 || c.a == 0) return;
  uint64_t id;
  SDL_Texture *t = shape_texture(r, SHAPE_DISK, radius, 0, radius * 2, c, &id);
  if (t) render_op_copy(r, t, id, NULL, (SDL_Rect){cx - radius, cy - radius, radius * 2, radius * 2}, render_alpha_mod(c));
}

static int clamp_radius(Rect rect, int radius) {
  int m = (rect.w < rect.h ? rect.w : rect.h) / 2;
  return radius > m ? m : (radius < 0 ? 0 : radius);
}

void render_round_rect(Render *r, Rect rc, int radius, Color c) {
  if (rc.w <= 0 || rc.h <= 0 || c.a == 0) return;
  int k = clamp_radius(rc, radius);
  uint64_t id = 0;
  SDL_Texture *t = k > 0 ? shape_texture(r, SHAPE_DISK, k, 0, k * 2, c, &id) : NULL;
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
  if (rc.w <= 0 || rc.h <= 0 || thick <= 0 || c.a == 0) return;
  int k = clamp_radius(rc, radius);
  if (k < thick) k = thick;
  uint64_t id;
  SDL_Texture *t = shape_texture(r, SHAPE_RING, k, thick, k * 2, c, &id);
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
  if ((unsigned)icon >= ICON_COUNT || c.a == 0) return;
  int size = rect.w < rect.h ? rect.w : rect.h;
  if (size <= 0) return;
  uint64_t id;
  SDL_Texture *t = shape_texture(r, SHAPE_ICON, (int)icon, size, size, c, &id);
  if (t) render_op_copy(r, t, id, NULL, (SDL_Rect){rect.x + (rect.w - size) / 2, rect.y + (rect.h - size) / 2, size, size},
                          render_alpha_mod(c));
}

void shapes_free(Render *r) {
  for (int i = 0; i < r->nshapes; i++) SDL_DestroyTexture(r->shapes[i].texture);
  r->nshapes = 0;
}
