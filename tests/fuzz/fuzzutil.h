/* fuzzutil.h — what the file-reading fuzz targets share: a private folder made once per
   fuzzer process, and writing the input into a file in it. The engine reads files, not
   buffers, for pack.lua, strings, kiosk.lua and exports, so the targets do too. */
#ifndef TESTS_FUZZUTIL_H
#define TESTS_FUZZUTIL_H

#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The folder this process works in (under $TMPDIR), made on first use. */
static inline const char *fuzz_dir(void) {
  static char dir[256];
  if (!dir[0]) {
    const char *base = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    snprintf(dir, sizeof dir, "%s/kiosk-fuzz-XXXXXX", base);
    if (!mkdtemp(dir)) abort();
  }
  return dir;
}

/* DIR/NAME (in a static buffer: one at a time). */
static inline const char *fuzz_path(const char *name) {
  static char path[512];
  snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
  return path;
}

/* Writes size bytes to DIR/NAME, making its folders. */
static inline void fuzz_write(const char *name, const void *data, size_t size) {
  char folder[512];
  snprintf(folder, sizeof folder, "%s", fuzz_path(name));
  for (char *p = folder + strlen(fuzz_dir()) + 1; (p = strchr(p, '/')) != NULL; p++) {
    *p = '\0';
    mkdir(folder, 0755);
    *p = '/';
  }
  FILE *f = fopen(fuzz_path(name), "wb");
  if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) abort();
}

/* A message in a buffer of n bytes must be one terminated line the kiosk can show. */
static inline void fuzz_check_line(const char *msg, size_t n) {
  if (!memchr(msg, '\0', n) || strchr(msg, '\n')) abort();
}
#define fuzz_check_message(buf) fuzz_check_line((buf), sizeof(buf))

/* One line of sha512sum's output for data, as SHA512SUMS holds it. */
static inline void fuzz_sum_line(FILE *out, const char *name, const void *data, size_t size) {
  unsigned char digest[crypto_hash_sha512_BYTES];
  char hex[2 * crypto_hash_sha512_BYTES + 1];
  crypto_hash_sha512(digest, data, size);
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  fprintf(out, "%s  %s\n", hex, name);
}

#endif
