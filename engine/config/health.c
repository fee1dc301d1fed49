/* health.c — the start counter, safe-mode decision and exit record (health.h). The file
   is a few "key value" lines, readable with cat; unknown or damaged lines are skipped,
   so a damaged file costs at most the history, never a start. */
#include "config/health.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"

#define HEALTH_MAX_BYTES 16384

/* Copies src into dst (size n), one line: control characters become spaces, and a value
   that must be one word ("-" for empty) has its spaces replaced too. */
static void copy_clean(char *dst, size_t n, const char *src, bool word) {
  size_t k = 0;
  for (const char *p = src ? src : ""; *p && k + 1 < n; p++) {
    unsigned char c = (unsigned char)*p;
    dst[k++] = (c < 0x20 || c == 0x7f || (word && c == ' ')) ? (word ? '_' : ' ') : (char)c;
  }
  dst[k] = '\0';
}

static const char *word_or_dash(const char *s) { return s && s[0] ? s : "-"; }

static void set_word(char *dst, size_t n, const char *value) {
  copy_clean(dst, n, strcmp(value, "-") == 0 ? "" : value, true);
}

static void parse_exit(Health *h, const char *rest) {
  HealthExit e;
  memset(&e, 0, sizeof e);
  char version[16], reason[24];
  int used = 0;
  if (sscanf(rest, "%lld %lld %15s %23s %n", &e.start, &e.time, version, reason, &used) < 4) return;
  set_word(e.version, sizeof e.version, version);
  set_word(e.reason, sizeof e.reason, reason);
  copy_clean(e.detail, sizeof e.detail, rest + used, false);
  if (h->nexits == HEALTH_MAX_EXITS) {
    memmove(h->exits, h->exits + 1, sizeof h->exits[0] * (HEALTH_MAX_EXITS - 1));
    h->nexits--;
  }
  h->exits[h->nexits++] = e;
}

static void parse_line(Health *h, char *line) {
  char *sp = strchr(line, ' ');
  if (!sp || line[0] == '#') return;
  *sp = '\0';
  const char *key = line, *value = sp + 1;
  if (strcmp(key, "boot") == 0) set_word(h->boot, sizeof h->boot, value);
  else if (strcmp(key, "starts") == 0) h->starts = strtoll(value, NULL, 10);
  else if (strcmp(key, "failed") == 0) h->failed = atoi(value);
  else if (strcmp(key, "starting") == 0) h->starting = atoi(value) != 0;
  else if (strcmp(key, "safe") == 0) set_word(h->safe_boot, sizeof h->safe_boot, value);
  else if (strcmp(key, "safe-reason") == 0) copy_clean(h->safe_reason, sizeof h->safe_reason, value, false);
  else if (strcmp(key, "renderer") == 0) set_word(h->renderer, sizeof h->renderer, value);
  else if (strcmp(key, "exit") == 0) parse_exit(h, value);
  if (h->starts < 0) h->starts = 0;
  if (h->failed < 0 || h->failed > 1000000) h->failed = 0;
}

bool health_load(Health *h, const char *data_dir, Error *err) {
  memset(h, 0, sizeof *h);
  char *path = path_join(data_dir, HEALTH_FILE);
  Error e;
  size_t len = 0;
  char *text = fs_read_file(path, HEALTH_MAX_BYTES, &len, &e);
  bool absent = !text && access(path, F_OK) != 0 && errno == ENOENT;
  free(path);
  if (!text) return absent ? true : error_set(err, "%s", e.msg);
  for (char *line = text, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = '\0';
    parse_line(h, line);
  }
  free(text);
  return true;
}

bool health_save(const Health *h, const char *data_dir, Error *err) {
  Buf b = {0};
  buf_printf(&b, "# The kiosk's start counter and its last exits (kiosk health). Safe to delete.\n"
                 "boot %s\nstarts %lld\nfailed %d\nstarting %d\nsafe %s\nsafe-reason %s\nrenderer %s\n",
             word_or_dash(h->boot), h->starts, h->failed, h->starting ? 1 : 0, word_or_dash(h->safe_boot),
             h->safe_reason, word_or_dash(h->renderer));
  for (int i = 0; i < h->nexits; i++) {
    const HealthExit *x = &h->exits[i];
    buf_printf(&b, "exit %lld %lld %s %s %s\n", x->start, x->time, word_or_dash(x->version),
               word_or_dash(x->reason), x->detail);
  }
  char *path = path_join(data_dir, HEALTH_FILE);
  bool ok = fs_write_atomic(path, b.data, b.len, err);
  free(path);
  buf_free(&b);
  return ok;
}

static void add_exit(Health *h, long long start, long long now, const char *version, const char *reason,
                     const char *detail) {
  if (h->nexits == HEALTH_MAX_EXITS) { /* forget the oldest */
    memmove(h->exits, h->exits + 1, sizeof h->exits[0] * (HEALTH_MAX_EXITS - 1));
    h->nexits--;
  }
  HealthExit *x = &h->exits[h->nexits++];
  memset(x, 0, sizeof *x);
  x->start = start;
  x->time = now;
  copy_clean(x->version, sizeof x->version, version, true);
  copy_clean(x->reason, sizeof x->reason, reason, true);
  copy_clean(x->detail, sizeof x->detail, detail, false);
}

const HealthExit *health_last_exit(const Health *h) { return h->nexits ? &h->exits[h->nexits - 1] : NULL; }

bool health_begin(Health *h, const char *boot, long long now, const char *version) {
  const HealthExit *last = health_last_exit(h);
  bool recorded = last && last->start == h->starts; /* the previous start's end is known */
  if (strcmp(h->boot, boot) != 0) {
    /* a new boot: whatever the last boot did is not this start's business */
    if (h->starting && !recorded && h->starts > 0)
      add_exit(h, h->starts, now, version, "boot-ended", "the machine stopped or was reset while the kiosk was starting");
    copy_clean(h->boot, sizeof h->boot, boot, true);
    h->failed = 0;
  } else if (h->starting) {
    h->failed++;
    if (!recorded) add_exit(h, h->starts, now, version, "ended", "ended before it had run for 30 s (no reason recorded)");
  }
  h->starts++;
  h->starting = true;
  if (strcmp(h->safe_boot, h->boot) == 0) return true; /* safe mode lasts for the boot */
  if (h->failed < HEALTH_SAFE_AFTER) return false;
  copy_clean(h->safe_boot, sizeof h->safe_boot, h->boot, true);
  last = health_last_exit(h);
  snprintf(h->safe_reason, sizeof h->safe_reason, "%d failed starts in a row; the last: %s (%s)", h->failed,
           last ? last->reason : "?", last ? last->detail : "?");
  return true;
}

void health_ok(Health *h, const char *renderer) {
  h->starting = false;
  h->failed = 0;
  if (renderer) copy_clean(h->renderer, sizeof h->renderer, renderer, true);
}

void health_stopped(Health *h) { h->starting = false; }

void health_exit(Health *h, long long now, const char *version, const char *reason, const char *detail) {
  HealthExit *last = h->nexits ? &h->exits[h->nexits - 1] : NULL;
  if (last && last->start == h->starts) {
    /* the kiosk said why it stopped, systemd then says how: keep both */
    char merged[sizeof last->detail];
    snprintf(merged, sizeof merged, "%s%s%s", detail ? detail : "", detail && detail[0] ? "; " : "", last->detail);
    copy_clean(last->detail, sizeof last->detail, merged, false);
    copy_clean(last->reason, sizeof last->reason, reason, true);
    return;
  }
  add_exit(h, h->starts, now, version, reason, detail);
}

char *health_report(const Health *h) {
  Buf b = {0};
  if (h->safe_boot[0] && strcmp(h->safe_boot, h->boot) == 0)
    buf_printf(&b, "Safe mode: %s\n", h->safe_reason[0] ? h->safe_reason : "repeated failed starts");
  if (h->failed > 0) buf_printf(&b, "Failed starts in a row: %d\n", h->failed);
  for (int i = h->nexits - 1; i >= 0; i--) {
    const HealthExit *x = &h->exits[i];
    char when[32] = "time unknown";
    time_t t = (time_t)x->time;
    struct tm tm;
    if (x->time > 0 && gmtime_r(&t, &tm)) strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", &tm);
    buf_printf(&b, "%s  %s%s%s%s  kiosk %s\n", when, x->reason, x->detail[0] ? " (" : "", x->detail,
               x->detail[0] ? ")" : "", x->version[0] ? x->version : "?");
  }
  if (!b.data) buf_adds(&b, "No failed starts and no bad exits recorded.\n");
  return buf_take(&b);
}
