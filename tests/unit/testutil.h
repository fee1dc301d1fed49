/* testutil.h — shared helpers for the Check unit tests: temporary folders that are
   always removed, small files, and a main() per suite. Header-only on purpose: each
   test binary is one .c file. */
#ifndef TESTS_TESTUTIL_H
#define TESTS_TESTUTIL_H

#include <check.h>
#include <fcntl.h>
#include <ftw.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

static int test_rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st;
  (void)flag;
  (void)ftw;
  return remove(path);
}

/* Removes a folder tree. */
static inline void test_rmtree(const char *dir) {
  if (dir) nftw(dir, test_rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A fresh empty folder under $TMPDIR (caller removes it with test_rmtree and frees). */
static inline char *test_tmpdir(void) {
  const char *base = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  size_t n = strlen(base) + 32;
  char *dir = malloc(n);
  snprintf(dir, n, "%s/kiosk-test-XXXXXX", base);
  if (!mkdtemp(dir)) {
    free(dir);
    return NULL;
  }
  return dir;
}

/* Writes text to DIR/NAME, creating folders on the way. */
static inline void test_write(const char *dir, const char *name, const char *text) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *path = malloc(n);
  snprintf(path, n, "%s/%s", dir, name);
  for (char *p = path + strlen(dir) + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      mkdir(path, 0755);
      *p = '/';
    }
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  fclose(f);
  free(path);
}

/* A small disk at DIR/NAME for full-disk tests: a 1 MiB tmpfs in a private mount
   namespace of this test's process (Check forks each test) when that can be had; false
   (and a note on stderr) otherwise, when the caller simulates with RLIMIT_FSIZE. Fills
   *path with the folder. */
static inline bool test_small_disk(const char *dir, const char *name, char *path, size_t size) {
  snprintf(path, size, "%s/%s", dir, name);
  mkdir(path, 0755);
  bool ok = unshare(CLONE_NEWNS) == 0 && mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
            mount("tmpfs", path, "tmpfs", 0, "size=1m") == 0;
  if (!ok) fprintf(stderr, "test: no tmpfs here, simulating a full disk with RLIMIT_FSIZE\n");
  return ok;
}

/* Fills every block left on the disk holding DIR with the file DIR/junk. */
static inline void test_fill_disk(const char *dir) {
  char junk[1024];
  snprintf(junk, sizeof junk, "%s/junk", dir);
  int fd = open(junk, O_WRONLY | O_CREAT, 0644);
  char block[4096] = {0};
  while (fd >= 0 && write(fd, block, sizeof block) > 0) {}
  if (fd >= 0) close(fd);
}

/* The repository root (tests run from it). */
#define TEST_ROOT "."

#define TEST_MAIN(suite_fn)                                                                \
  int main(void) {                                                                         \
    SRunner *runner = srunner_create(suite_fn());                                          \
    srunner_run_all(runner, CK_NORMAL);                                                    \
    int failed = srunner_ntests_failed(runner);                                            \
    srunner_free(runner);                                                                  \
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;                                           \
  }

#endif
