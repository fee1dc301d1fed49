/* survive.c — the kiosk in the field: it counts its starts and starts in safe mode after
   repeated failures (config/health.h) instead of failing the same way for ever, runs
   without its data partition (teaching, saving nothing, telling staff), and keeps the
   record of its last bad exits for the staff screen and the export. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/internal.h"
#include "core/fs.h"
#include "core/mem.h"

static void read_boot_id(char *out, size_t n) {
  snprintf(out, n, "unknown");
  FILE *f = fopen("/proc/sys/kernel/random/boot_id", "r");
  if (!f) return;
  char line[64];
  if (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = '\0';
    if (line[0]) snprintf(out, n, "%s", line);
  }
  fclose(f);
}

bool survive_begin(App *app) {
  const char *fstab = getenv("KIOSK_FSTAB"); /* tests */
  if (fs_mount_missing(app->opt.data_dir, fstab ? fstab : "/etc/fstab")) {
    /* Writing to the folder under the mount point would put records where nobody looks
       for them (or in RAM under a read-only root): teach from a throw-away folder. */
    app->data_missing = true;
    app_log(app, "the data partition for %s is not mounted: statistics are off and nothing is "
                 "saved (the kiosk still teaches)", app->opt.data_dir);
    const char *tmp = getenv("TMPDIR");
    char *dir = xasprintf("%s/kiosk-nodata-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    if (mkdtemp(dir)) {
      free((char *)app->opt.data_dir);
      app->opt.data_dir = dir;
      app->nodata_tmp = true;
    } else {
      free(dir);
    }
    return false;
  }
  Error err;
  if (!health_load(&app->health, app->opt.data_dir, &err)) app_log(app, "start record: %s (starting afresh)", err.msg);
  char boot[40];
  read_boot_id(boot, sizeof boot);
  app->safe_mode = health_begin(&app->health, boot, (long long)time(NULL), KIOSK_VERSION);
  app->health_on = health_save(&app->health, app->opt.data_dir, &err);
  if (!app->health_on) app_log(app, "start record not saved: %s", err.msg);
  if (app->safe_mode)
    app_log(app, "safe mode (bundled lessons, default settings, the renderer that last worked): %s",
            app->health.safe_reason);
  return app->safe_mode;
}

/* Safe mode uses default settings, but keeps what names the kiosk and lets staff in. */
void survive_settings(App *app) {
  if (!app->safe_mode) return;
  Config c;
  config_defaults(&c, app->assets);
  memcpy(c.kiosk_id, app->config.kiosk_id, sizeof c.kiosk_id);
  memcpy(c.pin_hash, app->config.pin_hash, sizeof c.pin_hash);
  app->config = c;
}

static void save(App *app) {
  Error err;
  if (app->health_on && !health_save(&app->health, app->opt.data_dir, &err))
    app_log(app, "start record not saved: %s", err.msg);
}

void survive_failed(App *app, const char *why) {
  health_exit(&app->health, (long long)time(NULL), KIOSK_VERSION, "start-failed", why);
  save(app);
}

void survive_ok(App *app) {
  health_ok(&app->health, render_renderer(app->render));
  save(app);
}

void survive_stopped(App *app) {
  health_stopped(&app->health);
  save(app);
}

const char *survive_notice(App *app) {
  const UiWords *w = app_words(app);
  if (app->data_missing) return w->data_missing;
  if (app->safe_mode) return app_printf(app, "%s %s", w->safe_mode, app->health.safe_reason);
  const HealthExit *x = health_last_exit(&app->health);
  if (!x) return NULL;
  char when[32] = "";
  time_t t = (time_t)x->time;
  struct tm tm;
  if (x->time > 0 && gmtime_r(&t, &tm)) strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", &tm);
  return app_printf(app, "%s %s %s (%s)", w->last_problem, when, x->reason, x->detail);
}

char *survive_report(const App *app) {
  if (app->data_missing) return xstrdup("The data partition was not mounted: no start record.\n");
  return health_report(&app->health);
}
