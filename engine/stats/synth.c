/* synth.c — synthetic statistics for benchmarks and tests: n runs through the same
   inserts as real recording, but in one transaction (a real kiosk commits every record;
   here that would measure the disk's fsync, not the export). Deterministic for a seed. */
#include <stdio.h>

#include "stats/internal.h"

#define SYNTH_WEEKS 12 /* wall times spread over the last twelve weeks */

static uint32_t next(uint32_t *s) { /* xorshift32: quick, reproducible */
  uint32_t x = *s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *s = x;
}

bool stats_fill_synthetic(StatsStore *st, int n, int answers_per_run, uint32_t seed, Error *err) {
  static const char *const packs[] = {"basics", "money"};
  static const char *const lessons[] = {"phishing-sms", "passwords", "fake-shop", "job-offer",
                                        "loan-app", "romance", "delivery-fee", "otp-code"};
  static const char *const langs[] = {"en", "en", "ms", "th", "ne"};
  static const char *const choices[] = {"a", "b", "c", "b,c"};
  static const StatsOutcome outcomes[] = {STATS_COMPLETED, STATS_COMPLETED, STATS_COMPLETED,
                                          STATS_COMPLETED, STATS_ABANDONED, STATS_TIMED_OUT};
  uint32_t s = seed ? seed : 1;
  bool was_fake = st->fake_wall;
  int64_t was_ms = st->fake_wall_ms, now;
  bool trusted;
  stats_clock_read(st, &now, &trusted);
  /* every synthetic time trusted: twelve weeks that all lie after the build */
  int64_t earliest = stats_build_time_ms() + (SYNTH_WEEKS * 7 + 1) * STATS_DAY_MS;
  if (!trusted || now < earliest) now = earliest;
  /* a big cache for one big transaction (the default 2 MB would spill to the WAL and read
     pages back, the random visit ids spread over their whole index), and no foreign-key
     counting, which needs a statement journal per row; the rows are consistent by making */
  if (!stats_db_exec(st->db, "PRAGMA cache_size=-131072; PRAGMA foreign_keys=OFF; BEGIN IMMEDIATE", err))
    return false;
  bool ok = true;
  int64_t visit = 0;
  uint64_t mono = 1000;
  for (int i = 0; ok && i < n; i++) {
    /* one visit for one to three runs */
    int64_t when = now - (int64_t)(next(&s) % (SYNTH_WEEKS * 7)) * STATS_DAY_MS -
                   (int64_t)(next(&s) % 36000) * 1000;
    stats_test_set_wall_clock(st, when);
    if (visit == 0 || next(&s) % 2 == 0) visit = stats_put_visit(st, mono);
    int li = (int)(next(&s) % 8);
    char version[8];
    snprintf(version, sizeof version, "1.%u.0", next(&s) % 3);
    StatsLesson l = {packs[li / 4], version, lessons[li], langs[next(&s) % 5]};
    int64_t run = visit ? stats_put_run(st, visit, &l, mono) : 0;
    ok = run > 0;
    int points = 0;
    for (int q = 0; ok && q < answers_per_run; q++) {
      char qid[16];
      snprintf(qid, sizeof qid, "q%d", q + 1);
      uint32_t r = next(&s) % 10;
      bool correct = r < 7;
      points += correct;
      mono += 4000 + next(&s) % 20000;
      ok = stats_put_answer(st, run, qid, correct ? "a" : choices[1 + r % 3], correct, correct, 1, mono);
    }
    mono += 2000 + next(&s) % 5000;
    ok = ok && stats_put_end(st, run, outcomes[next(&s) % 6], points, answers_per_run, mono);
  }
  st->fake_wall = was_fake;
  st->fake_wall_ms = was_ms;
  /* committed and checkpointed, as a kiosk's store is most of the time (the WAL is
     checkpointed every 1000 pages) */
  if (ok) ok = stats_db_exec(st->db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", err);
  else error_set(err, "%s", st->warning);
  if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
  /* back to the kiosk's settings (SQLite's default cache) */
  sqlite3_exec(st->db, "PRAGMA cache_size=-2000; PRAGMA foreign_keys=ON", NULL, NULL, NULL);
  return ok;
}
