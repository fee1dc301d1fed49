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

/* The symbol of level (0: M, 1: L), borrowed from e or, without e, made (*owned). */
static const QrCode *symbol(QrEntry *e, const char *text, int level, QrCode **owned) {
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
  const QrCode *code = symbol(e, text, 0, &owned_m);
  if (code && code->size > max_size) code = symbol(e, text, 1, &owned_l);
  QrCode *out = NULL;
  if (!code) { /* past version 40 at level M */
    error_set(err, "QR code: %zu bytes of text are more than a QR code holds", strlen(text));
  } else if (code->size > max_size) {
    error_set(err, "QR code: %zu bytes of text need %d modules a side, more than the %d there is room for",
              strlen(text), code->size, max_size);
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
