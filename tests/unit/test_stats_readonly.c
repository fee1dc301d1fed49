/* test_stats_readonly.c — the records on an SD card the kernel remounted read-only are
   rescued: export, summary and report read them without writing a byte there, after a
   clean close, after a crash (a WAL and its -shm left behind) and with a WAL but no
   -shm; and a kiosk that starts on such a card opens its statistics for reading, says
   so to staff, and still exports. Each test mounts a tmpfs "card" in a private mount
   namespace (as root, or in a user namespace) and remounts it read-only. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"
#include "stats/stats.h"
#include "statsutil.h"
#include "testutil.h"

#define KIOSK "kiosk-card-1"

static char *dir;
static char card[600], out[600];

static void write_proc(const char *path, const char *text) {
  int fd = open(path, O_WRONLY);
  if (fd >= 0) {
    ssize_t ignored = write(fd, text, strlen(text));
    (void)ignored;
    close(fd);
  }
}

/* This test's process gets mounts of its own (Check forks every test): as root a mount
   namespace; otherwise a user namespace too, mapping us to its root. */
static void private_mounts(void) {
  uid_t uid = geteuid();
  gid_t gid = getegid();
  if (uid != 0) {
    ck_assert_msg(unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0,
                  "cannot make a user and mount namespace (%s): run as root or enable user namespaces",
                  strerror(errno));
    char map[64];
    write_proc("/proc/self/setgroups", "deny");
    snprintf(map, sizeof map, "0 %u 1", (unsigned)uid);
    write_proc("/proc/self/uid_map", map);
    snprintf(map, sizeof map, "0 %u 1", (unsigned)gid);
    write_proc("/proc/self/gid_map", map);
  } else {
    ck_assert_msg(unshare(CLONE_NEWNS) == 0, "cannot make a mount namespace: %s", strerror(errno));
  }
  ck_assert_int_eq(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), 0);
}

static void setup(void) {
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  snprintf(card, sizeof card, "%s/card", dir);
  snprintf(out, sizeof out, "%s/usb", dir);
  mkdir(card, 0755);
  mkdir(out, 0755);
  private_mounts();
  ck_assert_msg(mount("tmpfs", card, "tmpfs", 0, "size=4m") == 0, "mount tmpfs: %s", strerror(errno));
}

static void teardown(void) {
  umount2(card, MNT_DETACH);
  test_rmtree(dir);
  free(dir);
}

static void remount_read_only(void) {
  ck_assert_msg(mount("tmpfs", card, "tmpfs", MS_REMOUNT | MS_RDONLY, "size=4m") == 0, "remount: %s",
                strerror(errno));
  char probe[700];
  snprintf(probe, sizeof probe, "%s/probe", card);
  ck_assert_int_lt(open(probe, O_WRONLY | O_CREAT, 0644), 0);
  ck_assert_int_eq(errno, EROFS);
}

static const StatsLesson lesson = {"basics", "1.2.0", "phishing-sms", "en"};

/* n finished runs of one question each. */
static void record(StatsStore *st, int n) {
  Screen *q = test_question();
  for (int i = 0; i < n; i++) {
    int64_t v = stats_visit_begin(st, 1), r = stats_run_begin(st, v, &lesson, 2);
    Answer a = {ANSWER_GIVEN, 1, 0, 0};
    ck_assert(r > 0 && stats_record_answer(st, r, q, &a, 3) && stats_run_end(st, r, STATS_COMPLETED, 1, 1, 4));
  }
  screen_free(q);
}

static StatsStore *open_card(void) {
  Error err;
  StatsStore *st = stats_open(card, KIOSK, 0, &err);
  ck_assert_msg(st != NULL, "%s", err.msg);
  return st;
}

/* n runs recorded, then the store closed as the kiosk closes it. */
static void record_and_close(int n) {
  StatsStore *st = open_card();
  record(st, n);
  stats_close(st);
}

/* n runs recorded by a process that then dies without closing (a kill or power cut
   leaves the WAL and its -shm beside the file). */
static void record_and_crash(int n) {
  pid_t pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) {
    Error err;
    StatsStore *st = stats_open(card, KIOSK, 0, &err);
    if (!st) _exit(2);
    record(st, n);
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);
  ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static bool on_card(const char *name) {
  char path[700];
  snprintf(path, sizeof path, "%s/%s", card, name);
  return fs_exists(path);
}

static int64_t runs_in(StatsStore *st) {
  int64_t n = -1;
  Error err;
  ck_assert_msg(stats_db_int(st->db, "SELECT count(*) FROM runs WHERE outcome = 'completed'", &n, &err), "%s",
                err.msg);
  return n;
}

/* The records can be rescued: a read-only store sees `runs` runs, exports them, and the
   summary and report of the card's database show them. */
static void expect_rescued(int runs) {
  Error err;
  StatsStore *st = stats_open_read_only(card, &err);
  ck_assert_msg(st != NULL, "%s", err.msg);
  ck_assert(stats_read_only(st));
  ck_assert_int_eq(runs_in(st), runs);
  StatsExportResult res;
  ck_assert_msg(stats_export(st, out, NULL, &res, &err), "%s", err.msg);
  char *folder = res.dir;
  ck_assert(!res.incremental); /* the first export holds everything */
  char *csv_path = path_join(folder, "runs.csv");
  char *csv = fs_read_file(csv_path, 1 << 20, NULL, &err);
  ck_assert_ptr_nonnull(csv);
  int lines = 0;
  for (char *p = csv; *p; p++) lines += *p == '\n';
  ck_assert_int_eq(lines, runs + 1);
  ck_assert_msg(strstr(folder, "/kiosk-export/" KIOSK "/") != NULL, "%s", folder);
  stats_close(st);
  char *db = path_join(card, "stats.db");
  char *summary = stats_summary(db, NULL, &err);
  ck_assert_msg(summary != NULL, "%s", err.msg);
  char want[64];
  snprintf(want, sizeof want, "Lesson runs: %d ", runs);
  ck_assert_msg(strstr(summary, want) != NULL, "%s", summary);
  char *html = path_join(out, "report.html");
  ck_assert_msg(stats_report(db, html, NULL, &err), "%s", err.msg);
  free(html);
  free(summary);
  free(db);
  free(csv);
  free(csv_path);
  free(folder);
}

START_TEST(test_records_are_rescued_after_a_clean_close) {
  record_and_close(3);
  ck_assert(!on_card("stats.db-wal") && !on_card("stats.db-shm")); /* nothing but the file */
  remount_read_only();
  expect_rescued(3);
}
END_TEST

START_TEST(test_records_in_the_wal_are_rescued_after_a_crash) {
  record_and_close(1);
  record_and_crash(2);
  ck_assert(on_card("stats.db-wal") && on_card("stats.db-shm"));
  remount_read_only();
  expect_rescued(3);
}
END_TEST

START_TEST(test_records_in_a_wal_without_its_shm_are_rescued) {
  record_and_close(1);
  record_and_crash(2);
  char shm[700];
  snprintf(shm, sizeof shm, "%s/stats.db-shm", card);
  ck_assert_int_eq(unlink(shm), 0);
  remount_read_only();
  expect_rescued(3);
}
END_TEST

START_TEST(test_a_kiosk_starting_on_a_read_only_card_reads_and_says_so) {
  record_and_close(2);
  remount_read_only();
  Error err;
  StatsStore *st = stats_open(card, KIOSK, 0, &err);
  ck_assert_msg(st != NULL, "%s", err.msg);
  ck_assert(stats_read_only(st));
  ck_assert_str_eq(stats_warning(st), "the card is read-only: nothing is saved");
  StatsLessonRow rows[4];
  StatsPeriod all = {0};
  ck_assert_int_eq(stats_lessons(st, all, rows, 4), 1);
  ck_assert_int_eq(rows[0].completions, 2);
  /* recording fails with a reason and nothing else happens */
  ck_assert_int_eq(stats_visit_begin(st, 5), 0);
  ck_assert_str_eq(stats_warning(st), "statistics not saved: the card is read-only");
  ck_assert_int_eq(stats_lost_records(st), 1);
  ck_assert_str_eq(stats_lost_reason(st), "the card is read-only");
  StatsExportResult res;
  ck_assert_msg(stats_export(st, out, NULL, &res, &err), "%s", err.msg);
  stats_export_result_free(&res);
  stats_close(st);
}
END_TEST

START_TEST(test_a_read_only_card_without_a_database_is_a_clear_error) {
  remount_read_only();
  Error err = {""};
  ck_assert_ptr_null(stats_open(card, KIOSK, 0, &err));
  ck_assert_msg(strstr(err.msg, "read-only") && strstr(err.msg, "card/stats.db"), "%s", err.msg);
  ck_assert_ptr_null(stats_open_read_only(card, &err));
  ck_assert_msg(strstr(err.msg, "card/stats.db: no statistics database here"), "%s", err.msg);
}
END_TEST

static Suite *readonly_suite(void) {
  Suite *s = suite_create("stats-readonly");
  TCase *tc = tcase_create("card");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_records_are_rescued_after_a_clean_close);
  tcase_add_test(tc, test_records_in_the_wal_are_rescued_after_a_crash);
  tcase_add_test(tc, test_records_in_a_wal_without_its_shm_are_rescued);
  tcase_add_test(tc, test_a_kiosk_starting_on_a_read_only_card_reads_and_says_so);
  tcase_add_test(tc, test_a_read_only_card_without_a_database_is_a_clear_error);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(readonly_suite)
