/* pin.c — the staff PIN: an Argon2id hash in the settings, rules for a new one, and a
   guard that makes guessing slow. A new PIN has at least 6 digits and is none of the
   patterns a guesser tries first; beyond that the guard protects it: after 10 wrong
   tries in a row, one guess per 15 minutes means years for an exhaustive search. The guard fails closed: a count it cannot save or read back means
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

/* The most common 6-digit PINs that the rules below do not already catch: keypad
   shapes, dates and words people pick (Wang et al., "Understanding Human-Chosen PINs",
   2017, and leaked 6-digit PIN lists). */
static const char *const pin_common[] = {
    "112233", "789456", "159753", "147258", "258369", "147369", "159357", "147852", "258456",
    "852456", "741852", "963852", "852963", "456123", "123654", "321654", "123789", "789123",
    "102030", "100200", "112358", "142857", "314159", "271828", "520131", "201314", "131420",
    "010203", "778899", "665544", "998877", "332211", "445566", "556677",
    "123987", "147896", "963258", "357159", "951753", "753951", "246810", "135790",
    "121314", "111213", "000123", "123000"};

PinProblem config_pin_problem(const char *pin) {
  if (!pin) return PIN_NOT_DIGITS;
  size_t n = 0;
  while (pin[n] >= '0' && pin[n] <= '9' && n <= CONFIG_PIN_MAX) n++;
  if (pin[n] != '\0' || n > CONFIG_PIN_MAX) return PIN_NOT_DIGITS;
  if (n < CONFIG_PIN_NEW_MIN) return PIN_TOO_SHORT;
  /* two different digits or fewer: 111111, 121212, 110011, 999000 */
  int seen = 0;
  for (size_t i = 0; i < n; i++) seen |= 1 << (pin[i] - '0');
  if (__builtin_popcount((unsigned)seen) < 3) return PIN_GUESSABLE;
  /* a block said again: 123123, 520520, 12341234 */
  for (size_t period = 1; period < n; period++) {
    if (n % period) continue;
    size_t i = period;
    while (i < n && pin[i] == pin[i - period]) i++;
    if (i == n) return PIN_GUESSABLE;
  }
  /* a run with one step, up or down, round past 9 too: 345678, 987654, 890123, 135791 */
  int step = (pin[1] - pin[0] + 10) % 10;
  size_t k = 2;
  while (k < n && (pin[k] - pin[k - 1] + 10) % 10 == step) k++;
  if (k == n) return PIN_GUESSABLE;
  /* a mirror: 123321, 456654 */
  size_t m = 0;
  while (m < n / 2 && pin[m] == pin[n - 1 - m]) m++;
  if (m == n / 2) return PIN_GUESSABLE;
  for (size_t i = 0; i < sizeof pin_common / sizeof *pin_common; i++)
    if (strcmp(pin, pin_common[i]) == 0) return PIN_GUESSABLE;
  return PIN_FINE;
}

bool config_pin_acceptable(const char *pin, Error *err) {
  switch (config_pin_problem(pin)) {
  case PIN_NOT_DIGITS:
    return error_set(err, "the staff PIN must be %d to %d digits (0-9)", CONFIG_PIN_NEW_MIN,
                     CONFIG_PIN_MAX);
  case PIN_TOO_SHORT:
    return error_set(err, "the staff PIN must be at least %d digits", CONFIG_PIN_NEW_MIN);
  case PIN_GUESSABLE:
    return error_set(err, "the staff PIN is easy to guess (a repeat, a run or a common PIN): "
                          "choose another");
  case PIN_FINE:
    break;
  }
  return true;
}

bool config_set_pin(Config *c, const char *pin, Error *err) {
  if (!config_pin_acceptable(pin, err)) return false;
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
