/* test_stats_hostile.c — `stats merge` given exports whose database was made hostile
   and whose checksums were then recomputed, so only the database itself can give them
   away: each is refused with its reason, the central database stays as it was, and
   nothing hangs (a recursive view in place of `runs` used to hang the merge for ever:
   the test case's timeout would catch that). */
#include <sqlite3.h>
#include <stdarg.h>
#include <sys/stat.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"
#include "stats/stats.h"
#include "statsutil.h"
#include "testutil.h"

#define STR_(x) #x
#define STR(x) STR_(x)

static char *dir;
static char data[600], usb[600], central[600];

static void setup(void) {
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  snprintf(data, sizeof data, "%s/data", dir);
  snprintf(usb, sizeof usb, "%s/usb", dir);
  snprintf(central, sizeof central, "%s/central.db", dir);
  mkdir(usb, 0755);
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static const StatsLesson lesson = {"basics", "1.2.0", "phishing-sms", "en"};

/* A kiosk's real export: two runs with an answer each. Caller frees the folder. */
static char *real_export(void) {
  Error err;
  StatsStore *st = stats_open(data, "kiosk-hostile", 0, &err);
  ck_assert_msg(st != NULL, "%s", err.msg);
  Screen *q = test_question();
  for (int i = 0; i < 2; i++) {
    int64_t v = stats_visit_begin(st, 1), r = stats_run_begin(st, v, &lesson, 2);
    Answer a = {ANSWER_GIVEN, i, 0, 0};
    ck_assert(stats_record_answer(st, r, q, &a, 3) && stats_run_end(st, r, STATS_COMPLETED, i, 1, 4));
  }
  screen_free(q);
  StatsExportResult res;
  ck_assert_msg(stats_export(st, usb, NULL, &res, &err), "%s", err.msg);
  stats_close(st);
  return res.dir; /* the caller's now */
}

static void run_cmd(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void run_cmd(const char *fmt, ...) {
  char cmd[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  ck_assert_msg(system(cmd) == 0, "failed: %s", cmd);
}

/* Runs SQL on the export's database as an attacker would (no defences), then makes the
   checksums agree with the result. */
static void tamper(const char *export_dir, const char *sql) {
  char *path = path_join(export_dir, STATS_DB_NAME);
  sqlite3 *db = NULL;
  ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
  char *msg = NULL;
  ck_assert_msg(sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK, "%s: %s", sql, msg);
  ck_assert_int_eq(sqlite3_close(db), SQLITE_OK);
  free(path);
  run_cmd("cd '%s' && sha512sum runs.csv answers.csv statements.jsonl stats.db SUMMARY.txt MANIFEST"
          " > SHA512SUMS", export_dir);
}

typedef struct Lines {
  char text[4096];
} Lines;

static void collect(void *ud, const char *line) {
  Lines *l = ud;
  size_t n = strlen(l->text);
  snprintf(l->text + n, sizeof l->text - n, "%s\n", line);
}

static char *file_bytes(const char *path, size_t *len) {
  Error err;
  char *s = fs_is_file(path) ? fs_read_file(path, 1 << 24, len, &err) : NULL;
  if (!s) *len = 0;
  return s;
}

/* The export is refused, saying `reason`, and the central database is byte for byte
   what it was. */
static void expect_refused(const char *export_dir, const char *reason) {
  size_t n0, n1;
  char *before = file_bytes(central, &n0);
  Lines l = {""};
  Error err;
  const char *dirs[1] = {export_dir};
  ck_assert_int_eq(stats_merge(central, dirs, 1, collect, &l, &err), 0);
  char want[1200];
  snprintf(want, sizeof want, "%s: refused: %s\n", export_dir, reason);
  ck_assert_msg(strstr(l.text, want) != NULL, "said:\n%s\nnot:\n%s", l.text, want);
  char *after = file_bytes(central, &n1);
  ck_assert_uint_eq(n0, n1);
  ck_assert(n0 == 0 || memcmp(before, after, n0) == 0);
  free(before);
  free(after);
}

/* The central database exists, with one good export in it, before each attack. */
static char *central_with_one_export(void) {
  char *good = real_export();
  Lines l = {""};
  Error err;
  const char *dirs[1] = {good};
  ck_assert_int_eq(stats_merge(central, dirs, 1, collect, &l, &err), 1);
  char *copy = xasprintf("%s/attack", dir);
  run_cmd("cp -R '%s' '%s'", good, copy);
  free(good);
  return copy;
}

START_TEST(test_a_recursive_view_in_place_of_runs_is_refused_at_once) {
  char *bad = central_with_one_export();
  tamper(bad, "DROP TABLE runs; CREATE VIEW runs AS WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL"
              " SELECT id + 1 FROM n) SELECT id, 1 AS visit_id, 'basics' AS pack_id, '1.2.0' AS pack_version,"
              " 'x' AS lesson_id, 'en' AS lang, 'completed' AS outcome, 1 AS score, 1 AS max_score,"
              " 1 AS start_boot, id AS start_seq, 0 AS start_mono_ms, 0 AS start_wall_ms, 0 AS start_trusted,"
              " 1 AS end_boot, id AS end_seq, 0 AS end_mono_ms, 0 AS end_wall_ms, 0 AS end_trusted,"
              " 0 AS duration_ms FROM n");
  expect_refused(bad, "stats.db is not laid out as a kiosk makes it: view runs is not in a kiosk's schema"
                      " version " STR(STATS_SCHEMA_VERSION));
  free(bad);
}
END_TEST

START_TEST(test_triggers_extra_tables_and_generated_columns_are_refused) {
  char *bad = central_with_one_export();
  tamper(bad, "CREATE TRIGGER t AFTER INSERT ON visits BEGIN SELECT 1; END");
  expect_refused(bad, "stats.db is not laid out as a kiosk makes it: trigger t is not in a kiosk's schema"
                      " version " STR(STATS_SCHEMA_VERSION));
  free(bad);
  teardown();
  setup();
  bad = central_with_one_export();
  tamper(bad, "CREATE TABLE extra (x)");
  expect_refused(bad, "stats.db is not laid out as a kiosk makes it: table extra is not in a kiosk's schema"
                      " version " STR(STATS_SCHEMA_VERSION));
  free(bad);
  teardown();
  setup();
  bad = central_with_one_export();
  tamper(bad, "ALTER TABLE answers ADD COLUMN g INTEGER AS (length(chosen)) VIRTUAL");
  expect_refused(bad, "stats.db is not laid out as a kiosk makes it: table answers is not in a kiosk's schema"
                      " version " STR(STATS_SCHEMA_VERSION));
  free(bad);
}
END_TEST

START_TEST(test_a_10_mb_lesson_id_is_refused) {
  char *bad = central_with_one_export();
  tamper(bad, "UPDATE runs SET lesson_id = printf('%.*c', 10485760, 'a') WHERE id = 1");
  expect_refused(bad, "stats.db: runs row 1 holds a pack, version, lesson or language id that is not a plain"
                      " id of at most its length");
  free(bad);
}
END_TEST

START_TEST(test_an_int64_min_score_with_max_0_is_refused) {
  char *bad = central_with_one_export();
  tamper(bad, "UPDATE runs SET score = -9223372036854775808, max_score = 0 WHERE id = 2");
  expect_refused(bad, "stats.db: runs row 2 holds a score that is not between 0 and its maximum");
  free(bad);
}
END_TEST

START_TEST(test_binary_answer_ids_are_refused) {
  char *bad = central_with_one_export();
  tamper(bad, "UPDATE answers SET question_id = CAST(question_id AS BLOB) WHERE id = 2");
  expect_refused(bad, "stats.db: answers row 2 holds a question id that is not a plain id of at most 64 bytes");
  free(bad);
  teardown();
  setup();
  bad = central_with_one_export();
  tamper(bad, "UPDATE answers SET chosen = x'62ff00' WHERE id = 1");
  expect_refused(bad, "stats.db: answers row 1 holds chosen options that are not a list of plain option ids");
  free(bad);
}
END_TEST

START_TEST(test_an_id_with_a_nul_byte_is_refused) {
  char *bad = central_with_one_export();
  tamper(bad, "UPDATE runs SET pack_id = CAST(x'6261736963730041' AS TEXT) WHERE id = 1"); /* basics\0A */
  expect_refused(bad, "stats.db: runs row 1 holds a pack, version, lesson or language id that is not a plain"
                      " id of at most its length");
  free(bad);
}
END_TEST

START_TEST(test_records_that_point_nowhere_or_at_another_kiosk_are_refused) {
  char *bad = central_with_one_export();
  tamper(bad, "UPDATE answers SET run_id = 99 WHERE id = 1");
  expect_refused(bad, "stats.db: answers row 1 holds an answer of no lesson run");
  free(bad);
  teardown();
  setup();
  bad = central_with_one_export();
  tamper(bad, "UPDATE visits SET kiosk_id = 'kiosk-other' WHERE id = 2");
  expect_refused(bad, "stats.db: visits row 2 holds a visit of another kiosk");
  free(bad);
}
END_TEST

START_TEST(test_a_good_export_still_merges_after_all_that) {
  char *good = real_export();
  Lines l = {""};
  Error err;
  const char *dirs[1] = {good};
  ck_assert_int_eq(stats_merge(central, dirs, 1, collect, &l, &err), 1);
  ck_assert_msg(strstr(l.text, "2 new runs") != NULL, "%s", l.text);
  free(good);
}
END_TEST

static Suite *hostile_suite(void) {
  Suite *s = suite_create("stats-hostile");
  TCase *tc = tcase_create("merge");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60); /* a merge that hangs fails here */
  tcase_add_test(tc, test_a_recursive_view_in_place_of_runs_is_refused_at_once);
  tcase_add_test(tc, test_triggers_extra_tables_and_generated_columns_are_refused);
  tcase_add_test(tc, test_a_10_mb_lesson_id_is_refused);
  tcase_add_test(tc, test_an_int64_min_score_with_max_0_is_refused);
  tcase_add_test(tc, test_binary_answer_ids_are_refused);
  tcase_add_test(tc, test_an_id_with_a_nul_byte_is_refused);
  tcase_add_test(tc, test_records_that_point_nowhere_or_at_another_kiosk_are_refused);
  tcase_add_test(tc, test_a_good_export_still_merges_after_all_that);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(hostile_suite)
