/* qr.c — libqrencode's symbol, copied into a QrCode so that nothing else in the engine
   sees its types. */
#include "qr/qr.h"

#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"

static QRcode *encode(const char *text, QRecLevel level) {
  return QRcode_encodeData((int)strlen(text), (const unsigned char *)text, 0, level);
}

QrCode *qr_encode(const char *text, int max_size, Error *err) {
  if (!text || !*text) {
    error_set(err, "QR code: no text to encode");
    return NULL;
  }
  QRcode *code = encode(text, QR_ECLEVEL_M);
  if (code && code->width > max_size) {
    QRcode_free(code);
    code = encode(text, QR_ECLEVEL_L);
  }
  if (!code) { /* past version 40 at level L: about 2,900 bytes */
    error_set(err, "QR code: %zu bytes of text are more than a QR code holds", strlen(text));
    return NULL;
  }
  if (code->width > max_size) {
    error_set(err, "QR code: %zu bytes of text need %d modules a side, more than the %d there is room for",
              strlen(text), code->width, max_size);
    QRcode_free(code);
    return NULL;
  }
  QrCode *q = xcalloc(1, sizeof *q);
  q->size = code->width;
  q->dark = xcalloc((size_t)q->size * (size_t)q->size, 1);
  for (int i = 0; i < q->size * q->size; i++) q->dark[i] = code->data[i] & 1; /* bit 0: dark */
  QRcode_free(code);
  return q;
}

void qr_free(QrCode *q) {
  if (!q) return;
  free(q->dark);
  free(q);
}
