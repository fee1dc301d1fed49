/* bench_stats.c — how long export, report, summary and merge take for a big store:
   N synthetic runs (default 100,000) with A answers each (default 3), timed with the
   monotonic clock. Build and run with tests/stats/bench.sh (optimised, no sanitizers,
   like the kiosk binary). With a fourth argument "fill [K]", it makes the store
   (BASE/data/stats.db) for `make bench` to time the kiosk's own commands on it, and
   exports it K times from the open store, as the staff screen does, printing
   "export-open: SECONDS" for each. With "add", it adds N runs to the store already at
   BASE/data (tests/bench/stats.sh: the runs an incremental export then carries). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/fs.h"
#include "stats/internal.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long long size_of(const char *dir, const char *name) {
  char *p = path_join(dir, name);
  struct stat st;
  long long n = stat(p, &st) == 0 ? (long long)st.st_size : -1;
  free(p);
  return n;
}

static void line(void *ud, const char *text) {
  (void)ud;
  printf("  merge: %s\n", text);
}

int main(int argc, char **argv) {
  const char *base = argc > 1 ? argv[1] : "/tmp/kiosk-bench-stats";
  int runs = argc > 2 ? atoi(argv[2]) : 100000, answers = argc > 3 ? atoi(argv[3]) : 3;
  char data[512], usb[512], central[512], html[512];
  snprintf(data, sizeof data, "%s/data", base);
  snprintf(usb, sizeof usb, "%s/usb", base);
  snprintf(central, sizeof central, "%s/central.db", base);
  snprintf(html, sizeof html, "%s/report.html", base);
  Error err;
  if (argc > 4 && strcmp(argv[4], "add") == 0) {
    StatsStore *st = stats_open(data, "kiosk-bench", 0, &err);
    if (!st || !stats_fill_synthetic(st, runs, answers, 2, &err)) return fprintf(stderr, "%s\n", err.msg), 1;
    stats_close(st);
    printf("added:   %d runs, %d answers each\n", runs, answers);
    return 0;
  }
  fs_remove_tree(base);
  if (!fs_mkdirs(usb, &err)) return fprintf(stderr, "%s\n", err.msg), 1;
  StatsStore *st = stats_open(data, "kiosk-bench", 0, &err);
  if (!st) return fprintf(stderr, "%s\n", err.msg), 1;
  double t = now();
  if (!stats_fill_synthetic(st, runs, answers, 1, &err)) return fprintf(stderr, "%s\n", err.msg), 1;
  printf("fill:    %d runs, %d answers each: %.2f s\n", runs, answers, now() - t);
  if (argc > 4 && strcmp(argv[4], "fill") == 0) {
    int rounds = argc > 5 ? atoi(argv[5]) : 0;
    for (int i = 0; i < rounds; i++) {
      StatsExportOptions full = {.full = true};
      StatsExportResult res;
      t = now();
      if (!stats_export(st, usb, &full, &res, &err)) return fprintf(stderr, "%s\n", err.msg), 1;
      printf("export-open: %.3f\n", now() - t);
      fs_remove_tree(usb);
      if (!fs_mkdirs(usb, &err)) return fprintf(stderr, "%s\n", err.msg), 1;
      stats_export_result_free(&res);
    }
    stats_close(st);
    return 0;
  }

  StatsExportOptions opt = {.suppress_below = 5, .full = true};
  StatsExportResult res;
  t = now();
  if (!stats_export(st, usb, &opt, &res, &err)) return fprintf(stderr, "%s\n", err.msg), 1;
  char *out = res.dir;
  double export_s = now() - t;
  printf("export:  %.2f s -> %s\n", export_s, out);
  static const char *const files[] = {"runs.csv", "answers.csv", "statements.jsonl", "stats.db", "SUMMARY.txt"};
  for (int i = 0; i < 5; i++) printf("         %-17s %9.1f MB\n", files[i], (double)size_of(out, files[i]) / 1e6);

  t = now();
  StatsLessonRow rows[64];
  StatsMissed missed[20];
  int nl = stats_lessons(st, (StatsPeriod){30}, rows, 64), nm = stats_missed(st, (StatsPeriod){30}, missed, 20);
  printf("dashboard (30 days, lessons + missed): %.3f s (%d lessons, %d questions)\n", now() - t, nl, nm);
  stats_close(st);

  char dbpath[600];
  snprintf(dbpath, sizeof dbpath, "%s/stats.db", data);
  t = now();
  if (!stats_report(dbpath, html, NULL, &err)) return fprintf(stderr, "%s\n", err.msg), 1;
  double report_s = now() - t;
  printf("report:  %.2f s (%.0f KB)\n", report_s, (double)size_of(base, "report.html") / 1e3);

  t = now();
  char *text = stats_summary(dbpath, NULL, &err);
  printf("summary: %.2f s\n", now() - t);
  free(text);

  const char *dirs[1] = {out};
  t = now();
  int merged = stats_merge(central, dirs, 1, line, NULL, &err);
  printf("merge:   %.2f s (%d folder)\n", now() - t, merged);
  t = now();
  merged = stats_merge(central, dirs, 1, line, NULL, &err);
  printf("merge again: %.2f s (%d folder)\n", now() - t, merged);
  printf("export + report: %.2f s\n", export_s + report_s);
  free(out);
  return 0;
}
