/* export.c — the staff export to a USB stick: DIR/kiosk-export/<kiosk-id>/<timestamp>/
   with runs.csv, answers.csv, statements.jsonl, stats.db, SUMMARY.txt, MANIFEST and,
   last, SHA512SUMS (so a copy cut short is detectable: research/board.md §3).

   Everything is read in one read transaction, so all files show the same moment. Each
   file is written as NAME.tmp, fsynced and renamed, the folder fsynced; at the end
   syncfs() on the stick. One pass over runs and their answers feeds the two CSVs and the
   statements, through big buffered writes: 100,000 runs take seconds, not hours. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* runs.csv, answers.csv and statements.jsonl in one pass over runs and answers. */
static bool write_records(sqlite3 *db, const char *dir, Sums *sums, Error *err) {
  StatsOut out[3];
  static const char *const names[3] = {"runs.csv", "answers.csv", "statements.jsonl"};
  int opened = 0;
  for (; opened < 3; opened++)
    if (!stats_out_open(&out[opened], dir, names[opened], err)) break;
  sqlite3_stmt *rs = opened == 3 ? stats_db_prepare(db, runs_sql, err) : NULL;
  sqlite3_stmt *as = rs ? stats_db_prepare(db, answers_sql, err) : NULL;
  bool ok = as != NULL;
  if (ok) {
    stats_out_lit(&out[0], runs_header);
    stats_out_lit(&out[1], answers_header);
    int arc = sqlite3_step(as), rrc;
    while ((rrc = sqlite3_step(rs)) == SQLITE_ROW) {
      StatsRunRec r;
      load_run(rs, &r);
      csv_run(&out[0], &r);
      stats_xapi_run_begin(&out[2], &r);
      for (; arc == SQLITE_ROW && sqlite3_column_int64(as, 0) <= r.id; arc = sqlite3_step(as)) {
        StatsAnswerRec a;
        load_answer(as, &a);
        if (a.run != r.id) continue; /* no run for it (foreign keys forbid this) */
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

/* A consistent copy through the online backup API (VACUUM INTO would not fsync), made a
   plain rollback-journal file so it opens read-only from a stick. */
static bool copy_database(sqlite3 *src, const char *dir, Sums *sums, Error *err) {
  char *path = path_join(dir, STATS_DB_NAME), *tmp = xasprintf("%s.tmp", path);
  sqlite3 *dst = NULL;
  bool ok = false;
  unlink(tmp);
  if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
    error_set(err, "%s: %s", tmp, dst ? sqlite3_errmsg(dst) : "out of memory");
    goto done;
  }
  /* no journal for a file nobody sees until the rename; one fsync of our own at the end */
  Error e;
  if (!stats_db_exec(dst, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", &e)) {
    error_set(err, "%s: %s", tmp, e.msg);
    goto done;
  }
  sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
  int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
  int frc = sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE || frc != SQLITE_OK) {
    error_set(err, "%s: copying the database failed: %s", tmp, sqlite3_errmsg(dst));
    goto done;
  }
  if (!stats_db_exec(dst, "PRAGMA journal_mode=DELETE", &e)) {
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
  stats_summary_section(db, &all, "All records", job->suppress, &b);
  sqlite3_close(db);
  job->text = buf_take(&b);
  return NULL;
}

static char *manifest_text(StatsStore *st, Error *err) {
  char when[64];
  export_time(st, when, sizeof when);
  int64_t visits, runs, answers, seq;
  if (!stats_db_int(st->db, "SELECT count(*) FROM visits", &visits, err) ||
      !stats_db_int(st->db, "SELECT count(*) FROM runs", &runs, err) ||
      !stats_db_int(st->db, "SELECT count(*) FROM answers", &answers, err) ||
      !stats_db_int(st->db, "SELECT next_seq - 1 FROM meta", &seq, err))
    return NULL;
  return xasprintf("format: %s\nformat-version: %d\nkiosk-id: %s\nschema-version: %d\n"
                   "exported: %s\nboot: %lld\nseq: %lld\nvisits: %lld\nruns: %lld\nanswers: %lld\n",
                   STATS_EXPORT_FORMAT, STATS_EXPORT_FORMAT_VERSION, st->kiosk_id,
                   STATS_SCHEMA_VERSION, when, (long long)st->boot, (long long)seq,
                   (long long)visits, (long long)runs, (long long)answers);
}

/* DIR/kiosk-export/<kiosk>/<stamp>[-N], made fresh (never mixed with an older export). */
static char *make_folder(StatsStore *st, const char *dir, char *stamp, size_t n, Error *err) {
  int64_t wall, seq = 0;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  if (trusted) {
    stats_format_stamp(wall, stamp);
  } else {
    stats_db_int(st->db, "SELECT next_seq - 1 FROM meta", &seq, NULL);
    snprintf(stamp, n, "boot%lld-seq%lld", (long long)st->boot, (long long)seq);
  }
  char *parent = xasprintf("%s/kiosk-export/%s", dir, st->kiosk_id);
  if (!fs_mkdirs(parent, err)) {
    free(parent);
    return NULL;
  }
  for (int i = 1; i <= EXPORT_MAX_SAME_NAME; i++) {
    char *leaf = i == 1 ? xasprintf("%s/%s", parent, stamp) : xasprintf("%s/%s-%d", parent, stamp, i);
    if (mkdir(leaf, 0755) == 0) {
      free(parent);
      return leaf;
    }
    int e = errno;
    if (e != EEXIST) {
      error_set(err, "%s: cannot create folder: %s", leaf, strerror(e));
      free(leaf);
      free(parent);
      return NULL;
    }
    free(leaf);
  }
  error_set(err, "%s/%s: %d exports of this name already", parent, stamp, EXPORT_MAX_SAME_NAME);
  free(parent);
  return NULL;
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

bool stats_export(StatsStore *st, const char *dir, const StatsExportOptions *opt, char **out_dir, Error *err) {
  if (out_dir) *out_dir = NULL;
  if (!st || !st->db || !dir) return error_set(err, "statistics: nothing to export");
  char stamp[64];
  char *leaf = make_folder(st, dir, stamp, sizeof stamp, err);
  if (!leaf) return false;
  Sums sums = {.n = 0};
  Error e;
  /* one snapshot for every file; a bigger cache while it lasts (the kiosk's own 2 MB
     would read most pages twice) */
  bool ok = stats_db_exec(st->db, "PRAGMA cache_size=-16384; BEGIN", &e);
  if (!ok) error_set(err, "%s: %s", st->path, e.msg);
  int64_t ignored; /* the snapshot starts at the first read */
  ok = ok && stats_db_int(st->db, "SELECT count(*) FROM meta", &ignored, err);
  ok = ok && copy_database(st->db, leaf, &sums, err);
  SummaryJob job = {.db_path = path_join(leaf, STATS_DB_NAME), .suppress = opt ? opt->suppress_below : 0};
  snprintf(job.kiosk, sizeof job.kiosk, "%s", st->kiosk_id);
  export_time(st, job.when, sizeof job.when);
  pthread_t thread;
  bool threaded = ok && pthread_create(&thread, NULL, summary_job, &job) == 0;
  ok = ok && write_records(st->db, leaf, &sums, err);
  if (threaded) pthread_join(thread, NULL);
  else if (ok) summary_job(&job);
  if (ok && !job.text) ok = error_set(err, "%s", job.err.msg);
  ok = ok && write_text(leaf, "SUMMARY.txt", job.text, &sums, err);
  free(job.text);
  free(job.db_path);
  char *manifest = ok ? manifest_text(st, err) : NULL;
  ok = ok && manifest && write_text(leaf, STATS_EXPORT_MANIFEST, manifest, &sums, err);
  if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
  sqlite3_exec(st->db, "PRAGMA cache_size=-2000", NULL, NULL, NULL);
  free(manifest);
  if (ok) {
    Buf b = {0};
    for (int i = 0; i < sums.n; i++) buf_printf(&b, "%s  %s\n", sums.hex[i], sums.name[i]);
    char unused[STATS_SUM_HEX];
    StatsOut o;
    ok = stats_out_open(&o, leaf, STATS_EXPORT_SUMS, err);
    if (ok) {
      stats_out_add(&o, b.data, b.len);
      ok = stats_out_close(&o, unused, err);
    }
    buf_free(&b);
  }
  ok = ok && sync_all(leaf, err);
  if (!ok) {
    fs_remove_tree(leaf); /* a half export would only confuse staff; merge refuses it anyway */
    free(leaf);
    return false;
  }
  if (out_dir) *out_dir = leaf;
  else free(leaf);
  return true;
}
