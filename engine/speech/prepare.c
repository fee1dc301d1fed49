/* prepare.c — the text espeak-ng reads, made from the text a learner sees: phone
   numbers and codes digit by digit, prices as amounts in the learner's language,
   Thai words set apart (its dictionary has no word breaker), Nepali digits in
   Devanagari (the ne voice reads ASCII digits in English), emoji left out, Burmese in
   short clauses (see PREPARE_MY_CLAUSE_BYTES). Every
   character keeps the byte of the original it reads, so espeak-ng's word positions
   become highlights on the original. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/utf8.h"
#include "speech/internal.h"

#define PREPARE_CODE_DIGITS 4   /* "4471", "482913": a code; "350" is a number */
#define PREPARE_PHONE_DIGITS 7  /* "+60 11-2094 6673", "013 778 0154" */
/* espeak-ng 1.51 (Debian 12) aborts the whole process ("buffer overflow detected", in
   its clause translation) on some Burmese clauses of 60-90 characters, e.g. 6 words
   of an L03 feedback that pass 5 at a time; nor does it take the Burmese comma and full
   stop (U+104A, U+104B) as clause ends. Burmese is handed over with ASCII clause marks,
   each clause on its own line, and no clause longer than this many bytes (a comma goes
   in at a word, else a syllable, boundary). The cap alone left 1 of the 1,824 Burmese
   texts of the core pack and the kiosk aborting (a clause after a Latin word), the lines
   alone 7; both together, none (checked with `espeak-ng -v my` on each prepared text). */
#define PREPARE_MY_CLAUSE_BYTES 100

typedef enum Lang { LANG_EN, LANG_MS, LANG_TH, LANG_NE, LANG_MY, LANG_COUNT } Lang;

typedef enum Currency { CUR_NONE = -1, CUR_RM, CUR_USD, CUR_THB, CUR_RS, CUR_COUNT } Currency;

/* Written before the amount ("RM1,500"); said after it ("1500 ringgit"). */
static const struct {
  const char *text;
  Currency cur;
} prefixes[] = {{"RM", CUR_RM}, {"MYR", CUR_RM}, {"USD", CUR_USD}, {"$", CUR_USD},
                {"THB", CUR_THB}, {"\xE0\xB8\xBF", CUR_THB} /* ฿ */, {"NPR", CUR_RS},
                {"Rs.", CUR_RS}, {"Rs", CUR_RS},
                {"\xE0\xA4\xB0\xE0\xA5\x81.", CUR_RS}, {"\xE0\xA4\xB0\xE0\xA5\x81", CUR_RS} /* रु */};

/* Words written after an amount ("19 บาท"): the number is a price, not a code. */
static const char *const suffixes[] = {
    "ringgit", "sen", "baht", "dollars", "rupees", "\xE0\xB8\x9A\xE0\xB8\xB2\xE0\xB8\x97" /* บาท */,
    "\xE0\xA4\xB0\xE0\xA5\x81\xE0\xA4\xAA\xE0\xA5\x88\xE0\xA4\xAF\xE0\xA4\xBE" /* रुपैया(ँ/ं) */,
    "ရင်းဂစ်", "ဘတ်"};

/* The currency and its hundredth, in each language. */
static const char *const currency_words[CUR_COUNT][LANG_COUNT][2] = {
    [CUR_RM] = {{"ringgit", "sen"}, {"ringgit", "sen"}, {"ริงกิต", "เซน"}, {"रिंगिट", "सेन"}, {"ရင်းဂစ်", "ဆင်"}},
    [CUR_USD] = {{"dollars", "cents"}, {"dolar", "sen"}, {"ดอลลาร์", "เซนต์"}, {"डलर", "सेन्ट"}, {"ဒေါ်လာ", "ဆင့်"}},
    [CUR_THB] = {{"baht", "satang"}, {"baht", "satang"}, {"บาท", "สตางค์"}, {"बाट", "सतांग"}, {"ဘတ်", "စတန်"}},
    [CUR_RS] = {{"rupees", "paisa"}, {"ringgit", "sen"}, {"รูปี", "ไพซา"}, {"रुपैयाँ", "पैसा"}, {"ရူပီး", "ပိုက်ဆာ"}},
};

typedef struct Prep {
  const uint32_t *cps;
  const uint32_t *off; /* byte offset of each code point; off[n] is the length */
  int n;
  Lang lang;
  Buf out;
  uint32_t *src;
  int nsrc, capsrc;
  size_t clause_at; /* out.len after the last clause mark: how long the clause is */
} Prep;

static Lang lang_of(const char *lang) {
  static const char *const names[LANG_COUNT] = {"en", "ms", "th", "ne", "my"};
  for (int i = 0; i < LANG_COUNT; i++)
    if (lang && strncmp(lang, names[i], 2) == 0 && (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
      return (Lang)i;
  return LANG_EN;
}

static int digit_value(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return (int)(cp - '0');
  if (cp >= 0x0966 && cp <= 0x096F) return (int)(cp - 0x0966); /* Devanagari */
  if (cp >= 0x0E50 && cp <= 0x0E59) return (int)(cp - 0x0E50); /* Thai */
  if (cp >= 0x1040 && cp <= 0x1049) return (int)(cp - 0x1040); /* Myanmar */
  return -1;
}

static bool is_latin_letter(uint32_t cp) {
  return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= 0xC0 && cp < 0x250 && cp != 0xD7 && cp != 0xF7);
}

static bool is_space(uint32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\t' || cp == 0xA0 || cp == 0x200B ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000;
}

/* Emoji, pictographs, dingbats and their joiners: shown, never read (espeak-ng would
   read their English names, or nothing). */
static bool is_pictograph(uint32_t cp) {
  return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
         cp == 0x200D || (cp >= 0x2B00 && cp <= 0x2BFF);
}

bool prepare_is_spoken(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  /* punctuation, arrows, symbols */
  if (cp >= 0x3000 && cp <= 0x303F) return false;  /* CJK punctuation */
  if (cp == 0x0964 || cp == 0x0965 || cp == 0x0E2F || cp == 0x0E5A || cp == 0x0E5B || cp == 0x104A ||
      cp == 0x104B)
    return false; /* danda, Thai abbreviation and end marks, Burmese comma and full stop */
  return !is_pictograph(cp);
}

/* ---- output ------------------------------------------------------------------------- */

static void emit_cp(Prep *p, uint32_t cp, uint32_t src) {
  char enc[4];
  buf_add(&p->out, enc, utf8_encode(cp, enc));
  if (p->nsrc == p->capsrc) {
    p->capsrc = p->capsrc ? p->capsrc * 2 : 256;
    p->src = xrealloc(p->src, sizeof(uint32_t) * (size_t)p->capsrc);
  }
  p->src[p->nsrc++] = src;
  if (cp < 0x80 && strchr(".,!?;:\n", (int)cp)) p->clause_at = p->out.len;
}

static void emit(Prep *p, const char *utf8, uint32_t src) {
  size_t n = strlen(utf8), i = 0;
  while (i < n) emit_cp(p, utf8_next(utf8, n, &i), src);
}

static bool last_is(const Prep *p, char c) { return p->out.len && p->out.data[p->out.len - 1] == c; }

static void emit_space(Prep *p, uint32_t src) {
  if (p->out.len && !last_is(p, ' ') && !last_is(p, '\n')) emit_cp(p, ' ', src);
}

/* A digit in the script the voice reads as the language's own. */
static void emit_digit(Prep *p, int d, uint32_t src, bool latin_context) {
  emit_cp(p, p->lang == LANG_NE && !latin_context ? 0x0966 + (uint32_t)d : '0' + (uint32_t)d, src);
}

/* ---- numbers ------------------------------------------------------------------------ */

typedef struct Number {
  int start, end;      /* code points [start, end) of the whole token, prefix included */
  int digits_start;    /* first code point of the number itself */
  bool plus;           /* "+60 ..." */
  bool comma;          /* thousands separators */
  int groups;          /* runs of digits joined by ' ' or '-' */
  bool hyphen;
  int ndigits;
  int decimal;         /* code point of the first decimal digit, or -1 */
  bool time;           /* "09:15" */
  Currency cur;
  bool suffix;         /* a currency word follows */
  bool percent;
  bool latin;          /* attached to Latin letters ("MB4471", "P@ssw0rd") */
} Number;

static bool matches_at(const Prep *p, int i, const char *s) {
  size_t n = strlen(s), k = 0;
  while (k < n) {
    if (i >= p->n) return false;
    uint32_t cp = utf8_next(s, n, &k);
    if (p->cps[i] != cp) return false;
    i++;
  }
  return true;
}

static int cps_in(const char *s) {
  size_t n = strlen(s), k = 0;
  int c = 0;
  while (k < n) {
    utf8_next(s, n, &k);
    c++;
  }
  return c;
}

static bool ascii_ieq_at(const Prep *p, int i, const char *word) {
  for (size_t k = 0; word[k]; k++, i++)
    if (i >= p->n || p->cps[i] >= 0x80 || ((char)p->cps[i] | 0x20) != (word[k] | 0x20)) return false;
  return true;
}

static int run_of_digits(const Prep *p, int i) {
  int j = i;
  while (j < p->n && digit_value(p->cps[j]) >= 0) j++;
  return j - i;
}

/* A currency prefix at code point i, followed by the amount: its length, else 0. */
static int currency_prefix(const Prep *p, int i, Currency *cur) {
  if (i > 0 && (is_latin_letter(p->cps[i - 1]) || digit_value(p->cps[i - 1]) >= 0)) return 0;
  for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
    if (!matches_at(p, i, prefixes[k].text)) continue;
    int j = i + cps_in(prefixes[k].text);
    if (j < p->n && p->cps[j] == ' ') j++;
    if (j < p->n && digit_value(p->cps[j]) >= 0) {
      *cur = prefixes[k].cur;
      return j - i;
    }
  }
  return 0;
}

static bool currency_suffix(const Prep *p, int i) {
  if (i < p->n && p->cps[i] == ' ') i++;
  for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++)
    if (suffixes[k][0] & 0x80 ? matches_at(p, i, suffixes[k]) : ascii_ieq_at(p, i, suffixes[k]))
      return true;
  return false;
}

/* Reads the number token that starts at code point i (a digit, '+' and a digit, or a
   currency prefix and a digit). */
static Number read_number(const Prep *p, int i) {
  Number nb = {.start = i, .decimal = -1, .cur = CUR_NONE};
  int skip = currency_prefix(p, i, &nb.cur);
  i += skip;
  if (!skip && p->cps[i] == '+') {
    nb.plus = true;
    i++;
  }
  nb.digits_start = i;
  int first = run_of_digits(p, i);
  nb.ndigits = first;
  nb.groups = 1;
  int j = i + first;
  if (first <= 2 && j < p->n && p->cps[j] == ':' && run_of_digits(p, j + 1) == 2 &&
      !nb.plus && nb.cur == CUR_NONE) {
    nb.time = true;
    nb.end = j + 3;
    return nb;
  }
  /* thousands: 1,500  1,00,000 (Nepali grouping); then one decimal part */
  while (first <= 3 && !nb.plus && j + 1 < p->n && p->cps[j] == ',') {
    int g = run_of_digits(p, j + 1);
    bool more = j + 1 + g < p->n && p->cps[j + 1 + g] == ',';
    if (!(g == 3 || (g == 2 && more))) break; /* 2 only inside 1,00,000 */
    nb.comma = true;
    nb.ndigits += g;
    j += 1 + g;
  }
  if (j + 1 < p->n && p->cps[j] == '.' && run_of_digits(p, j + 1) > 0 && !nb.plus) {
    nb.decimal = j + 1;
    j += 1 + run_of_digits(p, j + 1);
  }
  /* digit groups of a phone number or a reference: "+60 11-2094 6673", "381-204" */
  if (!nb.comma && nb.decimal < 0 && nb.cur == CUR_NONE) {
    int k = j, groups = 1, total = nb.ndigits;
    bool hyphen = false;
    while (k + 1 < p->n && (p->cps[k] == ' ' || p->cps[k] == '-') && run_of_digits(p, k + 1) > 0) {
      hyphen |= p->cps[k] == '-';
      total += run_of_digits(p, k + 1);
      k += 1 + run_of_digits(p, k + 1);
      groups++;
    }
    if (groups > 1 && (nb.plus || total >= PREPARE_PHONE_DIGITS || (hyphen && total >= 6))) {
      nb.groups = groups;
      nb.hyphen = hyphen;
      nb.ndigits = total;
      j = k;
    }
  }
  nb.end = j;
  nb.suffix = currency_suffix(p, j);
  nb.percent = j < p->n && p->cps[j] == '%';
  nb.latin = (nb.start > 0 && is_latin_letter(p->cps[nb.start - 1]) && nb.cur == CUR_NONE) ||
             (j < p->n && is_latin_letter(p->cps[j]));
  return nb;
}

static uint64_t value_of(const Prep *p, int from, int to) {
  uint64_t v = 0;
  for (int i = from; i < to; i++) {
    int d = digit_value(p->cps[i]);
    if (d >= 0 && v < 100000000000000ull) v = v * 10 + (uint64_t)d;
  }
  return v;
}

/* Digit by digit, groups apart: "6 0, 1 1, 2 0 9 4". */
static void say_digits(Prep *p, const Number *nb) {
  emit_space(p, p->off[nb->start]);
  if (nb->plus) {
    emit_cp(p, '+', p->off[nb->start]);
    emit_cp(p, ' ', p->off[nb->start]);
  }
  bool group_start = true;
  for (int i = nb->digits_start; i < nb->end; i++) {
    int d = digit_value(p->cps[i]);
    if (d < 0) {
      if (!group_start) emit(p, ", ", p->off[i]);
      group_start = true;
      continue;
    }
    if (!group_start) emit_cp(p, ' ', p->off[i]);
    emit_digit(p, d, p->off[i], nb->latin);
    group_start = false;
  }
  emit_space(p, p->off[nb->end - 1]);
}

/* An integer as the voice reads numbers: Thai in words, others as plain digits. */
static void say_integer(Prep *p, uint64_t v, int from, int to, uint32_t src, bool latin) {
  if (p->lang == LANG_TH) {
    Buf words = {0};
    numbers_thai_words(v, &words);
    emit(p, words.data, src);
    buf_free(&words);
    return;
  }
  for (int i = from; i < to; i++) {
    int d = digit_value(p->cps[i]);
    if (d >= 0) emit_digit(p, d, p->off[i], latin);
  }
}

static void say_time(Prep *p, const Number *nb) {
  uint32_t src = p->off[nb->start];
  if (p->lang != LANG_TH) { /* espeak-ng says "09:15" well in en, ms and ne */
    for (int i = nb->start; i < nb->end; i++) {
      int d = digit_value(p->cps[i]);
      if (d >= 0) emit_digit(p, d, p->off[i], false);
      else emit_cp(p, p->cps[i], p->off[i]);
    }
    return;
  }
  int colon = nb->start + run_of_digits(p, nb->start);
  emit_space(p, src);
  say_integer(p, value_of(p, nb->start, colon), 0, 0, src, false);
  emit(p, " นาฬิกา", src);
  uint64_t minutes = value_of(p, colon + 1, nb->end);
  if (minutes) {
    emit_cp(p, ' ', src);
    say_integer(p, minutes, 0, 0, src, false);
    emit(p, " นาที", src);
  }
  emit_space(p, src);
}

static void say_amount(Prep *p, const Number *nb) {
  uint32_t src = p->off[nb->digits_start];
  int int_end = nb->decimal >= 0 ? nb->decimal - 1 : nb->end;
  uint64_t whole = value_of(p, nb->digits_start, int_end);
  uint64_t cents = 0;
  int ndec = nb->decimal >= 0 ? nb->end - nb->decimal : 0;
  if (ndec) cents = value_of(p, nb->decimal, nb->end);
  if (nb->start > 0 && !is_space(p->cps[nb->start - 1])) emit_space(p, src);
  say_integer(p, whole, nb->digits_start, int_end, src, nb->latin);
  if (nb->cur != CUR_NONE) {
    const char *const *w = currency_words[nb->cur][p->lang];
    emit_cp(p, ' ', src);
    emit(p, w[0], src);
    if (cents && ndec == 2) {
      emit_cp(p, ' ', p->off[nb->decimal]);
      say_integer(p, cents, nb->decimal, nb->end, p->off[nb->decimal], false);
      emit_cp(p, ' ', p->off[nb->decimal]);
      emit(p, w[1], p->off[nb->decimal]);
    }
    return;
  }
  if (cents) { /* a decimal that is not money: 2.5 */
    if (p->lang == LANG_TH) {
      emit(p, " จุด", p->off[nb->decimal]);
      for (int i = nb->decimal; i < nb->end; i++) {
        emit_cp(p, ' ', p->off[i]);
        say_integer(p, (uint64_t)digit_value(p->cps[i]), i, i + 1, p->off[i], false);
      }
    } else {
      emit_cp(p, '.', p->off[nb->decimal - 1]);
      for (int i = nb->decimal; i < nb->end; i++) emit_digit(p, digit_value(p->cps[i]), p->off[i], nb->latin);
    }
  }
}

/* Says the number token at i; returns the code point after it. */
static int say_number(Prep *p, int i) {
  Number nb = read_number(p, i);
  bool plain_digits = !nb.comma && nb.decimal < 0 && nb.groups == 1;
  if (nb.time) say_time(p, &nb);
  else if (nb.plus || nb.groups > 1 ||
           (plain_digits && nb.ndigits >= PREPARE_CODE_DIGITS && nb.cur == CUR_NONE && !nb.suffix &&
            !nb.percent))
    say_digits(p, &nb);
  else
    say_amount(p, &nb);
  return nb.end;
}

static bool starts_number(const Prep *p, int i) {
  uint32_t c = p->cps[i];
  if (digit_value(c) >= 0) return true;
  if (c == '+' && i + 1 < p->n && digit_value(p->cps[i + 1]) >= 0) return true;
  Currency cur;
  return currency_prefix(p, i, &cur) > 0;
}

/* ---- words ------------------------------------------------------------------------ */

static bool is_start(const uint32_t *starts, int nstarts, uint32_t b) {
  int lo = 0, hi = nstarts;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (starts[mid] < b) lo = mid + 1;
    else hi = mid;
  }
  return lo < nstarts && starts[lo] == b;
}

static void find_words(Prep *p, const uint32_t *starts, int nstarts, Prepared *out) {
  int cap = 0;
  for (int i = 0; i < p->n;) {
    while (i < p->n && is_space(p->cps[i])) i++;
    if (i == p->n) break;
    int j = i + 1;
    while (j < p->n && !is_space(p->cps[j]) && !is_start(starts, nstarts, p->off[j])) j++;
    int a = i, b = j;
    while (a < b && !prepare_is_spoken(p->cps[a])) a++;
    while (b > a && !prepare_is_spoken(p->cps[b - 1])) b--;
    if (a < b) {
      if (out->nwords == cap) {
        cap = cap ? cap * 2 : 32;
        out->words = xrealloc(out->words, sizeof(SpeechSpan) * (size_t)cap);
      }
      out->words[out->nwords++] = (SpeechSpan){p->off[a], p->off[b]};
    }
    i = j;
  }
}

int prepare_word_at(const Prepared *p, uint32_t b) {
  int lo = 0, hi = p->nwords;
  while (lo < hi) { /* the first word ending after b */
    int mid = (lo + hi) / 2;
    if (p->words[mid].end <= b) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* ---- Burmese clauses ------------------------------------------------------------- */

/* Where a Burmese syllable starts: a consonant (or independent vowel) that is not
   stacked under the one before (U+1039) and not killed by an asat (U+103A) after it. */
static bool my_syllable_start(const Prep *p, int i) {
  uint32_t c = p->cps[i];
  if (!(c >= 0x1000 && c <= 0x102A)) return false;
  if (i > 0 && p->cps[i - 1] == 0x1039) return false;
  if (i + 1 < p->n && (p->cps[i + 1] == 0x103A || p->cps[i + 1] == 0x1039)) return false;
  return true;
}

/* Before code point i: ends the clause with a comma when it has grown past the cap and
   i starts a word (at_word), or, in a long run with no word breaks, a syllable. */
static void my_clause_cap(Prep *p, int i, bool at_word) {
  size_t len = p->out.len - p->clause_at;
  if (len <= PREPARE_MY_CLAUSE_BYTES) return;
  /* inside a word only when no word break came for a while (a text with no breaker) */
  if (!at_word && !(len > PREPARE_MY_CLAUSE_BYTES + 30 && my_syllable_start(p, i))) return;
  emit(p, ",\n", p->off[i]);
}

void prepare_text(const char *text, const char *lang, const uint32_t *starts, int nstarts,
                  Prepared *out) {
  memset(out, 0, sizeof *out);
  size_t len = strlen(text);
  Prep p = {.lang = lang_of(lang)};
  uint32_t *cps = xmalloc(sizeof(uint32_t) * (len + 1));
  uint32_t *off = xmalloc(sizeof(uint32_t) * (len + 1));
  for (size_t i = 0; i < len;) {
    off[p.n] = (uint32_t)i;
    cps[p.n++] = utf8_next(text, len, &i);
  }
  off[p.n] = (uint32_t)len;
  p.cps = cps;
  p.off = off;
  find_words(&p, starts, nstarts, out);
  for (int i = 0; i < p.n;) {
    uint32_t c = cps[i];
    bool word_start = i > 0 && !is_space(cps[i - 1]) && !is_space(c) && is_start(starts, nstarts, off[i]);
    if (p.lang == LANG_MY) my_clause_cap(&p, i, word_start || c == ' ');
    if (word_start) emit_cp(&p, ' ', off[i]); /* a Thai or Burmese word boundary */
    if (starts_number(&p, i)) {
      i = say_number(&p, i);
      continue;
    }
    if (is_pictograph(c)) emit_space(&p, off[i]);
    else if (c == '\n') { /* lines of a list: a pause, not a run-on sentence */
      if (p.out.len && !strchr(".!?:,;", p.out.data[p.out.len - 1])) emit_cp(&p, '.', off[i]);
      emit_cp(&p, '\n', off[i]);
    } else if (c == '%' && p.lang == LANG_TH)
      emit(&p, " เปอร์เซ็นต์ ", off[i]);
    else if (c == 0x104A || c == 0x104B) /* ၊ ။: marks espeak-ng ends a clause at */
      emit(&p, c == 0x104A ? ",\n" : ".\n", off[i]);
    else if (p.lang == LANG_MY && c == ' ' && p.out.len && strchr(".,!?;:", p.out.data[p.out.len - 1]))
      emit_cp(&p, '\n', off[i]); /* a clause on its own line (PREPARE_MY_CLAUSE_BYTES) */
    else
      emit_cp(&p, c, off[i]);
    i++;
  }
  if (!p.out.data) buf_adds(&p.out, "");
  out->text = buf_take(&p.out);
  out->src = p.src;
  out->ncps = p.nsrc;
  free(cps);
  free(off);
}

void prepare_free(Prepared *p) {
  free(p->text);
  free(p->src);
  free(p->words);
  memset(p, 0, sizeof *p);
}
