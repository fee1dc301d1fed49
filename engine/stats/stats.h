/* stats.h — anonymous usage statistics in SQLite: which lessons are used, finished and
   understood, never who used them.

   The store (DATA/stats.db) runs in WAL mode with synchronous=FULL, so a recorded run
   survives a power cut the moment its call returns. After a session that did not close
   it cleanly it is checked (PRAGMA quick_check) beside the kiosk, never before the first
   frame, and a damaged file is moved aside for staff and replaced, so the kiosk keeps
   teaching. Nothing identifying a person is ever stored: a visit is a random id
   made at the first touch and forgotten at the idle reset; answers are option ids,
   never text a learner typed. Ordering never trusts the wall clock (a Pi has no
   battery clock): each record carries the boot count, a per-kiosk sequence number and
   the milliseconds since start, next to a wall time marked trustworthy or not. */
#ifndef STATS_STATS_H
#define STATS_STATS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "screen/screen.h"

typedef struct StatsStore StatsStore;

/* Opens (creating or migrating) DATA/stats.db. A damaged database is renamed to
   DATA/stats-damaged-N.db and a fresh one started; stats_warning says so. Damage the
   open itself cannot see is looked for on a worker thread when the last session did
   not close cleanly (DATA/stats.db-clean is missing); what it finds is set aside at the
   next stats_visit_begin or at stats_close. NULL (err set) only when no database can
   be used at all (e.g. a read-only folder) — the kiosk then teaches without recording.
   now_ms: the caller's monotonic clock. */
StatsStore *stats_open(const char *data_dir, const char *kiosk_id, uint64_t now_ms, Error *err);
/* Opens DATA/stats.db for reading only (export, summary, the dashboard), writing
   nothing in DATA, so the records can be rescued from a card gone read-only. The kiosk
   id and boot count are the database's own. stats_open falls back to this when the
   folder cannot be written; recording into such a store fails and says why. */
StatsStore *stats_open_read_only(const char *data_dir, Error *err);
/* True when the store only reads: nothing new is recorded. */
bool stats_read_only(const StatsStore *st);
/* Closes the database; leaves DATA/stats.db-clean when it was the last connection, no
   damage was met and the file is known good, so the next start needs no check. */
void stats_close(StatsStore *st);

/* The last problem for staff ("statistics not saved: the disk is full"), or NULL. A
   failed write never stops the learner; nothing recorded before is lost. */
const char *stats_warning(const StatsStore *st);

typedef enum StatsOutcome {
  STATS_COMPLETED, STATS_ABANDONED, STATS_TIMED_OUT, STATS_ERROR,
  STATS_INTERRUPTED /* set by stats_open: a kill or power cut left the run open */
} StatsOutcome;

/* Records that could not be written since the store was opened: every failed call
   below counts one (a run of no visit, an answer of no run included), so staff see how
   much is missing; stats_warning says the last reason. */
int stats_lost_records(const StatsStore *st);
/* Why records were lost, in words for staff ("the disk is full"): the cause of the first
   loss since the last successful write, kept when later writes succeed; NULL if none. */
const char *stats_lost_reason(const StatsStore *st);

/* A visit starts at the first touch after the attract screen. Returns 0 on failure. */
int64_t stats_visit_begin(StatsStore *st, uint64_t now_ms);

typedef struct StatsLesson {
  const char *pack_id, *pack_version, *lesson_id, *lang;
} StatsLesson;

/* A lesson run in a visit. Returns 0 on failure (the lesson still plays). */
int64_t stats_run_begin(StatsStore *st, int64_t visit, const StatsLesson *lesson, uint64_t now_ms);
/* One answer, by the screen's stable question id and the chosen options' ids. Screens
   that are not questions are ignored. */
bool stats_record_answer(StatsStore *st, int64_t run, const Screen *s, const Answer *a, uint64_t now_ms);
/* Ends the run (durable when this returns true). Later calls for the same run are
   ignored, so "completed" at the result screen is not overwritten by a later reset. */
bool stats_run_end(StatsStore *st, int64_t run, StatsOutcome outcome, int score, int max, uint64_t now_ms);

/* A take-home card (a QR code) was shown to a learner: one more in today's count. Only
   the count per day is kept: no visit, lesson, language or content. */
bool stats_count_card(StatsStore *st, uint64_t now_ms);

/* ---- what the staff dashboard shows ------------------------------------------------ */

typedef struct StatsPeriod {
  int days; /* the last N days by trustworthy wall time; 0 = everything */
} StatsPeriod;

typedef struct StatsLessonRow {
  char pack_id[48], lesson_id[64];
  int starts, completions;
  int interrupted; /* runs a kill or power cut cut short (closed at the next start) */
  double average_score; /* percent of max over completed runs; -1 when none */
} StatsLessonRow;

typedef struct StatsMissed {
  char pack_id[48], lesson_id[64], question_id[64];
  int answers, wrong;
  char common_wrong[128]; /* the wrong choice made most often (option ids), or "" */
} StatsMissed;

typedef struct StatsWeek {
  char week[12];   /* ISO week start date, "2026-11-23"; "" for runs with no trusted time */
  int completions;
} StatsWeek;

typedef struct StatsLanguage {
  char lang[8];
  int runs;
  int completions;
  double average_score; /* percent of max over completed runs; -1 when none */
} StatsLanguage;

/* Each fills up to max rows and returns the count (0 on failure). */
int stats_lessons(StatsStore *st, StatsPeriod p, StatsLessonRow *rows, int max);
int stats_missed(StatsStore *st, StatsPeriod p, StatsMissed *rows, int max);   /* worst first */
int stats_weeks(StatsStore *st, StatsPeriod p, StatsWeek *rows, int max);       /* oldest first */
int stats_languages(StatsStore *st, StatsPeriod p, StatsLanguage *rows, int max);
/* Take-home cards shown in the period (a period counts days of a trusted clock); 0 on
   failure. */
long stats_cards(StatsStore *st, StatsPeriod p);

/* ---- export, merge, report (for program staff) ----------------------------------------- */

/* Runs per export folder: a run is about 3 KB of statements, 1 KB of database and 1 KB
   of CSV, so every file of a folder stays far below 1 GiB (and FAT32's 4 GiB). */
#define STATS_EXPORT_MAX_RUNS 200000

typedef struct StatsExportOptions {
  int suppress_below; /* cells counting fewer learners than this show as "<k"; 0 = off */
  bool full;          /* every record, not only those since the last export */
  bool gzip;          /* statements.jsonl.gz instead of statements.jsonl */
  int max_runs;       /* runs per folder; 0 = STATS_EXPORT_MAX_RUNS */
  const char *health; /* the kiosk's start and exit record (HEALTH.txt), or NULL */
} StatsExportOptions;

typedef struct StatsExportResult {
  char *dir;          /* the (first) folder written; stats_export_result_free frees it */
  int parts;          /* folders written: more than one when the range was split */
  int64_t runs;       /* runs in the export */
  bool incremental;   /* only the records since an earlier export */
  int64_t from_seq, to_seq; /* what it holds: records changed after from_seq, up to to_seq */
  bool marked;        /* the next export starts after to_seq (false on a read-only card) */
} StatsExportResult;

/* Writes DIR/kiosk-export/<kiosk-id>/<timestamp>/ with runs.csv, answers.csv,
   statements.jsonl (xAPI 1.0.3), stats.db (a copy of the records exported), SUMMARY.txt,
   HEALTH.txt (when opt->health is given: starts and exits, nothing personal), MANIFEST and
   SHA512SUMS: the records changed since the last export (all of them with
   opt->full, or the first time). Each file is written to a temporary name, fsynced and
   renamed, then the folder and the file system are synced. True only when all of that
   succeeded ("safe to remove"); then the next export starts after it. res (may be NULL)
   says what was written. */
bool stats_export(StatsStore *st, const char *dir, const StatsExportOptions *opt, StatsExportResult *res,
                  Error *err);
void stats_export_result_free(StatsExportResult *res);
/* Lesson runs the next incremental export would hold (started, answered or ended since
   the last complete export); -1 when the store cannot be read. */
long stats_unexported_runs(StatsStore *st);

/* Merges kiosk exports (folders written by stats_export) into a central database,
   idempotently: merging the same export twice changes nothing, a conflicting duplicate
   is reported. A truncated, foreign or edited export is refused per folder with its
   reason, and the central database is left unchanged by it. Returns the number of
   folders merged; problems are reported through report (one line each). */
int stats_merge(const char *central_db, const char *const *export_dirs, int n,
                void (*report)(void *ud, const char *line), void *ud, Error *err);

/* ---- keeping the card from filling ------------------------------------------------- */

/* Removes raw rows older than keep_days (by a trusted clock) that have been in a complete
   export, after adding what they counted to the per-lesson totals the dashboard keeps
   for ever. Rows never exported are never removed. 0 keep_days, a read-only store or an
   untrusted clock remove nothing. Returns the lesson runs removed, or -1 (err set). */
int64_t stats_prune(StatsStore *st, int keep_days, Error *err);

typedef struct StatsStorage {
  int64_t bytes;           /* the database and its WAL */
  int64_t free_bytes;      /* free on the card, or -1 when unknown */
} StatsStorage;
bool stats_storage(StatsStore *st, StatsStorage *out);

/* ---- push to a Learning Record Store ----------------------------------------------- */

#define STATS_PUSH_BATCH 50          /* statements per POST: small, so one slow batch is cheap to retry */
#define STATS_PUSH_BATCH_MAX 500
#define STATS_PUSH_MAX_SOURCES 4096
#define STATS_PUSH_RETRIES 5         /* a timeout or 5xx: tried again after 1, 2, 4, 8, 16 s */
#define STATS_PUSH_BACKOFF_MS 1000
#define STATS_PUSH_CONNECT_MS 10000
#define STATS_PUSH_TIMEOUT_MS 120000 /* one batch, answer included */

typedef struct StatsPushOptions {
  const char *url;         /* the LRS's xAPI base, e.g. https://lrs.example.org/data/xAPI */
  const char *key, *secret; /* Basic auth; the secret never comes from the command line */
  const char *acks_path;   /* the acknowledgement database (created when missing) */
  int batch;               /* 0: STATS_PUSH_BATCH */
  int retries;             /* -1: STATS_PUSH_RETRIES */
  int backoff_ms, timeout_ms; /* 0: the defaults above */
  void (*progress)(void *ud, long done, long total);
  void (*report)(void *ud, const char *line); /* one line per refused export, conflict, rejection */
  void *ud;
} StatsPushOptions;

typedef struct StatsPushResult {
  long accepted;  /* acknowledged by the LRS in this push */
  long skipped;   /* acknowledged before: not sent again */
  long conflicts; /* the LRS holds another version under the same id (HTTP 409) */
  long rejected;  /* invalid for the LRS (HTTP 400), named in a report line */
  long refused;   /* export folders refused whole (cut short, edited, not an export) */
  long retries;
} StatsPushResult;

/* Sends the statements of kiosk export folders (checked first, as stats_merge checks
   them) to an LRS, recording what it acknowledged in opt->acks_path so that pushing
   again sends nothing twice and an interrupted push resumes. False (err set) when it
   cannot go on: wrong credentials, the LRS unreachable after the retries, an unreadable
   file; what was acknowledged up to then stays recorded. */
bool stats_push(const char *const *sources, int n, const StatsPushOptions *opt, StatsPushResult *res, Error *err);

/* What the records call by id, in the reader's language: a lesson's title and the words
   of a question, and where a question comes in its lesson (play_catalogue learns them by
   playing the lessons). Any callback may be NULL or return NULL / -1: the id is shown,
   and questions are listed by id. The ids stay in the report as tooltips. */
typedef struct StatsNames {
  const char *(*lesson)(void *ud, const char *pack_id, const char *lesson_id);
  const char *(*question)(void *ud, const char *pack_id, const char *lesson_id, const char *question_id);
  int (*order)(void *ud, const char *pack_id, const char *lesson_id, const char *question_id);
  void *ud;
} StatsNames;

/* A plain-text table of a database (the kiosk's or a central one). Caller frees. */
char *stats_summary(const char *db_path, const StatsNames *names, Error *err);
/* One self-contained HTML file (inline SVG charts, no script from the internet) with the
   dashboard's charts per kiosk and overall. */
bool stats_report(const char *db_path, const char *html_path, const StatsNames *names, Error *err);
/* Totals only, to share outside the programme: OUT_DIR (made new) with lessons.csv,
   questions.csv, weeks.csv, languages.csv and SUMMARY.txt, for all kiosks and for each,
   every count from fewer than suppress_below distinct visits shown as "<k" (and the
   average score or wrong choice beside it left out), and SHA512SUMS. No record of a
   visit, run or answer: those are in exports, which stay inside the programme. */
bool stats_aggregate(const char *db_path, const char *out_dir, int suppress_below, Error *err);

#endif
