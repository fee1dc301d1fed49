/* buf.c — growable byte buffer. */
#include "core/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/utf8.h"

static void reserve(Buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) cap *= 2;
  b->data = xrealloc(b->data, cap);
  b->cap = cap;
}

void buf_add(Buf *b, const void *p, size_t n) {
  reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_addc(Buf *b, char c) { buf_add(b, &c, 1); }

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0) return;
  reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void buf_add_json_string(Buf *b, const char *s) {
  buf_addc(b, '"');
  size_t n = strlen(s), i = 0;
  while (i < n) {
    size_t start = i;
    uint32_t cp = utf8_next(s, n, &i);
    if (cp == '"' || cp == '\\') {
      buf_addc(b, '\\');
      buf_addc(b, (char)cp);
    } else if (cp == '\n') {
      buf_adds(b, "\\n");
    } else if (cp < 0x20 || cp == 0x7f) {
      buf_printf(b, "\\u%04x", (unsigned)cp);
    } else if (cp == UTF8_INVALID) {
      buf_adds(b, "\xef\xbf\xbd");
    } else {
      buf_add(b, s + start, i - start);
    }
  }
  buf_addc(b, '"');
}

void buf_reset(Buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

char *buf_take(Buf *b) {
  char *d = b->data ? b->data : xstrdup("");
  b->data = NULL;
  b->len = b->cap = 0;
  return d;
}

void buf_free(Buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

void buf_add_html(Buf *b, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '&': buf_adds(b, "&amp;"); break;
    case '<': buf_adds(b, "&lt;"); break;
    case '>': buf_adds(b, "&gt;"); break;
    case '"': buf_adds(b, "&quot;"); break;
    case '\'': buf_adds(b, "&#39;"); break;
    default: buf_addc(b, *s);
    }
  }
}
