/* render.c — a piece's glyphs as a bitmap whose geometry depends only on its text,
   face, size and weight, so the renderer can cache it by those. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/utf8.h"
#include "text/internal.h"

/* Stacked marks may rise above a face's ascent (measured: Devanagari reph over
   candrabindu, 1 px at 40 px); surfaces keep this much room above the ascent line so
   such ink is kept rather than clipped. */
#define TEXT_HEADROOM_DIV 8

int text_headroom(int size) { return text_clamp_size(size) / TEXT_HEADROOM_DIV + 1; }

static bool text_row_has_ink(const SDL_Surface *s, int y) {
  const uint8_t *bytes = (const uint8_t *)s->pixels + (size_t)y * (size_t)s->pitch;
  const uint32_t *row = (const uint32_t *)bytes;
  for (int x = 0; x < s->w; x++)
    if (row[x] >> 24) return true;
  return false;
}

/* How many rows of SDL_ttf's surface lie above the face's ascent line. SDL_ttf grows
   its surface upwards for ink above the ascent and downwards for ink below the
   descent, and does not say which; the glyph bitmaps are tight, so the ink touching
   one edge tells, and the code points' own depths settle the case where ink touches
   both. */
static int text_rows_above_ascent(const SDL_Surface *s, TTF_Font *font, const char *text) {
  int extra = s->h - TTF_FontHeight(font);
  if (extra <= 0) return 0;
  bool ink_top = text_row_has_ink(s, 0), ink_bottom = text_row_has_ink(s, s->h - 1);
  if (ink_top && !ink_bottom) return extra;
  if (!ink_top && ink_bottom) return 0;
  int lowest = 0;
  size_t n = strlen(text);
  for (size_t i = 0; i < n;) {
    uint32_t cp = utf8_next(text, n, &i);
    int minx, maxx, miny, maxy, advance;
    if (cp == UTF8_INVALID) continue;
    if (TTF_GlyphMetrics32(font, cp, &minx, &maxx, &miny, &maxy, &advance) == 0 && miny < lowest)
      lowest = miny;
  }
  int below = TTF_FontAscent(font) - lowest - TTF_FontHeight(font);
  below = below < 0 ? 0 : below > extra ? extra : below;
  return extra - below;
}

void text_bitmap_free(TextBitmap *b) {
  if (!b) return;
  free(b->pixels);
  free(b);
}

TextBitmap *text_render_piece(Text *t, const TextLayout *layout, int piece) {
  if (!t || !layout || piece < 0 || piece >= layout->npieces) return NULL;
  const TextPiece *p = &layout->pieces[piece];
  if (p->end <= p->start) return NULL;
  TTF_Font *font = text_font(t, p->face, layout->style.weight, layout->style.size);
  if (!font) return NULL;
  char *s = xstrndup(layout->text + p->start, p->end - p->start);
  /* white, so one texture serves every colour through the renderer's colour mod */
  SDL_Surface *raw = TTF_RenderUTF8_Blended(font, s, (SDL_Color){255, 255, 255, 255});
  if (raw && raw->format->format != SDL_PIXELFORMAT_ARGB8888) {
    SDL_Surface *converted = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(raw);
    raw = converted;
  }
  if (!raw) {
    free(s);
    return NULL;
  }
  int above = text_rows_above_ascent(raw, font, s);
  free(s);
  /* row `room` of the result is the face's ascent line, whatever SDL_ttf did */
  int room = text_headroom(layout->style.size);
  int skip = above > room ? above - room : 0; /* ink higher than the room is clipped */
  int w = raw->w, h = raw->h - above + room;
  TextBitmap *out = xmalloc(sizeof *out);
  *out = (TextBitmap){w, h, w * 4, xcalloc((size_t)w * (size_t)h, 4)};
  for (int y = skip; y < raw->h; y++)
    memcpy((uint8_t *)out->pixels + (size_t)(y - above + room) * (size_t)out->pitch,
           (const uint8_t *)raw->pixels + (size_t)y * (size_t)raw->pitch, (size_t)raw->w * 4);
  SDL_FreeSurface(raw);
  return out;
}

int text_piece_x(Text *t, const TextLayout *layout, int piece, uint32_t b) {
  if (!t || !layout || piece < 0 || piece >= layout->npieces) return 0;
  const TextPiece *p = &layout->pieces[piece];
  if (b <= p->start) return 0;
  if (b >= p->end) return p->width;
  int w = text_run_advance(t, p->face, layout->style.weight, layout->style.size, layout->text + p->start,
                           b - p->start);
  return w > p->width ? p->width : w;
}
