/* internal.h — (internal to packs/) the parsers of untrusted bytes, written over memory
   buffers so they can be fuzzed (tests/fuzz/), and the folder walk and hashing shared by
   verification (verify.c) and authoring (build.c). */
#ifndef PACKS_INTERNAL_H
#define PACKS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "core/error.h"
#include "packs/packs.h"

/* ---- text and messages (keys.c, verify.c) ------------------------------------------- */

/* The next line of [*p, end): without its '\n' and one '\r' before it (minisign and
   sha256sum files may have been through Windows). False at the end of the text. */
bool pack_next_line(const char **p, const char *end, const char **line, size_t *len);

/* Copies s[0..n) into out for a one-line message: control and non-ASCII bytes become
   \xNN (a hostile name must not drive the terminal), long names end in "...". */
void pack_quote(char *out, size_t size, const char *s, size_t n);
#define PACK_SHOWN_MAX 160 /* bytes of a quoted name: the message stays one readable line */

/* pack_info_load names pack.lua by its full path; under a "pack DIR" prefix the
   pack-relative name is enough (verify.c). */
void pack_strip_dir(Error *err, const char *dir);

/* ---- minisign (keys.c) -------------------------------------------------------------- */

#define MINISIGN_COMMENT_MAX 1024         /* minisign's COMMENTMAXBYTES: one fgets line */
#define MINISIGN_TRUSTED_COMMENT_MAX 8192 /* minisign's TRUSTEDCOMMENTMAXBYTES, prefix in */

/* The text of a .pub file into key (key->path is left empty). err: the reason only. */
bool keys_parse_public(TrustedKey *key, const char *data, size_t len, Error *err);
/* A key id as minisign prints it: "%016llX" of the id read as a little-endian u64. */
void keys_id_hex(const uint8_t id[8], char out[17]);

typedef struct PackSignature {
  uint8_t alg[2];           /* "ED": Ed25519 over BLAKE2b-512 of the file; "Ed": legacy */
  uint8_t key_id[8];
  uint8_t sig[64];
  uint8_t global_sig[64];   /* over sig || comment */
  char comment[MINISIGN_TRUSTED_COMMENT_MAX]; /* trusted comment without its prefix */
  size_t comment_len;
} PackSignature;

/* The text of a .minisig file (4 lines). Accepts "ED" and "Ed"; the caller decides.
   err: the reason only. */
bool pack_sig_parse(PackSignature *sig, const char *data, size_t len, Error *err);

/* ---- SHA256SUMS and the trusted comment (build.c) ----------------------------------- */

/* GNU sha256sum output into *files (sorted by path, sizes 0; free with pack_files_free).
   err: "line N: ..." or the reason only. */
bool pack_sums_parse(const char *data, size_t len, PackFile **files, int *nfiles, Error *err);
void pack_files_free(PackFile *files, int nfiles);

/* "pack=<id> version=<version>" (space-separated tokens, others allowed) from an
   authenticated trusted comment. Caller frees *id and *version. */
bool pack_comment_parse(const char *comment, size_t len, char **id, char **version, Error *err);

#define PACK_ID_MAX 47 /* fits InstalledPack.id with its NUL */

/* ---- the folder (verify.c) ---------------------------------------------------------- */

#define PACK_PATH_MAX 200 /* core/fs.c's limit for a safe pack-relative name */

/* Why NAME (n bytes, any bytes) is not a safe normalised pack path, or NULL if it is. */
const char *pack_path_problem(const char *name, size_t n);

typedef struct PackEntry {
  char *path;       /* pack-relative */
  uint64_t size;
  dev_t dev;        /* what lstat saw: a file opened later must be this one */
  ino_t ino;
} PackEntry;

typedef struct PackTree {
  PackEntry *files; /* every regular file but the two signature files, sorted by path */
  int n;
  uint64_t bytes;
} PackTree;

/* Opens the pack folder itself (not through a link). -1 with err (no "pack" prefix). */
int pack_open_root(const char *dir, Error *err);
/* Lists the folder open at root without following links: refuses links, special
   files, unsafe names, folders deeper than PACK_MAX_DEPTH and the size and count
   limits. err names the pack-relative file. */
bool pack_tree_read(PackTree *tree, int root, Error *err);
void pack_tree_free(PackTree *tree);

#define PACK_HASH_BUFFER (1u << 20) /* big reads: a USB stick is slow per request */

/* SHA-256 of every file of tree into sums[i], refusing a file that is not the one the
   walk saw (a link or another file swapped in since, or one that grew). On failure err
   names the first such file in path order. */
bool pack_hash_tree(int root, const PackTree *tree, uint8_t (*sums)[32], Error *err);

#endif
