/* test_app_loop.c — the kiosk's own loop in a window (SDL's offscreen video driver), as
   systemd runs it: READY=1 once the first frame is on the screen, WATCHDOG=1 from the
   loop at half of WATCHDOG_USEC, a STATUS line when the data partition is missing, and
   on SIGTERM (which SDL turns into a quit) STOPPING=1 and exit status 0. The kiosk runs
   in a child process; the test is systemd's end of $NOTIFY_SOCKET. And the loop's sleep
   (app_wake_ms) misses no deadline of the kiosk's clock. */
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>

#include "app/internal.h"
#include "config/health.h"
#include "testutil.h"

#define NOTICE_WAIT_MS 120000 /* the first frame of a sanitized kiosk on a loaded machine */

static char *dir;
static int sock = -1;
static char sock_path[300];

static void setup(void) {
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  snprintf(sock_path, sizeof sock_path, "%s/notify", dir);
  sock = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock_path);
  ck_assert_int_eq(bind(sock, (struct sockaddr *)&addr, sizeof addr), 0);
}

static void teardown(void) {
  close(sock);
  test_rmtree(dir);
  free(dir);
}

/* The kiosk as systemd starts it, in a child; returns its pid. */
static pid_t start_kiosk(const char *data) {
  fflush(NULL); /* the child exits through exit(): nothing buffered twice */
  pid_t pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) {
    /* as systemd starts it: Check's own SIGTERM handler (which ends the test's process
       group) is not the kiosk's, and SDL takes SIGTERM only while it is the default */
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    setenv("NOTIFY_SOCKET", sock_path, 1);
    setenv("WATCHDOG_USEC", "400000", 1); /* a ping every 200 ms */
    unsetenv("WATCHDOG_PID");
    setenv("SDL_VIDEODRIVER", "offscreen", 1);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    AppOptions opt = {.data_dir = data, .lessons_dir = "lessons", .assets_dir = "assets",
                      .width = 800, .height = 480};
    exit(app_run(&opt)); /* exit, not _exit: the sanitizer's leak check and the line
                            counts of the kiosk's loop are written as the kiosk's are */
  }
  return pid;
}

/* The next notice from the kiosk, into buf; fails when none comes in time. */
static const char *next_notice(char *buf, size_t size) {
  struct pollfd p = {.fd = sock, .events = POLLIN};
  ck_assert_msg(poll(&p, 1, NOTICE_WAIT_MS) == 1, "the kiosk told systemd nothing");
  ssize_t n = recv(sock, buf, size - 1, 0);
  ck_assert_int_gt(n, 0);
  buf[n] = '\0';
  return buf;
}

/* Reads notices until want comes. */
static void wait_for(const char *want) {
  char buf[256];
  while (strcmp(next_notice(buf, sizeof buf), want) != 0) continue;
}

static int stop_kiosk(pid_t pid) {
  ck_assert_int_eq(kill(pid, SIGTERM), 0);
  wait_for("STOPPING=1");
  int status;
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert_msg(WIFEXITED(status), "the kiosk did not exit (status %d)", status);
  return WEXITSTATUS(status);
}

START_TEST(test_ready_after_the_first_frame_pings_then_stops_cleanly_on_sigterm) {
  char data[512];
  snprintf(data, sizeof data, "%s/data", dir);
  pid_t pid = start_kiosk(data);
  char buf[256];
  /* nothing before the first frame but READY=1 (no STATUS: a healthy start) */
  ck_assert_str_eq(next_notice(buf, sizeof buf), "READY=1");
  ck_assert_str_eq(next_notice(buf, sizeof buf), "WATCHDOG=1");
  ck_assert_str_eq(next_notice(buf, sizeof buf), "WATCHDOG=1"); /* and again, from the loop */
  ck_assert_int_eq(stop_kiosk(pid), 0);
}
END_TEST

START_TEST(test_a_missing_data_partition_is_told_to_systemd_and_the_kiosk_starts) {
  char data[512], fstab[512], line[700];
  snprintf(data, sizeof data, "%s/mnt", dir);
  ck_assert_int_eq(mkdir(data, 0755), 0);
  snprintf(line, sizeof line, "LABEL=kiosk-data %s ext4 defaults,nofail 0 2\n", data);
  test_write(dir, "fstab", line);
  snprintf(fstab, sizeof fstab, "%s/fstab", dir);
  setenv("KIOSK_FSTAB", fstab, 1);
  pid_t pid = start_kiosk(data);
  char buf[256];
  ck_assert_str_eq(next_notice(buf, sizeof buf), "STATUS=data partition missing");
  ck_assert_str_eq(next_notice(buf, sizeof buf), "READY=1");
  ck_assert_int_eq(stop_kiosk(pid), 0);
  unsetenv("KIOSK_FSTAB");
  ck_assert_msg(rmdir(data) == 0, "the kiosk wrote under the empty mount point %s", data);
}
END_TEST

/* A kiosk whose display does not open exits 1 with the reason, and its start is
   recorded as failed (the crash record staff and safe mode read), not left "starting". */
START_TEST(test_a_display_that_does_not_open_ends_the_start_recorded_as_failed) {
  char data[512];
  snprintf(data, sizeof data, "%s/data", dir);
  setenv("SDL_VIDEODRIVER", "no-such-driver", 1);
  AppOptions opt = {.data_dir = data, .lessons_dir = "lessons", .assets_dir = "assets", .width = 800,
                    .height = 480};
  ck_assert_int_eq(app_run(&opt), 1);
  unsetenv("SDL_VIDEODRIVER");
  Health h;
  Error err;
  ck_assert_msg(health_load(&h, data, &err), "%s", err.msg);
  const HealthExit *x = health_last_exit(&h);
  ck_assert_ptr_nonnull(x);
  ck_assert_str_eq(x->reason, "start-failed");
  ck_assert_msg(x->detail[0] != '\0', "the failed start gives no reason");
}
END_TEST

/* The loop's turn: draw what is due, sleep exactly what app_wake_ms says, then tick. */
static void sleep_until_wake(App *app, uint64_t *now) {
  app_draw(app, *now); /* an animation frame due now is drawn, as the loop does */
  int wake = app_wake_ms(app, *now);
  ck_assert_int_ge(wake, 0); /* something is due: the loop must not sleep for good */
  *now += (uint64_t)wake;
  app_tick(app, *now);
}

/* A loop that sleeps until app_wake_ms misses no deadline and wakes for none too early
   to matter: the staff gesture completes at 3 s of holding, an idle visit's countdown
   starts at its limit, and the visit is cleared APP_COUNTDOWN_S later, each exactly on
   time. */
START_TEST(test_sleeping_until_the_next_wake_misses_no_deadline) {
  char data[512];
  snprintf(data, sizeof data, "%s/data", dir);
  AppOptions opt = {.data_dir = data, .lessons_dir = "lessons", .assets_dir = "assets", .headless = true,
                    .width = 800, .height = 480};
  uint64_t now = 1000;
  Error err;
  App *app = app_new(&opt, now, &err);
  ck_assert_msg(app != NULL, "%s", err.msg);

  Input corner = {.kind = INPUT_PRESS, .x = 2, .y = 2};
  app_input(app, &corner, now);
  uint64_t held = now;
  for (int i = 0; i < 100 && app_state(app) == APP_ATTRACT; i++) sleep_until_wake(app, &now);
  ck_assert_str_eq(app_state_name(app_state(app)), "new-pin");
  ck_assert_uint_eq(now - held, APP_LONG_PRESS_MS);
  corner.kind = INPUT_RELEASE;
  app_input(app, &corner, now);
  Input escape = {.kind = INPUT_KEY, .key = KEY_ESCAPE};
  if (app->view) now += (uint64_t)ui_view_ready_ms(app->view, now); /* past the tap guard */
  app_input(app, &escape, now);
  ck_assert_str_eq(app_state_name(app_state(app)), "attract");

  Input any = {.kind = INPUT_KEY, .key = KEY_CHAR, .ch = 'a'}; /* starts a visit */
  if (app->view) now += (uint64_t)ui_view_ready_ms(app->view, now);
  app_input(app, &any, now);
  ck_assert_str_ne(app_state_name(app_state(app)), "attract");
  uint64_t touched = now;
  for (int i = 0; i < 1000 && !app->countdown; i++) sleep_until_wake(app, &now);
  ck_assert(app->countdown);
  ck_assert_uint_eq(now - touched, (uint64_t)app->config.idle_seconds * 1000u);
  uint64_t asked = now;
  for (int i = 0; i < 1000 && app_state(app) != APP_ATTRACT; i++) {
    sleep_until_wake(app, &now);
    if (app_state(app) != APP_ATTRACT) ck_assert_uint_eq((now - asked) % 1000, 0); /* each second shown */
  }
  ck_assert_str_eq(app_state_name(app_state(app)), "attract");
  ck_assert_uint_eq(now - asked, APP_COUNTDOWN_S * 1000);
  app_free(app);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("app_loop");
  TCase *tc = tcase_create("loop");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_ready_after_the_first_frame_pings_then_stops_cleanly_on_sigterm);
  tcase_add_test(tc, test_a_missing_data_partition_is_told_to_systemd_and_the_kiosk_starts);
  tcase_add_test(tc, test_sleeping_until_the_next_wake_misses_no_deadline);
  tcase_add_test(tc, test_a_display_that_does_not_open_ends_the_start_recorded_as_failed);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
