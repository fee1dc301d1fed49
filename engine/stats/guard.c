/* guard.c — an export's database is hostile until proven otherwise: it comes on a USB
   stick from anywhere, and its checksums prove only that nobody changed it after its
   maker computed them. Before `stats merge` reads a row of it:

     - it is opened read-only and immutable (no -wal or journal beside it is ever
       replayed), with SQLite's defensive mode on, schema code untrusted, views and
       triggers off, and small limits on value size and SQL depth;
     - every statement on it runs under a progress handler with a time cap, so no
       query, whatever the file holds, can hang the merge;
     - its schema must be, object for object, what the kiosk's own schema of that
       version is (stats_schema_reference): no view, trigger, extra table, odd index or
       generated column;
     - PRAGMA integrity_check must pass;
     - every value must be what the kiosk writes: ids of the plain-id alphabet and
       length, as text without NUL bytes (never a blob), integers in their ranges
       (scores between 0 and their maximum), rows that refer to rows that exist.

   A recursive view in place of `runs`, a 10 MB lesson id, a score of INT64_MIN with a
   maximum of 0, a binary answer id: each is refused with its reason, in seconds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/mem.h"
#include "stats/internal.h"

/* The cap covers checking and merging one export. It only has to end what nothing else
   stops; a 100,000-run copy (45 MiB) took 25 s to check and merge on a loaded 2-core
   machine, so a slow laptop gets ten times that. */
#define GUARD_BASE_SECONDS 120
#define GUARD_SECONDS_PER_MIB 10
#define GUARD_PROGRESS_STEPS 10000  /* VM steps between two looks at the clock */
#define GUARD_MAX_VALUE (16 << 20)  /* bytes: every real value is under 200 */
#define GUARD_MAX_POINTS "1000000"  /* far above any lesson's score */
#define GUARD_MAX_WALL "253402300799999" /* 9999-12-31: a clock gone wrong is still a number */
#define GUARD_MAX_COUNT "1000000000000000"

#define STR_(x) #x
#define STR(x) STR_(x)

static uint64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static int progress(void *ud) {
  StatsGuard *g = ud;
  if (now_ms() <= g->deadline_ms) return 0;
  g->expired = true;
  return 1; /* the statement stops with SQLITE_INTERRUPT */
}

void stats_guard_watch(sqlite3 *db, StatsGuard *g) {
  sqlite3_progress_handler(db, GUARD_PROGRESS_STEPS, progress, g);
}

/* The reason for a failed statement on the export, in words. */
static void failed(sqlite3 *db, const StatsGuard *g, char *reason, size_t n) {
  int rc = sqlite3_errcode(db);
  if (rc == SQLITE_INTERRUPT && g->expired)
    snprintf(reason, n, "%s takes more than %d s to read (a hostile or damaged database?)", STATS_DB_NAME,
             g->seconds);
  else if (rc == SQLITE_TOOBIG)
    snprintf(reason, n, "%s holds a value larger than %d MiB, which no kiosk writes", STATS_DB_NAME,
             GUARD_MAX_VALUE >> 20);
  else
    snprintf(reason, n, "%s cannot be read: %s", STATS_DB_NAME, sqlite3_errmsg(db));
}

static sqlite3 *open_defensively(const char *path, StatsGuard *g, char *reason, size_t n) {
  char *uri = stats_db_uri(path, "immutable=1"); /* read as it is: no WAL or journal beside it is replayed */
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  free(uri);
  if (rc != SQLITE_OK) {
    snprintf(reason, n, "%s cannot be opened: %s", STATS_DB_NAME, db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return NULL;
  }
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, GUARD_MAX_VALUE);
  sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 64 * 1024); /* the kiosk's whole schema is 3 KB */
  sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 64);
  sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 4);
  sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
  stats_guard_watch(db, g);
  return db;
}

/* One row of sqlite_schema, as text for comparing. */
static char *schema_rows(sqlite3 *db, const StatsGuard *g, char *reason, size_t n) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name", -1, &s,
                         NULL) != SQLITE_OK) {
    failed(db, g, reason, n);
    return NULL;
  }
  Buf b = {0};
  buf_adds(&b, "");
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    for (int i = 0; i < 4; i++) {
      const char *t = (const char *)sqlite3_column_text(s, i);
      buf_printf(&b, "%s%c", t ? t : "(null)", i == 3 ? '\n' : '\t');
    }
  if (rc != SQLITE_DONE) {
    failed(db, g, reason, n);
    sqlite3_finalize(s);
    buf_free(&b);
    return NULL;
  }
  sqlite3_finalize(s);
  return buf_take(&b);
}

/* The first line of a that b lacks ("view\truns\t..."), as "view runs"; false if none. */
static bool first_line_not_in(const char *a, const char *b, char *out, size_t n) {
  for (const char *line = a; *line;) {
    size_t len = strcspn(line, "\n");
    bool found = false;
    for (const char *w = b; *w && !found; w += strcspn(w, "\n") + (w[strcspn(w, "\n")] != '\0'))
      found = strcspn(w, "\n") == len && memcmp(w, line, len) == 0;
    if (!found) {
      size_t type = strcspn(line, "\t"), name = type < len ? strcspn(line + type + 1, "\t") : 0;
      snprintf(out, n, "%.*s %.*s", (int)type, line, (int)name, type < len ? line + type + 1 : "");
      return true;
    }
    line += len + (line[len] != '\0');
  }
  return false;
}

static bool schema_is_ours(sqlite3 *db, int version, StatsGuard *g, char *reason, size_t n) {
  Error e;
  sqlite3 *ref = stats_schema_reference(version, &e);
  if (!ref) {
    snprintf(reason, n, "%s: %s", STATS_DB_NAME, e.msg);
    return false;
  }
  char *want = schema_rows(ref, g, reason, n);
  sqlite3_close(ref);
  char *have = want ? schema_rows(db, g, reason, n) : NULL;
  bool ok = have && strcmp(have, want) == 0;
  char what[160];
  if (have && !ok && first_line_not_in(have, want, what, sizeof what))
    snprintf(reason, n, "%s is not laid out as a kiosk makes it: %s is not in a kiosk's schema version %d",
             STATS_DB_NAME, what, version);
  else if (have && !ok && first_line_not_in(want, have, what, sizeof what))
    snprintf(reason, n, "%s is not laid out as a kiosk makes it: %s is missing", STATS_DB_NAME, what);
  free(want);
  free(have);
  return ok;
}

/* ---- the values ------------------------------------------------------------------------ */

/* What a column must hold. A plain id: text of the id alphabet, 1..max bytes, no NUL
   (length() stops at a NUL, the byte length does not). */
#define ID(c, max)                                                                                    \
  "(typeof(" c ") = 'text' AND length(CAST(" c " AS BLOB)) BETWEEN 1 AND " STR(max) " AND length(" c \
  ") = length(CAST(" c " AS BLOB)) AND " c " NOT GLOB '*[^A-Za-z0-9_.-]*')"
#define INT(c, lo, hi) "(typeof(" c ") = 'integer' AND " c " BETWEEN " lo " AND " hi ")"
#define FLAG(c) "(typeof(" c ") = 'integer' AND " c " IN (0, 1))"
#define WHEN(c) INT(c "_boot", "1", GUARD_MAX_COUNT) " AND " INT(c "_seq", "1", GUARD_MAX_COUNT)
#define CLOCK(mono, wall, trusted) \
  INT(mono, "0", GUARD_MAX_COUNT) " AND " INT(wall, "0", GUARD_MAX_WALL) " AND " FLAG(trusted)

typedef struct Rule {
  const char *table, *ok, *says;
  int since; /* the schema version that has the columns it reads */
} Rule;

static const Rule rules[] = {
    {"meta", "id = 1 AND " ID("kiosk_id", STATS_MAX_KIOSK_ID) " AND " INT("boot", "1", GUARD_MAX_COUNT)
             " AND " INT("next_seq", "1", GUARD_MAX_COUNT), "a kiosk id, boot or sequence number that is not one", 1},
    {"visits", "typeof(visit_uuid) = 'text' AND length(CAST(visit_uuid AS BLOB)) = " STR(STATS_VISIT_ID_LEN)
               " AND visit_uuid NOT GLOB '*[^0-9a-f]*'", "a visit id that is not 32 hex digits", 1},
    {"visits", "kiosk_id IS (SELECT kiosk_id FROM meta)", "a visit of another kiosk", 1},
    {"visits", INT("boot", "1", GUARD_MAX_COUNT) " AND " INT("seq", "1", GUARD_MAX_COUNT) " AND "
               CLOCK("mono_ms", "wall_ms", "wall_trusted"), "a time or sequence number out of range", 1},
    {"runs", "visit_id IN (SELECT id FROM visits)", "a lesson run of no visit", 1},
    {"runs", ID("pack_id", STATS_MAX_PACK_ID) " AND " ID("pack_version", STATS_MAX_VERSION) " AND "
             ID("lesson_id", STATS_MAX_LESSON_ID) " AND " ID("lang", STATS_MAX_LANG),
     "a pack, version, lesson or language id that is not a plain id of at most its length", 1},
    {"runs", INT("start_boot", "1", GUARD_MAX_COUNT) " AND " INT("start_seq", "1", GUARD_MAX_COUNT) " AND "
             CLOCK("start_mono_ms", "start_wall_ms", "start_trusted"),
     "a start time or sequence number out of range", 1},
    {"runs", "(outcome IS NULL AND score IS NULL AND max_score IS NULL AND end_boot IS NULL AND end_seq IS NULL"
             " AND end_mono_ms IS NULL AND end_wall_ms IS NULL AND end_trusted IS NULL AND duration_ms IS NULL)"
             " OR (typeof(outcome) = 'text' AND outcome IN ('completed', 'abandoned', 'timed-out', 'error',"
             " 'interrupted') AND " WHEN("end") " AND " CLOCK("end_mono_ms", "end_wall_ms", "end_trusted")
             " AND (duration_ms IS NULL OR " INT("duration_ms", "0", GUARD_MAX_COUNT) "))",
     "an end that is not one (outcome, end time or duration)", 1},
    {"runs", "(score IS NULL AND max_score IS NULL) OR (" INT("max_score", "0", GUARD_MAX_POINTS) " AND "
             INT("score", "0", "max_score") ")",
     "a score that is not between 0 and its maximum", 1},
    {"answers", "run_id IN (SELECT id FROM runs)", "an answer of no lesson run", 1},
    {"answers", ID("question_id", STATS_MAX_QUESTION_ID), "a question id that is not a plain id of at most "
                STR(STATS_MAX_QUESTION_ID) " bytes", 1},
    {"answers", "typeof(chosen) = 'text' AND length(CAST(chosen AS BLOB)) <= " STR(STATS_MAX_CHOSEN)
                " AND length(chosen) = length(CAST(chosen AS BLOB)) AND chosen NOT GLOB '*[^A-Za-z0-9_.,-]*'"
                " AND chosen NOT GLOB ',*' AND chosen NOT GLOB '*,' AND chosen NOT GLOB '*,,*'",
     "chosen options that are not a list of plain option ids", 1},
    {"answers", FLAG("correct") " AND " INT("max_points", "0", GUARD_MAX_POINTS) " AND "
                INT("points", "0", "max_points"), "points that are not between 0 and their maximum", 1},
    {"answers", INT("boot", "1", GUARD_MAX_COUNT) " AND " INT("seq", "1", GUARD_MAX_COUNT) " AND "
                CLOCK("mono_ms", "wall_ms", "wall_trusted"), "a time or sequence number out of range", 1},
    {"answers", INT("attempts", "1", GUARD_MAX_POINTS), "an attempt number out of range", 2},
    {"cards", "kiosk_id IS (SELECT kiosk_id FROM meta)", "a count of another kiosk", 7},
    {"cards", "day = '' OR (typeof(day) = 'text' AND length(CAST(day AS BLOB)) = 10"
              " AND day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')", "a day that is not a date", 7},
    {"cards", INT("shown", "1", GUARD_MAX_COUNT) " AND " INT("seq", "1", GUARD_MAX_COUNT),
     "a count of take-home cards or a sequence number out of range", 7},
};

/* Each rule over its table; the first row that breaks one names it. */
static bool values_are_ours(sqlite3 *db, int version, StatsGuard *g, char *reason, size_t n) {
  int64_t metas = 0;
  Error e;
  if (!stats_db_int(db, "SELECT count(*) FROM meta", &metas, &e)) {
    failed(db, g, reason, n);
    return false;
  }
  if (metas != 1) {
    snprintf(reason, n, "%s has %lld rows of kiosk details, not one", STATS_DB_NAME, (long long)metas);
    return false;
  }
  for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
    if (version < rules[i].since) continue;
    char *sql = xasprintf("SELECT rowid FROM %s WHERE (%s) IS NOT 1 LIMIT 1", rules[i].table, rules[i].ok);
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
    free(sql);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
      snprintf(reason, n, "%s: %s row %lld holds %s", STATS_DB_NAME, rules[i].table,
               (long long)sqlite3_column_int64(s, 0), rules[i].says);
    else if (rc != SQLITE_DONE)
      failed(db, g, reason, n);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) return false;
  }
  return true;
}

sqlite3 *stats_guard_open(const char *path, StatsGuard *g, char *reason, size_t n) {
  struct stat st;
  int64_t mib = stat(path, &st) == 0 ? (int64_t)(st.st_size >> 20) : 0;
  g->seconds = GUARD_BASE_SECONDS + (int)(mib * GUARD_SECONDS_PER_MIB);
  g->deadline_ms = now_ms() + (uint64_t)g->seconds * 1000u;
  g->expired = false;
  sqlite3 *db = open_defensively(path, g, reason, n);
  if (!db) return NULL;
  int version = stats_db_version(db);
  bool ok = false;
  if (version < 0) failed(db, g, reason, n);
  else if (version == 0) snprintf(reason, n, "%s is not a kiosk statistics database", STATS_DB_NAME);
  else if (version > STATS_SCHEMA_VERSION)
    snprintf(reason, n, "%s was made by a newer kiosk version (schema %d, this one reads up to %d)", STATS_DB_NAME,
             version, STATS_SCHEMA_VERSION);
  else ok = schema_is_ours(db, version, g, reason, n);
  if (ok) {
    sqlite3_stmt *s = NULL;
    ok = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL) == SQLITE_OK &&
         sqlite3_step(s) == SQLITE_ROW;
    const char *row = ok ? (const char *)sqlite3_column_text(s, 0) : NULL;
    if (!ok) {
      failed(db, g, reason, n);
    } else if (!row || strcmp(row, "ok") != 0) {
      snprintf(reason, n, "%s fails its integrity check", STATS_DB_NAME);
      ok = false;
    }
    sqlite3_finalize(s);
  }
  ok = ok && values_are_ours(db, version, g, reason, n);
  if (!ok) {
    sqlite3_close(db);
    return NULL;
  }
  return db;
}
