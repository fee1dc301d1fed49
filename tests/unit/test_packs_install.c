/* test_packs_install.c — installing signed packs into a data folder: versions, rollback
   and re-install, the anti-rollback mark, and the faults that must leave the library
   exactly as it was (a stick pulled or a file truncated mid-copy, a full disk, a power
   cut at any moment). Packs are signed here with the stock minisign tool. */
#include <fcntl.h>
#include <time.h>
#include <sched.h>
#include <signal.h>
#include <sodium.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "core/fs.h"
#include "core/mem.h"
#include "packs/packs.h"
#include "testutil.h"

static char *dir;
static char data[512], keydir[512];
static TrustedKeys keys;

static void run(const char *cmd) {
  int rc = system(cmd);
  ck_assert_msg(rc == 0, "command failed (%d): %s", rc, cmd);
}

static void setup(void) {
  dir = test_tmpdir();
  snprintf(data, sizeof data, "%s/data", dir);
  snprintf(keydir, sizeof keydir, "%s/keys", dir);
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "mkdir -p %s && minisign -G -W -p %s/key.pub -s %s/key.sec >/dev/null", keydir,
           keydir, keydir);
  run(cmd);
  memset(&keys, 0, sizeof keys);
  Error err;
  snprintf(cmd, sizeof cmd, "%s/key.pub", keydir);
  ck_assert_msg(keys_add_file(&keys, cmd, &err), "%s", err.msg);
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

/* A signed pack "core" of the given version in DIR/NAME; extra_kb pads an asset so
   a copy takes a while. Returns its path (static buffer). */
static const char *make_pack(const char *name, const char *version, int extra_kb) {
  static char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  char pack_lua[512];
  snprintf(pack_lua, sizeof pack_lua,
           "return { id = 'core', version = '%s', languages = { 'en' },\n"
           "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 3 } } }\n",
           version);
  char rel[600];
  snprintf(rel, sizeof rel, "%s/pack.lua", name);
  test_write(dir, rel, pack_lua);
  snprintf(rel, sizeof rel, "%s/lessons/a.lua", name);
  test_write(dir, rel, "page { title = 't' }\n");
  snprintf(rel, sizeof rel, "%s/strings/en.lua", name);
  test_write(dir, rel, "return { a = { t = 'Version text' } }\n");
  char cmd[2048];
  snprintf(cmd, sizeof cmd,
           "cd %s && mkdir -p assets && head -c %d /dev/urandom > assets/big.bin && "
           "find . -type f ! -name 'SHA256SUMS*' | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS && "
           "minisign -S -s %s/key.sec -m SHA256SUMS -t 'pack=core version=%s' >/dev/null",
           path, extra_kb * 1024, keydir, version);
  run(cmd);
  return path;
}

static Pack *verified(const char *path) {
  Error err;
  Pack *p = pack_verify(path, &keys, &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  return p;
}

/* A digest of every name, size and byte under the data folder: "unchanged" means equal. */
static void tree_digest(const char *root, unsigned char out[32]) {
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "cd %s 2>/dev/null && find . -print0 | LC_ALL=C sort -z | "
                            "xargs -0 -I{} sh -c 'echo \"{}\"; [ -f \"{}\" ] && cat \"{}\"' 2>/dev/null",
           root);
  FILE *f = popen(cmd, "r");
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) crypto_hash_sha256_update(&st, (unsigned char *)buf, n);
  pclose(f);
  crypto_hash_sha256_final(&st, out);
}

static void install_ok(const char *path) {
  Pack *p = verified(path);
  Error err;
  ck_assert_msg(pack_install(p, &keys, data, NULL, NULL, &err), "%s", err.msg);
  pack_free(p);
}

static const InstalledPack *state_of(PackState *st) {
  Error err;
  ck_assert_msg(pack_state_load(st, data, &err), "%s", err.msg);
  return pack_state_find(st, "core");
}

START_TEST(test_install_makes_the_pack_active_and_playable) {
  install_ok(make_pack("p1", "1.0.0", 4));
  PackState st;
  const InstalledPack *ip = state_of(&st);
  ck_assert_ptr_nonnull(ip);
  ck_assert_str_eq(ip->active, "1.0.0");
  ck_assert_str_eq(ip->previous, "");
  Error err;
  Library *lib = library_open("/nonexistent", data, NULL, &err);
  ck_assert_int_eq(lib->npacks, 1);
  ck_assert_str_eq(lib->packs[0].info->version, "1.0.0");
  ck_assert(!lib->packs[0].bundled);
  ck_assert_ptr_null(lib->packs[0].problem);
  library_free(lib);
  /* the installed copy verifies on its own: signature and hashes came along */
  char *installed = pack_installed_dir(data, "core", "1.0.0");
  pack_free(verified(installed));
  free(installed);
}
END_TEST

START_TEST(test_an_installed_pack_replaces_the_bundled_one) {
  install_ok(make_pack("p1", "1.0.0", 1));
  test_write(dir, "bundled/core/pack.lua",
             "return { id = 'core', version = '0.9.0', languages = { 'en' },\n"
             "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 3 } } }\n");
  test_write(dir, "bundled/core/lessons/a.lua", "page { title = 't' }\n");
  char bundled[512];
  snprintf(bundled, sizeof bundled, "%s/bundled", dir);
  Error err;
  Library *lib = library_open(bundled, data, NULL, &err);
  ck_assert_int_eq(lib->npacks, 1);
  ck_assert_str_eq(lib->packs[0].info->version, "1.0.0");
  library_free(lib);
}
END_TEST

START_TEST(test_the_same_version_again_is_refused_and_nothing_changes) {
  const char *path = make_pack("p1", "1.0.0", 1);
  install_ok(path);
  unsigned char before[32], after[32];
  tree_digest(data, before);
  Pack *p = verified(path);
  Error err;
  ck_assert(!pack_install(p, &keys, data, NULL, NULL, &err));
  ck_assert_str_eq(err.msg, "pack core 1.0.0: not newer than the installed version 1.0.0");
  pack_free(p);
  tree_digest(data, after);
  ck_assert_mem_eq(before, after, 32);
}
END_TEST

START_TEST(test_update_rollback_and_reinstall) {
  install_ok(make_pack("p1", "1.0.0", 1));
  install_ok(make_pack("p2", "1.1.0", 1));
  PackState st;
  ck_assert_str_eq(state_of(&st)->active, "1.1.0");
  ck_assert_str_eq(state_of(&st)->previous, "1.0.0");
  Error err;
  ck_assert_msg(pack_rollback(data, "core", &err), "%s", err.msg);
  ck_assert_str_eq(state_of(&st)->active, "1.0.0");
  Library *lib = library_open("/nonexistent", data, NULL, &err);
  ck_assert_str_eq(lib->packs[0].info->version, "1.0.0");
  library_free(lib);
  install_ok(make_pack("p3", "1.1.0", 1)); /* rolling forward again is a re-install */
  ck_assert_str_eq(state_of(&st)->active, "1.1.0");
  ck_assert_str_eq(state_of(&st)->highest, "1.1.0");
  install_ok(make_pack("p4", "1.2.0", 1));
  /* only the active and the previous version stay on disk */
  char *old = pack_installed_dir(data, "core", "1.0.0");
  ck_assert(!fs_is_dir(old));
  free(old);
}
END_TEST

START_TEST(test_a_downgrade_below_the_highest_version_is_refused) {
  install_ok(make_pack("p1", "1.0.0", 1));
  install_ok(make_pack("p2", "2.0.0", 1));
  Error err;
  ck_assert(pack_rollback(data, "core", &err));
  Pack *p = verified(make_pack("p3", "1.5.0", 1));
  ck_assert(!pack_install(p, &keys, data, NULL, NULL, &err));
  ck_assert_str_eq(err.msg, "pack core 1.5.0: older than version 2.0.0 installed before (a downgrade is refused)");
  pack_free(p);
}
END_TEST

START_TEST(test_disable_hides_the_pack) {
  install_ok(make_pack("p1", "1.0.0", 1));
  Error err;
  ck_assert(pack_set_disabled(data, "core", true, &err));
  Library *lib = library_open("/nonexistent", data, NULL, &err);
  ck_assert(lib->packs[0].disabled);
  library_free(lib);
  ck_assert(pack_set_disabled(data, "core", false, &err));
  lib = library_open("/nonexistent", data, NULL, &err);
  ck_assert(!lib->packs[0].disabled);
  library_free(lib);
}
END_TEST

/* ---- faults ------------------------------------------------------------------------ */

typedef struct Sabotage {
  const char *victim; /* a file on the "stick" */
  bool truncate;      /* else delete it */
  int calls;
} Sabotage;

static bool sabotage(void *ud, uint64_t done, uint64_t total) {
  (void)done;
  (void)total;
  Sabotage *s = ud;
  if (s->calls++ == 0) {
    if (s->truncate) ck_assert_int_eq(truncate(s->victim, 10), 0);
    else ck_assert_int_eq(unlink(s->victim), 0);
  }
  return true;
}

static void expect_unchanged_after(Sabotage *s, const char *new_pack, const char *reason) {
  char path[512];
  snprintf(path, sizeof path, "%s", new_pack); /* make_pack reuses its buffer */
  install_ok(make_pack("old", "1.0.0", 1));
  unsigned char before[32], after[32];
  tree_digest(data, before);
  Pack *p = verified(path);
  Error err;
  ck_assert(!pack_install(p, &keys, data, sabotage, s, &err));
  ck_assert_msg(strstr(err.msg, reason) != NULL, "'%s' does not say '%s'", err.msg, reason);
  pack_free(p);
  tree_digest(data, after);
  ck_assert_mem_eq(before, after, 32);
}

START_TEST(test_a_stick_pulled_mid_copy_changes_nothing) {
  const char *path = make_pack("p2", "1.1.0", 2048);
  char victim[600];
  snprintf(victim, sizeof victim, "%s/strings/en.lua", path); /* copied after the big asset */
  Sabotage s = {victim, false, 0};
  expect_unchanged_after(&s, path, "strings/en.lua: cannot read it from the stick");
}
END_TEST

START_TEST(test_a_file_truncated_mid_copy_changes_nothing) {
  const char *path = make_pack("p2", "1.1.0", 2048);
  char victim[600];
  snprintf(victim, sizeof victim, "%s/strings/en.lua", path);
  Sabotage s = {victim, true, 0};
  expect_unchanged_after(&s, path, "strings/en.lua: changed on the stick while it was copied");
}
END_TEST

START_TEST(test_a_full_disk_changes_nothing) {
  /* a 1 MiB tmpfs as the data folder, in a mount namespace of this test's own
     process; a 3 MiB pack cannot fit */
  install_ok(make_pack("old", "1.0.0", 1)); /* made outside, copied in below */
  char small[600];
  snprintf(small, sizeof small, "%s/small", dir);
  mkdir(small, 0755);
  if (unshare(CLONE_NEWNS) != 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount("tmpfs", small, "tmpfs", 0, "size=1m") != 0) {
    /* no privilege for a tmpfs: a file-size limit makes writes fail the same way */
    fprintf(stderr, "test: no tmpfs here, simulating a full disk with RLIMIT_FSIZE\n");
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim = {512 * 1024, 512 * 1024};
    setrlimit(RLIMIT_FSIZE, &lim);
  }
  char cmd[1300];
  snprintf(cmd, sizeof cmd, "cp -a %s/. %s/", data, small);
  run(cmd);
  snprintf(data, sizeof data, "%s", small);
  unsigned char before[32], after[32];
  tree_digest(data, before);
  Pack *p = verified(make_pack("p2", "1.1.0", 3072));
  Error err;
  ck_assert(!pack_install(p, &keys, data, NULL, NULL, &err));
  ck_assert_msg(strstr(err.msg, "full") || strstr(err.msg, "too large"), "%s", err.msg);
  pack_free(p);
  tree_digest(data, after);
  ck_assert_mem_eq(before, after, 32);
}
END_TEST

START_TEST(test_a_power_cut_at_any_moment_leaves_one_whole_version) {
  install_ok(make_pack("old", "1.0.0", 1));
  char path[512];
  snprintf(path, sizeof path, "%s", make_pack("new", "1.1.0", 1024));
  /* how long one install takes here, so the cuts land before, during and after it */
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t probe = fork();
  if (probe == 0) {
    Error err;
    Pack *p = pack_verify(path, &keys, &err);
    _exit(p && pack_install(p, &keys, data, NULL, NULL, &err) ? 0 : 1);
  }
  int status;
  waitpid(probe, &status, 0);
  ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long install_us = (t1.tv_sec - t0.tv_sec) * 1000000L + (t1.tv_nsec - t0.tv_nsec) / 1000;
  Error rb;
  ck_assert(pack_rollback(data, "core", &rb)); /* back to the old one to start */
  char *first = pack_installed_dir(data, "core", "1.1.0");
  fs_remove_tree(first);
  free(first);
  char state0[600];
  snprintf(state0, sizeof state0, "%s/packs/state.lua", data);
  FILE *f0 = fopen(state0, "w");
  fputs("return { { id = \"core\", active = \"1.0.0\", previous = \"\", highest = \"1.0.0\", disabled = false } }\n", f0);
  fclose(f0);
  srand(7);
  int saw_old = 0, saw_new = 0;
  for (int round = 0; round < 30; round++) {
    pid_t pid = fork();
    if (pid == 0) { /* the kiosk installing */
      Error err;
      Pack *p = pack_verify(path, &keys, &err);
      _exit(p && pack_install(p, &keys, data, NULL, NULL, &err) ? 0 : 1);
    }
    usleep((useconds_t)(rand() % (install_us * 3 / 2 + 1))); /* the plug is pulled */
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    pack_cleanup(data); /* what the kiosk does when it starts again */
    PackState st;
    const InstalledPack *ip = state_of(&st);
    ck_assert_ptr_nonnull(ip);
    char *active = pack_installed_dir(data, "core", ip->active);
    pack_free(verified(active)); /* whole and signed, whichever it is */
    free(active);
    if (strcmp(ip->active, "1.0.0") == 0) saw_old++;
    else saw_new++;
    if (strcmp(ip->active, "1.1.0") == 0) { /* start over for the next round */
      Error err;
      ck_assert(pack_rollback(data, "core", &err));
      char *newdir = pack_installed_dir(data, "core", "1.1.0");
      fs_remove_tree(newdir);
      free(newdir);
      char state[600];
      snprintf(state, sizeof state, "%s/packs/state.lua", data);
      FILE *f = fopen(state, "w");
      fputs("return { { id = \"core\", active = \"1.0.0\", previous = \"\", highest = \"1.0.0\", disabled = false } }\n", f);
      fclose(f);
    }
  }
  fprintf(stderr, "power cuts (an install takes %ld ms here): %d left the old version, %d the new one\n",
          install_us / 1000, saw_old, saw_new);
  ck_assert_int_gt(saw_old, 0); /* cuts landed before the switch... */
  ck_assert_int_gt(saw_new, 0); /* ...and after it */
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("packs-install");
  TCase *tc = tcase_create("install");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_install_makes_the_pack_active_and_playable);
  tcase_add_test(tc, test_an_installed_pack_replaces_the_bundled_one);
  tcase_add_test(tc, test_the_same_version_again_is_refused_and_nothing_changes);
  tcase_add_test(tc, test_update_rollback_and_reinstall);
  tcase_add_test(tc, test_a_downgrade_below_the_highest_version_is_refused);
  tcase_add_test(tc, test_disable_hides_the_pack);
  tcase_add_test(tc, test_a_stick_pulled_mid_copy_changes_nothing);
  tcase_add_test(tc, test_a_file_truncated_mid_copy_changes_nothing);
  tcase_add_test(tc, test_a_full_disk_changes_nothing);
  tcase_add_test(tc, test_a_power_cut_at_any_moment_leaves_one_whole_version);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
