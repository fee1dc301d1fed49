/* qr.h — a QR code for a text, as a grid of modules (libqrencode): the take-home card
   a phone camera reads offline. Drawing it is the caller's (ui/ lays it out, render/
   fills the squares). */
#ifndef QR_QR_H
#define QR_QR_H

#include <stdbool.h>

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
void qr_free(QrCode *q);

#endif
