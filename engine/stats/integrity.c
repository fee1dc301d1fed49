/* integrity.c — PRAGMA quick_check on a worker thread with its own read-only connection.
   The store asks for it only when the last session did not close cleanly; running it
   beside the kiosk keeps the first frame from waiting for a scan that grows with every
   run recorded (2.3 s of CPU here at 100,000 runs, several times that on a Zero 2 W). In
   WAL mode the checker reads a snapshot while the kiosk goes on recording. */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "stats/internal.h"

struct StatsCheck {
  sqlite3 *db;          /* the checker's connection; opened and closed by the caller's thread */
  pthread_t thread;
  atomic_int state;     /* a StatsCheckState; the worker publishes its verdict last */
  char reason[STATS_WARNING_MAX];
};

/* The first problem quick_check names, as one short line for staff (its rows may hold
   several lines, under a "*** in database main ***" heading). */
#define CHECK_PROBLEM_MAX 80
static void first_problem(const char *row, char *out, size_t n) {
  if (!row) row = "no result";
  const char *nl = strchr(row, '\n');
  if (strncmp(row, "***", 3) == 0 && nl && nl[1]) row = nl + 1;
  size_t len = strcspn(row, "\n");
  snprintf(out, n, "quick_check: %.*s", (int)(len < CHECK_PROBLEM_MAX ? len : CHECK_PROBLEM_MAX), row);
}

static void *check_main(void *arg) {
  StatsCheck *c = arg;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2(c->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  int verdict = STATS_CHECK_UNFINISHED;
  if (rc == SQLITE_ROW) {
    const char *row = (const char *)sqlite3_column_text(stmt, 0);
    if (row && strcmp(row, "ok") == 0) {
      verdict = STATS_CHECK_OK;
    } else {
      first_problem(row, c->reason, sizeof c->reason);
      verdict = STATS_CHECK_DAMAGED;
    }
  } else if (stats_db_is_damage(rc)) {
    snprintf(c->reason, sizeof c->reason, "%s", sqlite3_errstr(rc));
    verdict = STATS_CHECK_DAMAGED;
  } /* interrupted, busy, out of memory: no verdict, so the next start checks again */
  sqlite3_finalize(stmt);
  atomic_store_explicit(&c->state, verdict, memory_order_release);
  return NULL;
}

StatsCheck *stats_check_start(const char *path, Error *err) {
  StatsCheck *c = xcalloc(1, sizeof *c);
  int rc = sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_extended_result_codes(c->db, 1);
    sqlite3_busy_timeout(c->db, STATS_BUSY_TIMEOUT_MS);
    atomic_init(&c->state, STATS_CHECK_RUNNING);
    rc = pthread_create(&c->thread, NULL, check_main, c);
    if (rc == 0) return c;
    error_set(err, "%s: cannot start the integrity check: %s", path, strerror(rc));
  } else {
    error_set(err, "%s: cannot open for the integrity check: %s", path,
              c->db ? sqlite3_errmsg(c->db) : "out of memory");
  }
  sqlite3_close(c->db);
  free(c);
  return NULL;
}

StatsCheckState stats_check_poll(StatsCheck *c, char *reason, size_t n) {
  if (!c) return STATS_CHECK_UNFINISHED;
  int s = atomic_load_explicit(&c->state, memory_order_acquire);
  if (s == STATS_CHECK_DAMAGED && reason) snprintf(reason, n, "%s", c->reason);
  return (StatsCheckState)s;
}

StatsCheckState stats_check_finish(StatsCheck *c, bool interrupt, char *reason, size_t n) {
  if (!c) return STATS_CHECK_UNFINISHED;
  if (interrupt) sqlite3_interrupt(c->db); /* safe from another thread (SQLite's docs) */
  pthread_join(c->thread, NULL);
  StatsCheckState s = stats_check_poll(c, reason, n);
  sqlite3_close(c->db);
  free(c);
  return s;
}
