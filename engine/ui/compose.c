/* compose.c — where a typed character goes in the passphrase field, so that a learner
   who types a sign in the order it is written still gets text that shapes whole.

   Unicode stores a vowel sign after its consonant even where it is drawn before it
   (Bengali ি ে ৈ, Devanagari ि, Burmese ေ and the medial ြ), and the keyboards of
   keymaps.c type in that order. But many learners type what they see first: ေ then က
   (as Burmese was typed for years in the Zawgyi encoding), ি then ক (as the Bijoy
   keyboard of Bangladesh takes it). Typed as it comes, "ေက" is a sign on nothing (a
   dotted circle) before a bare consonant. So, as the Burmese and Bengali phone
   keyboards do, a pre-base sign with no consonant before it waits at the end of the
   text: the consonant typed next goes in front of it, and so do the medials and the
   virama (and the consonant after it) that complete the cluster. Text typed in
   Unicode's order is never moved: a sign that already follows its consonant stays. */
#include <string.h>

#include "core/utf8.h"
#include "ui/internal.h"

/* Signs drawn before the consonant they follow in the text. */
static bool is_prebase(uint32_t c) {
  return c == 0x1031 || c == 0x103C || c == 0x09BF || c == 0x09C7 || c == 0x09C8 || c == 0x093F;
}

/* Unicode's order of the signs after a consonant: nukta, virama, then the Myanmar
   medials ျ ြ ွ ှ by code point, then the vowel signs. */
static uint32_t order(uint32_t c) { return is_prebase(c) && c != 0x103C ? 0x10000 : c; }

static bool is_consonant(uint32_t c) {
  return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095F) || /* Devanagari */
         (c >= 0x0995 && c <= 0x09B9) || (c >= 0x09DC && c <= 0x09DF) || /* Bengali */
         (c >= 0x1000 && c <= 0x1021) || c == 0x103F;                   /* Myanmar */
}

static bool is_virama(uint32_t c) { return c == 0x094D || c == 0x09CD || c == 0x1039; }

/* Myanmar medials ျ ြ ွ ှ, and the nuktas: they belong to the consonant before them. */
static bool completes_consonant(uint32_t c) { return (c >= 0x103B && c <= 0x103E) || c == 0x093C || c == 0x09BC; }

/* A pre-base sign may sit after c: a consonant, or what completes one. */
static bool holds_sign(uint32_t c) { return is_consonant(c) || completes_consonant(c); }

/* The code point that ends at byte end of s (0 at the start), and where it starts. */
static uint32_t before(const char *s, size_t end, size_t *start) {
  size_t i = end;
  while (i > 0 && ((unsigned char)s[--i] & 0xC0) == 0x80) {
  }
  *start = i;
  size_t k = i;
  return end > 0 ? utf8_next(s, end, &k) : 0;
}

/* Puts the signs of s[0..n) in Unicode's order (ေြ -> ြေ), in place. */
static void sort_signs(char *s, size_t n) {
  uint32_t cps[UI_PASSWORD_MAX];
  int k = 0;
  for (size_t i = 0; i < n && k < UI_PASSWORD_MAX;) cps[k++] = utf8_next(s, n, &i);
  for (int i = 1; i < k; i++)
    for (int j = i; j > 0 && order(cps[j - 1]) > order(cps[j]); j--) {
      uint32_t x = cps[j];
      cps[j] = cps[j - 1];
      cps[j - 1] = x;
    }
  size_t o = 0;
  for (int i = 0; i < k; i++) o += utf8_encode(cps[i], s + o);
  explicit_bzero(cps, sizeof cps);
}

size_t ui_compose_at(char *typed, size_t len, uint32_t c) {
  /* the run of pre-base signs at the end of the text */
  size_t run = len, at;
  while (run > 0 && is_prebase(before(typed, run, &at))) run = at;
  if (run == len) return len;
  if (!holds_sign(before(typed, run, &at))) { /* typed before their consonant: it goes first */
    if (!is_consonant(c)) return len;
    sort_signs(typed + run, len - run);
    return run;
  }
  /* after their consonant: a medial or virama that belongs before one of them */
  if (!completes_consonant(c) && !is_virama(c)) return len;
  for (size_t i = run; i < len;) {
    size_t sign = i;
    if (order(utf8_next(typed, len, &i)) > order(c)) return sign;
  }
  return len;
}
