/* test_locale.c — language is not country: strings/LANG-CC.lua goes over strings/LANG.lua
   for a kiosk in country CC (lang-CC -> lang -> en), in string tables and in lesson runs. */
#include "lesson/lesson.h"
#include "testutil.h"

static char *dir;
static char strings[512];

static void setup(void) {
  dir = test_tmpdir();
  snprintf(strings, sizeof strings, "%s/strings", dir);
  test_write(dir, "strings/en.lua",
             "return { lesson = { title = 'Is this real?', price = 'Pay RM1.50',\n"
             "  place = 'Kuala Lumpur', only_en = 'English only' } }\n");
  test_write(dir, "strings/ne.lua",
             "return { lesson = { title = 'यो असली हो?', price = 'रु. १५० तिर्नुहोस्',\n"
             "  place = 'पोखरा' } }\n");
  test_write(dir, "strings/ne-MY.lua",
             "return { lesson = { price = 'RM1.50 तिर्नुहोस्', place = 'क्वालालम्पुर',\n"
             "  bank = 'MyBank' } }\n");
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

START_TEST(test_regional_file_goes_over_the_language_at_its_country) {
  Error err;
  StringTable *t = strings_load_locale(strings, "ne", "MY", &err);
  ck_assert_msg(t != NULL, "%s", err.msg);
  ck_assert_str_eq(strings_get(t, "lesson.price"), "RM1.50 तिर्नुहोस्");
  ck_assert_str_eq(strings_get(t, "lesson.place"), "क्वालालम्पुर");
  ck_assert_str_eq(strings_get(t, "lesson.title"), "यो असली हो?"); /* from ne.lua */
  ck_assert_str_eq(strings_get(t, "lesson.bank"), "MyBank");        /* only in ne-MY */
  ck_assert_ptr_null(strings_get(t, "lesson.only_en"));             /* English is the caller's */
  ck_assert_int_eq(strings_count(t), 4);
  for (int i = 1; i < strings_count(t); i++) /* still sorted, so lookups keep working */
    ck_assert_int_lt(strcmp(strings_key(t, i - 1), strings_key(t, i)), 0);
  strings_free(t);
}
END_TEST

START_TEST(test_another_country_gets_the_language_itself) {
  Error err;
  StringTable *t = strings_load_locale(strings, "ne", "TH", &err); /* no ne-TH.lua */
  ck_assert_msg(t != NULL, "%s", err.msg);
  ck_assert_str_eq(strings_get(t, "lesson.price"), "रु. १५० तिर्नुहोस्");
  ck_assert_ptr_null(strings_get(t, "lesson.bank"));
  strings_free(t);
  t = strings_load_locale(strings, "ne", NULL, &err);
  ck_assert_msg(t != NULL, "%s", err.msg);
  ck_assert_str_eq(strings_get(t, "lesson.place"), "पोखरा");
  strings_free(t);
}
END_TEST

START_TEST(test_a_region_in_the_language_code_wins_over_the_country) {
  Error err;
  StringTable *t = strings_load_locale(strings, "ne-MY", "TH", &err);
  ck_assert_msg(t != NULL, "%s", err.msg);
  ck_assert_str_eq(strings_get(t, "lesson.place"), "क्वालालम्पुर");
  strings_free(t);
}
END_TEST

START_TEST(test_a_broken_regional_file_is_an_error_naming_it) {
  test_write(dir, "strings/ne-MY.lua", "return { lesson = { price = 5 } }");
  Error err;
  ck_assert_ptr_null(strings_load_locale(strings, "ne", "MY", &err));
  ck_assert_msg(strstr(err.msg, "ne-MY.lua") && strstr(err.msg, "'lesson.price' must be text"),
                "%s", err.msg);
}
END_TEST

START_TEST(test_a_regional_file_without_its_language_is_an_error) {
  test_write(dir, "strings/th-MY.lua", "return { lesson = { place = 'กัวลาลัมเปอร์' } }");
  Error err;
  ck_assert_ptr_null(strings_load_locale(strings, "th", "MY", &err));
  ck_assert_msg(strstr(err.msg, "th.lua") != NULL, "%s", err.msg);
}
END_TEST

START_TEST(test_codes_that_are_not_lang_or_lang_cc_are_refused) {
  char name[16];
  ck_assert(strings_locale_name("ne", "MY", name, sizeof name));
  ck_assert_str_eq(name, "ne-MY");
  ck_assert(strings_locale_name("ne", "", name, sizeof name));
  ck_assert_str_eq(name, "ne");
  ck_assert(strings_locale_name("fil", NULL, name, sizeof name));
  ck_assert_str_eq(name, "fil");
  static const char *const bad[][2] = {{"NE", "MY"}, {"n", "MY"}, {"ne-my", NULL}, {"ne", "my"},
                                       {"ne", "MYS"}, {"ne-MYS", NULL}, {"../ne", NULL}, {"", NULL}};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    ck_assert_msg(!strings_locale_name(bad[i][0], bad[i][1], name, sizeof name), "%s %s accepted",
                  bad[i][0], bad[i][1] ? bad[i][1] : "-");
    ck_assert_str_eq(name, "");
    Error err;
    ck_assert_ptr_null(strings_load_locale(strings, bad[i][0], bad[i][1], &err));
    ck_assert_msg(strstr(err.msg, "bad language code") != NULL, "%s", err.msg);
  }
  ck_assert(!strings_locale_name("ne", "MY", name, 5)); /* "ne-MY" needs 6 bytes */
}
END_TEST

/* The lesson runner asks for the kiosk's country: lang-CC, then lang, then English. */
static char *first_title(const char *country, const char *key) {
  char code[128];
  snprintf(code, sizeof code, "page { title = '%s' }", key);
  test_write(dir, "lessons/lesson.lua", code);
  char path[512];
  snprintf(path, sizeof path, "%s/lessons/lesson.lua", dir);
  LessonSource src = {path, dir, "lesson"};
  LessonOptions opt = {.lang = "ne", .country = country, .seed = 1};
  Error err;
  LessonRun *run = lesson_start(&src, &opt, &err);
  ck_assert_ptr_nonnull(run);
  Screen *s = NULL;
  ck_assert_int_eq(lesson_next(run, NULL, &s, &err), LESSON_SCREEN);
  char *title = strdup(s->title);
  screen_free(s);
  lesson_stop(run);
  return title;
}

START_TEST(test_a_lesson_run_takes_the_kiosk_country_then_language_then_english) {
  char *t = first_title("MY", "place");
  ck_assert_str_eq(t, "क्वालालम्पुर");
  free(t);
  t = first_title("TH", "place");
  ck_assert_str_eq(t, "पोखरा");
  free(t);
  t = first_title("MY", "title");
  ck_assert_str_eq(t, "यो असली हो?");
  free(t);
  t = first_title("MY", "only_en");
  ck_assert_str_eq(t, "English only");
  free(t);
}
END_TEST

/* Whether strings/ne-MY.lua, written as TEXT, changes LESSON of a freshly loaded pack. */
static bool ne_my_changes(const char *text, const char *lesson) {
  test_write(dir, "strings/ne-MY.lua", text);
  Error err;
  PackInfo *p = pack_info_load(dir, &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  bool changes = pack_info_locale_changes(p, "ne-MY", lesson);
  pack_info_free(p);
  return changes;
}

/* A country file is explored only in the lessons it changes: its own section's, or all
   of them when it changes words outside every lesson's section. */
START_TEST(test_a_country_file_changes_only_the_lessons_of_its_sections) {
  test_write(dir, "pack.lua",
             "return { id = 'loc', version = '1.0.0', languages = { 'en', 'ne' }, lessons = {"
             " { id = 'lesson', file = 'lessons/a.lua', topic = 'fraud', minutes = 2 },"
             " { id = 'other', file = 'lessons/b.lua', topic = 'fraud', minutes = 2 } } }\n");
  test_write(dir, "lessons/a.lua", "page { title = 'title', text = 'price' }\n");
  test_write(dir, "lessons/b.lua", "page { title = 'title', text = 'place' }\n");
  Error err;
  PackInfo *p = pack_info_load(dir, &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  ck_assert(pack_info_locale_changes(p, "ne-MY", "lesson"));
  ck_assert(!pack_info_locale_changes(p, "ne-MY", "other"));
  ck_assert(pack_info_locale_changes(p, "ne", "other")); /* a declared language: every lesson */
  /* read once per pack: a file changed after the first question is not read again */
  test_write(dir, "strings/ne-MY.lua", "return { other = { place = 'क्वालालम्पुर' } }\n");
  ck_assert(!pack_info_locale_changes(p, "ne-MY", "other"));
  pack_info_free(p);
  ck_assert(ne_my_changes("return { other = { place = 'क्वालालम्पुर' } }\n", "other"));
  ck_assert(!ne_my_changes("return { other = { place = 'क्वालालम्पुर' } }\n", "lesson"));
  ck_assert(ne_my_changes("return { lesson = { price = 'RM1.50' }, ok = 'ठीक छ' }\n", "other")); /* a shared word */
  ck_assert(ne_my_changes("return { words = { ok = 'ठीक छ' } }\n", "other")); /* a section no lesson owns */
  ck_assert(ne_my_changes("return { lesson = ", "other")); /* broken: explored, so it fails */
  ck_assert(!ne_my_changes("return { lesson = { price = 'RM1.50' } }\n", "no_such_lesson"));
}
END_TEST

/* The core pack's own regional file: Nepali at a Malaysian kiosk reads ringgit and
   Malaysian numbers in L01's messages, and keeps ne's words elsewhere; every key of
   ne-MY.lua is a key of ne.lua, so no text exists only in one country. */
START_TEST(test_the_core_pack_has_nepali_for_malaysia) {
  Error err;
  const char *core = TEST_ROOT "/lessons/core/strings";
  StringTable *my = strings_load_locale(core, "ne", "MY", &err);
  ck_assert_msg(my != NULL, "%s", err.msg);
  StringTable *ne = strings_load(core, "ne", &err);
  ck_assert_msg(ne != NULL, "%s", err.msg);
  ck_assert_ptr_nonnull(strstr(strings_get(my, "l01_message_real.sms_parcel"), "रिंगिट"));
  ck_assert_ptr_null(strstr(strings_get(my, "l01_message_real.sms_parcel"), "रु."));
  ck_assert_ptr_nonnull(strstr(strings_get(ne, "l01_message_real.sms_parcel"), "रु."));
  ck_assert_str_eq(strings_get(my, "l01_message_real.parcel_number"), "+60 11-2938 4410");
  ck_assert_str_eq(strings_get(my, "l01_message_real.title"), strings_get(ne, "l01_message_real.title"));
  ck_assert_int_eq(strings_count(my), strings_count(ne)); /* a subset: nothing added */
  StringTable *regional = strings_load(core, "ne-MY", &err);
  ck_assert_msg(regional != NULL, "%s", err.msg);
  for (int i = 0; i < strings_count(regional); i++)
    ck_assert_msg(strings_get(ne, strings_key(regional, i)), "ne-MY.lua has %s, ne.lua does not",
                  strings_key(regional, i));
  strings_free(regional);
  strings_free(ne);
  strings_free(my);
}
END_TEST

/* Whether WORD stands in TEXT as a word of its own (TAC, not the TAC of CONTACT). */
static bool has_word(const char *text, const char *word) {
  size_t n = strlen(word);
  for (const char *p = text; (p = strstr(p, word)); p++) {
    bool before = p > text && ((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z');
    bool after = (p[n] | 0x20) >= 'a' && (p[n] | 0x20) <= 'z';
    if (!before && !after) return true;
  }
  return false;
}

/* At a Thai kiosk the learners of the languages set in Malaysia (en, id, bn, my) see
   baht, Thai numbers, the made-up Thai bank and courier, OTP and Thai places in every
   lesson: no ringgit, +60 number, MyBank, PosExpress, TAC, Malaysian town or shop, a
   Malaysian IC (identity card), nor Malay words in English ("Encik", "lah", a contract "in Malay")
   anywhere (L04's trap of a job "in Malaysia" names Kuala Lumpur, none of these). Each country file's keys are its
   language's, so no text exists only in one country. */
START_TEST(test_the_core_pack_at_a_thai_kiosk_names_nothing_malaysian) {
  const char *core = TEST_ROOT "/lessons/core/strings";
  const char *langs[] = {"en", "id", "bn", "my"};
  const char *malaysian[] = {"RM",      "ringgit", "রিঙ্গিত", "ရင်းဂစ်", "+60",     "MyBank",   "PosExpress",
                             "TAC",     "Penang",  "Shah Alam", "Ipoh",     "Kedai", "Restoran",
                             "Kuantan", "IC",      "Encik",     "lah",      "Malay"};
  for (int l = 0; l < 4; l++) {
    Error err;
    StringTable *th = strings_load_locale(core, langs[l], "TH", &err), *base = strings_load(core, langs[l], &err);
    ck_assert_msg(th && base, "%s", err.msg);
    char file[16];
    snprintf(file, sizeof file, "%s-TH", langs[l]);
    StringTable *regional = strings_load(core, file, &err);
    ck_assert_msg(regional != NULL, "%s", err.msg);
    for (int i = 0; i < strings_count(regional); i++)
      ck_assert_msg(strings_get(base, strings_key(regional, i)), "%s.lua has %s, %s.lua does not", file,
                    strings_key(regional, i), langs[l]);
    int found = 0;
    for (int i = 0; i < strings_count(th); i++)
      for (size_t w = 0; w < sizeof malaysian / sizeof *malaysian; w++)
        if (has_word(strings_get(th, strings_key(th, i)), malaysian[w])) {
          found++;
          fprintf(stderr, "%s at a Thai kiosk, %s: '%s'\n", langs[l], strings_key(th, i), malaysian[w]);
        }
    ck_assert_msg(found == 0, "%s: %d Malaysian details at a Thai kiosk (above)", langs[l], found);
    /* and the language's own file is still set in Malaysia */
    bool base_malaysian = false;
    for (size_t w = 0; w < sizeof malaysian / sizeof *malaysian; w++)
      base_malaysian |= has_word(strings_get(base, "l15_task_job.v_vip"), malaysian[w]);
    ck_assert_msg(base_malaysian, "%s.lua: L15 is not in ringgit", langs[l]);
    strings_free(regional);
    strings_free(base);
    strings_free(th);
  }
}
END_TEST

/* Whether TEXT names one of WORDS (as a word of its own); prints each hit, naming WHERE. */
static int count_words(const char *where, const char *key, const char *text, const char *const *words, size_t n) {
  int found = 0;
  for (size_t w = 0; w < n; w++)
    if (has_word(text, words[w])) {
      found++;
      fprintf(stderr, "%s, %s: '%s'\n", where, key, words[w]);
    }
  return found;
}

/* A Nepali-speaking worker at a Thai or Malaysian kiosk gets that country's scenarios
   (ne-TH.lua, ne-MY.lua): no rupees, Nepal's made-up bank and courier (SajiloBank,
   ParcelGhar), +977 numbers, Nepali towns or Nepal's Sunday-to-Friday week, and not the
   other host country's bank, courier or numbers. L05 is the one lesson that stays in
   Nepal (a recruiter in Nepal, Nepal's labour office; ne-MY.lua says why), so it is not
   searched, and it must still be set there. */
START_TEST(test_the_core_pack_in_nepali_at_a_thai_or_malaysian_kiosk_is_set_there) {
  const char *core = TEST_ROOT "/lessons/core/strings";
  const char *nepal[] = {"रु.", "रुपैयाँ", "SajiloBank", "ParcelGhar", "parcelghar", "+977", "पोखरा",
                         "बानेश्वर", "आइतबारदेखि", "eSewa", "नागरिकता", "ब्युरो"};
  const char *thai[] = {"SabaiBank", "SongDee", "+66"}, *malaysian[] = {"MyBank", "PosExpress", "+60"};
  const char *stays_in_nepal = "l05_check_before_you_go.";
  const char *countries[] = {"TH", "MY"};
  int found[2] = {0, 0};
  for (int c = 0; c < 2; c++) {
    Error err;
    StringTable *t = strings_load_locale(core, "ne", countries[c], &err);
    ck_assert_msg(t != NULL, "%s", err.msg);
    char where[32];
    snprintf(where, sizeof where, "ne at a %s kiosk", c == 0 ? "Thai" : "Malaysian");
    const char *const *other = c == 0 ? malaysian : thai;
    bool l05_in_nepal = false;
    for (int i = 0; i < strings_count(t); i++) {
      const char *key = strings_key(t, i), *text = strings_get(t, key);
      if (strncmp(key, stays_in_nepal, strlen(stays_in_nepal)) == 0) {
        l05_in_nepal |= has_word(text, "रु.");
        continue;
      }
      found[c] += count_words(where, key, text, nepal, sizeof nepal / sizeof *nepal);
      found[c] += count_words(where, key, text, other, 3);
    }
    ck_assert_msg(l05_in_nepal, "%s: L05 (a recruiter in Nepal) no longer names rupees", where);
    strings_free(t);
  }
  ck_assert_msg(found[0] + found[1] == 0, "details of Nepal or the other country (above): %d at a Thai kiosk, %d at a Malaysian one",
                found[0], found[1]);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("locale");
  TCase *tc = tcase_create("locale");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_regional_file_goes_over_the_language_at_its_country);
  tcase_add_test(tc, test_another_country_gets_the_language_itself);
  tcase_add_test(tc, test_a_region_in_the_language_code_wins_over_the_country);
  tcase_add_test(tc, test_a_broken_regional_file_is_an_error_naming_it);
  tcase_add_test(tc, test_a_regional_file_without_its_language_is_an_error);
  tcase_add_test(tc, test_codes_that_are_not_lang_or_lang_cc_are_refused);
  tcase_add_test(tc, test_a_lesson_run_takes_the_kiosk_country_then_language_then_english);
  tcase_add_test(tc, test_the_core_pack_has_nepali_for_malaysia);
  tcase_add_test(tc, test_a_country_file_changes_only_the_lessons_of_its_sections);
  tcase_add_test(tc, test_the_core_pack_at_a_thai_kiosk_names_nothing_malaysian);
  tcase_add_test(tc, test_the_core_pack_in_nepali_at_a_thai_or_malaysian_kiosk_is_set_there);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
