/* health.h — how the kiosk's last starts went, kept in DATA/health so that it survives
   restarts, reboots and power cuts (one small text file, written atomically):

   - a count of failed starts: starts in this boot that ended before the kiosk had run
     for HEALTH_OK_MS after its first frame. After HEALTH_SAFE_AFTER of them the kiosk
     starts in safe mode for the rest of the boot (bundled lessons, default settings,
     the renderer that last worked) instead of failing the same way for ever: a kiosk
     that keeps failing never becomes a reboot loop;
   - the last HEALTH_MAX_EXITS exits that were not clean (reason, signal or status,
     time, version), shown on the staff screen and included in exports;
   - the last renderer that drew a healthy start.

   A start that was under way when the boot ended (power cut, reset) is recorded but not
   counted: it says nothing about the kiosk. Pure logic on a struct, plus load and save,
   so that it is tested without a display or systemd. */
#ifndef CONFIG_HEALTH_H
#define CONFIG_HEALTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

#define HEALTH_FILE "health"
#define HEALTH_SAFE_AFTER 3   /* failed starts in one boot before safe mode */
#define HEALTH_MAX_EXITS 8
#define HEALTH_OK_MS 30000    /* running this long after the first frame: a good start */

typedef struct HealthExit {
  long long start;    /* which start (Health.starts) this exit ended */
  long long time;     /* wall clock, seconds since 1970 (a Pi without network may be off) */
  char version[16];   /* of the kiosk that ran */
  char reason[24];    /* systemd's SERVICE_RESULT ("core-dump", "watchdog", "exit-code",
                         "signal"...), "start-failed", or "boot-ended" */
  char detail[120];   /* "dumped SEGV", "exited 1", the kiosk's own error message */
} HealthExit;

typedef struct Health {
  char boot[40];          /* the boot the counts below belong to (kernel boot id) */
  long long starts;       /* starts ever recorded: numbers the exits */
  int failed;             /* failed starts in a row in this boot */
  bool starting;          /* the last start has not yet run healthy (nor stopped cleanly) */
  char safe_boot[40];     /* the boot in which safe mode began, or "" */
  char safe_reason[200];  /* why, for the staff screen */
  char renderer[24];      /* the render driver of the last healthy start, or "" */
  HealthExit exits[HEALTH_MAX_EXITS]; /* oldest first */
  int nexits;
} Health;

/* Reads DATA/health into h. A missing file gives an empty record (true); an unreadable
   or damaged one too, with err saying so (false): the kiosk starts either way. */
bool health_load(Health *h, const char *data_dir, Error *err);
/* Writes DATA/health atomically. */
bool health_save(const Health *h, const char *data_dir, Error *err);

/* A start in boot `boot` at wall time `now`: counts the previous start as failed when it
   never ran healthy in this same boot, and decides safe mode. Returns true for safe mode
   (h->safe_reason says why). The caller saves h before anything that could fail. */
bool health_begin(Health *h, const char *boot, long long now, const char *version);
/* The start ran healthy (HEALTH_OK_MS after its first frame) with this renderer. */
void health_ok(Health *h, const char *renderer);
/* The kiosk stopped cleanly (staff exit, systemctl stop): not a failure. */
void health_stopped(Health *h);
/* Records how the current start ended; a second record for the same start is merged
   into the first (the kiosk's own message, then systemd's verdict). */
void health_exit(Health *h, long long now, const char *version, const char *reason, const char *detail);

/* A few lines for people: safe mode and its reason, then the exits, newest first, e.g.
   "2026-03-01 10:02 UTC  core-dump (dumped SEGV)  kiosk 0.1.0", or a line saying there
   is nothing to tell. Caller frees. */
char *health_report(const Health *h);
/* The newest exit, or NULL. */
const HealthExit *health_last_exit(const Health *h);

#endif
