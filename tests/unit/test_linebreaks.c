/* test_linebreaks.c — where the core pack's texts break, in every language: every
   lesson text (strings/<lang>.lua and each country's file over it) and the kiosk's own
   words. No break opportunity may split a number from its unit or currency
   ("24 | hours", "RM | 1.50", "৳ | ৫০০") or a phone number's groups. Every Burmese and
   Thai text is laid out as the body and the pictured phone draw it at 800x480 and
   1280x720, Larger text off and on: no line may break inside a word of ICU's word
   iterator, and no Burmese phrase (the text between two spaces) may be split when it
   would fit whole on the next line: ICU's line boundaries inside one are often not a
   reader's ("ပုံ|မှန်လစာ"). Each finding names the language, the key and the two sides
   of the break; LINEBREAKS_LIST=1 prints them all. */
#include <unicode/ubrk.h>

#include "core/utf8.h"
#include "lesson/lesson.h"
#include "testutil.h"
#include "text/internal.h"
#include "text/text.h"

#define PACK "lessons/core/strings"
#define KIOSK "assets/strings"
#define MAX_CPS 4096

static Text *text;

static void setup(void) {
  Error err = {{0}};
  text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "text_new: %s", err.msg);
}

static void teardown(void) {
  text_free(text);
  text = NULL;
}

/* The string tables scanned: each language, and each language as a country's kiosk
   shows it (its LANG-CC.lua over LANG.lua). */
static const struct {
  const char *dir, *lang, *country;
} TABLES[] = {
    {PACK, "en", NULL},  {PACK, "ms", NULL},  {PACK, "th", NULL},  {PACK, "ne", NULL},
    {PACK, "id", NULL},  {PACK, "my", NULL},  {PACK, "bn", NULL},  {PACK, "en", "TH"},
    {PACK, "id", "TH"},  {PACK, "my", "TH"},  {PACK, "bn", "TH"},  {PACK, "ne", "TH"},
    {PACK, "ne", "MY"},  {KIOSK, "en", NULL}, {KIOSK, "ms", NULL}, {KIOSK, "th", NULL},
    {KIOSK, "ne", NULL}, {KIOSK, "id", NULL}, {KIOSK, "my", NULL}, {KIOSK, "bn", NULL},
};
#define NTABLES (sizeof TABLES / sizeof *TABLES)

/* How the lessons draw text (ui/theme.c, ui/sizes.h), in dp: body text (21) in the
   column beside the pictured phone (about 370 dp) and across the screen (760 dp), and a
   message on the phone (17) in its bubble (about 270 dp); at 800x480 (scale 1) and
   1280x720 (1.5), Larger text off and on (1.25). */
static const struct {
  float size, width;
} ROLES[] = {{21, 370}, {21, 760}, {17, 270}};
static const float SCALES[] = {1.0f, 1.5f};
static const float LARGER[] = {1.0f, 1.25f};

typedef struct Decoded {
  uint32_t cps[MAX_CPS];
  uint32_t offsets[MAX_CPS + 1];
  int n;
} Decoded;

static void decode(const char *s, Decoded *d) {
  size_t len = strlen(s), i = 0;
  d->n = 0;
  while (i < len && d->n < MAX_CPS) {
    d->offsets[d->n] = (uint32_t)i;
    d->cps[d->n++] = utf8_next(s, len, &i);
  }
  d->offsets[d->n] = (uint32_t)i;
}

/* Held apart from the engine's own tests on purpose: digits are Unicode's Nd of the
   kiosk's scripts, letters what is neither space, digit nor punctuation. */
static bool is_digit(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0x0966 && c <= 0x096F) || (c >= 0x09E6 && c <= 0x09EF) ||
         (c >= 0x0E50 && c <= 0x0E59) || (c >= 0x1040 && c <= 0x1049);
}
static bool is_myanmar(uint32_t c) { return c >= 0x1000 && c <= 0x109F; }
static bool is_thai(uint32_t c) { return c >= 0x0E00 && c <= 0x0E7F; }
static bool is_blank(uint32_t c) { return c == ' ' || c == '\n' || c == 0x200B; }
static bool is_letter(uint32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return !is_digit(c) && !(c >= 0x2000 && c <= 0x2BFF) && c != 0x104A && c != 0x104B &&
         c != 0x0964 && c != 0x0965 && !(c >= 0xA0 && c <= 0xBF) && c < 0x1F000;
}

/* The words written before an amount in the core pack ("रु. ५००", "AED 2,500"), and
   the currency signs. */
static bool is_currency(const Decoded *d, int a, int e) {
  static const char *const words[] = {"RM", "RM.", "Rp", "Rs", "Rs.", "रु", "रु.", "रू", "रू.",
                                      "AED", "USD", "MYR", "THB", "$", "฿", "৳", "₹"};
  char s[64];
  size_t o = 0;
  for (int k = a; k < e && o + 4 < sizeof s; k++) o += utf8_encode(d->cps[k], s + o);
  s[o] = '\0';
  for (size_t w = 0; w < sizeof words / sizeof *words; w++)
    if (strcmp(s, words[w]) == 0) return true;
  return false;
}

/* The word ending at code point e (inclusive) starts at the returned index. */
static int word_start(const Decoded *d, int e) {
  while (e > 0 && !is_blank(d->cps[e - 1])) e--;
  return e;
}

/* Does a line starting at code point k split an amount: a number from the word after it
   (unless the number has its currency already: "RM1.50 | today", "RM 1.50 | today"),
   two groups of a phone number, or a currency from its number? */
static bool splits_amount(const Decoded *d, int k) {
  int p = k - 1;
  while (p >= 0 && d->cps[p] == ' ') p--;
  if (p < 0 || d->cps[p] == '\n') return false;
  uint32_t next = d->cps[k];
  int a = word_start(d, p);
  if (is_digit(d->cps[p]) && (is_letter(next) || is_digit(next))) {
    if (!is_digit(d->cps[a]) && d->cps[a] != '+') return false;
    int q = a - 1;
    while (q >= 0 && d->cps[q] == ' ') q--;
    return q < 0 || !is_currency(d, word_start(d, q), q + 1);
  }
  if (d->cps[p] == '-' && p > 0 && is_digit(d->cps[p - 1]) && is_digit(next)) return true;
  return is_digit(next) && is_currency(d, a, p + 1);
}

/* The Burmese phrase around a break before k: [*a, *e) between blanks. */
static bool in_burmese_phrase(const Decoded *d, int k, int *a, int *e) {
  uint32_t before = d->cps[k - 1], at = d->cps[k];
  if (is_blank(before) || is_blank(at) || !(is_myanmar(before) || is_myanmar(at))) return false;
  *a = k;
  while (*a > 0 && !is_blank(d->cps[*a - 1])) (*a)--;
  *e = k;
  while (*e < d->n && !is_blank(d->cps[*e])) (*e)++;
  return true;
}

static int cp_at(const Decoded *d, uint32_t byte) {
  for (int k = 0; k <= d->n; k++)
    if (d->offsets[k] == byte) return k;
  return -1;
}

typedef struct Findings {
  int amounts, phrases, words, layouts, lines;
  char first[3][256];
} Findings;

/* Keeps the first finding of each kind; LINEBREAKS_LIST=1 prints them all. */
static void note(Findings *f, int kind, const char *table, const char *key, const char *s,
                 const Decoded *d, int k, TextStyle st, int width) {
  static const char *const kinds[] = {"amount", "phrase", "icu-word"};
  int a = k > 12 ? k - 12 : 0, e = k + 12 < d->n ? k + 12 : d->n;
  char line[256];
  snprintf(line, sizeof line, "%s %s (%d px in %d): %.*s|%.*s", table, key, st.size, width,
           (int)(d->offsets[k] - d->offsets[a]), s + d->offsets[a],
           (int)(d->offsets[e] - d->offsets[k]), s + d->offsets[k]);
  if (getenv("LINEBREAKS_LIST")) fprintf(stderr, "%s %s\n", kinds[kind], line);
  if (!f->first[kind][0]) snprintf(f->first[kind], sizeof f->first[kind], "%s", line);
}

/* ICU's word boundaries of d in LOCALE, "my" or "th" (its word iterator, not the line
   breaker the engine asks): a line break inside one of its words is a break a reader
   trips on. */
static void icu_words(const Decoded *d, const char *locale, bool *boundary) {
  static UChar units[MAX_CPS];
  for (int k = 0; k < d->n; k++) units[k] = d->cps[k] > 0xFFFF ? 0xFFFD : (UChar)d->cps[k];
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, locale, units, d->n, &status);
  ck_assert(U_SUCCESS(status));
  for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) boundary[b] = true;
  ubrk_close(bi);
}

/* Every break opportunity the engine finds, whatever the width. */
static void scan_breaks(Findings *f, const char *table, const char *key, const char *s,
                        const Decoded *d) {
  static uint8_t brk[MAX_CPS];
  text_find_breaks(text, d->cps, d->n, brk);
  for (int i = 0; i + 1 < d->n; i++)
    if (brk[i] == TEXT_BREAK_ALLOW && splits_amount(d, i + 1)) {
      f->amounts++;
      note(f, 0, table, key, s, d, i + 1, (TextStyle){0, TEXT_REGULAR}, 0);
    }
}

static void scan_layout(Findings *f, const char *table, const char *key, const char *s,
                        const Decoded *d, const bool *words, TextStyle st, int width) {
  TextLayout *l = text_layout(text, s, NULL, 0, st, width);
  f->layouts++;
  f->lines += l->nlines;
  for (int i = 1; i < l->nlines; i++) {
    if (l->lines[i].count == 0) continue;
    int k = cp_at(d, l->pieces[l->lines[i].first].start);
    if (k <= 0) continue;
    if (l->cut_word) continue;
    uint32_t before = d->cps[k - 1], at = d->cps[k];
    if (!words[k] && ((is_thai(before) && is_thai(at)) || (is_myanmar(before) && is_myanmar(at)))) {
      f->words++;
      note(f, 2, table, key, s, d, k, st, width);
    }
    int a, e;
    if (!in_burmese_phrase(d, k, &a, &e)) continue;
    int prev = cp_at(d, l->pieces[l->lines[i - 1].first].start);
    if (a <= prev) continue; /* the phrase opened the line before: it is wider than one */
    int w = 0;
    char *phrase = strndup(s + d->offsets[a], d->offsets[e] - d->offsets[a]);
    text_measure(text, phrase, st, &w, NULL);
    free(phrase);
    if (w <= width) {
      f->phrases++;
      note(f, 1, table, key, s, d, k, st, width);
    }
  }
  text_layout_free(l);
}

/* The text as drawn: a red-flag message's "{tag|words}" is its words, the span edges
   no break (layout.c); "{n}" and other fills stay as written. Caller frees. */
static char *unmarked(const char *s) {
  char *out = strdup(s), *o = out;
  int open = 0;
  for (const char *p = s; *p; p++) {
    if (*p == '{') {
      const char *bar = p + 1;
      while ((*bar >= 'a' && *bar <= 'z') || *bar == '_' || (*bar >= '0' && *bar <= '9')) bar++;
      if (*bar == '|') {
        p = bar;
        open++;
        continue;
      }
    }
    if (*p == '}' && open > 0) {
      open--;
      continue;
    }
    *o++ = *p;
  }
  *o = '\0';
  return out;
}

START_TEST(test_no_line_splits_an_amount_or_a_burmese_phrase) {
  static Decoded d;
  Findings f = {0};
  for (size_t t = 0; t < NTABLES; t++) {
    Error err = {{0}};
    StringTable *table = TABLES[t].country
                             ? strings_load_locale(TABLES[t].dir, TABLES[t].lang, TABLES[t].country, &err)
                             : strings_load(TABLES[t].dir, TABLES[t].lang, &err);
    ck_assert_msg(table != NULL, "%s", err.msg);
    /* a country's table repeats its language's texts but a few: those are scanned once */
    StringTable *base = TABLES[t].country ? strings_load(TABLES[t].dir, TABLES[t].lang, &err) : NULL;
    char name[64];
    snprintf(name, sizeof name, "%s/%s%s%s", TABLES[t].dir, TABLES[t].lang,
             TABLES[t].country ? "-" : "", TABLES[t].country ? TABLES[t].country : "");
    for (int i = 0; i < strings_count(table); i++) {
      const char *key = strings_key(table, i);
      const char *same = base ? strings_get(base, key) : NULL;
      if (same && strcmp(same, strings_get(table, key)) == 0) continue;
      char *s = unmarked(strings_get(table, key));
      decode(s, &d);
      scan_breaks(&f, name, key, s, &d);
      const char *locale = NULL;
      for (int k = 0; k < d.n && !locale; k++)
        locale = is_myanmar(d.cps[k]) ? "my" : is_thai(d.cps[k]) ? "th" : NULL;
      if (!locale) {
        free(s);
        continue;
      }
      static bool words[MAX_CPS + 1];
      memset(words, 0, sizeof words);
      icu_words(&d, locale, words);
      for (size_t r = 0; r < sizeof ROLES / sizeof *ROLES; r++)
        for (size_t sc = 0; sc < 2; sc++)
          for (size_t lg = 0; lg < 2; lg++) {
            TextStyle st = {(int)(ROLES[r].size * SCALES[sc] * LARGER[lg] + 0.5f), TEXT_REGULAR};
            scan_layout(&f, name, key, s, &d, words, st, (int)(ROLES[r].width * SCALES[sc]));
          }
      free(s);
    }
    strings_free(table);
    strings_free(base);
  }
  if (getenv("LINEBREAKS_LIST"))
    fprintf(stderr, "%d Burmese and Thai layouts, %d lines\n", f.layouts, f.lines);
  ck_assert_int_gt(f.layouts, 40000); /* every Burmese and Thai text, at every size */
  ck_assert_msg(f.amounts == 0, "%d lines split an amount, e.g. %s", f.amounts, f.first[0]);
  ck_assert_msg(f.phrases == 0, "%d Burmese phrases split though they fit a line, e.g. %s",
                f.phrases, f.first[1]);
  ck_assert_msg(f.words == 0, "%d Burmese or Thai lines break inside an ICU word, e.g. %s", f.words,
                f.first[2]);
}
END_TEST

static Suite *linebreaks_suite(void) {
  Suite *s = suite_create("linebreaks");
  TCase *tc = tcase_create("core");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 300); /* about 9 s of CPU under the sanitizers */
  tcase_add_test(tc, test_no_line_splits_an_amount_or_a_burmese_phrase);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(linebreaks_suite)
