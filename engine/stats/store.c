/* store.c — opening the statistics database: create or migrate, check, and set a damaged
   file aside so the kiosk keeps teaching.

   Settings follow research/board.md §4: WAL with synchronous=FULL set explicitly (a
   commit is on the card when it returns), foreign keys on, a bounded busy wait. The file
   is checked (PRAGMA quick_check) only when the last session did not close it cleanly
   (no clean mark, a WAL left behind, or damage met), and then beside the kiosk on a
   worker thread: the first frame never waits for a scan that grows with every run
   recorded. A damaged file found at open, by the check or at close is set aside. Only
   CORRUPT/NOTADB, a failed check or a foreign file count as damage; a full disk or a
   read-only folder never makes us move a good database aside. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

typedef enum OpenResult { OPEN_OK, OPEN_DAMAGED, OPEN_FAILED } OpenResult;

/* Why an open failed, in words for staff. */
static const char *cause(sqlite3 *db, int rc) {
  switch (rc & 0xff) {
  case SQLITE_FULL: return "the disk is full";
  case SQLITE_READONLY: return "the data folder is read-only";
  case SQLITE_CANTOPEN:
  case SQLITE_PERM: return "cannot create or open the file (is the data folder read-only?)";
  case SQLITE_IOERR: return "disk error";
  case SQLITE_BUSY:
  case SQLITE_LOCKED: return "the database is busy";
  default: return db ? sqlite3_errmsg(db) : "out of memory";
  }
}

static OpenResult fail_open(StatsStore *st, int rc, const char *what, char *reason, size_t n, Error *err) {
  if (stats_db_is_damage(rc)) {
    snprintf(reason, n, "%s", sqlite3_errstr(rc));
    return OPEN_DAMAGED;
  }
  int sys = st->db ? sqlite3_system_errno(st->db) : 0;
  if (sys == EROFS || sys == EACCES) {
    error_set(err, "%s: cannot %s: the data folder is read-only (%s)", st->path, what, strerror(sys));
  } else {
    error_set(err, "%s: cannot %s: %s", st->path, what, cause(st->db, rc));
  }
  return OPEN_FAILED;
}

static OpenResult pragma_setup(StatsStore *st, char *reason, size_t n, Error *err) {
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2(st->db, "PRAGMA journal_mode=WAL", -1, &stmt, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  bool wal = rc == SQLITE_ROW && sqlite3_column_text(stmt, 0) &&
             strcmp((const char *)sqlite3_column_text(stmt, 0), "wal") == 0;
  sqlite3_finalize(stmt);
  if (rc != SQLITE_ROW) return fail_open(st, rc, "switch to WAL", reason, n, err);
  if (!wal) {
    error_set(err, "%s: cannot switch to WAL: the data folder is read-only?", st->path);
    return OPEN_FAILED;
  }
  /* the WAL shrinks back to 4 MiB after a checkpoint: SD cards are small */
  static const char setup[] = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                              "PRAGMA journal_size_limit=4194304;";
  rc = sqlite3_exec(st->db, setup, NULL, NULL, NULL);
  if (rc != SQLITE_OK) return fail_open(st, rc, "configure the database", reason, n, err);
  return OPEN_OK;
}

/* Migration, the boot counter and closing the runs a crash left open, in one
   transaction (one fsync at start-up). */
static OpenResult migrate_and_boot(StatsStore *st, char *reason, size_t n, Error *err) {
  int rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK) return fail_open(st, rc, "start a transaction", reason, n, err);
  Error e;
  StatsSchemaResult sr = stats_schema_migrate(st->db, &e);
  if (sr != STATS_SCHEMA_OK) {
    rc = sqlite3_extended_errcode(st->db);
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    if (sr == STATS_SCHEMA_FOREIGN || stats_db_is_damage(rc)) {
      snprintf(reason, n, "%s", e.msg);
      return OPEN_DAMAGED;
    }
    error_set(err, "%s: %s", st->path, e.msg);
    return OPEN_FAILED;
  }
  sqlite3_stmt *ins = NULL, *upd = NULL;
  rc = sqlite3_prepare_v2(st->db,
                          "INSERT INTO meta (id, kiosk_id, boot, next_seq) VALUES (1, ?1, 0, 1)"
                          " ON CONFLICT (id) DO NOTHING",
                          -1, &ins, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(ins, 1, st->kiosk_id, -1, SQLITE_STATIC);
    rc = sqlite3_step(ins) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(st->db);
  }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(st->db, "UPDATE meta SET boot = boot + 1, kiosk_id = ?1 RETURNING boot",
                            -1, &upd, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(upd, 1, st->kiosk_id, -1, SQLITE_STATIC);
    if (sqlite3_step(upd) == SQLITE_ROW) st->boot = sqlite3_column_int64(upd, 0);
    rc = sqlite3_step(upd) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(st->db);
  }
  sqlite3_finalize(ins);
  sqlite3_finalize(upd);
  if (rc == SQLITE_OK && !stats_put_interrupted(st)) rc = sqlite3_extended_errcode(st->db);
  if (rc == SQLITE_OK) rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK) {
    rc = sqlite3_extended_errcode(st->db);
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return fail_open(st, rc, "record the start", reason, n, err);
  }
  return OPEN_OK;
}

static int close_db(StatsStore *st) {
  for (int i = 0; i < STATS_STMT_COUNT; i++) {
    sqlite3_finalize(st->stmt[i]);
    st->stmt[i] = NULL;
  }
  int rc = sqlite3_close(st->db);
  st->db = NULL;
  return rc;
}

static OpenResult open_checked(StatsStore *st, char *reason, size_t n, Error *err) {
  /* one connection, used from one thread: no per-call mutex (export reads millions of columns) */
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(st->path, &st->db, flags, NULL);
  if (rc != SQLITE_OK) return fail_open(st, rc, "open the database", reason, n, err);
  sqlite3_extended_result_codes(st->db, 1);
  sqlite3_busy_timeout(st->db, STATS_BUSY_TIMEOUT_MS);
  OpenResult r = pragma_setup(st, reason, n, err);
  if (r == OPEN_OK) r = migrate_and_boot(st, reason, n, err);
  return r;
}

/* Moves stats.db (with its -wal and -shm, so staff can still read what it holds) to the
   first free stats-damaged-N.db. The WAL goes first: a stray stats.db-wal next to a new
   stats.db could be replayed into it. */
static bool set_aside(StatsStore *st, const char *reason, Error *err) {
  static const char *const suffix[] = {"-wal", "-shm", ""};
  int n = 1;
  for (; n <= STATS_MAX_DAMAGED; n++) {
    bool used = false;
    for (int i = 0; i < 3; i++) {
      char *p = xasprintf("%s/stats-damaged-%d.db%s", st->dir, n, suffix[i]);
      used = used || access(p, F_OK) == 0;
      free(p);
    }
    if (!used) break;
  }
  if (n > STATS_MAX_DAMAGED)
    return error_set(err, "%s: damaged (%s), and %d damaged copies are already kept", st->path,
                     reason, STATS_MAX_DAMAGED);
  for (int i = 0; i < 3; i++) {
    char *from = xasprintf("%s%s", st->path, suffix[i]);
    char *to = xasprintf("%s/stats-damaged-%d.db%s", st->dir, n, suffix[i]);
    bool ok = rename(from, to) == 0 || errno == ENOENT;
    int e = errno;
    free(from);
    free(to);
    if (!ok)
      return error_set(err, "%s: damaged (%s) and cannot be moved aside: %s", st->path, reason,
                       strerror(e));
  }
  if (!fs_sync_dir(st->dir, err)) return false;
  snprintf(st->open_warning, sizeof st->open_warning,
           "statistics database was damaged (%s); kept as stats-damaged-%d.db, started a new one",
           reason, n);
  return true;
}

/* True when the last session left the clean mark and no WAL (a WAL is left by a crash,
   or by another process that still has the file open). The mark is taken away, durably,
   before anything is written, so a crash later in this session never finds an old one. */
static bool take_clean_mark(StatsStore *st) {
  char *mark = path_join(st->dir, STATS_CLEAN_NAME), *wal = xasprintf("%s-wal", st->path);
  bool clean = unlink(mark) == 0 && access(wal, F_OK) != 0 && fs_sync_dir(st->dir, NULL);
  free(mark);
  free(wal);
  return clean;
}

static void leave_clean_mark(StatsStore *st) {
  static const char text[] = "stats.db was closed cleanly; without this file the kiosk checks it at the next start\n";
  char *mark = path_join(st->dir, STATS_CLEAN_NAME), *wal = xasprintf("%s-wal", st->path);
  if (access(wal, F_OK) != 0) fs_write_atomic(mark, text, sizeof text - 1, NULL); /* we closed it last */
  free(mark);
  free(wal);
}

/* Opens st->path, setting a damaged file aside and starting a fresh one in its place. */
static bool open_or_replace(StatsStore *st, Error *err) {
  /* at most one replacement: a fresh database that fails too is not the file's fault */
  for (int attempt = 0; attempt < 2; attempt++) {
    char reason[160] = "";
    OpenResult r = open_checked(st, reason, sizeof reason, err);
    if (r == OPEN_OK) return true;
    /* keep a damaged file's WAL as it is, for staff: no checkpoint into it at close */
    if (r == OPEN_DAMAGED && st->db) sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
    close_db(st);
    if (r == OPEN_FAILED) return false;
    if (attempt == 1) return error_set(err, "%s: a new database fails too (%s)", st->path, reason);
    if (!set_aside(st, reason, err)) return false;
    st->check_ok = true; /* the fresh one needs no check */
  }
  return false;
}

/* Closes a damaged file, keeping its WAL as it is, and moves it aside for staff. */
static bool move_damaged(StatsStore *st, const char *reason, Error *err) {
  sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  close_db(st);
  return set_aside(st, reason, err);
}

/* The check found damage: the file goes aside and a fresh one takes its place; when it
   cannot be moved, recording goes on in it and the next start checks it again. */
static bool replace_damaged(StatsStore *st, const char *reason, Error *err) {
  bool moved = move_damaged(st, reason, err);
  st->check_ok = moved;
  st->damage_met = !moved;
  Error e;
  if (!open_or_replace(st, moved ? err : &e)) return false;
  return moved;
}

StatsStore *stats_open(const char *data_dir, const char *kiosk_id, uint64_t now_ms, Error *err) {
  (void)now_ms; /* the monotonic clock restarts with the process: the boot counter covers it */
  if (!stats_id_ok(kiosk_id, STATS_MAX_KIOSK_ID) || kiosk_id[0] == '.') {
    error_set(err, "statistics: kiosk id \"%.60s\" is not a plain id (letters, digits, . _ -)",
              kiosk_id ? kiosk_id : "");
    return NULL;
  }
  if (sodium_init() < 0) {
    error_set(err, "statistics: no source of random numbers for visit ids");
    return NULL;
  }
  if (!fs_mkdirs(data_dir, err)) return NULL;
  StatsStore *st = xcalloc(1, sizeof *st);
  st->dir = xstrdup(data_dir);
  st->path = path_join(data_dir, STATS_DB_NAME);
  snprintf(st->kiosk_id, sizeof st->kiosk_id, "%s", kiosk_id);
  st->check_ok = take_clean_mark(st) || !fs_is_file(st->path);
  if (!open_or_replace(st, err)) {
    stats_close(st);
    return stats_open_fallback(data_dir); /* a read-only or full card: export still works */
  }
  if (!st->check_ok) {
    Error e;
    st->check = stats_check_start(st->path, &e);
    if (!st->check) snprintf(st->open_warning, sizeof st->open_warning, "%s", e.msg);
  }
  return st;
}

/* Takes the check's verdict once it has one (or waits for it): a damaged file is set
   aside and a fresh one started. */
static void take_verdict(StatsStore *st, bool wait) {
  char reason[STATS_WARNING_MAX];
  if (!wait && stats_check_poll(st->check, NULL, 0) == STATS_CHECK_RUNNING) return;
  StatsCheckState v = stats_check_finish(st->check, false, reason, sizeof reason);
  st->check = NULL;
  st->check_ok = v == STATS_CHECK_OK;
  Error e;
  if (v == STATS_CHECK_DAMAGED && !replace_damaged(st, reason, &e))
    snprintf(st->warning, sizeof st->warning, "statistics not saved: %s", e.msg);
}

void stats_settle(StatsStore *st) {
  if (st->check) take_verdict(st, false);
}

bool stats_test_wait_check(StatsStore *st) {
  if (!st->check) return false;
  take_verdict(st, true);
  return true;
}

void stats_close(StatsStore *st) {
  if (!st) return;
  char reason[STATS_WARNING_MAX];
  /* a check still running is stopped: no verdict, so the next start checks again */
  StatsCheckState v = st->check ? stats_check_finish(st->check, true, reason, sizeof reason)
                                : (st->check_ok ? STATS_CHECK_OK : STATS_CHECK_UNFINISHED);
  st->check = NULL;
  Error e;
  if (v == STATS_CHECK_DAMAGED && st->db) {
    move_damaged(st, reason, &e); /* if it cannot move, the next start checks and tries again */
  } else if (st->db) {
    bool clean = v == STATS_CHECK_OK && !st->damage_met;
    if (close_db(st) == SQLITE_OK && clean) leave_clean_mark(st);
  }
  free(st->dir);
  free(st->path);
  free(st);
}

const char *stats_warning(const StatsStore *st) {
  if (!st) return NULL;
  if (st->warning[0]) return st->warning;
  return st->open_warning[0] ? st->open_warning : NULL;
}
