/* packs.h — lesson packs: verifying a pack folder against the keys the kiosk trusts,
   installing it atomically with the previous version kept for rollback, and the
   library of packs the kiosk can play (bundled with the software, and installed).

   A pack is a folder (DESIGN.md, "Packs"):
     pack.lua, lessons/NAME.lua, strings/LANG.lua, assets/...
     SHA256SUMS          `sha256sum` output for every other file of the pack
     SHA256SUMS.minisig  a minisign signature of SHA256SUMS whose trusted comment
                         says "pack=<id> version=<version>"
   The kiosk accepts exactly the packs that `minisign -Vm SHA256SUMS -p key.pub` and
   `sha256sum -c SHA256SUMS` accept, and that also keep to the path, link, size and
   version rules below. Every rejection is one line naming the file and the reason. */
#ifndef PACKS_PACKS_H
#define PACKS_PACKS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "core/log.h"
#include "lesson/lesson.h"

/* Limits: far above any real pack (the core pack is < 2 MB in < 100 files); they bound
   the memory and time a hostile stick can cost. */
#define PACK_MAX_FILES 2048
#define PACK_MAX_FILE_BYTES (64u << 20)    /* one narration or picture */
#define PACK_MAX_BYTES (512ull << 20)      /* a whole pack */
#define PACK_MAX_MANIFEST_BYTES (512u << 10)
#define PACK_MAX_SIG_BYTES (16u << 10)
#define PACK_MAX_DEPTH 8                   /* folders inside a pack */
#define PACK_SUMS "SHA256SUMS"
#define PACK_SIG "SHA256SUMS.minisig"

/* ---- trusted keys (minisign public keys) ------------------------------------------- */

#define KEYS_MAX 16

typedef struct TrustedKey {
  uint8_t id[8];          /* minisign key id */
  uint8_t pk[32];         /* Ed25519 public key */
  char id_hex[17];        /* as minisign prints it: "%016llX" of the little-endian id */
  char comment[128];      /* the .pub file's untrusted comment, for display */
  char path[256];         /* where it was read from */
} TrustedKey;

typedef struct TrustedKeys {
  TrustedKey keys[KEYS_MAX];
  int n;
} TrustedKeys;

/* Adds the minisign public key in FILE (2 lines: untrusted comment, base64). */
bool keys_add_file(TrustedKeys *keys, const char *file, Error *err);
/* Adds every *.pub file of DIR (a missing folder adds none and is not an error). */
bool keys_add_dir(TrustedKeys *keys, const char *dir, Error *err);

/* ---- verification ---------------------------------------------------------------- */

typedef struct PackFile {
  char *path;          /* pack-relative, as listed in SHA256SUMS */
  uint8_t sha256[32];
  uint64_t size;       /* filled in when the file is checked */
} PackFile;

/* A pack that passed every check. */
typedef struct Pack {
  char *dir;
  PackInfo *info;       /* pack.lua */
  char *id, *version;   /* from the signed trusted comment (equal to pack.lua's) */
  char signer[96];      /* the key that signed it: "program.pub (key id hex)" */
  PackFile *files;      /* every listed file, sorted by path */
  int nfiles;
  uint64_t bytes;       /* total of the listed files */
} Pack;

/* Checks DIR: signature by one of keys (prehashed "ED" only), trusted comment, every
   path and file type, every file's SHA-256, nothing unlisted, limits, pack.lua agreeing
   with the signed id and version, and the engine being new enough. NULL with err (one
   line, naming the file and the reason) on any failure. */
Pack *pack_verify(const char *dir, const TrustedKeys *keys, Error *err);
void pack_free(Pack *pack);
/* One line for staff: "core 1.1.0: 13 lessons in en ms th ne, signed by KEYID, all 61
   files OK". Caller frees. */
char *pack_describe(const Pack *pack);

/* ---- authoring ------------------------------------------------------------------- */

/* Checks DIR as a pack (pack.lua, paths, file types, limits) and writes SHA256SUMS
   for every file in it but the two signature files. */
bool pack_build(const char *dir, Error *err);
/* The trusted comment to sign with: "pack=<id> version=<version>". Caller frees. */
char *pack_trusted_comment(const char *dir, Error *err);

/* ---- the library in the data folder ---------------------------------------------- */

/* DATA/packs/ holds each installed version in its own folder (<id>@<version>) and one
   state file (DATA/packs/state.lua) saying which version of each pack is active, which
   one was active before (for rollback), the highest version ever installed (the
   anti-rollback mark: kept on disk, never the clock) and whether staff disabled it.
   Switching versions is one atomic rename of that state file. */

typedef struct InstalledPack {
  char id[48];
  char active[24];   /* version */
  char previous[24]; /* version kept for rollback, or "" */
  char highest[24];  /* highest version ever installed */
  bool disabled;
} InstalledPack;

#define LIBRARY_MAX_PACKS 32 /* a community centre has a handful */

typedef struct PackState {
  InstalledPack packs[LIBRARY_MAX_PACKS];
  int n;
} PackState;

bool pack_state_load(PackState *st, const char *data_dir, Error *err);
const InstalledPack *pack_state_find(const PackState *st, const char *id);

/* Called while copying: bytes done of total. Returning false cancels the install. */
typedef bool (*PackProgress)(void *ud, uint64_t done, uint64_t total);

/* Refuses a version not newer than the active one (or older than the highest ever
   installed). Copies into a staging folder in DATA, verifies the copy again (the
   stick may change under us), fsyncs, renames it into place, then switches the
   state file. On any failure DATA is as it was (leftover staging is removed). */
bool pack_install(const Pack *pack, const TrustedKeys *keys, const char *data_dir,
                  PackProgress progress, void *ud, Error *err);
/* Makes the previous version active again. */
bool pack_rollback(const char *data_dir, const char *id, Error *err);
bool pack_set_disabled(const char *data_dir, const char *id, bool disabled, Error *err);
/* Removes staging and trash left by an interrupted install (at start-up). */
void pack_cleanup(const char *data_dir);
/* The folder of an installed version. Caller frees. */
char *pack_installed_dir(const char *data_dir, const char *id, const char *version);

/* ---- what the kiosk can play ------------------------------------------------------- */

typedef struct LibraryPack {
  char *dir;
  PackInfo *info; /* NULL when the pack cannot be read */
  char *problem;  /* for staff: why it (or one of its lessons) cannot be used, or NULL */
  bool bundled;   /* shipped with the software (trusted as installed) */
  bool disabled;  /* staff switched it off */
} LibraryPack;

typedef struct Library {
  LibraryPack packs[LIBRARY_MAX_PACKS];
  int npacks;
} Library;

/* The packs in bundled_dir (each sub-folder with a pack.lua) and the active versions
   installed in DATA (data_dir may be NULL); an installed pack replaces a bundled one
   with the same id. Broken packs are listed with their problem, not left out, and each
   problem is also a line for log (which may be NULL). */
Library *library_open(const char *bundled_dir, const char *data_dir, const Log *log, Error *err);
/* True if the lesson's file is present (a missing file makes it unavailable). */
bool library_lesson_ok(const LibraryPack *pack, const PackLesson *lesson);
void library_free(Library *lib);

#endif
