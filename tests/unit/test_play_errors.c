/* test_play_errors.c — a play that cannot be done (kiosk play, kiosk pack check, the
   catalogue) fails with one line in the caller's log that says why, and leaves nothing
   half written: no lesson file, an unknown country or language, a data folder that cannot
   be made, a statistics file that is not a database, a transcript or screenshot folder
   that cannot be written, a driver that cannot drive, a lesson that ends without a screen. */
#include <sys/stat.h>

#include "core/buf.h"
#include "core/fs.h"
#include "play/play.h"
#include "testutil.h"

static char *dir;
static Buf logged;

static void collect(void *ud, const char *line) { buf_printf(ud, "%s\n", line); }
static const Log log_to_buf = {collect, &logged};

static void setup(void) {
  dir = test_tmpdir();
  test_write(dir, "strings/en.lua", "return { t = 'Title' }\n");
  test_write(dir, "lesson.lua", "page { title = 't' }\nresult { takeaways = { 't' } }\n");
  logged = (Buf){0};
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
  buf_free(&logged);
}

static char *in_dir(const char *name) {
  static char path[4][1024];
  static int turn;
  char *p = path[turn++ % 4];
  snprintf(p, sizeof path[0], "%s/%s", dir, name);
  return p;
}

static char *contents(const char *path) {
  Error err;
  size_t len;
  return fs_read_file(path, 1 << 20, &len, &err);
}

static PlayOptions options(void) {
  return (PlayOptions){.lesson = in_dir("lesson.lua"), .mode = PLAY_DRIVER, .driver = "first", .headless = true,
                       .width = 800, .height = 480, .assets = "assets", .log = &log_to_buf};
}

/* Plays opt; it must fail, its log saying reason. */
static void fails_saying(PlayOptions opt, const char *reason) {
  PlayResult r;
  ck_assert_int_eq(play_lesson(&opt, &r), 1);
  ck_assert_msg(logged.data && strstr(logged.data, reason), "the log '%s' does not say '%s'",
                logged.data ? logged.data : "", reason);
}

START_TEST(test_the_good_play_passes) {
  /* the baseline the cases below each spoil in one way */
  PlayOptions opt = options();
  opt.transcript = in_dir("t.jsonl");
  opt.data = in_dir("data");
  PlayResult r;
  ck_assert_msg(play_lesson(&opt, &r) == 0, "%s", logged.data ? logged.data : "");
  ck_assert_int_eq(r.runs, 1);
  ck_assert_int_eq(r.screens, 2);
  ck_assert(fs_exists(opt.transcript));
  ck_assert(fs_exists(in_dir("data/stats.db")));
}
END_TEST

START_TEST(test_a_lesson_that_is_not_there) {
  PlayOptions opt = options();
  opt.lesson = in_dir("nothere.lua");
  opt.transcript = in_dir("t.jsonl");
  fails_saying(opt, "nothere.lua");
  ck_assert(!fs_exists(opt.transcript));
}
END_TEST

START_TEST(test_an_unknown_country) {
  PlayOptions opt = options();
  opt.country = "ZZ";
  fails_saying(opt, "ZZ");
}
END_TEST

START_TEST(test_a_language_with_no_engine_words) {
  test_write(dir, "strings/zz.lua", "return { t = 'Zz' }\n");
  PlayOptions opt = options();
  opt.lang = "zz";
  fails_saying(opt, "engine words");
}
END_TEST

/* A data or screenshot folder under a file: it cannot be made, and the line names it. */
START_TEST(test_a_folder_that_cannot_be_made) {
  test_write(dir, "file", "a file where the folders should be\n");
  PlayOptions opt = options();
  opt.data = in_dir("file/data");
  fails_saying(opt, "file/data");
  opt = options();
  opt.screenshots = in_dir("file/shots");
  fails_saying(opt, "file/shots");
}
END_TEST

/* stats_open's promise: a damaged database is set aside whole (stats-damaged-N.db) and
   a fresh one started, so the play records and nothing of the old file is lost. */
START_TEST(test_a_statistics_file_that_is_not_a_database_is_set_aside_whole) {
  char junk[4096];
  for (size_t i = 0; i < sizeof junk - 1; i++) junk[i] = (char)('!' + (i * 7919) % 90);
  junk[sizeof junk - 1] = '\0';
  test_write(dir, "data/stats.db", junk);
  PlayOptions opt = options();
  opt.data = in_dir("data");
  PlayResult r;
  ck_assert_msg(play_lesson(&opt, &r) == 0, "%s", logged.data ? logged.data : "");
  ck_assert_msg(logged.data && strstr(logged.data, "stats-damaged-1.db"), "nothing said of the damage: '%s'",
                logged.data ? logged.data : "");
  char *kept = contents(in_dir("data/stats-damaged-1.db")), *fresh = contents(in_dir("data/stats.db"));
  ck_assert_msg(kept && strcmp(kept, junk) == 0, "the damaged file was not kept byte for byte");
  ck_assert_msg(fresh && strncmp(fresh, "SQLite format 3", 15) == 0, "no fresh database");
  free(kept);
  free(fresh);
}
END_TEST

START_TEST(test_a_transcript_that_cannot_be_written) {
  PlayOptions opt = options();
  opt.transcript = in_dir("no/such/folder/t.jsonl");
  fails_saying(opt, "cannot write the transcript");
}
END_TEST

START_TEST(test_a_driver_that_cannot_drive) {
  PlayOptions opt = options();
  opt.driver = "random:soon";
  fails_saying(opt, "random");
  buf_free(&logged);
  logged = (Buf){0};
  opt.driver = "script:/nonexistent/answers.txt";
  fails_saying(opt, "answers.txt");
}
END_TEST

START_TEST(test_a_lesson_that_shows_nothing) {
  test_write(dir, "lesson.lua", "local x = 1\n");
  PlayOptions opt = options();
  opt.mode = PLAY_EXPLORE;
  fails_saying(opt, "without showing a single screen");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("play_errors");
  TCase *tc = tcase_create("errors");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_the_good_play_passes);
  tcase_add_test(tc, test_a_lesson_that_is_not_there);
  tcase_add_test(tc, test_an_unknown_country);
  tcase_add_test(tc, test_a_language_with_no_engine_words);
  tcase_add_test(tc, test_a_folder_that_cannot_be_made);
  tcase_add_test(tc, test_a_statistics_file_that_is_not_a_database_is_set_aside_whole);
  tcase_add_test(tc, test_a_transcript_that_cannot_be_written);
  tcase_add_test(tc, test_a_driver_that_cannot_drive);
  tcase_add_test(tc, test_a_lesson_that_shows_nothing);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
