/* test_fs.c — reading files the kiosk did not make: only regular files are read, and a
   FIFO, socket, device, folder or link is refused at once with its kind named, never
   waited on (a FIFO named pack.lua used to hang `kiosk pack build` for ever). */
#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "core/fs.h"
#include "testutil.h"

static char *dir;

static void setup(void) { dir = test_tmpdir(); }

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static char *in_dir(const char *name) {
  char *p = malloc(strlen(dir) + strlen(name) + 2);
  sprintf(p, "%s/%s", dir, name);
  return p;
}

/* fs_read_file on PATH fails, at once, with exactly "PATH: reason". */
static void expect_refused(const char *path, const char *reason) {
  Error err;
  char *text = fs_read_file(path, 1024, NULL, &err);
  ck_assert_ptr_null(text);
  char want[700];
  snprintf(want, sizeof want, "%s: %s", path, reason);
  ck_assert_str_eq(err.msg, want);
  ck_assert_int_eq(fs_open_regular(path, &err), -1);
  ck_assert_str_eq(err.msg, want);
}

START_TEST(test_a_fifo_is_refused_without_waiting_for_a_writer) {
  char *path = in_dir("pack.lua");
  ck_assert_int_eq(mkfifo(path, 0644), 0);
  expect_refused(path, "not a regular file (a FIFO)");
  free(path);
}
END_TEST

START_TEST(test_a_fifo_with_a_writer_waiting_is_refused_too) {
  char *path = in_dir("pack.lua");
  ck_assert_int_eq(mkfifo(path, 0644), 0);
  int rd = open(path, O_RDONLY | O_NONBLOCK); /* so a writer can open it */
  int wr = open(path, O_WRONLY | O_NONBLOCK);
  ck_assert_int_ge(wr, 0);
  ck_assert_int_eq(write(wr, "return {}", 9), 9);
  expect_refused(path, "not a regular file (a FIFO)");
  close(wr);
  close(rd);
  free(path);
}
END_TEST

START_TEST(test_a_socket_a_device_and_a_folder_are_refused) {
  char *path = in_dir("sock");
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path);
  ck_assert_int_eq(bind(s, (struct sockaddr *)&addr, sizeof addr), 0);
  expect_refused(path, "not a regular file (a socket)");
  close(s);
  expect_refused("/dev/zero", "not a regular file (a character device)");
  expect_refused(dir, "not a regular file (a folder)");
  free(path);
}
END_TEST

START_TEST(test_a_symbolic_link_is_refused) {
  test_write(dir, "real.lua", "return {}\n");
  char *real = in_dir("real.lua"), *link = in_dir("link.lua");
  ck_assert_int_eq(symlink(real, link), 0);
  expect_refused(link, "is a symbolic link, not a regular file");
  free(real);
  free(link);
}
END_TEST

START_TEST(test_a_regular_file_is_read_whole) {
  test_write(dir, "pack.lua", "return { id = \"x\" }\n");
  char *path = in_dir("pack.lua");
  size_t len = 0;
  Error err;
  char *text = fs_read_file(path, 1024, &len, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ck_assert_str_eq(text, "return { id = \"x\" }\n");
  ck_assert_uint_eq(len, 20);
  /* the descriptor reads normally: the non-blocking open left no mark on it */
  int fd = fs_open_regular(path, &err);
  ck_assert_int_ge(fd, 0);
  ck_assert_int_eq(fcntl(fd, F_GETFL) & O_NONBLOCK, 0);
  close(fd);
  free(text);
  free(path);
}
END_TEST

static Suite *fs_suite(void) {
  Suite *s = suite_create("fs");
  TCase *tc = tcase_create("read");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 10); /* a blocking open shows up as a timeout, not a hang */
  tcase_add_test(tc, test_a_fifo_is_refused_without_waiting_for_a_writer);
  tcase_add_test(tc, test_a_fifo_with_a_writer_waiting_is_refused_too);
  tcase_add_test(tc, test_a_socket_a_device_and_a_folder_are_refused);
  tcase_add_test(tc, test_a_symbolic_link_is_refused);
  tcase_add_test(tc, test_a_regular_file_is_read_whole);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(fs_suite)
