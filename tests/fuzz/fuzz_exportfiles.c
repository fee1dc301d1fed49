/* fuzz_exportfiles.c — libFuzzer target: an export folder's bookkeeping files as
   `kiosk stats merge` checks them before its database (check.c): SHA512SUMS, and, when
   that is right, MANIFEST. The first byte picks which one the rest of the input is;
   the other is made to agree with the files, so each parser is reached. */

#include "fuzzutil.h"
#include "stats/internal.h"

static const char *const names[] = {"runs.csv", "answers.csv", "statements.jsonl", "stats.db", "SUMMARY.txt"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  bool sums_from_input = data[0] & 1;
  const char *rest = (const char *)data + 1;
  size_t len = size - 1;
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char name[64];
    snprintf(name, sizeof name, "export/%s", names[i]);
    fuzz_write(name, names[i], strlen(names[i]));
  }
  static const char manifest[] = "format: " STATS_EXPORT_FORMAT "\nformat-version: 1\nkiosk-id: kiosk-fuzz\n"
                                 "schema-version: 1\nexported: unknown\nboot: 1\nseq: 1\nvisits: 0\nruns: 0\n"
                                 "answers: 0\n";
  if (sums_from_input) {
    fuzz_write("export/MANIFEST", manifest, sizeof manifest - 1);
    fuzz_write("export/SHA512SUMS", rest, len);
  } else {
    fuzz_write("export/MANIFEST", rest, len);
    FILE *sums = fopen(fuzz_path("export/SHA512SUMS"), "w");
    if (!sums) abort();
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) fuzz_sum_line(sums, names[i], names[i], strlen(names[i]));
    fuzz_sum_line(sums, "MANIFEST", rest, len);
    fclose(sums);
  }
  char dir[512];
  snprintf(dir, sizeof dir, "%s", fuzz_path("export"));
  StatsExportInfo info;
  char reason[ERROR_MAX];
  sqlite3 *db = stats_export_check(dir, &info, reason, sizeof reason);
  if (db) abort(); /* stats.db here is no database: nothing may pass */
  fuzz_check_message(reason);
  if (!memchr(info.kiosk_id, '\0', sizeof info.kiosk_id)) abort();
  return 0;
}
