/* test_text.c — the text module: wrapping (Latin, Thai, Burmese, URLs, over-long words), font
   fallback per script, spans, shaping widths against HarfBuzz's own hb-shape, baselines,
   missing fonts, rendering. Uses the system fonts (fonts-noto-core, fonts-dejavu-core). */
#include <wchar.h>

#include <thai/thwbrk.h>
#include <unicode/ubrk.h>

#include "core/utf8.h"
#include "testutil.h"
#include "text/internal.h"
#include "text/text.h"

#define NOTO "/usr/share/fonts/truetype/noto"

static const char *THAI_SENTENCE =
    "ถ้ามีคนขอรหัสOTPของคุณ อย่าบอกใครเด็ดขาด เพราะมิจฉาชีพจะใช้รหัสนี้เข้าบัญชีของคุณ";

static Text *text;

static TextStyle style(int size) { return (TextStyle){size, TEXT_REGULAR}; }

/* Runs once, in Check's parent process. It also opens the fonts and libthai's
   dictionary the tests use (a narrow Thai paragraph needs it), so the forked children
   inherit them: under the sanitizers each child's exit and leak check cost grows with
   what it allocated itself. */
static void setup(void) {
  Error err = {{0}};
  text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "text_new: %s", err.msg);
  const int sizes[] = {24, 28, 32, 40};
  for (int i = 0; i < 4; i++)
    text_layout_free(text_layout(text, "Hก ✓ क က", NULL, 0, style(sizes[i]), 0));
  text_layout_free(text_layout(text, THAI_SENTENCE, NULL, 0, style(24), 200));
}

static void teardown(void) {
  text_free(text);
  text = NULL;
}

/* The code points of s with the byte offset each starts at; offsets[n] = strlen(s). */
typedef struct Decoded {
  uint32_t cps[512];
  uint32_t offsets[513];
  int n;
} Decoded;

static void decode(const char *s, Decoded *d) {
  size_t len = strlen(s), i = 0;
  d->n = 0;
  while (i < len) {
    ck_assert_int_lt(d->n, 512);
    d->offsets[d->n] = (uint32_t)i;
    d->cps[d->n++] = utf8_next(s, len, &i);
  }
  d->offsets[d->n] = (uint32_t)len;
}

static int cp_index_at(const Decoded *d, uint32_t byte) {
  for (int k = 0; k <= d->n; k++)
    if (d->offsets[k] == byte) return k;
  ck_abort_msg("byte %u is not the start of a code point", byte);
  return -1;
}

static bool is_thai(uint32_t cp) { return cp >= 0x0E00 && cp <= 0x0E7F; }

static bool is_thai_mark(uint32_t cp) {
  return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E);
}

/* Byte offset where line i begins (its first piece). */
static uint32_t line_start(const TextLayout *l, int i) {
  ck_assert_int_gt(l->lines[i].count, 0);
  return l->pieces[l->lines[i].first].start;
}

static int count_ink(const TextBitmap *s) {
  int ink = 0;
  for (int y = 0; y < s->height; y++) {
    const uint32_t *row = (const uint32_t *)((const uint8_t *)s->pixels + y * s->pitch);
    for (int x = 0; x < s->width; x++) ink += (row[x] >> 24) != 0;
  }
  return ink;
}

/* Lowest row with ink, or -1. */
static int lowest_ink_row(const TextBitmap *s) {
  for (int y = s->height - 1; y >= 0; y--) {
    const uint32_t *row = (const uint32_t *)((const uint8_t *)s->pixels + y * s->pitch);
    for (int x = 0; x < s->width; x++)
      if (row[x] >> 24 > 128) return y;
  }
  return -1;
}

START_TEST(test_latin_wraps_at_spaces_within_width) {
  const char *s = "Never share your one time password with anyone, not even someone who says "
                  "they are calling from your bank.";
  TextLayout *l = text_layout(text, s, NULL, 0, style(24), 300);
  ck_assert_int_ge(l->nlines, 3);
  ck_assert(!l->cut_word);
  for (int i = 0; i < l->nlines; i++) {
    ck_assert_int_le(l->lines[i].width, 300);
    ck_assert_int_eq(l->lines[i].y, i * l->line_height);
    if (i > 0) {
      uint32_t at = line_start(l, i);
      ck_assert_int_eq(l->text[at - 1], ' ');
      ck_assert_int_ne(l->text[at], ' ');
    }
    const TextPiece *last = &l->pieces[l->lines[i].first + l->lines[i].count - 1];
    ck_assert_int_ne(l->text[last->end - 1], ' '); /* trailing spaces are not drawn */
    ck_assert_int_eq(last->x + last->width, l->lines[i].width);
  }
  ck_assert_int_eq(l->height, l->nlines * l->line_height);
  ck_assert_str_eq(l->text, s);
  text_layout_free(l);
}
END_TEST

START_TEST(test_greedy_fills_each_line) {
  /* the first word of each next line would not have fitted on the line before */
  const char *s = "one two three four five six seven eight nine ten eleven twelve thirteen";
  TextLayout *l = text_layout(text, s, NULL, 0, style(24), 200);
  ck_assert_int_ge(l->nlines, 3);
  for (int i = 0; i + 1 < l->nlines; i++) {
    uint32_t from = line_start(l, i), next = line_start(l, i + 1);
    const char *space = strchr(l->text + next, ' ');
    size_t end = space ? (size_t)(space - l->text) : strlen(l->text);
    char *longer = strndup(l->text + from, end - from);
    int w;
    text_measure(text, longer, style(24), &w, NULL);
    ck_assert_msg(w > 200, "\"%s\" (%d px) would have fitted", longer, w);
    free(longer);
  }
  text_layout_free(l);
}
END_TEST

START_TEST(test_trailing_spaces_do_not_count) {
  int word;
  text_measure(text, "aaaa", style(24), &word, NULL);
  TextLayout *l = text_layout(text, "aaaa      aaaa", NULL, 0, style(24), word + 5);
  ck_assert_int_eq(l->nlines, 2);
  ck_assert_int_eq(l->lines[0].width, word);
  ck_assert_int_eq(l->lines[0].count, 1);
  ck_assert_int_eq(l->pieces[0].end, 4);
  ck_assert_int_eq(line_start(l, 1), 10);
  text_layout_free(l);
}
END_TEST

/* A font readied while the kiosk idles (text_warm) is the one a layout at that size
   then uses: nothing is opened at the tap, and readying it again does nothing. */
START_TEST(test_a_warmed_font_is_what_a_layout_then_uses) {
  TextStyle bold = {23, TEXT_BOLD};
  ck_assert(text_warm(text, "th", bold));
  ck_assert(!text_warm(text, "th", bold));
  ck_assert(!text_warm(text, "th-TH", bold)); /* the same language */
  int open = text->nfonts;
  ck_assert(text_warm(text, "en", bold)); /* another script: another font (Thai lines take */
  ck_assert_int_eq(text->nfonts, open + 1); /* their height from the Latin face too) */
  TextLayout *l = text_layout(text, "ภาษาไทย English", NULL, 0, bold, 0);
  ck_assert_int_gt(l->width, 0);
  ck_assert_int_eq(text->nfonts, open + 1);
  text_layout_free(l);
}
END_TEST

START_TEST(test_newline_forces_break) {
  TextLayout *l = text_layout(text, "one\ntwo", NULL, 0, style(24), 1000);
  ck_assert_int_eq(l->nlines, 2);
  ck_assert_int_eq(line_start(l, 1), 4);
  for (int k = 0; k < l->npieces; k++)
    ck_assert_ptr_null(
        memchr(l->text + l->pieces[k].start, '\n', l->pieces[k].end - l->pieces[k].start));
  text_layout_free(l);
}
END_TEST

START_TEST(test_blank_line_between_newlines_is_empty) {
  TextLayout *l = text_layout(text, "a\n\nb\n", NULL, 0, style(24), 1000);
  ck_assert_int_eq(l->nlines, 3); /* the final '\n' adds no line */
  ck_assert_int_eq(l->lines[1].count, 0);
  ck_assert_int_eq(l->lines[1].width, 0);
  ck_assert_int_eq(l->height, 3 * l->line_height);
  text_layout_free(l);
}
END_TEST

START_TEST(test_empty_text_has_no_lines) {
  TextLayout *l = text_layout(text, "", NULL, 0, style(24), 300);
  ck_assert_int_eq(l->nlines, 0);
  ck_assert_int_eq(l->npieces, 0);
  ck_assert_int_eq(l->height, 0);
  ck_assert_int_eq(l->width, 0);
  text_layout_free(l);
  int w = -1, h = -1;
  text_measure(text, "", style(24), &w, &h);
  ck_assert_int_eq(w, 0);
  ck_assert_int_eq(h, 0);
}
END_TEST

/* libthai's own word boundaries in every maximal Thai run of d, as a set of code point
   indices a line may start at (the oracle the layout must agree with). */
static void thai_word_starts(const Decoded *d, bool *starts) {
  ThBrk *brk = th_brk_new(NULL);
  ck_assert_ptr_nonnull(brk);
  for (int i = 0; i < d->n;) {
    if (!is_thai(d->cps[i])) {
      i++;
      continue;
    }
    int start = i;
    wchar_t run[512];
    int pos[512], m = 0;
    while (i < d->n && is_thai(d->cps[i])) run[m++] = (wchar_t)d->cps[i++];
    run[m] = 0;
    int nb = th_brk_wc_find_breaks(brk, run, pos, 512);
    for (int k = 0; k < nb; k++) starts[start + pos[k]] = true;
  }
  th_brk_delete(brk);
}

START_TEST(test_thai_wraps_at_word_boundaries) {
  Decoded d;
  decode(THAI_SENTENCE, &d);
  bool word_start[513] = {false};
  thai_word_starts(&d, word_start);
  int layouts = 0, lines = 0;
  for (int width = 60; width <= 600; width += 15) {
    TextLayout *l = text_layout(text, THAI_SENTENCE, NULL, 0, style(24), width);
    ck_assert_str_eq(l->text, THAI_SENTENCE);
    ck_assert(width < 100 || !l->cut_word); /* no Thai word here is 100 px wide */
    for (int i = 0; i < l->nlines; i++) {
      ck_assert_msg(l->lines[i].width <= width, "width %d: line %d is %d px", width, i,
                    l->lines[i].width);
      if (i == 0) continue;
      int k = cp_index_at(&d, line_start(l, i));
      uint32_t before = d.cps[k - 1], at = d.cps[k];
      ck_assert_msg(!is_thai_mark(at), "width %d: line %d starts with a combining mark", width, i);
      bool ok = before == ' ' || word_start[k] || is_thai(before) != is_thai(at);
      ck_assert_msg(ok || l->cut_word, "width %d: line %d starts inside a word (at U+%04X)", width,
                    i, at);
      lines++;
    }
    layouts++;
    text_layout_free(l);
  }
  ck_assert_int_eq(layouts, 37);
  ck_assert_int_gt(lines, 100);
}
END_TEST

START_TEST(test_thai_breaks_next_to_latin_word) {
  /* "รหัสOTPของ": no spaces, yet a line may end before and after "OTP" */
  int a, b;
  text_measure(text, "ถ้ามีคนขอรหัส", style(24), &a, NULL);
  text_measure(text, "OTP", style(24), &b, NULL);
  TextLayout *l = text_layout(text, "ถ้ามีคนขอรหัสOTPของคุณ", NULL, 0, style(24), a + b / 2);
  ck_assert(!l->cut_word);
  ck_assert_int_ge(l->nlines, 2);
  ck_assert_str_eq(l->text + line_start(l, 1), "OTPของคุณ");
  text_layout_free(l);
}
END_TEST

/* libthai splits words its dictionary lacks ("แช|ท" chat, "วอ|ลเล็ต" wallet, "นาย|จ้าง"
   employer): a Thai line breaks only where ICU's dictionary sees a word's end too. The
   sentences are the core pack's. */
START_TEST(test_thai_breaks_where_both_dictionaries_see_a_word_end) {
  static const struct {
    const char *text, *word;
  } cases[] = {
      {"รหัสนั้นทำให้เขาเข้าวอลเล็ตของคุณได้", "วอลเล็ต"},
      {"ปฏิเสธเจ้าหน้าที่ธนาคารปลอมในแชท", "แชท"},
      {"คนร้ายต้องมีทั้งรหัสผ่านและมือถือของคุณ", "คนร้าย"},
      {"นี่ไม่ใช่เว็บไซต์จริงของบริษัท", "เว็บไซต์"},
      /* both split แชท (chat): a short list keeps it whole */
      {"ถ้าออกจากแชทนี้", "แชท"},
      {"โพสต์ไว้ในแชทกลุ่ม", "แชท"},
  };
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    Decoded d, w;
    decode(cases[c].text, &d);
    decode(cases[c].word, &w);
    int at = cp_index_at(&d, (uint32_t)(strstr(cases[c].text, cases[c].word) - cases[c].text));
    uint8_t brk[512];
    text_find_breaks(text, d.cps, d.n, brk);
    int outside = 0;
    for (int k = 0; k + 1 < d.n; k++) {
      bool inside = k >= at && k + 1 < at + w.n;
      ck_assert_msg(!inside || brk[k] != TEXT_BREAK_ALLOW, "%s: a break inside %s", cases[c].text,
                    cases[c].word);
      outside += brk[k] == TEXT_BREAK_ALLOW;
    }
    ck_assert_int_gt(outside, 0); /* the sentence still breaks between its words */
  }
}
END_TEST

/* Burmese written for the kiosk's lessons (no spaces between words, spaces between
   phrases): a loan word ICU does not know (မက်ဆေ့ချ် "message"), stacked consonants
   (မန္တလေး), a kinzi (မင်္ဂလာ), medials, and Burmese punctuation. */
static const char *const BURMESE[] = {
    "သင့်ရဲ့ OTP ကုဒ်ကို ဘယ်သူ့ကိုမှ မပေးပါနဲ့။",
    "ငွေလွှဲဖို့ တောင်းဆိုတဲ့ မက်ဆေ့ချ်တွေကို သတိထားပါ။",
    "ကျွန်တော်တို့ရဲ့ဘဏ်က ဘယ်တော့မှ စကားဝှက်ကို မမေးပါဘူး။",
    "မန္တလေးမှာ အလုပ်ကောင်းကောင်းရမယ်လို့ ပြောတဲ့သူတွေကို သတိထားပါ။",
    "မင်္ဂလာပါ၊ ဒီသင်ခန်းစာက အွန်လိုင်းမှာ လိမ်လည်မှုတွေကို ဘယ်လိုသိနိုင်လဲဆိုတာ ပြပေးပါတယ်။",
    /* lesson 01's card message (a loanword, ringgit) and lesson 04's hotel ad at a Thai
       kiosk (a particle set off by a space before the full stop) */
    "၄၅.၉၀ ရင်းဂစ် သုံးထားပါတယ်။ သင်မဟုတ်ဘူးလား? ကတ်နောက်ကျောက နံပါတ်ကို ခေါ်ပါ။",
    "ဧည့်ကြိုကောင်တာ ဝန်ထမ်း ခေါ်နေပါတယ်။ လစာ တစ်လ ၁၃,၀၀၀ ဘတ်၊ လူမှုဖူလုံရေး ပါ။ "
    "ဟိုတယ်မှာ တိုက်ရိုက် လာတွေ့ အင်တာဗျူး၊",
};

static bool is_myanmar(uint32_t cp) { return cp >= 0x1000 && cp <= 0x109F; }

/* ICU's own line-break boundaries in d (code point indices), asked directly: the oracle
   the engine's Burmese breaks are held to. All the text is in the BMP. */
static void icu_boundaries(const Decoded *d, bool *boundary) {
  UChar units[512];
  for (int k = 0; k < d->n; k++) units[k] = (UChar)d->cps[k];
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_LINE, "my", units, d->n, &status);
  ck_assert_msg(U_SUCCESS(status), "ubrk_open: %d", status);
  for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) boundary[b] = true;
  ubrk_close(bi);
}

/* Inside a Burmese syllable (UTN #11's cluster): a line starting at k would leave a
   mark, a medial, a vowel or an asat on the line below, or split a consonant (with its
   medials) from the asat or virama that closes the syllable before it, or a stacked
   consonant from the virama above it. */
static bool inside_syllable(const Decoded *d, int k) {
  uint32_t c = d->cps[k], before = d->cps[k - 1];
  if (c >= 0x102B && c <= 0x103E) return true; /* vowel signs, medials, asat, virama */
  if (before == 0x1039) return true;
  int j = k + 1;
  while (j < d->n && (d->cps[j] == 0x1036 || d->cps[j] == 0x1037 ||
                      (d->cps[j] >= 0x103B && d->cps[j] <= 0x103E)))
    j++; /* dot below, anusvara, medials: "ချ်" closes the syllable before it */
  return c >= 0x1000 && c <= 0x1021 && j < d->n && (d->cps[j] == 0x103A || d->cps[j] == 0x1039);
}

START_TEST(test_burmese_breaks_only_at_icu_boundaries_between_syllables) {
  int inside_runs = 0, icu_inside_syllable = 0;
  for (size_t s = 0; s < sizeof BURMESE / sizeof *BURMESE; s++) {
    Decoded d;
    decode(BURMESE[s], &d);
    bool boundary[513] = {false};
    icu_boundaries(&d, boundary);
    for (int k = 1; k < d.n; k++) icu_inside_syllable += boundary[k] && inside_syllable(&d, k);
    for (int width = 60; width <= 600; width += 15) {
      TextLayout *l = text_layout(text, BURMESE[s], NULL, 0, style(24), width);
      ck_assert_str_eq(l->text, BURMESE[s]);
      ck_assert(!l->missing_glyph);
      /* ကောင်းကောင်း ("well", one word to ICU) is the widest, 153 px */
      ck_assert_msg(width < 180 || !l->cut_word, "%zu at %d px: a word was cut", s, width);
      for (int i = 1; i < l->nlines; i++) {
        ck_assert_msg(l->lines[i].width <= width || l->cut_word, "line %d is %d px", i,
                      l->lines[i].width);
        int k = cp_index_at(&d, line_start(l, i));
        uint32_t before = d.cps[k - 1], at = d.cps[k];
        ck_assert_msg(at != 0x104A && at != 0x104B, "%zu at %d px: line %d starts with ၊ or ။",
                      s, width, i);
        if (before == ' ' || is_myanmar(before) != is_myanmar(at)) continue;
        inside_runs++;
        ck_assert_msg(!inside_syllable(&d, k), "%zu at %d px: line %d starts inside a syllable "
                      "(U+%04X after U+%04X)", s, width, i, at, before);
        ck_assert_msg(boundary[k] || l->cut_word, "%zu at %d px: line %d starts at U+%04X, not "
                      "an ICU boundary", s, width, i, at);
      }
      text_layout_free(l);
    }
  }
  ck_assert_int_gt(inside_runs, 50); /* lines did break between words, not only at spaces */
  /* ICU splits loan words it does not know inside a syllable (မ|က်ဆေ့, အွ|န်): these are
     the boundaries the engine refuses */
  ck_assert_int_gt(icu_inside_syllable, 0);
}
END_TEST

/* The break opportunities inside Burmese words (or all of them), drawn as '|' where the
   next line would begin (every other Burmese one is at a space): a particle stays with
   the word it belongs to, and a lone prefix with the word after it. ICU alone gives
   ပြန်|ပို့|ပါ|မယ်, and a line of lesson 01 began with မယ်. */
static void breaks_drawn(const char *s, char *out, size_t size, bool all) {
  Decoded d;
  decode(s, &d);
  uint8_t brk[512];
  text_find_breaks(text, d.cps, d.n, brk);
  size_t o = 0;
  for (int k = 0; k < d.n && o + 8 < size; k++) {
    o += utf8_encode(d.cps[k], out + o);
    if (k + 1 < d.n && brk[k] == TEXT_BREAK_ALLOW &&
        (all || (is_myanmar(d.cps[k]) && is_myanmar(d.cps[k + 1]))))
      out[o++] = '|';
  }
  out[o] = '\0';
}

/* Each case is a text with its breaks drawn as breaks_drawn draws them. */
static void assert_breaks(const char *const *cases, size_t n, bool all) {
  for (size_t i = 0; i < n; i++) {
    char plain[512], drawn[1024];
    size_t o = 0;
    for (const char *c = cases[i]; *c; c++)
      if (*c != '|') plain[o++] = *c;
    plain[o] = '\0';
    breaks_drawn(plain, drawn, sizeof drawn, all);
    ck_assert_msg(strcmp(drawn, cases[i]) == 0, "breaks %s, not %s", drawn, cases[i]);
  }
}

START_TEST(test_burmese_particles_stay_with_their_word) {
  static const char *const cases[] = {
      "ပေးပါ၊ မဟုတ်ရင် ပြန်ပို့ပါမယ်: posexpress-my.co/pay", /* not ပြန်|ပို့|ပါ|မယ် */
      "ဘယ်|သူ့ကိုမှ မပေးပါနဲ့။",                                /* not မ|ပေး|ပါ|နဲ့ */
      "ကိုယ့်|အကောင့်ကို စစ်ပါ",                                /* not အ|ကောင့် */
      "ဘာ|လုပ်|ရမလဲ?",                                        /* not ရ|မ|လဲ */
      /* loanwords ICU's dictionary lacks stay whole: not ရင်း|ဂစ်, မက်|ဆေ့ချ်, ပတ်စ်|ပို့ */
      "၁.၅၀ ရင်းဂစ်ပဲ",
      "မက်ဆေ့ချ်တွေကို ပတ်စ်ပို့",
  };
  assert_breaks(cases, sizeof cases / sizeof *cases, false);
  /* and in the layout: no line of the lessons' sentences at any width starts with ပါ,
     မယ် or ကို, or ends with a lone မ */
  for (size_t s = 0; s < sizeof BURMESE / sizeof *BURMESE; s++)
    for (int width = 60; width <= 600; width += 15) {
      TextLayout *l = text_layout(text, BURMESE[s], NULL, 0, style(24), width);
      for (int i = 1; i < l->nlines && !l->cut_word; i++) {
        const char *at = l->text + line_start(l, i);
        ck_assert_msg(strncmp(at, "ပါ", strlen("ပါ")) && strncmp(at, "မယ်", strlen("မယ်")) &&
                          strncmp(at, "ဂစ်", strlen("ဂစ်")) &&
                          strncmp(at, "ကို", strlen("ကို")) && strncmp(at, "နဲ့", strlen("နဲ့")),
                      "%zu at %d px: a line starts with a particle: %.12s", s, width, at);
        const char *ma = at - strlen("မ"); /* the line before ends " မ" */
        ck_assert_msg(ma < l->text || strncmp(ma, "မ", strlen("မ")) || (ma > l->text && ma[-1] != ' '),
                      "%zu at %d px: a line ends with a lone မ", s, width);
      }
      text_layout_free(l);
    }
}
END_TEST

/* A particle the writer set off with a space before the clause's end ("SOCSO ပါ။") still
   leans on the word before it: no line of lesson 04's hotel ad is a lone ပါ။. A space
   after a clause's end, or before a particle the clause goes on after, stays a break. */
START_TEST(test_burmese_lone_particle_after_a_space) {
  static const struct {
    const char *s;
    bool breaks; /* at the (first) space */
  } cases[] = {
      {"လူမှုဖူလုံရေး ပါ။", false},
      {"SOCSO ပါ။ ဟိုတယ်", false},
      {"482913 ပါ", false},
      {"ခေါ်ပါ။ ပါ။", true},
      {"EPF နဲ့ လူမှု", true},
  };
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    Decoded d;
    decode(cases[c].s, &d);
    uint8_t brk[512];
    text_find_breaks(text, d.cps, d.n, brk);
    int sp = 0;
    while (sp < d.n && d.cps[sp] != ' ') sp++;
    ck_assert_int_lt(sp, d.n);
    ck_assert_msg((brk[sp] == TEXT_BREAK_ALLOW) == cases[c].breaks, "%s: the space %s a break",
                  cases[c].s, cases[c].breaks ? "is not" : "is");
  }
}
END_TEST

START_TEST(test_burmese_word_starts_for_reading_aloud) {
  const char *s = "ကျွန်တော်တို့ရဲ့ဘဏ်က";
  uint32_t starts[16];
  int n = text_word_starts(text, s, starts, 16);
  ck_assert_int_ge(n, 2); /* ကျွန်တော် | တို့ | ရဲ့ | ဘဏ် | က, as ICU has them */
  Decoded d;
  decode(s, &d);
  for (int i = 0; i < n; i++) ck_assert(!inside_syllable(&d, cp_index_at(&d, starts[i])));
}
END_TEST

START_TEST(test_burmese_tall_stacks_stay_inside_the_line) {
  /* medial ra around, wa and ha below, e-vowel and dot below; a stacked consonant; a
     kinzi over a consonant: the tallest and deepest Burmese syllables in the lessons */
  const char *stacks[] = {"ကြွှေ့", "မန္တလေး", "မင်္ဂလာ", "ဍ္ဍ"};
  for (size_t i = 0; i < sizeof stacks / sizeof *stacks; i++) {
    TextLayout *l = text_layout(text, stacks[i], NULL, 0, style(40), 0);
    ck_assert_int_eq(l->npieces, 1);
    TextBitmap *b = text_render_piece(text, l, 0);
    ck_assert_ptr_nonnull(b);
    int top = -1;
    for (int y = 0; y < b->height && top < 0; y++)
      for (int x = 0; x < b->width; x++)
        if (b->pixels[y * (b->pitch / 4) + x] >> 24 > 32) top = y;
    int bottom = lowest_ink_row(b);
    ck_assert_int_ge(top, 0);
    ck_assert_msg(l->pieces[0].y + top >= 0, "%s: ink %d rows above the line", stacks[i],
                  -(l->pieces[0].y + top));
    ck_assert_msg(l->pieces[0].y + bottom < l->line_height, "%s: ink below the line (%d >= %d)",
                  stacks[i], l->pieces[0].y + bottom, l->line_height);
    text_bitmap_free(b);
    text_layout_free(l);
  }
}
END_TEST

/* Zawgyi samples, each built on one of the detector's rules (the code points are
   Zawgyi's, as Zawgyi keyboards type them), with what the reason must name. */
START_TEST(test_zawgyi_text_is_flagged_with_its_reason) {
  const struct {
    const char *text, *names;
  } zawgyi[] = {
      {"\u1019\u1002\u1064\u101C\u102C\u1015\u102B", "U+1060..U+1097"},    /* မင်္ဂလာပါ, kinzi */
      {"\u1000\u107D\u103C\u1014\u1039\u1031\u1010\u102C\u1039", "U+1060"}, /* ကျွန်တော် */
      {"\u1031\u1000\u103A\u1038\u1007\u1030\u1038", "U+1031"},            /* ကျေးဇူး */
      {"\u103B\u1019\u1014\u1039\u1019\u102C", "U+103B"},                  /* မြန်မာ */
      {"\u101C\u102C\u1019\u101A\u1039", "U+1039"},                        /* လာမယ် */
      {"\u1000\u103A\u102C\u1038", "U+103A"},                              /* ကျား */
      {"OTP \u1000\u102F\u1012\u1039 \u101B\u1015\u102B", "U+1039"},       /* OTP ကုဒ် ရပါ */
  };
  for (size_t i = 0; i < sizeof zawgyi / sizeof *zawgyi; i++) {
    const char *why = text_zawgyi_reason(zawgyi[i].text);
    ck_assert_msg(why != NULL, "sample %zu not flagged", i);
    ck_assert_msg(strstr(why, zawgyi[i].names) != NULL, "sample %zu: %s", i, why);
    ck_assert_ptr_null(strchr(why, '\n')); /* one line */
  }
}
END_TEST

/* No Unicode Burmese is ever flagged: the test sentences, and every line of the
   Burmese the kiosk and its core pack ship. Other scripts are not Burmese at all. */
START_TEST(test_unicode_burmese_is_not_flagged) {
  for (size_t i = 0; i < sizeof BURMESE / sizeof *BURMESE; i++)
    ck_assert_ptr_null(text_zawgyi_reason(BURMESE[i]));
  const char *plain[] = {THAI_SENTENCE, "पासवर्ड", "পাসওয়ার্ড", "Hello", "", "ကြွှေ့",
                         "\u1004\u103A\u1039\u1002", "ကျွန်ုပ်", "ကော်"};
  for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) ck_assert_ptr_null(text_zawgyi_reason(plain[i]));
  ck_assert_ptr_null(text_zawgyi_reason(NULL));
  const char *files[] = {"assets/strings/my.lua", "lessons/core/strings/my.lua"};
  int lines = 0;
  for (size_t f = 0; f < 2; f++) {
    FILE *in = fopen(files[f], "r");
    if (!in) continue; /* before the translation lands on main */
    char line[8192];
    for (int n = 1; fgets(line, sizeof line, in); n++, lines++) {
      const char *why = text_zawgyi_reason(line);
      ck_assert_msg(why == NULL, "%s:%d flagged: %s", files[f], n, why);
    }
    fclose(in);
  }
  ck_assert_int_gt(lines, 100);
}
END_TEST

/* Advances from `hb-shape --output-format=json NotoSansDevanagari-Regular.ttf TEXT`
   (HarfBuzz 6.0.0, libharfbuzz-bin), in font units; the font's head.unitsPerEm is 1000
   (read from its head table), so at 40 px a unit is 0.04 px:
     पासवर्ड  padeva 568, aavowelsigndeva 259, sadeva 676, vadeva 556, ddadeva 577,
              rephdeva 0                                                     = 2636
     कसैलाई  kadeva 762, sadeva 676, aivowelsigndeva 0, ladeva 678, aavowelsigndeva 259,
              iideva 491                                                     = 2866
     तपाईंको  tadeva 570, padeva 568, aavowelsigndeva 259, iianusvaradeva 491, kadeva 762,
              ovowelsigndeva 259                                             = 2909
   SDL_ttf measures the ink box, so the words are ones whose last glyph's ink ends within
   a pixel of its advance (hb-shape --show-extents). Shaped without the Devanagari script
   (hb-shape --script=Zyyy) पासवर्ड is 3045 units, 16 px wider at 40 px: the reph and
   the conjunct fall apart. */
typedef struct ShapedWord {
  const char *text;
  int units; /* hb-shape's advances, summed */
} ShapedWord;

/* Each word, at 40 px, within 2 px of HarfBuzz's width (unitsPerEm 1000), drawn as one
   piece of one face with no missing glyph. */
static void assert_widths_match_hb_shape(const ShapedWord *words, int n) {
  const int size = 40, upem = 1000;
  for (int i = 0; i < n; i++) {
    int w, h;
    text_measure(text, words[i].text, style(size), &w, &h);
    double expected = (double)words[i].units * size / upem;
    ck_assert_msg(w >= expected - 2 && w <= expected + 2, "%s: %d px, hb-shape says %.1f",
                  words[i].text, w, expected);
    ck_assert_int_gt(h, 0);
    TextLayout *l = text_layout(text, words[i].text, NULL, 0, style(size), 0);
    ck_assert_int_eq(l->npieces, 1);
    ck_assert(!l->missing_glyph);
    text_layout_free(l);
  }
}

/* A danda after Latin text or digits ("SMS।", "1930 मा फोन गर्नुहोस्।" ends on a Latin
   run): Noto Sans has no danda, so it must come from a face that has one, not draw as a
   box. Both Nepali and Bengali end sentences this way. */
START_TEST(test_danda_after_latin_text_is_drawn) {
  const char *texts[] = {"OTP।", "कसैलाई OTP।", "নম্বর 999।", "1930॥"};
  for (int i = 0; i < 4; i++) {
    TextLayout *l = text_layout(text, texts[i], NULL, 0, style(28), 0);
    ck_assert_ptr_nonnull(l);
    ck_assert_msg(!l->missing_glyph, "%s: the danda is drawn as a box", texts[i]);
    text_layout_free(l);
  }
}
END_TEST

START_TEST(test_devanagari_width_matches_hb_shape) {
  const ShapedWord words[] = {{"पासवर्ड", 2636}, {"कसैलाई", 2866}, {"तपाईंको", 2909}};
  assert_widths_match_hb_shape(words, 3);
}
END_TEST

/* The same for Bengali (`hb-shape --output-format=json --show-extents
   NotoSansBengali-Regular.ttf TEXT`, HarfBuzz 6.0.0; unitsPerEm 1000):
     কার্ড      reph over the last consonant: kabeng 807, aavowelsignbeng 266, ddabeng 712,
              rephbeng 0 (placed 174 units back)                                   = 1785
     পর্যন্ত     reph over ya, the conjunct nta: pabeng 716, yabeng 626, rephbeng 0,
              natabeng 721                                                          = 2063
     কৌশল     split au vowel, e-kar before the consonant: evowelsigninibeng 346, kabeng 807,
              aulengthmarkbeng 266, shabeng 677, labeng 731                          = 2827
     পাসওয়ার্ড  reph on the last consonant: ... ddabeng 712, rephbeng 0 (moved back) = 4006
     স্বাস্থ্য    conjuncts sba, stha+ya-phala: four glyphs                               = 1962
   Without the Bengali script (--script=Zyyy) they are 2381, 3249, 3168, 4602 and 3497
   units: 14 to 61 px wider at 40 px, the reph a visible hasanta and the e-kar after its
   consonant. SDL_ttf measures the ink box, so the words are ones whose ink ends within a
   pixel or two of the advance (a reph on a word's last consonant may overhang it:
   ধর্ম measures 4 px over). */
START_TEST(test_bengali_width_matches_hb_shape) {
  const ShapedWord words[] = {{"কার্ড", 1785}, {"পর্যন্ত", 2063}, {"কৌশল", 2827},
                              {"পাসওয়ার্ড", 4006}, {"স্বাস্থ্য", 1962}};
  assert_widths_match_hb_shape(words, 5);
}
END_TEST

START_TEST(test_ascii_digits_in_thai_use_the_latin_face) {
  TextLayout *latin = text_layout(text, "OTP", NULL, 0, style(24), 0);
  int latin_face = latin->pieces[0].face;
  text_layout_free(latin);
  /* Noto Sans Thai has no ASCII digits: they must come from the Latin face */
  TextLayout *l = text_layout(text, "ราคา 500 บาท", NULL, 0, style(24), 0);
  ck_assert_int_eq(l->nlines, 1);
  ck_assert_int_eq(l->npieces, 3);
  /* the space after the number stays with the number's face */
  ck_assert_int_eq(l->pieces[1].end - l->pieces[1].start, 4);
  ck_assert_int_eq(memcmp(l->text + l->pieces[1].start, "500 ", 4), 0);
  ck_assert_int_eq(l->pieces[1].face, latin_face);
  ck_assert_int_ne(l->pieces[0].face, latin_face);
  ck_assert_int_eq(l->pieces[2].face, l->pieces[0].face);
  ck_assert_int_eq(l->pieces[1].x, l->pieces[0].width);
  ck_assert_int_eq(l->pieces[2].x, l->pieces[0].width + l->pieces[1].width);
  text_layout_free(l);
}
END_TEST

START_TEST(test_thai_digits_stay_in_the_thai_face) {
  TextLayout *l = text_layout(text, "ราคา ๕๐๐ บาท", NULL, 0, style(24), 0);
  ck_assert_int_eq(l->npieces, 1);
  text_layout_free(l);
}
END_TEST

START_TEST(test_symbol_falls_back_to_dejavu) {
  /* Noto Sans has no check mark; DejaVu Sans does */
  TextLayout *l = text_layout(text, "OK ✓", NULL, 0, style(24), 0);
  ck_assert_int_eq(l->npieces, 2);
  ck_assert_int_ne(l->pieces[0].face, l->pieces[1].face);
  ck_assert_str_eq(l->text + l->pieces[1].start, "✓");
  text_layout_free(l);
}
END_TEST

START_TEST(test_span_splits_pieces_and_carries_tag) {
  const char *s = "Call 1234 now";
  TextSpan span = {5, 9, 3};
  TextLayout *l = text_layout(text, s, &span, 1, style(24), 0);
  ck_assert_int_eq(l->nlines, 1);
  ck_assert_int_eq(l->npieces, 3);
  ck_assert_int_eq(l->pieces[0].tag, 0);
  ck_assert_int_eq(l->pieces[1].tag, 3);
  ck_assert_int_eq(l->pieces[1].start, 5);
  ck_assert_int_eq(l->pieces[1].end, 9);
  ck_assert_int_eq(l->pieces[2].tag, 0);
  ck_assert_int_eq(l->pieces[0].face, l->pieces[1].face);
  text_layout_free(l);
}
END_TEST

START_TEST(test_span_edge_is_not_a_break) {
  TextSpan span = {2, 5, 1};
  /* the width the word takes in three pieces (unhinted advances are rounded per piece) */
  TextLayout *whole = text_layout(text, "unbreakable", &span, 1, style(24), 0);
  int w = whole->width;
  text_layout_free(whole);
  TextLayout *l = text_layout(text, "unbreakable", &span, 1, style(24), w - 1);
  ck_assert_int_eq(l->nlines, 2);
  ck_assert(l->cut_word); /* it had to be cut: the span edge offered no break */
  text_layout_free(l);
}
END_TEST

START_TEST(test_span_inside_a_cluster_keeps_it_whole) {
  /* the span starts between ก and its vowel sign ิ: the cluster stays one piece */
  const char *s = "กิน"; /* ก U+0E01, ิ U+0E34, น U+0E19 */
  TextSpan span = {3, 9, 2};
  TextLayout *l = text_layout(text, s, &span, 1, style(24), 0);
  for (int k = 0; k < l->npieces; k++) {
    ck_assert_int_ne(l->pieces[k].start, 3);
    ck_assert_int_ne(l->pieces[k].end, 3);
  }
  text_layout_free(l);
}
END_TEST

START_TEST(test_long_word_is_cut_between_clusters) {
  const char *s = "पासवर्डपासवर्डपासवर्डपासवर्डपासवर्ड"; /* no break opportunity */
  Decoded d;
  decode(s, &d);
  TextLayout *l = text_layout(text, s, NULL, 0, style(24), 90);
  ck_assert(l->cut_word);
  ck_assert_int_ge(l->nlines, 3);
  for (int i = 0; i < l->nlines; i++) {
    ck_assert_int_le(l->lines[i].width, 90);
    if (i == 0) continue;
    int k = cp_index_at(&d, line_start(l, i));
    ck_assert_msg(utf8_cluster_break(k > 1 ? d.cps[k - 2] : 0, d.cps[k - 1], d.cps[k]),
                  "line %d starts inside a cluster (U+%04X U+%04X)", i, d.cps[k - 1], d.cps[k]);
  }
  text_layout_free(l);
}
END_TEST

START_TEST(test_mark_after_a_space_is_not_split_from_it) {
  /* U+0301 after a space belongs to the space's cluster: no break between them */
  int word;
  text_measure(text, "aaaa", style(24), &word, NULL);
  TextLayout *l = text_layout(text, "aaaa \xcc\x81" "aaaa", NULL, 0, style(24), word + 5);
  ck_assert_int_ge(l->nlines, 2);
  for (int i = 1; i < l->nlines; i++)
    ck_assert_int_ne(memcmp(l->text + line_start(l, i), "\xcc\x81", 2), 0);
  text_layout_free(l);
}
END_TEST

START_TEST(test_url_wraps_after_slash_and_hyphen) {
  const char *s = "https://secure-login.example-bank.com/verify/account";
  TextLayout *l = text_layout(text, s, NULL, 0, style(24), 220);
  ck_assert(!l->cut_word);
  ck_assert_int_ge(l->nlines, 2);
  for (int i = 1; i < l->nlines; i++) {
    char before = l->text[line_start(l, i) - 1];
    ck_assert_msg(before == '/' || before == '-', "line %d follows '%c'", i, before);
    ck_assert_int_le(l->lines[i].width, 220);
  }
  text_layout_free(l);
}
END_TEST

/* The red-flag messages of lesson 01 in English, Thai and Nepali: at every width where
   the address fits on a line it is never split ("songdee-th.co/" | "pay" hid the trick
   being taught); narrower (down to its widest unbreakable part), it breaks only after
   its '/'. The width sweep passes
   every place the greedy fit would have ended a line inside it. */
/* A number keeps its unit or noun, its currency and a phone number its groups, in every
   script: "24 | hours", "RM | 1.50", "৳ | ৫০০" and "+60 | 11-6034" split an amount from
   its meaning. An amount that has its currency may end a line ("RM 1.50 | today"); a
   code's label is no currency ("PIN | 6 digits"). */
START_TEST(test_amount_keeps_its_unit_and_currency) {
  static const char *const cases[] = {
      "Pay |RM 1.50 |today",
      "within |24 hours |or |later",
      "Only |1,500 baht",
      "AED 2,500 |a |month",
      "PIN |6 digits",
      "Call |+66 92 603 4881.",
      "+60 11-6034 8817",
      "৳ ৫০০ |দাও",
      "Rp 50.000",
      "रु. ५०० |तिर्नुहोस्",
      "จ่าย|500บาท",
      "၁၃,၀၀၀ ဘတ်",
      /* an author's no-break space holds in every script's breaker */
      "จ่าย\u00a0500\u00a0บาท",
      "ပေးပါ\u00a0ကြေး",
  };
  assert_breaks(cases, sizeof cases / sizeof *cases, true);
}
END_TEST

/* Burmese breaks inside a phrase (between two spaces) only when the phrase opens the
   line or is wider than one: ICU's dictionary lacks ပုံမှန် ("regular") and split
   lesson 04's ပုံမှန်လစာ ("a regular salary") as ပုံ|မှန်လစာ. */
START_TEST(test_burmese_phrase_moves_whole_to_the_next_line) {
  const char *s = "သွားကြည့်လို့ရတဲ့ တကယ့်နေရာ၊ ပုံမှန်လစာ၊ မျက်နှာချင်းဆိုင် အင်တာဗျူး၊ ကြေး မယူ၊";
  Decoded d;
  decode(s, &d);
  int inside = 0;
  for (int width = 90; width <= 600; width += 5) {
    TextLayout *l = text_layout(text, s, NULL, 0, style(24), width);
    for (int i = 1; i < l->nlines; i++) {
      int k = cp_index_at(&d, line_start(l, i)), prev = cp_index_at(&d, line_start(l, i - 1));
      if (d.cps[k - 1] == ' ') continue;
      inside++;
      int a = k; /* the phrase was split: it must have opened the line before */
      while (a > 0 && d.cps[a - 1] != ' ') a--;
      ck_assert_msg(a == prev || l->cut_word, "at %d px line %d splits a phrase that fits: %s", width,
                    i, l->text + d.offsets[a]);
      ck_assert_int_le(l->lines[i - 1].width, width);
    }
    text_layout_free(l);
  }
  ck_assert_int_gt(inside, 0); /* phrases wider than the line still break inside */
}
END_TEST

static const char *const ADDRESS_MESSAGES[] = {
    "SongDee Express: Your parcel is on hold. Pay 19 baht within 24 hours or it will be "
    "returned: songdee-th.co/pay",
    "SongDee Express: พัสดุของคุณถูกพักไว้ ชำระ 19 บาท ภายใน 24 ชม. ไม่อย่างนั้นจะตีกลับ: "
    "songdee-th.co/pay",
    "SongDee Express: तपाईंको पार्सल रोकिएको छ। २४ घण्टाभित्र १९ बाट तिर्नुहोस्, नत्र फिर्ता "
    "पठाइनेछ: songdee-th.co/pay",
};

START_TEST(test_address_moves_whole_to_the_next_line) {
  const char *s = ADDRESS_MESSAGES[_i], *address = "songdee-th.co/pay";
  uint32_t a = (uint32_t)(strstr(s, address) - s), e = a + (uint32_t)strlen(address);
  TextSpan flag = {a, e, 1}; /* the kiosk lays the address out as a tappable flag */
  int address_width, host_width, full; /* "songdee-th.co/" cannot break */
  text_measure(text, address, style(24), &address_width, NULL);
  text_measure(text, "songdee-th.co/", style(24), &host_width, NULL);
  text_measure(text, s, style(24), &full, NULL);
  int moved = 0;
  for (int w = host_width; w < full; w += 2) {
    TextLayout *l = text_layout(text, s, &flag, 1, style(24), w);
    for (int i = 1; i < l->nlines; i++) {
      uint32_t at = line_start(l, i);
      if (at <= a || at >= e) {
        moved += at == a && l->text[at - 1] == ' ';
        continue;
      }
      ck_assert_msg(w < address_width, "width %d (address %d): line %d starts inside at \"%s\"",
                    w, address_width, i, l->text + at);
      char before = l->text[at - 1];
      ck_assert_msg(before == '/' || before == '-', "width %d: line %d follows '%c'", w, i, before);
    }
    text_layout_free(l);
  }
  ck_assert_int_gt(moved, 0);
}
END_TEST

START_TEST(test_mixed_faces_share_a_baseline) {
  /* H (Latin), ก (Thai) and က (Myanmar, a much taller face) all sit on the baseline */
  TextLayout *l = text_layout(text, "Hกက", NULL, 0, style(40), 0);
  ck_assert_int_eq(l->npieces, 3);
  int bottoms[3];
  for (int k = 0; k < 3; k++) {
    TextBitmap *s = text_render_piece(text, l, k);
    ck_assert_ptr_nonnull(s);
    bottoms[k] = l->pieces[k].y + lowest_ink_row(s);
    text_bitmap_free(s);
  }
  ck_assert_int_eq(l->pieces[2].y < l->pieces[0].y, true); /* taller ascent, drawn higher */
  for (int k = 0; k < 3; k++)
    ck_assert_msg(abs(bottoms[k] - (l->baseline - 1)) <= 1, "piece %d ends at row %d, baseline %d",
                  k, bottoms[k], l->baseline);
  text_layout_free(l);
}
END_TEST

START_TEST(test_marks_above_the_ascent_keep_the_baseline) {
  /* two tone marks stacked over an upper vowel rise above Noto Sans Thai's ascent, so
     SDL_ttf grows its surface upwards; the piece must still sit on the baseline */
  TextLayout *l = text_layout(text, "ป๊ึ๊", NULL, 0, style(40), 0);
  ck_assert_int_eq(l->npieces, 1);
  TextBitmap *s = text_render_piece(text, l, 0);
  ck_assert_ptr_nonnull(s);
  int bottom = l->pieces[0].y + lowest_ink_row(s);
  ck_assert_msg(abs(bottom - (l->baseline - 1)) <= 1, "ends at row %d, baseline %d", bottom,
                l->baseline);
  text_bitmap_free(s);
  text_layout_free(l);
}
END_TEST

START_TEST(test_line_height_covers_every_face) {
  TextLayout *latin = text_layout(text, "Hello", NULL, 0, style(24), 0);
  TextLayout *myanmar = text_layout(text, "Hello မင်္ဂလာပါ", NULL, 0, style(24), 0);
  ck_assert_int_gt(myanmar->line_height, latin->line_height);
  ck_assert_int_gt(myanmar->baseline, latin->baseline);
  ck_assert_int_eq(latin->height, latin->line_height);
  text_layout_free(latin);
  text_layout_free(myanmar);
}
END_TEST

START_TEST(test_invalid_utf8_is_drawn_as_replacement) {
  const char *s = "ab\xff\xfe cd \xe0\x80 \xf0\x9f\x98\tok\x01 \xe0\xb8";
  TextSpan spans[] = {{1, 4, 1}, {100, 200, 2}, {5, 3, 3}, {0, 1000, -1}};
  TextLayout *l = text_layout(text, s, spans, 4, style(24), 60);
  ck_assert(utf8_valid(l->text, strlen(l->text)));
  ck_assert_ptr_nonnull(strstr(l->text, "ab\xef\xbf\xbd\xef\xbf\xbd cd"));
  ck_assert_ptr_null(strchr(l->text, '\t'));
  ck_assert_ptr_null(strchr(l->text, '\x01'));
  ck_assert_int_ge(l->nlines, 1);
  for (int k = 0; k < l->npieces; k++) {
    ck_assert_int_le(l->pieces[k].end, strlen(l->text));
    ck_assert(l->pieces[k].tag == 0 || l->pieces[k].tag == 1);
  }
  text_layout_free(l);
}
END_TEST

START_TEST(test_null_and_tiny_inputs_do_not_crash) {
  TextLayout *l = text_layout(text, NULL, NULL, 3, style(0), -5);
  ck_assert_int_eq(l->nlines, 0);
  text_layout_free(l);
  l = text_layout(text, "x", NULL, 0, style(-3), 1); /* one cluster wider than the line */
  ck_assert_int_eq(l->nlines, 1);
  ck_assert(l->cut_word);
  text_layout_free(l);
  l = text_layout(text, "\xe0\xb8\xb4", NULL, 0, style(24), 100); /* a lone Thai mark */
  ck_assert_int_eq(l->nlines, 1);
  text_layout_free(l);
  ck_assert_ptr_null(text_render_piece(text, NULL, 0));
  text_layout_free(NULL);
}
END_TEST

/* Speed is measured in `make bench`, never here; this checks a long paragraph keeps
 * every line inside the width, breaks only between words, and loses no text. */
START_TEST(test_a_thai_line_that_fits_needs_no_dictionary) {
  Error err = {{0}};
  Text *t = text_new(NULL, NULL, &err); /* its own: the shared one has loaded the dictionary */
  ck_assert_msg(t != NULL, "text_new: %s", err.msg);
  TextLayout *one = text_layout(t, "แตะเพื่อเริ่ม  ", NULL, 0, style(32), 700);
  ck_assert_int_eq(one->nlines, 1);
  ck_assert_int_eq(one->height, one->line_height);
  int w;
  text_measure(t, "แตะเพื่อเริ่ม", style(32), &w, NULL);
  ck_assert_int_eq(one->lines[0].width, w); /* trailing spaces still do not count */
  ck_assert(!t->thai_tried);
  TextLayout *wrapped = text_layout(t, THAI_SENTENCE, NULL, 0, style(24), 200);
  ck_assert_int_gt(wrapped->nlines, 1);
  ck_assert(t->thai_tried); /* breaking Thai between words needs it */
  text_layout_free(one);
  text_layout_free(wrapped);
  text_free(t);
}
END_TEST

START_TEST(test_long_thai_paragraph_wraps_between_words) {
  const char *phrase = "ถ้ามีคนขอรหัสของคุณ อย่าบอกใครเด็ดขาด ";
  char para[1200] = "";
  while (strlen(para) < 600) strcat(para, phrase);
  TextLayout *l = text_layout(text, para, NULL, 0, style(28), 600);
  ck_assert_ptr_nonnull(l);
  ck_assert_int_gt(l->nlines, 3);
  ck_assert(!l->cut_word);
  ck_assert(!l->missing_glyph);
  uint32_t next = 0;
  for (int i = 0; i < l->nlines; i++) {
    const TextLine *line = &l->lines[i];
    ck_assert_int_le(line->width, 600);
    ck_assert_int_gt(line->count, 0);
    const TextPiece *first = &l->pieces[line->first];
    const TextPiece *last = &l->pieces[line->first + line->count - 1];
    while (next < first->start && para[next] == ' ') next++;
    ck_assert_msg(first->start == next, "line %d starts at byte %u, expected %u", i,
                  first->start, next);
    /* A line never starts inside a cluster: Thai marks and vowels above or below
     * (U+0E31, U+0E34..U+0E3A, U+0E47..U+0E4E) cannot begin one. */
    const unsigned char *c = (const unsigned char *)para + first->start;
    unsigned cp = ((c[0] & 0x0f) << 12) | ((c[1] & 0x3f) << 6) | (c[2] & 0x3f);
    ck_assert_msg(!(cp == 0x0e31 || (cp >= 0x0e34 && cp <= 0x0e3a) ||
                    (cp >= 0x0e47 && cp <= 0x0e4e)),
                  "line %d starts with mark U+%04X", i, cp);
    next = last->end;
  }
  while (next < strlen(para) && para[next] == ' ') next++;
  ck_assert_uint_eq(next, strlen(para));
  text_layout_free(l);
}
END_TEST

START_TEST(test_language_supported_with_system_fonts) {
  Error err = {{0}};
  const char *langs[] = {"th", "ne", "hi", "mr", "my", "km", "bn", "en", "th-TH"};
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
    ck_assert_msg(text_language_supported(text, langs[i], &err), "%s: %s", langs[i], err.msg);
}
END_TEST

static void copy_file(const char *from, const char *dir, const char *name) {
  char to[512];
  snprintf(to, sizeof to, "%s/%s", dir, name);
  FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
  ck_assert_ptr_nonnull(in);
  ck_assert_ptr_nonnull(out);
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0) ck_assert_uint_eq(fwrite(buf, 1, n, out), n);
  fclose(in);
  fclose(out);
}

START_TEST(test_language_unsupported_names_the_missing_font) {
  char *dir = test_tmpdir();
  copy_file(NOTO "/NotoSans-Regular.ttf", dir, "NotoSans-Regular.ttf");
  Error err = {{0}};
  Text *t = text_new(dir, NULL, &err);
  ck_assert_msg(t != NULL, "%s", err.msg);
  ck_assert(text_language_supported(t, "en", &err));
  ck_assert(!text_language_supported(t, "th", &err));
  ck_assert_msg(strstr(err.msg, "NotoSansThai-Regular.ttf") != NULL, "%s", err.msg);
  ck_assert_msg(strstr(err.msg, "fonts-noto-core") != NULL, "%s", err.msg);
  /* Thai text still lays out, from whatever face has glyphs */
  TextLayout *l = text_layout(t, THAI_SENTENCE, NULL, 0, style(24), 300);
  ck_assert_int_ge(l->nlines, 1);
  text_layout_free(l);
  /* Bold is missing too: it falls back to Regular */
  l = text_layout(t, "Bold", NULL, 0, (TextStyle){24, TEXT_BOLD}, 0);
  ck_assert_int_gt(l->width, 0);
  text_layout_free(l);
  text_free(t);
  test_rmtree(dir);
  free(dir);
}
END_TEST

START_TEST(test_new_fails_without_latin_font) {
  char *dir = test_tmpdir();
  test_write(dir, "NotoSans-Regular.ttf", "not a font");
  Error err = {{0}};
  ck_assert_ptr_null(text_new(dir, NULL, &err));
  ck_assert_msg(strstr(err.msg, "NotoSans-Regular.ttf") != NULL, "%s", err.msg);
  ck_assert_msg(strstr(err.msg, "DejaVuSans.ttf") != NULL, "%s", err.msg);
  test_rmtree(dir);
  free(dir);
}
END_TEST

/* Widths are kept across layouts (text/widths.c) by a run's bytes, face, weight and
   size: the same paragraph laid out again, after so many other runs that the table was
   cleared on the way, and by a fresh Text, comes out piece for piece the same; the same
   word at another size or weight is measured for itself. */
static void assert_same_layout(const TextLayout *a, const TextLayout *b) {
  ck_assert_int_eq(a->nlines, b->nlines);
  ck_assert_int_eq(a->npieces, b->npieces);
  ck_assert_int_eq(a->width, b->width);
  for (int i = 0; i < a->npieces; i++) {
    ck_assert_int_eq(a->pieces[i].start, b->pieces[i].start);
    ck_assert_int_eq(a->pieces[i].x, b->pieces[i].x);
    ck_assert_int_eq(a->pieces[i].width, b->pieces[i].width);
  }
}

START_TEST(test_widths_kept_across_layouts_are_the_measured_ones) {
  char para[1024];
  snprintf(para, sizeof para, "Never share the code in the message, even with a friend. %s", THAI_SENTENCE);
  TextLayout *first = text_layout(text, para, NULL, 0, style(24), 300);
  for (int i = 0; i < 5000; i++) { /* more runs than the table holds */
    char word[32];
    snprintf(word, sizeof word, "w%dx", i);
    text_layout_free(text_layout(text, word, NULL, 0, style(24), 0));
  }
  TextLayout *again = text_layout(text, para, NULL, 0, style(24), 300);
  assert_same_layout(first, again);
  Error err;
  Text *fresh = text_new(NULL, NULL, &err);
  ck_assert_msg(fresh != NULL, "%s", err.msg);
  TextLayout *anew = text_layout(fresh, para, NULL, 0, style(24), 300);
  assert_same_layout(first, anew);
  int w24, w40, wbold;
  text_measure(text, "Wallet", style(24), &w24, NULL);
  text_measure(text, "Wallet", style(40), &w40, NULL);
  text_measure(text, "Wallet", (TextStyle){24, TEXT_BOLD}, &wbold, NULL);
  int f24, f40, fbold;
  text_measure(fresh, "Wallet", (TextStyle){24, TEXT_BOLD}, &fbold, NULL); /* other order */
  text_measure(fresh, "Wallet", style(40), &f40, NULL);
  text_measure(fresh, "Wallet", style(24), &f24, NULL);
  ck_assert_int_eq(w24, f24);
  ck_assert_int_eq(w40, f40);
  ck_assert_int_eq(wbold, fbold);
  ck_assert_int_gt(w40, w24);
  ck_assert_int_ne(wbold, w24);
  text_layout_free(anew);
  text_free(fresh);
  text_layout_free(again);
  text_layout_free(first);
}
END_TEST

START_TEST(test_render_thai_piece_has_ink) {
  TextLayout *l = text_layout(text, "อย่าบอกใคร", NULL, 0, style(32), 0);
  ck_assert_int_eq(l->npieces, 1);
  TextBitmap *s = text_render_piece(text, l, 0);
  ck_assert_ptr_nonnull(s);
  ck_assert_int_eq(s->pitch, s->width * 4); /* ARGB, 32 bits a pixel */
  ck_assert_int_ge(s->width, l->pieces[0].width - 1);
  ck_assert_int_ge(l->pieces[0].y + s->height, l->baseline);
  ck_assert_int_gt(count_ink(s), 100);
  /* white glyphs, for the renderer to tint */
  const uint32_t *px = s->pixels;
  for (int i = 0; i < s->height * s->pitch / 4; i++)
    if (px[i] >> 24) ck_assert_uint_eq(px[i] & 0xFFFFFF, 0xFFFFFF);
  text_bitmap_free(s);
  ck_assert_ptr_null(text_render_piece(text, l, 1));
  text_layout_free(l);
}
END_TEST

START_TEST(test_render_depends_only_on_piece) {
  /* the same Thai piece in a paragraph with a taller face gives the same surface */
  TextLayout *a = text_layout(text, "อย่าบอก", NULL, 0, style(32), 0);
  TextLayout *b = text_layout(text, "อย่าบอก မင်", NULL, 0, style(32), 0);
  ck_assert_int_eq(b->pieces[0].end, a->pieces[0].end + 1); /* "อย่าบอก " */
  TextBitmap *sa = text_render_piece(text, a, 0), *sb = text_render_piece(text, b, 0);
  ck_assert_int_eq(sa->height, sb->height);
  ck_assert_int_eq(b->pieces[0].y - a->pieces[0].y, b->baseline - a->baseline);
  text_bitmap_free(sa);
  text_bitmap_free(sb);
  text_layout_free(a);
  text_layout_free(b);
}
END_TEST

static Suite *text_suite(void) {
  Suite *s = suite_create("text");
  TCase *tc = tcase_create("core");
  tcase_add_unchecked_fixture(tc, setup, teardown); /* fonts are read once */
  tcase_set_timeout(tc, 20);
  tcase_add_test(tc, test_latin_wraps_at_spaces_within_width);
  tcase_add_test(tc, test_greedy_fills_each_line);
  tcase_add_test(tc, test_trailing_spaces_do_not_count);
  tcase_add_test(tc, test_a_warmed_font_is_what_a_layout_then_uses);
  tcase_add_test(tc, test_newline_forces_break);
  tcase_add_test(tc, test_blank_line_between_newlines_is_empty);
  tcase_add_test(tc, test_empty_text_has_no_lines);
  tcase_add_test(tc, test_thai_wraps_at_word_boundaries);
  tcase_add_test(tc, test_thai_breaks_next_to_latin_word);
  tcase_add_test(tc, test_thai_breaks_where_both_dictionaries_see_a_word_end);
  tcase_add_test(tc, test_devanagari_width_matches_hb_shape);
  tcase_add_test(tc, test_danda_after_latin_text_is_drawn);
  tcase_add_test(tc, test_bengali_width_matches_hb_shape);
  tcase_add_test(tc, test_burmese_breaks_only_at_icu_boundaries_between_syllables);
  tcase_add_test(tc, test_burmese_particles_stay_with_their_word);
  tcase_add_test(tc, test_burmese_lone_particle_after_a_space);
  tcase_add_test(tc, test_burmese_word_starts_for_reading_aloud);
  tcase_add_test(tc, test_burmese_tall_stacks_stay_inside_the_line);
  tcase_add_test(tc, test_zawgyi_text_is_flagged_with_its_reason);
  tcase_add_test(tc, test_unicode_burmese_is_not_flagged);
  tcase_add_test(tc, test_ascii_digits_in_thai_use_the_latin_face);
  tcase_add_test(tc, test_thai_digits_stay_in_the_thai_face);
  tcase_add_test(tc, test_symbol_falls_back_to_dejavu);
  tcase_add_test(tc, test_span_splits_pieces_and_carries_tag);
  tcase_add_test(tc, test_span_edge_is_not_a_break);
  tcase_add_test(tc, test_span_inside_a_cluster_keeps_it_whole);
  tcase_add_test(tc, test_long_word_is_cut_between_clusters);
  tcase_add_test(tc, test_mark_after_a_space_is_not_split_from_it);
  tcase_add_test(tc, test_url_wraps_after_slash_and_hyphen);
  tcase_add_test(tc, test_amount_keeps_its_unit_and_currency);
  tcase_add_test(tc, test_burmese_phrase_moves_whole_to_the_next_line);
  tcase_add_loop_test(tc, test_address_moves_whole_to_the_next_line, 0,
                      (int)(sizeof ADDRESS_MESSAGES / sizeof ADDRESS_MESSAGES[0]));
  tcase_add_test(tc, test_mixed_faces_share_a_baseline);
  tcase_add_test(tc, test_marks_above_the_ascent_keep_the_baseline);
  tcase_add_test(tc, test_line_height_covers_every_face);
  tcase_add_test(tc, test_invalid_utf8_is_drawn_as_replacement);
  tcase_add_test(tc, test_null_and_tiny_inputs_do_not_crash);
  tcase_add_test(tc, test_long_thai_paragraph_wraps_between_words);
  tcase_add_test(tc, test_a_thai_line_that_fits_needs_no_dictionary);
  tcase_add_test(tc, test_language_supported_with_system_fonts);
  tcase_add_test(tc, test_language_unsupported_names_the_missing_font);
  tcase_add_test(tc, test_new_fails_without_latin_font);
  tcase_add_test(tc, test_render_thai_piece_has_ink);
  tcase_add_test(tc, test_render_depends_only_on_piece);
  tcase_add_test(tc, test_widths_kept_across_layouts_are_the_measured_ones);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(text_suite)
