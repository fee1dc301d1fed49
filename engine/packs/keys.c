/* keys.c — minisign formats: the public keys the kiosk trusts and the signature file.
   Formats from jedisct1/minisign (minisign.c, sig_load and pubkey_load_file); every
   binary field is standard base64 of a fixed-size record. */
#include <dirent.h>
#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/fs.h"
#include "core/mem.h"
#include "packs/internal.h"

#define KEY_FILE_MAX 4096       /* a .pub is ~110 bytes; bounds what a stray file costs */
#define KEY_BYTES 42            /* "Ed" || key id[8] || Ed25519 public key[32] */
#define SIG_BYTES 74            /* algorithm[2] || key id[8] || Ed25519 signature[64] */
#define GLOBAL_SIG_BYTES 64
#define B64_LINE_MAX 200        /* longer than any of the three records, encoded */
#define UNTRUSTED_PREFIX "untrusted comment: "
#define TRUSTED_PREFIX "trusted comment: " /* with a space, as in the source (not the site) */

bool pack_next_line(const char **p, const char *end, const char **line, size_t *len) {
  if (*p >= end) return false;
  const char *nl = memchr(*p, '\n', (size_t)(end - *p));
  const char *stop = nl ? nl : end;
  *line = *p;
  *len = (size_t)(stop - *p);
  if (*len > 0 && (*line)[*len - 1] == '\r') (*len)--;
  *p = nl ? nl + 1 : end;
  return true;
}

void pack_quote(char *out, size_t size, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    size_t need = (c < 0x20 || c >= 0x7F) ? 4 : 1;
    if (o + need + 4 > size) { /* room for "..." and the NUL */
      memcpy(out + o, "...", 3);
      o += 3;
      break;
    }
    if (need == 4) {
      out[o++] = '\\';
      out[o++] = 'x';
      out[o++] = hex[c >> 4];
      out[o++] = hex[c & 15];
    } else {
      out[o++] = (char)c;
    }
  }
  out[o] = '\0';
}

static bool starts_with(const char *s, size_t n, const char *prefix) {
  size_t k = strlen(prefix);
  return n >= k && memcmp(s, prefix, k) == 0;
}

/* Decodes a whole line of standard base64; the decoded length, or -1 if it is not. */
static int base64_line(uint8_t *out, size_t cap, const char *s, size_t n) {
  size_t got = 0;
  if (n == 0 || n > B64_LINE_MAX) return -1;
  if (sodium_base642bin(out, cap, s, n, NULL, &got, NULL, sodium_base64_VARIANT_ORIGINAL) != 0)
    return -1;
  return (int)got;
}

void keys_id_hex(const uint8_t id[8], char out[17]) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | id[i];
  snprintf(out, 17, "%016llX", (unsigned long long)v);
}

/* ---- public keys ------------------------------------------------------------------- */

/* The untrusted comment, for display: control characters replaced, and when it must be
   cut, cut before a UTF-8 sequence that would not fit whole. */
static void copy_comment(char *out, size_t size, const char *s, size_t n) {
  size_t o = 0;
  for (; o < n && o + 1 < size; o++) {
    unsigned char c = (unsigned char)s[o];
    out[o] = (c < 0x20 || c == 0x7F) ? '?' : (char)c;
  }
  if (o < n) {
    size_t start = o;
    while (start > 0 && ((unsigned char)out[start - 1] & 0xC0) == 0x80) start--;
    unsigned char lead = start > 0 ? (unsigned char)out[start - 1] : 0;
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (lead >= 0xC0 && o - (start - 1) < need) o = start - 1;
  }
  out[o] = '\0';
}

bool keys_parse_public(TrustedKey *key, const char *data, size_t len, Error *err) {
  const char *p = data, *end = data + len, *line;
  size_t n;
  memset(key, 0, sizeof *key);
  if (memchr(data, '\0', len)) return error_set(err, "not a minisign public key (binary data)");
  if (!pack_next_line(&p, end, &line, &n) || !starts_with(line, n, UNTRUSTED_PREFIX))
    return error_set(err, "not a minisign public key (line 1 must start with \"" UNTRUSTED_PREFIX "\")");
  if (n + 2 > MINISIGN_COMMENT_MAX) return error_set(err, "line 1 is too long for minisign");
  const char *comment = line + strlen(UNTRUSTED_PREFIX);
  size_t comment_len = n - strlen(UNTRUSTED_PREFIX);
  if (!pack_next_line(&p, end, &line, &n)) return error_set(err, "has no key (line 2 is missing)");
  uint8_t raw[B64_LINE_MAX];
  int got = base64_line(raw, sizeof raw, line, n);
  if (got < 0) return error_set(err, "line 2 is not base64");
  if (got != KEY_BYTES)
    return error_set(err, "line 2 holds %d bytes, a minisign public key has %d", got, KEY_BYTES);
  if (raw[0] != 'E' || raw[1] != 'd') {
    char alg[12];
    pack_quote(alg, sizeof alg, (const char *)raw, 2);
    return error_set(err, "key algorithm is \"%s\", minisign keys are \"Ed\"", alg);
  }
  for (; p < end; p++)
    if (*p != '\n' && *p != '\r') return error_set(err, "has text after the key (line 3)");
  memcpy(key->id, raw + 2, sizeof key->id);
  memcpy(key->pk, raw + 10, sizeof key->pk);
  keys_id_hex(key->id, key->id_hex);
  copy_comment(key->comment, sizeof key->comment, comment, comment_len);
  return true;
}

bool keys_add_file(TrustedKeys *keys, const char *file, Error *err) {
  size_t len = 0;
  char *data = fs_read_file(file, KEY_FILE_MAX, &len, err);
  if (!data) return false;
  TrustedKey key;
  bool ok = keys_parse_public(&key, data, len, err);
  free(data);
  if (!ok) return error_prefix(err, "%s", file);
  snprintf(key.path, sizeof key.path, "%s", file);
  for (int i = 0; i < keys->n; i++) {
    const TrustedKey *k = &keys->keys[i];
    if (memcmp(k->id, key.id, sizeof key.id) != 0) continue;
    if (memcmp(k->pk, key.pk, sizeof key.pk) == 0) return true; /* the same key twice */
    /* signatures name their key by id alone: two keys with one id would be ambiguous */
    return error_set(err, "%s: key id %s is already used by another key (%s)", file, key.id_hex, k->path);
  }
  if (keys->n >= KEYS_MAX) return error_set(err, "%s: more than %d trusted keys", file, KEYS_MAX);
  keys->keys[keys->n++] = key;
  return true;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

bool keys_add_dir(TrustedKeys *keys, const char *dir, Error *err) {
  DIR *d = opendir(dir);
  if (!d) {
    if (errno == ENOENT) return true; /* no keys installed: nothing can be imported */
    return error_set(err, "%s: %s", dir, strerror(errno));
  }
  char *names[KEYS_MAX + 1] = {NULL};
  int n = 0;
  bool ok = true;
  struct dirent *e;
  while (ok && (e = readdir(d)) != NULL) {
    size_t len = strlen(e->d_name);
    if (len <= 4 || strcmp(e->d_name + len - 4, ".pub") != 0) continue;
    if (n == KEYS_MAX) ok = error_set(err, "%s: more than %d key files", dir, KEYS_MAX);
    else names[n++] = xstrdup(e->d_name);
  }
  closedir(d);
  if (n > 1) qsort(names, (size_t)n, sizeof names[0], compare_names); /* the same order on every boot */
  for (int i = 0; i < n; i++) {
    char *path = path_join(dir, names[i]);
    struct stat st;
    if (ok && lstat(path, &st) != 0) ok = error_set(err, "%s: %s", path, strerror(errno));
    /* a key is trusted because it sits in this folder, so never through a link */
    if (ok && S_ISLNK(st.st_mode)) ok = error_set(err, "%s: is a link, not a key file", path);
    else if (ok && !S_ISREG(st.st_mode)) ok = error_set(err, "%s: not a regular file", path);
    if (ok) ok = keys_add_file(keys, path, err);
    free(path);
    free(names[i]);
  }
  return ok;
}

/* ---- signature files --------------------------------------------------------------- */

bool pack_sig_parse(PackSignature *sig, const char *data, size_t len, Error *err) {
  const char *p = data, *end = data + len, *line;
  size_t n;
  memset(sig, 0, sizeof *sig);
  if (memchr(data, '\0', len)) return error_set(err, "not a minisign signature (binary data)");
  if (!pack_next_line(&p, end, &line, &n) || !starts_with(line, n, UNTRUSTED_PREFIX))
    return error_set(err, "not a minisign signature (line 1 must start with \"" UNTRUSTED_PREFIX "\")");
  /* minisign reads each line with one fgets: a longer line is not one it can read */
  if (n + 2 > MINISIGN_COMMENT_MAX) return error_set(err, "line 1 is too long for minisign");

  uint8_t raw[B64_LINE_MAX];
  if (!pack_next_line(&p, end, &line, &n))
    return error_set(err, "is truncated after line 1 (a minisign signature has 4 lines)");
  if (base64_line(raw, sizeof raw, line, n) != SIG_BYTES)
    return error_set(err, "line 2 is not a minisign signature (base64 of %d bytes)", SIG_BYTES);
  memcpy(sig->alg, raw, 2);
  memcpy(sig->key_id, raw + 2, sizeof sig->key_id);
  memcpy(sig->sig, raw + 10, sizeof sig->sig);
  if (!(sig->alg[0] == 'E' && (sig->alg[1] == 'D' || sig->alg[1] == 'd')))
    return error_set(err, "unknown signature algorithm");

  if (!pack_next_line(&p, end, &line, &n))
    return error_set(err, "is truncated after line 2 (a minisign signature has 4 lines)");
  if (!starts_with(line, n, TRUSTED_PREFIX))
    return error_set(err, "line 3 must start with \"" TRUSTED_PREFIX "\"");
  if (n + 2 > MINISIGN_TRUSTED_COMMENT_MAX) return error_set(err, "the trusted comment is too long");
  sig->comment_len = n - strlen(TRUSTED_PREFIX);
  memcpy(sig->comment, line + strlen(TRUSTED_PREFIX), sig->comment_len);
  /* minisign cuts the comment at the first CR or LF before checking the global
     signature; any other control character is refused rather than interpreted */
  for (size_t i = 0; i < sig->comment_len; i++) {
    unsigned char c = (unsigned char)sig->comment[i];
    if ((c < 0x20 && c != '\t') || c == 0x7F)
      return error_set(err, "the trusted comment has a control character");
  }

  if (!pack_next_line(&p, end, &line, &n))
    return error_set(err, "is truncated after line 3 (a minisign signature has 4 lines)");
  if (base64_line(raw, sizeof raw, line, n) != GLOBAL_SIG_BYTES)
    return error_set(err, "line 4 is not a minisign global signature (base64 of %d bytes)", GLOBAL_SIG_BYTES);
  memcpy(sig->global_sig, raw, sizeof sig->global_sig);
  if (p < end) return error_set(err, "has more than 4 lines");
  return true;
}
