/* test_stats.c — the statistics store: every record path, the clock rule, migrations,
   damaged and unusable databases, a full disk, the dashboard queries, the export files
   (read back as a spreadsheet and an LRS would), merging, the summary and the report,
   and that nothing a learner sees or types is ever stored. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "../stats/parse.h"
#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"
#include "stats/stats.h"
#include "testutil.h"

#define KIOSK "kiosk-test-1"

static char *dir;
static char data[600], usb[600];
static int64_t T0; /* a trusted wall time: 40 days after the build, a Monday 09:00 UTC */

static void setup(void) {
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  snprintf(data, sizeof data, "%s/data", dir);
  snprintf(usb, sizeof usb, "%s/usb", dir);
  mkdir(usb, 0755);
  int64_t day = stats_build_time_ms() / STATS_DAY_MS + 40;
  day += (7 - (day + 3) % 7) % 7; /* 1970-01-01 was a Thursday: (day + 3) % 7 == 0 on Mondays */
  T0 = day * STATS_DAY_MS + 9 * 3600000LL;
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

/* ---- helpers ----------------------------------------------------------------------- */

static StatsStore *open_at(const char *where, const char *kiosk) {
  Error err = {""};
  StatsStore *st = stats_open(where, kiosk, 0, &err);
  ck_assert_msg(st != NULL, "stats_open: %s", err.msg);
  stats_test_set_wall_clock(st, T0);
  stats_test_set_sync_flag(st, "/nonexistent/synchronized");
  return st;
}

static StatsStore *open_store(void) { return open_at(data, KIOSK); }

static sqlite3 *raw(const char *path) {
  sqlite3 *db = NULL;
  ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
  return db;
}

static int64_t q_int(sqlite3 *db, const char *sql) {
  sqlite3_stmt *s = NULL;
  ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(db));
  int rc = sqlite3_step(s);
  ck_assert_msg(rc == SQLITE_ROW, "%s: no row (%s)", sql, sqlite3_errmsg(db));
  int64_t v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return v;
}

static char *q_text(sqlite3 *db, const char *sql) {
  sqlite3_stmt *s = NULL;
  ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(db));
  ck_assert_msg(sqlite3_step(s) == SQLITE_ROW, "%s: no row", sql);
  const unsigned char *t = sqlite3_column_text(s, 0);
  char *v = t ? xstrdup((const char *)t) : NULL;
  sqlite3_finalize(s);
  return v;
}

static int64_t store_int(StatsStore *st, const char *sql) { return q_int(st->db, sql); }

static void run_cmd(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void run_cmd(const char *fmt, ...) {
  char cmd[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  int rc = system(cmd);
  ck_assert_msg(rc == 0, "command failed (%d): %s", rc, cmd);
}

static char *slurp(const char *path) {
  Error err;
  char *s = fs_read_file(path, 1 << 28, NULL, &err);
  ck_assert_msg(s != NULL, "%s", err.msg);
  return s;
}

static char *file_in(const char *folder, const char *name) { return path_join(folder, name); }

static Screen *screen_with(ScreenKind kind, const char *id, int n, const char *const *ids, uint32_t correct) {
  Screen *s = screen_new(kind);
  s->id = arena_strdup(s->arena, id);
  s->text = arena_strdup(s->arena, "Which one?");
  for (int i = 0; i < n; i++) {
    if (kind == SCREEN_FLAGS) {
      s->flags[i].id = arena_strdup(s->arena, ids[i]);
      s->flags[i].explain = arena_strdup(s->arena, "because");
    } else {
      s->options[i].id = arena_strdup(s->arena, ids[i]);
      s->options[i].text = arena_strdup(s->arena, "an option");
      s->options[i].correct = (correct >> i) & 1;
    }
  }
  if (kind == SCREEN_FLAGS) s->nflags = n;
  else s->noptions = n;
  return s;
}

static const char *const abc[] = {"a", "b", "c"};

static Answer given(int choice, uint32_t picked) { return (Answer){ANSWER_GIVEN, choice, picked, 0}; }

static const StatsLesson lesson1 = {"basics", "1.2.0", "phishing-sms", "en"};
static const StatsLesson lesson2 = {"basics", "1.2.0", "passwords", "ms"};

/* A visit with one run of `lesson`: q1 (choice, answer `pick`), then the end. */
static int64_t one_run(StatsStore *st, const StatsLesson *l, int pick, StatsOutcome outcome, uint64_t t) {
  int64_t v = stats_visit_begin(st, t);
  ck_assert_int_gt(v, 0);
  int64_t r = stats_run_begin(st, v, l, t + 10);
  ck_assert_int_gt(r, 0);
  Screen *s = screen_with(SCREEN_CHOICE, "q1", 3, abc, 1u << 1);
  Answer a = given(pick, 0);
  ck_assert(stats_record_answer(st, r, s, &a, t + 20));
  screen_free(s);
  ck_assert(stats_run_end(st, r, outcome, pick == 1, 1, t + 30));
  return r;
}

/* Exports to the stick; full: every record, else those since the last export. Returns
   the folder (caller frees). */
static char *export_to(StatsStore *st, int suppress, bool full, StatsExportResult *res) {
  StatsExportOptions opt = {.suppress_below = suppress, .full = full};
  StatsExportResult local;
  if (!res) res = &local;
  Error err = {""};
  ck_assert_msg(stats_export(st, usb, &opt, res, &err), "export: %s", err.msg);
  ck_assert_ptr_nonnull(res->dir);
  char *out = res->dir;
  res->dir = NULL;
  return out;
}

static char *export_ok(StatsStore *st, int suppress) { return export_to(st, suppress, true, NULL); }

/* ---- store and records ------------------------------------------------------------- */

START_TEST(test_open_makes_a_wal_database_with_full_sync_at_the_current_schema) {
  StatsStore *st = open_store();
  char *mode = q_text(st->db, "PRAGMA journal_mode");
  ck_assert_str_eq(mode, "wal");
  free(mode);
  ck_assert_int_eq(store_int(st, "PRAGMA synchronous"), 2); /* FULL */
  ck_assert_int_eq(store_int(st, "PRAGMA foreign_keys"), 1);
  ck_assert_int_eq(store_int(st, "PRAGMA user_version"), STATS_SCHEMA_VERSION);
  ck_assert_int_eq(store_int(st, "SELECT boot FROM meta"), 1);
  ck_assert_ptr_null(stats_warning(st));
  stats_close(st);
}
END_TEST

START_TEST(test_each_open_counts_a_boot_and_the_sequence_carries_on) {
  StatsStore *st = open_store();
  ck_assert_int_gt(stats_visit_begin(st, 5), 0);
  stats_close(st);
  st = open_store();
  int64_t v = stats_visit_begin(st, 5);
  ck_assert_int_eq(store_int(st, "SELECT boot FROM meta"), 2);
  char sql[128];
  snprintf(sql, sizeof sql, "SELECT boot * 1000 + seq FROM visits WHERE id = %lld", (long long)v);
  ck_assert_int_eq(store_int(st, sql), 2002);
  stats_close(st);
}
END_TEST

START_TEST(test_a_kiosk_id_that_is_not_plain_is_refused) {
  Error err = {""};
  ck_assert_ptr_null(stats_open(data, "kiosk 1/..", 0, &err));
  ck_assert_str_eq(err.msg, "statistics: kiosk id \"kiosk 1/..\" is not a plain id (letters, digits, . _ -)");
}
END_TEST

START_TEST(test_a_visit_is_a_random_id_with_boot_seq_mono_and_trusted_time) {
  StatsStore *st = open_store();
  int64_t a = stats_visit_begin(st, 1234), b = stats_visit_begin(st, 1300);
  ck_assert_int_gt(a, 0);
  ck_assert_int_gt(b, a);
  sqlite3_stmt *s;
  ck_assert_int_eq(sqlite3_prepare_v2(st->db, "SELECT visit_uuid, kiosk_id, boot, seq, mono_ms, wall_ms,"
                                               " wall_trusted FROM visits ORDER BY id", -1, &s, NULL), SQLITE_OK);
  ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
  const char *uuid = (const char *)sqlite3_column_text(s, 0);
  ck_assert_uint_eq(strlen(uuid), 32);
  ck_assert_uint_eq(strspn(uuid, "0123456789abcdef"), 32);
  char first[33];
  strcpy(first, uuid);
  ck_assert_str_eq((const char *)sqlite3_column_text(s, 1), KIOSK);
  ck_assert_int_eq(sqlite3_column_int64(s, 2), 1);
  ck_assert_int_eq(sqlite3_column_int64(s, 3), 1);
  ck_assert_int_eq(sqlite3_column_int64(s, 4), 1234);
  ck_assert_int_eq(sqlite3_column_int64(s, 5), T0);
  ck_assert_int_eq(sqlite3_column_int(s, 6), 1);
  ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
  ck_assert_str_ne((const char *)sqlite3_column_text(s, 0), first);
  ck_assert_int_eq(sqlite3_column_int64(s, 3), 2);
  sqlite3_finalize(s);
  stats_close(st);
}
END_TEST

START_TEST(test_run_begin_records_the_lesson_and_leaves_the_outcome_open) {
  StatsStore *st = open_store();
  int64_t v = stats_visit_begin(st, 100);
  int64_t r = stats_run_begin(st, v, &lesson1, 150);
  ck_assert_int_gt(r, 0);
  char *row = q_text(st->db, "SELECT pack_id || '|' || pack_version || '|' || lesson_id || '|' || lang"
                             " || '|' || start_seq || '|' || start_mono_ms || '|' || start_trusted"
                             " || '|' || (outcome IS NULL) FROM runs");
  ck_assert_str_eq(row, "basics|1.2.0|phishing-sms|en|2|150|1|1");
  free(row);
  stats_close(st);
}
END_TEST

START_TEST(test_run_end_records_each_outcome_with_score_and_duration) {
  StatsStore *st = open_store();
  static const StatsOutcome outcomes[] = {STATS_COMPLETED, STATS_ABANDONED, STATS_TIMED_OUT, STATS_ERROR};
  static const char *const names[] = {"completed", "abandoned", "timed-out", "error"};
  int64_t v = stats_visit_begin(st, 0);
  for (int i = 0; i < 4; i++) {
    int64_t r = stats_run_begin(st, v, &lesson1, 1000);
    ck_assert(stats_run_end(st, r, outcomes[i], 2, 3, 1000 + 500 * (i + 1)));
    char sql[200];
    snprintf(sql, sizeof sql, "SELECT outcome || '|' || score || '|' || max_score || '|' || duration_ms"
                              " || '|' || end_trusted FROM runs WHERE id = %lld", (long long)r);
    char *row = q_text(st->db, sql), want[64];
    snprintf(want, sizeof want, "%s|2|3|%d|1", names[i], 500 * (i + 1));
    ck_assert_str_eq(row, want);
    free(row);
  }
  stats_close(st);
}
END_TEST

START_TEST(test_a_second_run_end_is_ignored) {
  StatsStore *st = open_store();
  int64_t r = one_run(st, &lesson1, 1, STATS_COMPLETED, 100);
  int64_t seq = store_int(st, "SELECT next_seq FROM meta");
  ck_assert(stats_run_end(st, r, STATS_ABANDONED, 0, 1, 900));
  char *row = q_text(st->db, "SELECT outcome || '|' || score || '|' || end_mono_ms FROM runs");
  ck_assert_str_eq(row, "completed|1|130");
  free(row);
  ck_assert_int_eq(store_int(st, "SELECT next_seq FROM meta"), seq); /* nothing written */
  stats_close(st);
}
END_TEST

/* The answer row as "question|chosen|correct|points|max|attempts". */
static char *answer_row(StatsStore *st, int64_t nth) {
  char sql[300];
  snprintf(sql, sizeof sql, "SELECT question_id || '|' || chosen || '|' || correct || '|' || points"
                            " || '|' || max_points || '|' || attempts FROM answers ORDER BY id"
                            " LIMIT 1 OFFSET %lld", (long long)nth);
  return q_text(st->db, sql);
}

static void check_answer(Screen *s, Answer a, const char *want) {
  StatsStore *st = open_store();
  int64_t r = stats_run_begin(st, stats_visit_begin(st, 0), &lesson1, 0);
  ck_assert(stats_record_answer(st, r, s, &a, 10));
  char *row = answer_row(st, 0);
  ck_assert_str_eq(row, want);
  free(row);
  screen_free(s);
  stats_close(st);
}

START_TEST(test_a_choice_answer_records_the_option_id) {
  check_answer(screen_with(SCREEN_CHOICE, "q-call", 3, abc, 1u << 2), given(0, 0), "q-call|a|0|0|1|1");
}
END_TEST

START_TEST(test_a_multi_answer_records_the_ticked_ids_in_option_order) {
  check_answer(screen_with(SCREEN_MULTI, "q-all", 3, abc, 6), given(-1, 6), "q-all|b,c|1|1|1|1");
}
END_TEST

START_TEST(test_a_flags_answer_records_the_flags_found) {
  static const char *const flags[] = {"fee", "deadline"};
  check_answer(screen_with(SCREEN_FLAGS, "f1", 2, flags, 0), given(-1, 2), "f1|deadline|0|1|2|1");
}
END_TEST

START_TEST(test_a_chat_answer_records_the_reply_id) {
  static const char *const replies[] = {"send-code", "refuse"};
  check_answer(screen_with(SCREEN_CHAT, "chat1", 2, replies, 2), given(1, 0), "chat1|refuse|1|1|1|1");
}
END_TEST

START_TEST(test_a_decide_answer_records_safe_or_scam) {
  Screen *s = screen_with(SCREEN_DECIDE, "card3", 0, NULL, 0);
  s->scam = true;
  check_answer(s, given(0, 0), "card3|safe|0|0|1|1");
}
END_TEST

START_TEST(test_pages_results_and_unanswered_screens_are_not_recorded) {
  StatsStore *st = open_store();
  int64_t r = stats_run_begin(st, stats_visit_begin(st, 0), &lesson1, 0);
  Screen *page = screen_new(SCREEN_PAGE), *result = screen_new(SCREEN_RESULT);
  Screen *chat = screen_with(SCREEN_CHAT, "chat-no-reply", 0, NULL, 0);
  Screen *q = screen_with(SCREEN_CHOICE, "q1", 3, abc, 1);
  Answer cont = answer_continue(), quit = {ANSWER_QUIT, -1, 0, 0}, late = {ANSWER_TIMEOUT, -1, 0, 0};
  ck_assert(stats_record_answer(st, r, page, &cont, 1));
  ck_assert(stats_record_answer(st, r, result, &cont, 2));
  ck_assert(stats_record_answer(st, r, chat, &cont, 3));
  ck_assert(stats_record_answer(st, r, q, &quit, 4));
  ck_assert(stats_record_answer(st, r, q, &late, 5));
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM answers"), 0);
  screen_free(page);
  screen_free(result);
  screen_free(chat);
  screen_free(q);
  stats_close(st);
}
END_TEST

START_TEST(test_the_same_question_again_counts_as_a_second_attempt) {
  StatsStore *st = open_store();
  int64_t r = stats_run_begin(st, stats_visit_begin(st, 0), &lesson1, 0);
  Screen *q = screen_with(SCREEN_CHOICE, "q1", 3, abc, 2);
  Answer wrong = given(0, 0), right = given(1, 0);
  ck_assert(stats_record_answer(st, r, q, &wrong, 1));
  ck_assert(stats_record_answer(st, r, q, &right, 2));
  char *a = answer_row(st, 0), *b = answer_row(st, 1);
  ck_assert_str_eq(a, "q1|a|0|0|1|1");
  ck_assert_str_eq(b, "q1|b|1|1|1|2");
  free(a);
  free(b);
  screen_free(q);
  stats_close(st);
}
END_TEST

START_TEST(test_ids_that_are_not_plain_ids_are_refused_and_nothing_is_stored) {
  StatsStore *st = open_store();
  int64_t v = stats_visit_begin(st, 0);
  int64_t r = stats_run_begin(st, v, &lesson1, 0);
  static const char *const bad[] = {"a", "my name is Ann", "c"};
  Screen *q = screen_with(SCREEN_CHOICE, "q1", 3, bad, 1);
  Answer a = given(1, 0);
  ck_assert(!stats_record_answer(st, r, q, &a, 1));
  ck_assert_str_eq(stats_warning(st), "statistics not saved: a question or option id that is not a plain id");
  StatsLesson odd = {"basics", "1.0", "lesson with spaces", "en"};
  ck_assert_int_eq(stats_run_begin(st, v, &odd, 2), 0);
  ck_assert_str_eq(stats_warning(st),
                   "statistics not saved: a lesson, pack, version or language id that is not a plain id");
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM answers"), 0);
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs"), 1);
  screen_free(q);
  stats_close(st);
}
END_TEST

START_TEST(test_records_for_unknown_runs_and_visits_fail) {
  StatsStore *st = open_store();
  ck_assert_int_eq(stats_run_begin(st, 42, &lesson1, 0), 0);
  ck_assert_str_eq(stats_warning(st), "statistics not saved: a lesson run for an unknown visit");
  ck_assert(!stats_run_end(st, 42, STATS_COMPLETED, 1, 1, 0));
  ck_assert_str_eq(stats_warning(st), "statistics not saved: a record for an unknown lesson run");
  ck_assert(!stats_run_end(st, 0, STATS_COMPLETED, 1, 1, 0));
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  ck_assert_ptr_null(stats_warning(st)); /* a good write clears it */
  stats_close(st);
}
END_TEST

/* ---- migrations -------------------------------------------------------------------- */

/* Schema version 1 exactly as it shipped (frozen here: the test must not follow edits). */
static const char v1_sql[] =
    "CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), kiosk_id TEXT NOT NULL,"
    " boot INTEGER NOT NULL, next_seq INTEGER NOT NULL);"
    "CREATE TABLE visits (id INTEGER PRIMARY KEY, visit_uuid TEXT NOT NULL UNIQUE, kiosk_id TEXT NOT NULL,"
    " boot INTEGER NOT NULL, seq INTEGER NOT NULL, mono_ms INTEGER NOT NULL, wall_ms INTEGER NOT NULL,"
    " wall_trusted INTEGER NOT NULL);"
    "CREATE TABLE runs (id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits(id),"
    " pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, lesson_id TEXT NOT NULL, lang TEXT NOT NULL,"
    " outcome TEXT CHECK (outcome IN ('completed', 'abandoned', 'timed-out', 'error')),"
    " score INTEGER, max_score INTEGER, start_boot INTEGER NOT NULL, start_seq INTEGER NOT NULL,"
    " start_mono_ms INTEGER NOT NULL, start_wall_ms INTEGER NOT NULL, start_trusted INTEGER NOT NULL,"
    " end_boot INTEGER, end_seq INTEGER, end_mono_ms INTEGER, end_wall_ms INTEGER, end_trusted INTEGER,"
    " duration_ms INTEGER);"
    "CREATE INDEX runs_visit ON runs(visit_id);"
    "CREATE TABLE answers (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
    " question_id TEXT NOT NULL, chosen TEXT NOT NULL, correct INTEGER NOT NULL, points INTEGER NOT NULL,"
    " max_points INTEGER NOT NULL, boot INTEGER NOT NULL, seq INTEGER NOT NULL, mono_ms INTEGER NOT NULL,"
    " wall_ms INTEGER NOT NULL, wall_trusted INTEGER NOT NULL);"
    "CREATE INDEX answers_run ON answers(run_id);"
    "PRAGMA user_version = 1;"
    "INSERT INTO meta VALUES (1, 'kiosk-test-1', 7, 5);"
    "INSERT INTO visits VALUES (1, '00112233445566778899aabbccddeeff', 'kiosk-test-1', 7, 1, 10, 0, 0);"
    "INSERT INTO runs VALUES (1, 1, 'basics', '1.0.0', 'phishing-sms', 'en', 'completed', 1, 2,"
    " 7, 2, 20, 0, 0, 7, 4, 90, 0, 0, 70);"
    "INSERT INTO answers VALUES (1, 1, 'q1', 'b', 1, 1, 1, 7, 3, 50, 0, 0);";

START_TEST(test_a_version_1_database_is_migrated_and_keeps_its_data) {
  mkdir(data, 0755);
  char *path = file_in(data, "stats.db");
  sqlite3 *db = raw(path);
  ck_assert_int_eq(sqlite3_exec(db, v1_sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  StatsStore *st = open_store();
  ck_assert_int_eq(store_int(st, "PRAGMA user_version"), STATS_SCHEMA_VERSION);
  ck_assert_int_eq(store_int(st, "SELECT boot FROM meta"), 8);
  char *row = q_text(st->db, "SELECT v.visit_uuid || '|' || r.lesson_id || '|' || r.outcome || '|' ||"
                             " r.duration_ms || '|' || a.chosen || '|' || a.attempts FROM answers a"
                             " JOIN runs r ON r.id = a.run_id JOIN visits v ON v.id = r.visit_id");
  ck_assert_str_eq(row, "00112233445566778899aabbccddeeff|phishing-sms|completed|70|b|1");
  free(row);
  int64_t v = stats_visit_begin(st, 0); /* the sequence goes on from 5 */
  char sql[96];
  snprintf(sql, sizeof sql, "SELECT seq FROM visits WHERE id = %lld", (long long)v);
  ck_assert_int_eq(store_int(st, sql), 5);
  StatsLessonRow rows[4];
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){0}, rows, 4), 1);
  ck_assert_int_eq(rows[0].completions, 1);
  stats_close(st);
  free(path);
}
END_TEST

START_TEST(test_a_version_1_database_gains_the_interrupted_outcome_and_closes_its_open_run) {
  mkdir(data, 0755);
  char *path = file_in(data, "stats.db");
  sqlite3 *db = raw(path);
  ck_assert_int_eq(sqlite3_exec(db, v1_sql, NULL, NULL, NULL), SQLITE_OK);
  ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO visits VALUES (2, 'ffeeddccbbaa99887766554433221100',"
                                    " 'kiosk-test-1', 7, 3, 60, 0, 0);"
                                    "INSERT INTO runs (id, visit_id, pack_id, pack_version, lesson_id, lang,"
                                    " start_boot, start_seq, start_mono_ms, start_wall_ms, start_trusted)"
                                    " VALUES (2, 2, 'basics', '1.0.0', 'passwords', 'en', 7, 4, 61, 0, 0);",
                               NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  StatsStore *st = open_store();
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs WHERE outcome IS NULL"), 0);
  ck_assert_int_eq(store_int(st, "SELECT outcome = 'interrupted' AND end_boot = 7 AND end_seq = 5"
                                 " AND end_mono_ms = 61 FROM runs WHERE id = 2"), 1);
  char *check = q_text(st->db, "PRAGMA integrity_check");
  ck_assert_str_eq(check, "ok");
  free(check);
  /* the widened constraint still refuses what is not an outcome */
  ck_assert_int_ne(sqlite3_exec(st->db, "UPDATE runs SET outcome = 'bogus' WHERE id = 2", NULL, NULL, NULL),
                   SQLITE_OK);
  stats_close(st);
  free(path);
}
END_TEST

/* A kill or power cut in the middle of a lesson: the next start closes the run as
   interrupted, and the dashboard, SUMMARY.txt, runs.csv, the xAPI statements and the
   report count it. */
START_TEST(test_a_run_left_open_by_a_kill_is_closed_as_interrupted_and_counted) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  stats_close(st);
  pid_t pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) { /* a kiosk killed mid-lesson: one answer given, no end */
    Error err;
    StatsStore *k = stats_open(data, KIOSK, 0, &err);
    stats_test_set_wall_clock(k, T0 + 60000);
    int64_t v = k ? stats_visit_begin(k, 100) : 0, r = v ? stats_run_begin(k, v, &lesson2, 110) : 0;
    Screen *s = screen_with(SCREEN_CHOICE, "q1", 3, abc, 1u << 1);
    Answer a = given(0, 0);
    _exit(r && stats_record_answer(k, r, s, &a, 150) ? 0 : 1);
  }
  int status;
  waitpid(pid, &status, 0);
  ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  st = open_store();
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs WHERE outcome IS NULL"), 0);
  /* its end is its last known moment (the answer) in the boot it ran in; no score or duration */
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs WHERE outcome = 'interrupted' AND lesson_id ="
                                 " 'passwords' AND end_boot = start_boot AND end_mono_ms = 150 AND score IS NULL"
                                 " AND duration_ms IS NULL AND end_seq > (SELECT max(seq) FROM answers)"), 1);
  int64_t run = store_int(st, "SELECT id FROM runs WHERE outcome = 'interrupted'");
  ck_assert(stats_run_end(st, run, STATS_COMPLETED, 1, 1, 5)); /* closed: a late end changes nothing */
  ck_assert_int_eq(store_int(st, "SELECT outcome = 'interrupted' FROM runs WHERE lesson_id = 'passwords'"), 1);
  StatsLessonRow rows[4];
  int n = stats_lessons(st, (StatsPeriod){0}, rows, 4), cut = 0;
  for (int i = 0; i < n; i++) cut += rows[i].interrupted;
  ck_assert_int_eq(cut, 1);
  char *out = export_ok(st, 0);
  char *p = file_in(out, "SUMMARY.txt"), *summary = slurp(p);
  ck_assert_ptr_nonnull(strstr(summary, "Visits: 2   Lesson runs: 2   Completed: 1   Interrupted: 1\n"));
  char *csv_path = file_in(out, "runs.csv"), *csv = slurp(csv_path);
  ck_assert_ptr_nonnull(strstr(csv, ",passwords,ms,interrupted,,,"));
  char *xapi_path = file_in(out, "statements.jsonl"), *xapi = slurp(xapi_path);
  ck_assert_ptr_nonnull(strstr(xapi, "verbs/terminated"));
  ck_assert_ptr_nonnull(strstr(xapi, "\"interrupted\""));
  char *html_path = file_in(dir, "report.html");
  Error err;
  ck_assert_msg(stats_report(st->path, html_path, NULL, &err), "%s", err.msg);
  char *html = slurp(html_path);
  ck_assert_ptr_nonnull(strstr(html, "1 completed, 1 interrupted"));
  ck_assert_ptr_nonnull(strstr(html, "Interrupted runs per lesson"));
  stats_close(st);
  free(html);
  free(html_path);
  free(xapi);
  free(xapi_path);
  free(csv);
  free(csv_path);
  free(summary);
  free(p);
  free(out);
}
END_TEST

START_TEST(test_a_version_1_database_reads_for_a_summary_without_being_changed) {
  char *path = file_in(dir, "old.db");
  sqlite3 *db = raw(path);
  ck_assert_int_eq(sqlite3_exec(db, v1_sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  size_t n0, n1;
  Error err;
  char *before = fs_read_file(path, 1 << 20, &n0, &err);
  char *text = stats_summary(path, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ck_assert_ptr_nonnull(strstr(text, "Visits: 1   Lesson runs: 1   Completed: 1   Interrupted: 0\n"));
  char *after = fs_read_file(path, 1 << 20, &n1, &err);
  ck_assert_uint_eq(n0, n1);
  ck_assert(memcmp(before, after, n0) == 0);
  free(before);
  free(after);
  free(text);
  free(path);
}
END_TEST

/* ---- clock --------------------------------------------------------------------------- */

START_TEST(test_the_clock_is_trusted_only_after_the_build_and_when_plausible) {
  int64_t build = stats_build_time_ms(), year = 365 * STATS_DAY_MS;
  ck_assert_int_gt(build, 1700000000000LL); /* the build date parsed */
  ck_assert(!stats_time_trusted(0, true));                        /* 1970: a Pi with no RTC */
  ck_assert(!stats_time_trusted(build - 3 * STATS_DAY_MS, true)); /* before the software existed */
  ck_assert(stats_time_trusted(build + STATS_DAY_MS, false));
  ck_assert(!stats_time_trusted(build + 11 * year, false));       /* an RTC gone wrong */
  ck_assert(stats_time_trusted(build + 11 * year, true));         /* but timesyncd says so */
}
END_TEST

START_TEST(test_timesyncd_flag_makes_a_far_future_clock_trusted) {
  StatsStore *st = open_store();
  char *flag = file_in(dir, "synchronized");
  test_write(dir, "synchronized", "");
  stats_test_set_wall_clock(st, stats_build_time_ms() + 20 * 365 * STATS_DAY_MS);
  int64_t a = stats_visit_begin(st, 0);
  stats_test_set_sync_flag(st, flag);
  int64_t b = stats_visit_begin(st, 0);
  char sql[96];
  snprintf(sql, sizeof sql, "SELECT group_concat(wall_trusted) FROM visits WHERE id IN (%lld, %lld)",
           (long long)a, (long long)b);
  char *t = q_text(st->db, sql);
  ck_assert_str_eq(t, "0,1");
  free(t);
  free(flag);
  stats_close(st);
}
END_TEST

START_TEST(test_a_clock_jumping_backward_keeps_the_order) {
  StatsStore *st = open_store();
  StatsLesson l[3] = {lesson1, lesson1, lesson1};
  l[0].lesson_id = "first";
  l[1].lesson_id = "second";
  l[2].lesson_id = "third";
  int64_t walls[3] = {T0 + 3600000, T0 - 5 * STATS_DAY_MS, 0}; /* back a few days, then to 1970 */
  for (int i = 0; i < 3; i++) {
    stats_test_set_wall_clock(st, walls[i]);
    int64_t r = stats_run_begin(st, stats_visit_begin(st, (uint64_t)i * 100), &l[i], (uint64_t)i * 100 + 1);
    ck_assert(stats_run_end(st, r, STATS_COMPLETED, 1, 1, (uint64_t)i * 100 + 50));
  }
  char *order = q_text(st->db, "SELECT group_concat(lesson_id || ':' || start_trusted, ' ') FROM"
                               " (SELECT * FROM runs ORDER BY start_boot, start_seq)");
  ck_assert_str_eq(order, "first:1 second:1 third:0");
  free(order);
  stats_test_set_wall_clock(st, T0);
  char *out = export_ok(st, 0), *csv_path = file_in(out, "runs.csv"), *text = slurp(csv_path);
  CsvTable t = csv_parse(text);
  ck_assert_str_eq(t.error, "");
  ck_assert_int_eq(t.rows, 4);
  ck_assert_str_eq(csv_get(&t, 1, "lesson_id"), "first");
  ck_assert_str_eq(csv_get(&t, 2, "lesson_id"), "second");
  ck_assert_str_eq(csv_get(&t, 3, "lesson_id"), "third");
  ck_assert_str_eq(csv_get(&t, 3, "start_time_trusted"), "0");
  csv_free(&t);
  free(text);
  free(csv_path);
  free(out);
  stats_close(st);
}
END_TEST

/* ---- damaged and unusable databases ------------------------------------------------ */

START_TEST(test_a_file_that_is_not_a_database_is_set_aside_and_a_new_one_works) {
  mkdir(data, 0755);
  test_write(data, "stats.db", "these bytes are not an SQLite database, whatever the name says\n");
  test_write(data, "stats.db-wal", "stray wal");
  StatsStore *st = open_store();
  ck_assert_str_eq(stats_warning(st), "statistics database was damaged (file is not a database); kept as"
                                      " stats-damaged-1.db, started a new one");
  char *kept = file_in(data, "stats-damaged-1.db"), *kept_wal = file_in(data, "stats-damaged-1.db-wal");
  char *text = slurp(kept);
  ck_assert_str_eq(text, "these bytes are not an SQLite database, whatever the name says\n");
  ck_assert(fs_is_file(kept_wal));
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs"), 1);
  stats_close(st);
  free(text);
  free(kept);
  free(kept_wal);
}
END_TEST

/* What a crash or a power cut leaves: no clean mark beside the database. */
static void forget_clean_close(void) {
  char *mark = file_in(data, STATS_CLEAN_NAME);
  ck_assert_int_eq(unlink(mark), 0);
  free(mark);
}

START_TEST(test_a_truncated_database_is_set_aside_and_a_new_one_works) {
  StatsStore *st = open_store();
  Error err;
  ck_assert(stats_fill_synthetic(st, 400, 3, 7, &err));
  stats_close(st); /* checkpoints: everything is in stats.db now */
  char *path = file_in(data, "stats.db");
  struct stat sb;
  ck_assert_int_eq(stat(path, &sb), 0);
  ck_assert_int_eq(truncate(path, sb.st_size / 2), 0);
  st = open_store();
  ck_assert_ptr_nonnull(strstr(stats_warning(st), "kept as stats-damaged-1.db, started a new one"));
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs"), 0);
  ck_assert_int_gt(stats_visit_begin(st, 0), 0);
  char *kept = file_in(data, "stats-damaged-1.db");
  ck_assert_int_eq(stat(kept, &sb), 0);
  stats_close(st);
  free(kept);
  free(path);
}
END_TEST

/* A store of 400 runs, closed cleanly, then a page in the middle of the file overwritten
   (what a failing card does): opening reads the schema and the first pages only, so only
   a check or a write that meets the page can tell. */
static void damaged_store(void) {
  StatsStore *st = open_store();
  Error err;
  ck_assert(stats_fill_synthetic(st, 400, 3, 7, &err));
  stats_close(st);
  char *path = file_in(data, "stats.db");
  struct stat sb;
  ck_assert_int_eq(stat(path, &sb), 0);
  int fd = open(path, O_WRONLY);
  ck_assert_int_ge(fd, 0);
  char junk[4096];
  memset(junk, 0x5a, sizeof junk);
  off_t at = (sb.st_size / 2) / 4096 * 4096;
  ck_assert_int_eq(pwrite(fd, junk, sizeof junk, at), (ssize_t)sizeof junk);
  close(fd);
  free(path);
}

START_TEST(test_a_cleanly_closed_database_opens_without_a_check) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  ck_assert(!stats_test_wait_check(st)); /* a new file needs no check */
  stats_close(st);
  char *mark = file_in(data, STATS_CLEAN_NAME);
  ck_assert(fs_is_file(mark));
  st = open_store();
  ck_assert(!fs_is_file(mark)); /* taken at open: a crash from now on leaves none */
  ck_assert(!stats_test_wait_check(st));
  stats_close(st);
  ck_assert(fs_is_file(mark));
  free(mark);
}
END_TEST

START_TEST(test_after_a_crash_the_check_runs_beside_the_kiosk) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  stats_close(st);
  forget_clean_close();
  st = open_store();
  ck_assert_int_gt(stats_visit_begin(st, 0), 0); /* recording goes on while it runs */
  ck_assert(stats_test_wait_check(st));
  ck_assert_ptr_null(stats_warning(st));
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs"), 1);
  stats_close(st);
  char *mark = file_in(data, STATS_CLEAN_NAME);
  ck_assert(fs_is_file(mark)); /* checked and closed cleanly: the next start trusts it */
  free(mark);
}
END_TEST

START_TEST(test_a_wal_left_behind_means_a_check_even_with_the_clean_mark) {
  StatsStore *st = open_store();
  stats_close(st);
  test_write(data, "stats.db-wal", ""); /* another process has it open, or it crashed */
  st = open_store();
  ck_assert(stats_test_wait_check(st));
  stats_close(st);
}
END_TEST

START_TEST(test_damage_found_after_a_crash_is_set_aside_and_a_new_one_works) {
  damaged_store();
  forget_clean_close();
  StatsStore *st = open_store(); /* the first frame does not wait for the check */
  ck_assert(stats_test_wait_check(st));
  ck_assert_ptr_nonnull(stats_warning(st));
  ck_assert_msg(strstr(stats_warning(st), "kept as stats-damaged-1.db, started a new one"), "%s",
                stats_warning(st));
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs"), 0);
  ck_assert_int_gt(stats_visit_begin(st, 0), 0);
  char *kept = file_in(data, "stats-damaged-1.db");
  struct stat sb;
  ck_assert_int_eq(stat(kept, &sb), 0);
  stats_close(st);
  free(kept);
}
END_TEST

START_TEST(test_a_write_that_meets_damage_leaves_no_clean_mark_so_the_next_start_checks) {
  StatsStore *st = open_store();
  Error err;
  ck_assert(stats_fill_synthetic(st, 400, 3, 7, &err));
  stats_close(st);
  char *path = file_in(data, "stats.db"), *mark = file_in(data, STATS_CLEAN_NAME);
  sqlite3 *db = raw(path);
  int64_t page = q_int(db, "SELECT rootpage FROM sqlite_master WHERE name = 'visits'");
  int64_t size = q_int(db, "PRAGMA page_size");
  sqlite3_close(db);
  int fd = open(path, O_WRONLY); /* the visits table's root page goes bad on the card */
  ck_assert_int_ge(fd, 0);
  char junk[65536];
  memset(junk, 0x5a, sizeof junk);
  ck_assert_int_eq(pwrite(fd, junk, (size_t)size, (page - 1) * size), size);
  close(fd);
  st = open_store();
  ck_assert(!stats_test_wait_check(st)); /* closed cleanly: no scan at open */
  ck_assert_int_eq(stats_visit_begin(st, 0), 0);
  ck_assert_msg(strstr(stats_warning(st), "damaged"), "%s", stats_warning(st));
  stats_close(st);
  ck_assert(!fs_is_file(mark));
  st = open_store();
  ck_assert(stats_test_wait_check(st));
  ck_assert_msg(strstr(stats_warning(st), "kept as stats-damaged-1.db"), "%s", stats_warning(st));
  ck_assert_int_gt(stats_visit_begin(st, 0), 0);
  stats_close(st);
  free(path);
  free(mark);
}
END_TEST

START_TEST(test_the_next_visit_sets_aside_what_the_check_found) {
  damaged_store();
  forget_clean_close();
  StatsStore *st = open_store();
  /* a real kiosk takes the verdict when a visit starts; wait for it as a learner would */
  for (int i = 0; i < 2000; i++) { /* a visit may meet the damage first: it is not saved */
    stats_visit_begin(st, 0);
    if (stats_warning(st) && strstr(stats_warning(st), "kept as")) break;
    usleep(5000);
  }
  ck_assert_ptr_nonnull(stats_warning(st));
  ck_assert_msg(strstr(stats_warning(st), "kept as stats-damaged-1.db"), "%s", stats_warning(st));
  ck_assert_int_gt(stats_visit_begin(st, 0), 0);
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs"), 0);
  stats_close(st);
}
END_TEST

START_TEST(test_a_second_damage_is_kept_under_the_next_number) {
  mkdir(data, 0755);
  test_write(data, "stats-damaged-1.db", "the first one");
  test_write(data, "stats.db", "garbage garbage garbage garbage garbage garbage garbage garbage garbage");
  StatsStore *st = open_store();
  ck_assert_ptr_nonnull(strstr(stats_warning(st), "kept as stats-damaged-2.db"));
  stats_close(st);
  char *first = file_in(data, "stats-damaged-1.db"), *text = slurp(first);
  ck_assert_str_eq(text, "the first one");
  free(text);
  free(first);
}
END_TEST

START_TEST(test_another_programs_database_is_set_aside) {
  mkdir(data, 0755);
  char *path = file_in(data, "stats.db");
  sqlite3 *db = raw(path);
  ck_assert_int_eq(sqlite3_exec(db, "CREATE TABLE photos (name TEXT)", NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  StatsStore *st = open_store();
  ck_assert_str_eq(stats_warning(st), "statistics database was damaged (not a kiosk statistics database);"
                                      " kept as stats-damaged-1.db, started a new one");
  stats_close(st);
  free(path);
}
END_TEST

/* A private mount namespace for this test's process (Check forks every test). */
static bool private_mounts(void) {
  return unshare(CLONE_NEWNS) == 0 && mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
}

/* (test_stats_readonly.c has the rescue of a read-only card in full.) */
START_TEST(test_a_read_only_data_folder_gives_no_store_or_a_reading_one) {
  char ro[700];
  snprintf(ro, sizeof ro, "%s/ro", dir);
  mkdir(ro, 0755);
  if (!private_mounts() || mount("tmpfs", ro, "tmpfs", 0, "size=1m") != 0) {
    if (geteuid() == 0) {
      fprintf(stderr, "test: cannot mount here; the read-only case is not checked as root\n");
      return;
    }
    fprintf(stderr, "test: no tmpfs here, using chmod 0555\n");
  }
  char fresh[800], existing[800];
  snprintf(fresh, sizeof fresh, "%s/fresh", ro);
  snprintf(existing, sizeof existing, "%s/existing", ro);
  mkdir(fresh, 0755);
  StatsStore *st = open_at(existing, KIOSK);
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  stats_close(st);
  if (mount("tmpfs", ro, "tmpfs", MS_REMOUNT | MS_RDONLY, "size=1m") != 0) {
    chmod(fresh, 0555);
    chmod(existing, 0555);
  }
  Error err = {""};
  ck_assert_ptr_null(stats_open(fresh, KIOSK, 0, &err));
  ck_assert_msg(strstr(err.msg, "read-only"), "%s", err.msg);
  ck_assert_msg(strstr(err.msg, "fresh/stats.db"), "%s", err.msg);
  err.msg[0] = '\0';
  st = stats_open(existing, KIOSK, 0, &err); /* what it holds can still be seen and exported */
  ck_assert_msg(st != NULL, "%s", err.msg);
  ck_assert(stats_read_only(st));
  ck_assert_msg(strstr(stats_warning(st), "read-only"), "%s", stats_warning(st));
  stats_close(st);
  char *kept = file_in(existing, "stats-damaged-1.db");
  ck_assert(!fs_is_file(kept)); /* a good database is never moved aside for this */
  free(kept);
}
END_TEST

START_TEST(test_a_full_disk_fails_the_call_keeps_earlier_runs_and_recovers) {
  char small[700];
  bool tmpfs = test_small_disk(dir, "small", small, sizeof small);
  StatsStore *st = open_at(small, KIOSK);
  int64_t acked[2000];
  int nacked = 0;
  for (int i = 0; i < 3; i++) acked[nacked++] = one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  char junk[800];
  snprintf(junk, sizeof junk, "%s/junk", small);
  if (tmpfs) {
    test_fill_disk(small);
  } else {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim = {64 * 1024, RLIM_INFINITY};
    setrlimit(RLIMIT_FSIZE, &lim);
  }
  bool failed = false;
  Screen *q = screen_with(SCREEN_CHOICE, "q1", 3, abc, 2);
  for (int i = 0; i < 1900 && !failed; i++) {
    int64_t v = stats_visit_begin(st, 1), r = v ? stats_run_begin(st, v, &lesson1, 2) : 0;
    Answer a = given(1, 0);
    bool ok = r && stats_record_answer(st, r, q, &a, 3) && stats_run_end(st, r, STATS_COMPLETED, 1, 1, 4);
    if (ok) acked[nacked++] = r;
    failed = !ok;
  }
  ck_assert_msg(failed, "the disk never filled");
  if (tmpfs) ck_assert_str_eq(stats_warning(st), "statistics not saved: the disk is full");
  else ck_assert_ptr_nonnull(strstr(stats_warning(st), "statistics not saved: "));
  /* space again: the next call simply works */
  if (tmpfs) unlink(junk);
  else setrlimit(RLIMIT_FSIZE, &(struct rlimit){RLIM_INFINITY, RLIM_INFINITY});
  acked[nacked++] = one_run(st, &lesson2, 1, STATS_COMPLETED, 10);
  ck_assert_ptr_null(stats_warning(st));
  stats_close(st);
  st = open_at(small, KIOSK);
  ck_assert_ptr_null(stats_warning(st));
  for (int i = 0; i < nacked; i++) {
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT outcome = 'completed' FROM runs WHERE id = %lld", (long long)acked[i]);
    ck_assert_int_eq(store_int(st, sql), 1);
  }
  char *check = q_text(st->db, "PRAGMA integrity_check");
  ck_assert_str_eq(check, "ok");
  free(check);
  screen_free(q);
  stats_close(st);
}
END_TEST

/* ---- dashboard --------------------------------------------------------------------- */

START_TEST(test_lessons_count_starts_completions_and_average_score) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  one_run(st, &lesson1, 0, STATS_COMPLETED, 0);
  one_run(st, &lesson1, 1, STATS_ABANDONED, 0);
  one_run(st, &lesson2, 1, STATS_TIMED_OUT, 0);
  StatsLessonRow rows[4];
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){0}, rows, 4), 2);
  ck_assert_str_eq(rows[0].pack_id, "basics");
  ck_assert_str_eq(rows[0].lesson_id, "phishing-sms");
  ck_assert_int_eq(rows[0].starts, 3);
  ck_assert_int_eq(rows[0].completions, 2);
  ck_assert_double_eq_tol(rows[0].average_score, 50.0, 1e-9);
  ck_assert_str_eq(rows[1].lesson_id, "passwords");
  ck_assert_int_eq(rows[1].completions, 0);
  ck_assert_double_eq(rows[1].average_score, -1);
  stats_close(st);
}
END_TEST

START_TEST(test_missed_questions_come_worst_first_with_the_common_wrong_choice) {
  StatsStore *st = open_store();
  Screen *q1 = screen_with(SCREEN_CHOICE, "q1", 3, abc, 2), *q2 = screen_with(SCREEN_CHOICE, "q2", 3, abc, 1);
  int picks1[] = {0, 2, 2, 1}, picks2[] = {0, 0, 1, 0}; /* q1 missed 3 times (c twice), q2 once */
  for (int i = 0; i < 4; i++) {
    int64_t r = stats_run_begin(st, stats_visit_begin(st, 0), &lesson1, 0);
    Answer a = given(picks1[i], 0), b = given(picks2[i], 0), again = given(1, 0);
    ck_assert(stats_record_answer(st, r, q1, &a, 1));
    ck_assert(stats_record_answer(st, r, q1, &again, 2)); /* a retry is not a second learner */
    ck_assert(stats_record_answer(st, r, q2, &b, 3));
  }
  StatsMissed rows[4];
  int n = stats_missed(st, (StatsPeriod){0}, rows, 4);
  ck_assert_int_eq(n, 2);
  ck_assert_str_eq(rows[0].question_id, "q1");
  ck_assert_int_eq(rows[0].answers, 4);
  ck_assert_int_eq(rows[0].wrong, 3);
  ck_assert_str_eq(rows[0].common_wrong, "c");
  ck_assert_str_eq(rows[1].question_id, "q2");
  ck_assert_int_eq(rows[1].wrong, 1);
  ck_assert_int_eq(rows[1].answers, 4);
  ck_assert_str_eq(rows[1].common_wrong, "b");
  screen_free(q1);
  screen_free(q2);
  stats_close(st);
}
END_TEST

START_TEST(test_weeks_start_on_monday_oldest_first_untrusted_last) {
  StatsStore *st = open_store();
  int64_t times[] = {T0 + 2 * STATS_DAY_MS, T0 + 6 * STATS_DAY_MS + 3600000, T0 + 7 * STATS_DAY_MS, 1000};
  for (int i = 0; i < 4; i++) {
    stats_test_set_wall_clock(st, times[i]);
    one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  }
  StatsWeek w[4];
  ck_assert_int_eq(stats_weeks(st, (StatsPeriod){0}, w, 4), 3);
  char monday[16], next[16];
  stats_format_date(T0, monday);
  stats_format_date(T0 + 7 * STATS_DAY_MS, next);
  ck_assert_str_eq(w[0].week, monday); /* Wednesday and Sunday 10:00 */
  ck_assert_int_eq(w[0].completions, 2);
  ck_assert_str_eq(w[1].week, next);
  ck_assert_int_eq(w[1].completions, 1);
  ck_assert_str_eq(w[2].week, "");
  ck_assert_int_eq(w[2].completions, 1);
  stats_close(st);
}
END_TEST

START_TEST(test_languages_are_counted_per_run) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  one_run(st, &lesson2, 1, STATS_COMPLETED, 0);
  one_run(st, &lesson2, 1, STATS_ABANDONED, 0);
  StatsLanguage l[4];
  ck_assert_int_eq(stats_languages(st, (StatsPeriod){0}, l, 4), 2);
  ck_assert_str_eq(l[0].lang, "ms");
  ck_assert_int_eq(l[0].runs, 2);
  ck_assert_str_eq(l[1].lang, "en");
  ck_assert_int_eq(l[1].runs, 1);
  stats_close(st);
}
END_TEST

START_TEST(test_a_period_counts_recent_trusted_runs_and_everything_counts_all) {
  StatsStore *st = open_store();
  stats_test_set_wall_clock(st, T0 - 30 * STATS_DAY_MS);
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0); /* a month ago */
  stats_test_set_wall_clock(st, 5000);
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0); /* clock lost */
  stats_test_set_wall_clock(st, T0 - STATS_DAY_MS);
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0); /* yesterday */
  stats_test_set_wall_clock(st, T0);
  StatsLessonRow rows[2];
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){7}, rows, 2), 1);
  ck_assert_int_eq(rows[0].starts, 1);
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){60}, rows, 2), 1);
  ck_assert_int_eq(rows[0].starts, 2);
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){0}, rows, 2), 1);
  ck_assert_int_eq(rows[0].starts, 3);
  /* with the clock lost now, "the last 7 days" ends at the last trusted record */
  stats_test_set_wall_clock(st, 0);
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){7}, rows, 2), 1);
  ck_assert_int_eq(rows[0].starts, 1);
  stats_close(st);
}
END_TEST

/* ---- export ---------------------------------------------------------------------------- */

/* Two visits: a completed run with a multi answer "b,c" and a choice; a timed-out run. */
static void record_sample(StatsStore *st) {
  int64_t v = stats_visit_begin(st, 1000);
  int64_t r = stats_run_begin(st, v, &lesson1, 1100);
  Screen *m = screen_with(SCREEN_MULTI, "q-all", 3, abc, 6), *c = screen_with(SCREEN_CHOICE, "q1", 3, abc, 1);
  Answer am = given(-1, 6), ac = given(2, 0);
  ck_assert(stats_record_answer(st, r, m, &am, 5000));
  ck_assert(stats_record_answer(st, r, c, &ac, 9000));
  ck_assert(stats_run_end(st, r, STATS_COMPLETED, 1, 2, 12345));
  stats_test_set_wall_clock(st, 4000); /* the clock got lost */
  int64_t v2 = stats_visit_begin(st, 20000);
  int64_t r2 = stats_run_begin(st, v2, &lesson2, 20100);
  ck_assert(stats_run_end(st, r2, STATS_TIMED_OUT, 0, 0, 80100));
  stats_test_set_wall_clock(st, T0);
  screen_free(m);
  screen_free(c);
}

START_TEST(test_export_writes_every_file_with_checksums_sha512sum_accepts) {
  StatsStore *st = open_store();
  record_sample(st);
  char *out = export_ok(st, 0);
  char stamp[20], want[900];
  stats_format_stamp(T0, stamp);
  snprintf(want, sizeof want, "%s/kiosk-export/%s/%s", usb, KIOSK, stamp);
  ck_assert_str_eq(out, want);
  static const char *const files[] = {"runs.csv", "answers.csv", "statements.jsonl", "stats.db",
                                      "SUMMARY.txt", "MANIFEST", "SHA512SUMS"};
  for (int i = 0; i < 7; i++) {
    char *p = file_in(out, files[i]);
    ck_assert_msg(fs_is_file(p), "%s missing", files[i]);
    free(p);
  }
  run_cmd("cd '%s' && ls | grep -c tmp >/dev/null && exit 1; sha512sum --quiet --strict -c SHA512SUMS", out);
  char *mpath = file_in(out, "MANIFEST"), *manifest = slurp(mpath);
  char head[160];
  snprintf(head, sizeof head, "format: stay-safe-kiosk-stats-export\nformat-version: 1\n"
                              "kiosk-id: kiosk-test-1\nschema-version: %d\n", STATS_SCHEMA_VERSION);
  ck_assert_ptr_nonnull(strstr(manifest, head));
  ck_assert_ptr_nonnull(strstr(manifest, "\nvisits: 2\nruns: 2\nanswers: 2\n"));
  free(manifest);
  free(mpath);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_export_csvs_read_back_as_recorded) {
  StatsStore *st = open_store();
  record_sample(st);
  char *out = export_ok(st, 0);
  char *rp = file_in(out, "runs.csv"), *ap = file_in(out, "answers.csv");
  char *rt = slurp(rp), *at = slurp(ap);
  CsvTable runs = csv_parse(rt), answers = csv_parse(at);
  ck_assert_str_eq(runs.error, "");
  ck_assert_str_eq(answers.error, "");
  ck_assert_int_eq(runs.rows, 3);
  ck_assert_int_eq(answers.rows, 3);
  char *visit = q_text(st->db, "SELECT visit_uuid FROM visits WHERE id = 1");
  char iso[32];
  stats_format_iso(T0, iso);
  ck_assert_str_eq(csv_get(&runs, 1, "kiosk_id"), KIOSK);
  ck_assert_str_eq(csv_get(&runs, 1, "visit_id"), visit);
  ck_assert_str_eq(csv_get(&runs, 1, "boot"), "1");
  ck_assert_str_eq(csv_get(&runs, 1, "seq"), "2");
  ck_assert_str_eq(csv_get(&runs, 1, "start_mono_ms"), "1100");
  ck_assert_str_eq(csv_get(&runs, 1, "start_time"), iso);
  ck_assert_str_eq(csv_get(&runs, 1, "start_time_trusted"), "1");
  ck_assert_str_eq(csv_get(&runs, 1, "pack_id"), "basics");
  ck_assert_str_eq(csv_get(&runs, 1, "pack_version"), "1.2.0");
  ck_assert_str_eq(csv_get(&runs, 1, "lesson_id"), "phishing-sms");
  ck_assert_str_eq(csv_get(&runs, 1, "lang"), "en");
  ck_assert_str_eq(csv_get(&runs, 1, "outcome"), "completed");
  ck_assert_str_eq(csv_get(&runs, 1, "score"), "1");
  ck_assert_str_eq(csv_get(&runs, 1, "max"), "2");
  ck_assert_str_eq(csv_get(&runs, 1, "end_seq"), "5");
  ck_assert_str_eq(csv_get(&runs, 1, "duration_ms"), "11245");
  ck_assert_str_eq(csv_get(&runs, 2, "outcome"), "timed-out");
  ck_assert_str_eq(csv_get(&runs, 2, "start_time_trusted"), "0");
  ck_assert_str_eq(csv_get(&runs, 2, "start_time"), "1970-01-01T00:00:04.000Z");
  ck_assert_str_eq(csv_get(&runs, 2, "duration_ms"), "60000");
  ck_assert_str_eq(csv_get(&answers, 1, "visit_id"), visit);
  ck_assert_str_eq(csv_get(&answers, 1, "run_seq"), "2");
  ck_assert_str_eq(csv_get(&answers, 1, "question_id"), "q-all");
  ck_assert_str_eq(csv_get(&answers, 1, "chosen"), "b,c"); /* was quoted in the file */
  ck_assert_str_eq(csv_get(&answers, 1, "correct"), "1");
  ck_assert_str_eq(csv_get(&answers, 1, "points"), "1");
  ck_assert_str_eq(csv_get(&answers, 1, "max"), "1");
  ck_assert_str_eq(csv_get(&answers, 2, "question_id"), "q1");
  ck_assert_str_eq(csv_get(&answers, 2, "chosen"), "c");
  ck_assert_str_eq(csv_get(&answers, 2, "correct"), "0");
  ck_assert_str_eq(csv_get(&answers, 2, "mono_ms"), "9000");
  ck_assert_ptr_nonnull(strstr(at, ",\"b,c\",1,1,1,1\r\n"));
  csv_free(&runs);
  csv_free(&answers);
  free(visit);
  free(rt);
  free(at);
  free(rp);
  free(ap);
  free(out);
  stats_close(st);
}
END_TEST

static bool is_uuid(const char *s) {
  if (!s || strlen(s) != 36) return false;
  for (int i = 0; i < 36; i++) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !strchr("0123456789abcdef", s[i])) return false;
  }
  return s[14] == '8' && strchr("89ab", s[19]); /* RFC 9562 version 8, RFC 4122 variant */
}

static bool is_iri(const char *s) {
  return s && (strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0) && !strpbrk(s, " <>\"{}|\\^`");
}

/* Checks one statement against what xAPI 1.0.3 requires (and what we promise); returns
   "" or the first problem. */
static const char *xapi_problem(const Json *s) {
  static const char *const allowed[] = {"id", "actor", "verb", "object", "result", "context", "timestamp", "version"};
  if (!s || s->type != JSON_OBJECT) return "not an object";
  for (int i = 0; i < s->n; i++) {
    bool ok = false;
    for (int k = 0; k < 8; k++) ok = ok || strcmp(s->keys[i], allowed[k]) == 0;
    if (!ok) return "an unknown top-level property";
  }
  if (!is_uuid(json_str(s, "id"))) return "id is not a UUID";
  const Json *actor = json_get(s, "actor");
  if (!actor || actor->n != 2 || strcmp(json_str(s, "actor.objectType") ? json_str(s, "actor.objectType") : "", "Agent"))
    return "actor is not an Agent with only an account";
  const char *home = json_str(s, "actor.account.homePage"), *name = json_str(s, "actor.account.name");
  if (!is_iri(home) || strcmp(home, STATS_IRI_BASE "/kiosk/" KIOSK) != 0) return "actor.account.homePage";
  if (!name || strlen(name) != 32) return "actor.account.name is not a visit id";
  const char *verb = json_str(s, "verb.id");
  if (!is_iri(verb) || strncmp(verb, "http://adlnet.gov/expapi/verbs/", 31) != 0) return "verb.id";
  const Json *display = json_path(s, "verb.display");
  if (!display || display->type != JSON_OBJECT || !json_str(display, "en-US")) return "verb.display";
  if (!is_iri(json_str(s, "object.id"))) return "object.id is not an IRI";
  const Json *oname = json_path(s, "object.definition.name");
  if (!oname || oname->type != JSON_OBJECT || oname->n < 1 || oname->items[0]->type != JSON_STRING)
    return "object.definition.name is not a language map";
  const Json *score = json_path(s, "result.score");
  if (score) {
    const Json *scaled = json_get(score, "scaled"), *raw = json_get(score, "raw");
    const Json *min = json_get(score, "min"), *max = json_get(score, "max");
    if (!scaled || scaled->type != JSON_NUMBER || scaled->number < -1 || scaled->number > 1) return "score.scaled";
    if (!raw || !min || !max || raw->type != JSON_NUMBER || raw->number < min->number ||
        raw->number > max->number || min->number > max->number)
      return "score raw/min/max";
  }
  const Json *success = json_path(s, "result.success"), *completion = json_path(s, "result.completion");
  if ((success && success->type != JSON_BOOL) || (completion && completion->type != JSON_BOOL)) return "result flags";
  const char *duration = json_str(s, "result.duration");
  if (json_path(s, "result.duration") && (!duration || strncmp(duration, "PT", 2) || duration[strlen(duration) - 1] != 'S'))
    return "result.duration";
  if (!is_uuid(json_str(s, "context.registration"))) return "context.registration";
  if (!json_str(s, "context.language")) return "context.language";
  const Json *ext = json_path(s, "context.extensions");
  for (int i = 0; ext && i < ext->n; i++)
    if (!is_iri(ext->keys[i])) return "an extension key is not an IRI";
  const char *ts = json_str(s, "timestamp");
  if (json_get(s, "timestamp") && (!ts || strlen(ts) != 24 || ts[10] != 'T' || ts[23] != 'Z')) return "timestamp";
  if (!ts && (!ext || !json_get(ext, STATS_IRI_BASE "/xapi/extensions/order"))) return "no timestamp and no order";
  if (!json_str(s, "version") || strcmp(json_str(s, "version"), "1.0.3") != 0) return "version";
  return "";
}

/* Every statement of an export, as parsed JSON (caller frees each). */
static int read_statements(const char *out, Json **st, int max) {
  char *p = file_in(out, "statements.jsonl"), *text = slurp(p);
  ck_assert(text[strlen(text) - 1] == '\n');
  int n = 0;
  char *save = NULL;
  for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    ck_assert_int_lt(n, max);
    st[n] = json_parse(line);
    ck_assert_msg(st[n] != NULL, "line %d is not JSON: %s", n + 1, line);
    n++;
  }
  free(text);
  free(p);
  return n;
}

START_TEST(test_statement_ids_stay_the_same_for_the_same_record) {
  /* what every kiosk version has to give for this record, so an LRS never holds one
     record twice under two ids */
  char id[37];
  stats_xapi_uuid("kiosk-test-1", "0123456789abcdef0123456789abcdef", 42, "answered", id);
  ck_assert_str_eq(id, "e757d421-2241-8cc9-bdea-9378cca82c3e");
  ck_assert(is_uuid(id));
  char other[37];
  stats_xapi_uuid("kiosk-test-1", "0123456789abcdef0123456789abcdef", 43, "answered", other);
  ck_assert_str_ne(id, other);
}
END_TEST

START_TEST(test_untrusted_times_leave_the_timestamp_out_and_say_what_is_known) {
  StatsStore *st = open_store(); /* the clock reads T0, trusted */
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  stats_test_set_wall_clock(st, 0); /* 1970: the clock went back after a power cut */
  one_run(st, &lesson2, 1, STATS_COMPLETED, 100);
  char *out = export_ok(st, 0);
  Json *s[16];
  int n = read_statements(out, s, 16);
  ck_assert_int_eq(n, 6);
  ck_assert_ptr_nonnull(json_str(s[0], "timestamp"));
  for (int i = 3; i < 6; i++) {
    ck_assert_msg(json_get(s[i], "timestamp") == NULL, "statement %d has a timestamp", i + 1);
    const Json *ext = json_path(s[i], "context.extensions");
    ck_assert_ptr_nonnull(ext);
    ck_assert_ptr_nonnull(json_get(ext, STATS_IRI_BASE "/xapi/extensions/order"));
    const Json *after = json_get(ext, STATS_IRI_BASE "/xapi/extensions/after-trusted-time");
    ck_assert_ptr_nonnull(after);
    char iso[32];
    stats_format_iso(T0, iso); /* the last trusted record: the first run's end */
    ck_assert_str_eq(after->string, iso);
  }
  for (int i = 0; i < n; i++) json_free(s[i]);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_every_statement_is_valid_xapi) {
  StatsStore *st = open_store();
  record_sample(st);
  char *out = export_ok(st, 0);
  Json *s[16];
  int n = read_statements(out, s, 16);
  ck_assert_int_eq(n, 6); /* initialized, answered x2, completed; initialized, terminated */
  static const char *const verbs[] = {"initialized", "answered", "answered", "completed", "initialized", "terminated"};
  for (int i = 0; i < n; i++) {
    const char *why = xapi_problem(s[i]);
    ck_assert_msg(why[0] == '\0', "statement %d: %s", i + 1, why);
    char want[80];
    snprintf(want, sizeof want, "http://adlnet.gov/expapi/verbs/%s", verbs[i]);
    ck_assert_str_eq(json_str(s[i], "verb.id"), want);
  }
  ck_assert_str_eq(json_str(s[1], "object.id"), STATS_IRI_BASE "/activities/basics/phishing-sms/q-all");
  ck_assert_str_eq(json_str(s[1], "result.response"), "b[,]c");
  ck_assert(json_path(s[1], "result.success")->boolean);
  ck_assert(!json_path(s[2], "result.success")->boolean);
  ck_assert_double_eq_tol(json_path(s[3], "result.score.scaled")->number, 0.5, 1e-9);
  ck_assert_str_eq(json_str(s[3], "result.duration"), "PT11.24S");
  ck_assert_str_eq(json_str(s[0], "context.registration"), json_str(s[3], "context.registration"));
  ck_assert_str_ne(json_str(s[0], "context.registration"), json_str(s[4], "context.registration"));
  char iso[32];
  stats_format_iso(T0, iso);
  ck_assert_str_eq(json_str(s[0], "timestamp"), iso);
  ck_assert_ptr_null(json_get(s[4], "timestamp")); /* untrusted: order instead */
  const Json *order = json_get(json_path(s[4], "context.extensions"), STATS_IRI_BASE "/xapi/extensions/order");
  ck_assert_double_eq(json_get(order, "boot")->number, 1);
  ck_assert_double_eq(json_get(order, "seq")->number, 7);
  ck_assert_str_eq(json_get(json_path(s[5], "context.extensions"), STATS_IRI_BASE "/xapi/extensions/outcome")->string,
                   "timed-out");
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++) ck_assert_str_ne(json_str(s[i], "id"), json_str(s[j], "id"));
  for (int i = 0; i < n; i++) json_free(s[i]);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_exporting_again_gives_the_same_statement_ids) {
  StatsStore *st = open_store();
  record_sample(st);
  char *a = export_ok(st, 0), *b = export_ok(st, 0);
  ck_assert_str_ne(a, b); /* a second folder, -2 */
  ck_assert_ptr_nonnull(strstr(b, "-2"));
  Json *sa[16], *sb[16];
  int na = read_statements(a, sa, 16), nb = read_statements(b, sb, 16);
  ck_assert_int_eq(na, nb);
  for (int i = 0; i < na; i++) {
    ck_assert_str_eq(json_str(sa[i], "id"), json_str(sb[i], "id"));
    json_free(sa[i]);
    json_free(sb[i]);
  }
  free(a);
  free(b);
  stats_close(st);
}
END_TEST

START_TEST(test_without_a_trusted_clock_the_export_is_named_by_boot_and_seq) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  stats_test_set_wall_clock(st, 0);
  char *out = export_ok(st, 0), want[900];
  snprintf(want, sizeof want, "%s/kiosk-export/%s/boot1-seq4", usb, KIOSK);
  ck_assert_str_eq(out, want);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_the_database_copy_is_whole_and_opens_read_only) {
  StatsStore *st = open_store();
  record_sample(st);
  char *out = export_ok(st, 0), *copy = file_in(out, "stats.db");
  chmod(out, 0555);
  sqlite3 *db = NULL;
  ck_assert_int_eq(sqlite3_open_v2(copy, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  char *mode = q_text(db, "PRAGMA journal_mode");
  ck_assert_str_eq(mode, "delete");
  ck_assert_int_eq(q_int(db, "SELECT count(*) FROM answers"), 2);
  char *check = q_text(db, "PRAGMA integrity_check");
  ck_assert_str_eq(check, "ok");
  sqlite3_close(db);
  chmod(out, 0755);
  free(mode);
  free(check);
  free(copy);
  free(out);
  stats_close(st);
}
END_TEST

/* The totals to share outside the programme: small counts hidden, no record at all. */
START_TEST(test_aggregate_holds_totals_only_with_small_counts_hidden) {
  StatsStore *st = open_store();
  for (int i = 0; i < 2; i++) one_run(st, &lesson2, 0, STATS_COMPLETED, 0);
  for (int i = 0; i < 6; i++) one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  char *uuid = q_text(st->db, "SELECT visit_uuid FROM visits LIMIT 1");
  char *db = xstrdup(st->path), *out = file_in(dir, "share");
  stats_close(st);
  Error err;
  ck_assert_msg(stats_aggregate(db, out, 5, &err), "%s", err.msg);
  char *p = file_in(out, "lessons.csv"), *lessons = slurp(p);
  ck_assert_ptr_nonnull(strstr(lessons, "all,basics,phishing-sms,6,6,0,100\r\n"));
  ck_assert_ptr_nonnull(strstr(lessons, "all,basics,passwords,<5,<5,0,\r\n"));
  ck_assert_ptr_nonnull(strstr(lessons, KIOSK ",basics,phishing-sms,6,6,0,100\r\n"));
  free(p);
  p = file_in(out, "questions.csv");
  char *questions = slurp(p);
  ck_assert_ptr_nonnull(strstr(questions, "all,basics,passwords,q1,<5,<5,\r\n")); /* no wrong choice shown */
  run_cmd("cd '%s' && sha512sum --quiet --strict -c SHA512SUMS && ! grep -rq '%s' . && ! ls | grep -q 'runs\\|answers\\|statements\\|stats.db'",
          out, uuid);
  ck_assert(!stats_aggregate(db, out, 5, &err)); /* never over an existing folder */
  ck_assert_ptr_nonnull(strstr(err.msg, "already there"));
  free(questions);
  free(p);
  free(lessons);
  free(out);
  free(db);
  free(uuid);
}
END_TEST

START_TEST(test_summary_shows_small_counts_as_below_k) {
  StatsStore *st = open_store();
  for (int i = 0; i < 2; i++) one_run(st, &lesson2, 0, STATS_COMPLETED, 0);
  for (int i = 0; i < 6; i++) one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  char *out = export_ok(st, 5), *p = file_in(out, "SUMMARY.txt"), *text = slurp(p);
  ck_assert_ptr_nonnull(strstr(text, "Counts from fewer than 5 visits are shown as \"<5\".\n"));
  ck_assert_ptr_nonnull(strstr(text, "Visits: 8   Lesson runs: 8   Completed: 8   Interrupted: 0\n"));
  ck_assert_ptr_nonnull(strstr(text, "basics/phishing-sms          6          6            0       100%\n"));
  ck_assert_ptr_nonnull(strstr(text, "basics/passwords            <5         <5            0          -\n"));
  ck_assert_ptr_nonnull(strstr(text, "basics/passwords: q1                                               <5       <5  -\n"));
  ck_assert_ptr_nonnull(strstr(text, "ms                 <5         <5             -          -\n"));
  ck_assert_ptr_nonnull(strstr(text, "en                  6          6          100%       100%\n"));
  free(text);
  free(p);
  free(out);
  out = export_ok(st, 0);
  p = file_in(out, "SUMMARY.txt");
  text = slurp(p);
  ck_assert_ptr_nonnull(strstr(text, "basics/passwords             2          2            0         0%\n"));
  ck_assert_ptr_nonnull(strstr(text, "basics/passwords: q1                                                2        2  a\n"));
  ck_assert_ptr_nonnull(strstr(text, "ms                  2          2          100%         0%\n"));
  free(text);
  free(p);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_an_export_that_cannot_be_written_fails_and_leaves_no_folder) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  char *blocker = file_in(dir, "notafolder");
  test_write(dir, "notafolder", "a file where the stick's folder should be");
  StatsExportResult res;
  Error err = {""};
  ck_assert(!stats_export(st, blocker, NULL, &res, &err));
  ck_assert_ptr_null(res.dir);
  ck_assert_ptr_nonnull(strstr(err.msg, "notafolder"));
  free(blocker);
  stats_close(st);
}
END_TEST

/* ---- merge --------------------------------------------------------------------------- */

static const char runs_header_for_tests[] =
    "kiosk_id,visit_id,boot,seq,start_mono_ms,start_time,start_time_trusted,pack_id,"
    "pack_version,lesson_id,lang,outcome,score,max,end_boot,end_seq,end_mono_ms,end_time,"
    "end_time_trusted,duration_ms\r\n";

typedef struct Lines {
  char text[8192];
  int n;
} Lines;

static void collect(void *ud, const char *line) {
  Lines *l = ud;
  size_t used = strlen(l->text);
  snprintf(l->text + used, sizeof l->text - used, "%s\n", line);
  l->n++;
}

static int merge(const char *central, const char *folder, Lines *lines) {
  Error err = {""};
  const char *dirs[1] = {folder};
  int n = stats_merge(central, dirs, 1, collect, lines, &err);
  ck_assert_msg(n >= 0, "merge: %s", err.msg);
  return n;
}

static int64_t central_count(const char *central, const char *table) {
  sqlite3 *db = raw(central);
  char sql[64];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
  int64_t n = q_int(db, sql);
  sqlite3_close(db);
  return n;
}

static char *kiosk_export(const char *where, const char *kiosk, int runs) {
  StatsStore *st = open_at(where, kiosk);
  for (int i = 0; i < runs; i++) one_run(st, i % 2 ? &lesson2 : &lesson1, i % 3 == 0, STATS_COMPLETED, 0);
  char *out = export_ok(st, 0);
  stats_close(st);
  return out;
}

START_TEST(test_an_empty_store_exports_and_merges) {
  StatsStore *st = open_store();
  char *out = export_ok(st, 5), *central = file_in(dir, "central.db");
  char *rp = file_in(out, "runs.csv"), *text = slurp(rp);
  ck_assert_str_eq(text, runs_header_for_tests);
  Lines l = {"", 0};
  const char *dirs[1] = {out};
  Error err;
  ck_assert_int_eq(stats_merge(central, dirs, 1, collect, &l, &err), 1);
  ck_assert_int_eq(central_count(central, "runs"), 0);
  free(text);
  free(rp);
  free(central);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_merging_the_same_export_twice_changes_nothing) {
  char *out = kiosk_export(data, KIOSK, 5), *central = file_in(dir, "central.db");
  Lines l = {"", 0};
  ck_assert_int_eq(merge(central, out, &l), 1);
  ck_assert_int_eq(central_count(central, "runs"), 5);
  ck_assert_int_eq(central_count(central, "answers"), 5);
  ck_assert_int_eq(central_count(central, "visits"), 5);
  Lines again = {"", 0};
  ck_assert_int_eq(merge(central, out, &again), 1);
  ck_assert_int_eq(central_count(central, "runs"), 5);
  ck_assert_int_eq(central_count(central, "answers"), 5);
  ck_assert_int_eq(central_count(central, "visits"), 5);
  ck_assert_int_eq(central_count(central, "exports"), 1);
  ck_assert_ptr_null(strstr(again.text, "conflict"));
  ck_assert_ptr_nonnull(strstr(again.text, "merged before (its SHA512SUMS is known): skipped"));
  free(central);
  free(out);
}
END_TEST

static int64_t central_cards(const char *central) {
  sqlite3 *db = raw(central);
  int64_t n = q_int(db, "SELECT coalesce(sum(shown), 0) FROM cards");
  sqlite3_close(db);
  return n;
}

START_TEST(test_take_home_cards_are_a_day_count_that_exports_and_merges_in_any_order) {
  StatsStore *st = open_store();
  for (int i = 0; i < 3; i++) ck_assert(stats_count_card(st, 1000 + (uint64_t)i));
  ck_assert_int_eq(stats_cards(st, (StatsPeriod){0}), 3);
  ck_assert_int_eq(stats_cards(st, (StatsPeriod){7}), 3);
  /* a count for the day and nothing else: no visit, lesson, language or time of day */
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM cards"), 1);
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM visits"), 0);
  char *first = export_to(st, 0, false, NULL);
  ck_assert(stats_count_card(st, 2000));
  ck_assert(stats_count_card(st, 2001));
  char *second = export_to(st, 0, false, NULL); /* the day's row again, grown to 5 */
  char *central = file_in(dir, "central.db"), *other = file_in(dir, "other.db");
  Lines l = {"", 0};
  ck_assert_int_eq(merge(central, first, &l), 1);
  ck_assert_int_eq(central_cards(central), 3);
  ck_assert_int_eq(merge(central, second, &l), 1);
  ck_assert_int_eq(central_cards(central), 5);
  ck_assert_int_eq(merge(central, first, &l), 1); /* merged before: nothing changes */
  ck_assert_int_eq(central_cards(central), 5);
  /* the later count holds whatever the order */
  ck_assert_int_eq(merge(other, second, &l), 1);
  ck_assert_int_eq(merge(other, first, &l), 1);
  ck_assert_int_eq(central_cards(other), 5);
  ck_assert_ptr_null(strstr(l.text, "conflict"));
  Error err;
  char *text = stats_summary(central, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ck_assert_ptr_nonnull(strstr(text, "Take-home cards shown: 5\n"));
  free(text);
  /* the HTML report and the aggregate's summary count them where the other counts are */
  char *html = file_in(dir, "report.html"), *agg = file_in(dir, "aggregate");
  ck_assert_msg(stats_report(central, html, NULL, &err), "%s", err.msg);
  text = slurp(html);
  ck_assert_ptr_nonnull(strstr(text, " answers, 5 take-home cards shown."));
  free(text);
  ck_assert_msg(stats_aggregate(central, agg, 0, &err), "%s", err.msg);
  char *summary = file_in(agg, "SUMMARY.txt");
  text = slurp(summary);
  ck_assert_ptr_nonnull(strstr(text, "Take-home cards shown: 5\n"));
  free(text);
  free(summary);
  free(agg);
  free(html);
  free(other);
  free(central);
  free(second);
  free(first);
  stats_close(st);
}
END_TEST

START_TEST(test_two_kiosks_merge_into_one_database_and_summary) {
  char other[700];
  snprintf(other, sizeof other, "%s/other", dir);
  char *a = kiosk_export(data, "kiosk-aaa", 3), *b = kiosk_export(other, "kiosk-bbb", 4);
  char *central = file_in(dir, "central.db");
  Lines l = {"", 0};
  const char *dirs[2] = {a, b};
  Error err;
  ck_assert_int_eq(stats_merge(central, dirs, 2, collect, &l, &err), 2);
  ck_assert_int_eq(central_count(central, "runs"), 7);
  ck_assert_int_eq(central_count(central, "kiosks"), 2);
  char *text = stats_summary(central, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ck_assert_ptr_nonnull(strstr(text, "2 kiosks\n"));
  ck_assert_ptr_nonnull(strstr(text, "== All kiosks ==\n"));
  ck_assert_ptr_nonnull(strstr(text, "Visits: 7   Lesson runs: 7   Completed: 7   Interrupted: 0\n"));
  ck_assert_ptr_nonnull(strstr(text, "== Kiosk kiosk-aaa ==\n"));
  ck_assert_ptr_nonnull(strstr(text, "== Kiosk kiosk-bbb ==\n"));
  ck_assert_ptr_nonnull(strstr(text, "Visits: 4   Lesson runs: 4   Completed: 4   Interrupted: 0\n"));
  free(text);
  free(central);
  free(a);
  free(b);
}
END_TEST

/* ---- incremental exports ------------------------------------------------------------- */

/* Answers question `id` (a choice of a, b, c; b is right) with option `pick`. */
static void answer_q(StatsStore *st, int64_t run, const char *id, int pick, uint64_t t) {
  Screen *s = screen_with(SCREEN_CHOICE, id, 3, abc, 1u << 1);
  Answer a = given(pick, 0);
  ck_assert(stats_record_answer(st, run, s, &a, t));
  screen_free(s);
}

/* A visit with a run of `lesson` still going: one answer so far. */
static int64_t open_run(StatsStore *st, const StatsLesson *l, uint64_t t) {
  int64_t v = stats_visit_begin(st, t), r = v ? stats_run_begin(st, v, l, t + 10) : 0;
  ck_assert_int_gt(r, 0);
  answer_q(st, r, "q1", 1, t + 20);
  return r;
}

/* Every record of a central database as text, ids left out (they differ by merge
   order), sorted: two databases that hold the same records give the same text. */
static char *central_dump(const char *central) {
  sqlite3 *db = raw(central);
  Buf b = {0};
  static const char *const queries[] = {
      "SELECT visit_uuid || '|' || kiosk_id || '|' || boot || '|' || seq || '|' || wall_ms FROM visits ORDER BY 1",
      "SELECT v.visit_uuid || '|' || r.lesson_id || '|' || r.start_seq || '|' || ifnull(r.outcome, '-') || '|'"
      " || ifnull(r.score, '-') || '|' || ifnull(r.end_seq, '-') FROM runs r JOIN visits v ON v.id = r.visit_id ORDER BY 1",
      "SELECT v.visit_uuid || '|' || r.start_seq || '|' || a.question_id || '|' || a.chosen || '|' || a.seq"
      " FROM answers a JOIN runs r ON r.id = a.run_id JOIN visits v ON v.id = r.visit_id ORDER BY 1",
  };
  for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
    sqlite3_stmt *s;
    ck_assert_int_eq(sqlite3_prepare_v2(db, queries[q], -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) buf_printf(&b, "%s\n", (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    buf_adds(&b, "--\n");
  }
  sqlite3_close(db);
  return buf_take(&b);
}

static int csv_rows(const char *folder, const char *name) {
  char *p = file_in(folder, name), *text = slurp(p);
  int n = -1; /* the header */
  for (const char *c = text; *c; c++) n += *c == '\n';
  free(text);
  free(p);
  return n;
}

START_TEST(test_a_second_export_right_after_a_first_holds_no_runs) {
  StatsStore *st = open_store();
  for (int i = 0; i < 3; i++) one_run(st, &lesson1, 1, STATS_COMPLETED, (uint64_t)i * 100);
  StatsExportResult r1, r2;
  char *first = export_to(st, 0, false, &r1), *second = export_to(st, 0, false, &r2);
  ck_assert(!r1.incremental); /* nothing exported before: everything */
  ck_assert_int_eq(r1.runs, 3);
  ck_assert(r1.marked);
  ck_assert(r2.incremental);
  ck_assert_int_eq(r2.runs, 0);
  ck_assert_int_eq(r2.from_seq, r1.to_seq);
  ck_assert_int_eq(csv_rows(first, "runs.csv"), 3);
  ck_assert_int_eq(csv_rows(second, "runs.csv"), 0);
  ck_assert_int_eq(csv_rows(second, "answers.csv"), 0);
  char *mpath = file_in(second, "MANIFEST"), *manifest = slurp(mpath);
  ck_assert_ptr_nonnull(strstr(manifest, "\nkind: incremental\n"));
  ck_assert_ptr_nonnull(strstr(manifest, "\nvisits: 0\nruns: 0\nanswers: 0\n"));
  free(manifest);
  free(mpath);
  run_cmd("cd '%s' && sha512sum --quiet --strict -c SHA512SUMS", second);
  free(first);
  free(second);
  stats_close(st);
}
END_TEST

START_TEST(test_an_incremental_export_holds_what_changed_since_the_last) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  int64_t going = open_run(st, &lesson2, 100); /* still going at the first export */
  free(export_to(st, 0, false, NULL));
  answer_q(st, going, "q2", 0, 200);
  ck_assert(stats_run_end(st, going, STATS_COMPLETED, 1, 2, 210));
  one_run(st, &lesson1, 0, STATS_ABANDONED, 300);
  StatsExportResult r;
  char *out = export_to(st, 0, false, &r);
  ck_assert(r.incremental);
  ck_assert_int_eq(r.runs, 2); /* the run that ended since, and the new one */
  ck_assert_int_eq(csv_rows(out, "runs.csv"), 2);
  ck_assert_int_eq(csv_rows(out, "answers.csv"), 2); /* q2, and the new run's q1: not the old q1 */
  char *p = file_in(out, "answers.csv"), *csv = slurp(p);
  ck_assert_ptr_nonnull(strstr(csv, ",q2,"));
  free(csv);
  free(p);
  p = file_in(out, "statements.jsonl");
  csv = slurp(p);
  ck_assert_ptr_nonnull(strstr(csv, "/verbs/completed")); /* the old run's end, now known */
  free(csv);
  free(p);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_incremental_and_full_exports_merge_in_any_order_to_one_result) {
  StatsStore *st = open_store();
  int64_t going = open_run(st, &lesson1, 0);
  one_run(st, &lesson2, 1, STATS_COMPLETED, 50);
  char *e[4];
  e[0] = export_to(st, 0, false, NULL); /* everything so far: one run still going */
  answer_q(st, going, "q2", 1, 100);
  one_run(st, &lesson1, 0, STATS_COMPLETED, 150);
  e[1] = export_to(st, 0, false, NULL);
  ck_assert(stats_run_end(st, going, STATS_TIMED_OUT, 1, 2, 200));
  one_run(st, &lesson2, 1, STATS_ABANDONED, 250);
  stats_visit_begin(st, 300); /* a visit that never started a lesson */
  e[2] = export_to(st, 0, false, NULL);
  e[3] = export_to(st, 0, true, NULL); /* staff's "everything" */
  /* the whole history, merged once: what every order must give */
  char *whole = file_in(dir, "whole.db");
  ck_assert_int_eq(merge(whole, e[3], &(Lines){"", 0}), 1);
  char *want = central_dump(whole);
  static const int orders[][8] = {
      {0, 1, 2, -1},          {2, 1, 0, -1},          {1, 2, 0, 1, 2, -1}, {3, 0, 1, 2, -1},
      {0, 1, 2, 3, 3, 0, -1}, {2, 3, 1, 1, 0, 2, -1}, {1, 0, 3, 2, -1},
  };
  for (size_t o = 0; o < sizeof orders / sizeof orders[0]; o++) {
    char name[32];
    snprintf(name, sizeof name, "central-%zu.db", o);
    char *central = file_in(dir, name);
    for (int i = 0; orders[o][i] >= 0; i++) {
      Lines l = {"", 0};
      ck_assert_int_eq(merge(central, e[orders[o][i]], &l), 1);
      ck_assert_msg(!strstr(l.text, "conflicting"), "order %zu, step %d: %s", o, i, l.text);
    }
    char *got = central_dump(central);
    ck_assert_msg(strcmp(got, want) == 0, "order %zu gives\n%s\ninstead of\n%s", o, got, want);
    free(got);
    free(central);
  }
  free(want);
  free(whole);
  for (int i = 0; i < 4; i++) free(e[i]);
  stats_close(st);
}
END_TEST

START_TEST(test_a_big_range_is_split_into_whole_export_folders) {
  StatsStore *st = open_store();
  for (int i = 0; i < 7; i++) one_run(st, &lesson1, i % 2, STATS_COMPLETED, (uint64_t)i * 100);
  StatsExportOptions opt = {.max_runs = 3};
  StatsExportResult r;
  Error err = {""};
  ck_assert_msg(stats_export(st, usb, &opt, &r, &err), "%s", err.msg);
  ck_assert_int_eq(r.parts, 3);
  ck_assert_int_eq(r.runs, 7);
  ck_assert_ptr_nonnull(strstr(r.dir, "-part1-of-3"));
  char *central = file_in(dir, "central.db");
  char *parent = path_dirname(r.dir);
  int runs[3] = {0};
  for (int i = 1; i <= 3; i++) {
    char *leaf = xasprintf("%s/%s", parent, path_basename(r.dir));
    char *cut = strstr(leaf, "-part1-of-3");
    cut[5] = (char)('0' + i);
    runs[i - 1] = csv_rows(leaf, "runs.csv");
    ck_assert_int_eq(merge(central, leaf, &(Lines){"", 0}), 1);
    free(leaf);
  }
  ck_assert_int_eq(runs[0], 3);
  ck_assert_int_eq(runs[1], 3);
  ck_assert_int_eq(runs[2], 1);
  ck_assert_int_eq(central_count(central, "runs"), 7);
  ck_assert_int_eq(central_count(central, "visits"), 7);
  ck_assert_int_eq(central_count(central, "answers"), 7);
  stats_export_result_free(&r);
  free(parent);
  free(central);
  stats_close(st);
}
END_TEST

START_TEST(test_statements_may_be_written_compressed) {
  StatsStore *st = open_store();
  for (int i = 0; i < 4; i++) one_run(st, &lesson1, 1, STATS_COMPLETED, (uint64_t)i * 100);
  StatsExportOptions opt = {.gzip = true};
  StatsExportResult r;
  Error err = {""};
  ck_assert_msg(stats_export(st, usb, &opt, &r, &err), "%s", err.msg);
  char *plain = file_in(r.dir, "statements.jsonl"), *gz = file_in(r.dir, "statements.jsonl.gz");
  ck_assert(!fs_exists(plain));
  ck_assert(fs_is_file(gz));
  run_cmd("cd '%s' && sha512sum --quiet --strict -c SHA512SUMS && test \"$(zcat statements.jsonl.gz | wc -l)\" = 12",
          r.dir);
  char *central = file_in(dir, "central.db");
  ck_assert_int_eq(merge(central, r.dir, &(Lines){"", 0}), 1);
  ck_assert_int_eq(central_count(central, "runs"), 4);
  free(central);
  free(plain);
  free(gz);
  stats_export_result_free(&r);
  stats_close(st);
}
END_TEST

START_TEST(test_an_export_merged_before_is_known_by_its_checksum_file_and_skipped) {
  char *out = kiosk_export(data, KIOSK, 3), *central = file_in(dir, "central.db");
  ck_assert_int_eq(merge(central, out, &(Lines){"", 0}), 1);
  /* take its database away: a second merge must not even look (O(1), not O(records)) */
  char *db = file_in(out, "stats.db");
  ck_assert_int_eq(unlink(db), 0);
  Lines l = {"", 0};
  ck_assert_int_eq(merge(central, out, &l), 1);
  ck_assert_msg(strstr(l.text, "merged before (its SHA512SUMS is known): skipped") != NULL, "%s", l.text);
  ck_assert_int_eq(central_count(central, "runs"), 3);
  free(db);
  free(central);
  free(out);
}
END_TEST

START_TEST(test_a_failed_export_does_not_move_where_the_next_starts) {
  StatsStore *st = open_store();
  one_run(st, &lesson1, 1, STATS_COMPLETED, 0);
  test_write(dir, "blocker", "a file where the stick's folder should be");
  char *blocker = file_in(dir, "blocker");
  StatsExportResult r;
  Error err = {""};
  ck_assert(!stats_export(st, blocker, NULL, &r, &err));
  ck_assert_int_eq(store_int(st, "SELECT exported_seq FROM meta"), 0);
  char *out = export_to(st, 0, false, &r);
  ck_assert(!r.incremental);
  ck_assert_int_eq(r.runs, 1);
  ck_assert_int_eq(store_int(st, "SELECT exported_seq FROM meta"), r.to_seq);
  free(out);
  free(blocker);
  stats_close(st);
}
END_TEST

static char *read_bytes(const char *path, size_t *n) {
  Error err;
  char *s = fs_read_file(path, 1 << 26, n, &err);
  ck_assert_msg(s != NULL, "%s", err.msg);
  return s;
}

/* Merges a spoilt copy of a good export (never merged itself: a copy of an export merged
   before is skipped by its checksum file, whatever became of its files) into a central
   database holding another kiosk's records; asserts the refusal and an untouched central. */
static void refused(const char *good, const char *spoil, const char *want) {
  char *central = file_in(dir, "central.db"), *bad = file_in(dir, "bad"), *other_dir = file_in(dir, "other");
  if (!fs_is_file(central)) {
    char *other = kiosk_export(other_dir, "kiosk-other", 2);
    Lines l = {"", 0};
    ck_assert_int_eq(merge(central, other, &l), 1);
    free(other);
  }
  free(other_dir);
  size_t n0, n1;
  char *before = read_bytes(central, &n0);
  run_cmd("rm -rf '%s' && cp -a '%s' '%s' && cd '%s' && %s", bad, good, bad, bad, spoil);
  Lines r = {"", 0};
  ck_assert_int_eq(merge(central, bad, &r), 0);
  char line[1200];
  snprintf(line, sizeof line, "%s: refused: %s\n", bad, want);
  ck_assert_str_eq(r.text, line);
  char *after = read_bytes(central, &n1);
  ck_assert_uint_eq(n0, n1);
  ck_assert(memcmp(before, after, n0) == 0);
  free(before);
  free(after);
  free(central);
  free(bad);
}

START_TEST(test_a_truncated_export_is_refused_and_the_central_database_is_unchanged) {
  char *good = kiosk_export(data, KIOSK, 4);
  refused(good, "truncate -s 100 statements.jsonl", "statements.jsonl does not match SHA512SUMS (truncated or edited)");
  refused(good, "rm answers.csv", "truncated export: answers.csv is missing");
  refused(good, "rm SHA512SUMS", "incomplete export: SHA512SUMS is missing (the copy was cut short?)");
  free(good);
}
END_TEST

START_TEST(test_an_edited_export_is_refused_and_the_central_database_is_unchanged) {
  char *good = kiosk_export(data, KIOSK, 4);
  refused(good, "sed -i 's/completed/abandoned/' runs.csv", "runs.csv does not match SHA512SUMS (truncated or edited)");
  refused(good, "sed -i 's/runs: 4/runs: 3/' MANIFEST && sha512sum runs.csv answers.csv statements.jsonl"
                " stats.db SUMMARY.txt MANIFEST > SHA512SUMS",
          "stats.db does not hold what MANIFEST counts (edited?)");
  free(good);
}
END_TEST

START_TEST(test_a_folder_that_is_not_an_export_is_refused) {
  char *central = file_in(dir, "central.db"), *foreign = file_in(dir, "holiday-photos");
  test_write(dir, "holiday-photos/IMG_0001.txt", "not statistics");
  Lines l = {"", 0};
  ck_assert_int_eq(merge(central, foreign, &l), 0);
  char want[900];
  snprintf(want, sizeof want, "%s: refused: not a kiosk statistics export (no SHA512SUMS or MANIFEST)\n", foreign);
  ck_assert_str_eq(l.text, want);
  test_write(dir, "holiday-photos/MANIFEST", "format: something-else\n");
  run_cmd("cd '%s' && sha512sum MANIFEST IMG_0001.txt > SHA512SUMS", foreign);
  Lines l2 = {"", 0};
  ck_assert_int_eq(merge(central, foreign, &l2), 0);
  ck_assert_ptr_nonnull(strstr(l2.text, "refused: incomplete export: SHA512SUMS does not list runs.csv"));
  free(central);
  free(foreign);
}
END_TEST

START_TEST(test_a_conflicting_duplicate_is_reported_and_skipped) {
  char *good = kiosk_export(data, KIOSK, 3), *central = file_in(dir, "central.db");
  char *twin = file_in(dir, "twin");
  run_cmd("cp -a '%s' '%s' && cd '%s' && sqlite3 stats.db \"UPDATE runs SET score = 0 WHERE id = 1\" &&"
          " sha512sum runs.csv answers.csv statements.jsonl stats.db SUMMARY.txt MANIFEST > SHA512SUMS",
          good, twin, twin);
  Lines l = {"", 0};
  ck_assert_int_eq(merge(central, good, &l), 1);
  Lines c = {"", 0};
  ck_assert_int_eq(merge(central, twin, &c), 1);
  char want[900];
  snprintf(want, sizeof want, "%s: conflicting duplicate lesson run (boot 1, seq 2) differs from the one"
                              " merged before; kept the earlier one\n", twin);
  ck_assert_ptr_nonnull(strstr(c.text, want));
  sqlite3 *db = raw(central);
  ck_assert_int_eq(q_int(db, "SELECT score FROM runs WHERE start_seq = 2"), 1);
  ck_assert_int_eq(q_int(db, "SELECT count(*) FROM runs"), 3);
  sqlite3_close(db);
  free(twin);
  free(central);
  free(good);
}
END_TEST

START_TEST(test_a_run_exported_while_going_gets_its_end_from_a_later_export) {
  StatsStore *st = open_store();
  int64_t r = stats_run_begin(st, stats_visit_begin(st, 0), &lesson1, 0);
  char *first = export_ok(st, 0);
  ck_assert(stats_run_end(st, r, STATS_COMPLETED, 1, 1, 100));
  char *second = export_ok(st, 0), *central = file_in(dir, "central.db");
  Lines l = {"", 0};
  ck_assert_int_eq(merge(central, first, &l), 1);
  ck_assert_int_eq(merge(central, second, &l), 1);
  ck_assert_ptr_nonnull(strstr(l.text, "0 new runs, 1 runs ended since an earlier export"));
  ck_assert_ptr_null(strstr(l.text, "conflict"));
  Lines again = {"", 0};
  ck_assert_int_eq(merge(central, first, &again), 1); /* the older view changes nothing back */
  sqlite3 *db = raw(central);
  char *outcome = q_text(db, "SELECT outcome FROM runs");
  ck_assert_str_eq(outcome, "completed");
  sqlite3_close(db);
  free(outcome);
  free(central);
  free(first);
  free(second);
  stats_close(st);
}
END_TEST

/* ---- report and privacy -------------------------------------------------------------- */

START_TEST(test_the_report_is_one_self_contained_html_file_with_escaped_text) {
  char *out = kiosk_export(data, KIOSK, 6), *central = file_in(dir, "central.db");
  Lines l = {"", 0};
  merge(central, out, &l);
  sqlite3 *db = raw(central); /* a hand-made database may hold anything */
  ck_assert_int_eq(sqlite3_exec(db, "UPDATE runs SET lesson_id = '<script>alert(1)</script>' WHERE id = 1",
                                NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  char *html_path = file_in(dir, "report.html");
  Error err = {""};
  ck_assert_msg(stats_report(central, html_path, NULL, &err), "%s", err.msg);
  char *html = slurp(html_path);
  ck_assert(strncmp(html, "<!DOCTYPE html>", 15) == 0);
  ck_assert_ptr_nonnull(strstr(html, "<svg"));
  ck_assert_ptr_nonnull(strstr(html, "</html>\n"));
  ck_assert_ptr_null(strstr(html, "http"));
  ck_assert_ptr_null(strstr(html, "<script"));
  ck_assert_ptr_null(strstr(html, "src="));
  ck_assert_ptr_null(strstr(html, "@import"));
  ck_assert_ptr_nonnull(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  ck_assert_ptr_nonnull(strstr(html, "Starts and completions per lesson"));
  ck_assert_ptr_nonnull(strstr(html, "Most-missed questions"));
  ck_assert_ptr_nonnull(strstr(html, "Language mix"));
  ck_assert_ptr_nonnull(strstr(html, "Completions per week"));
  free(html);
  free(html_path);
  free(central);
  free(out);
}
END_TEST

START_TEST(test_text_a_learner_sees_is_never_stored_or_exported) {
  StatsStore *st = open_store();
  int64_t r = stats_run_begin(st, stats_visit_begin(st, 0), &lesson1, 0);
  static const char *const ids[] = {"weak", "strong", "reuse"};
  Screen *s = screen_with(SCREEN_CHOICE, "pick-password", 3, ids, 2);
  s->options[1].text = arena_strdup(s->arena, "P@ssw0rd-Secret-123");
  s->options[1].feedback = arena_strdup(s->arena, "Yes: P@ssw0rd-Secret-123 is long");
  s->text = arena_strdup(s->arena, "Which is safer than P@ssw0rd-Secret-123?");
  Answer a = given(1, 0);
  ck_assert(stats_record_answer(st, r, s, &a, 1));
  ck_assert(stats_run_end(st, r, STATS_COMPLETED, 1, 1, 2));
  char *out = export_ok(st, 0);
  int rc = system("command -v grep >/dev/null");
  ck_assert_int_eq(rc, 0);
  char cmd[2000];
  snprintf(cmd, sizeof cmd, "grep -r -a -F -q -e 'P@ssw0rd-Secret-123' -e 'Secret' '%s' '%s'", data, usb);
  ck_assert_int_eq(WEXITSTATUS(system(cmd)), 1); /* 1: not found anywhere */
  snprintf(cmd, sizeof cmd, "grep -r -a -F -q 'strong' '%s'", out);
  ck_assert_int_eq(WEXITSTATUS(system(cmd)), 0); /* the option's id is there */
  screen_free(s);
  free(out);
  stats_close(st);
}
END_TEST

START_TEST(test_synthetic_runs_fill_a_store_that_exports_and_merges) {
  StatsStore *st = open_store();
  Error err = {""};
  ck_assert_msg(stats_fill_synthetic(st, 300, 3, 42, &err), "%s", err.msg);
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs"), 300);
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM answers"), 900);
  ck_assert_int_eq(store_int(st, "SELECT count(*) FROM runs WHERE outcome IS NULL"), 0);
  char *out = export_ok(st, 0), *central = file_in(dir, "central.db");
  Lines l = {"", 0};
  ck_assert_int_eq(merge(central, out, &l), 1);
  ck_assert_int_eq(central_count(central, "answers"), 900);
  Json *s[1600];
  int n = read_statements(out, s, 1600);
  ck_assert_int_eq(n, 300 * 5);
  for (int i = 0; i < n; i++) {
    const char *why = xapi_problem(s[i]);
    ck_assert_msg(why[0] == '\0', "statement %d: %s", i + 1, why);
    json_free(s[i]);
  }
  free(central);
  free(out);
  stats_close(st);
}
END_TEST

static Suite *stats_suite(void) {
  Suite *s = suite_create("stats");
  TCase *tc = tcase_create("store");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_open_makes_a_wal_database_with_full_sync_at_the_current_schema);
  tcase_add_test(tc, test_each_open_counts_a_boot_and_the_sequence_carries_on);
  tcase_add_test(tc, test_a_kiosk_id_that_is_not_plain_is_refused);
  tcase_add_test(tc, test_a_visit_is_a_random_id_with_boot_seq_mono_and_trusted_time);
  tcase_add_test(tc, test_run_begin_records_the_lesson_and_leaves_the_outcome_open);
  tcase_add_test(tc, test_run_end_records_each_outcome_with_score_and_duration);
  tcase_add_test(tc, test_a_second_run_end_is_ignored);
  tcase_add_test(tc, test_a_choice_answer_records_the_option_id);
  tcase_add_test(tc, test_a_multi_answer_records_the_ticked_ids_in_option_order);
  tcase_add_test(tc, test_a_flags_answer_records_the_flags_found);
  tcase_add_test(tc, test_a_chat_answer_records_the_reply_id);
  tcase_add_test(tc, test_a_decide_answer_records_safe_or_scam);
  tcase_add_test(tc, test_pages_results_and_unanswered_screens_are_not_recorded);
  tcase_add_test(tc, test_the_same_question_again_counts_as_a_second_attempt);
  tcase_add_test(tc, test_ids_that_are_not_plain_ids_are_refused_and_nothing_is_stored);
  tcase_add_test(tc, test_records_for_unknown_runs_and_visits_fail);
  tcase_add_test(tc, test_a_version_1_database_is_migrated_and_keeps_its_data);
  tcase_add_test(tc, test_a_version_1_database_gains_the_interrupted_outcome_and_closes_its_open_run);
  tcase_add_test(tc, test_a_run_left_open_by_a_kill_is_closed_as_interrupted_and_counted);
  tcase_add_test(tc, test_a_version_1_database_reads_for_a_summary_without_being_changed);
  tcase_add_test(tc, test_the_clock_is_trusted_only_after_the_build_and_when_plausible);
  tcase_add_test(tc, test_timesyncd_flag_makes_a_far_future_clock_trusted);
  tcase_add_test(tc, test_a_clock_jumping_backward_keeps_the_order);
  tcase_add_test(tc, test_a_file_that_is_not_a_database_is_set_aside_and_a_new_one_works);
  tcase_add_test(tc, test_a_truncated_database_is_set_aside_and_a_new_one_works);
  tcase_add_test(tc, test_a_cleanly_closed_database_opens_without_a_check);
  tcase_add_test(tc, test_after_a_crash_the_check_runs_beside_the_kiosk);
  tcase_add_test(tc, test_a_wal_left_behind_means_a_check_even_with_the_clean_mark);
  tcase_add_test(tc, test_damage_found_after_a_crash_is_set_aside_and_a_new_one_works);
  tcase_add_test(tc, test_the_next_visit_sets_aside_what_the_check_found);
  tcase_add_test(tc, test_a_write_that_meets_damage_leaves_no_clean_mark_so_the_next_start_checks);
  tcase_add_test(tc, test_a_second_damage_is_kept_under_the_next_number);
  tcase_add_test(tc, test_another_programs_database_is_set_aside);
  tcase_add_test(tc, test_a_read_only_data_folder_gives_no_store_or_a_reading_one);
  tcase_add_test(tc, test_a_full_disk_fails_the_call_keeps_earlier_runs_and_recovers);
  suite_add_tcase(s, tc);

  TCase *dash = tcase_create("dashboard");
  tcase_add_checked_fixture(dash, setup, teardown);
  tcase_add_test(dash, test_lessons_count_starts_completions_and_average_score);
  tcase_add_test(dash, test_missed_questions_come_worst_first_with_the_common_wrong_choice);
  tcase_add_test(dash, test_weeks_start_on_monday_oldest_first_untrusted_last);
  tcase_add_test(dash, test_languages_are_counted_per_run);
  tcase_add_test(dash, test_a_period_counts_recent_trusted_runs_and_everything_counts_all);
  suite_add_tcase(s, dash);

  TCase *ex = tcase_create("export-merge-report");
  tcase_add_checked_fixture(ex, setup, teardown);
  tcase_set_timeout(ex, 120);
  tcase_add_test(ex, test_export_writes_every_file_with_checksums_sha512sum_accepts);
  tcase_add_test(ex, test_export_csvs_read_back_as_recorded);
  tcase_add_test(ex, test_every_statement_is_valid_xapi);
  tcase_add_test(ex, test_statement_ids_stay_the_same_for_the_same_record);
  tcase_add_test(ex, test_untrusted_times_leave_the_timestamp_out_and_say_what_is_known);
  tcase_add_test(ex, test_exporting_again_gives_the_same_statement_ids);
  tcase_add_test(ex, test_without_a_trusted_clock_the_export_is_named_by_boot_and_seq);
  tcase_add_test(ex, test_the_database_copy_is_whole_and_opens_read_only);
  tcase_add_test(ex, test_summary_shows_small_counts_as_below_k);
  tcase_add_test(ex, test_aggregate_holds_totals_only_with_small_counts_hidden);
  tcase_add_test(ex, test_an_export_that_cannot_be_written_fails_and_leaves_no_folder);
  tcase_add_test(ex, test_an_empty_store_exports_and_merges);
  tcase_add_test(ex, test_merging_the_same_export_twice_changes_nothing);
  tcase_add_test(ex, test_take_home_cards_are_a_day_count_that_exports_and_merges_in_any_order);
  tcase_add_test(ex, test_two_kiosks_merge_into_one_database_and_summary);
  tcase_add_test(ex, test_a_second_export_right_after_a_first_holds_no_runs);
  tcase_add_test(ex, test_an_incremental_export_holds_what_changed_since_the_last);
  tcase_add_test(ex, test_incremental_and_full_exports_merge_in_any_order_to_one_result);
  tcase_add_test(ex, test_a_big_range_is_split_into_whole_export_folders);
  tcase_add_test(ex, test_statements_may_be_written_compressed);
  tcase_add_test(ex, test_an_export_merged_before_is_known_by_its_checksum_file_and_skipped);
  tcase_add_test(ex, test_a_failed_export_does_not_move_where_the_next_starts);
  tcase_add_test(ex, test_a_truncated_export_is_refused_and_the_central_database_is_unchanged);
  tcase_add_test(ex, test_an_edited_export_is_refused_and_the_central_database_is_unchanged);
  tcase_add_test(ex, test_a_folder_that_is_not_an_export_is_refused);
  tcase_add_test(ex, test_a_conflicting_duplicate_is_reported_and_skipped);
  tcase_add_test(ex, test_a_run_exported_while_going_gets_its_end_from_a_later_export);
  tcase_add_test(ex, test_the_report_is_one_self_contained_html_file_with_escaped_text);
  tcase_add_test(ex, test_text_a_learner_sees_is_never_stored_or_exported);
  tcase_add_test(ex, test_synthetic_runs_fill_a_store_that_exports_and_merges);
  suite_add_tcase(s, ex);
  return s;
}

TEST_MAIN(stats_suite)
