/* schema.c — the database schema and its migrations.

   A new database is made as version 1 and then migrated like any old one, so the
   upgrade path runs on every kiosk's first start and never rots. Each migration is one
   step, version N to N+1, in the caller's transaction: a power cut leaves the old
   version or the new one. Never edit a released step; add the next one. */
#include <string.h>

#include "stats/internal.h"

/* Version 1. Every record carries boot + sequence number (the order) and monotonic ms
   beside the wall time and whether that time was trusted (see clock.c). No column can
   hold a name or typed text: ids are checked against a plain-id alphabet on the way in. */
static const char schema_v1[] =
    "CREATE TABLE meta ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  kiosk_id TEXT NOT NULL,"
    "  boot INTEGER NOT NULL,"      /* incremented at every open */
    "  next_seq INTEGER NOT NULL"   /* the per-kiosk sequence number of the next record */
    ");"
    "CREATE TABLE visits ("
    "  id INTEGER PRIMARY KEY,"
    "  visit_uuid TEXT NOT NULL UNIQUE," /* 16 random bytes in hex, forgotten at reset */
    "  kiosk_id TEXT NOT NULL,"
    "  boot INTEGER NOT NULL, seq INTEGER NOT NULL, mono_ms INTEGER NOT NULL,"
    "  wall_ms INTEGER NOT NULL, wall_trusted INTEGER NOT NULL"
    ");"
    "CREATE TABLE runs ("
    "  id INTEGER PRIMARY KEY,"
    "  visit_id INTEGER NOT NULL REFERENCES visits(id),"
    "  pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, lesson_id TEXT NOT NULL,"
    "  lang TEXT NOT NULL,"
    "  outcome TEXT CHECK (outcome IN ('completed', 'abandoned', 'timed-out', 'error')),"
    "  score INTEGER, max_score INTEGER,"
    "  start_boot INTEGER NOT NULL, start_seq INTEGER NOT NULL, start_mono_ms INTEGER NOT NULL,"
    "  start_wall_ms INTEGER NOT NULL, start_trusted INTEGER NOT NULL,"
    "  end_boot INTEGER, end_seq INTEGER, end_mono_ms INTEGER, end_wall_ms INTEGER,"
    "  end_trusted INTEGER, duration_ms INTEGER"
    ");"
    "CREATE INDEX runs_visit ON runs(visit_id);"
    "CREATE TABLE answers ("
    "  id INTEGER PRIMARY KEY,"
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  question_id TEXT NOT NULL,"
    "  chosen TEXT NOT NULL," /* option ids, comma-separated */
    "  correct INTEGER NOT NULL, points INTEGER NOT NULL, max_points INTEGER NOT NULL,"
    "  boot INTEGER NOT NULL, seq INTEGER NOT NULL, mono_ms INTEGER NOT NULL,"
    "  wall_ms INTEGER NOT NULL, wall_trusted INTEGER NOT NULL"
    ");"
    "CREATE INDEX answers_run ON answers(run_id);"
    "PRAGMA user_version = 1;";

/* Version 2: the attempt number of an answer (a lesson may ask again after feedback;
   "most missed" counts first attempts only, so a retry does not count twice), indexes
   for the dashboard's per-question and per-period queries, and unique keys for merging
   (a run is its visit + start sequence number; an answer its run + sequence number). */
static const char migrate_v2[] =
    "ALTER TABLE answers ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;"
    "CREATE INDEX answers_question ON answers(question_id, attempts);"
    "CREATE INDEX runs_started ON runs(start_trusted, start_wall_ms);"
    "CREATE UNIQUE INDEX runs_key ON runs(visit_id, start_seq);"
    "CREATE UNIQUE INDEX answers_key ON answers(run_id, seq);"
    "PRAGMA user_version = 2;";

/* Version 3: 'interrupted', the outcome of a run a kill or power cut left open, closed
   at the next start. SQLite cannot alter a CHECK constraint, and rebuilding runs would
   fight the answers' foreign key, so the constraint's text is widened in place: the
   procedure SQLite documents for a change that leaves every stored row valid
   (sqlite.org/lang_altertable.html, "other kinds of table schema changes"). */
#define OUTCOMES_V1 "'timed-out', 'error')"
#define OUTCOMES_V3 "'timed-out', 'error', 'interrupted')"

static bool migrate_v3(sqlite3 *db, Error *err) {
  int64_t version = 0;
  if (!stats_db_int(db, "PRAGMA schema_version", &version, err) ||
      !stats_db_exec(db, "PRAGMA writable_schema = ON", err))
    return false;
  sqlite3_stmt *s = stats_db_prepare(db, "UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2)"
                                         " WHERE type = 'table' AND name = 'runs' AND instr(sql, ?1) > 0", err);
  bool ok = s != NULL;
  if (ok) {
    sqlite3_bind_text(s, 1, OUTCOMES_V1, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, OUTCOMES_V3, -1, SQLITE_STATIC);
    ok = sqlite3_step(s) == SQLITE_DONE;
    if (!ok) error_set(err, "%s", sqlite3_errmsg(db));
    else if (sqlite3_changes(db) != 1) ok = error_set(err, "the runs table is not the one version 2 made");
  }
  sqlite3_finalize(s);
  /* a new schema_version makes every connection read the widened constraint */
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA schema_version = %lld", (long long)version + 1);
  ok = ok && stats_db_exec(db, sql, err);
  Error e;
  bool off = stats_db_exec(db, "PRAGMA writable_schema = OFF", &e); /* whatever happened above */
  if (ok && !off) ok = error_set(err, "%s", e.msg);
  return ok && stats_db_exec(db, "PRAGMA user_version = 3", err);
}

/* Version 4: where the next incremental export starts. Every record whose sequence
   number is at most exported_seq has been in an export that was complete and synced;
   raw rows are pruned only below it, and only when staff asked for a retention time. */
static const char migrate_v4[] =
    "ALTER TABLE meta ADD COLUMN exported_seq INTEGER NOT NULL DEFAULT 0;"
    "PRAGMA user_version = 4;";

/* Version 5: the runs still open, in a partial index (it holds only them, in the order
   they are closed), so closing the runs an earlier boot left open reads those few rows
   at start-up instead of every run ever recorded (48.7 M instructions at 100,000 runs,
   and growing for the life of a kiosk). Made once, at the first start after the
   upgrade (IF NOT EXISTS: a development build of this round made it as version 4). */
static const char migrate_v5[] =
    "CREATE INDEX IF NOT EXISTS runs_open ON runs(id) WHERE outcome IS NULL;"
    "PRAGMA user_version = 5;";

/* Version 6: per-lesson totals, for ever. When staff set a retention time, raw rows
   that have been exported and are older than it are removed (retention.c), and what
   they counted is added here first, per kiosk, lesson, language and day, so the
   dashboard's all-time figures never shrink. */
static const char migrate_v6[] =
    "CREATE TABLE totals ("
    "  kiosk_id TEXT NOT NULL, pack_id TEXT NOT NULL, lesson_id TEXT NOT NULL, lang TEXT NOT NULL,"
    "  day TEXT NOT NULL,"                        /* the trusted start's date, UTC */
    "  runs INTEGER NOT NULL, completed INTEGER NOT NULL, interrupted INTEGER NOT NULL,"
    "  percent_sum REAL NOT NULL, percent_runs INTEGER NOT NULL," /* for the average score */
    "  visits INTEGER NOT NULL,"                  /* distinct visits, summed per day */
    "  answers INTEGER NOT NULL,"
    "  PRIMARY KEY (kiosk_id, pack_id, lesson_id, lang, day)) WITHOUT ROWID;"
    "CREATE TABLE visit_totals ("
    "  kiosk_id TEXT NOT NULL, day TEXT NOT NULL, visits INTEGER NOT NULL,"
    "  PRIMARY KEY (kiosk_id, day)) WITHOUT ROWID;"
    "PRAGMA user_version = 6;";

/* Version 7: how many take-home cards learners were shown (issue 15), a counter per
   day and nothing else: no visit, lesson, language, time of day or anything the card
   said. A day's row carries the sequence number of its last count, so an incremental
   export takes the rows that grew since, and a merge keeps each day's latest count.
   day is the trusted wall clock's date, or "" while the clock is not trusted. */
static const char migrate_v7[] =
    "CREATE TABLE cards ("
    "  kiosk_id TEXT NOT NULL, day TEXT NOT NULL,"
    "  shown INTEGER NOT NULL,"
    "  seq INTEGER NOT NULL,"   /* of the last card counted */
    "  PRIMARY KEY (kiosk_id, day));" /* a rowid table: the export check names rows by rowid */
    "PRAGMA user_version = 7;";

typedef struct Step {
  const char *sql;                     /* the step as SQL, or */
  bool (*fn)(sqlite3 *db, Error *err); /* as code */
} Step;

static const Step steps[STATS_SCHEMA_VERSION] = {{schema_v1, NULL}, {migrate_v2, NULL}, {NULL, migrate_v3},
                                                 {migrate_v4, NULL}, {migrate_v5, NULL}, {migrate_v6, NULL},
                                                 {migrate_v7, NULL}};

/* Runs the steps from version `from` up to `to`. */
static bool migrate_to(sqlite3 *db, int from, int to, Error *err) {
  for (int v = from; v < to; v++) {
    Error e;
    if (!(steps[v].fn ? steps[v].fn(db, &e) : stats_db_exec(db, steps[v].sql, &e)))
      return error_set(err, "cannot migrate the schema to version %d: %s", v + 1, e.msg);
  }
  return true;
}

StatsSchemaResult stats_schema_migrate(sqlite3 *db, Error *err) {
  int v = stats_db_version(db);
  if (v < 0) {
    error_set(err, "cannot read the schema version: %s", sqlite3_errmsg(db));
    return STATS_SCHEMA_FAILED;
  }
  if (v > STATS_SCHEMA_VERSION) {
    error_set(err, "made by a newer kiosk version (schema %d; this one knows up to %d)", v,
              STATS_SCHEMA_VERSION);
    return STATS_SCHEMA_NEWER;
  }
  if (v == 0) {
    int64_t tables = 0;
    if (!stats_db_int(db, "SELECT count(*) FROM sqlite_schema", &tables, err))
      return STATS_SCHEMA_FAILED;
    if (tables > 0) {
      error_set(err, "not a kiosk statistics database");
      return STATS_SCHEMA_FOREIGN;
    }
  }
  return migrate_to(db, v, STATS_SCHEMA_VERSION, err) ? STATS_SCHEMA_OK : STATS_SCHEMA_FAILED;
}

sqlite3 *stats_schema_reference(int version, Error *err) {
  sqlite3 *db = NULL;
  if (version < 1 || version > STATS_SCHEMA_VERSION ||
      sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
    error_set(err, "no schema version %d", version);
    sqlite3_close(db);
    return NULL;
  }
  if (!migrate_to(db, 0, version, err)) {
    sqlite3_close(db);
    return NULL;
  }
  return db;
}
