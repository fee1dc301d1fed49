/* fuzz_pubkey.c — libFuzzer target: the minisign public-key parser (keys.c) over any
   bytes, as a .pub file copied into the kiosk's key folder could hold. */
#include <stdlib.h>
#include <string.h>

#include "packs/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  TrustedKey key;
  Error err;
  if (keys_parse_public(&key, (const char *)data, size, &err)) {
    /* what the rest of the kiosk relies on: printable id, terminated comment */
    if (strlen(key.id_hex) != 16 || strspn(key.id_hex, "0123456789ABCDEF") != 16) abort();
    if (memchr(key.comment, '\0', sizeof key.comment) == NULL) abort();
  } else if (memchr(err.msg, '\0', sizeof err.msg) == NULL || strchr(err.msg, '\n')) {
    abort();
  }
  return 0;
}
