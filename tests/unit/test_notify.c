/* test_notify.c — the sd_notify protocol against a socket the test opens. */
#include <sys/socket.h>
#include <sys/un.h>

#include "core/notify.h"
#include "testutil.h"

static int listen_at(const char *path, bool abstract) {
  int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  size_t n = strlen(path);
  memcpy(addr.sun_path, path, n);
  if (abstract) addr.sun_path[0] = '\0';
  ck_assert_int_eq(bind(fd, (struct sockaddr *)&addr, (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n)), 0);
  return fd;
}

static void expect_received(int fd, const char *want) {
  char buf[256];
  ssize_t n = recv(fd, buf, sizeof buf - 1, MSG_DONTWAIT);
  ck_assert_int_gt(n, 0);
  buf[n] = '\0';
  ck_assert_str_eq(buf, want);
}

START_TEST(test_ready_reaches_a_path_socket) {
  char *dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  char path[256];
  snprintf(path, sizeof path, "%s/notify", dir);
  int fd = listen_at(path, false);
  setenv("NOTIFY_SOCKET", path, 1);
  ck_assert(notify_send("READY=1"));
  expect_received(fd, "READY=1");
  close(fd);
  test_rmtree(dir);
  free(dir);
}
END_TEST

START_TEST(test_watchdog_reaches_an_abstract_socket) {
  char name[64];
  snprintf(name, sizeof name, "@kiosk-test-%d", (int)getpid());
  int fd = listen_at(name, true);
  setenv("NOTIFY_SOCKET", name, 1);
  ck_assert(notify_send("WATCHDOG=1"));
  expect_received(fd, "WATCHDOG=1");
  close(fd);
}
END_TEST

START_TEST(test_nothing_is_sent_without_systemd) {
  unsetenv("NOTIFY_SOCKET");
  ck_assert(!notify_send("READY=1"));
  setenv("NOTIFY_SOCKET", "relative/path", 1);
  ck_assert(!notify_send("READY=1"));
}
END_TEST

START_TEST(test_watchdog_interval_is_half_and_only_for_us) {
  setenv("WATCHDOG_USEC", "30000000", 1);
  unsetenv("WATCHDOG_PID");
  ck_assert_uint_eq(notify_watchdog_interval_ms(), 15000);
  char pid[32];
  snprintf(pid, sizeof pid, "%d", (int)getpid());
  setenv("WATCHDOG_PID", pid, 1);
  ck_assert_uint_eq(notify_watchdog_interval_ms(), 15000);
  setenv("WATCHDOG_PID", "1", 1); /* meant for another process */
  ck_assert_uint_eq(notify_watchdog_interval_ms(), 0);
  unsetenv("WATCHDOG_PID");
  setenv("WATCHDOG_USEC", "garbage", 1);
  ck_assert_uint_eq(notify_watchdog_interval_ms(), 0);
  unsetenv("WATCHDOG_USEC");
  ck_assert_uint_eq(notify_watchdog_interval_ms(), 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("notify");
  TCase *tc = tcase_create("notify");
  tcase_add_test(tc, test_ready_reaches_a_path_socket);
  tcase_add_test(tc, test_watchdog_reaches_an_abstract_socket);
  tcase_add_test(tc, test_nothing_is_sent_without_systemd);
  tcase_add_test(tc, test_watchdog_interval_is_half_and_only_for_us);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
