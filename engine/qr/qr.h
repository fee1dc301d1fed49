/* qr.h — a QR code for a text, as a grid of modules (libqrencode): the take-home card
   a phone camera reads offline. Drawing it is the caller's (ui/ lays it out, render/
   fills the squares). */
#ifndef QR_QR_H
#define QR_QR_H

#include <stdbool.h>
#include <stddef.h>

#include "core/error.h"

#define QR_QUIET 4 /* light modules around the code, as ISO/IEC 18004 asks of a reader */

typedef struct QrCode {
  int size;            /* modules a side: 21 (version 1) to 177 (version 40) */
  unsigned char *dark; /* size * size, row by row: 1 where a module is dark; owned */
} QrCode;

/* TEXT as its UTF-8 bytes, at error correction level M (15 % of the code can be lost to
   glare or a smudge), or L (7 %) when M would be more than MAX_SIZE modules a side.
   NULL, with err naming the size, when even L does not fit MAX_SIZE. */
QrCode *qr_encode(const char *text, int max_size, Error *err);

/* Modules a side of the code that len bytes of text make at level M (level_l false) or
   L, without encoding them: the smallest version that holds them, as libqrencode picks
   it; 0 when not even version 40 does. */
int qr_predicted_size(size_t len, bool level_l);
void qr_free(QrCode *q);

/* Encodings kept for reuse, owned by whoever lays cards out (ui/'s Ui). A result
   screen's layout tries its card in several places, and libqrencode tries all eight
   masks for each encoding: a Thai card was encoded eight times at a tap, 59 M
   instructions. The last QR_CACHE_TEXTS texts are kept, each at the levels tried. */
#define QR_CACHE_TEXTS 4
typedef struct QrCache QrCache;
QrCache *qr_cache_new(void);
void qr_cache_free(QrCache *c);
/* qr_encode(text, max_size, err) through c (NULL: nothing kept): the same code or
   error, a copy the caller owns. */
QrCode *qr_cache_encode(QrCache *c, const char *text, int max_size, Error *err);

#endif
