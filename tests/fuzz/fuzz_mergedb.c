/* fuzz_mergedb.c — libFuzzer target: the database of an export given to `kiosk stats
   merge`, over any bytes (seeded with real exports). The checksums and MANIFEST are
   made to agree with it, as an attacker who recomputes them would, so only the
   database can give it away. Whatever it holds, the merge ends (the guard's time cap),
   refuses it with one line or merges it, and the central database stays sound. */
#include <sqlite3.h>

#include "fuzzutil.h"
#include "stats/internal.h"

static void no_report(void *ud, const char *line) {
  (void)ud;
  fuzz_check_line(line, strlen(line) + 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const files[] = {"runs.csv", "answers.csv", "statements.jsonl", "SUMMARY.txt"};
  fuzz_write("export/stats.db", data, size);
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char name[64];
    snprintf(name, sizeof name, "export/%s", files[i]);
    fuzz_write(name, "x\n", 2);
  }
  /* MANIFEST counts what the guard lets us count; a database it refuses gets zeros */
  StatsGuard g;
  char reason[ERROR_MAX], path[512];
  snprintf(path, sizeof path, "%s", fuzz_path("export/stats.db"));
  sqlite3 *db = stats_guard_open(path, &g, reason, sizeof reason);
  int64_t visits = 0, runs = 0, answers = 0;
  char kiosk[64] = "kiosk-fuzz";
  if (db) {
    stats_db_int(db, "SELECT count(*) FROM visits", &visits, NULL);
    stats_db_int(db, "SELECT count(*) FROM runs", &runs, NULL);
    stats_db_int(db, "SELECT count(*) FROM answers", &answers, NULL);
    sqlite3_stmt *s = stats_db_prepare(db, "SELECT kiosk_id FROM meta", NULL);
    if (s && sqlite3_step(s) == SQLITE_ROW) snprintf(kiosk, sizeof kiosk, "%s", sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(db);
  } else {
    fuzz_check_message(reason);
  }
  char manifest[512];
  int n = snprintf(manifest, sizeof manifest,
                   "format: " STATS_EXPORT_FORMAT "\nformat-version: 1\nkiosk-id: %s\nschema-version: %d\n"
                   "exported: unknown\nboot: 1\nseq: 1\nvisits: %lld\nruns: %lld\nanswers: %lld\n",
                   kiosk, STATS_SCHEMA_VERSION, (long long)visits, (long long)runs, (long long)answers);
  fuzz_write("export/MANIFEST", manifest, (size_t)n);
  FILE *sums = fopen(fuzz_path("export/SHA512SUMS"), "w");
  if (!sums) abort();
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) fuzz_sum_line(sums, files[i], "x\n", 2);
  fuzz_sum_line(sums, "stats.db", data, size);
  fuzz_sum_line(sums, "MANIFEST", manifest, (size_t)n);
  fclose(sums);
  char central[512], export_dir[512];
  snprintf(central, sizeof central, "%s", fuzz_path("central.db"));
  snprintf(export_dir, sizeof export_dir, "%s", fuzz_path("export"));
  unlink(central);
  const char *dirs[1] = {export_dir};
  Error err;
  int merged = stats_merge(central, dirs, 1, no_report, NULL, &err);
  if (merged < 0) fuzz_check_message(err.msg);
  if (merged == 1) { /* what went in is sound */
    sqlite3 *c = NULL;
    if (sqlite3_open_v2(central, &c, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) abort();
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(c, "PRAGMA integrity_check", -1, &s, NULL) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW ||
        strcmp((const char *)sqlite3_column_text(s, 0), "ok") != 0)
      abort();
    sqlite3_finalize(s);
    sqlite3_close(c);
  }
  return 0;
}
