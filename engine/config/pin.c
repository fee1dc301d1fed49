/* pin.c — the staff PIN: an Argon2id hash in the settings, and a guard that makes
   guessing slow. A 4-digit PIN has only 10 000 values, so the guard is what protects
   it: after 10 wrong tries in a row, one guess per 15 minutes means months for an
   exhaustive search. The guard fails closed: a count it cannot save or read back means
   the long wait, so a read-only or full card and a pulled plug do not reset it. The
   PIN itself is never stored, copied or logged. */
#include "config/config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "config/internal.h"
#include "core/fs.h"

#define PIN_LOCK_FILE "staff-lock"
#define PIN_LOCK_MAX 64            /* bytes: a count and a newline */
#define PIN_FREE_TRIES 3           /* typing slips cost nothing */
#define PIN_LOCKOUT_AFTER 10       /* from here on, one try per PIN_LOCKOUT_MS */
#define PIN_LOCKOUT_MS (15u * 60u * 1000u)
#define PIN_FAILURES_CAP 1000000   /* the count saturates instead of overflowing */

static bool pin_format_valid(const char *pin) {
  if (!pin) return false;
  size_t n = 0;
  while (pin[n] >= '0' && pin[n] <= '9' && n <= CONFIG_PIN_MAX) n++;
  return pin[n] == '\0' && n >= CONFIG_PIN_MIN && n <= CONFIG_PIN_MAX;
}

bool config_set_pin(Config *c, const char *pin, Error *err) {
  if (!pin_format_valid(pin))
    return error_set(err, "the staff PIN must be %d to %d digits (0-9)", CONFIG_PIN_MIN,
                     CONFIG_PIN_MAX);
  if (sodium_init() < 0) return error_set(err, "libsodium cannot start (no random source)");
  /* the PIN is hashed straight from the caller's buffer, so there is no copy to wipe */
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, pin, strlen(pin), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return error_set(err, "cannot hash the staff PIN (out of memory)");
  if (strncmp(hash, CONFIG_HASH_PREFIX, strlen(CONFIG_HASH_PREFIX)) != 0 ||
      strlen(hash) >= sizeof c->pin_hash)
    return error_set(err, "libsodium made an unexpected PIN hash (not Argon2id)");
  snprintf(c->pin_hash, sizeof c->pin_hash, "%s", hash);
  return true;
}

/* ---- the guard ---------------------------------------------------------------------- */

/* The persisted count: 0 when there is no lock file, PIN_LOCKOUT_AFTER (fail closed)
   when there is one that cannot be read or does not hold a count. */
static int read_failures(const char *data_dir) {
  if (!data_dir) return 0;
  char *path = path_join(data_dir, PIN_LOCK_FILE);
  bool exists = fs_exists(path);
  char *text = exists ? fs_read_file(path, PIN_LOCK_MAX, NULL, NULL) : NULL;
  free(path);
  if (!text) return exists ? PIN_LOCKOUT_AFTER : 0;
  char *end;
  errno = 0;
  long n = strtol(text, &end, 10);
  bool number = end != text && (*end == '\0' || *end == '\n') && text[0] != '-' && text[0] != ' ';
  free(text);
  if (!number) return PIN_LOCKOUT_AFTER;
  return errno == ERANGE || n > PIN_FAILURES_CAP ? PIN_FAILURES_CAP : (int)n;
}

/* Saves the count; when it cannot (a read-only or full card), the guard remembers that,
   and the count in memory holds for this boot. */
static void write_failures(PinGuard *g) {
  if (!g->data_dir) return;
  char text[32];
  int n = snprintf(text, sizeof text, "%d\n", g->failures);
  char *path = path_join(g->data_dir, PIN_LOCK_FILE);
  g->unsaved = !fs_write_atomic(path, text, (size_t)n, NULL);
  free(path);
}

void pin_guard_open(PinGuard *g, const char *data_dir, uint64_t now_ms) {
  g->data_dir = data_dir;
  g->unsaved = false;
  g->failures = read_failures(data_dir);
  /* the clock of the previous run is gone: the wait starts over, so a restart never
     shortens it by more than one wait */
  g->last_fail_ms = g->failures > 0 ? now_ms : 0;
}

uint64_t pin_guard_wait_ms(const PinGuard *g, uint64_t now_ms) {
  if (g->failures == 0) return 0;
  /* a count that could not be saved would be gone after a restart: fail closed */
  if (g->failures < PIN_FREE_TRIES && !g->unsaved) return 0;
  uint64_t wait = g->failures >= PIN_LOCKOUT_AFTER || g->unsaved
                      ? PIN_LOCKOUT_MS
                      : (1000ull << (g->failures - 2)); /* 3 -> 2 s, ..., 9 -> 128 s */
  if (now_ms < g->last_fail_ms) return wait; /* a clock that went back gains nothing */
  uint64_t since = now_ms - g->last_fail_ms;
  return since >= wait ? 0 : wait - since;
}

PinResult pin_guard_check(PinGuard *g, const Config *c, const char *pin, uint64_t now_ms) {
  if (!c->pin_hash[0]) return PIN_NOT_SET;
  if (pin_guard_wait_ms(g, now_ms) > 0) return PIN_WAIT;
  bool right = pin_format_valid(pin) && sodium_init() >= 0 &&
               crypto_pwhash_str_verify(c->pin_hash, pin, strlen(pin)) == 0;
  if (right) {
    g->failures = 0;
    write_failures(g);
    return PIN_OK;
  }
  if (g->failures < PIN_FAILURES_CAP) g->failures++;
  g->last_fail_ms = now_ms;
  write_failures(g);
  return PIN_WRONG;
}
