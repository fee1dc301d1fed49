/* utf8.c — UTF-8 decoding and the grapheme rules line breaking needs. */
#include "core/utf8.h"

#include <string.h>

#include "core/mem.h"

uint32_t utf8_next(const char *str, size_t n, size_t *i) {
  const unsigned char *s = (const unsigned char *)str;
  size_t p = *i;
  unsigned char c = s[p];
  uint32_t cp;
  size_t len;
  if (c < 0x80) {
    *i = p + 1;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    cp = c & 0x1F;
    len = 2;
  } else if ((c & 0xF0) == 0xE0) {
    cp = c & 0x0F;
    len = 3;
  } else if ((c & 0xF8) == 0xF0) {
    cp = c & 0x07;
    len = 4;
  } else {
    *i = p + 1;
    return UTF8_INVALID;
  }
  if (p + len > n) {
    *i = p + 1;
    return UTF8_INVALID;
  }
  for (size_t k = 1; k < len; k++) {
    if ((s[p + k] & 0xC0) != 0x80) {
      *i = p + 1;
      return UTF8_INVALID;
    }
    cp = (cp << 6) | (s[p + k] & 0x3F);
  }
  static const uint32_t min_for_len[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *i = p + 1;
    return UTF8_INVALID;
  }
  *i = p + len;
  return cp;
}

size_t utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  } else if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  } else if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

bool utf8_valid(const char *s, size_t n) {
  size_t i = 0;
  while (i < n)
    if (utf8_next(s, n, &i) == UTF8_INVALID) return false;
  return true;
}

char *utf8_sanitize(const char *s, size_t n) {
  char *out = xmalloc(n * 3 + 1); /* each bad byte can become 3 bytes of U+FFFD */
  size_t i = 0, o = 0;
  while (i < n) {
    size_t start = i;
    uint32_t cp = utf8_next(s, n, &i);
    if (cp == UTF8_INVALID) {
      memcpy(out + o, "\xef\xbf\xbd", 3);
      o += 3;
    } else if ((cp < 0x20 && cp != '\n') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
               cp == 0x2028 || cp == 0x2029) {
      continue;
    } else {
      memcpy(out + o, s + start, i - start);
      o += i - start;
    }
  }
  out[o] = '\0';
  return out;
}

/* Nonspacing, spacing-combining and enclosing marks of the scripts the kiosk serves
   (Latin, Thai, Lao, Devanagari, Bengali, Myanmar, Khmer), joiners and selectors.
   Sorted, inclusive. */
static const uint32_t mark_ranges[][2] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0900, 0x0903}, {0x093A, 0x093C},
    {0x093E, 0x094F}, {0x0951, 0x0957}, {0x0962, 0x0963}, {0x0981, 0x0983},
    {0x09BC, 0x09BC}, {0x09BE, 0x09C4}, {0x09C7, 0x09C8}, {0x09CB, 0x09CD},
    {0x09D7, 0x09D7}, {0x09E2, 0x09E3}, {0x09FE, 0x09FE}, {0x0E31, 0x0E31},
    {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x0EB1, 0x0EB1}, {0x0EB4, 0x0EBC},
    {0x0EC8, 0x0ECD}, {0x102B, 0x103E}, {0x1056, 0x1059}, {0x105E, 0x1060},
    {0x1062, 0x1064}, {0x1067, 0x106D}, {0x1071, 0x1074}, {0x1082, 0x108D},
    {0x108F, 0x108F}, {0x109A, 0x109D}, {0x17B4, 0x17D3}, {0x17DD, 0x17DD},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200C, 0x200D}, {0x20D0, 0x20FF},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0x1F3FB, 0x1F3FF}, {0xE0020, 0xE007F},
    {0xE0100, 0xE01EF},
};

bool utf8_is_mark(uint32_t cp) {
  size_t lo = 0, hi = sizeof mark_ranges / sizeof mark_ranges[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < mark_ranges[mid][0])
      hi = mid;
    else if (cp > mark_ranges[mid][1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

/* Viramas that join the next consonant into a conjunct or stack (Devanagari, Bengali,
   Myanmar, Khmer coeng). */
static bool is_joining_virama(uint32_t cp) {
  return cp == 0x094D || cp == 0x09CD || cp == 0x1039 || cp == 0x17D2;
}

static bool is_indic_consonant(uint32_t cp) {
  return (cp >= 0x0915 && cp <= 0x0939) || (cp >= 0x0958 && cp <= 0x095F) ||
         (cp >= 0x0995 && cp <= 0x09B9) || (cp >= 0x09DC && cp <= 0x09DF) ||
         (cp >= 0x1000 && cp <= 0x1021) || (cp >= 0x1780 && cp <= 0x17A2);
}

bool utf8_cluster_break(uint32_t prev_prev, uint32_t prev, uint32_t next) {
  (void)prev_prev;
  if (prev == '\r' && next == '\n') return false;
  if (utf8_is_mark(next)) return false;    /* marks and joiners extend the cluster */
  if (prev == 0x200D) return false;        /* ZWJ sequences stay whole */
  if (is_joining_virama(prev) && is_indic_consonant(next)) return false;
  return true;
}
