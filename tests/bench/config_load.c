/* config_load.c — how long config_load takes on the kiosk.lua files that try to stall a
   start (an endless loop, a string doubled past the reader's memory, a 10 MiB value, an
   oversized file) next to an ordinary one. Prints "NAME SECONDS" per load, ROUNDS times
   each. Built and run by tests/bench/config.sh (optimised, like the kiosk). These were
   "under 5 s" assertions in test_config; wall time belongs in the bench. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config/config.h"
#include "core/fs.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: config_load DIR ASSETS ROUNDS\n");
    return 2;
  }
  const char *dir = argv[1], *assets = argv[2];
  int rounds = atoi(argv[3]);
  char *big = malloc(70 * 1024);
  memset(big, ' ', 70 * 1024 - 1);
  memcpy(big, "return {}", 9);
  big[70 * 1024 - 1] = '\0';
  const struct {
    const char *name, *text;
  } files[] = {
      {"ordinary", "return { country = \"TH\", idle_seconds = 120 }\n"},
      {"endless-loop", "while true do end\n"},
      {"string-past-memory", "local s = '01234567890123456789'\nfor i = 1, 20 do s = s .. s end\n"
                             "return { country = s }\n"},
      {"10-MiB-value", "return { country = (function() local s = '0123456789'\n"
                       "  for i = 1, 20 do s = s .. s end return s end)() }\n"},
      {"70-KiB-file", big},
  };
  char *path = path_join(dir, "kiosk.lua");
  for (int r = 0; r < rounds; r++)
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
      Error err;
      if (!fs_write_atomic(path, files[i].text, strlen(files[i].text), &err)) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
      }
      Config c;
      double t = now();
      config_load(&c, dir, assets, &err);
      printf("%s %.4f\n", files[i].name, now() - t);
    }
  free(path);
  free(big);
  return 0;
}
