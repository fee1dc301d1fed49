/* internal.h — what the stats files share: the store, the schema, the clock rule, the
   dashboard queries with their small-count data, streaming file output for exports, and
   hooks for tests and benchmarks. Only engine/stats and its tests include this (it is
   the one place that pulls in sqlite3.h). */
#ifndef STATS_INTERNAL_H
#define STATS_INTERNAL_H

#include <pthread.h>
#include <sodium.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/error.h"
#include "stats/stats.h"

/* ---- limits ------------------------------------------------------------------------ */

#define STATS_SCHEMA_VERSION 7
#define STATS_DB_NAME "stats.db"
/* Written when a session closes the database cleanly (last connection, checkpointed, no
   damage met); taken away at the next open. Without it the next open checks the file. */
#define STATS_CLEAN_NAME "stats.db-clean"
#define STATS_BUSY_TIMEOUT_MS 2000  /* only a command-line export competes; a learner must not wait longer */
#define STATS_WARNING_MAX 200       /* one line in the staff screen */
#define STATS_MAX_DAMAGED 1000      /* stats-damaged-N.db kept for staff; more means nobody looks */
/* Ids come from lesson code and the config; the sizes match the dashboard rows in stats.h
   (and SCREEN_MAX_ID for question and option ids). */
#define STATS_MAX_KIOSK_ID 47
#define STATS_MAX_PACK_ID 47
#define STATS_MAX_LESSON_ID 63
#define STATS_MAX_QUESTION_ID 64
#define STATS_MAX_VERSION 32
#define STATS_MAX_LANG 7
#define STATS_VISIT_ID_LEN 32       /* 16 random bytes in hex */
#define STATS_MAX_CHOSEN 780        /* SCREEN_MAX_FLAGS option ids of SCREEN_MAX_ID bytes, with commas */
#define STATS_DAY_MS 86400000LL

/* The project's IRIs: xAPI statements and the report name things under these. */
#define STATS_IRI_BASE "https://stay-safe-kiosk.example"

/* ---- the store ---------------------------------------------------------------------- */

/* The integrity check (integrity.c): PRAGMA quick_check on a worker thread with its own
   read-only connection, so it never holds up the first frame. */
typedef enum StatsCheckState {
  STATS_CHECK_RUNNING, STATS_CHECK_OK, STATS_CHECK_DAMAGED,
  STATS_CHECK_UNFINISHED /* interrupted or failed: no verdict */
} StatsCheckState;
typedef struct StatsCheck StatsCheck;
StatsCheck *stats_check_start(const char *path, Error *err);
/* The verdict so far; reason (when non-NULL) names the damage. */
StatsCheckState stats_check_poll(StatsCheck *c, char *reason, size_t n);
/* Waits for the worker (interrupting it first when asked), frees c, returns the verdict. */
StatsCheckState stats_check_finish(StatsCheck *c, bool interrupt, char *reason, size_t n);

typedef enum StatsStmtId {
  STATS_STMT_BEGIN, STATS_STMT_COMMIT, STATS_STMT_ROLLBACK, STATS_STMT_NEXT_SEQ,
  STATS_STMT_INSERT_VISIT, STATS_STMT_INSERT_RUN, STATS_STMT_RUN_STATE, STATS_STMT_ATTEMPTS,
  STATS_STMT_INSERT_ANSWER, STATS_STMT_END_RUN, STATS_STMT_VISIT_EXISTS, STATS_STMT_COUNT_CARD,
  STATS_STMT_COUNT
} StatsStmtId;

struct StatsStore {
  sqlite3 *db;
  char *dir, *path;
  char kiosk_id[STATS_MAX_KIOSK_ID + 1];
  int64_t boot;
  char warning[STATS_WARNING_MAX];      /* the last failed write; cleared by the next success */
  char open_warning[STATS_WARNING_MAX]; /* the database was set aside at open */
  int lost;                             /* records not written since open (stats_lost_records) */
  char lost_reason[STATS_WARNING_MAX];  /* why the last of them was lost (kept after success) */
  bool fake_wall;                       /* tests: the wall clock reads fake_wall_ms */
  int64_t fake_wall_ms;
  const char *sync_flag;                /* where systemd-timesyncd says "synchronized" */
  sqlite3_stmt *stmt[STATS_STMT_COUNT];
  StatsCheck *check;                    /* a check running beside the kiosk, or NULL */
  bool check_ok;                        /* opened clean, or a check found nothing */
  bool damage_met;                      /* a call failed with CORRUPT/NOTADB */
  const char *read_only;                /* reads only, and why ("the card is read-only"): readonly.c */
};

/* Between visits: acts on the integrity check's verdict (a damaged file is set aside
   and a fresh one started). Called by stats_visit_begin. */
void stats_settle(StatsStore *st);
/* Tests: waits for a running integrity check; true when one ran. */
bool stats_test_wait_check(StatsStore *st);

/* True for an id that can only name something from lesson code or the config: 1..max of
   [A-Za-z0-9_.-]. Anything else (spaces, '@', text) is refused, so no free text can
   reach the database through an id. */
bool stats_id_ok(const char *s, size_t max);

/* ---- clock (clock.c) --------------------------------------------------------------- */

#define STATS_SYNC_FLAG "/run/systemd/timesync/synchronized"
#define STATS_CLOCK_PLAUSIBLE_YEARS 10 /* a build this old is out of support; a later
                                          unsynchronised clock is an RTC gone wrong */

int64_t stats_build_time_ms(void);                  /* midnight UTC of the build day */
bool stats_time_trusted(int64_t wall_ms, bool synchronized);
void stats_clock_read(const StatsStore *st, int64_t *wall_ms, bool *trusted);
void stats_format_iso(int64_t ms, char out[32]);    /* 2026-11-29T14:55:00.123Z */
void stats_format_stamp(int64_t ms, char out[20]);  /* 20261129-145500 */
void stats_format_date(int64_t ms, char out[16]);   /* 2026-11-29 */

/* Tests: make the wall clock read unix_ms from now on (a jump backwards included). */
void stats_test_set_wall_clock(StatsStore *st, int64_t unix_ms);
/* Tests: look for timesyncd's flag file at PATH instead (NULL restores the default). */
void stats_test_set_sync_flag(StatsStore *st, const char *path);

/* ---- database helpers (db.c, schema.c) ---------------------------------------------- */

sqlite3_stmt *stats_db_prepare(sqlite3 *db, const char *sql, Error *err);
bool stats_db_exec(sqlite3 *db, const char *sql, Error *err); /* fixed SQL text only */
bool stats_db_int(sqlite3 *db, const char *sql, int64_t *out, Error *err);
bool stats_db_is_damage(int rc); /* CORRUPT or NOTADB: the file, not the moment, is bad */
/* Opens an existing statistics database for reading; one of an older schema is copied
   into memory and migrated there, so every reader sees the current schema. */
sqlite3 *stats_db_open_read(const char *path, Error *err);
/* A copy of db in memory, migrated to the current schema (db is left as it was). */
sqlite3 *stats_db_migrated_copy(sqlite3 *db, const char *path, Error *err);

/* "file:PATH?QUERY" with the path percent-encoded, for sqlite3_open_v2 with
   SQLITE_OPEN_URI (a '?' or '#' in a folder name would otherwise end it). Caller frees. */
char *stats_db_uri(const char *path, const char *query);

/* ---- reading without writing (readonly.c) ------------------------------------------ */

/* Opens a database for reading without writing anything beside it (no -shm, no lock
   file): read-only as usual, else immutable when there is no WAL to lose, else a copy
   with its WAL replayed, in memory. Works on a read-only card. */
sqlite3 *stats_db_open_snapshot(const char *path, Error *err);
/* stats_open could not open DATA/stats.db for writing: the store read-only, with a
   warning for staff saying why nothing is recorded ("the card is read-only: nothing is
   saved"), or NULL. Each recording call fails, saying why. */
StatsStore *stats_open_fallback(const char *data_dir);
int stats_db_version(sqlite3 *db);   /* PRAGMA user_version, -1 on failure */

typedef enum StatsSchemaResult {
  STATS_SCHEMA_OK, STATS_SCHEMA_FOREIGN, STATS_SCHEMA_NEWER, STATS_SCHEMA_FAILED
} StatsSchemaResult;
/* Brings the schema to STATS_SCHEMA_VERSION (creating version 1 in an empty database,
   then each migration in turn). The caller holds a write transaction. */
StatsSchemaResult stats_schema_migrate(sqlite3 *db, Error *err);
/* An empty database in memory with the schema exactly as `version` (1 to the current)
   made it: what an export of that version must hold, object for object. */
sqlite3 *stats_schema_reference(int version, Error *err);

/* ---- recording without a transaction (record.c; synth.c batches them) --------------- */

int64_t stats_put_visit(StatsStore *st, uint64_t now_ms);
int64_t stats_put_run(StatsStore *st, int64_t visit, const StatsLesson *l, uint64_t now_ms);
bool stats_put_answer(StatsStore *st, int64_t run, const char *question, const char *chosen,
                      bool correct, int points, int max, uint64_t now_ms);
bool stats_put_end(StatsStore *st, int64_t run, StatsOutcome outcome, int score, int max,
                   uint64_t now_ms);
const char *stats_outcome_name(StatsOutcome o);
/* Closes, as interrupted, every run an earlier boot left open (stats_open, in its
   start-up transaction). */
bool stats_put_interrupted(StatsStore *st);

/* Benchmarks and tests: adds n synthetic runs (answers_per_run each, one visit per one to
   three runs, wall times spread over the last twelve weeks) in ONE transaction. */
bool stats_fill_synthetic(StatsStore *st, int n, int answers_per_run, uint32_t seed, Error *err);

/* ---- dashboard queries (queries.c) ------------------------------------------------- */

typedef struct StatsFilter {
  const char *kiosk; /* NULL = every kiosk in the database */
  bool period;       /* false = everything, untrusted times included */
  int64_t since_ms;  /* with period: runs that started at or after this trusted time */
} StatsFilter;

/* The dashboard rows with, per count, the distinct visits behind it (for "<k"). */
typedef struct StatsLessonX { StatsLessonRow r; int start_visits, completion_visits, interrupted_visits; } StatsLessonX;
typedef struct StatsMissedX { StatsMissed r; int answer_visits, wrong_visits; } StatsMissedX;
typedef struct StatsWeekX { StatsWeek r; int visits; } StatsWeekX;
typedef struct StatsLanguageX { StatsLanguage r; int visits; } StatsLanguageX;
typedef struct StatsDropX {
  char pack_id[48], lesson_id[64], question_id[64]; /* the last question answered, or "" */
  int runs, visits;
} StatsDropX;

typedef struct StatsOverview {
  int64_t visits, runs, completions, answers;
  int64_t interrupted; /* runs a kill or power cut cut short */
  int64_t first_wall_ms, last_wall_ms; /* trusted start times; 0 when none */
  int64_t untrusted_runs;
  int64_t first_boot, last_boot, last_seq;
} StatsOverview;

int stats_q_lessons(sqlite3 *db, const StatsFilter *f, StatsLessonX *rows, int max);
int stats_q_missed(sqlite3 *db, const StatsFilter *f, StatsMissedX *rows, int max);
int stats_q_weeks(sqlite3 *db, const StatsFilter *f, StatsWeekX *rows, int max);
int stats_q_languages(sqlite3 *db, const StatsFilter *f, StatsLanguageX *rows, int max);
bool stats_q_overview(sqlite3 *db, const StatsFilter *f, StatsOverview *o);
int64_t stats_q_cards(sqlite3 *db, const StatsFilter *f); /* take-home cards shown; -1 on failure */
/* Runs learners left, by lesson and the last question answered (grouped by lesson). */
int stats_q_dropoff(sqlite3 *db, const StatsFilter *f, StatsDropX *rows, int max);
/* The kiosk ids in the database, sorted; returns the count (at most max). */
int stats_q_kiosks(sqlite3 *db, char (*ids)[STATS_MAX_KIOSK_ID + 1], int max);

/* ---- text and HTML (summary.c, report.c) ------------------------------------------- */

/* Appends the plain-text tables for one filter; counts from fewer than suppress_below
   distinct visits show as "<k" (0 = show everything). */
void stats_summary_section(sqlite3 *db, const StatsFilter *f, const char *title,
                           int suppress_below, const StatsNames *names, Buf *out);

/* names.c: a lesson's title, else "PACK/LESSON" (into out); a question's words, else
   NULL; its place in the lesson, else -1. names may be NULL. */
const char *stats_lesson_label(const StatsNames *names, const char *pack, const char *lesson, char *out,
                               size_t n);
const char *stats_question_words(const StatsNames *names, const char *pack, const char *lesson,
                                 const char *question);
int stats_question_order(const StatsNames *names, const char *pack, const char *lesson, const char *question);
/* The columns s takes in a table (a mark on a letter takes none), and the bytes of its
   longest start that takes at most `columns` (marks stay with their letter). */
int stats_text_columns(const char *s);
size_t stats_text_fit(const char *s, int columns);
/* Groups drop-off rows by lesson, each lesson's in question order ("" first). */
void stats_dropoff_sort(StatsDropX *rows, int n, const StatsNames *names);

/* ---- streaming output with a running SHA-512 (out.c) ------------------------------- */

#define STATS_OUT_BUFFER (256 * 1024) /* big sequential writes suit USB sticks */

/* The caller fills one buffer while two worker threads hash and write the other, side
   by side (hashing costs as much as making the text). SHA-512, not SHA-256: as strong, in
   every standard tool (sha512sum, Get-FileHash), and half again as fast on 64-bit CPUs
   (the Pi's included), and hashing is what bounds an export's time. */
#define STATS_SUM_HEX (2 * crypto_hash_sha512_BYTES + 1)

typedef struct StatsOut {
  int fd;
  char *path, *tmp;
  char *buf, *spare; /* the buffer being filled; the one the workers may hold */
  size_t len;
  crypto_hash_sha512_state sha;
  uint64_t bytes;
  pthread_t hasher, writer;
  bool started;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  const char *pending; /* the buffer handed over (under mu) */
  size_t pending_len;
  uint64_t handed, hashed, written; /* buffers handed over / finished by each worker */
  bool quit;
  int error; /* errno of the first failed write, 0 if none (under mu) */
} StatsOut;

/* Starts DIR/NAME.tmp; nothing is visible under NAME until stats_out_close. */
bool stats_out_open(StatsOut *o, const char *dir, const char *name, Error *err);
void stats_out_flush(StatsOut *o);
/* Flushes, fsyncs, renames NAME.tmp to NAME and fsyncs the folder; fills the SHA-512 in
   hex. On failure the temporary file is removed. Always releases o. */
bool stats_out_close(StatsOut *o, char sum_hex[STATS_SUM_HEX], Error *err);
void stats_out_discard(StatsOut *o);
/* DIR/NAME holding len bytes, as stats_out_open..close write it; its SHA-512 in sum_hex
   (which may be NULL). */
bool stats_out_file(const char *dir, const char *name, const void *data, size_t len, char *sum_hex, Error *err);
void stats_out_csv(StatsOut *o, const char *field); /* RFC 4180: quoted when needed */
void stats_out_json(StatsOut *o, const char *s);    /* a JSON string literal */
void stats_out_json_body(StatsOut *o, const char *s); /* the same without the quotes */
void stats_out_i64(StatsOut *o, int64_t v);
/* SHA-512 of a whole file, in hex; false with err when it cannot be read. */
bool stats_sum_file(const char *path, char hex[STATS_SUM_HEX], Error *err);

void stats_out_add_slow(StatsOut *o, const void *p, size_t n); /* flushes first */
static inline void stats_out_add(StatsOut *o, const void *p, size_t n) {
  if (n > STATS_OUT_BUFFER - o->len) {
    stats_out_add_slow(o, p, n);
    return;
  }
  __builtin_memcpy(o->buf + o->len, p, n);
  o->len += n;
}
#define stats_out_lit(o, s) stats_out_add((o), (s), sizeof(s) - 1)
static inline void stats_out_str(StatsOut *o, const char *s) { stats_out_add(o, s, __builtin_strlen(s)); }

/* ---- export records (export.c feeds csv and xAPI writers) -------------------------- */

typedef struct StatsRunRec {
  int64_t id;
  const char *visit, *kiosk, *pack, *version, *lesson, *lang, *outcome; /* outcome NULL: running */
  bool has_score;
  int64_t score, max;
  int64_t start_boot, start_seq, start_mono, start_wall;
  bool start_trusted;
  bool ended;
  int64_t end_boot, end_seq, end_mono, end_wall;
  bool end_trusted;
  bool has_duration;
  int64_t duration_ms;
  int64_t start_after, end_after; /* untrusted times: the last trusted time before, or 0 */
} StatsRunRec;

typedef struct StatsAnswerRec {
  int64_t run;
  const char *question, *chosen;
  bool correct;
  int64_t points, max, attempts, boot, seq, mono, wall;
  bool trusted;
  int64_t after; /* an untrusted time: the last trusted time before it, or 0 */
} StatsAnswerRec;

void stats_xapi_run_begin(StatsOut *o, const StatsRunRec *r);
void stats_xapi_answer(StatsOut *o, const StatsRunRec *r, const StatsAnswerRec *a);
void stats_xapi_run_end(StatsOut *o, const StatsRunRec *r);
/* The statement id: a UUID (RFC 9562 version 8) from a keyed hash of kiosk, visit, the
   record's sequence number and the verb, so a re-export yields the same ids. */
void stats_xapi_uuid(const char *kiosk, const char *visit, int64_t seq, const char *verb,
                     char out[37]);

/* The export folder's bookkeeping files, shared by export.c and merge.c. */
#define STATS_EXPORT_FORMAT "stay-safe-kiosk-stats-export"
#define STATS_EXPORT_FORMAT_VERSION 1
#define STATS_EXPORT_SUMS "SHA512SUMS"
#define STATS_EXPORT_MANIFEST "MANIFEST"

/* An export's database is read under a time cap (guard.c). */
typedef struct StatsGuard {
  uint64_t deadline_ms; /* monotonic */
  int seconds;          /* the cap, for the message */
  bool expired;
} StatsGuard;

/* Opens DIR/stats.db of an export defensively and proves it the kiosk's own: its
   schema object for object, its integrity, and every value bounded. Statements on the
   connection stop at g's deadline (g must outlive it). NULL with a one-line reason. */
sqlite3 *stats_guard_open(const char *path, StatsGuard *g, char *reason, size_t n);
/* Puts another connection (a migrated copy) under the same time cap. */
void stats_guard_watch(sqlite3 *db, StatsGuard *g);

typedef struct StatsExportInfo {
  StatsGuard guard; /* the time cap of reading this export */
  char kiosk_id[STATS_MAX_KIOSK_ID + 1];
  char sums_hash[STATS_SUM_HEX]; /* of SHA512SUMS itself: names this export in a central database */
  int64_t visits, runs, answers, boot, seq;
} StatsExportInfo;

/* Checks an export folder (check.c): every file against SHA512SUMS, MANIFEST's format,
   the database copy against MANIFEST. Returns the copy opened for reading (current
   schema), or NULL with a one-line reason. */
sqlite3 *stats_export_check(const char *dir, StatsExportInfo *info, char *reason, size_t n);
/* The SHA-512 of an export's SHA512SUMS (what names it in a central database), without
   checking anything else; false when there is none. */
bool stats_export_sums_hash(const char *dir, char hex[STATS_SUM_HEX]);

#endif
