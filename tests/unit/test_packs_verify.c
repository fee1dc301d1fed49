/* test_packs_verify.c — checking a pack from a USB stick, against the stock tools.

   Keys are made and packs signed with Debian's minisign, SHA256SUMS written by GNU
   sha256sum: the kiosk must read what trainers' own tools write. Each bad pack below
   is a good pack broken one way, and must be refused with one exact line naming the
   file and the reason. The agreement test runs every pack, good and bad, through
   `minisign -H -Vm SHA256SUMS -p key.pub && sha256sum -c --strict SHA256SUMS`:
     - where the problem is the signature or a hash (STOCK), the kiosk and the stock
       tools must agree;
     - where it is one of the kiosk's own rules (KIOSK: paths, links, special files,
       unlisted files, limits, the lenient forms sha256sum -c also reads, pack.lua
       against the signed id and version), the stock tools may accept the pack and the
       kiosk must still refuse it. The row printed for each says what the tools did.
   -H makes minisign refuse legacy (non-prehashed) signatures, as the kiosk does. */
#include <fcntl.h>
#include <stdarg.h>
#include <sodium.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"
#include "packs/internal.h"
#include "packs/packs.h"
#include "testutil.h"

static char *keydir;                   /* trusted.{pub,sec}, other.{pub,sec}: per test case */
static char trusted_hex[17], other_hex[17];
static char *parent;                   /* holds the pack and a file "outside" it */
static char *dir;                      /* the pack: PARENT/core */
static TrustedKeys keys;

/* ---- helpers ----------------------------------------------------------------------- */

static int sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int sh(const char *fmt, ...) {
  char cmd[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  int rc = system(cmd);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

#define SH_OK(...) ck_assert_msg(sh(__VA_ARGS__) == 0, "command failed")

static char *in_pack(const char *rel) { return path_join(dir, rel); }

/* Writes n bytes to DIR/REL, creating folders. */
static void put(const char *rel, const void *data, size_t n) {
  char *path = in_pack(rel), *folder = path_dirname(path);
  Error err;
  ck_assert_msg(fs_mkdirs(folder, &err), "%s", err.msg);
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  ck_assert_uint_eq(fwrite(data, 1, n, f), n);
  fclose(f);
  free(folder);
  free(path);
}

static char *slurp(const char *rel, size_t *len) {
  char *path = in_pack(rel);
  Error err;
  char *s = fs_read_file(path, 64u << 20, len, &err);
  ck_assert_msg(s != NULL, "%s", err.msg);
  free(path);
  return s;
}

/* Replaces the first FROM in DIR/REL with TO. */
static void edit(const char *rel, const char *from, const char *to) {
  size_t len;
  char *s = slurp(rel, &len), *at = strstr(s, from);
  ck_assert_msg(at != NULL, "%s has no '%s'", rel, from);
  Buf b = {0};
  buf_add(&b, s, (size_t)(at - s));
  buf_adds(&b, to);
  buf_adds(&b, at + strlen(from));
  put(rel, b.data, b.len);
  buf_free(&b);
  free(s);
}

static void append(const char *rel, const char *text) {
  size_t len;
  char *s = slurp(rel, &len);
  Buf b = {0};
  buf_add(&b, s, len);
  buf_adds(&b, text);
  put(rel, b.data, b.len);
  buf_free(&b);
  free(s);
}

/* The line of DIR/REL containing NEEDLE, with its newline (caller frees). */
static char *line_with(const char *rel, const char *needle) {
  size_t len;
  char *s = slurp(rel, &len), *at = strstr(s, needle);
  ck_assert_ptr_nonnull(at);
  while (at > s && at[-1] != '\n') at--;
  char *nl = strchr(at, '\n');
  char *line = xstrndup(at, (size_t)(nl - at + 1));
  free(s);
  return line;
}

static void sparse(const char *rel, off_t size) {
  put(rel, "", 0);
  char *path = in_pack(rel);
  ck_assert_int_eq(truncate(path, size), 0);
  free(path);
}

/* Changes one byte of DIR/REL in place (same size, same file). */
static void flip(const char *rel, off_t at) {
  char *path = in_pack(rel);
  int fd = open(path, O_RDWR);
  ck_assert_int_ge(fd, 0);
  unsigned char c;
  ck_assert_int_eq(pread(fd, &c, 1, at), 1);
  c ^= 1;
  ck_assert_int_eq(pwrite(fd, &c, 1, at), 1);
  close(fd);
  free(path);
}

/* A small valid pack, not yet listed or signed. */
static void make_files(const char *min_engine) {
  char lua[512];
  snprintf(lua, sizeof lua,
           "return {\n  id = 'core', version = '1.2.0', min_engine = '%s',\n"
           "  languages = { 'en' },\n"
           "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 5 } },\n}\n",
           min_engine);
  test_write(dir, "pack.lua", lua);
  test_write(dir, "lessons/a.lua", "page { title = t 'a.title' }\n");
  test_write(dir, "strings/en.lua", "return { a = { title = 'Is this message real?' } }\n");
  unsigned char png[256];
  for (int i = 0; i < 256; i++) png[i] = (unsigned char)i;
  put("assets/x.png", png, sizeof png);
}

/* SHA256SUMS as a trainer makes it: GNU sha256sum over every file (links included,
   which sha256sum follows), sorted. OPTS go to sha256sum (--tag, -b). */
static void stock_sums_with(const char *opts) {
  SH_OK("cd '%s' && find . \\( -type f -o -type l \\) ! -path ./SHA256SUMS ! -path ./SHA256SUMS.minisig "
        "| sed 's|^\\./||' | LC_ALL=C sort | tr '\\n' '\\0' | xargs -0 -r sha256sum %s > SHA256SUMS",
        dir, opts);
}

static void stock_sums(void) { stock_sums_with(""); }

static void sign_as(const char *key, const char *comment, bool legacy) {
  SH_OK("minisign -S %s -s '%s/%s.sec' -m '%s/SHA256SUMS' -t '%s' >/dev/null", legacy ? "-l" : "", keydir, key,
        dir, comment);
}

static void sign(const char *comment) { sign_as("trusted", comment, false); }

static void good_pack(void) {
  make_files("0.1.0");
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void outside_file(void) { test_write(parent, "outside.txt", "not part of the pack\n"); }

/* "pack DIR: " + template with {other} (the untrusted key id) and {parent} filled in. */
static char *expected(const char *tmpl) {
  Buf b = {0};
  buf_printf(&b, "pack %s: ", dir);
  for (const char *p = tmpl; *p; p++) {
    if (strncmp(p, "{other}", 7) == 0) buf_adds(&b, other_hex), p += 6;
    else if (strncmp(p, "{parent}", 8) == 0) buf_adds(&b, parent), p += 7;
    else buf_addc(&b, *p);
  }
  return buf_take(&b);
}

static void expect_rejected(const char *tmpl) {
  Error err = {{0}};
  Pack *p = pack_verify(dir, &keys, &err);
  ck_assert_msg(p == NULL, "pack accepted");
  char *want = expected(tmpl);
  ck_assert_str_eq(err.msg, want);
  free(want);
}

static Pack *expect_verified(void) {
  Error err = {{0}};
  Pack *p = pack_verify(dir, &keys, &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  return p;
}

/* The stock tools' verdict on the pack: true if both accept. */
static bool stock_accepts(void) {
  return sh("cd '%s' && timeout 120 minisign -H -q -Vm SHA256SUMS -p '%s/trusted.pub' >/dev/null 2>&1 && "
            "timeout 120 sha256sum -c --strict --quiet SHA256SUMS >/dev/null 2>&1",
            dir, keydir) == 0;
}

/* ---- fixtures ---------------------------------------------------------------------- */

/* The key id minisign printed in the .pub's comment line, as the kiosk shows it. The
   bookworm minisign (0.11) prints it with "%" PRIX64, dropping leading zeros; later
   versions print "%016" PRIX64. The kiosk always shows 16 digits. */
static void printed_id(const char *name, char out[17]) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s.pub", keydir, name);
  Error err;
  char *s = fs_read_file(path, 4096, NULL, &err);
  ck_assert_msg(s != NULL, "%s", err.msg);
  const char *tag = "untrusted comment: minisign public key ";
  ck_assert_msg(strncmp(s, tag, strlen(tag)) == 0, "%s", s);
  const char *hex = s + strlen(tag);
  size_t n = strspn(hex, "0123456789ABCDEF");
  ck_assert_msg(n >= 1 && n <= 16 && hex[n] == '\n', "%s", s);
  memset(out, '0', 16 - n);
  memcpy(out + 16 - n, hex, n);
  out[16] = '\0';
  free(s);
}

static void make_keys(void) {
  keydir = test_tmpdir();
  for (int i = 0; i < 2; i++) {
    const char *name = i ? "other" : "trusted";
    ck_assert_int_eq(sh("minisign -G -W -p '%s/%s.pub' -s '%s/%s.sec' >/dev/null", keydir, name, keydir, name), 0);
  }
  printed_id("trusted", trusted_hex);
  printed_id("other", other_hex);
}

static void remove_keys(void) {
  test_rmtree(keydir);
  free(keydir);
}

static void setup(void) {
  parent = test_tmpdir();
  dir = path_join(parent, "core");
  ck_assert_int_eq(mkdir(dir, 0755), 0);
  memset(&keys, 0, sizeof keys);
  char *pub = path_join(keydir, "trusted.pub");
  Error err;
  ck_assert_msg(keys_add_file(&keys, pub, &err), "%s", err.msg);
  free(pub);
}

static void teardown(void) {
  test_rmtree(parent);
  free(parent);
  free(dir);
}

/* ---- bad packs: each a good pack broken one way ------------------------------------ */

static void make_untrusted_key(void) {
  make_files("0.1.0");
  stock_sums();
  sign_as("other", "pack=core version=1.2.0", false);
}

static void make_sums_changed(void) {
  good_pack();
  flip("SHA256SUMS", 10); /* in the first hash */
}

static void make_truncated_signature(void) {
  good_pack();
  size_t len;
  char *s = slurp("SHA256SUMS.minisig", &len);
  char *second = strchr(strchr(s, '\n') + 1, '\n');
  put("SHA256SUMS.minisig", s, (size_t)(second - s + 1)); /* lines 1 and 2 */
  free(s);
}

static void make_missing_signature(void) {
  good_pack();
  char *path = in_pack("SHA256SUMS.minisig");
  ck_assert_int_eq(unlink(path), 0);
  free(path);
}

static void make_trusted_comment_edited(void) {
  good_pack();
  edit("SHA256SUMS.minisig", "version=1.2.0", "version=9.9.9");
}

static void make_legacy_signature(void) {
  make_files("0.1.0");
  stock_sums();
  sign_as("trusted", "pack=core version=1.2.0", true);
}

static void make_signature_wrong_length(void) {
  good_pack();
  char *line = line_with("SHA256SUMS.minisig", "RU"); /* "ED" || ... in base64 */
  unsigned char raw[73] = {'E', 'D'};
  char b64[200];
  sodium_bin2base64(b64, sizeof b64, raw, sizeof raw, sodium_base64_VARIANT_ORIGINAL);
  strcat(b64, "\n");
  edit("SHA256SUMS.minisig", line, b64);
  free(line);
}

static void make_signature_extra_line(void) {
  good_pack();
  append("SHA256SUMS.minisig", "one more line\n");
}

static void make_missing_sums(void) {
  good_pack();
  char *path = in_pack("SHA256SUMS");
  ck_assert_int_eq(unlink(path), 0);
  free(path);
}

static void make_lesson_changed(void) {
  good_pack();
  edit("lessons/a.lua", "a.title", "b.title");
}

static void make_listed_file_deleted(void) {
  good_pack();
  char *path = in_pack("strings/en.lua");
  ck_assert_int_eq(unlink(path), 0);
  free(path);
}

static void make_listed_folder(void) {
  make_files("0.1.0");
  stock_sums();
  append("SHA256SUMS", "0000000000000000000000000000000000000000000000000000000000000000  assets\n");
  sign("pack=core version=1.2.0");
}

static void make_sums_lists_itself(void) {
  make_files("0.1.0");
  stock_sums();
  append("SHA256SUMS", "0000000000000000000000000000000000000000000000000000000000000000  SHA256SUMS\n");
  sign("pack=core version=1.2.0");
}

static void make_malformed_line(void) {
  make_files("0.1.0");
  stock_sums();
  append("SHA256SUMS", "this is not a checksum line\n");
  sign("pack=core version=1.2.0");
}

static void make_blank_line(void) {
  make_files("0.1.0");
  stock_sums();
  char *line = line_with("SHA256SUMS", "  pack.lua");
  char *two = xasprintf("\n%s", line);
  edit("SHA256SUMS", line, two);
  free(two);
  free(line);
  sign("pack=core version=1.2.0");
}

static void make_bsd_tag_line(void) {
  make_files("0.1.0");
  stock_sums_with("--tag");
  sign("pack=core version=1.2.0");
}

static void make_one_space_line(void) {
  make_files("0.1.0");
  stock_sums();
  edit("SHA256SUMS", "  lessons/a.lua", " lessons/a.lua");
  sign("pack=core version=1.2.0");
}

static void make_duplicate_path(void) {
  make_files("0.1.0");
  stock_sums();
  char *line = line_with("SHA256SUMS", "  lessons/a.lua");
  append("SHA256SUMS", line);
  free(line);
  sign("pack=core version=1.2.0");
}

static void make_dot_slash_path(void) {
  make_files("0.1.0");
  stock_sums();
  edit("SHA256SUMS", "  lessons/a.lua", "  ./lessons/a.lua");
  sign("pack=core version=1.2.0");
}

static void make_absolute_path(void) {
  make_files("0.1.0");
  outside_file();
  stock_sums();
  SH_OK("cd '%s' && sha256sum '%s/outside.txt' >> SHA256SUMS", dir, parent);
  sign("pack=core version=1.2.0");
}

static void make_dotdot_path(void) {
  make_files("0.1.0");
  outside_file();
  stock_sums();
  SH_OK("cd '%s' && sha256sum ../outside.txt >> SHA256SUMS", dir);
  sign("pack=core version=1.2.0");
}

static void make_windows_path(void) {
  make_files("0.1.0");
  stock_sums();
  edit("SHA256SUMS", "  lessons/a.lua", "  lessons\\a.lua");
  sign("pack=core version=1.2.0");
}

static void make_backslash_name(void) {
  make_files("0.1.0");
  test_write(dir, "assets/back\\slash.png", "x");
  stock_sums(); /* sha256sum writes this name escaped: "\<hash>  assets/back\\slash.png" */
  sign("pack=core version=1.2.0");
}

static void make_control_char_name(void) {
  make_files("0.1.0");
  test_write(dir, "assets/\x01.png", "x");
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void make_unlisted_file(void) {
  good_pack();
  test_write(dir, "assets/extra.png", "added after signing");
}

static void make_hidden_unlisted(void) {
  good_pack();
  test_write(dir, ".hidden", "added after signing");
}

static void make_non_ascii_name(void) {
  good_pack();
  test_write(dir, "assets/\xc3\xa9.png", "x");
}

static void make_symlink_inside(void) {
  make_files("0.1.0");
  SH_OK("ln -s x.png '%s/assets/link.png'", dir);
  stock_sums(); /* listed: sha256sum follows the link */
  sign("pack=core version=1.2.0");
}

static void make_symlink_outside(void) {
  make_files("0.1.0");
  outside_file();
  SH_OK("ln -s ../../outside.txt '%s/lessons/b.lua'", dir);
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void make_symlink_folder(void) {
  good_pack();
  SH_OK("ln -s /etc '%s/assets/etc'", dir);
}

static void make_fifo(void) {
  good_pack();
  char *path = in_pack("assets/pipe");
  ck_assert_int_eq(mkfifo(path, 0644), 0);
  free(path);
}

static void make_socket(void) {
  good_pack();
  char *path = in_pack("assets/sock");
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  ck_assert_uint_lt(strlen(path), sizeof addr.sun_path);
  strcpy(addr.sun_path, path);
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  ck_assert_int_eq(bind(fd, (struct sockaddr *)&addr, sizeof addr), 0);
  close(fd); /* the socket file stays */
  free(path);
}

static void make_oversize_file(void) {
  make_files("0.1.0");
  sparse("assets/big.bin", (off_t)PACK_MAX_FILE_BYTES + 1);
  stock_sums();
  sign("pack=core version=1.2.0");
}

/* Listed with made-up hashes: the kiosk must refuse on size before hashing anything,
   and hashing 540 MB twice would only slow the suite down. */
static void make_oversize_pack(void) {
  make_files("0.1.0");
  stock_sums();
  for (int i = 0; i < 9; i++) { /* 9 x 60 MiB: each file is allowed, the total is not */
    char rel[64], line[128];
    snprintf(rel, sizeof rel, "assets/big%d.bin", i);
    sparse(rel, (off_t)60 << 20);
    snprintf(line, sizeof line, "%064d  %s\n", 0, rel);
    append("SHA256SUMS", line);
  }
  sign("pack=core version=1.2.0");
}

static void make_too_many_files(void) {
  make_files("0.1.0");
  for (int i = 0; i <= PACK_MAX_FILES; i++) {
    char rel[64];
    snprintf(rel, sizeof rel, "assets/many/%04d.txt", i);
    test_write(dir, rel, "x");
  }
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void make_nested_too_deep(void) {
  make_files("0.1.0");
  test_write(dir, "assets/1/2/3/4/5/6/7/8/deep.png", "x"); /* 9 folders */
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void make_id_differs(void) {
  make_files("0.1.0");
  stock_sums();
  sign("pack=other version=1.2.0");
}

static void make_version_differs(void) {
  make_files("0.1.0");
  stock_sums();
  sign("pack=core version=1.3.0");
}

static void make_min_engine_too_new(void) {
  make_files("2.0.0");
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void make_comment_without_version(void) {
  make_files("0.1.0");
  stock_sums();
  sign("pack=core");
}

static void make_comment_without_pack(void) {
  make_files("0.1.0");
  stock_sums();
  sign("version=1.2.0");
}

/* name, STOCK (the stock tools must refuse it too) or KIOSK (a kiosk rule), message */
#define BAD_PACKS(X)                                                                                       \
  X(untrusted_key, STOCK, "SHA256SUMS.minisig: signed by key {other} that this kiosk does not trust")     \
  X(sums_changed, STOCK, "SHA256SUMS: does not match its signature (changed after signing?)")             \
  X(truncated_signature, STOCK,                                                                           \
    "SHA256SUMS.minisig: is truncated after line 2 (a minisign signature has 4 lines)")                   \
  X(missing_signature, STOCK, "SHA256SUMS.minisig: missing (the pack is not signed)")                      \
  X(trusted_comment_edited, STOCK,                                                                        \
    "SHA256SUMS.minisig: the trusted comment does not match its signature (edited after signing?)")        \
  X(legacy_signature, STOCK, "SHA256SUMS.minisig: legacy signature (minisign -l): sign again without -l")  \
  X(signature_wrong_length, STOCK,                                                                        \
    "SHA256SUMS.minisig: line 2 is not a minisign signature (base64 of 74 bytes)")                         \
  X(signature_extra_line, KIOSK, "SHA256SUMS.minisig: has more than 4 lines")                              \
  X(missing_sums, STOCK, "SHA256SUMS: missing")                                                            \
  X(lesson_changed, STOCK, "lessons/a.lua: changed after signing (its SHA-256 is not the one in SHA256SUMS)")                             \
  X(listed_file_deleted, STOCK, "strings/en.lua: listed in SHA256SUMS but missing")                        \
  X(listed_folder, STOCK, "assets: listed in SHA256SUMS but is a folder")                                  \
  X(sums_lists_itself, STOCK, "SHA256SUMS: line 5: lists SHA256SUMS, which cannot hold its own hash")      \
  X(malformed_line, STOCK,                                                                                 \
    "SHA256SUMS: line 5 is not \"<sha256>  <path>\" as sha256sum writes it")                               \
  X(blank_line, KIOSK, "SHA256SUMS: line 3 is empty")                                                      \
  X(bsd_tag_line, KIOSK, "SHA256SUMS: line 1 is not \"<sha256>  <path>\" as sha256sum writes it")          \
  X(one_space_line, KIOSK, "SHA256SUMS: line 2 is not \"<sha256>  <path>\" as sha256sum writes it")        \
  X(duplicate_path, KIOSK, "SHA256SUMS: line 5: lessons/a.lua is listed twice (first on line 2)")          \
  X(dot_slash_path, KIOSK,                                                                                \
    "SHA256SUMS: line 2: ./lessons/a.lua: path not written plainly (no ./, // or trailing /)")             \
  X(absolute_path, KIOSK, "SHA256SUMS: line 5: {parent}/outside.txt: absolute path")                       \
  X(dotdot_path, KIOSK, "SHA256SUMS: line 5: ../outside.txt: '..' in the path")                            \
  X(windows_path, KIOSK, "SHA256SUMS: line 2: lessons\\a.lua: backslash in the path")                       \
  X(backslash_name, KIOSK,                                                                                 \
    "SHA256SUMS: line 1: escaped name (sha256sum escapes names with a backslash or a newline, which a "   \
    "pack may not have)")                                                                                  \
  X(control_char_name, KIOSK, "SHA256SUMS: line 1: assets/\\x01.png: control character in the path")      \
  X(unlisted_file, KIOSK, "assets/extra.png: not listed in SHA256SUMS")                                   \
  X(hidden_unlisted, KIOSK, ".hidden: not listed in SHA256SUMS")                                          \
  X(non_ascii_name, KIOSK, "assets/\\xc3\\xa9.png: non-ASCII character in the path")                       \
  X(symlink_inside, KIOSK, "assets/link.png: is a symbolic link (links are not allowed in a pack)")       \
  X(symlink_outside, KIOSK, "lessons/b.lua: is a symbolic link (links are not allowed in a pack)")        \
  X(symlink_folder, KIOSK, "assets/etc: is a symbolic link (links are not allowed in a pack)")            \
  X(fifo, KIOSK, "assets/pipe: is a FIFO (only files and folders are allowed in a pack)")                 \
  X(socket, KIOSK, "assets/sock: is a socket (only files and folders are allowed in a pack)")             \
  X(oversize_file, KIOSK, "assets/big.bin: 67108865 bytes, more than the 64 MiB allowed for one file")    \
  X(oversize_pack, KIOSK, "assets/big8.bin: the pack is larger than the 512 MiB allowed")                 \
  X(too_many_files, KIOSK, "SHA256SUMS: lists more than 2048 files")                                      \
  X(nested_too_deep, KIOSK, "assets/1/2/3/4/5/6/7/8: folders nested more than 8 deep")                     \
  X(id_differs, KIOSK, "pack.lua says id core but the signature says other")                              \
  X(version_differs, KIOSK, "pack.lua says version 1.2.0 but the signature says 1.3.0")                   \
  X(min_engine_too_new, KIOSK, "pack.lua: needs kiosk 2.0.0 or newer (this is " KIOSK_VERSION ")")       \
  X(comment_without_version, KIOSK,                                                                       \
    "SHA256SUMS.minisig: the trusted comment \"pack=core\" has no version=<version>")                      \
  X(comment_without_pack, KIOSK, "SHA256SUMS.minisig: the trusted comment \"version=1.2.0\" has no pack=<id>")

typedef enum { STOCK, KIOSK } Rule;

typedef struct BadPack {
  const char *name;
  void (*make)(void);
  Rule rule;
  const char *message;
} BadPack;

#define BAD_ROW(name, rule, message) {#name, make_##name, rule, message},
static const BadPack BAD[] = {BAD_PACKS(BAD_ROW)};
#define NBAD ((int)(sizeof BAD / sizeof BAD[0]))

#define BAD_TEST(name, rule, message)                                                                      \
  START_TEST(test_rejects_##name) {                                                                        \
    make_##name();                                                                                         \
    expect_rejected(message);                                                                              \
  }                                                                                                        \
  END_TEST
BAD_PACKS(BAD_TEST)

START_TEST(test_rejects_device) {
  good_pack();
  char *path = in_pack("assets/null");
  int rc = mknod(path, S_IFCHR | 0644, makedev(1, 3));
  free(path);
  if (rc != 0) return; /* needs CAP_MKNOD; the FIFO and socket tests cover the same branch */
  expect_rejected("assets/null: is a character device (only files and folders are allowed in a pack)");
}
END_TEST

START_TEST(test_rejects_pack_folder_that_is_a_link) {
  good_pack();
  char *link = path_join(parent, "link");
  ck_assert_int_eq(symlink(dir, link), 0);
  Error err;
  ck_assert_ptr_null(pack_verify(link, &keys, &err));
  char *want = xasprintf("pack %s: is a link, not a folder (links are not allowed in a pack)", link);
  ck_assert_str_eq(err.msg, want);
  free(want);
  free(link);
}
END_TEST

START_TEST(test_rejects_with_no_trusted_keys) {
  good_pack();
  TrustedKeys none = {.n = 0};
  Error err;
  ck_assert_ptr_null(pack_verify(dir, &none, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "that this kiosk does not trust"));
}
END_TEST

/* ---- good packs ------------------------------------------------------------------- */

static void make_good(void) { good_pack(); }

static void make_uppercase_hex(void) {
  make_files("0.1.0");
  stock_sums();
  SH_OK("cd '%s' && sed -i 's/^[0-9a-f]*/\\U&/' SHA256SUMS", dir); /* sha256sum -c accepts it */
  sign("pack=core version=1.2.0");
}

static void make_binary_mode(void) {
  make_files("0.1.0");
  stock_sums_with("-b");
  sign("pack=core version=1.2.0");
}

static void make_crlf_lines(void) {
  make_files("0.1.0");
  stock_sums();
  SH_OK("cd '%s' && sed -i 's/$/\\r/' SHA256SUMS", dir);
  sign("pack=core version=1.2.0");
}

static void make_depth_8(void) {
  make_files("0.1.0");
  test_write(dir, "assets/1/2/3/4/5/6/7/deep.png", "x"); /* 8 folders: the limit */
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void make_hidden_listed(void) {
  make_files("0.1.0");
  test_write(dir, ".hidden", "listed like any other file");
  stock_sums();
  sign("pack=core version=1.2.0");
}

static void make_more_comment_tokens(void) {
  make_files("0.1.0");
  stock_sums();
  sign("pack=core version=1.2.0 date=2024-05-01 by=trainer");
}

static void make_built(void) {
  make_files("0.1.0");
  Error err;
  ck_assert_msg(pack_build(dir, &err), "%s", err.msg);
  char *comment = pack_trusted_comment(dir, &err);
  ck_assert_msg(comment != NULL, "%s", err.msg);
  sign(comment);
  free(comment);
}

#define GOOD_PACKS(X) \
  X(good) X(uppercase_hex) X(binary_mode) X(crlf_lines) X(depth_8) X(hidden_listed) X(more_comment_tokens) X(built)

typedef struct GoodPack {
  const char *name;
  void (*make)(void);
} GoodPack;

#define GOOD_ROW(name) {#name, make_##name},
static const GoodPack GOOD[] = {GOOD_PACKS(GOOD_ROW)};
#define NGOOD ((int)(sizeof GOOD / sizeof GOOD[0]))

START_TEST(test_accepts_good_packs) {
  GOOD[_i].make();
  Pack *p = expect_verified();
  ck_assert_str_eq(p->id, "core");
  ck_assert_str_eq(p->version, "1.2.0");
  pack_free(p);
}
END_TEST

static uint64_t file_size(const char *rel) {
  char *path = in_pack(rel);
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  free(path);
  return (uint64_t)st.st_size;
}

START_TEST(test_verified_pack_fields) {
  good_pack();
  Pack *p = expect_verified();
  ck_assert_str_eq(p->dir, dir);
  ck_assert_str_eq(p->id, "core");
  ck_assert_str_eq(p->version, "1.2.0");
  char signer[96];
  snprintf(signer, sizeof signer, "trusted.pub (%s)", trusted_hex);
  ck_assert_str_eq(p->signer, signer);
  ck_assert_ptr_nonnull(p->info);
  ck_assert_str_eq(p->info->id, "core");
  ck_assert_int_eq(p->info->nlessons, 1);
  const char *want[] = {"assets/x.png", "lessons/a.lua", "pack.lua", "strings/en.lua"};
  ck_assert_int_eq(p->nfiles, 4);
  uint64_t total = 0;
  for (int i = 0; i < 4; i++) {
    ck_assert_str_eq(p->files[i].path, want[i]);
    ck_assert_uint_eq(p->files[i].size, file_size(want[i]));
    total += p->files[i].size;
  }
  ck_assert_uint_eq(p->bytes, total);
  /* the hash recorded is the file's SHA-256 */
  size_t len;
  char *png = slurp("assets/x.png", &len);
  uint8_t sum[32];
  crypto_hash_sha256(sum, (const uint8_t *)png, len);
  ck_assert_mem_eq(p->files[0].sha256, sum, 32);
  free(png);
  pack_free(p);
}
END_TEST

START_TEST(test_hashing_in_parallel_reports_the_first_bad_file) {
  make_files("0.1.0");
  uint8_t *noise = xmalloc(3u << 20);
  for (int i = 0; i < 4; i++) { /* 12 MiB: enough for several hashing threads */
    char rel[64];
    snprintf(rel, sizeof rel, "assets/big%d.bin", i);
    randombytes_buf(noise, 3u << 20);
    put(rel, noise, 3u << 20);
  }
  free(noise);
  stock_sums();
  sign("pack=core version=1.2.0");
  pack_free(expect_verified());
  for (int i = 3; i >= 1; i -= 2) { /* big3 and big1 broken: big1 comes first in path order */
    char rel[64];
    snprintf(rel, sizeof rel, "assets/big%d.bin", i);
    flip(rel, 2 << 20);
  }
  expect_rejected("assets/big1.bin: changed after signing (its SHA-256 is not the one in SHA256SUMS)");
}
END_TEST

/* Between the walk and the hashing a hostile stick can swap a file: the hash is only
   taken of the very file (device and inode) the walk checked, at the size it had. */
START_TEST(test_file_changed_after_the_walk) {
  good_pack();
  Error err;
  int root = pack_open_root(dir, &err);
  ck_assert_int_ge(root, 0);
  PackTree tree;
  uint8_t sums[8][32];
  const char *changed = "lessons/a.lua: changed while the pack was being checked";

  ck_assert_msg(pack_tree_read(&tree, root, &err), "%s", err.msg);
  test_write(dir, "lessons/new.lua", "page { title = t 'a.title' }\n"); /* same bytes, new file */
  char *a = in_pack("lessons/a.lua"), *b = in_pack("lessons/new.lua");
  ck_assert_int_eq(rename(b, a), 0);
  ck_assert(!pack_hash_tree(root, &tree, sums, &err));
  ck_assert_str_eq(err.msg, changed);
  pack_tree_free(&tree);

  ck_assert_msg(pack_tree_read(&tree, root, &err), "%s", err.msg);
  append("lessons/a.lua", "-- grown\n");
  ck_assert(!pack_hash_tree(root, &tree, sums, &err));
  ck_assert_str_eq(err.msg, changed);
  pack_tree_free(&tree);

  ck_assert_msg(pack_tree_read(&tree, root, &err), "%s", err.msg);
  ck_assert_int_eq(unlink(a), 0);
  ck_assert_int_eq(symlink("/etc/passwd", a), 0);
  ck_assert(!pack_hash_tree(root, &tree, sums, &err));
  ck_assert_str_eq(err.msg, changed);
  pack_tree_free(&tree);

  free(a);
  free(b);
  close(root);
}
END_TEST

/* ---- agreement with the stock tools ------------------------------------------------ */

START_TEST(test_bad_packs_agree_with_stock_tools) {
  const BadPack *b = &BAD[_i];
  b->make();
  bool stock = stock_accepts();
  Error err;
  Pack *p = pack_verify(dir, &keys, &err);
  printf("agreement: %-24s %-5s stock tools %-6s kiosk %s\n", b->name, b->rule == STOCK ? "STOCK" : "KIOSK",
         stock ? "accept" : "reject", p ? "accept" : "reject");
  fflush(stdout);
  ck_assert_msg(p == NULL, "%s: the kiosk accepted it", b->name);
  if (b->rule == STOCK) ck_assert_msg(!stock, "%s: the stock tools accepted it", b->name);
}
END_TEST

START_TEST(test_good_packs_agree_with_stock_tools) {
  GOOD[_i].make();
  bool stock = stock_accepts();
  Error err;
  Pack *p = pack_verify(dir, &keys, &err);
  printf("agreement: %-24s GOOD  stock tools %-6s kiosk %s\n", GOOD[_i].name, stock ? "accept" : "reject",
         p ? "accept" : "reject");
  fflush(stdout);
  ck_assert_msg(stock, "%s: the stock tools refused it", GOOD[_i].name);
  ck_assert_msg(p != NULL, "%s: %s", GOOD[_i].name, err.msg);
  pack_free(p);
}
END_TEST

/* ---- authoring --------------------------------------------------------------------- */

START_TEST(test_build_writes_what_sha256sum_writes) {
  make_files("0.1.0");
  test_write(dir, "assets/a b.png", "a space is fine");
  test_write(dir, "assets/a.b/c.png", "sorted in byte order: 'a.b/' before 'a/'");
  test_write(dir, "assets/a/c.png", "x");
  test_write(dir, ".hidden", "hidden files are listed too");
  Error err;
  ck_assert_msg(pack_build(dir, &err), "%s", err.msg);
  size_t len;
  char *ours = slurp("SHA256SUMS", &len);
  stock_sums();
  char *theirs = slurp("SHA256SUMS", &len);
  ck_assert_str_eq(ours, theirs);
  free(ours);
  free(theirs);
  ck_assert_int_eq(sh("cd '%s' && sha256sum -c --strict --quiet SHA256SUMS", dir), 0);
}
END_TEST

START_TEST(test_build_output_passes_stock_tools_and_verifies) {
  make_files("0.1.0");
  Error err;
  ck_assert_msg(pack_build(dir, &err), "%s", err.msg);
  char *comment = pack_trusted_comment(dir, &err);
  ck_assert_str_eq(comment, "pack=core version=1.2.0");
  sign(comment);
  free(comment);
  ck_assert_int_eq(sh("cd '%s' && sha256sum -c --strict --quiet SHA256SUMS", dir), 0);
  ck_assert_int_eq(sh("cd '%s' && minisign -Vm SHA256SUMS -p '%s/trusted.pub' >/dev/null", dir, keydir), 0);
  pack_free(expect_verified());
}
END_TEST

START_TEST(test_build_over_an_old_signature) {
  good_pack();
  test_write(dir, "lessons/a.lua", "page { title = t 'a.new_title' }\n");
  Error err;
  ck_assert_msg(pack_build(dir, &err), "%s", err.msg);
  expect_rejected("SHA256SUMS: does not match its signature (changed after signing?)");
  sign("pack=core version=1.2.0");
  pack_free(expect_verified());
}

END_TEST

static void expect_build_fails(const char *tmpl) {
  Error err;
  ck_assert(!pack_build(dir, &err));
  char *want = expected(tmpl);
  ck_assert_str_eq(err.msg, want);
  free(want);
  char *sums = in_pack("SHA256SUMS");
  ck_assert_msg(!fs_is_file(sums), "SHA256SUMS written for a bad pack");
  free(sums);
}

START_TEST(test_build_rejects_a_link) {
  make_files("0.1.0");
  SH_OK("ln -s x.png '%s/assets/link.png'", dir);
  expect_build_fails("assets/link.png: is a symbolic link (links are not allowed in a pack)");
}
END_TEST

START_TEST(test_build_rejects_a_fifo) {
  make_files("0.1.0");
  char *path = in_pack("assets/pipe");
  ck_assert_int_eq(mkfifo(path, 0644), 0);
  free(path);
  expect_build_fails("assets/pipe: is a FIFO (only files and folders are allowed in a pack)");
}
END_TEST

START_TEST(test_build_rejects_an_unsafe_name) {
  make_files("0.1.0");
  test_write(dir, "assets/new\nline.png", "x");
  expect_build_fails("assets/new\\x0aline.png: control character in the path");
}
END_TEST

START_TEST(test_build_rejects_deep_folders) {
  make_files("0.1.0");
  test_write(dir, "a/b/c/d/e/f/g/h/i/x.png", "x");
  expect_build_fails("a/b/c/d/e/f/g/h/i: folders nested more than 8 deep");
}
END_TEST

START_TEST(test_build_rejects_too_many_files) {
  make_files("0.1.0");
  for (int i = 0; i < PACK_MAX_FILES; i++) { /* with the 4 files of the pack: 2052 */
    char rel[64];
    snprintf(rel, sizeof rel, "assets/many/%04d.txt", i);
    test_write(dir, rel, "x");
  }
  expect_build_fails("assets/x.png: the pack has more than 2048 files"); /* after many/ */
}
END_TEST

START_TEST(test_build_rejects_a_missing_lesson_file) {
  make_files("0.1.0");
  char *path = in_pack("lessons/a.lua");
  ck_assert_int_eq(unlink(path), 0);
  free(path);
  expect_build_fails("pack.lua: lesson a names lessons/a.lua, which is not in the pack");
}
END_TEST

/* A lesson's icon is a PNG in the pack or a picture the kiosk draws; a typo in either
   is caught when the pack is built, not on a kiosk's menu. */
static void with_icon(const char *icon) {
  make_files("0.1.0");
  char lua[512];
  snprintf(lua, sizeof lua,
           "return {\n  id = 'core', version = '1.2.0', min_engine = '0.1.0',\n  languages = { 'en' },\n"
           "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 5, icon = '%s' } },\n}\n",
           icon);
  test_write(dir, "pack.lua", lua);
}

START_TEST(test_build_accepts_icons_drawn_or_in_the_pack) {
  Error err;
  with_icon("suitcase");
  ck_assert_msg(pack_build(dir, &err), "%s", err.msg);
  with_icon("x.png");
  ck_assert_msg(pack_build(dir, &err), "%s", err.msg);
}
END_TEST

START_TEST(test_build_rejects_an_unknown_icon) {
  with_icon("suitcsae");
  expect_build_fails("pack.lua: lesson a names icon suitcsae, which is neither in the pack's assets nor "
                     "one of the kiosk's drawn pictures");
}
END_TEST

START_TEST(test_build_rejects_a_broken_pack_lua) {
  make_files("0.1.0");
  test_write(dir, "pack.lua", "return { id = 'core', version = 'one' }\n");
  expect_build_fails("pack.lua: version must look like \"1.0.0\"");
}
END_TEST

START_TEST(test_trusted_comment_needs_pack_lua) {
  Error err;
  ck_assert_ptr_null(pack_trusted_comment(dir, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "pack.lua"));
}
END_TEST

/* ---- the parsers, over memory -------------------------------------------------------- */

static const char *sums_error(const char *text) {
  static Error err;
  PackFile *files;
  int n;
  if (pack_sums_parse(text, strlen(text), &files, &n, &err)) {
    pack_files_free(files, n);
    return "accepted";
  }
  return err.msg;
}

#define H64 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

START_TEST(test_sums_parser) {
  ck_assert_str_eq(sums_error(H64 "  a\n" H64 " *b/c\n"), "accepted");
  ck_assert_str_eq(sums_error(H64 "  a"), "accepted"); /* no final newline, as sha256sum -c */
  ck_assert_str_eq(sums_error(""), "lists no files");
  ck_assert_str_eq(sums_error(H64 "  a/\n"), "line 1: a/: path not written plainly (no ./, // or trailing /)");
  ck_assert_str_eq(sums_error(H64 "  a//b\n"), "line 1: a//b: path not written plainly (no ./, // or trailing /)");
  ck_assert_str_eq(sums_error(H64 "  a/./b\n"), "line 1: a/./b: path not written plainly (no ./, // or trailing /)");
  ck_assert_str_eq(sums_error(H64 "  a/../../b\n"), "line 1: a/../../b: '..' in the path");
  ck_assert_str_eq(sums_error(H64 "  \n"), "line 1 is not \"<sha256>  <path>\" as sha256sum writes it");
  ck_assert_str_eq(sums_error(H64 "0  a\n"), "line 1 is not \"<sha256>  <path>\" as sha256sum writes it");
  ck_assert_str_eq(sums_error("g" H64 " a\n"), "line 1 is not \"<sha256>  <path>\" as sha256sum writes it");
  ck_assert_str_eq(sums_error(H64 "  SHA256SUMS.minisig\n"),
                   "line 1: lists SHA256SUMS.minisig, which cannot hold its own hash");
  ck_assert_str_eq(sums_error(H64 "  a\x7f\n"), "line 1: a\\x7f: control character in the path");
  ck_assert_str_eq(sums_error(H64 "  a\r\r\n"), "line 1: a\\x0d: control character in the path");
  char long_path[202], shown[160];
  memset(long_path, 'x', 201);
  long_path[201] = '\0';
  memset(shown, 'x', 156); /* what a message shows of it */
  strcpy(shown + 156, "...");
  char *text = xasprintf(H64 "  %s\n", long_path), *want = xasprintf("line 1: %s: path longer than 200 characters", shown);
  ck_assert_str_eq(sums_error(text), want);
  free(want);
  free(text);
  PackFile *files;
  int n;
  Error err;
  const char *two = H64 "  b\n" H64 "  a\n";
  ck_assert(pack_sums_parse(two, strlen(two), &files, &n, &err));
  ck_assert_int_eq(n, 2);
  ck_assert_str_eq(files[0].path, "a"); /* sorted */
  ck_assert_uint_eq(files[1].sha256[0], 0xe3);
  pack_files_free(files, n);
}
END_TEST

static const char *comment_error(const char *comment) {
  static Error err;
  char *id, *version;
  if (pack_comment_parse(comment, strlen(comment), &id, &version, &err)) {
    free(id);
    free(version);
    return "accepted";
  }
  return err.msg;
}

START_TEST(test_trusted_comment_parser) {
  ck_assert_str_eq(comment_error("pack=core version=1.0.0"), "accepted");
  ck_assert_str_eq(comment_error("  version=1.0.0\tpack=core  note=x "), "accepted");
  ck_assert_str_eq(comment_error("pack=core version=1.0.0 pack=evil"), "the trusted comment says pack= twice");
  ck_assert_str_eq(comment_error("pack=Core version=1.0.0"), "the trusted comment's pack=Core is not a pack id");
  ck_assert_str_eq(comment_error("pack=core version=1.0.x"),
                   "the trusted comment's version=1.0.x is not a version like 1.0.0");
  ck_assert_str_eq(comment_error("pack= version=1.0.0"), "the trusted comment's pack= is not a pack id");
  ck_assert_str_eq(comment_error("timestamp:1700000000\tfile:SHA256SUMS"),
                   "the trusted comment \"timestamp:1700000000\\x09file:SHA256SUMS\" has no pack=<id>");
}
END_TEST

/* ---- trusted keys ------------------------------------------------------------------ */

static char *write_key(const char *name, const char *text) {
  test_write(parent, name, text);
  return path_join(parent, name);
}

static char *key_text(const uint8_t *raw, size_t n) {
  char b64[200];
  sodium_bin2base64(b64, sizeof b64, raw, n, sodium_base64_VARIANT_ORIGINAL);
  return xasprintf("untrusted comment: test key\n%s\n", b64);
}

static void expect_key_error(const char *text, const char *reason) {
  char *path = write_key("bad.pub", text);
  TrustedKeys k = {.n = 0};
  Error err;
  ck_assert(!keys_add_file(&k, path, &err));
  char *want = xasprintf("%s: %s", path, reason);
  ck_assert_str_eq(err.msg, want);
  ck_assert_int_eq(k.n, 0);
  free(want);
  free(path);
}

START_TEST(test_key_file_as_minisign_wrote_it) {
  TrustedKeys k = {.n = 0};
  char *path = path_join(keydir, "other.pub");
  Error err;
  ck_assert_msg(keys_add_file(&k, path, &err), "%s", err.msg);
  ck_assert_int_eq(k.n, 1);
  ck_assert_str_eq(k.keys[0].id_hex, other_hex); /* as `minisign -G` printed it */
  ck_assert_str_eq(k.keys[0].path, path);
  ck_assert_ptr_nonnull(strstr(other_hex, k.keys[0].comment + strlen("minisign public key ")));
  ck_assert_int_eq(strncmp(k.keys[0].comment, "minisign public key ", 20), 0);
  /* the key bytes are the base64 line's, after "Ed" and the id */
  char *line = NULL;
  size_t cap = 0;
  FILE *f = fopen(path, "r");
  ck_assert_int_gt(getline(&line, &cap, f), 0);
  ck_assert_int_gt(getline(&line, &cap, f), 0);
  fclose(f);
  uint8_t raw[42];
  size_t got;
  ck_assert_int_eq(sodium_base642bin(raw, sizeof raw, line, 56, NULL, &got, NULL, sodium_base64_VARIANT_ORIGINAL), 0);
  ck_assert_mem_eq(k.keys[0].id, raw + 2, 8);
  ck_assert_mem_eq(k.keys[0].pk, raw + 10, 32);
  free(line);
  ck_assert_msg(keys_add_file(&k, path, &err), "%s", err.msg); /* the same key again */
  ck_assert_int_eq(k.n, 1);
  free(path);
}
END_TEST

START_TEST(test_key_wrong_length) {
  uint8_t raw[43] = {'E', 'd'};
  char *text = key_text(raw, 41);
  expect_key_error(text, "line 2 holds 41 bytes, a minisign public key has 42");
  free(text);
  text = key_text(raw, 43);
  expect_key_error(text, "line 2 holds 43 bytes, a minisign public key has 42");
  free(text);
}
END_TEST

START_TEST(test_key_bad_base64) {
  expect_key_error("untrusted comment: x\nRWRh3xJWWhKmuIu5LyCC4TwuThrJZghQ0tDirAFohi0xV6cbjc299Ie!\n",
                   "line 2 is not base64");
  expect_key_error("untrusted comment: x\n\n", "line 2 is not base64");
}
END_TEST

START_TEST(test_key_wrong_algorithm) {
  uint8_t raw[42] = {'E', 'D'};
  char *text = key_text(raw, 42);
  expect_key_error(text, "key algorithm is \"ED\", minisign keys are \"Ed\"");
  free(text);
}
END_TEST

START_TEST(test_key_without_comment_line) {
  expect_key_error("RWRh3xJWWhKmuIu5LyCC4TwuThrJZghQ0tDirAFohi0xV6cbjc299Ieb\n",
                   "not a minisign public key (line 1 must start with \"untrusted comment: \")");
  expect_key_error("untrusted comment: only a comment\n", "has no key (line 2 is missing)");
}
END_TEST

START_TEST(test_key_id_used_by_another_key) {
  uint8_t raw[42] = {'E', 'd', 1, 2, 3, 4, 5, 6, 7, 8, 9};
  char *text = key_text(raw, 42);
  char *a = write_key("a.pub", text);
  free(text);
  raw[41] = 1;
  text = key_text(raw, 42);
  char *b = write_key("b.pub", text);
  free(text);
  TrustedKeys k = {.n = 0};
  Error err;
  ck_assert(keys_add_file(&k, a, &err));
  ck_assert(!keys_add_file(&k, b, &err));
  char *want = xasprintf("%s: key id 0807060504030201 is already used by another key (%s)", b, a);
  ck_assert_str_eq(err.msg, want);
  free(want);
  free(a);
  free(b);
}
END_TEST

START_TEST(test_keys_dir) {
  char *kd = path_join(parent, "keys");
  ck_assert_int_eq(mkdir(kd, 0755), 0);
  SH_OK("cp '%s/trusted.pub' '%s/b.pub' && cp '%s/other.pub' '%s/a.pub' && echo hi > '%s/README' && "
        "cp '%s/other.pub' '%s/a.pub.old'",
        keydir, kd, keydir, kd, kd, keydir, kd);
  TrustedKeys k = {.n = 0};
  Error err;
  ck_assert_msg(keys_add_dir(&k, kd, &err), "%s", err.msg);
  ck_assert_int_eq(k.n, 2);
  ck_assert_str_eq(k.keys[0].id_hex, other_hex); /* a.pub, then b.pub */
  ck_assert_str_eq(k.keys[1].id_hex, trusted_hex);
  SH_OK("ln -s '%s/other.pub' '%s/c.pub'", keydir, kd);
  TrustedKeys k2 = {.n = 0};
  ck_assert(!keys_add_dir(&k2, kd, &err));
  char *want = xasprintf("%s/c.pub: is a link, not a key file", kd);
  ck_assert_str_eq(err.msg, want);
  free(want);
  free(kd);
}
END_TEST

START_TEST(test_keys_dir_missing_is_empty) {
  char *kd = path_join(parent, "no-such-folder");
  TrustedKeys k = {.n = 0};
  Error err;
  ck_assert(keys_add_dir(&k, kd, &err));
  ck_assert_int_eq(k.n, 0);
  free(kd);
}
END_TEST

START_TEST(test_keys_dir_limit) {
  char *kd = path_join(parent, "keys");
  for (int i = 0; i <= KEYS_MAX; i++) {
    uint8_t raw[42] = {'E', 'd', (uint8_t)i};
    char *text = key_text(raw, 42), name[32];
    snprintf(name, sizeof name, "keys/%02d.pub", i);
    test_write(parent, name, text);
    free(text);
  }
  TrustedKeys k = {.n = 0};
  Error err;
  ck_assert(!keys_add_dir(&k, kd, &err));
  char *want = xasprintf("%s: more than %d key files", kd, KEYS_MAX);
  ck_assert_str_eq(err.msg, want);
  free(want);
  free(kd);
}
END_TEST

START_TEST(test_key_id_hex_is_little_endian) {
  const uint8_t id[8] = {0x61, 0xdf, 0x12, 0x56, 0x5a, 0x12, 0xa6, 0xb8};
  char hex[17];
  keys_id_hex(id, hex);
  ck_assert_str_eq(hex, "B8A6125A5612DF61");
  const uint8_t small[8] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x00};
  keys_id_hex(small, hex);
  ck_assert_str_eq(hex, "0007060504030201"); /* always 16 digits */
}
END_TEST

static Suite *packs_verify_suite(void) {
  Suite *s = suite_create("packs_verify");
  TCase *bad = tcase_create("bad packs");
  tcase_add_unchecked_fixture(bad, make_keys, remove_keys);
  tcase_add_checked_fixture(bad, setup, teardown);
  tcase_set_timeout(bad, 120);
#define BAD_ADD(name, rule, message) tcase_add_test(bad, test_rejects_##name);
  BAD_PACKS(BAD_ADD)
  tcase_add_test(bad, test_rejects_device);
  tcase_add_test(bad, test_rejects_pack_folder_that_is_a_link);
  tcase_add_test(bad, test_rejects_with_no_trusted_keys);
  suite_add_tcase(s, bad);

  TCase *good = tcase_create("good packs");
  tcase_add_unchecked_fixture(good, make_keys, remove_keys);
  tcase_add_checked_fixture(good, setup, teardown);
  tcase_set_timeout(good, 120);
  tcase_add_loop_test(good, test_accepts_good_packs, 0, NGOOD);
  tcase_add_test(good, test_verified_pack_fields);
  tcase_add_test(good, test_hashing_in_parallel_reports_the_first_bad_file);
  tcase_add_test(good, test_file_changed_after_the_walk);
  suite_add_tcase(s, good);

  TCase *agree = tcase_create("agreement with minisign and sha256sum");
  tcase_add_unchecked_fixture(agree, make_keys, remove_keys);
  tcase_add_checked_fixture(agree, setup, teardown);
  tcase_set_timeout(agree, 120);
  tcase_add_loop_test(agree, test_bad_packs_agree_with_stock_tools, 0, NBAD);
  tcase_add_loop_test(agree, test_good_packs_agree_with_stock_tools, 0, NGOOD);
  suite_add_tcase(s, agree);

  TCase *build = tcase_create("authoring");
  tcase_add_unchecked_fixture(build, make_keys, remove_keys);
  tcase_add_checked_fixture(build, setup, teardown);
  tcase_set_timeout(build, 120);
  tcase_add_test(build, test_build_writes_what_sha256sum_writes);
  tcase_add_test(build, test_build_output_passes_stock_tools_and_verifies);
  tcase_add_test(build, test_build_over_an_old_signature);
  tcase_add_test(build, test_build_rejects_a_link);
  tcase_add_test(build, test_build_rejects_a_fifo);
  tcase_add_test(build, test_build_rejects_an_unsafe_name);
  tcase_add_test(build, test_build_rejects_deep_folders);
  tcase_add_test(build, test_build_rejects_too_many_files);
  tcase_add_test(build, test_build_rejects_a_missing_lesson_file);
  tcase_add_test(build, test_build_accepts_icons_drawn_or_in_the_pack);
  tcase_add_test(build, test_build_rejects_an_unknown_icon);
  tcase_add_test(build, test_build_rejects_a_broken_pack_lua);
  tcase_add_test(build, test_trusted_comment_needs_pack_lua);
  suite_add_tcase(s, build);

  TCase *parse = tcase_create("parsers and keys");
  tcase_add_unchecked_fixture(parse, make_keys, remove_keys);
  tcase_add_checked_fixture(parse, setup, teardown);
  tcase_set_timeout(parse, 60);
  tcase_add_test(parse, test_sums_parser);
  tcase_add_test(parse, test_trusted_comment_parser);
  tcase_add_test(parse, test_key_file_as_minisign_wrote_it);
  tcase_add_test(parse, test_key_wrong_length);
  tcase_add_test(parse, test_key_bad_base64);
  tcase_add_test(parse, test_key_wrong_algorithm);
  tcase_add_test(parse, test_key_without_comment_line);
  tcase_add_test(parse, test_key_id_used_by_another_key);
  tcase_add_test(parse, test_keys_dir);
  tcase_add_test(parse, test_keys_dir_missing_is_empty);
  tcase_add_test(parse, test_keys_dir_limit);
  tcase_add_test(parse, test_key_id_hex_is_little_endian);
  suite_add_tcase(s, parse);
  return s;
}

TEST_MAIN(packs_verify_suite)
