/* test_content.c — the core pack's texts keep the rules of lessons/core/CAST.md and of
   issue 13's translation review: one cast, with no name both a harmer's and a victim's,
   the same person under each name key in every language; Thai writes "chat" one way and
   ไม้ยมก against its word; Nepali texts are in Nepali, with Devanagari digits for amounts
   and times (Latin only for what is dialled or typed: codes, numbers, addresses); Bengali
   texts are in Bengali, with Bengali digits in times. L03 names the space bar as the
   on-screen keyboard shows it. */
#include <ctype.h>

#include "core/fs.h"
#include "lesson/lesson.h"
#include "play/kiosk_words.h"
#include "testutil.h"

#define PACK "lessons/core"
#define NLANGS 5
#define MAX_PEOPLE 64

static const char *const langs[NLANGS] = {"en", "ms", "th", "ne", "bn"};

typedef struct Person {
  char name[NLANGS][64]; /* per language */
  bool harmer;           /* a persona */
} Person;

typedef struct Cast {
  Person people[MAX_PEOPLE];
  int n;
} Cast;

static void trim(char *s) {
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
  size_t i = 0;
  while (isspace((unsigned char)s[i])) i++;
  memmove(s, s + i, strlen(s + i) + 1);
}

/* "Mira (HR)" -> "Mira": the role in brackets is not part of the name. */
static void drop_brackets(char *s) {
  char *p = strstr(s, " (");
  if (p) *p = '\0';
  trim(s);
}

/* Splits a table row "| a | b | c |" into cells; returns the count. */
static int cells(char *line, char **out, int max) {
  int n = 0;
  char *p = strchr(line, '|');
  while (p && n < max) {
    char *q = strchr(p + 1, '|');
    if (!q) break;
    *q = '\0';
    out[n] = p + 1;
    trim(out[n]);
    n++;
    p = q;
  }
  return n;
}

/* One person (or, for a cell "Dr. Ryan, Captain Leo", several) from a row whose name
   cells are en-and-ms, th, ne and bn. */
static void add_people(Cast *c, char **cell, bool harmer) {
  char en[160], th[160], ne[160], bn[160];
  snprintf(en, sizeof en, "%s", cell[0]);
  snprintf(th, sizeof th, "%s", cell[1]);
  snprintf(ne, sizeof ne, "%s", cell[2]);
  snprintf(bn, sizeof bn, "%s", cell[3]);
  char ms[160] = "";
  char *alt = strstr(en, "(ms: ");
  if (alt) {
    snprintf(ms, sizeof ms, "%s", alt + 5);
    char *end = strchr(ms, ')');
    if (end) *end = '\0';
  }
  char *sen = NULL, *sth = NULL, *sne = NULL, *sbn = NULL;
  char *pe = strtok_r(en, ",", &sen), *pt = strtok_r(th, ",", &sth), *pn = strtok_r(ne, ",", &sne),
       *pb = strtok_r(bn, ",", &sbn);
  while (pe && pt && pn && pb && c->n < MAX_PEOPLE) {
    Person *p = &c->people[c->n++];
    p->harmer = harmer;
    snprintf(p->name[0], 64, "%s", pe);
    snprintf(p->name[1], 64, "%s", *ms ? ms : pe);
    snprintf(p->name[2], 64, "%s", pt);
    snprintf(p->name[3], 64, "%s", pn);
    snprintf(p->name[4], 64, "%s", pb);
    for (int l = 0; l < NLANGS; l++) drop_brackets(p->name[l]);
    pe = strtok_r(NULL, ",", &sen);
    pt = strtok_r(NULL, ",", &sth);
    pn = strtok_r(NULL, ",", &sne);
    pb = strtok_r(NULL, ",", &sbn);
  }
}

static void read_cast(Cast *c) {
  memset(c, 0, sizeof *c);
  char *text = fs_read_file(PACK "/CAST.md", 1 << 20, NULL, NULL);
  ck_assert_msg(text != NULL, "lessons/core/CAST.md cannot be read");
  enum { NONE, CIRCLE, PERSONAS } part = NONE;
  char *save = NULL;
  for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (strncmp(line, "## ", 3) == 0)
      part = strstr(line, "circle") ? CIRCLE : strstr(line, "Personas") ? PERSONAS : NONE;
    if (part == NONE || line[0] != '|' || strstr(line, "---")) continue;
    char *cell[8];
    int n = cells(line, cell, 8);
    if (n < 5 || strcmp(cell[0], "Who") == 0 || strcmp(cell[0], "Role") == 0) continue;
    if (strchr(cell[1], '"') || strcmp(cell[2], "same") == 0) continue; /* a rule, not a name */
    add_people(c, cell + 1, part == PERSONAS);
  }
  free(text);
  ck_assert_msg(c->n >= 10, "CAST.md: only %d people read", c->n);
}

/* The person a name key's text names in language l, or -1. */
static int who(const Cast *c, int l, const char *text) {
  for (int i = 0; i < c->n; i++) {
    size_t k = strlen(c->people[i].name[l]);
    if (k && strncmp(text, c->people[i].name[l], k) == 0 &&
        (text[k] == '\0' || text[k] == ' ' || text[k] == '('))
      return i;
  }
  return -1;
}

static bool name_key(const char *key) {
  const char *last = strrchr(key, '.');
  last = last ? last + 1 : key;
  size_t n = strlen(last);
  return (n >= 4 && strcmp(last + n - 4, "name") == 0) || strncmp(last, "name_", 5) == 0 ||
         strcmp(last, "wallet_friend") == 0 || strcmp(last, "online_friend") == 0;
}

static StringTable *strings(const char *lang) {
  Error err;
  StringTable *t = strings_load(PACK "/strings", lang, &err);
  ck_assert_msg(t != NULL, "%s", err.msg);
  return t;
}

START_TEST(test_no_persona_shares_a_name_with_the_learners_circle) {
  Cast c;
  read_cast(&c);
  for (int l = 0; l < NLANGS; l++)
    for (int i = 0; i < c.n; i++)
      for (int k = i + 1; k < c.n; k++)
        ck_assert_msg(c.people[i].harmer == c.people[k].harmer ||
                          strcmp(c.people[i].name[l], c.people[k].name[l]) != 0,
                      "CAST.md [%s]: \"%s\" is both in the circle and a persona", langs[l],
                      c.people[i].name[l]);
}
END_TEST

/* A name key names the same person in every language: Aina is แพรว in Thai everywhere,
   and no language puts a friend's name where another has a persona (or the reverse). */
START_TEST(test_each_name_key_names_the_same_person_in_every_language) {
  Cast c;
  read_cast(&c);
  StringTable *t[NLANGS];
  for (int l = 0; l < NLANGS; l++) t[l] = strings(langs[l]);
  int checked = 0;
  for (int i = 0; i < strings_count(t[0]); i++) {
    const char *key = strings_key(t[0], i);
    if (!name_key(key)) continue;
    int person = who(&c, 0, strings_get(t[0], key));
    for (int l = 1; l < NLANGS; l++) {
      const char *text = strings_get(t[l], key);
      if (!text) continue;
      int other = who(&c, l, text);
      ck_assert_msg(other == person, "%s: [en] \"%s\" is %s but [%s] \"%s\" is %s", key,
                    strings_get(t[0], key), person < 0 ? "nobody in CAST.md" : c.people[person].name[0],
                    langs[l], text, other < 0 ? "nobody in CAST.md" : c.people[other].name[0]);
      checked++;
    }
  }
  ck_assert_int_gt(checked, 30);
  for (int l = 0; l < NLANGS; l++) strings_free(t[l]);
}
END_TEST

/* True when s holds a character of the Unicode block [lo, hi]. */
static bool has_script(const char *s, unsigned lo, unsigned hi) {
  for (const unsigned char *p = (const unsigned char *)s; *p;) {
    unsigned cp = *p;
    int len = 1;
    if (cp >= 0xF0) cp &= 0x07, len = 4;
    else if (cp >= 0xE0) cp &= 0x0F, len = 3;
    else if (cp >= 0xC0) cp &= 0x1F, len = 2;
    for (int i = 1; i < len && p[i]; i++) cp = (cp << 6) | (p[i] & 0x3F);
    if (cp >= lo && cp <= hi) return true;
    p += len;
  }
  return false;
}

static bool has_latin_word(const char *s) {
  int run = 0;
  for (; *s; s++) {
    run = isalpha((unsigned char)*s) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/* Keys whose text is a name, a brand, a code, an address or a typed example: the same
   Latin text in every language is right there. */
static bool latin_allowed(const char *key) {
  static const char *const ends[] = {"name", "_number", "_number_flag", "_from", "_app", "_sender",
                                     "_link", "_friend", "pw_name", "pw_symbols", "pw_phrase",
                                     "tool_take_it_down", "tool_stopncii", "bank_contact",
                                     "app_facebook", "name_b", "name_d", NULL};
  const char *last = strrchr(key, '.');
  last = last ? last + 1 : key;
  if (strncmp(last, "phrase_", 7) == 0 || strncmp(last, "name_", 5) == 0) return true;
  for (int i = 0; ends[i]; i++) {
    size_t n = strlen(ends[i]), k = strlen(last);
    if (k >= n && strcmp(last + k - n, ends[i]) == 0) return true;
  }
  return false;
}

START_TEST(test_thai_nepali_and_bengali_texts_are_in_their_script) {
  static const struct { const char *lang; unsigned lo, hi; } scripts[] = {
      {"th", 0x0E00, 0x0E7F}, {"ne", 0x0900, 0x097F}, {"bn", 0x0980, 0x09FF}};
  for (size_t s = 0; s < sizeof scripts / sizeof *scripts; s++) {
    StringTable *t = strings(scripts[s].lang);
    for (int i = 0; i < strings_count(t); i++) {
      const char *key = strings_key(t, i), *text = strings_get(t, key);
      if (latin_allowed(key) || has_script(text, scripts[s].lo, scripts[s].hi)) continue;
      ck_assert_msg(!has_latin_word(text), "[%s] %s is left in English: \"%s\"", scripts[s].lang,
                    key, text);
    }
    strings_free(t);
  }
}
END_TEST

/* Thai: "chat" is แชท (as the apps write it), and ไม้ยมก stands against the word it
   repeats (เพื่อนๆ, never เพื่อน ๆ). */
START_TEST(test_thai_spells_chat_one_way_and_keeps_mai_yamok_on_its_word) {
  StringTable *t = strings("th");
  for (int i = 0; i < strings_count(t); i++) {
    const char *key = strings_key(t, i), *text = strings_get(t, key);
    ck_assert_msg(!strstr(text, "แชต"), "[th] %s writes แชต, not แชท: \"%s\"", key, text);
    ck_assert_msg(!strstr(text, " ๆ"), "[th] %s has a space before ๆ: \"%s\"", key, text);
  }
  strings_free(t);
}
END_TEST

/* Nepali numbers: Devanagari in amounts (रु.) and times; Latin stays only where the
   learner dials or types it (phone numbers, codes, addresses). */
START_TEST(test_nepali_amounts_and_times_use_devanagari_digits) {
  StringTable *t = strings("ne");
  int times = 0;
  for (int i = 0; i < strings_count(t); i++) {
    const char *key = strings_key(t, i), *text = strings_get(t, key);
    const char *last = strrchr(key, '.');
    last = last ? last + 1 : key;
    if (strncmp(last, "time_", 5) == 0) {
      times++;
      for (const char *p = text; *p; p++)
        ck_assert_msg(!isdigit((unsigned char)*p), "[ne] %s: time in Latin digits \"%s\"", key, text);
    }
    for (const char *p = strstr(text, "रु."); p; p = strstr(p + 1, "रु.")) {
      const char *d = p + strlen("रु.");
      while (*d == ' ') d++;
      ck_assert_msg(!isdigit((unsigned char)*d), "[ne] %s: amount in Latin digits \"%s\"", key, text);
    }
  }
  ck_assert_int_gt(times, 10);
  strings_free(t);
}
END_TEST

/* Bengali times use Bengali digits, as its amounts do (lessons/core/strings/bn.lua). */
START_TEST(test_bengali_times_use_bengali_digits) {
  StringTable *t = strings("bn");
  int times = 0;
  for (int i = 0; i < strings_count(t); i++) {
    const char *key = strings_key(t, i), *text = strings_get(t, key);
    const char *last = strrchr(key, '.');
    last = last ? last + 1 : key;
    if (strncmp(last, "time_", 5) != 0) continue;
    times++;
    for (const char *p = text; *p; p++)
      ck_assert_msg(!isdigit((unsigned char)*p), "[bn] %s: time in Latin digits \"%s\"", key, text);
  }
  ck_assert_int_gt(times, 10);
  strings_free(t);
}
END_TEST

/* L03's practice passphrase asks for spaces between the words by the name (or sign) the
   learner's space bar shows (assets/strings: the keyboard's `space`): Burmese asked for
   "space" in English under a bar that shows ␣. */
START_TEST(test_l03_names_the_space_bar_as_the_keyboard_shows_it) {
  static const char *const all[] = {"en", "ms", "id", "th", "ne", "bn", "my"};
  for (size_t l = 0; l < sizeof all / sizeof *all; l++) {
    KioskWords words;
    Error err;
    ck_assert_msg(kiosk_words_load(&words, "assets", all[l], NULL, &err), "%s", err.msg);
    ck_assert_int_eq(words.missing, 0);
    StringTable *t = strings(all[l]);
    const char *ask = strings_get(t, "l03_lock_accounts.try_question");
    ck_assert_ptr_nonnull(ask);
    ck_assert_msg(strstr(ask, words.ui.space), "[%s] L03 asks for spaces without naming the key \"%s\": \"%s\"",
                  all[l], words.ui.space, ask);
    strings_free(t);
    kiosk_words_free(&words);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("content");
  TCase *tc = tcase_create("content");
  tcase_add_test(tc, test_no_persona_shares_a_name_with_the_learners_circle);
  tcase_add_test(tc, test_each_name_key_names_the_same_person_in_every_language);
  tcase_add_test(tc, test_thai_nepali_and_bengali_texts_are_in_their_script);
  tcase_add_test(tc, test_bengali_times_use_bengali_digits);
  tcase_add_test(tc, test_thai_spells_chat_one_way_and_keeps_mai_yamok_on_its_word);
  tcase_add_test(tc, test_nepali_amounts_and_times_use_devanagari_digits);
  tcase_add_test(tc, test_l03_names_the_space_bar_as_the_keyboard_shows_it);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
