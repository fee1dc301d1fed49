/* particles.c — Burmese particles stay with the word they belong to.

   ICU's Burmese dictionary (icu.c) splits a verb from the particles that carry its
   tense, mood and politeness, and a noun from its case markers: "ပြန်ပို့ပါမယ်" ("(we)
   will send it back") comes out as ပြန်|ပို့|ပါ|မယ်, and a line began with မယ်, which
   a reader takes for a new word. Burmese is written with spaces between phrases, after
   these particles, so keeping each with the word before it leaves the phrase's own
   breaks. A line also never ends with a prefix ICU left alone: the negative မ, the
   noun-making အ, the preverb ပြန် ("မ|ရှိဘူး", "အ|ကောင့်", "ပြန်|ပို့"): each belongs to
   what follows.
   Two more: a loanword ICU does not know is split into its syllables ("ရင်း|ဂစ်",
   ringgit), and a particle the text sets off with a space before the sentence's end
   ("SOCSO ပါ။") was left to open a line of its own.
   Thai needs none of this: libthai keeps its particles with their word (README, "Line
   breaking"). */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/utf8.h"
#include "text/internal.h"

/* Particles that lean on the word before them (Burmese grammar's postpositional
   particles), matched whole: from a break to the next break, a space, punctuation or the
   end of the text. Not the auxiliary verbs that are verbs of their own too (ရ "get" or
   "must", နေ "stay" or "-ing", ထား, ပေး): "အလုပ်ကောင်းကောင်း|ရမယ်" ("will get a good
   job") may break before ရ, and joining them made runs wider than a phone's line. */
static const char *const text_enclitics[] = {
    /* after a verb: statement, future, polite, done, negation's end, questions */
    "တယ်", "သည်", "မယ်", "မည်", "ပြီ", "ပါ", "ဘူး", "နဲ့", "လား", "လဲ", "မလား", "မလဲ",
    "သလား", "သလဲ", "ခဲ့", "ပြီး", "ရင်", "လို့", "ဖို့", "တဲ့", "တာ", "သော", "သည့်", "ကြ",
    "နိုင်", "ချင်", "ဦး", "ပေါ့", "နော်", "လေ",
    /* after a noun: case, plural, "only", "also" */
    "ကို", "က", "မှာ", "မှ", "ရဲ့", "၏", "တွေ", "များ", "ဆီ", "ထဲ", "လည်း", "ပဲ", "တော့",
    "ကော", "နှင့်",
};

/* Prefixes that lean on the word after them: the negative မ, the noun-making အ, and
   the preverb ပြန် "back, again" (ပြန်ပို့ "send back", ပြန်ပြော "reply"). */
static const char *const text_prefixes[] = {"မ", "အ", "ပြန်"};

/* Loanwords the lessons use that ICU's dictionary does not hold: it splits them into
   syllables (ရင်း|ဂ|စ်; breaks.c takes back the ones inside a syllable) and a line began
   with ဂစ်, which is no word. ICU's rule status cannot tell these breaks from its
   dictionary's (it is 0 for every Burmese line break), and a rule "join what ICU split
   inside a syllable" would not know where the word ends, so: a short list, kept whole
   like a word. Add a loanword here when a lesson's screenshot shows it split. */
static const char *const text_loanwords[] = {
    "ရင်းဂစ်",   /* ringgit */
    "ပတ်စ်ပို့",  /* passport */
    "မက်ဆေ့ချ်", /* message */
    "အိုကေ",    /* OK */
    "အီးမေးလ်",  /* e-mail */
};

/* Do cps[a, e) spell s exactly? */
static bool text_spells(const uint32_t *cps, int a, int e, const char *s) {
  size_t len = strlen(s), at = 0;
  while (a < e && at < len)
    if (utf8_next(s, len, &at) != cps[a++]) return false;
  return a == e && at == len;
}

/* A letter or sign of a Burmese word: not its digits, its punctuation (၊ ။) or a
   space. */
static bool text_myanmar_letter(uint32_t cp) {
  return (cp >= 0x1000 && cp <= 0x103F) || (cp >= 0x104C && cp <= 0x108F) || (cp >= 0x109A && cp <= 0x109F);
}

/* Where the word spelled s would end if it began at cps[i]: the index after it, or -1
   when cps[i..] does not spell it whole (up to a break, a space, punctuation or the
   end of the text). */
static int text_whole_word_end(const uint32_t *cps, int n, int i, const uint8_t *orig, const char *s) {
  int k = i;
  for (size_t at = 0, len = strlen(s); at < len; k++) utf8_next(s, len, &at);
  if (k <= n && text_spells(cps, i, k, s) &&
      (k == n || !text_myanmar_letter(cps[k]) || orig[k - 1] == TEXT_BREAK_ALLOW))
    return k;
  return -1;
}

/* Does the word at cps[i] (a break opportunity before it) end where an enclitic does?
   Then *end (if given) is where. */
static bool text_is_enclitic(const uint32_t *cps, int n, int i, const uint8_t *orig, int *end) {
  for (size_t e = 0; e < sizeof text_enclitics / sizeof *text_enclitics; e++) {
    int k = text_whole_word_end(cps, n, i, orig, text_enclitics[e]);
    if (k < 0) continue;
    if (end) *end = k;
    return true;
  }
  return false;
}

/* Burmese and common sentence and clause ends: ၊ ။ ? ! */
static bool text_ends_clause(uint32_t cp) {
  return cp == 0x104A || cp == 0x104B || cp == '?' || cp == '!';
}

/* The break at the space run ending at cps[i]: does it leave a particle that ends its
   clause alone at the start of a line ("SOCSO ပါ။", "482913 ပါ။")? The writer set it off
   with a space, but it still leans on the word before; a space after a clause's end
   ("။ ပြီး") is a sentence's start and stays a break. */
static bool text_lone_particle_after_space(const uint32_t *cps, int n, int i, const uint8_t *orig) {
  int a = i;
  while (a >= 0 && text_is_space(cps[a])) a--;
  if (a < 0 || cps[a] == '\n' || text_ends_clause(cps[a])) return false;
  int end;
  return i + 1 < n && text_myanmar_letter(cps[i + 1]) &&
         text_is_enclitic(cps, n, i + 1, orig, &end) && (end == n || text_ends_clause(cps[end]));
}

/* Takes back the breaks inside each loanword of the list that stands whole in cps. */
static void text_keep_loanwords(const uint32_t *cps, int n, uint8_t *brk, const uint8_t *orig) {
  for (int i = 0; i < n; i++) {
    if (i > 0 && text_myanmar_letter(cps[i - 1]) && orig[i - 1] != TEXT_BREAK_ALLOW) continue;
    for (size_t w = 0; w < sizeof text_loanwords / sizeof *text_loanwords; w++) {
      int k = text_whole_word_end(cps, n, i, orig, text_loanwords[w]);
      for (int j = i; j + 1 < k; j++) brk[j] = TEXT_BREAK_NONE;
    }
  }
}

void text_myanmar_particles(const uint32_t *cps, int n, uint8_t *brk) {
  /* decisions read the breaks as found, not as this pass leaves them */
  uint8_t *orig = xmalloc((size_t)n);
  memcpy(orig, brk, (size_t)n);
  text_keep_loanwords(cps, n, brk, orig);
  for (int i = 0; i + 1 < n; i++) {
    if (brk[i] != TEXT_BREAK_ALLOW) continue;
    if (text_is_space(cps[i])) {
      if (text_lone_particle_after_space(cps, n, i, orig)) brk[i] = TEXT_BREAK_NONE;
      continue;
    }
    if (!text_myanmar_letter(cps[i]) || !text_myanmar_letter(cps[i + 1])) continue;
    bool keep = !text_is_enclitic(cps, n, i + 1, orig, NULL);
    int a = i; /* the word before the break: is it a lone prefix? */
    while (a > 0 && text_myanmar_letter(cps[a - 1]) && orig[a - 1] != TEXT_BREAK_ALLOW) a--;
    for (size_t p = 0; keep && p < sizeof text_prefixes / sizeof *text_prefixes; p++)
      if (text_spells(cps, a, i + 1, text_prefixes[p])) keep = false;
    if (!keep) brk[i] = TEXT_BREAK_NONE;
  }
  free(orig);
}
