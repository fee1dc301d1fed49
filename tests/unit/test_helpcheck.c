/* test_helpcheck.c — the pack checker's test of a pack's help against the help
   catalogue: the core pack's help resolves in every country the catalogue covers; a
   topic the catalogue does not know, a {help.X} a country has no line for, a country
   with no line and no emergency line, and an embassy the catalogue lacks each fail,
   naming the lesson and the country; a missing embassy behind trafficking help is
   counted, not failed (Get help asks staff). Also its encoding check: Burmese in
   Zawgyi is reported, one line per text naming file, key and reason. */
#include "config/config.h"
#include "play/internal.h"
#include "testutil.h"

static char *dir;
static char lines[32][ERROR_MAX];
static int nlines;

static void capture(void *ud, const char *line) {
  (void)ud;
  if (nlines < 32) snprintf(lines[nlines], sizeof lines[0], "%s", line);
  nlines++;
}

static const Log capture_log = {capture, NULL};

static bool logged(const char *a, const char *b) {
  for (int i = 0; i < nlines && i < 32; i++)
    if (strstr(lines[i], a) && (!b || strstr(lines[i], b))) return true;
  return false;
}

static void setup(void) {
  dir = test_tmpdir();
  nlines = 0;
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

START_TEST(test_the_core_pack_help_resolves_in_every_country) {
  Error err;
  PackInfo *p = pack_info_load(TEST_ROOT "/lessons/core", &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  /* the topics the core results name (test_lessons checks each result names one) */
  PlayHelpRefs *refs = calloc((size_t)p->nlessons, sizeof *refs);
  const char *topics[] = {"scam", "trafficking", "child"};
  for (int i = 0; i < p->nlessons; i++) {
    refs[i].ntopics = 3;
    for (int k = 0; k < 3; k++) snprintf(refs[i].topics[k], sizeof refs[i].topics[k], "%s", topics[k]);
  }
  int gaps = -1;
  int problems = play_check_help(p, TEST_ROOT "/lessons/core", TEST_ROOT "/assets", refs, &capture_log, &gaps);
  ck_assert_msg(problems == 0, "%d problems, first: %s", problems, lines[0]);
  char countries[CONFIG_MAX_COUNTRIES][4];
  int n = config_catalogue_countries(TEST_ROOT "/assets", countries, CONFIG_MAX_COUNTRIES, &err);
  ck_assert_int_ge(n, 7); /* MY TH NP ID PH KH BD */
  /* no Nepali embassy in Kuala Lumpur was found in a source: counted, staff are asked */
  ck_assert_int_gt(gaps, 0);
  free(refs);
  pack_info_free(p);
}
END_TEST

START_TEST(test_help_the_catalogue_cannot_give_fails_naming_lesson_and_country) {
  test_write(dir, "assets/helplines.lua",
             "return { homes = { ne = 'NP' }, INTL = {},\n"
             "  AA = { { id = 'aa_scam', topic = 'scam', name = 'Scam line', number = '111',\n"
             "           source = 's', date = '2025', show = true },\n"
             "         { id = 'aa_999', topic = 'emergency', name = 'Emergency', number = '999',\n"
             "           source = 's', date = '2025', show = true } },\n"
             "  BB = { { id = 'bb_child', topic = 'child', name = 'Child line', number = '222',\n"
             "           source = 's', date = '2025', show = true } } }\n");
  test_write(dir, "pack/pack.lua",
             "return { id = 'p', version = '1.0.0', languages = { 'en', 'ne' },\n"
             "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 5 },\n"
             "              { id = 'b', file = 'lessons/b.lua', topic = 'fraud', minutes = 5 } } }");
  test_write(dir, "pack/lessons/a.lua", "page { title = 't' }\n");
  test_write(dir, "pack/lessons/b.lua", "page { title = 't' }\n");
  test_write(dir, "pack/strings/en.lua",
             "return { a = { t = 'Call {help.scam} now' }, b = { t = 'Hello {{help.scam}}' } }");
  test_write(dir, "pack/strings/ne.lua", "return { a = { t = 'Call {help.scam}' }, b = { t = 'x' } }");
  char pack[600], assets[600];
  snprintf(pack, sizeof pack, "%s/pack", dir);
  snprintf(assets, sizeof assets, "%s/assets", dir);
  Error err;
  PackInfo *p = pack_info_load(pack, &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  PlayHelpRefs refs[2] = {{{"scam"}, 1}, {{"scams", "embassy", "trafficking"}, 3}};
  int gaps = 0;
  int problems = play_check_help(p, pack, assets, refs, &capture_log, &gaps);
  /* b: "scams" is no topic */
  ck_assert(logged("lesson b: its result offers \"scams\" help, which is no topic", NULL));
  /* a: BB has no scam line and no emergency line; {help.scam} cannot be filled in BB */
  ck_assert(logged("lesson a: its result offers \"scam\" help", "in BB"));
  ck_assert(logged("lesson a [en]: a.t: {help.scam}", "in BB"));
  ck_assert(logged("lesson a [ne]: a.t: {help.scam}", "in BB"));
  ck_assert(!logged("{help.scam}", "in AA"));
  ck_assert(!logged("lesson b [en]: b.t", NULL)); /* {{help.scam}} is a literal brace */
  /* b's embassy for a Nepali learner: none in AA or BB */
  ck_assert(logged("lesson b [ne]: its result offers the embassy", "of NP in AA"));
  ck_assert(!logged("lesson b [en]: its result offers the embassy", NULL)); /* English: no home */
  ck_assert_int_ge(problems, 6);
  ck_assert_int_eq(gaps, 2); /* trafficking's embassy for ne, in AA and in BB */
  pack_info_free(p);
}
END_TEST

START_TEST(test_an_unreadable_catalogue_fails) {
  Error err;
  PackInfo *p = pack_info_load(TEST_ROOT "/lessons/core", &err);
  ck_assert_ptr_nonnull(p);
  PlayHelpRefs *refs = calloc((size_t)p->nlessons, sizeof *refs);
  int gaps;
  ck_assert_int_eq(play_check_help(p, TEST_ROOT "/lessons/core", dir, refs, &capture_log, &gaps), 1);
  ck_assert(logged("help catalogue: ", "helplines.lua"));
  free(refs);
  pack_info_free(p);
}
END_TEST

START_TEST(test_zawgyi_strings_are_reported_and_unicode_passes) {
  /* hello in Unicode; thank you and Myanmar in Zawgyi (its e-vowel and medial ra typed
     before their consonants) */
  test_write(dir, "strings/my.lua",
             "return { l01 = { hello = \"မင်္ဂလာပါ\", thanks = \"\u1031\u1000\u103A\u1038\u1007\u1030\u1038\" },\n"
             "  name = \"\u103B\u1019\u1014\u1039\u1019\u102C\" }\n");
  test_write(dir, "strings/en.lua", "return { l01 = { hello = \"Hello\" } }\n");
  ck_assert_int_eq(play_check_encoding(dir, &capture_log), 2);
  ck_assert_int_eq(nlines, 2);
  ck_assert(logged("strings/my.lua, l01.thanks: looks like Zawgyi, not Unicode", "U+1031"));
  ck_assert(logged("strings/my.lua, name: looks like Zawgyi, not Unicode", "U+103B"));
  ck_assert(!logged("hello", NULL));
  nlines = 0;
  ck_assert_int_eq(play_check_encoding("lessons/core", &capture_log), 0); /* its Burmese is Unicode */
  ck_assert_int_eq(nlines, 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("helpcheck");
  TCase *tc = tcase_create("helpcheck");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_the_core_pack_help_resolves_in_every_country);
  tcase_add_test(tc, test_help_the_catalogue_cannot_give_fails_naming_lesson_and_country);
  tcase_add_test(tc, test_an_unreadable_catalogue_fails);
  tcase_add_test(tc, test_zawgyi_strings_are_reported_and_unicode_passes);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
