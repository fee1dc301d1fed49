/* fuzz_packinfo.c — libFuzzer target: pack.lua, read by pack_info_load in its own Lua
   sandbox (no libraries, a budget of memory and instructions), over any text a pack on a
   USB stick could hold. What it accepts keeps pack_info's promises. */
#include "fuzzutil.h"
#include "lesson/lesson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_write("pack/pack.lua", data, size);
  char dir[512];
  snprintf(dir, sizeof dir, "%s", fuzz_path("pack"));
  Error err;
  PackInfo *p = pack_info_load(dir, &err);
  if (!p) {
    fuzz_check_message(err.msg);
    return 0;
  }
  if (!p->id || !version_valid(p->version) || p->nlessons < 0 || p->nlessons > PACK_MAX_LESSONS) abort();
  for (int i = 0; i < p->nlessons; i++)
    if (!p->lessons[i].id || !p->lessons[i].file || pack_info_lesson(p, p->lessons[i].id) == NULL) abort();
  pack_info_free(p);
  return 0;
}
