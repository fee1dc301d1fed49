/* breaks.c — where a line may end. Spaces, U+200B, '-' and '/' inside words and URLs
   (never a hyphen inside a host name; layout.c prefers not to break inside an address at
   all, text_in_address), dictionary breaks inside Thai (libthai) and
   Burmese (ICU, icu.c), which have no spaces between words, and never inside a
   grapheme cluster or a Burmese syllable, nor before a Burmese particle that belongs to
   the word before it (particles.c). Only '\n' forces a break. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <thai/thwbrk.h>

#include "core/mem.h"
#include "core/utf8.h"
#include "text/internal.h"

/* libthai sees at most this many code points at a time (a stack buffer). Real Thai
   runs between spaces are a sentence or two; a longer one just loses the breaks at the
   chunk seams, and text_layout still cuts it between clusters if it must. */
#define TEXT_THAI_CHUNK 1024

static bool text_is_thai(uint32_t cp) { return cp >= 0x0E00 && cp <= 0x0E7F; }

/* Myanmar and its extensions (U+A9E0.., U+AA60..): what ICU's Burmese breaker sees. */
static bool text_is_myanmar(uint32_t cp) {
  return (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0xA9E0 && cp <= 0xA9FF) ||
         (cp >= 0xAA60 && cp <= 0xAA7F);
}

/* Scripts written without spaces between words: breaks inside come from a dictionary. */
static bool text_is_unspaced(uint32_t cp) { return text_is_thai(cp) || text_is_myanmar(cp); }

static bool text_is_myanmar_consonant(uint32_t cp) {
  return (cp >= 0x1000 && cp <= 0x1021) || cp == 0x103F || (cp >= 0x1050 && cp <= 0x1055) ||
         (cp >= 0x105A && cp <= 0x105D) || cp == 0x1061 || cp == 0x1065 || cp == 0x1066 ||
         (cp >= 0x106E && cp <= 0x1070) || (cp >= 0x1075 && cp <= 0x1081) || cp == 0x108E;
}

/* A Burmese consonant at i that closes the syllable before it: an asat follows (after
   any medial, dot below or anusvara: "ချ်" in မက်ဆေ့ချ်), or it is stacked under the next
   one (U+1039), or it is the kinzi's nga (U+1004 U+103A U+1039). "ကျွန်" is one
   syllable: no line may begin at its န. */
static bool text_closes_syllable(const uint32_t *cps, int n, int i) {
  if (!text_is_myanmar_consonant(cps[i])) return false;
  int k = i + 1;
  while (k < n && (cps[k] == 0x1036 || cps[k] == 0x1037 || (cps[k] >= 0x103B && cps[k] <= 0x103E)))
    k++;
  return k < n && (cps[k] == 0x103A || cps[k] == 0x1039);
}

bool text_is_space(uint32_t cp) {
  return cp == ' ' || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) ||
         cp == 0x205F || cp == 0x3000; /* U+00A0 and U+2007 are no-break by definition */
}

/* A letter or digit of any script: what may follow a hyphen or slash we break after. */
static bool text_is_word(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return !text_is_common(cp) && !utf8_is_mark(cp);
}

/* Inside a host name: the hyphen at i has, in its run of non-spaces, no '/' before it
   and a '.' followed by a letter after it ("posexpress-my.co/pay"). A look-alike
   address is the trick a scam lesson teaches: it must never be split across lines. */
static bool text_in_host_name(const uint32_t *cps, int n, int i) {
  for (int k = i - 1; k >= 0 && !text_is_space(cps[k]) && cps[k] != '\n'; k--)
    if (cps[k] == '/') return false;
  for (int k = i + 1; k + 1 < n && !text_is_space(cps[k]) && cps[k] != '\n' && cps[k] != '/'; k++)
    if (cps[k] == '.' && text_is_word(cps[k + 1])) return true;
  return false;
}

/* A decimal digit of the scripts the kiosk serves: Latin, Bengali, Devanagari, Thai,
   Burmese, Khmer. */
static bool text_is_digit(uint32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 0x0966 && cp <= 0x096F) ||
         (cp >= 0x09E6 && cp <= 0x09EF) || (cp >= 0x0E50 && cp <= 0x0E59) ||
         (cp >= 0x1040 && cp <= 0x1049) || (cp >= 0x17E0 && cp <= 0x17E9);
}

static bool text_is_letter(uint32_t cp) { return text_is_word(cp) && !text_is_digit(cp); }

/* Currency signs (Unicode's Sc: $ £ ¥ ৳ ฿ ₹ and U+20A0..U+20CF). */
static bool text_is_currency_sign(uint32_t cp) {
  return cp == '$' || cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0x09F2 || cp == 0x09F3 ||
         cp == 0x0E3F || (cp >= 0x20A0 && cp <= 0x20CF);
}

/* Currencies written as a word before the amount: the short forms of the kiosk's
   countries and of the places its learners work (RM, Rp, Rs, Tk, रु/रू) and the ISO 4217
   codes of those currencies and of the Gulf and the dollar ("AED 2,500" in the core
   pack). A list, not "three capitals": OTP, PIN and TAC are no currency ("PIN 6 | digit"
   must stay whole). Each may end in '.' ("रु. ५००", 81 times in the core pack). */
static const char *const text_currency_words[] = {
    "RM", "Rp", "Rs", "Tk", "रु", "रू", "MYR", "THB", "IDR", "NPR", "BDT", "MMK", "INR",
    "AED", "SAR", "QAR", "KWD", "USD", "SGD", "EUR"};

/* Is cps[a, e) a currency sign or word ("฿", "RM", "रु.", "AED")? */
static bool text_is_currency(const uint32_t *cps, int a, int e) {
  if (e - a == 1 && text_is_currency_sign(cps[a])) return true;
  if (e - a > 1 && cps[e - 1] == '.') e--;
  for (size_t w = 0; w < sizeof text_currency_words / sizeof *text_currency_words; w++) {
    const char *s = text_currency_words[w];
    size_t len = strlen(s), at = 0;
    int k = a;
    while (k < e && at < len && utf8_next(s, len, &at) == cps[k]) k++;
    if (k == e && at == len) return true;
  }
  return false;
}

/* The start of the run of non-spaces ending at cps[e]. */
static int text_token_start(const uint32_t *cps, int e) {
  while (e > 0 && !text_is_space(cps[e - 1]) && cps[e - 1] != '\n') e--;
  return e;
}

/* The space run ending at cps[i] joins a number to what belongs with it: its unit or
   noun ("24 hours", "1,500 บาท", "၁၃,၀၀၀ ဘတ်"), the next group of a phone number
   ("+66 92 603 4881"), or the currency before it ("RM 1.50", "৳ ৫০০", "रु. ५००").
   A line split there leaves an amount without its meaning. An amount that already
   has its currency ("RM1.50", "RM 1.50") may end a line. */
static bool text_space_in_amount(const uint32_t *cps, int n, int i) {
  int p = i;
  while (p >= 0 && text_is_space(cps[p])) p--;
  if (p < 0 || i + 1 >= n) return false;
  uint32_t next = cps[i + 1];
  int a = text_token_start(cps, p);
  if (text_is_digit(cps[p])) {
    if (!text_is_word(next) || !(text_is_digit(cps[a]) || cps[a] == '+')) return false;
    int q = a - 1; /* the word before the number: its currency? */
    while (q >= 0 && text_is_space(cps[q])) q--;
    return q < 0 || cps[q] == '\n' || !text_is_currency(cps, text_token_start(cps, q), q + 1);
  }
  return text_is_digit(next) && text_is_currency(cps, a, p + 1);
}

static bool text_is_address_char(uint32_t cp) { return cp > ' ' && cp < 0x7F; }

bool text_in_address(const uint32_t *cps, int n, int i) {
  if (i < 0 || i + 1 >= n || !text_is_address_char(cps[i]) || !text_is_address_char(cps[i + 1]))
    return false;
  int a = i, e = i + 1;
  while (a > 0 && text_is_address_char(cps[a - 1])) a--;
  while (e + 1 < n && text_is_address_char(cps[e + 1])) e++;
  for (int k = a; k <= e; k++) {
    uint32_t c = cps[k];
    if (c == '/' || c == '@') return true;
    if (c == '.' && k > a && k < e && text_is_word(cps[k - 1]) && text_is_word(cps[k + 1]) &&
        !(cps[k + 1] >= '0' && cps[k + 1] <= '9'))
      return true; /* "songdee-th.co", "Refund_Claim.apk"; not "350.00" */
  }
  return false;
}

bool text_in_phrase(const uint32_t *cps, int n, int i) {
  if (i < 0 || i + 1 >= n) return false;
  uint32_t a = cps[i], b = cps[i + 1];
  if (text_is_space(a) || text_is_space(b) || a == '\n' || b == '\n' || a == 0x200B || b == 0x200B)
    return false;
  return text_is_myanmar(a) || text_is_myanmar(b);
}

/* Signs that close the text before them: Thai ๆ (repeat), ฯ (abbreviation) and the
   end-of-text marks; Burmese ၊ and ။ (its comma and full stop). A line must not begin
   with one. */
static bool text_never_starts_line(uint32_t cp) {
  return cp == 0x0E46 || cp == 0x0E2F || cp == 0x0E5A || cp == 0x0E5B || cp == 0x104A ||
         cp == 0x104B;
}

bool text_may_cut(const uint32_t *cps, int n, int i) {
  uint32_t prev = cps[i - 1], next = cps[i];
  /* core/utf8 sees U+0E33 as a letter, but it is a spacing mark of the syllable */
  if (next == 0x0E33 || (prev >= 0x0E40 && prev <= 0x0E44)) return false;
  if (text_closes_syllable(cps, n, i) || text_never_starts_line(next)) return false;
  return utf8_cluster_break(i > 1 ? cps[i - 2] : 0, prev, next);
}

/* Without ICU, Burmese may still wrap between syllables: before each consonant (or
   independent vowel) that opens one, as the Burmese syllable rules (Unicode UTN #11)
   have it. Coarser than words, but never inside a syllable. */
static void text_myanmar_syllables(const uint32_t *cps, int n, int start, int len, uint8_t *brk) {
  for (int i = start + 1; i < start + len; i++) {
    uint32_t c = cps[i];
    bool opens = text_is_myanmar_consonant(c) || (c >= 0x1023 && c <= 0x102A) ||
                 (c >= 0x1040 && c <= 0x1049) || c == 0x104C || c == 0x104D || c == 0x104F;
    if (opens && cps[i - 1] != 0x1039 && !text_closes_syllable(cps, n, i))
      brk[i - 1] = TEXT_BREAK_ALLOW;
  }
}

/* Spaces that open a paragraph or follow '\n' are indentation, not a break. */
static bool text_spaces_open_line(const uint32_t *cps, int i) {
  while (i >= 0 && text_is_space(cps[i])) i--;
  return i < 0 || cps[i] == '\n';
}

static ThBrk *text_thai_breaker(Text *t) {
  if (!t->thai_tried) {
    t->thai_tried = true;
    t->thai = th_brk_new(NULL);
    if (!t->thai)
      log_printf(&t->log, "text: libthai has no dictionary (package libthai-data): "
                          "Thai will only wrap at spaces");
  }
  return t->thai;
}

void text_prepare(Text *t, const char *lang) {
  if (!t || !lang) return;
  size_t n = strcspn(lang, "-_"); /* "th", "th-TH" */
  if (n == 2 && strncmp(lang, "th", 2) == 0) {
    text_thai_breaker(t);
    text_icu_prepare(t, TEXT_ICU_THAI);
  }
  if (n == 2 && strncmp(lang, "my", 2) == 0) text_icu_prepare(t, TEXT_ICU_BURMESE);
}

/* libthai's word boundaries inside one run of Thai code points [start, start+len). */
static void text_libthai_breaks(Text *t, const uint32_t *cps, int start, int len, uint8_t *brk) {
  ThBrk *breaker = text_thai_breaker(t);
  if (!breaker) return;
  wchar_t ucs4[TEXT_THAI_CHUNK + 1]; /* thwchar_t is wchar_t: UCS-4 on Linux */
  int pos[TEXT_THAI_CHUNK];
  for (int off = 0; off < len; off += TEXT_THAI_CHUNK) {
    int m = len - off < TEXT_THAI_CHUNK ? len - off : TEXT_THAI_CHUNK;
    for (int k = 0; k < m; k++) ucs4[k] = (wchar_t)cps[start + off + k];
    ucs4[m] = 0;
    int nbreaks = th_brk_wc_find_breaks(breaker, ucs4, pos, TEXT_THAI_CHUNK);
    for (int k = 0; k < nbreaks; k++)
      if (pos[k] > 0 && pos[k] < m) brk[start + off + pos[k] - 1] = TEXT_BREAK_ALLOW;
  }
}

/* libthai's boundaries where ICU's Thai dictionary sees one too. libthai splits words
   its dictionary lacks into pieces ("แช|ท" chat, "วอ|ลเล็ต" wallet, "นาย|จ้าง" employer,
   "คน|ร้าย"): a line broke there 196 times in the core pack's Thai laid out at the
   kiosk's sizes. ICU splits compounds libthai keeps (บท|เรียน), so its boundaries alone
   would be worse (README); where both see a word's end, both dictionaries agree. Without
   ICU, libthai's boundaries stand. */
/* Loan words both dictionaries lack: "แชท" (chat, 52 times in the core pack's Thai) came
   out แช|ท, or แช|ทกลุ่ม where it met กลุ่ม ("group chat"). No break inside them; none
   is added at their edges, where the dictionaries disagree ("แชทลูกค้า" stays one run). */
static const uint32_t text_thai_loanwords[][4] = {{0x0E41, 0x0E0A, 0x0E17, 0}}; /* แชท */

static void text_keep_thai_loanwords(const uint32_t *cps, int start, int len, uint8_t *brk) {
  for (size_t w = 0; w < sizeof text_thai_loanwords / sizeof *text_thai_loanwords; w++) {
    const uint32_t *word = text_thai_loanwords[w];
    int m = 0;
    while (word[m]) m++;
    for (int a = start; a + m <= start + len; a++) {
      int k = 0;
      while (k < m && cps[a + k] == word[k]) k++;
      if (k < m) continue;
      for (int j = a; j < a + m - 1; j++) brk[j] = TEXT_BREAK_NONE;
    }
  }
}

static void text_thai_breaks(Text *t, const uint32_t *cps, int start, int len, uint8_t *brk) {
  text_libthai_breaks(t, cps, start, len, brk);
  uint8_t *icu = xcalloc((size_t)start + (size_t)len, 1);
  if (text_icu_breaks(t, TEXT_ICU_THAI, cps, start, len, icu))
    for (int k = start; k + 1 < start + len; k++)
      if (brk[k] == TEXT_BREAK_ALLOW && icu[k] != TEXT_BREAK_ALLOW) brk[k] = TEXT_BREAK_NONE;
  free(icu);
  text_keep_thai_loanwords(cps, start, len, brk);
}

void text_find_breaks(Text *t, const uint32_t *cps, int n, uint8_t *brk) {
  memset(brk, TEXT_BREAK_NONE, (size_t)n);
  for (int i = 0; i < n; i++) {
    uint32_t c = cps[i];
    if (c == '\n') {
      brk[i] = TEXT_BREAK_MUST;
      continue;
    }
    if (i + 1 == n) break;
    uint32_t next = cps[i + 1], prev = i > 0 ? cps[i - 1] : 0;
    bool allow = false;
    if (text_is_space(c)) /* after the last space of a run, so the spaces end the line */
      allow = !text_is_space(next) && next != '\n' && !text_spaces_open_line(cps, i) &&
              !text_space_in_amount(cps, n, i);
    else if (c == 0x200B)
      allow = true;
    else if (c == '-' || c == 0x2010 || c == 0x2013) /* "e-mail"; not "-5", nor "11-6034" */
      allow = text_is_word(prev) && text_is_word(next) && !text_in_host_name(cps, n, i) &&
              !(text_is_digit(prev) && text_is_digit(next));
    else if (c == '/') /* URLs in scam messages must wrap: "bit.ly/" | "abc" */
      allow = text_is_word(next) && prev != 0 && prev != '\n' && !text_is_space(prev);
    /* "รหัสOTP", "OTPကုဒ်": Thai or Burmese meets a Latin word or a number */
    if (!allow && text_is_unspaced(c) != text_is_unspaced(next))
      allow = text_is_unspaced(c) ? text_is_word(next) : text_is_word(c);
    if (allow) brk[i] = TEXT_BREAK_ALLOW;
  }
  for (int i = 0; i < n;) {
    bool thai = text_is_thai(cps[i]);
    if (!thai && !text_is_myanmar(cps[i])) {
      i++;
      continue;
    }
    int start = i;
    while (i < n && (thai ? text_is_thai(cps[i]) : text_is_myanmar(cps[i]))) i++;
    if (i - start < 2) continue;
    if (thai) text_thai_breaks(t, cps, start, i - start, brk);
    else if (!text_icu_breaks(t, TEXT_ICU_BURMESE, cps, start, i - start, brk))
      text_myanmar_syllables(cps, n, start, i - start, brk);
  }
  bool myanmar = false;
  for (int i = 0; i + 1 < n; i++) {
    /* nor between a number and its unit written without a space: "500บาท" */
    if (brk[i] == TEXT_BREAK_ALLOW &&
        (!text_may_cut(cps, n, i + 1) || (text_is_digit(cps[i]) && text_is_letter(cps[i + 1]))))
      brk[i] = TEXT_BREAK_NONE;
    myanmar |= text_is_myanmar(cps[i]);
  }
  if (myanmar) text_myanmar_particles(cps, n, brk); /* ပြန်ပို့ပါမယ်, not ပြန်ပို့ပါ|မယ် */
}

int text_word_starts(Text *t, const char *utf8, uint32_t *starts, int max) {
  size_t len = strlen(utf8);
  if (len == 0 || max <= 0) return 0;
  uint32_t *cps = malloc(sizeof(uint32_t) * len), *offs = malloc(sizeof(uint32_t) * len);
  uint8_t *brk = malloc(len);
  int n = 0, count = 0;
  if (!cps || !offs || !brk) goto done;
  for (size_t i = 0; i < len;) {
    offs[n] = (uint32_t)i;
    cps[n++] = utf8_next(utf8, len, &i);
  }
  text_find_breaks(t, cps, n, brk);
  for (int i = 0; i + 1 < n && count < max; i++)
    if (brk[i] == TEXT_BREAK_ALLOW && !text_is_space(cps[i]) && !text_is_space(cps[i + 1]) &&
        (text_is_unspaced(cps[i]) || text_is_unspaced(cps[i + 1])))
      starts[count++] = offs[i + 1];
done:
  free(cps);
  free(offs);
  free(brk);
  return count;
}

int text_unspaced_words(Text *t, const uint32_t *cps, int n) {
  if (n <= 1) return n;
  uint8_t brk[TEXT_THAI_CHUNK];
  if (n > TEXT_THAI_CHUNK) n = TEXT_THAI_CHUNK;
  memset(brk, TEXT_BREAK_NONE, (size_t)n);
  if (text_is_thai(cps[0])) text_libthai_breaks(t, cps, 0, n, brk);
  else if (text_is_myanmar(cps[0])) text_icu_breaks(t, TEXT_ICU_BURMESE, cps, 0, n, brk); /* none: one word */
  int words = 1;
  for (int i = 0; i + 1 < n; i++) words += brk[i] == TEXT_BREAK_ALLOW && text_may_cut(cps, n, i + 1);
  return words;
}
