/* outline.c — where a red flag's outline goes: around its letters, never on them.
   The letters never move for it (room between a message's parts would show where the
   flags are before any tap), so each side of an outline is placed in the room there is:
   DP_FLAG_PAD from the letters where that fits, closer where the space is narrow, then
   a hairline, and left open where letters touch (Thai writes its words with no space
   between them). Two flags side by side split the space between them at its middle,
   so their outlines never meet: a Thai or English space is 4 px at 800x480, room for a
   hairline of each with a pixel clear of each letter and between the two. */
#include <limits.h>
#include <stdlib.h>

#include "core/mem.h"
#include "ui/internal.h"

enum { SIDE_LEFT, SIDE_TOP, SIDE_RIGHT, SIDE_BOTTOM };

/* Where the paragraph's letters have ink, one byte a pixel, in screen pixels: 1 under a
   letter, 2 + s on an outline placed for segment s. */
typedef struct Ink {
  unsigned char *px;
  Rect at;
  int own; /* the segment placed now: its outlines on other lines are no obstacle (one flag) */
} Ink;

#define INK_ALPHA 48 /* coverage at which a pixel shows as part of a letter (about 1/5) */

static bool ink_in(const Ink *m, Rect r) {
  int x0 = r.x > m->at.x ? r.x : m->at.x, y0 = r.y > m->at.y ? r.y : m->at.y;
  int x1 = r.x + r.w < m->at.x + m->at.w ? r.x + r.w : m->at.x + m->at.w;
  int y1 = r.y + r.h < m->at.y + m->at.h ? r.y + r.h : m->at.y + m->at.h;
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (m->px[(size_t)(y - m->at.y) * (size_t)m->at.w + (size_t)(x - m->at.x)] > 0 &&
          m->px[(size_t)(y - m->at.y) * (size_t)m->at.w + (size_t)(x - m->at.x)] != m->own)
        return true;
  return false;
}

/* Draws every piece's glyphs into the mask (as render_text places them) and notes each
   piece's ink box in boxes[piece] (w == 0: no ink, a space). */
static void ink_draw(Ink *m, Text *text, const TextLayout *l, int x, int y, Rect *boxes) {
  for (int li = 0; li < l->nlines; li++)
    for (int k = l->lines[li].first; k < l->lines[li].first + l->lines[li].count; k++) {
      boxes[k] = (Rect){0, 0, 0, 0};
      TextBitmap *b = text_render_piece(text, l, k);
      if (!b) continue;
      int x0 = x + l->pieces[k].x, y0 = y + l->lines[li].y + l->pieces[k].y;
      int left = INT_MAX, top = INT_MAX, right = INT_MIN, bottom = INT_MIN;
      for (int by = 0; by < b->height; by++)
        for (int bx = 0; bx < b->width; bx++) {
          if ((b->pixels[(size_t)by * (size_t)(b->pitch / 4) + (size_t)bx] >> 24) < INK_ALPHA) continue;
          int sx = x0 + bx - m->at.x, sy = y0 + by - m->at.y;
          if (sx >= 0 && sy >= 0 && sx < m->at.w && sy < m->at.h) m->px[(size_t)sy * (size_t)m->at.w + (size_t)sx] = 1;
          if (bx < left) left = bx;
          if (bx > right) right = bx;
          if (by < top) top = by;
          if (by > bottom) bottom = by;
        }
      if (right >= left) boxes[k] = (Rect){x0 + left, y0 + top, right - left + 1, bottom - top + 1};
      text_bitmap_free(b);
    }
}

/* One side of an outline: its outer edge (left and top sides cover [edge, edge + t),
   right and bottom ones [edge - t, edge)), t pixels thick, 0 when left open. */
typedef struct Side {
  int edge, t;
} Side;

/* The strip a side of thickness t at edge covers with `clear` pixels round it, along
   [from, to) of its length. */
static Rect side_strip(int side, int edge, int t, int clear, int from, int to) {
  int a = side == SIDE_LEFT || side == SIDE_TOP ? edge : edge - t;
  if (side == SIDE_LEFT || side == SIDE_RIGHT) return (Rect){a - clear, from - clear, t + 2 * clear, to - from + 2 * clear};
  return (Rect){from - clear, a - clear, to - from + 2 * clear, t + 2 * clear};
}

/* Whether a side at edge, t thick, keeps `clear` pixels from all ink along [from, to),
   its rounded corners included: a corner's arc bends in from the straight edges, so
   the square it lies in, k pixels a side, is kept clear at each end. */
static bool side_clear(const Ink *m, int side, int edge, int t, int clear, int from, int to, int k) {
  if (ink_in(m, side_strip(side, edge, t, clear, from, to))) return false;
  int in = side == SIDE_LEFT || side == SIDE_TOP ? 0 : -k; /* the squares begin at the edge, inward */
  for (int end = 0; end < 2; end++) {
    int along = end ? to - k : from;
    Rect sq = side == SIDE_LEFT || side == SIDE_RIGHT ? (Rect){edge + in - clear, along - clear, k + 2 * clear, k + 2 * clear}
                                                      : (Rect){along - clear, edge + in - clear, k + 2 * clear, k + 2 * clear};
    if (ink_in(m, sq)) return false;
  }
  return true;
}

/* Places one side: thick where it can, else a hairline, else open. Its edge is tried at
   want, then step by step inward until it would be nearer its own letters than `clear`
   (ink_edge: where they begin on that side), then outward as far as `outer`. */
static Side side_place(const Ink *m, int side, int want, int outer, int ink_edge, const int thick[2], int clear,
                       int from, int to, int k) {
  int in = side == SIDE_LEFT || side == SIDE_TOP ? 1 : -1;
  for (int n = 0; n < 2; n++) {
    int t = thick[n];
    for (int e = want; in * (ink_edge - e) >= t + clear; e += in)
      if (side_clear(m, side, e, t, clear, from, to, k)) return (Side){e, t};
    for (int e = want - in; in * (e - outer) >= 0; e -= in)
      if (side_clear(m, side, e, t, clear, from, to, k)) return (Side){e, t};
  }
  /* open: the top and bottom run to just before the letters beside */
  int e = ink_edge - in * clear;
  if (in * (e - outer) < 0) e = outer;
  return (Side){e, 0};
}

/* The smallest rect holding both (a rect of width 0 holds nothing). */
static Rect rect_union(Rect a, Rect b) {
  if (!a.w) return b;
  if (!b.w) return a;
  int x1 = a.x + a.w > b.x + b.w ? a.x + a.w : b.x + b.w, y1 = a.y + a.h > b.y + b.h ? a.y + a.h : b.y + b.h;
  int x0 = a.x < b.x ? a.x : b.x, y0 = a.y < b.y ? a.y : b.y;
  return (Rect){x0, y0, x1 - x0, y1 - y0};
}

static Rect part_ink(const PartBox *b, const Rect *pieces) {
  Rect r = {0, 0, 0, 0};
  for (int k = b->first; k <= b->last; k++) r = rect_union(r, pieces[k]);
  return r;
}

/* Marks an outline placed (for segment m->own) as something the next ones keep clear of,
   as of letters; the same flag's pieces on other lines may meet it. */
static void ink_fill(Ink *m, Rect r) {
  for (int y = r.y; y < r.y + r.h; y++)
    for (int x = r.x; x < r.x + r.w; x++)
      if (x >= m->at.x && y >= m->at.y && x < m->at.x + m->at.w && y < m->at.y + m->at.h)
        m->px[(size_t)(y - m->at.y) * (size_t)m->at.w + (size_t)(x - m->at.x)] = (unsigned char)m->own;
}

void ui_place_outlines(UiView *v, const TextLayout *l, int x, int y, PartBox *boxes, int n) {
  const Theme *t = &v->theme;
  int thick[2] = {theme_dp(t, DP_FLAG_OUTLINE), theme_dp(t, DP_HAIRLINE)};
  int pad = theme_dp(t, DP_FLAG_PAD), clear = theme_dp(t, DP_FLAG_CLEAR), inset = theme_dp(t, DP_HAIRLINE);
  if (thick[1] < 1) thick[1] = 1;
  if (clear < 1) clear = 1;
  int radius = theme_dp(t, DP_FLAG_RADIUS), beyond = thick[0] + clear, margin = pad + thick[0] + clear + 1, width = l->width > l->max_width ? l->width : l->max_width;
  Ink m = {NULL, {x - margin, y - margin, width + 2 * margin, l->height + 2 * margin}, 0};
  m.px = xcalloc((size_t)m.at.w * (size_t)m.at.h, 1);
  Rect *pieces = xcalloc((size_t)(l->npieces ? l->npieces : 1), sizeof *pieces);
  ink_draw(&m, v->ui->text, l, x, y, pieces);
  for (int i = 0; i < n; i++) {
    PartBox *b = &boxes[i];
    b->outline = b->r;
    for (int s = 0; s < 4; s++) b->outset[s] = 0;
    Rect own = part_ink(b, pieces);
    if (!b->drawn || !own.w) continue; /* a part of spaces keeps the box it was given */
    m.own = 2 + b->seg; /* < 2 + VIEW_MAX_SEGMENTS: fits a byte */
    /* the space shared with a flag drawn beside it on its line is split at its middle */
    int lo = INT_MIN, hi = INT_MAX;
    for (int j = 0; j < n; j++) {
      const PartBox *o = &boxes[j];
      Rect oi = part_ink(o, pieces);
      if (j == i || !o->drawn || o->seg == b->seg || o->line != b->line || !oi.w) continue;
      if (oi.x + oi.w <= own.x) { /* on its left */
        int gap = own.x - (oi.x + oi.w), split = oi.x + oi.w + (gap - clear) / 2 + clear;
        if (split > lo) lo = split;
      } else if (oi.x >= own.x + own.w) { /* on its right */
        int gap = oi.x - (own.x + own.w), split = own.x + own.w + (gap - clear) / 2;
        if (split < hi) hi = split;
      }
    }
    int band = y + l->lines[b->line].y;
    int want_l = own.x - pad - thick[0], want_r = own.x + own.w + pad + thick[0];
    if (want_l < lo) want_l = lo;
    if (want_r > hi) want_r = hi;
    Side side[4];
    /* Top and bottom first, checked along the widest the outline can be, then the left
       and right along them: each side keeps clear along all of the others' length. Top
       and bottom are a pixel in from the ends of its line, or beyond them for letters
       that reach them (descenders, Thai vowels below), into the room the next line's
       letters leave; a flag drawn there later keeps clear of this one as of letters. */
    side[SIDE_TOP] = side_place(&m, SIDE_TOP, band + inset, band - beyond, own.y, thick, clear, want_l, want_r, radius);
    side[SIDE_BOTTOM] = side_place(&m, SIDE_BOTTOM, band + l->line_height - inset, band + l->line_height + beyond,
                                   own.y + own.h, thick, clear, want_l, want_r, radius);
    int top = side[SIDE_TOP].edge, bottom = side[SIDE_BOTTOM].edge;
    side[SIDE_LEFT] = side_place(&m, SIDE_LEFT, want_l, want_l, own.x, thick, clear, top, bottom, radius);
    side[SIDE_RIGHT] = side_place(&m, SIDE_RIGHT, want_r, want_r, own.x + own.w, thick, clear, top, bottom, radius);
    int left = side[SIDE_LEFT].edge, right = side[SIDE_RIGHT].edge;
    b->outline = (Rect){left, top, right - left, bottom - top};
    ink_fill(&m, (Rect){left, top, side[SIDE_LEFT].t, bottom - top});
    ink_fill(&m, (Rect){right - side[SIDE_RIGHT].t, top, side[SIDE_RIGHT].t, bottom - top});
    ink_fill(&m, (Rect){left, top, right - left, side[SIDE_TOP].t});
    ink_fill(&m, (Rect){left, bottom - side[SIDE_BOTTOM].t, right - left, side[SIDE_BOTTOM].t});
    /* the outline is drawn thick all round and cut to the box: a thin side is the thick
       one pushed out, an open one pushed out of sight, corner and all */
    for (int s = 0; s < 4; s++)
      b->outset[s] = side[s].t ? thick[0] - side[s].t : thick[0] + radius;
  }
  free(pieces);
  free(m.px);
}
