/* qr.c — libqrencode's symbol, copied into a QrCode so that nothing else in the engine
   sees its types. */
#include "qr/qr.h"

#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"

/* A text's symbols at levels M and L, each encoded when first asked for. */
typedef struct QrEntry {
  char *text;
  QrCode *level[2]; /* M, L; NULL where it does not fit a version 40 code */
  bool tried[2];
  unsigned used;
} QrEntry;

struct QrCache {
  QrEntry entries[QR_CACHE_TEXTS];
  unsigned clock;
};

/* Data codewords of versions 1 to 40 at levels M and L (ISO/IEC 18004, table 7), as
   libqrencode holds them (QRspec_getDataLength, which it does not publish); test_qr holds
   the sizes they give to libqrencode's own encodings. */
static const short data_words[2][40] = {
    {16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563, 627, 669,
     714, 782, 860, 914, 1000, 1062, 1128, 1193, 1267, 1373, 1455, 1541, 1631, 1725, 1812, 1914, 1992, 2102,
     2216, 2334},
    {19, 34, 55, 80, 108, 136, 156, 194, 232, 274, 324, 370, 428, 461, 523, 589, 647, 721, 795, 861,
     932, 1006, 1094, 1174, 1276, 1370, 1468, 1531, 1631, 1735, 1843, 1955, 2071, 2191, 2306, 2434, 2566, 2702,
     2812, 2956},
};

int qr_predicted_size(size_t len, bool level_l) {
  for (int v = 1; v <= 40; v++) {
    size_t bits = 4 + (v < 10 ? 8 : 16) + 8 * len; /* mode, count, then the bytes */
    if (bits <= (size_t)data_words[level_l][v - 1] * 8) return 17 + 4 * v;
  }
  return 0;
}

static QrCode *encode(const char *text, QRecLevel level) {
  QRcode *code = QRcode_encodeData((int)strlen(text), (const unsigned char *)text, 0, level);
  if (!code) return NULL; /* past version 40: about 2,300 bytes at M, 2,900 at L */
  QrCode *q = xcalloc(1, sizeof *q);
  q->size = code->width;
  q->dark = xcalloc((size_t)q->size * (size_t)q->size, 1);
  for (int i = 0; i < q->size * q->size; i++) q->dark[i] = code->data[i] & 1; /* bit 0: dark */
  QRcode_free(code);
  return q;
}

static QrCode *copy(const QrCode *q) {
  QrCode *c = xcalloc(1, sizeof *c);
  c->size = q->size;
  c->dark = xmalloc((size_t)q->size * (size_t)q->size);
  memcpy(c->dark, q->dark, (size_t)q->size * (size_t)q->size);
  return c;
}

QrCache *qr_cache_new(void) { return xcalloc(1, sizeof(QrCache)); }

static void entry_clear(QrEntry *e) {
  free(e->text);
  qr_free(e->level[0]);
  qr_free(e->level[1]);
  memset(e, 0, sizeof *e);
}

void qr_cache_free(QrCache *c) {
  if (!c) return;
  for (int i = 0; i < QR_CACHE_TEXTS; i++) entry_clear(&c->entries[i]);
  free(c);
}

/* text's entry in c, made (in the least recently used slot) when it has none. */
static QrEntry *entry(QrCache *c, const char *text) {
  QrEntry *slot = &c->entries[0];
  c->clock++;
  for (int i = 0; i < QR_CACHE_TEXTS; i++) {
    QrEntry *e = &c->entries[i];
    if (e->text && strcmp(e->text, text) == 0) {
      e->used = c->clock;
      return e;
    }
    if (e->used < slot->used) slot = e;
  }
  entry_clear(slot);
  slot->text = xstrdup(text);
  slot->used = c->clock;
  return slot;
}

/* The symbol of level (0: M, 1: L), borrowed from e or, without e, made (*owned).
   Encoding is what costs (libqrencode tries all eight masks: 6.4 M instructions for a
   Thai card): a symbol known to be wider than max_size is not made; NULL then, with
   *size its width. */
static const QrCode *symbol(QrEntry *e, const char *text, int level, int max_size, int *size, QrCode **owned) {
  *size = qr_predicted_size(strlen(text), level == 1);
  if (*size == 0 || *size > max_size) return NULL;
  if (!e) return *owned = encode(text, level ? QR_ECLEVEL_L : QR_ECLEVEL_M);
  if (!e->tried[level]) {
    e->level[level] = encode(text, level ? QR_ECLEVEL_L : QR_ECLEVEL_M);
    e->tried[level] = true;
  }
  return e->level[level];
}

QrCode *qr_cache_encode(QrCache *c, const char *text, int max_size, Error *err) {
  if (!text || !*text) {
    error_set(err, "QR code: no text to encode");
    return NULL;
  }
  QrEntry *e = c ? entry(c, text) : NULL;
  QrCode *owned_m = NULL, *owned_l = NULL;
  int size;
  const QrCode *code = symbol(e, text, 0, max_size, &size, &owned_m);
  if (!code && size > 0) code = symbol(e, text, 1, max_size, &size, &owned_l); /* M has no room */
  QrCode *out = NULL;
  if (size == 0) { /* past version 40 at level M */
    error_set(err, "QR code: %zu bytes of text are more than a QR code holds", strlen(text));
  } else if (!code || code->size > max_size) {
    error_set(err, "QR code: %zu bytes of text need %d modules a side, more than the %d there is room for",
              strlen(text), code ? code->size : size, max_size);
  } else {
    out = copy(code);
  }
  qr_free(owned_m);
  qr_free(owned_l);
  return out;
}

QrCode *qr_encode(const char *text, int max_size, Error *err) { return qr_cache_encode(NULL, text, max_size, err); }

void qr_free(QrCode *q) {
  if (!q) return;
  free(q->dark);
  free(q);
}
