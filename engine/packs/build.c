/* build.c — SHA256SUMS and the trusted comment, both ways: read from a pack being
   verified (untrusted bytes, so over a memory buffer that tests/fuzz/ can feed) and
   written for an author (pack_build, pack_trusted_comment), so that what the kiosk
   writes is exactly what it reads. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"
#include "packs/internal.h"
#include "screen/icon.h"

#define HEX_LEN 64        /* a SHA-256 in hex */
#define SUMS_TMP PACK_SUMS ".tmp" /* fs_write_atomic's temporary, left by a power cut */

/* ---- SHA256SUMS -------------------------------------------------------------------- */

typedef struct SumsLine {
  PackFile file;
  int line;
} SumsLine;

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10; /* `sha256sum -c` accepts upper case */
  return -1;
}

static bool parse_hex(const char *s, uint8_t out[32]) {
  for (int i = 0; i < 32; i++) {
    int hi = hex_digit(s[2 * i]), lo = hex_digit(s[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = (uint8_t)(hi << 4 | lo);
  }
  return true;
}

static int compare_lines(const void *a, const void *b) {
  const SumsLine *x = a, *y = b;
  int c = strcmp(x->file.path, y->file.path);
  return c ? c : x->line - y->line;
}

static bool is_name(const char *s, size_t n, const char *name) {
  return n == strlen(name) && memcmp(s, name, n) == 0;
}

/* One line as GNU sha256sum writes it: 64 hex digits, a space, a space (text mode) or
   '*' (binary mode), the name. The more lenient forms sha256sum -c also reads (BSD
   tags, one space, comments, blank lines, escaped names) are refused. */
static bool parse_sums_line(SumsLine *out, const char *line, size_t n, int lineno, Error *err) {
  char shown[PACK_SHOWN_MAX];
  if (n == 0) return error_set(err, "line %d is empty", lineno);
  if (line[0] == '\\')
    return error_set(err, "line %d: escaped name (sha256sum escapes names with a backslash "
                          "or a newline, which a pack may not have)", lineno);
  if (n < HEX_LEN + 3 || !parse_hex(line, out->file.sha256) || line[HEX_LEN] != ' ' ||
      (line[HEX_LEN + 1] != ' ' && line[HEX_LEN + 1] != '*'))
    return error_set(err, "line %d is not \"<sha256>  <path>\" as sha256sum writes it", lineno);
  const char *path = line + HEX_LEN + 2;
  size_t plen = n - HEX_LEN - 2;
  pack_quote(shown, sizeof shown, path, plen);
  const char *problem = pack_path_problem(path, plen);
  if (problem) return error_set(err, "line %d: %s: %s", lineno, shown, problem);
  if (is_name(path, plen, PACK_SUMS) || is_name(path, plen, PACK_SIG))
    return error_set(err, "line %d: lists %s, which cannot hold its own hash", lineno, shown);
  out->file.path = xstrndup(path, plen);
  out->file.size = 0;
  out->line = lineno;
  return true;
}

bool pack_sums_parse(const char *data, size_t len, PackFile **files, int *nfiles, Error *err) {
  *files = NULL;
  *nfiles = 0;
  SumsLine *v = xmalloc(sizeof *v * (PACK_MAX_FILES + 1));
  int n = 0, lineno = 0;
  const char *p = data, *end = data + len, *line;
  size_t ln;
  bool ok = true;
  while (ok && pack_next_line(&p, end, &line, &ln)) {
    lineno++;
    if (n == PACK_MAX_FILES) ok = error_set(err, "lists more than %d files", PACK_MAX_FILES);
    else if (parse_sums_line(&v[n], line, ln, lineno, err)) n++;
    else ok = false;
  }
  if (ok && n == 0) ok = error_set(err, "lists no files");
  if (ok) qsort(v, (size_t)n, sizeof *v, compare_lines);
  for (int i = 1; ok && i < n; i++)
    if (strcmp(v[i].file.path, v[i - 1].file.path) == 0) {
      char shown[PACK_SHOWN_MAX];
      pack_quote(shown, sizeof shown, v[i].file.path, strlen(v[i].file.path));
      ok = error_set(err, "line %d: %s is listed twice (first on line %d)", v[i].line, shown, v[i - 1].line);
    }
  if (ok) {
    *files = xmalloc(sizeof **files * (size_t)n);
    for (int i = 0; i < n; i++) (*files)[i] = v[i].file;
    *nfiles = n;
  } else {
    for (int i = 0; i < n; i++) free(v[i].file.path);
  }
  free(v);
  return ok;
}

void pack_files_free(PackFile *files, int nfiles) {
  for (int i = 0; i < nfiles; i++) free(files[i].path);
  free(files);
}

/* ---- the trusted comment ---------------------------------------------------------- */

static bool id_valid(const char *s) {
  size_t n = strlen(s);
  if (n == 0 || n > PACK_ID_MAX) return false;
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '-'))
      return false;
  return true;
}

bool pack_comment_parse(const char *comment, size_t len, char **id, char **version, Error *err) {
  *id = *version = NULL;
  char shown[PACK_SHOWN_MAX];
  const char *p = comment, *end = comment + len;
  bool ok = true;
  while (ok && p < end) {
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    const char *t = p;
    while (p < end && *p != ' ' && *p != '\t') p++;
    size_t tn = (size_t)(p - t);
    char **slot = NULL;
    size_t key = 0;
    if (tn >= 5 && memcmp(t, "pack=", 5) == 0) slot = id, key = 5;
    else if (tn >= 8 && memcmp(t, "version=", 8) == 0) slot = version, key = 8;
    if (!slot) continue; /* other tokens (a date, a note) are the author's */
    if (*slot) ok = error_set(err, "the trusted comment says %.*s twice", (int)key, t);
    else *slot = xstrndup(t + key, tn - key);
  }
  pack_quote(shown, sizeof shown, comment, len);
  if (ok && !*id) ok = error_set(err, "the trusted comment \"%s\" has no pack=<id>", shown);
  if (ok && !*version) ok = error_set(err, "the trusted comment \"%s\" has no version=<version>", shown);
  if (ok && !id_valid(*id)) {
    pack_quote(shown, sizeof shown, *id, strlen(*id));
    ok = error_set(err, "the trusted comment's pack=%s is not a pack id", shown);
  }
  if (ok && !version_valid(*version)) {
    pack_quote(shown, sizeof shown, *version, strlen(*version));
    ok = error_set(err, "the trusted comment's version=%s is not a version like 1.0.0", shown);
  }
  if (!ok) {
    free(*id);
    free(*version);
    *id = *version = NULL;
  }
  return ok;
}

/* ---- authoring --------------------------------------------------------------------- */

static bool tree_has(const PackTree *t, const char *path) {
  int lo = 0, hi = t->n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2, c = strcmp(t->files[mid].path, path);
    if (c == 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/* What pack_verify would refuse once signed, and a pack.lua naming files it lacks:
   better told now than by a kiosk in the field. */
static bool check_info(const PackInfo *p, const PackTree *t, Error *err) {
  if (!id_valid(p->id)) return error_set(err, "pack.lua: id longer than %d characters", PACK_ID_MAX);
  if (!tree_has(t, "pack.lua")) return error_set(err, "pack.lua: missing");
  for (int i = 0; i < p->nlessons; i++) {
    const PackLesson *l = &p->lessons[i];
    if (!tree_has(t, l->file))
      return error_set(err, "pack.lua: lesson %s names %s, which is not in the pack", l->id, l->file);
    if (l->icon && icon_named(l->icon) == ICON_COUNT) { /* a PNG in assets/, as the menu reads it */
      char *png = path_join("assets", l->icon);
      bool found = tree_has(t, png);
      free(png);
      if (!found)
        return error_set(err, "pack.lua: lesson %s names icon %s, which is neither in the pack's assets nor "
                              "one of the kiosk's drawn pictures", l->id, l->icon);
    }
  }
  return true;
}

static bool write_sums(int root, const char *dir, const PackTree *t, Error *err) {
  uint8_t (*sums)[32] = xmalloc(sizeof *sums * (size_t)(t->n > 0 ? t->n : 1));
  bool ok = pack_hash_tree(root, t, sums, err);
  Buf out = {0};
  for (int i = 0; ok && i < t->n; i++) {
    char hex[HEX_LEN + 1];
    sodium_bin2hex(hex, sizeof hex, sums[i], sizeof sums[i]);
    /* GNU sha256sum's text mode line; the tree is sorted by path in byte order */
    buf_printf(&out, "%s  %s\n", hex, t->files[i].path);
  }
  free(sums);
  if (ok && out.len > PACK_MAX_MANIFEST_BYTES)
    ok = error_set(err, PACK_SUMS ": would be %zu bytes, more than the %u allowed (shorter paths?)",
                   out.len, PACK_MAX_MANIFEST_BYTES);
  if (ok) {
    char *path = path_join(dir, PACK_SUMS);
    ok = fs_write_atomic(path, out.data, out.len, err);
    if (!ok) pack_strip_dir(err, dir);
    free(path);
  }
  buf_free(&out);
  return ok;
}

bool pack_build(const char *dir, Error *err) {
  Error local;
  if (!err) err = &local;
  char shown[PACK_SHOWN_MAX];
  pack_quote(shown, sizeof shown, dir, strlen(dir));
  if (sodium_init() < 0) return error_set(err, "pack %s: libsodium cannot start", shown);
  PackTree tree = {0};
  PackInfo *info = NULL;
  int root = pack_open_root(dir, err);
  bool ok = root >= 0 && pack_tree_read(&tree, root, err);
  /* never list our own temporary: fs_write_atomic is about to replace it */
  for (int i = 0; ok && i < tree.n; i++)
    if (strcmp(tree.files[i].path, SUMS_TMP) == 0) {
      free(tree.files[i].path);
      memmove(&tree.files[i], &tree.files[i + 1], sizeof tree.files[i] * (size_t)(tree.n - i - 1));
      tree.n--;
      break;
    }
  if (ok) {
    info = pack_info_load(dir, err);
    if (!info) pack_strip_dir(err, dir);
    ok = info && check_info(info, &tree, err);
  }
  ok = ok && write_sums(root, dir, &tree, err);
  if (!ok) error_prefix(err, "pack %s", shown);
  if (root >= 0) close(root);
  pack_info_free(info);
  pack_tree_free(&tree);
  return ok;
}

char *pack_trusted_comment(const char *dir, Error *err) {
  char shown[PACK_SHOWN_MAX];
  pack_quote(shown, sizeof shown, dir, strlen(dir));
  PackInfo *info = pack_info_load(dir, err);
  if (!info) {
    pack_strip_dir(err, dir);
    error_prefix(err, "pack %s", shown);
    return NULL;
  }
  char *text = xasprintf("pack=%s version=%s", info->id, info->version);
  pack_info_free(info);
  return text;
}
