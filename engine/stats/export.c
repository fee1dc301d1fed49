/* export.c — the staff export to a USB stick: DIR/kiosk-export/<kiosk-id>/<timestamp>/
   with runs.csv, answers.csv, statements.jsonl, stats.db, SUMMARY.txt, HEALTH.txt (when given), MANIFEST and,
   last, SHA512SUMS (so a copy cut short is detectable: research/board.md §3).

   An export holds the records that changed since this kiosk's last complete export (by
   sequence number: new visits, runs started or ended since, answers given since), so a
   stick carries days, not years; staff can ask for everything instead. Its database is
   a copy holding just those records, and the other files are made from that copy, so
   they agree. A range bigger than STATS_EXPORT_MAX_RUNS runs is split into folders of
   consecutive runs, each a whole export, so no file grows past FAT32's reach.
   Everything is read in one read transaction, so all files show the same moment. Each
   file is written as NAME.tmp, fsynced and renamed, the folder fsynced; at the end
   syncfs() on the stick; only then does the kiosk note where the next export starts. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

#define EXPORT_MAX_SAME_NAME 99 /* exports in the same second or with no new records */

static const char runs_header[] =
    "kiosk_id,visit_id,boot,seq,start_mono_ms,start_time,start_time_trusted,pack_id,"
    "pack_version,lesson_id,lang,outcome,score,max,end_boot,end_seq,end_mono_ms,end_time,"
    "end_time_trusted,duration_ms\r\n";
static const char answers_header[] =
    "kiosk_id,visit_id,run_boot,run_seq,boot,seq,mono_ms,time,time_trusted,pack_id,lesson_id,"
    "question_id,chosen,correct,points,max,attempt\r\n";

static const char runs_sql[] =
    "SELECT r.id, v.visit_uuid, v.kiosk_id, r.pack_id, r.pack_version, r.lesson_id, r.lang,"
    " r.outcome, r.score, r.max_score, r.start_boot, r.start_seq, r.start_mono_ms,"
    " r.start_wall_ms, r.start_trusted, r.end_boot, r.end_seq, r.end_mono_ms, r.end_wall_ms,"
    " r.end_trusted, r.duration_ms"
    " FROM runs r JOIN visits v ON v.id = r.visit_id ORDER BY r.id";
/* Row ids grow with the sequence number in a kiosk's store (rows are only ever added,
   each with the next seq), so id order is boot + seq order without a sort. */
static const char answers_sql[] =
    "SELECT run_id, question_id, chosen, correct, points, max_points, attempts, boot, seq,"
    " mono_ms, wall_ms, wall_trusted FROM answers ORDER BY run_id, id";

static const char *text(sqlite3_stmt *s, int col) {
  const char *t = (const char *)sqlite3_column_text(s, col);
  return t ? t : "";
}

static void load_run(sqlite3_stmt *s, StatsRunRec *r) {
  memset(r, 0, sizeof *r);
  r->id = sqlite3_column_int64(s, 0);
  r->visit = text(s, 1);
  r->kiosk = text(s, 2);
  r->pack = text(s, 3);
  r->version = text(s, 4);
  r->lesson = text(s, 5);
  r->lang = text(s, 6);
  r->outcome = (const char *)sqlite3_column_text(s, 7);
  r->ended = r->outcome != NULL;
  r->has_score = sqlite3_column_type(s, 8) != SQLITE_NULL;
  r->score = sqlite3_column_int64(s, 8);
  r->max = sqlite3_column_int64(s, 9);
  r->start_boot = sqlite3_column_int64(s, 10);
  r->start_seq = sqlite3_column_int64(s, 11);
  r->start_mono = sqlite3_column_int64(s, 12);
  r->start_wall = sqlite3_column_int64(s, 13);
  r->start_trusted = sqlite3_column_int(s, 14) != 0;
  r->end_boot = sqlite3_column_int64(s, 15);
  r->end_seq = sqlite3_column_int64(s, 16);
  r->end_mono = sqlite3_column_int64(s, 17);
  r->end_wall = sqlite3_column_int64(s, 18);
  r->end_trusted = sqlite3_column_int(s, 19) != 0;
  r->has_duration = sqlite3_column_type(s, 20) != SQLITE_NULL;
  r->duration_ms = sqlite3_column_int64(s, 20);
}

static void load_answer(sqlite3_stmt *s, StatsAnswerRec *a) {
  a->run = sqlite3_column_int64(s, 0);
  a->question = text(s, 1);
  a->chosen = text(s, 2);
  a->correct = sqlite3_column_int(s, 3) != 0;
  a->points = sqlite3_column_int64(s, 4);
  a->max = sqlite3_column_int64(s, 5);
  a->attempts = sqlite3_column_int64(s, 6);
  a->boot = sqlite3_column_int64(s, 7);
  a->seq = sqlite3_column_int64(s, 8);
  a->mono = sqlite3_column_int64(s, 9);
  a->wall = sqlite3_column_int64(s, 10);
  a->trusted = sqlite3_column_int(s, 11) != 0;
}

static void csv_num(StatsOut *o, bool present, int64_t v) {
  stats_out_lit(o, ",");
  if (present) stats_out_i64(o, v);
}

static void csv_time(StatsOut *o, bool present, int64_t ms) {
  stats_out_lit(o, ",");
  if (!present) return;
  char iso[32];
  stats_format_iso(ms, iso);
  stats_out_add(o, iso, 24);
}

static void csv_text(StatsOut *o, const char *s) {
  stats_out_lit(o, ",");
  stats_out_csv(o, s);
}

static void csv_run(StatsOut *o, const StatsRunRec *r) {
  stats_out_csv(o, r->kiosk);
  csv_text(o, r->visit);
  csv_num(o, true, r->start_boot);
  csv_num(o, true, r->start_seq);
  csv_num(o, true, r->start_mono);
  csv_time(o, true, r->start_wall);
  csv_num(o, true, r->start_trusted);
  csv_text(o, r->pack);
  csv_text(o, r->version);
  csv_text(o, r->lesson);
  csv_text(o, r->lang);
  csv_text(o, r->outcome ? r->outcome : "");
  csv_num(o, r->has_score, r->score);
  csv_num(o, r->has_score, r->max);
  csv_num(o, r->ended, r->end_boot);
  csv_num(o, r->ended, r->end_seq);
  csv_num(o, r->ended, r->end_mono);
  csv_time(o, r->ended, r->end_wall);
  csv_num(o, r->ended, r->end_trusted);
  csv_num(o, r->has_duration, r->duration_ms);
  stats_out_lit(o, "\r\n");
}

static void csv_answer(StatsOut *o, const StatsRunRec *r, const StatsAnswerRec *a) {
  stats_out_csv(o, r->kiosk);
  csv_text(o, r->visit);
  csv_num(o, true, r->start_boot);
  csv_num(o, true, r->start_seq);
  csv_num(o, true, a->boot);
  csv_num(o, true, a->seq);
  csv_num(o, true, a->mono);
  csv_time(o, true, a->wall);
  csv_num(o, true, a->trusted);
  csv_text(o, r->pack);
  csv_text(o, r->lesson);
  csv_text(o, a->question);
  csv_text(o, a->chosen);
  csv_num(o, true, a->correct);
  csv_num(o, true, a->points);
  csv_num(o, true, a->max);
  csv_num(o, true, a->attempts);
  stats_out_lit(o, "\r\n");
}

typedef struct Sums {
  const char *name[8];
  char hex[8][STATS_SUM_HEX];
  int n;
} Sums;

static char *sum_slot(Sums *s, const char *name) {
  s->name[s->n] = name;
  return s->hex[s->n++];
}

/* When the kiosk's clock was last trusted before each record, for statements whose own
   time is not trusted: the trusted (seq, time) pairs in sequence order with their
   running maximum, looked up by binary search. `seed` is the latest trusted time of the
   records before the export's range. */
typedef struct Timeline {
  int64_t *seq, *latest;
  size_t n, cap;
  int64_t seed;
} Timeline;

static bool timeline_load(sqlite3 *db, int64_t seed, Timeline *t, Error *err) {
  *t = (Timeline){.seed = seed};
  sqlite3_stmt *s = stats_db_prepare(
      db,
      "SELECT seq, wall_ms FROM visits WHERE wall_trusted UNION ALL"
      " SELECT start_seq, start_wall_ms FROM runs WHERE start_trusted UNION ALL"
      " SELECT end_seq, end_wall_ms FROM runs WHERE end_trusted AND end_seq IS NOT NULL UNION ALL"
      " SELECT seq, wall_ms FROM answers WHERE wall_trusted ORDER BY 1",
      err);
  if (!s) return false;
  int64_t latest = seed;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (t->n == t->cap) {
      t->cap = t->cap ? t->cap * 2 : 256;
      t->seq = xrealloc(t->seq, t->cap * sizeof *t->seq);
      t->latest = xrealloc(t->latest, t->cap * sizeof *t->latest);
    }
    int64_t wall = sqlite3_column_int64(s, 1);
    if (wall > latest) latest = wall;
    t->seq[t->n] = sqlite3_column_int64(s, 0);
    t->latest[t->n++] = latest;
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) return error_set(err, "reading the statistics: %s", sqlite3_errmsg(db));
  return true;
}

/* The latest trusted time of a record before sequence number seq, or 0. */
static int64_t timeline_before(const Timeline *t, int64_t seq) {
  size_t lo = 0, hi = t->n;
  while (lo < hi) { /* the first entry at or after seq */
    size_t mid = (lo + hi) / 2;
    if (t->seq[mid] < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo ? t->latest[lo - 1] : t->seed;
}

static void timeline_free(Timeline *t) {
  free(t->seq);
  free(t->latest);
}

/* runs.csv, answers.csv and statements.jsonl in one pass over runs and answers. */
static bool write_records(sqlite3 *db, const char *dir, int64_t trusted_before, Sums *sums, Error *err) {
  StatsOut out[3];
  static const char *const names[3] = {"runs.csv", "answers.csv", "statements.jsonl"};
  int opened = 0;
  for (; opened < 3; opened++)
    if (!stats_out_open(&out[opened], dir, names[opened], err)) break;
  Timeline times;
  bool timed = opened == 3 && timeline_load(db, trusted_before, &times, err);
  sqlite3_stmt *rs = timed ? stats_db_prepare(db, runs_sql, err) : NULL;
  sqlite3_stmt *as = rs ? stats_db_prepare(db, answers_sql, err) : NULL;
  bool ok = as != NULL;
  if (ok) {
    stats_out_lit(&out[0], runs_header);
    stats_out_lit(&out[1], answers_header);
    int arc = sqlite3_step(as), rrc;
    while ((rrc = sqlite3_step(rs)) == SQLITE_ROW) {
      StatsRunRec r;
      load_run(rs, &r);
      if (!r.start_trusted) r.start_after = timeline_before(&times, r.start_seq);
      if (r.ended && !r.end_trusted) r.end_after = timeline_before(&times, r.end_seq);
      csv_run(&out[0], &r);
      stats_xapi_run_begin(&out[2], &r);
      for (; arc == SQLITE_ROW && sqlite3_column_int64(as, 0) <= r.id; arc = sqlite3_step(as)) {
        StatsAnswerRec a;
        load_answer(as, &a);
        if (a.run != r.id) continue; /* no run for it (foreign keys forbid this) */
        a.after = a.trusted ? 0 : timeline_before(&times, a.seq);
        csv_answer(&out[1], &r, &a);
        stats_xapi_answer(&out[2], &r, &a);
      }
      stats_xapi_run_end(&out[2], &r);
    }
    if (rrc != SQLITE_DONE || (arc != SQLITE_DONE && arc != SQLITE_ROW))
      ok = error_set(err, "reading the statistics: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(rs);
  sqlite3_finalize(as);
  if (timed) timeline_free(&times);
  for (int i = 0; i < opened; i++) {
    if (ok) ok = stats_out_close(&out[i], sum_slot(sums, names[i]), err);
    else stats_out_discard(&out[i]);
  }
  return ok;
}

static bool write_text(const char *dir, const char *name, const char *text, Sums *sums, Error *err) {
  StatsOut o;
  if (!stats_out_open(&o, dir, name, err)) return false;
  stats_out_str(&o, text);
  return stats_out_close(&o, sum_slot(sums, name), err);
}

static bool fsync_path(const char *path, Error *err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return error_set(err, "%s: %s", path, strerror(errno));
  int rc = fsync(fd);
  int e = errno;
  close(fd);
  if (rc != 0) return error_set(err, "%s: fsync failed: %s", path, strerror(e));
  return true;
}

/* ---- the records of one folder, copied into its own database ------------------------ */

/* Which records a folder holds: those that changed after sequence number `after` (0 for a
   full export) among the runs with ids lo..hi, with their visits and the answers given
   after `after`; the first folder also takes visits with no run (a visit that never
   started a lesson). Ids are kept, so the folder's files and database agree. */
typedef struct Range {
  int64_t after, lo, hi;
  bool loose_visits;
  int64_t trusted_before; /* the latest trusted time among the records up to `after` */
} Range;

#define CHANGED_RUN "(start_seq > ?1 OR end_seq > ?1 OR id IN (SELECT run_id FROM answers WHERE seq > ?1))"
#define VISIT_COLS "id, visit_uuid, kiosk_id, boot, seq, mono_ms, wall_ms, wall_trusted"
#define RUN_COLS                                                                             \
  "id, visit_id, pack_id, pack_version, lesson_id, lang, outcome, score, max_score,"        \
  " start_boot, start_seq, start_mono_ms, start_wall_ms, start_trusted, end_boot, end_seq," \
  " end_mono_ms, end_wall_ms, end_trusted, duration_ms"
#define CARD_COLS "kiosk_id, day, shown, seq"
#define ANSWER_COLS                                                                          \
  "id, run_id, question_id, chosen, correct, points, max_points, attempts, boot, seq,"      \
  " mono_ms, wall_ms, wall_trusted"

static const struct {
  const char *table, *columns, *select, *insert;
  int ncolumns;
} copies[] = {
    {"visits", VISIT_COLS,
     "SELECT " VISIT_COLS " FROM visits WHERE id IN (SELECT visit_id FROM runs WHERE id BETWEEN ?2 AND ?3"
     " AND " CHANGED_RUN ") OR (?4 AND seq > ?1) ORDER BY id",
     "INSERT INTO visits (" VISIT_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", 8},
    {"runs", RUN_COLS,
     "SELECT " RUN_COLS " FROM runs WHERE id BETWEEN ?2 AND ?3 AND " CHANGED_RUN " ORDER BY id",
     "INSERT INTO runs (" RUN_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
     " ?14, ?15, ?16, ?17, ?18, ?19, ?20)", 20},
    {"answers", ANSWER_COLS,
     "SELECT " ANSWER_COLS " FROM answers WHERE run_id BETWEEN ?2 AND ?3 AND seq > ?1"
     " AND run_id IN (SELECT id FROM runs WHERE id BETWEEN ?2 AND ?3 AND " CHANGED_RUN ") ORDER BY run_id, id",
     "INSERT INTO answers (" ANSWER_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", 13},
    /* the days whose count of take-home cards grew since, whole (the first folder) */
    {"cards", CARD_COLS, "SELECT " CARD_COLS " FROM cards WHERE ?4 AND seq > ?1"
     " ORDER BY kiosk_id, day", "INSERT INTO cards (" CARD_COLS ") VALUES (?1, ?2, ?3, ?4)", 4},
};

/* Copies the rows of one table that range selects from src into dst. */
static bool copy_rows(sqlite3 *src, sqlite3 *dst, int t, const Range *range, Error *err) {
  sqlite3_stmt *from = stats_db_prepare(src, copies[t].select, err);
  sqlite3_stmt *to = from ? stats_db_prepare(dst, copies[t].insert, err) : NULL;
  bool ok = to != NULL;
  if (ok) {
    sqlite3_bind_int64(from, 1, range->after);
    sqlite3_bind_int64(from, 2, range->lo);
    sqlite3_bind_int64(from, 3, range->hi);
    sqlite3_bind_int(from, 4, range->loose_visits);
  }
  int rc = SQLITE_DONE;
  while (ok && (rc = sqlite3_step(from)) == SQLITE_ROW) {
    for (int i = 0; i < copies[t].ncolumns; i++) sqlite3_bind_value(to, i + 1, sqlite3_column_value(from, i));
    ok = sqlite3_step(to) == SQLITE_DONE;
    if (!ok) error_set(err, "copying %s: %s", copies[t].table, sqlite3_errmsg(dst));
    sqlite3_reset(to);
  }
  if (ok && rc != SQLITE_DONE) ok = error_set(err, "reading %s: %s", copies[t].table, sqlite3_errmsg(src));
  sqlite3_finalize(from);
  sqlite3_finalize(to);
  return ok;
}

/* DIR/stats.db: the kiosk's schema holding only the folder's records, made a plain
   rollback-journal file so it opens read-only from a stick. Read through src's open
   transaction, so every folder of the export shows the same moment. */
static bool copy_database(StatsStore *st, const Range *range, int64_t to_seq, const char *dir, Sums *sums,
                          Error *err) {
  char *path = path_join(dir, STATS_DB_NAME), *tmp = xasprintf("%s.tmp", path);
  sqlite3 *dst = NULL;
  bool ok = false;
  Error e;
  unlink(tmp);
  if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
    error_set(err, "%s: %s", tmp, dst ? sqlite3_errmsg(dst) : "out of memory");
    goto done;
  }
  /* no journal for a file nobody sees until the rename; one fsync of our own at the end */
  if (!stats_db_exec(dst, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", &e) ||
      stats_schema_migrate(dst, &e) != STATS_SCHEMA_OK) {
    error_set(err, "%s: %s", tmp, e.msg);
    goto done;
  }
  sqlite3_stmt *meta = stats_db_prepare(dst, "INSERT INTO meta (id, kiosk_id, boot, next_seq, exported_seq)"
                                             " VALUES (1, ?1, ?2, ?3, ?4)", &e);
  bool meta_ok = false;
  if (meta) {
    sqlite3_bind_text(meta, 1, st->kiosk_id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(meta, 2, st->boot);
    sqlite3_bind_int64(meta, 3, to_seq + 1);
    sqlite3_bind_int64(meta, 4, range->after);
    meta_ok = sqlite3_step(meta) == SQLITE_DONE;
    if (!meta_ok) error_set(&e, "%s", sqlite3_errmsg(dst));
  }
  sqlite3_finalize(meta);
  if (!meta_ok) {
    error_set(err, "%s: %s", tmp, e.msg);
    goto done;
  }
  for (size_t t = 0; t < sizeof copies / sizeof copies[0]; t++)
    if (!copy_rows(st->db, dst, (int)t, range, err)) {
      error_prefix(err, "%s", tmp);
      goto done;
    }
  if (!stats_db_exec(dst, "COMMIT; PRAGMA journal_mode=DELETE", &e)) {
    error_set(err, "%s: %s", tmp, e.msg);
    goto done;
  }
  if (sqlite3_close(dst) != SQLITE_OK) {
    error_set(err, "%s: close failed", tmp);
    goto done;
  }
  dst = NULL;
  if (!fsync_path(tmp, err) || !stats_sum_file(tmp, sum_slot(sums, STATS_DB_NAME), err)) goto done;
  if (rename(tmp, path) != 0) {
    error_set(err, "%s: rename failed: %s", path, strerror(errno));
    goto done;
  }
  ok = fs_sync_dir(dir, err);
done:
  sqlite3_close(dst);
  if (!ok) unlink(tmp);
  free(path);
  free(tmp);
  return ok;
}

/* When the export was made, for people: the trusted time, or that it is not known. */
static void export_time(StatsStore *st, char *out, size_t n) {
  int64_t wall;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  if (!trusted) {
    snprintf(out, n, "unknown (the kiosk's clock is not trusted)");
    return;
  }
  char iso[32];
  stats_format_iso(wall, iso);
  snprintf(out, n, "%.10s %.8s UTC", iso, iso + 11);
}

/* SUMMARY.txt is made from the database copy just written (the same snapshot as every
   other file) on a thread of its own, while the main thread writes the records. */
typedef struct SummaryJob {
  char *db_path;
  char kiosk[STATS_MAX_KIOSK_ID + 1];
  char when[64];
  int suppress;
  char *text; /* NULL when the copy could not be read */
  Error err;
} SummaryJob;

static void *summary_job(void *arg) {
  SummaryJob *job = arg;
  sqlite3 *db = stats_db_open_read(job->db_path, &job->err);
  if (!db) return NULL;
  Buf b = {0};
  buf_printf(&b, "Kiosk statistics export\nKiosk: %s\nExported: %s\n", job->kiosk, job->when);
  if (job->suppress > 0)
    buf_printf(&b, "Counts from fewer than %d visits are shown as \"<%d\".\n", job->suppress, job->suppress);
  StatsFilter all = {NULL, false, 0};
  stats_summary_section(db, &all, "All records", job->suppress, NULL, &b);
  sqlite3_close(db);
  job->text = buf_take(&b);
  return NULL;
}

/* MANIFEST: what the folder holds, counted in its own database copy. */
static char *manifest_text(StatsStore *st, const char *dir, const Range *range, int64_t to_seq, int part,
                           int parts, Error *err) {
  char when[64];
  export_time(st, when, sizeof when);
  char *path = path_join(dir, STATS_DB_NAME);
  sqlite3 *db = stats_db_open_read(path, err);
  free(path);
  int64_t visits, runs, answers;
  bool ok = db && stats_db_int(db, "SELECT count(*) FROM visits", &visits, err) &&
            stats_db_int(db, "SELECT count(*) FROM runs", &runs, err) &&
            stats_db_int(db, "SELECT count(*) FROM answers", &answers, err);
  sqlite3_close(db);
  if (!ok) return NULL;
  return xasprintf("format: %s\nformat-version: %d\nkiosk-id: %s\nschema-version: %d\n"
                   "exported: %s\nkind: %s\nafter-seq: %lld\npart: %d of %d\n"
                   "boot: %lld\nseq: %lld\nvisits: %lld\nruns: %lld\nanswers: %lld\n",
                   STATS_EXPORT_FORMAT, STATS_EXPORT_FORMAT_VERSION, st->kiosk_id, STATS_SCHEMA_VERSION, when,
                   range->after ? "incremental" : "full", (long long)range->after, part, parts,
                   (long long)st->boot, (long long)to_seq, (long long)visits, (long long)runs, (long long)answers);
}

/* The name of an export: its trusted time, or boot and sequence number when the clock
   is not trusted. */
static void export_stamp(StatsStore *st, int64_t to_seq, char *stamp, size_t n) {
  int64_t wall;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  if (trusted) stats_format_stamp(wall, stamp);
  else snprintf(stamp, n, "boot%lld-seq%lld", (long long)st->boot, (long long)to_seq);
}

/* DIR/kiosk-export/<kiosk>/<name>[-N]: the name the export will have (never that of an
   older one). It is written as .<name>.partial beside it and renamed into place only
   when every file is synced, so a pulled stick or a power cut leaves the export whole
   or not there at all (tests/integration/powercut.sh). Returns the final path;
   *partial is the folder to write. */
static char *make_folder(StatsStore *st, const char *dir, const char *name, char **partial, Error *err) {
  char *parent = xasprintf("%s/kiosk-export/%s", dir, st->kiosk_id);
  if (!fs_mkdirs(parent, err)) {
    free(parent);
    return NULL;
  }
  for (int i = 1; i <= EXPORT_MAX_SAME_NAME; i++) {
    char *base = i == 1 ? xstrdup(name) : xasprintf("%s-%d", name, i);
    char *leaf = path_join(parent, base), *tmp = xasprintf("%s/.%s.partial", parent, base);
    free(base);
    if (!fs_exists(leaf)) {
      fs_remove_tree(tmp); /* what an interrupted export left */
      if (mkdir(tmp, 0755) == 0) {
        free(parent);
        *partial = tmp;
        return leaf;
      }
      error_set(err, "%s: cannot create folder: %s", tmp, strerror(errno));
      free(leaf);
      free(tmp);
      free(parent);
      return NULL;
    }
    free(leaf);
    free(tmp);
  }
  error_set(err, "%s/%s: %d exports of this name already", parent, name, EXPORT_MAX_SAME_NAME);
  free(parent);
  return NULL;
}

/* The finished folder takes its name: the one rename that makes the export appear. */
static bool publish(const char *partial, const char *leaf, Error *err) {
  if (!fs_sync_dir(partial, err)) return false;
  if (rename(partial, leaf) != 0) return error_set(err, "%s: cannot rename it into place: %s", leaf, strerror(errno));
  return true;
}

/* The new folder and each parent we may have made, then the whole file system. */
static bool sync_all(const char *leaf, Error *err) {
  char *p = xstrdup(leaf);
  bool ok = true;
  for (int i = 0; ok && i < 4; i++) { /* leaf, <kiosk>, kiosk-export, DIR */
    ok = fs_sync_dir(p, err);
    char *up = path_dirname(p);
    free(p);
    p = up;
  }
  free(p);
  if (!ok) return false;
  int fd = open(leaf, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return error_set(err, "%s: %s", leaf, strerror(errno));
  int rc = syncfs(fd);
  int e = errno;
  close(fd);
  if (rc != 0) return error_set(err, "%s: syncfs failed: %s", leaf, strerror(e));
  return true;
}

/* statements.jsonl -> statements.jsonl.gz (when staff choose it): about a tenth of the
   bytes on the stick; stats push and zcat read it. */
static bool gzip_statements(const char *dir, Sums *sums, Error *err) {
  char *plain = path_join(dir, "statements.jsonl"), *gz = path_join(dir, "statements.jsonl.gz");
  char *tmp = xasprintf("%s.tmp", gz);
  bool ok = false;
  FILE *in = fopen(plain, "rb");
  gzFile out = in ? gzopen(tmp, "wb6") : NULL;
  if (!in || !out) {
    error_set(err, "%s: %s", in ? tmp : plain, strerror(errno));
  } else {
    char buf[1 << 16];
    size_t got;
    ok = true;
    while (ok && (got = fread(buf, 1, sizeof buf, in)) > 0)
      if (gzwrite(out, buf, (unsigned)got) != (int)got) ok = error_set(err, "%s: cannot write", tmp);
    if (ok && ferror(in)) ok = error_set(err, "%s: cannot read", plain);
  }
  if (in) fclose(in);
  if (out && gzclose(out) != Z_OK && ok) ok = error_set(err, "%s: cannot write", tmp);
  ok = ok && fsync_path(tmp, err);
  for (int i = 0; ok && i < sums->n; i++)
    if (strcmp(sums->name[i], "statements.jsonl") == 0) {
      sums->name[i] = "statements.jsonl.gz";
      ok = stats_sum_file(tmp, sums->hex[i], err);
    }
  if (ok && rename(tmp, gz) != 0) ok = error_set(err, "%s: rename failed: %s", gz, strerror(errno));
  if (ok && unlink(plain) != 0) ok = error_set(err, "%s: %s", plain, strerror(errno));
  ok = ok && fs_sync_dir(dir, err);
  if (!ok) unlink(tmp);
  free(plain);
  free(gz);
  free(tmp);
  return ok;
}

/* One export folder: its database copy, then the files made from it, then MANIFEST and,
   last, SHA512SUMS; synced, then renamed into place. Removed again if anything fails. */
static char *export_folder(StatsStore *st, const char *dir, const char *name, const Range *range, int64_t to_seq,
                           int part, int parts, const StatsExportOptions *opt, Error *err) {
  char *partial = NULL;
  char *leaf = make_folder(st, dir, name, &partial, err);
  if (!leaf) return NULL;
  Sums sums = {.n = 0};
  bool ok = copy_database(st, range, to_seq, partial, &sums, err);
  char *db_path = path_join(partial, STATS_DB_NAME);
  sqlite3 *copy = ok ? stats_db_open_read(db_path, err) : NULL;
  ok = copy != NULL;
  SummaryJob job = {.db_path = db_path, .suppress = opt ? opt->suppress_below : 0};
  snprintf(job.kiosk, sizeof job.kiosk, "%s", st->kiosk_id);
  export_time(st, job.when, sizeof job.when);
  pthread_t thread;
  bool threaded = ok && pthread_create(&thread, NULL, summary_job, &job) == 0;
  ok = ok && write_records(copy, partial, range->trusted_before, &sums, err);
  if (threaded) pthread_join(thread, NULL);
  else if (ok) summary_job(&job);
  sqlite3_close(copy);
  if (ok && !job.text) ok = error_set(err, "%s", job.err.msg);
  ok = ok && write_text(partial, "SUMMARY.txt", job.text, &sums, err);
  if (opt && opt->health) ok = ok && write_text(partial, "HEALTH.txt", opt->health, &sums, err);
  free(job.text);
  free(db_path);
  ok = ok && (!opt || !opt->gzip || gzip_statements(partial, &sums, err));
  char *manifest = ok ? manifest_text(st, partial, range, to_seq, part, parts, err) : NULL;
  ok = ok && manifest && write_text(partial, STATS_EXPORT_MANIFEST, manifest, &sums, err);
  free(manifest);
  if (ok) {
    Buf b = {0};
    for (int i = 0; i < sums.n; i++) buf_printf(&b, "%s  %s\n", sums.hex[i], sums.name[i]);
    ok = stats_out_file(partial, STATS_EXPORT_SUMS, b.data, b.len, NULL, err);
    buf_free(&b);
  }
  ok = ok && publish(partial, leaf, err) && sync_all(leaf, err);
  if (!ok) fs_remove_tree(partial); /* a half export would only confuse staff; merge refuses it anyway */
  free(partial);
  if (!ok) {
    free(leaf);
    return NULL;
  }
  return leaf;
}

/* The ids of the runs an export takes (changed after `after`), in order. */
static int64_t *changed_runs(sqlite3 *db, int64_t after, size_t *n, Error *err) {
  sqlite3_stmt *s = stats_db_prepare(db, "SELECT id FROM runs WHERE " CHANGED_RUN " ORDER BY id", err);
  if (!s) return NULL;
  sqlite3_bind_int64(s, 1, after);
  int64_t *ids = NULL;
  size_t cap = 0;
  *n = 0;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (*n == cap) {
      cap = cap ? cap * 2 : 1024;
      ids = xrealloc(ids, cap * sizeof *ids);
    }
    ids[(*n)++] = sqlite3_column_int64(s, 0);
  }
  if (rc != SQLITE_DONE) {
    error_set(err, "reading the statistics: %s", sqlite3_errmsg(db));
    free(ids);
    ids = NULL;
  } else if (!ids) {
    ids = xmalloc(sizeof *ids); /* none changed: an empty list, not a failure */
  }
  sqlite3_finalize(s);
  return ids;
}

/* Remembers where the next incremental export starts. The store may be read-only (a
   rescue from a card the kernel made read-only): then a short writable connection is
   tried, and when that fails too the next export simply holds these records again. */
static bool mark_exported(StatsStore *st, int64_t to_seq) {
  sqlite3 *db = st->db;
  bool own = st->read_only;
  if (own && sqlite3_open_v2(st->path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    sqlite3_close(db);
    return false;
  }
  if (own) sqlite3_busy_timeout(db, STATS_BUSY_TIMEOUT_MS);
  sqlite3_stmt *s = stats_db_prepare(db, "UPDATE meta SET exported_seq = max(exported_seq, ?1) WHERE id = 1", NULL);
  bool ok = s && (sqlite3_bind_int64(s, 1, to_seq), sqlite3_step(s) == SQLITE_DONE);
  sqlite3_finalize(s);
  if (own) sqlite3_close(db);
  return ok;
}

long stats_unexported_runs(StatsStore *st) {
  if (!st || !st->db) return -1;
  sqlite3_stmt *s = stats_db_prepare(st->db, "SELECT count(*) FROM runs WHERE " CHANGED_RUN, NULL);
  long n = -1;
  if (s && sqlite3_bind_int64(s, 1, 0) == SQLITE_OK) {
    int64_t after = 0;
    stats_db_int(st->db, "SELECT exported_seq FROM meta", &after, NULL);
    sqlite3_bind_int64(s, 1, after);
    if (sqlite3_step(s) == SQLITE_ROW) n = (long)sqlite3_column_int64(s, 0);
  }
  sqlite3_finalize(s);
  return n;
}

void stats_export_result_free(StatsExportResult *res) {
  if (!res) return;
  free(res->dir);
  res->dir = NULL;
}

bool stats_export(StatsStore *st, const char *dir, const StatsExportOptions *opt, StatsExportResult *res,
                  Error *err) {
  StatsExportResult none;
  if (!res) res = &none;
  memset(res, 0, sizeof *res);
  if (!st || !st->db || !dir) return error_set(err, "statistics: nothing to export");
  int max_runs = opt && opt->max_runs > 0 ? opt->max_runs : STATS_EXPORT_MAX_RUNS;
  Error e;
  /* one snapshot for every folder and file; a bigger cache while it lasts (the kiosk's
     own 2 MB would read most pages twice) */
  bool ok = stats_db_exec(st->db, "PRAGMA cache_size=-16384; BEGIN", &e);
  if (!ok) error_set(err, "%s: %s", st->path, e.msg);
  int64_t after = 0, to_seq = 0;
  ok = ok && (opt && opt->full ? true : stats_db_int(st->db, "SELECT exported_seq FROM meta", &after, err)) &&
       stats_db_int(st->db, "SELECT next_seq - 1 FROM meta", &to_seq, err);
  int64_t trusted_before = 0;
  if (ok && after > 0) {
    sqlite3_stmt *s = stats_db_prepare(
        st->db,
        "SELECT max(w) FROM (SELECT max(wall_ms) AS w FROM visits WHERE wall_trusted AND seq <= ?1 UNION ALL"
        " SELECT max(start_wall_ms) FROM runs WHERE start_trusted AND start_seq <= ?1 UNION ALL"
        " SELECT max(end_wall_ms) FROM runs WHERE end_trusted AND end_seq <= ?1 UNION ALL"
        " SELECT max(wall_ms) FROM answers WHERE wall_trusted AND seq <= ?1)",
        err);
    ok = s && sqlite3_bind_int64(s, 1, after) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW;
    if (ok) trusted_before = sqlite3_column_int64(s, 0);
    else if (s) error_set(err, "reading the statistics: %s", sqlite3_errmsg(st->db));
    sqlite3_finalize(s);
  }
  size_t nruns = 0;
  int64_t *runs = ok ? changed_runs(st->db, after, &nruns, err) : NULL;
  ok = runs != NULL;
  int parts = nruns ? (int)((nruns + (size_t)max_runs - 1) / (size_t)max_runs) : 1;
  char stamp[64];
  export_stamp(st, to_seq, stamp, sizeof stamp);
  for (int part = 1; ok && part <= parts; part++) {
    size_t first = (size_t)(part - 1) * (size_t)max_runs, last = first + (size_t)max_runs - 1;
    if (last >= nruns) last = nruns ? nruns - 1 : 0;
    Range range = {after, nruns ? runs[first] : 1, nruns ? runs[last] : 0, part == 1, trusted_before};
    char name[96];
    if (parts == 1) snprintf(name, sizeof name, "%s", stamp);
    else snprintf(name, sizeof name, "%s-part%d-of-%d", stamp, part, parts);
    char *leaf = export_folder(st, dir, name, &range, to_seq, part, parts, opt, err);
    if (!leaf) ok = false;
    else if (!res->dir) res->dir = leaf;
    else free(leaf);
    if (ok) res->parts++;
  }
  free(runs);
  if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
  sqlite3_exec(st->db, "PRAGMA cache_size=-2000", NULL, NULL, NULL);
  if (!ok) {
    stats_export_result_free(res);
    return false;
  }
  res->runs = (int64_t)nruns;
  res->incremental = after > 0;
  res->from_seq = after;
  res->to_seq = to_seq;
  res->marked = mark_exported(st, to_seq);
  if (res == &none) stats_export_result_free(res);
  return true;
}
