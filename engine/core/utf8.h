/* utf8.h — strict UTF-8 decoding, validation and grapheme-cluster boundaries. */
#ifndef CORE_UTF8_H
#define CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_INVALID 0xFFFFFFFFu

/* Decodes the code point at s[*i] (of n bytes) and advances *i past it; malformed,
   overlong or surrogate sequences return UTF8_INVALID and advance one byte. */
uint32_t utf8_next(const char *s, size_t n, size_t *i);

/* Encodes cp into out (4 bytes room); returns the byte count. */
size_t utf8_encode(uint32_t cp, char *out);

bool utf8_valid(const char *s, size_t n);

/* Copy of s with invalid bytes replaced by U+FFFD and control characters other than
   '\n' removed: every string that reaches the screen goes through this. Caller frees. */
char *utf8_sanitize(const char *s, size_t n);

/* True when cp continues the grapheme cluster before it (combining marks, Thai and
   Indic vowel signs, virama-joined consonants are handled by utf8_cluster_break). */
bool utf8_is_mark(uint32_t cp);

/* True if a line may be cut between code points prev and next without splitting a
   grapheme cluster (prev_prev is the code point before prev, or 0). */
bool utf8_cluster_break(uint32_t prev_prev, uint32_t prev, uint32_t next);

#endif
