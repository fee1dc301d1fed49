/* fuzz_minisig.c — libFuzzer target: the minisign signature parser (keys.c) and the
   trusted-comment parser (build.c) over any bytes, as SHA256SUMS.minisig on a stick
   could hold. */
#include <stdlib.h>
#include <string.h>

#include "packs/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static PackSignature sig; /* 8 KB: off the fuzzer's stack */
  Error err;
  if (!pack_sig_parse(&sig, (const char *)data, size, &err)) {
    if (strchr(err.msg, '\n')) abort();
    return 0;
  }
  if (sig.alg[0] != 'E' || (sig.alg[1] != 'D' && sig.alg[1] != 'd')) abort();
  if (sig.comment_len >= sizeof sig.comment) abort();
  char *id, *version;
  if (pack_comment_parse(sig.comment, sig.comment_len, &id, &version, &err)) {
    /* both end up in folder names (<id>@<version>): they must be plain */
    if (strlen(id) == 0 || strlen(id) > PACK_ID_MAX || strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789_-") != strlen(id))
      abort();
    if (!version_valid(version)) abort();
    free(id);
    free(version);
  }
  return 0;
}
