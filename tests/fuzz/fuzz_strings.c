/* fuzz_strings.c — libFuzzer target: a pack's strings/<lang>.lua, read by strings_load
   in the data sandbox, over any text a translator's file could hold. Every key it keeps
   must find its text again. */
#include "fuzzutil.h"
#include "lesson/lesson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_write("pack/strings/en.lua", data, size);
  char dir[512];
  snprintf(dir, sizeof dir, "%s", fuzz_path("pack/strings"));
  Error err;
  StringTable *t = strings_load(dir, "en", &err);
  if (!t) {
    fuzz_check_message(err.msg);
    return 0;
  }
  for (int i = 0; i < strings_count(t); i++) {
    const char *key = strings_key(t, i);
    if (!key || !strings_get(t, key)) abort();
    if (i > 0 && strcmp(strings_key(t, i - 1), key) >= 0) abort(); /* sorted, unique */
  }
  strings_free(t);
  return 0;
}
