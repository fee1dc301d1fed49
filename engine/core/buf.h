/* buf.h — a growable byte buffer (owned; free with buf_free). */
#ifndef CORE_BUF_H
#define CORE_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct Buf {
  char *data; /* always NUL-terminated when non-NULL */
  size_t len, cap;
} Buf;

void buf_add(Buf *b, const void *p, size_t n);
void buf_adds(Buf *b, const char *s);
void buf_addc(Buf *b, char c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included; invalid UTF-8 becomes U+FFFD. */
void buf_add_json_string(Buf *b, const char *s);
/* Appends s as HTML text (& < > " ' escaped); NULL appends nothing. */
void buf_add_html(Buf *b, const char *s);
void buf_reset(Buf *b);
/* Hands the data to the caller (who frees it) and empties the buffer. */
char *buf_take(Buf *b);
void buf_free(Buf *b);

#endif
