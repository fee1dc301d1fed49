/* record.c — recording visits, lesson runs and answers, and counting take-home cards.

   Each public call is its own transaction, committed with synchronous=FULL: when it
   returns true the record is on the card. A failure (full disk, read-only folder, I/O
   error) rolls back only that call, says so in stats_warning, and the next call simply
   tries again. Every record takes the next per-kiosk sequence number from meta in the
   same transaction, so boot + seq orders everything whatever the wall clock did. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "stats/internal.h"

/* OR FAIL: each statement writes one row, so FAIL and ABORT undo the same (nothing), but
   FAIL needs no statement journal; inside the synthetic fill's one big transaction that
   journal was opened and freed for every row (5x slower). Constraints still hold. */
static const char *const sql[STATS_STMT_COUNT] = {
    [STATS_STMT_BEGIN] = "BEGIN IMMEDIATE",
    [STATS_STMT_COMMIT] = "COMMIT",
    [STATS_STMT_ROLLBACK] = "ROLLBACK",
    [STATS_STMT_NEXT_SEQ] = "UPDATE OR FAIL meta SET next_seq = next_seq + 1 WHERE id = 1 RETURNING next_seq - 1",
    [STATS_STMT_INSERT_VISIT] =
        "INSERT OR FAIL INTO visits (visit_uuid, kiosk_id, boot, seq, mono_ms, wall_ms, wall_trusted)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [STATS_STMT_VISIT_EXISTS] = "SELECT 1 FROM visits WHERE id = ?1",
    [STATS_STMT_INSERT_RUN] =
        "INSERT OR FAIL INTO runs (visit_id, pack_id, pack_version, lesson_id, lang, start_boot,"
        " start_seq, start_mono_ms, start_wall_ms, start_trusted)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [STATS_STMT_RUN_STATE] = "SELECT outcome IS NULL, start_boot, start_mono_ms FROM runs WHERE id = ?1",
    [STATS_STMT_ATTEMPTS] = "SELECT count(*) + 1 FROM answers WHERE run_id = ?1 AND question_id = ?2",
    [STATS_STMT_INSERT_ANSWER] =
        "INSERT OR FAIL INTO answers (run_id, question_id, chosen, correct, points, max_points, attempts,"
        " boot, seq, mono_ms, wall_ms, wall_trusted)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [STATS_STMT_END_RUN] =
        "UPDATE OR FAIL runs SET outcome = ?2, score = ?3, max_score = ?4, end_boot = ?5, end_seq = ?6,"
        " end_mono_ms = ?7, end_wall_ms = ?8, end_trusted = ?9, duration_ms = ?10"
        " WHERE id = ?1 AND outcome IS NULL",
    [STATS_STMT_COUNT_CARD] =
        "INSERT INTO cards (kiosk_id, day, shown, seq) VALUES (?1, ?2, 1, ?3)"
        " ON CONFLICT (kiosk_id, day) DO UPDATE SET shown = shown + 1, seq = excluded.seq",
};

const char *stats_outcome_name(StatsOutcome o) {
  switch (o) {
  case STATS_COMPLETED: return "completed";
  case STATS_ABANDONED: return "abandoned";
  case STATS_TIMED_OUT: return "timed-out";
  case STATS_ERROR: return "error";
  case STATS_INTERRUPTED: return "interrupted";
  }
  return NULL;
}

/* The warning for a failed database call, in words for staff. */
static bool db_fail(StatsStore *st) {
  int rc = sqlite3_extended_errcode(st->db);
  int sys = sqlite3_system_errno(st->db);
  const char *why;
  switch (rc & 0xff) {
  case SQLITE_FULL: why = "the disk is full"; break;
  case SQLITE_READONLY: why = "the data folder is read-only"; break;
  case SQLITE_IOERR: why = sys == ENOSPC ? "the disk is full" : "disk error"; break;
  case SQLITE_CORRUPT:
  case SQLITE_NOTADB:
    st->damage_met = true; /* no clean mark at close: the next start checks the file */
    why = "the database is damaged (it is set aside at the next start)";
    break;
  case SQLITE_BUSY:
  case SQLITE_LOCKED: why = "the database is busy"; break;
  default: why = sqlite3_errmsg(st->db); break;
  }
  if ((rc & 0xff) == SQLITE_IOERR && sys && sys != ENOSPC)
    snprintf(st->warning, sizeof st->warning, "statistics not saved: %s (%s)", why, strerror(sys));
  else
    snprintf(st->warning, sizeof st->warning, "statistics not saved: %s", why);
  return false;
}

static bool refuse(StatsStore *st, const char *why) {
  snprintf(st->warning, sizeof st->warning, "statistics not saved: %s", why);
  return false;
}

static sqlite3_stmt *stmt(StatsStore *st, StatsStmtId id) {
  if (!st->db) return NULL; /* a damaged file was set aside and no new one could be made */
  if (!st->stmt[id] &&
      sqlite3_prepare_v3(st->db, sql[id], -1, SQLITE_PREPARE_PERSISTENT, &st->stmt[id], NULL) != SQLITE_OK) {
    db_fail(st);
    sqlite3_finalize(st->stmt[id]);
    st->stmt[id] = NULL;
  }
  return st->stmt[id];
}

/* Steps a statement that returns no row; resets it for the next use. */
static bool step_done(StatsStore *st, sqlite3_stmt *s) {
  int rc = sqlite3_step(s);
  if (rc != SQLITE_DONE) db_fail(st);
  sqlite3_reset(s);
  return rc == SQLITE_DONE;
}

static bool begin(StatsStore *st) {
  if (st->read_only) return refuse(st, st->read_only); /* "the card is read-only" */
  sqlite3_stmt *s = stmt(st, STATS_STMT_BEGIN);
  return s && step_done(st, s);
}

static void rollback(StatsStore *st) {
  sqlite3_stmt *s = stmt(st, STATS_STMT_ROLLBACK);
  if (s && !sqlite3_get_autocommit(st->db)) {
    sqlite3_step(s);
    sqlite3_reset(s);
  }
}

/* Commits, or rolls back and keeps the warning; clears the warning on success. */
static bool finish(StatsStore *st, bool ok) {
  if (ok) {
    sqlite3_stmt *s = stmt(st, STATS_STMT_COMMIT);
    ok = s && step_done(st, s);
  }
  if (!ok) {
    rollback(st);
    return false;
  }
  st->warning[0] = '\0';
  return true;
}

static int64_t next_seq(StatsStore *st) {
  sqlite3_stmt *s = stmt(st, STATS_STMT_NEXT_SEQ);
  if (!s) return 0;
  int64_t seq = 0;
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    seq = sqlite3_column_int64(s, 0);
    rc = sqlite3_step(s);
  }
  if (rc != SQLITE_DONE) {
    db_fail(st);
    seq = 0;
  }
  sqlite3_reset(s);
  return seq;
}

static int64_t mono(uint64_t now_ms) { return now_ms > INT64_MAX ? INT64_MAX : (int64_t)now_ms; }

int64_t stats_put_visit(StatsStore *st, uint64_t now_ms) {
  unsigned char raw[STATS_VISIT_ID_LEN / 2];
  char uuid[STATS_VISIT_ID_LEN + 1];
  randombytes_buf(raw, sizeof raw);
  sodium_bin2hex(uuid, sizeof uuid, raw, sizeof raw);
  int64_t seq = next_seq(st), wall;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  sqlite3_stmt *s = seq ? stmt(st, STATS_STMT_INSERT_VISIT) : NULL;
  if (!s) return 0;
  sqlite3_bind_text(s, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 2, st->kiosk_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, st->boot);
  sqlite3_bind_int64(s, 4, seq);
  sqlite3_bind_int64(s, 5, mono(now_ms));
  sqlite3_bind_int64(s, 6, wall);
  sqlite3_bind_int(s, 7, trusted);
  return step_done(st, s) ? sqlite3_last_insert_rowid(st->db) : 0;
}

int64_t stats_put_run(StatsStore *st, int64_t visit, const StatsLesson *l, uint64_t now_ms) {
  if (!stats_id_ok(l->pack_id, STATS_MAX_PACK_ID) || !stats_id_ok(l->lesson_id, STATS_MAX_LESSON_ID) ||
      !stats_id_ok(l->pack_version, STATS_MAX_VERSION) || !stats_id_ok(l->lang, STATS_MAX_LANG))
    return refuse(st, "a lesson, pack, version or language id that is not a plain id");
  sqlite3_stmt *s = stmt(st, STATS_STMT_VISIT_EXISTS);
  if (!s) return 0;
  sqlite3_bind_int64(s, 1, visit);
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc != SQLITE_ROW) return rc == SQLITE_DONE ? refuse(st, "a lesson run for an unknown visit") : db_fail(st);
  int64_t seq = next_seq(st), wall;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  s = seq ? stmt(st, STATS_STMT_INSERT_RUN) : NULL;
  if (!s) return 0;
  sqlite3_bind_int64(s, 1, visit);
  sqlite3_bind_text(s, 2, l->pack_id, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, l->pack_version, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 4, l->lesson_id, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, l->lang, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 6, st->boot);
  sqlite3_bind_int64(s, 7, seq);
  sqlite3_bind_int64(s, 8, mono(now_ms));
  sqlite3_bind_int64(s, 9, wall);
  sqlite3_bind_int(s, 10, trusted);
  return step_done(st, s) ? sqlite3_last_insert_rowid(st->db) : 0;
}

/* Whether the run exists and is still open; its start for the duration. */
typedef enum RunState { RUN_UNKNOWN, RUN_OPEN, RUN_ENDED, RUN_FAILED } RunState;

static RunState run_state(StatsStore *st, int64_t run, int64_t *start_boot, int64_t *start_mono) {
  sqlite3_stmt *s = stmt(st, STATS_STMT_RUN_STATE);
  if (!s) return RUN_FAILED;
  sqlite3_bind_int64(s, 1, run);
  int rc = sqlite3_step(s);
  RunState r = RUN_UNKNOWN;
  if (rc == SQLITE_ROW) {
    r = sqlite3_column_int(s, 0) ? RUN_OPEN : RUN_ENDED;
    if (start_boot) *start_boot = sqlite3_column_int64(s, 1);
    if (start_mono) *start_mono = sqlite3_column_int64(s, 2);
  } else if (rc != SQLITE_DONE) {
    db_fail(st);
    r = RUN_FAILED;
  }
  sqlite3_reset(s);
  if (r == RUN_UNKNOWN) refuse(st, "a record for an unknown lesson run");
  return r;
}

bool stats_put_answer(StatsStore *st, int64_t run, const char *question, const char *chosen,
                      bool correct, int points, int max, uint64_t now_ms) {
  RunState rs = run_state(st, run, NULL, NULL);
  if (rs == RUN_ENDED) return true; /* the lesson is over: a late answer is not part of it */
  if (rs != RUN_OPEN) return false;
  sqlite3_stmt *s = stmt(st, STATS_STMT_ATTEMPTS);
  if (!s) return false;
  sqlite3_bind_int64(s, 1, run);
  sqlite3_bind_text(s, 2, question, -1, SQLITE_STATIC);
  int64_t attempts = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  sqlite3_reset(s);
  if (attempts <= 0) return db_fail(st);
  int64_t seq = next_seq(st), wall;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  s = seq ? stmt(st, STATS_STMT_INSERT_ANSWER) : NULL;
  if (!s) return false;
  sqlite3_bind_int64(s, 1, run);
  sqlite3_bind_text(s, 2, question, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, chosen, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 4, correct);
  sqlite3_bind_int(s, 5, points);
  sqlite3_bind_int(s, 6, max);
  sqlite3_bind_int64(s, 7, attempts);
  sqlite3_bind_int64(s, 8, st->boot);
  sqlite3_bind_int64(s, 9, seq);
  sqlite3_bind_int64(s, 10, mono(now_ms));
  sqlite3_bind_int64(s, 11, wall);
  sqlite3_bind_int(s, 12, trusted);
  return step_done(st, s);
}

bool stats_put_end(StatsStore *st, int64_t run, StatsOutcome outcome, int score, int max,
                   uint64_t now_ms) {
  const char *name = stats_outcome_name(outcome);
  if (!name) return refuse(st, "an unknown lesson outcome");
  int64_t start_boot = 0, start_mono = 0;
  RunState rs = run_state(st, run, &start_boot, &start_mono);
  if (rs == RUN_ENDED) return true; /* "completed" stays, whatever a later reset says */
  if (rs != RUN_OPEN) return false;
  /* a caller's slip must not make a score above 100 % or below 0 */
  if (max < 0) max = 0;
  if (score < 0) score = 0;
  if (score > max) score = max;
  int64_t seq = next_seq(st), wall;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  sqlite3_stmt *s = seq ? stmt(st, STATS_STMT_END_RUN) : NULL;
  if (!s) return false;
  sqlite3_bind_int64(s, 1, run);
  sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 3, score);
  sqlite3_bind_int(s, 4, max);
  sqlite3_bind_int64(s, 5, st->boot);
  sqlite3_bind_int64(s, 6, seq);
  sqlite3_bind_int64(s, 7, mono(now_ms));
  sqlite3_bind_int64(s, 8, wall);
  sqlite3_bind_int(s, 9, trusted);
  /* the monotonic clock restarts with the process: no duration across boots */
  if (start_boot == st->boot && mono(now_ms) >= start_mono)
    sqlite3_bind_int64(s, 10, mono(now_ms) - start_mono);
  else
    sqlite3_bind_null(s, 10);
  return step_done(st, s);
}

/* Runs an earlier boot left open: the process was killed or lost power mid-lesson.
   Each is closed as interrupted with its own sequence number (now) and, as its end,
   its last known moment (its last answer, or its start) in the boot it ran in; no score
   and no duration, since neither is known. */
bool stats_put_interrupted(StatsStore *st) {
  sqlite3_stmt *open = stats_db_prepare(
      st->db,
      "SELECT r.id, r.start_boot, coalesce(a.mono_ms, r.start_mono_ms), coalesce(a.wall_ms, r.start_wall_ms),"
      " coalesce(a.wall_trusted, r.start_trusted) FROM runs r LEFT JOIN answers a ON a.id ="
      " (SELECT id FROM answers WHERE run_id = r.id ORDER BY seq DESC LIMIT 1)"
      " WHERE r.outcome IS NULL AND r.start_boot < ?1 ORDER BY r.id", NULL);
  sqlite3_stmt *close = open ? stats_db_prepare(
      st->db,
      "UPDATE OR FAIL runs SET outcome = 'interrupted', score = NULL, max_score = NULL, end_boot = ?2,"
      " end_seq = ?3, end_mono_ms = ?4, end_wall_ms = ?5, end_trusted = ?6, duration_ms = NULL"
      " WHERE id = ?1 AND outcome IS NULL", NULL) : NULL;
  int64_t (*rows)[5] = NULL;
  size_t n = 0, cap = 0;
  int rc = SQLITE_DONE;
  if (close) {
    sqlite3_bind_int64(open, 1, st->boot);
    while ((rc = sqlite3_step(open)) == SQLITE_ROW) { /* all read first: the updates change runs */
      if (n == cap) rows = xrealloc(rows, (cap = cap ? cap * 2 : 16) * sizeof *rows);
      for (int k = 0; k < 5; k++) rows[n][k] = sqlite3_column_int64(open, k);
      n++;
    }
  }
  bool ok = close && rc == SQLITE_DONE;
  if (!ok) db_fail(st);
  for (size_t i = 0; ok && i < n; i++) {
    int64_t seq = next_seq(st); /* 0 when it failed, and said why */
    ok = seq > 0;
    if (!ok) break;
    sqlite3_bind_int64(close, 1, rows[i][0]); /* the run */
    sqlite3_bind_int64(close, 2, rows[i][1]); /* it ended in the boot it started in */
    sqlite3_bind_int64(close, 3, seq);
    sqlite3_bind_int64(close, 4, rows[i][2]); /* its last known moment */
    sqlite3_bind_int64(close, 5, rows[i][3]);
    sqlite3_bind_int64(close, 6, rows[i][4]);
    ok = step_done(st, close);
  }
  sqlite3_finalize(open);
  sqlite3_finalize(close);
  free(rows);
  return ok;
}

/* ---- the public calls: one transaction each --------------------------------------- */

/* A record that will not be on the card: counted for staff, with the reason kept. */
/* A record that will not be on the card: counted for staff. The reason kept is the
   first cause (a full disk), not its consequences (an answer of a run never written). */
#define STATS_NOT_SAVED "statistics not saved: "
static bool lose(StatsStore *st, const char *consequence) {
  if (consequence) refuse(st, consequence);
  if (!consequence || !st->lost_reason[0]) {
    const char *why = st->warning;
    if (strncmp(why, STATS_NOT_SAVED, sizeof STATS_NOT_SAVED - 1) == 0) why += sizeof STATS_NOT_SAVED - 1;
    snprintf(st->lost_reason, sizeof st->lost_reason, "%s", why);
  }
  st->lost++;
  return false;
}

int64_t stats_visit_begin(StatsStore *st, uint64_t now_ms) {
  if (!st) return 0;
  stats_settle(st);
  int64_t id = begin(st) ? stats_put_visit(st, now_ms) : 0;
  return finish(st, id > 0) ? id : (lose(st, NULL), 0);
}

int64_t stats_run_begin(StatsStore *st, int64_t visit, const StatsLesson *lesson, uint64_t now_ms) {
  if (!st) return 0;
  if (!lesson || visit <= 0) return lose(st, "its visit could not be recorded");
  int64_t id = begin(st) ? stats_put_run(st, visit, lesson, now_ms) : 0;
  return finish(st, id > 0) ? id : (lose(st, NULL), 0);
}

bool stats_count_card(StatsStore *st, uint64_t now_ms) {
  (void)now_ms; /* a count per day: not even the time of day is kept */
  if (!st) return false;
  bool ok = begin(st);
  int64_t seq = ok ? next_seq(st) : 0, wall;
  bool trusted;
  stats_clock_read(st, &wall, &trusted);
  char day[16] = "";
  if (trusted) stats_format_date(wall, day);
  sqlite3_stmt *s = seq ? stmt(st, STATS_STMT_COUNT_CARD) : NULL;
  if (s) {
    sqlite3_bind_text(s, 1, st->kiosk_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, day, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 3, seq);
  }
  ok = s && step_done(st, s);
  return finish(st, ok) ? true : (lose(st, NULL), false);
}

int stats_lost_records(const StatsStore *st) { return st ? st->lost : 0; }

const char *stats_lost_reason(const StatsStore *st) { return st && st->lost ? st->lost_reason : NULL; }

/* The chosen option ids, comma-separated: ids only, never an option's text. */
static bool chosen_ids(const Screen *s, const Answer *a, Buf *out) {
  const char *ids[SCREEN_MAX_FLAGS];
  int n = 0;
  switch (s->kind) {
  case SCREEN_CHOICE:
  case SCREEN_CHAT:
  case SCREEN_PASSWORD: ids[n++] = s->options[a->choice].id; break; /* the level, never the text */
  case SCREEN_MULTI:
    for (int i = 0; i < s->noptions; i++)
      if (a->picked & (1u << i)) ids[n++] = s->options[i].id;
    break;
  case SCREEN_FLAGS:
    for (int i = 0; i < s->nflags; i++)
      if (a->picked & (1u << i)) ids[n++] = s->flags[i].id;
    break;
  case SCREEN_DECIDE: ids[n++] = a->choice == ANSWER_SCAM ? "scam" : "safe"; break;
  default: return false;
  }
  buf_adds(out, "");
  for (int i = 0; i < n; i++) {
    if (!stats_id_ok(ids[i], SCREEN_MAX_ID)) return false;
    if (i) buf_addc(out, ',');
    buf_adds(out, ids[i]);
  }
  return true;
}

bool stats_record_answer(StatsStore *st, int64_t run, const Screen *s, const Answer *a, uint64_t now_ms) {
  if (!st || !s || !a) return false;
  /* nothing to record: a page, a result, a chat that only continues, or no answer given
     (the run's end says "abandoned" or "timed-out") */
  if (!screen_is_question(s) || a->status != ANSWER_GIVEN) return true;
  if (s->kind == SCREEN_CHAT && s->noptions == 0) return true;
  if (run <= 0) return lose(st, "its lesson run could not be recorded");
  if (!screen_answer_valid(s, a)) return refuse(st, "an answer that does not fit its question") || lose(st, NULL);
  Buf chosen = {0};
  if (!stats_id_ok(s->id, STATS_MAX_QUESTION_ID) || !chosen_ids(s, a, &chosen)) {
    buf_free(&chosen);
    return refuse(st, "a question or option id that is not a plain id") || lose(st, NULL);
  }
  Grade g = screen_grade(s, a);
  bool ok = begin(st) && stats_put_answer(st, run, s->id, chosen.data, g.correct, g.points, g.max, now_ms);
  buf_free(&chosen);
  return finish(st, ok) || lose(st, NULL);
}

bool stats_run_end(StatsStore *st, int64_t run, StatsOutcome outcome, int score, int max, uint64_t now_ms) {
  if (!st) return false;
  if (run <= 0) return lose(st, "its lesson run could not be recorded");
  bool ok = begin(st) && stats_put_end(st, run, outcome, score, max, now_ms);
  return finish(st, ok) || lose(st, NULL);
}
