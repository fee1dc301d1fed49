/* widths.c — the advance width of each shaped run, kept across layouts. A screen is laid
   out more than once (the result screen tries its take-home card in several places and
   its texts at smaller sizes until they fit), and every layout measures each word and
   each candidate line by shaping it (TTF_SizeUTF8: HarfBuzz), 7.6 M instructions of the
   Thai result tap at 800x480. A width depends only on the run's bytes, its face, weight
   and size (hinting is fixed, font.c), so it is looked up by those.

   The table is cleared whole when it is three quarters full or its bytes are used up:
   a few screens' runs fit, and clearing costs nothing compared to a lookup chain. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "text/internal.h"

#define WIDTH_SLOTS 4096             /* power of two; a result screen measures ~1,000 runs */
#define WIDTH_BYTES (256u << 10)     /* the runs' text, each with its '\0' */
#define WIDTH_LONGEST (WIDTH_BYTES / 16) /* a longer run is measured and not kept */

typedef struct WidthSlot {
  uint64_t hash;    /* 0: empty */
  uint32_t at, len; /* the run's bytes in TextWidths.bytes */
  int16_t size;
  uint8_t face, weight;
  int width;
} WidthSlot;

struct TextWidths {
  WidthSlot slots[WIDTH_SLOTS];
  int used;
  char bytes[WIDTH_BYTES];
  uint32_t nbytes;
};

static uint64_t width_hash(int face, TextWeight weight, int size, const char *s, size_t len) {
  uint64_t h = 1469598103934665603ULL ^ (uint64_t)(face | (int)weight << 8 | size << 16);
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h ? h : 1;
}

static int measure(TTF_Font *font, const char *s) {
  int w = 0;
  if (TTF_SizeUTF8(font, s, &w, NULL) < 0 || w < 0) w = 0;
  return w;
}

int text_run_advance(Text *t, int face, TextWeight weight, int size, const char *s, size_t len) {
  if (len == 0) return 0;
  if (len > WIDTH_LONGEST) {
    TTF_Font *font = text_font(t, face, weight, size);
    char *copy = xstrndup(s, len);
    int w = font ? measure(font, copy) : 0;
    free(copy);
    return w;
  }
  if (!t->widths) t->widths = xcalloc(1, sizeof *t->widths);
  TextWidths *c = t->widths;
  uint64_t h = width_hash(face, weight, size, s, len);
  uint32_t i = (uint32_t)h & (WIDTH_SLOTS - 1);
  for (;; i = (i + 1) & (WIDTH_SLOTS - 1)) { /* never full: cleared at three quarters */
    WidthSlot *e = &c->slots[i];
    if (!e->hash) break;
    if (e->hash == h && e->len == len && e->size == size && e->face == face && e->weight == weight &&
        memcmp(c->bytes + e->at, s, len) == 0)
      return e->width;
  }
  TTF_Font *font = text_font(t, face, weight, size);
  if (!font) return 0; /* a missing face: nothing to keep */
  if (c->used >= WIDTH_SLOTS / 4 * 3 || c->nbytes + len + 1 > WIDTH_BYTES) {
    memset(c->slots, 0, sizeof c->slots);
    c->used = 0;
    c->nbytes = 0;
    i = (uint32_t)h & (WIDTH_SLOTS - 1);
  }
  char *copy = c->bytes + c->nbytes; /* SDL_ttf wants the run '\0'-terminated */
  memcpy(copy, s, len);
  copy[len] = '\0';
  c->slots[i] = (WidthSlot){h, c->nbytes, (uint32_t)len, (int16_t)size, (uint8_t)face, (uint8_t)weight,
                            measure(font, copy)};
  c->nbytes += (uint32_t)len + 1;
  c->used++;
  return c->slots[i].width;
}

void text_widths_free(Text *t) {
  free(t->widths);
  t->widths = NULL;
}
