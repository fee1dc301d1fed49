/* powercut.c — the power-cut harness's drivers and checks (tests/integration/powercut.sh
   runs them). A driver does one job the kiosk does, through the kiosk's own functions,
   under shim.c, and writes each acknowledgement to its standard output with write(2)
   as the kiosk would show it (a run recorded, "installed", "safe to remove"):

     powercut record DATA RUNS SESSIONS    lesson runs, one transaction per call
     powercut packs PACK DATA KEY.pub      install PACK over the version in DATA, then
                                           roll back to that version
     powercut export DATA USB COUNT        COUNT exports of DATA's statistics to USB

   `powercut replay KIND LOG ROOT SNAPSHOT WORK [KEY.pub PACK_ID]` then rebuilds, after
   every operation the log holds, the disk a power cut would have left (model.c), and
   checks it as the kiosk would find it at its next start:
     stats    the database opens (not set aside), passes integrity_check, and holds
              every run acknowledged before the cut, completed, with its answers; no
              run is left open
     packs    the pack's active version is the one installed before or the one being
              installed (or rolled back to), and it verifies whole; so does the previous
     exports  every export folder on the stick is complete (merge's own check, checksums
              included); every one acknowledged "safe to remove" is there
   It prints one line per failing crash point and a summary; exit status 1 on any. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/mem.h"
#include "model.h"
#include "packs/packs.h"
#include "stats/internal.h"

#define KIOSK_ID "kiosk-powercut"
#define MAX_FAILURES_SHOWN 20

/* An acknowledgement, as the kiosk shows one: straight to the file descriptor. */
static void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void note(const char *fmt, ...) {
  char line[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  if (write(STDOUT_FILENO, line, (size_t)n) != n) exit(3);
}

static int die(const Error *err) {
  fprintf(stderr, "powercut: %s\n", err->msg);
  return 2;
}

/* ---- drivers -------------------------------------------------------------------------- */

static Screen *question(void) {
  Screen *q = screen_new(SCREEN_CHOICE);
  q->id = arena_strdup(q->arena, "q1");
  static const char *const ids[] = {"a", "b", "c"};
  for (int i = 0; i < 3; i++) {
    q->options[i].id = arena_strdup(q->arena, ids[i]);
    q->options[i].text = arena_strdup(q->arena, ids[i]);
  }
  q->options[1].correct = true;
  q->noptions = 3;
  return q;
}

static int drive_record(const char *data, int runs, int sessions) {
  Screen *q = question();
  StatsLesson l = {"core", "1.0.0", "l01_message_real", "en"};
  uint64_t t = 0;
  for (int s = 0; s < sessions; s++) {
    Error err;
    StatsStore *st = stats_open(data, KIOSK_ID, t, &err);
    if (!st) return die(&err);
    for (int i = 0; i < runs / sessions; i++, t += 100) {
      int64_t v = stats_visit_begin(st, t), r = stats_run_begin(st, v, &l, t + 1);
      for (int a = 0; r && a < 3; a++) {
        Answer ans = {ANSWER_GIVEN, a, 0, 0};
        if (!stats_record_answer(st, r, q, &ans, t + 2 + (uint64_t)a)) r = 0;
      }
      if (r && stats_run_end(st, r, STATS_COMPLETED, 1, 3, t + 9)) note("ack %lld\n", (long long)r);
    }
    /* a lesson going on when the session ends (a kill): the next start closes it */
    int64_t v = stats_visit_begin(st, t);
    stats_run_begin(st, v, &l, t + 1);
    stats_close(st);
  }
  screen_free(q);
  return 0;
}

static int drive_packs(const char *pack_dir, const char *data, const char *key) {
  TrustedKeys keys = {0};
  Error err;
  if (!keys_add_file(&keys, key, &err)) return die(&err);
  PackState ps;
  Pack *pack = pack_verify(pack_dir, &keys, &err);
  if (!pack || !pack_state_load(&ps, data, &err)) return die(&err);
  const InstalledPack *ip = pack_state_find(&ps, pack->id);
  if (!ip) return fprintf(stderr, "powercut: %s is not installed in %s\n", pack->id, data), 2;
  char before[sizeof ip->active];
  snprintf(before, sizeof before, "%s", ip->active);
  note("begin %s\n", pack->version);
  pack_cleanup(data);
  if (!pack_install(pack, &keys, data, NULL, NULL, &err)) return die(&err);
  note("done %s\n", pack->version); /* "installed" on the staff screen */
  note("begin %s\n", before);
  if (!pack_rollback(data, pack->id, &err)) return die(&err);
  note("done %s\n", before); /* "Go back to the earlier version" done */
  pack_free(pack);
  return 0;
}

static int drive_export(const char *data, const char *usb, int count) {
  Error err;
  StatsStore *st = stats_open_read_only(data, &err);
  if (!st) return die(&err);
  for (int i = 0; i < count; i++) {
    StatsExportOptions opt = {.full = i == 0}; /* a full one, then what changed since */
    StatsExportResult res;
    if (!stats_export(st, usb, &opt, &res, &err)) return die(&err);
    note("exported %s\n", res.dir); /* "(safe to remove)" */
    stats_export_result_free(&res);
  }
  stats_close(st);
  return 0;
}

/* ---- checks: NULL when the disk is as the kiosk promises, else why not ------------------- */

static char problem[2048];

static const char *fault(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *fault(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(problem, sizeof problem, fmt, ap);
  va_end(ap);
  return problem;
}

static int64_t count(sqlite3 *db, const char *sql, int64_t bind) {
  sqlite3_stmt *s = NULL;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
    if (sqlite3_bind_parameter_count(s) > 0) sqlite3_bind_int64(s, 1, bind);
    if (sqlite3_step(s) == SQLITE_ROW) n = sqlite3_column_int64(s, 0);
  }
  sqlite3_finalize(s);
  return n;
}

static const char *check_stats(const char *data, const char *notes) {
  Error err;
  StatsStore *st = stats_open(data, KIOSK_ID, 0, &err);
  if (!st) return fault("the kiosk cannot open its statistics: %s", err.msg);
  stats_test_wait_check(st); /* the check after an unclean close, if one runs */
  const char *why = NULL;
  char *damaged = path_join(data, "stats-damaged-1.db");
  sqlite3_stmt *s = NULL;
  if (stats_read_only(st)) {
    why = fault("the statistics opened read-only: %s", stats_warning(st));
  } else if (fs_exists(damaged)) {
    why = fault("the database was set aside as damaged: %s", stats_warning(st));
  } else if (sqlite3_prepare_v2(st->db, "PRAGMA integrity_check", -1, &s, NULL) != SQLITE_OK ||
             sqlite3_step(s) != SQLITE_ROW || strcmp((const char *)sqlite3_column_text(s, 0), "ok") != 0) {
    why = fault("integrity_check: %s", s ? (const char *)sqlite3_column_text(s, 0) : sqlite3_errmsg(st->db));
  } else if (count(st->db, "SELECT count(*) FROM runs WHERE outcome IS NULL", 0) != 0) {
    why = fault("a run is left open after the start");
  }
  sqlite3_finalize(s);
  for (const char *p = notes; !why && (p = strstr(p, "ack ")) != NULL; p += 4) {
    long long run = atoll(p + 4);
    if (count(st->db, "SELECT count(*) FROM runs WHERE id = ?1 AND outcome = 'completed' AND"
                      " (SELECT count(*) FROM answers WHERE run_id = ?1) = 3", run) != 1)
      why = fault("run %lld was acknowledged before the cut but is missing or incomplete", run);
  }
  stats_close(st);
  free(damaged);
  return why;
}

/* The versions the active one may be: the last one done, and the one begun after it. */
static bool allowed(const char *notes, const char *initial, const char *version) {
  char done[64], begun[64] = "";
  snprintf(done, sizeof done, "%s", initial);
  for (const char *p = notes; *p; p += strcspn(p, "\n") + (p[strcspn(p, "\n")] != '\0')) {
    char word[16], v[64];
    if (sscanf(p, "%15s %63s", word, v) != 2) continue;
    if (strcmp(word, "begin") == 0) snprintf(begun, sizeof begun, "%s", v);
    if (strcmp(word, "done") == 0) {
      snprintf(done, sizeof done, "%s", v);
      begun[0] = '\0';
    }
  }
  return strcmp(version, done) == 0 || (begun[0] && strcmp(version, begun) == 0);
}

static const char *check_packs(const char *data, const char *notes, const TrustedKeys *keys, const char *id,
                               const char *initial) {
  pack_cleanup(data); /* as the kiosk does at every start */
  PackState ps;
  Error err;
  if (!pack_state_load(&ps, data, &err)) return fault("the pack library cannot be read: %s", err.msg);
  const InstalledPack *ip = pack_state_find(&ps, id);
  if (!ip) return fault("pack %s is not installed at all", id);
  if (!allowed(notes, initial, ip->active)) return fault("pack %s is at version %s, which it should not be", id, ip->active);
  const char *versions[2] = {ip->active, ip->previous};
  for (int i = 0; i < 2; i++) {
    if (!versions[i][0]) continue;
    char *dir = pack_installed_dir(data, id, versions[i]);
    Pack *p = pack_verify(dir, keys, &err);
    free(dir);
    if (!p) return fault("pack %s %s (%s) is not whole: %s", id, versions[i], i ? "previous" : "active", err.msg);
    pack_free(p);
  }
  return NULL;
}

static const char *check_exports(const char *usb, const char *root, const char *notes) {
  char *top = path_join(usb, "kiosk-export");
  DIR *kiosks = opendir(top);
  const char *why = NULL;
  for (struct dirent *k; !why && kiosks && (k = readdir(kiosks));) {
    if (k->d_name[0] == '.') continue;
    char *kdir = path_join(top, k->d_name);
    DIR *d = opendir(kdir);
    for (struct dirent *e; !why && d && (e = readdir(d));) {
      if (e->d_name[0] == '.') continue; /* "." "..", and a .partial one never shows */
      char *dir = path_join(kdir, e->d_name);
      StatsExportInfo info;
      char reason[ERROR_MAX];
      sqlite3 *db = stats_export_check(dir, &info, reason, sizeof reason);
      if (!db) why = fault("export %s/%s is there but not whole: %s", k->d_name, e->d_name, reason);
      sqlite3_close(db);
      free(dir);
    }
    if (d) closedir(d);
    free(kdir);
  }
  if (kiosks) closedir(kiosks);
  free(top);
  size_t n = strlen(root);
  for (const char *p = notes; !why && (p = strstr(p, "exported ")) != NULL; p += 9) {
    char path[1024];
    if (sscanf(p + 9, "%1023s", path) != 1 || strncmp(path, root, n) != 0) return fault("a note I cannot read");
    char *there = xasprintf("%s%s", usb, path + n);
    if (!fs_is_dir(there)) why = fault("export %s was called safe to remove, but is not on the stick", path + n);
    free(there);
  }
  return why;
}

/* ---- replaying -------------------------------------------------------------------------- */

static int replay(int argc, char **argv) {
  if (argc < 6) return fprintf(stderr, "powercut replay KIND LOG ROOT SNAPSHOT WORK [KEY ID INITIAL]\n"), 2;
  const char *kind = argv[1], *log = argv[2];
  char *root = argv[3], *snapshot = argv[4], *out = path_join(argv[5], "disk");
  TrustedKeys keys = {0};
  Error err;
  bool packs = strcmp(kind, "packs") == 0;
  if (packs && (argc < 9 || !keys_add_file(&keys, argv[6], &err)))
    return fprintf(stderr, "powercut: packs needs KEY.pub PACK_ID INITIAL_VERSION\n"), 2;
  Model *m = model_open(log, 1, &root, &snapshot);
  if (!m) return 2;
  static const char *const ways[2] = {"only what was synced", "every name, bytes as synced"};
  int points = 0, checked = 0, failures = 0;
  uint64_t last[2] = {(uint64_t)-1, (uint64_t)-1};
  for (int k = 0;; k++) {
    points++;
    for (int d = DISK_SYNCED; d <= DISK_NAMES; d++) {
      if (model_mark(m, d) == last[d]) continue; /* the same disk and notes as before: the same test */
      last[d] = model_mark(m, d);
      checked++;
      if (!model_write_durable(m, d, &out)) return 2;
      const char *why = strcmp(kind, "stats") == 0 ? check_stats(out, model_notes(m))
                        : packs ? check_packs(out, model_notes(m), &keys, argv[7], argv[8])
                                : check_exports(out, root, model_notes(m));
      if (why && failures++ < MAX_FAILURES_SHOWN) {
        const ModelOp *o = k > 0 ? model_op(m, k - 1) : NULL;
        printf("FAIL %s: power cut after operation %d (%c %s), %s: %s\n", kind, k, o ? o->op : '-',
               o && o->path[0] ? o->path + strlen(root) : "", ways[d], why);
      }
    }
    if (!model_step(m)) break;
  }
  printf("%s: %d crash points (%d operations), %d disks checked (two ways per point, each once), %d failures\n",
         kind, points, model_ops(m), checked, failures);
  model_free(m);
  free(out);
  return failures ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc >= 4 && strcmp(argv[1], "record") == 0)
    return drive_record(argv[2], atoi(argv[3]), argc > 4 ? atoi(argv[4]) : 1);
  if (argc == 5 && strcmp(argv[1], "packs") == 0) return drive_packs(argv[2], argv[3], argv[4]);
  if (argc == 5 && strcmp(argv[1], "export") == 0) return drive_export(argv[2], argv[3], atoi(argv[4]));
  if (argc >= 2 && strcmp(argv[1], "replay") == 0) return replay(argc - 1, argv + 1);
  fprintf(stderr, "usage: see tests/powercut/powercut.c\n");
  return 2;
}
