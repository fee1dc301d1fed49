/* app.h — the kiosk as a young person meets it: attract screen, language, lesson menu,
   lessons with Get help one tap away, the result, the reset when nobody is there, and
   the staff entry behind a PIN. A state machine driven by input and a clock, so the
   same code runs on a touchscreen and in scripted tests. */
#ifndef APP_APP_H
#define APP_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "core/input.h"
#include "core/log.h"

typedef struct AppOptions {
  const char *data_dir;    /* config, installed packs, statistics */
  const char *lessons_dir; /* the bundled packs */
  const char *assets_dir;  /* the engine's words and help lines; NULL: the default */
  bool fullscreen;
  bool headless;           /* draw in memory; input from a script */
  int width, height;
  const char *input;       /* headless: the scripted input (format in app/script.c) */
  const char *screenshots; /* where the script's `shot` writes */
  const char *usb_dir;     /* where a USB stick appears (its kiosk-packs/ is looked at) */
  const char *audio_out;   /* headless: everything heard, as a WAV (+ .timeline) */
  const Log *log;          /* where the lines for staff go (copied); NULL drops them */
} AppOptions;

typedef enum AppState {
  APP_ATTRACT, APP_LANGUAGE, APP_MENU, APP_NOTE, APP_LESSON, APP_PROBLEM, APP_HELP,
  APP_LEAVE, APP_PIN, APP_NEW_PIN, APP_STAFF, APP_SETTINGS, APP_LANGUAGES_SETTING,
  APP_PACKS, APP_PACK_REPORT, APP_PACK_INSTALLED, APP_PROGRESS, APP_STATS, APP_EXPORT,
  APP_SUMMARY, /* the visit's end: what was learned, then the reset */
  APP_CARD,    /* Get help's take-home card */
  APP_STATE_COUNT
} AppState;

/* Exit status when staff choose "Exit to desktop" (systemd does not restart it). */
#define APP_EXIT_STAFF 3

typedef struct App App;

App *app_new(const AppOptions *opt, uint64_t now, Error *err);
void app_free(App *app);

/* One input at time now (milliseconds on the app's clock). */
void app_input(App *app, const Input *in, uint64_t now);
/* Time passes: idle warnings, the reset, the long press, animations. */
void app_tick(App *app, uint64_t now);
/* Milliseconds until app_tick has something to do, or -1. */
int app_wake_ms(const App *app, uint64_t now);
/* Draws the current screen if anything changed; true if it drew. */
bool app_draw(App *app, uint64_t now);
/* Does one piece of the work put off until the screen is up (lesson titles, the Thai
   dictionary), for the loop to call while nobody taps; false when none is left. */
bool app_idle(App *app);

AppState app_state(const App *app);
const char *app_state_name(AppState s);
bool app_done(const App *app, int *exit_status); /* the app wants to stop */

/* The whole kiosk: a window (or a headless script run). Returns the exit status. */
int app_run(const AppOptions *opt);

#endif
