/* fuzz_sums.c — libFuzzer target: the SHA256SUMS parser (build.c) over any bytes. A
   parsed list must keep the promises pack_verify builds on: at most PACK_MAX_FILES
   paths, each safe and normalised, sorted and unique. */
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "packs/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  PackFile *files;
  int n;
  Error err;
  if (!pack_sums_parse((const char *)data, size, &files, &n, &err)) {
    if (strchr(err.msg, '\n')) abort();
    return 0;
  }
  if (n < 1 || n > PACK_MAX_FILES) abort();
  for (int i = 0; i < n; i++) {
    const char *p = files[i].path;
    if (!path_is_safe_relative(p) || pack_path_problem(p, strlen(p))) abort();
    if (strcmp(p, PACK_SUMS) == 0 || strcmp(p, PACK_SIG) == 0) abort();
    if (i > 0 && strcmp(files[i - 1].path, p) >= 0) abort();
  }
  pack_files_free(files, n);
  return 0;
}
