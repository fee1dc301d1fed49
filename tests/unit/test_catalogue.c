/* test_catalogue.c — the names a report shows for what the statistics record by id,
   learned from the real core pack: a lesson's title in the reader's language (from the
   pack's strings), a question's words (from playing the lesson: a deck card's message,
   the red-flag instruction with its message), questions in the order the lesson asks
   them, a folder of packs, and clear errors. */
#include "core/fs.h"
#include "lesson/lesson.h"
#include "play/catalogue.h"
#include "testutil.h"

#define L01 "l01_message_real"

static const char *lesson_title(StatsNames *n, const char *pack, const char *lesson) {
  return n->lesson(n->ud, pack, lesson);
}

static const char *words(StatsNames *n, const char *q) { return n->question(n->ud, "core", L01, q); }
static int order(StatsNames *n, const char *q) { return n->order(n->ud, "core", L01, q); }

static char *string_of(const char *lang, const char *key) {
  StringTable *t = strings_load("lessons/core/strings", lang, NULL);
  ck_assert_ptr_nonnull(t);
  const char *s = strings_get(t, key);
  ck_assert_ptr_nonnull(s);
  char *copy = xstrdup(s);
  strings_free(t);
  return copy;
}

START_TEST(test_titles_and_question_words_come_from_the_pack_in_the_language_asked) {
  PlayCatalogue *c = play_catalogue_new("en", "assets", NULL);
  Error err = {""};
  ck_assert_int_ge(play_catalogue_add(c, "lessons/core", &err), 13);
  StatsNames n = play_catalogue_names(c);
  char *want = string_of("en", L01 ".title");
  ck_assert_str_eq(lesson_title(&n, "core", L01), want);
  free(want);
  /* a deck card by its message; the red flags by the instruction and the message */
  const char *card = words(&n, "inbox.parcel_fee"), *flags = words(&n, "parcel_flags");
  ck_assert_ptr_nonnull(card);
  ck_assert_ptr_nonnull(flags);
  ck_assert_str_ne(flags, card);
  ck_assert_msg(strncmp(flags, "Find the red flags \xe2\x80\x94 ", 23) == 0, "%s", flags);
  ck_assert_ptr_null(strchr(flags, '\n'));
  /* the lesson's order: the deck before the red flags, the red flags before the chat */
  ck_assert_int_ge(order(&n, "inbox.bank_spend"), 0);
  ck_assert_int_lt(order(&n, "inbox.bank_spend"), order(&n, "parcel_flags"));
  ck_assert_int_lt(order(&n, "parcel_flags"), order(&n, "code_reply"));
  /* unknown ones: NULL and -1, so the report shows the id */
  ck_assert_ptr_null(words(&n, "no.such.question"));
  ck_assert_int_eq(order(&n, "no.such.question"), -1);
  ck_assert_ptr_null(lesson_title(&n, "core", "l99_none"));
  ck_assert_ptr_null(lesson_title(&n, "other-pack", L01));
  ck_assert(play_catalogue_has(c, "core", L01));
  ck_assert(!play_catalogue_has(c, "core", "l99_none"));
  play_catalogue_free(c);
}
END_TEST

START_TEST(test_thai_names_are_thai) {
  PlayCatalogue *c = play_catalogue_new("th", "assets", NULL);
  Error err = {""};
  ck_assert_int_ge(play_catalogue_add(c, "lessons", &err), 13); /* a folder of packs */
  StatsNames n = play_catalogue_names(c);
  char *want = string_of("th", L01 ".title");
  ck_assert_str_eq(lesson_title(&n, "core", L01), want);
  free(want);
  const char *flags = words(&n, "parcel_flags");
  ck_assert_ptr_nonnull(flags);
  ck_assert_msg(strstr(flags, "Find the red flags") == NULL, "%s", flags);
  play_catalogue_free(c);
}
END_TEST

START_TEST(test_a_folder_without_packs_is_a_clear_error) {
  char *dir = test_tmpdir();
  PlayCatalogue *c = play_catalogue_new("en", "assets", NULL);
  Error err = {""};
  ck_assert_int_eq(play_catalogue_add(c, dir, &err), -1);
  ck_assert_msg(strstr(err.msg, "no lesson pack here"), "%s", err.msg);
  char *missing = path_join(dir, "missing");
  ck_assert_int_eq(play_catalogue_add(c, missing, &err), -1);
  ck_assert_msg(strstr(err.msg, "cannot read"), "%s", err.msg);
  free(missing);
  play_catalogue_free(c);
  test_rmtree(dir);
  free(dir);
}
END_TEST

static Suite *catalogue_suite(void) {
  Suite *s = suite_create("catalogue");
  TCase *tc = tcase_create("catalogue");
  tcase_set_timeout(tc, 300); /* plays a real lesson through every branch, under ASan */
  tcase_add_test(tc, test_titles_and_question_words_come_from_the_pack_in_the_language_asked);
  tcase_add_test(tc, test_thai_names_are_thai);
  tcase_add_test(tc, test_a_folder_without_packs_is_a_clear_error);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(catalogue_suite)
