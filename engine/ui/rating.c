/* rating.c — how strong a practice passphrase is, in any script, and why.

   The rating follows the lesson catalogue's advice (research §2.3): five or more
   unrelated words, or 16+ characters of real variety; common passwords, repeats and
   runs like 12345678 are weak whatever their length. Letters, words and lengths are
   counted in Unicode: a Thai, Nepali, Bengali or Burmese phrase counts its letters, not
   its bytes, and Thai and Burmese words (written without spaces) are found with
   libthai's and ICU's dictionaries. Every copy
   of what was typed made here is wiped before returning. */
#include <string.h>

#include "core/utf8.h"
#include "ui/internal.h"

/* Passwords found at the top of every leaked-password list; a passphrase built around
   one of them is guessed early. */
static const char *const common[] = {
    "password", "passw0rd", "qwerty", "qwertyuiop", "asdfgh", "iloveyou", "letmein", "admin",
    "welcome", "monkey", "dragon", "football", "princess", "sunshine", "abc", "abcd", "abcdef",
    "secret", "login", "master", "baseball", "shadow", "superman", "batman", "freedom",
};

/* Words of song lines and love notes, the first phrases a guesser tries: they do not
   count towards the five (English, Malay, Thai, Nepali, Bengali, Burmese). */
static const char *const filler[] = {
    "the", "and", "you", "your", "love", "baby", "girl", "boy", "forever", "always", "my",
    "for", "with", "heart", "sayang", "cinta", "kamu", "maya", "aku", "rindu",
    "รัก", "ที่รัก", "คิดถึง", "ตลอดไป", "माया", "मेरो", "तिमी", "सधैं",
    "ভালোবাসা", "ভালোবাসি", "তুমি", "আমার", "জান", "ချစ်", "အချစ်", "မင်း", "ငါ",
};

static bool listed(const char *const *list, size_t n, const char *word) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(word, list[i]) == 0) return true;
  return false;
}

#define LISTED(list, word) listed(list, sizeof list / sizeof list[0], word)

static bool is_latin_letter(uint32_t c) {
  return (c | 0x20) - 'a' < 26 || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

static bool is_upper(uint32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

static bool is_digit(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0x0E50 && c <= 0x0E59) || (c >= 0x0966 && c <= 0x096F) ||
         (c >= 0x09E6 && c <= 0x09EF) || (c >= 0x1040 && c <= 0x1049); /* Thai, Devanagari, Bengali, Myanmar */
}

/* Signs of the Indic and Myanmar blocks that end or price words rather than spell them:
   the dandas (Nepali and Bengali), Bengali's rupee signs, Burmese ၊ and ။. */
static bool is_script_sign(uint32_t c) {
  return c == 0x0964 || c == 0x0965 || c == 0x09F2 || c == 0x09F3 || c == 0x104A || c == 0x104B;
}


static bool is_thai_letter(uint32_t c) { return c >= 0x0E01 && c <= 0x0E4E && c != 0x0E2F && c != 0x0E3F; }

/* Thai and Burmese: no spaces between words, so a run of them may be several words. */
static bool is_unspaced_letter(uint32_t c) { return is_thai_letter(c) || (c >= 0x1000 && c <= 0x103F); }

/* A letter of any script the kiosk writes (or a mark that belongs to one). */
static bool is_letter(uint32_t c) {
  if (is_latin_letter(c) || is_thai_letter(c)) return true;
  if (c >= 0x0900 && c <= 0x0963) return true; /* Devanagari, without the dandas */
  if (c >= 0x0370 && c <= 0x1FFF && !is_digit(c) && !is_script_sign(c)) return true;
  return utf8_is_mark(c);
}

static uint32_t lower(uint32_t c) { return is_upper(c) ? c + 0x20 : c; }

/* 12345678, abcdefgh, 99999999: most steps between neighbours are 0 or +-1. */
static bool is_run(const uint32_t *s, int n) {
  int steps = 0;
  for (int i = 1; i < n; i++) {
    long d = (long)s[i] - (long)s[i - 1];
    if (d >= -1 && d <= 1) steps++;
  }
  return n > 1 && steps * 3 >= (n - 1) * 2;
}

static uint64_t hash(const char *s) { /* FNV-1a */
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

/* Appends cps[0..n) to out as lower-case UTF-8 (out has room for 4 bytes each). */
static void encode(const uint32_t *cps, int n, char *out) {
  size_t k = 0;
  for (int i = 0; i < n; i++) k += utf8_encode(lower(cps[i]), out + k);
  out[k] = '\0';
}

UiPasswordRating ui_password_rate(Text *t, const char *typed) {
  uint32_t cps[UI_PASSWORD_MAX];
  int n = 0;
  size_t len = typed ? strlen(typed) : 0;
  for (size_t i = 0; i < len && n < UI_PASSWORD_MAX;) {
    uint32_t c = utf8_next(typed, len, &i);
    if (c != UTF8_INVALID) cps[n++] = c;
  }
  bool low = false, up = false, digit = false, other = false, caseless = false;
  int distinct = 0;
  for (int i = 0; i < n; i++) {
    uint32_t c = cps[i];
    bool seen = false;
    for (int j = 0; j < i && !seen; j++) seen = cps[j] == c;
    distinct += !seen;
    if (is_latin_letter(c)) *(is_upper(c) ? &up : &low) = true;
    else if (is_letter(c)) caseless = true; /* Thai, Devanagari, Bengali, Burmese: no capitals */
    else if (is_digit(c)) digit = true;
    else other = true;
  }
  /* words: runs of letters; a Thai or Burmese run holds as many words as the dictionary
     finds.
     Words already counted are remembered by a hash, not a copy. */
  uint64_t words[UI_PASSWORD_MAX];
  char letters[UI_PASSWORD_MAX * 4 + 1] = "", w[UI_PASSWORD_MAX * 4 + 1];
  uint32_t only[UI_PASSWORD_MAX];
  int nwords = 0, nonly = 0;
  bool has_common = false;
  for (int i = 0; i < n;) {
    if (!is_letter(cps[i])) {
      i++;
      continue;
    }
    int start = i;
    while (i < n && is_letter(cps[i])) only[nonly++] = cps[i++];
    encode(cps + start, i - start, w);
    if (LISTED(common, w)) has_common = true;
    int count = 1;
    if (t && is_unspaced_letter(cps[start]) && i - start > 1) count = text_unspaced_words(t, cps + start, i - start);
    uint64_t h = hash(w);
    bool again = (i - start < 3 && count == 1) || LISTED(filler, w);
    for (int j = 0; j < nwords && !again; j++) again = words[j] == h;
    for (int k = 0; !again && k < count && nwords < UI_PASSWORD_MAX; k++) words[nwords++] = h;
  }
  encode(only, nonly, letters);
  int classes = low + up + digit + other + caseless;
  UiPasswordRating r = {0, UI_PASSWORD_FEW_WORDS, nwords};
  if (n < 8) r.why = UI_PASSWORD_SHORT;
  else if (LISTED(common, letters)) r.why = UI_PASSWORD_COMMON;
  else if (is_run(cps, n) || distinct * 3 < n) r.why = UI_PASSWORD_RUN;
  else if (nwords >= 5) r = (UiPasswordRating){2, UI_PASSWORD_WORDS, nwords};
  else if (n >= 16 && classes >= 3) r = (UiPasswordRating){2, UI_PASSWORD_VARIED, nwords};
  else if (n >= 12 || nwords >= 3) r.level = 1;
  if (has_common && r.level > 0) {
    r.level--;
    r.why = UI_PASSWORD_COMMON;
  }
  /* copies of what was typed: forget them too */
  explicit_bzero(cps, sizeof cps);
  explicit_bzero(only, sizeof only);
  explicit_bzero(words, sizeof words);
  explicit_bzero(letters, sizeof letters);
  explicit_bzero(w, sizeof w);
  return r;
}

int ui_password_level(const char *typed) { return ui_password_rate(NULL, typed).level; }
