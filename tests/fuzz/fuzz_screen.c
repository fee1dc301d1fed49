/* fuzz_screen.c — libFuzzer target: screen_decode, the engine's side of the lesson
   runner's socket, over any bytes a compromised lesson process could send. A screen it
   accepts must encode and decode again to the same bytes. */
#include "core/buf.h"
#include "fuzzutil.h"
#include "screen/screen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Error err;
  Screen *s = screen_decode(data, size, &err);
  if (!s) {
    fuzz_check_message(err.msg);
    return 0;
  }
  Buf once = {0}, twice = {0};
  screen_encode(s, &once);
  Screen *t = screen_decode(once.data, once.len, &err);
  if (!t) abort(); /* what the engine encodes it must read back */
  screen_encode(t, &twice);
  if (once.len != twice.len || memcmp(once.data, twice.data, once.len) != 0) abort();
  buf_free(&once);
  buf_free(&twice);
  screen_free(s);
  screen_free(t);
  return 0;
}
