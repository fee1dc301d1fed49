/* test_health.c — the start counter, the safe-mode decision and the exit record
   (config/health.h), and the check for a data partition that is not mounted. */
#include <stdlib.h>
#include <string.h>

#include "config/health.h"
#include "core/fs.h"
#include "testutil.h"

#define BOOT_A "11111111-aaaa-4000-8000-000000000001"
#define BOOT_B "22222222-bbbb-4000-8000-000000000002"

/* A start that fails: it begins and ends (as systemd reports it) before it ran healthy. */
static bool failed_start(Health *h, const char *boot, long long t) {
  bool safe = health_begin(h, boot, t, "0.1.0");
  health_exit(h, t + 2, "0.1.0", "core-dump", "dumped SEGV");
  return safe;
}

START_TEST(test_safe_mode_after_three_failed_starts_in_one_boot) {
  Health h;
  memset(&h, 0, sizeof h);
  ck_assert_msg(!failed_start(&h, BOOT_A, 100), "the first start is a normal one");
  ck_assert_msg(!failed_start(&h, BOOT_A, 110), "one failure is not enough for safe mode");
  ck_assert_msg(!failed_start(&h, BOOT_A, 120), "two failures are not enough for safe mode");
  ck_assert_int_eq(h.failed, 2);
  bool safe = health_begin(&h, BOOT_A, 130, "0.1.0");
  ck_assert_msg(safe, "after %d failed starts the kiosk must start in safe mode", HEALTH_SAFE_AFTER);
  ck_assert_int_eq(h.failed, HEALTH_SAFE_AFTER);
  ck_assert_msg(strstr(h.safe_reason, "core-dump") && strstr(h.safe_reason, "SEGV"),
                "the reason names the last failure: '%s'", h.safe_reason);
  /* safe mode runs well: it stays safe mode for this boot, and the count starts again */
  health_ok(&h, "opengles2");
  ck_assert_int_eq(h.failed, 0);
  ck_assert_str_eq(h.renderer, "opengles2");
  ck_assert_msg(health_begin(&h, BOOT_A, 200, "0.1.0"), "safe mode lasts until the next boot");
  health_ok(&h, "opengles2");
  ck_assert_msg(!health_begin(&h, BOOT_B, 300, "0.1.0"), "a new boot tries a normal start again");
}
END_TEST

START_TEST(test_a_good_or_clean_start_is_not_a_failure) {
  Health h;
  memset(&h, 0, sizeof h);
  for (int i = 0; i < 10; i++) {
    ck_assert_msg(!health_begin(&h, BOOT_A, 100 + i, "0.1.0"), "start %d: runs well, never safe mode", i);
    if (i % 2) health_ok(&h, "software");
    else health_stopped(&h); /* systemctl stop before it ran 30 s */
  }
  ck_assert_int_eq(h.failed, 0);
  ck_assert_int_eq(h.nexits, 0);
  /* a crash after a good start (the watchdog killed a hung kiosk) is recorded, not counted */
  health_begin(&h, BOOT_A, 200, "0.1.0");
  health_ok(&h, "software");
  health_exit(&h, 260, "0.1.0", "watchdog", "killed ABRT");
  ck_assert(!health_begin(&h, BOOT_A, 262, "0.1.0"));
  ck_assert_int_eq(h.failed, 0);
  ck_assert_int_eq(h.nexits, 1);
  ck_assert_str_eq(h.exits[0].reason, "watchdog");
}
END_TEST

START_TEST(test_a_start_cut_by_the_end_of_a_boot_is_recorded_not_counted) {
  Health h;
  memset(&h, 0, sizeof h);
  ck_assert(!failed_start(&h, BOOT_A, 100));
  ck_assert(!failed_start(&h, BOOT_A, 110));
  ck_assert(!health_begin(&h, BOOT_A, 120, "0.1.0")); /* the power goes while it starts */
  ck_assert_msg(!health_begin(&h, BOOT_B, 500, "0.1.0"), "a power cut says nothing about the kiosk");
  ck_assert_int_eq(h.failed, 0);
  const HealthExit *x = health_last_exit(&h);
  ck_assert_ptr_nonnull(x);
  ck_assert_str_eq(x->reason, "boot-ended");
  ck_assert_int_eq(x->start, 3);
  /* without systemd saying why, a failed start is still counted and recorded */
  ck_assert(!health_begin(&h, BOOT_B, 510, "0.1.0"));
  ck_assert_int_eq(h.failed, 1);
  ck_assert_str_eq(health_last_exit(&h)->reason, "ended");
}
END_TEST

START_TEST(test_exit_record_keeps_the_newest_and_merges_one_start) {
  Health h;
  memset(&h, 0, sizeof h);
  health_begin(&h, BOOT_A, 100, "0.1.0");
  health_exit(&h, 101, "0.1.0", "start-failed", "cannot open a window: no display");
  health_exit(&h, 102, "0.1.0", "exit-code", "exited 1");
  ck_assert_int_eq(h.nexits, 1);
  ck_assert_str_eq(h.exits[0].reason, "exit-code");
  ck_assert_msg(strstr(h.exits[0].detail, "exited 1") && strstr(h.exits[0].detail, "no display"),
                "both the kiosk's message and systemd's verdict are kept: '%s'", h.exits[0].detail);
  for (int i = 0; i < HEALTH_MAX_EXITS + 5; i++) failed_start(&h, BOOT_B, 200 + i);
  ck_assert_int_eq(h.nexits, HEALTH_MAX_EXITS);
  ck_assert_int_eq(health_last_exit(&h)->time, 200 + HEALTH_MAX_EXITS + 4 + 2);
  ck_assert_msg(h.exits[0].time > 102, "the oldest exits are forgotten first");
}
END_TEST

START_TEST(test_record_survives_save_and_load_and_damage) {
  char *dir = test_tmpdir();
  Health h;
  Error err;
  ck_assert_msg(health_load(&h, dir, &err), "no file yet is an empty record");
  ck_assert_int_eq(h.starts, 0);
  failed_start(&h, BOOT_A, 100);
  health_begin(&h, BOOT_A, 110, "0.1.0");
  /* a message with a line break must not become a line of the file */
  health_exit(&h, 111, "0.1.0", "start-failed", "bad\nboot evil\nfailed 99");
  ck_assert(health_save(&h, dir, &err));
  Health back;
  ck_assert(health_load(&back, dir, &err));
  ck_assert_str_eq(back.boot, BOOT_A);
  ck_assert_int_eq(back.starts, 2);
  ck_assert_int_eq(back.failed, 1);
  ck_assert(back.starting);
  ck_assert_int_eq(back.nexits, 2);
  ck_assert_str_eq(back.exits[1].detail, "bad boot evil failed 99");
  ck_assert_int_eq(back.exits[0].time, 102);
  char *report = health_report(&back);
  ck_assert_msg(strstr(report, "Failed starts in a row: 1") && strstr(report, "dumped SEGV"), "report:\n%s", report);
  free(report);
  /* damage: garbage lines and a truncated exit line are skipped, the rest is read */
  test_write(dir, HEALTH_FILE, "boot " BOOT_A "\n\x01\x02garbage\nfailed 2\nexit 12 notanumber\nstarting 1\nexit 3 5 0.1 watchdog x\n");
  ck_assert(health_load(&back, dir, &err));
  ck_assert_int_eq(back.failed, 2);
  ck_assert(back.starting);
  ck_assert_int_eq(back.nexits, 1);
  ck_assert_str_eq(back.exits[0].reason, "watchdog");
  ck_assert_msg(health_begin(&back, BOOT_A, 50, "0.1.0"), "a damaged file still counts the failed starts it holds");
  test_rmtree(dir);
  free(dir);
}
END_TEST

START_TEST(test_a_listed_but_unmounted_data_folder_is_missing) {
  char *dir = test_tmpdir();
  size_t n = strlen(dir) + 32;
  char *data = malloc(n), *fstab = malloc(n), *line = malloc(3 * n);
  snprintf(data, n, "%s/data", dir);
  snprintf(fstab, n, "%s/fstab", dir);
  ck_assert_int_eq(mkdir(data, 0755), 0);
  snprintf(line, 3 * n, "# a comment\nLABEL=kiosk-data %s ext4 defaults,nofail 0 2\n", data);
  test_write(dir, "fstab", line);
  ck_assert_msg(fs_mount_missing(data, fstab), "listed in fstab, nothing mounted: missing");
  test_write(dir, "fstab", "LABEL=other /srv/other ext4 defaults 0 2\n");
  ck_assert_msg(!fs_mount_missing(data, fstab), "a plain data folder (not in fstab) is not missing");
  ck_assert_msg(!fs_mount_missing(data, "/nonexistent/fstab"), "no fstab: nothing is expected");
  test_write(dir, "fstab", "/dev/root / ext4 defaults 0 1\n");
  ck_assert_msg(!fs_mount_missing("/", fstab), "the root folder is always mounted");
  test_rmtree(dir);
  free(data);
  free(fstab);
  free(line);
  free(dir);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("health");
  TCase *tc = tcase_create("health");
  tcase_add_test(tc, test_safe_mode_after_three_failed_starts_in_one_boot);
  tcase_add_test(tc, test_a_good_or_clean_start_is_not_a_failure);
  tcase_add_test(tc, test_a_start_cut_by_the_end_of_a_boot_is_recorded_not_counted);
  tcase_add_test(tc, test_exit_record_keeps_the_newest_and_merges_one_start);
  tcase_add_test(tc, test_record_survives_save_and_load_and_damage);
  tcase_add_test(tc, test_a_listed_but_unmounted_data_folder_is_missing);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
