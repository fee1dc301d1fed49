/* app.c — the kiosk's lifecycle, its clock, input routing, the idle reset, drawing and
   the main loop. What each screen shows and does is in learner.c and staff.c. */
#include "app/internal.h"

#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "core/notify.h"
#include "play/play.h"

static const char *const state_names[APP_STATE_COUNT] = {
    "attract", "language", "menu", "note", "lesson", "problem", "help",
    "leave", "pin", "new-pin", "staff", "settings", "languages-setting",
    "packs", "pack-report", "pack-installed", "progress", "stats", "export",
    "summary", "card",
};

const char *app_state_name(AppState s) {
  return (unsigned)s < APP_STATE_COUNT ? state_names[s] : "?";
}

AppState app_state(const App *app) { return app->state; }

bool app_done(const App *app, int *exit_status) {
  if (exit_status) *exit_status = app->exit_status;
  return app->quit;
}

void app_log(const App *app, const char *fmt, ...) {
  char line[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  log_printf(&app->log, "%s", line);
}

const UiWords *app_words(const App *app) { return &app->words[app->lang].ui; }

const char *app_printf(App *app, const char *fmt, ...) {
  if (app->nstrings == (int)(sizeof app->strings / sizeof app->strings[0])) app->nstrings = 0;
  char *slot = app->strings[app->nstrings++];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(slot, sizeof app->strings[0], fmt, ap);
  va_end(ap);
  return slot;
}

const char *app_format(App *app, const char *word, int n, int total) {
  return app_format_n(app, word, NULL, n, total);
}

const char *app_format_n(App *app, const char *other, const char *one, int n, int total) {
  char *s = ui_format_n(other, one, n, total, app_words(app)->digits);
  const char *slot = app_printf(app, "%s", s);
  free(s);
  return slot;
}

/* ---- languages ---------------------------------------------------------------------- */

static void apply_helplines(App *app);

void app_set_language(App *app, int lang) {
  app->lang = lang >= 0 && lang < app->nlangs ? lang : 0;
  ui_set_words(app->ui, &app->words[app->lang].ui);
  ui_set_keyboard(app->ui, ui_keyboard_for(app->langs[app->lang])); /* the learner's script on the keys */
  apply_helplines(app); /* names in the learner's language, and their embassy */
}

/* Languages of the configuration that this board can draw; the others are hidden. */
static void choose_languages(App *app) {
  app_titles_forget(app); /* kept per language slot */
  dashboard_forget(app);
  app->prepared = false;
  app->nlangs = 0;
  for (int i = 0; i < app->config.nlanguages; i++) {
    Error err;
    if (!text_language_supported(app->text, app->config.languages[i], &err)) {
      app_log(app, "language '%s' hidden: %s", app->config.languages[i], err.msg);
      continue;
    }
    size_t n = strnlen(app->config.languages[i], sizeof app->langs[0] - 1);
    memcpy(app->langs[app->nlangs], app->config.languages[i], n);
    app->langs[app->nlangs++][n] = '\0';
  }
  if (app->nlangs == 0) snprintf(app->langs[app->nlangs++], sizeof app->langs[0], "en");
  for (int i = 0; i < app->nlangs; i++) {
    kiosk_words_free(&app->words[i]);
    Error err;
    if (!kiosk_words_load(&app->words[i], app->assets, app->langs[i], app->config.country, &err))
      app_log(app, "words for '%s': %s (English shown)", app->langs[i], err.msg);
    const char *problem = app->config.speech ? speech_voice_problem(app->langs[i]) : NULL;
    app->no_voice[i] = problem != NULL;
    if (problem)
      app_log(app, "reading aloud in '%s' is off: %s; the speaker and the read-aloud switch are "
                   "hidden in that language", app->langs[i], problem);
  }
}

static int default_language(const App *app) {
  for (int i = 0; i < app->nlangs; i++)
    if (strcmp(app->langs[i], app->config.default_language) == 0) return i;
  return 0;
}

static void apply_helplines(App *app) {
  play_help_free(&app->help);
  play_help_build(&app->help, &app->config, app->langs[app->lang], app->words[app->lang].table);
  ui_set_helplines(app->ui, app->help.lines, app->help.n);
  ui_set_tap_guard(app->ui, app->config.tap_guard_ms);
  ui_set_reduce_motion(app->ui, app->config.reduce_motion);
}

/* ---- the visit ------------------------------------------------------------------------ */

const char *app_installed_dir(const App *app) { return app->safe_mode ? NULL : app->opt.data_dir; }

void app_reload_library(App *app) {
  Error e;
  library_free(app->library);
  app_titles_forget(app);
  dashboard_forget(app); /* of the packs that were */
  app->library = library_open(app->opt.lessons_dir, app_installed_dir(app), &app->log, &e);
  learner_build_menu(app);
}

void app_reset_visit(App *app) {
  learner_stop_lesson(app, PLAY_TIMED_OUT);
  play_visit_forget(&app->visit); /* the next person is a new, anonymous visit */
  visit_forget(app);
  app->large_text = app->config.large_text;
  ui_set_text_scale(app->ui, app->large_text ? 1.25f : 1.0f);
  app->page = 0;
  memset(app->pin, 0, sizeof app->pin);
  memset(app->new_pin, 0, sizeof app->new_pin);
  app->pin_len = 0;
  app->staff_entered = false;
  app->countdown = false;
  app->picker_lang = -1;
  app_set_language(app, default_language(app));
  voice_reset(app);
  app_show(app, APP_ATTRACT);
}

/* ---- views ---------------------------------------------------------------------------- */

bool app_staff_state(AppState s) {
  return s == APP_PIN || s == APP_NEW_PIN || s == APP_STAFF || s == APP_SETTINGS ||
         s == APP_LANGUAGES_SETTING || s == APP_PACKS || s == APP_PACK_REPORT ||
         s == APP_PACK_INSTALLED || s == APP_PROGRESS || s == APP_STATS || s == APP_EXPORT;
}

void app_refresh(App *app) {
  app->nstrings = 0;
  if (app_staff_state(app->state)) staff_build(app);
  else learner_build(app);
  app->dirty = true;
}

/* A new screen: what is on it changes under the finger, so its tap guard starts (a
   rebuilt lesson view, kept while Help showed, included). */
void app_show(App *app, AppState state) {
  app->state = state;
  app->shown_at = app->now;
  app_refresh(app);
  if (app->view) ui_view_guard(app->view, app->now);
  ui_view_enter(app->view, app->now); /* a short transition, none with Reduce motion */
  voice_screen_shown(app); /* the old screen's words stop here */
}

/* ---- setup ----------------------------------------------------------------------------- */

App *app_new(const AppOptions *opt, uint64_t now, Error *err) {
  App *app = xcalloc(1, sizeof *app);
  app->opt = *opt; /* the strings are copied: the caller's may not outlive us */
  app->opt.data_dir = xstrdup(opt->data_dir);
  app->opt.lessons_dir = xstrdup(opt->lessons_dir);
  app->opt.input = opt->input ? xstrdup(opt->input) : NULL;
  app->opt.screenshots = opt->screenshots ? xstrdup(opt->screenshots) : NULL;
  app->opt.usb_dir = opt->usb_dir ? xstrdup(opt->usb_dir) : NULL;
  app->opt.audio_out = opt->audio_out ? xstrdup(opt->audio_out) : NULL;
  app->opt.assets_dir = NULL;
  if (opt->log) app->log = *opt->log;
  app->opt.log = &app->log;
  app->visit.log = app->log;
  app->now = app->last_input = now;
  app->assets = xstrdup(opt->assets_dir ? opt->assets_dir : play_default_assets());
  Error e;
  if (!fs_mkdirs(app->opt.data_dir, &e)) app_log(app, "%s (nothing can be saved; the kiosk still teaches)", e.msg);
  survive_begin(app);
  if (!config_load(&app->config, app->opt.data_dir, app->assets, &e)) app_log(app, "config: %s", e.msg);
  for (int i = 0; i < app->config.nwarnings; i++) app_log(app, "config: %s", app->config.warnings[i]);
  survive_settings(app);
  pin_guard_open(&app->guard, app->opt.data_dir, now);
  if (!app->data_missing) {
    app->visit.stats = stats_open(app->opt.data_dir, app->config.kiosk_id, now, &e);
    if (!app->visit.stats) app_log(app, "statistics off: %s", e.msg);
    else if (stats_warning(app->visit.stats)) app_log(app, "statistics: %s", stats_warning(app->visit.stats));
  }
  app->text = text_new(NULL, &app->log, err);
  if (!app->text) {
    survive_failed(app, err->msg);
    app_free(app);
    return NULL;
  }
  choose_languages(app);
  app->ui = ui_new(app->text, &app->words[0].ui);
  apply_helplines(app);
  pack_cleanup(app->opt.data_dir); /* an install a power cut interrupted */
  app->library = library_open(app->opt.lessons_dir, app_installed_dir(app), &app->log, &e);
  if (app->library->npacks == 0) app_log(app, "no lesson packs in %s", app->opt.lessons_dir);
  RenderOptions ro = {opt->width, opt->height, opt->fullscreen, opt->headless,
                      app->config.rotation, "Kiosk"};
  const char *prefer = app->safe_mode && app->health.renderer[0] ? app->health.renderer : NULL;
  app->render = render_open_prefer(&ro, prefer, app->text, err);
  if (!app->render) {
    survive_failed(app, err->msg);
    app_free(app);
    return NULL;
  }
  if (!opt->headless) /* which one drew, and what failed before it: for staff and bug reports */
    app_log(app, "display: %s, renderer %s%s%s", render_driver(app->render), render_renderer(app->render),
            render_fallback(app->render)[0] ? " after: " : "", render_fallback(app->render));
  render_size(app->render, &app->opt.width, &app->opt.height);
  app->mountinfo = -1;
  if (app->opt.usb_dir) { /* the kernel flags this file when anything is mounted */
    app->mountinfo = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
    if (app->mountinfo >= 0) input_watch(app->render, app->mountinfo, POLLPRI);
  }
  if (opt->headless) { /* what would have been heard, on the script's clock (a window's
                          sound card is opened by app_idle, after the first frame) */
    app->audio = opt->audio_out ? audio_open_wav(opt->audio_out, err) : audio_open_clock();
    if (!app->audio) {
      app_free(app);
      return NULL;
    }
    audio_clock(app->audio, now);
  }
  voice_open(app);
  learner_build_menu(app);
  app->entry = -1;
  app_reset_visit(app);
  return app;
}

void app_free(App *app) {
  if (!app) return;
  learner_stop_lesson(app, PLAY_LEFT);
  stats_close(app->visit.stats);
  ui_view_free(app->panel_view);
  ui_view_free(app->lesson_view);
  app_titles_forget(app);
  dashboard_forget(app);
  play_help_free(&app->help);
  for (int i = 0; i < app->nlangs; i++) kiosk_words_free(&app->words[i]);
  library_free(app->library);
  visit_forget(app);
  free(app->entries);
  voice_close(app);
  Error e;
  if (app->audio && !audio_finish(app->audio, &e)) app_log(app, "%s", e.msg);
  audio_close(app->audio);
  render_close(app->render);
  ui_free(app->ui);
  text_free(app->text);
  free(app->assets);
  if (app->nodata_tmp) fs_remove_tree(app->opt.data_dir); /* the throw-away folder */
  free((char *)app->opt.data_dir);
  free((char *)app->opt.lessons_dir);
  free((char *)app->opt.input);
  free((char *)app->opt.screenshots);
  free((char *)app->opt.usb_dir);
  free((char *)app->opt.audio_out);
  usb_free(app);
  if (app->mountinfo >= 0) close(app->mountinfo);
  free(app);
}

/* Applies settings that need more than a redraw (after staff saved them). */
void app_apply_settings(App *app);
void app_apply_settings(App *app) {
  choose_languages(app);
  apply_helplines(app);
  voice_open(app);
  int w, h;
  render_size(app->render, &w, &h);
  bool turned = (app->config.rotation % 180) != 0;
  /* a new rotation needs a new window: the renderer turns the picture and the touch */
  RenderOptions ro = {turned ? h : w, turned ? w : h, app->opt.fullscreen, app->opt.headless,
                      app->config.rotation, "Kiosk"};
  Error err;
  Render *r = render_open_prefer(&ro, render_renderer(app->render), app->text, &err);
  if (r) {
    render_close(app->render);
    app->render = r;
    render_size(app->render, &app->opt.width, &app->opt.height);
    if (app->mountinfo >= 0) input_watch(app->render, app->mountinfo, POLLPRI);
  } else {
    app_log(app, "rotation not applied: %s", err.msg);
  }
}

/* ---- input and time --------------------------------------------------------------------- */

static bool in_corner(const App *app, const Input *in) {
  int size = APP_CORNER_DP * app->opt.height / 480;
  return in->x < size && in->y < size;
}

static void dismiss_countdown(App *app) {
  app->countdown = false;
  voice_countdown(app, false);
  app->shown_at = app->now; /* the screen under it comes back: a second tap waits */
  app_refresh(app);
  if (app->view) ui_view_guard(app->view, app->now);
}

void app_input(App *app, const Input *in, uint64_t now) {
  app->now = now;
  if (in->kind == INPUT_QUIT) {
    app->quit = true;
    return;
  }
  if (in->kind == INPUT_REDRAW) {
    app->dirty = true;
    return;
  }
  if (in->kind == INPUT_WAKE) { /* a mount changed: look at the stick now */
    app->usb_next = 0;
    usb_tick(app, now);
    return;
  }
  app->last_input = now;
  if (app->countdown) { /* any touch or key means someone is there */
    if (in->kind == INPUT_PRESS || in->kind == INPUT_KEY) dismiss_countdown(app);
    return;
  }
  if (in->kind == INPUT_KEY && in->key == KEY_CHAR && in->ctrl && in->alt && (in->ch == 's' || in->ch == 'S')) {
    staff_enter(app);
    return;
  }
  if (app->state == APP_ATTRACT && in->kind == INPUT_KEY) { /* any key is a touch */
    learner_action(app, UI_ACTION, UI_ACT_START);
    return;
  }
  if (app->state == APP_ATTRACT && in->kind == INPUT_PRESS && in_corner(app, in)) {
    app->corner_down = true; /* maybe the staff gesture: wait and see */
    app->corner_since = now;
    return;
  }
  if (app->state == APP_ATTRACT && in->kind == INPUT_RELEASE && app->corner_down) {
    app->corner_down = false; /* a short touch in the corner is just a touch */
    learner_action(app, UI_ACTION, UI_ACT_START);
    return;
  }
  if (app_staff_state(app->state) && in->kind == INPUT_KEY && staff_key(app, in)) return;
  UiEvent e = ui_view_input(app->view, in, now);
  learner_pointed(app);
  if (e == UI_CHANGED || e == UI_FEEDBACK) app->dirty = true;
  if (e == UI_CHANGED && app->state == APP_LESSON && !app->countdown) voice_lesson_changed(app);
  if (e == UI_NOTHING || e == UI_CHANGED) return;
  if (e == UI_ACTION || e == UI_ANSWERED || e == UI_HELP || e == UI_EXIT) voice_sound(app, AUDIO_TAP);
  if (e == UI_SPEAK) {
    voice_speaker(app);
    return;
  }
  if (e == UI_READ) {
    voice_read_block(app, ui_view_read_text(app->view));
    return;
  }
  if (app->state == APP_LESSON) learner_lesson_event(app, e);
  else if (app_staff_state(app->state)) staff_action(app, e == UI_ACTION ? ui_view_action(app->view) : -1);
  else learner_action(app, e, ui_view_action(app->view));
}

static int idle_limit_s(const App *app) {
  if (app_staff_state(app->state)) return APP_STAFF_IDLE_S;
  int limit = 0;
  return learner_idle_applies(app, &limit) ? limit : 0;
}

void app_tick(App *app, uint64_t now) {
  app->now = now;
  if (app->corner_down && now - app->corner_since >= APP_LONG_PRESS_MS) {
    app->corner_down = false;
    staff_enter(app);
  }
  if (app->countdown) {
    uint64_t gone = (now - app->countdown_start) / 1000;
    if (gone >= APP_COUNTDOWN_S) {
      visit_end(app, true); /* nobody there: what they learned, then a clean start */
    } else if (APP_COUNTDOWN_S - (int)gone != app->panel.countdown) {
      app_refresh(app);
    }
  } else {
    int limit = idle_limit_s(app);
    if (limit > 0 && now - app->last_input >= (uint64_t)limit * 1000u) {
      app->countdown = true;
      app->countdown_start = now;
      app_refresh(app);
      voice_countdown(app, true);
    }
  }
  if (visit_summary_due(app, now, NULL)) app_reset_visit(app);
  if (app->state == APP_ATTRACT && !app->countdown && app->panel.nlines > 1 &&
      now - app->shown_at < APP_ATTRACT_ANIM_MS) {
    int lit = (int)((now - app->shown_at) / APP_ATTRACT_STEP_MS) % app->panel.nlines;
    if (lit != app->panel.highlight) app_refresh(app);
  }
  if (app->view && ui_view_wake_ms(app->view, now) == 0) app->dirty = true;
  voice_tick(app);
  usb_tick(app, now);
}

/* The fonts the next taps would open (ui_warm): every text role in the kiosk's
   language (again when the learner picks another), then each offered language's name
   on the picker. */
static bool warm_next(App *app) {
  int w = app->opt.width, h = app->opt.height;
  if (ui_warm(app->ui, app->langs[app->lang], false, w, h)) return true;
  for (int i = 0; i < app->nlangs; i++)
    if (ui_warm(app->ui, app->langs[i], true, w, h)) return true;
  return false;
}

/* Work put off until the screen is up and nobody is tapping, one piece a call: the
   visit's lesson titles, the sound device, what the text module needs for the offered
   languages (the Thai dictionary), the fonts of the next screens, then the other
   languages' titles, so that neither the first frame nor a tap pays for them. */
bool app_idle(App *app) {
  if (app_titles_load_next(app, true)) return true;
  if (!app->audio_tried && !app->opt.headless) { /* ALSA lists its devices: 11.7 M */
    app->audio_tried = true;
    Error e;
    app->audio = audio_open(&e);
    if (!app->audio) app_log(app, "narration off: %s", e.msg);
    voice_open(app);
    if (app->audio) app_refresh(app); /* the speaker button can show now */
    return true;
  }
  if (!app->prepared) {
    app->prepared = true;
    for (int i = 0; i < app->nlangs; i++) text_prepare(app->text, app->langs[i]);
    return true;
  }
  if (warm_next(app)) return true;
  if (app_titles_load_next(app, false)) return true;
  return dashboard_learn_next(app);
}

static int earliest(int a, int b) { return a < 0 ? b : (b < 0 ? a : (a < b ? a : b)); }

int app_wake_ms(const App *app, uint64_t now) {
  int wake = app->view ? ui_view_wake_ms(app->view, now) : -1;
  if (app->corner_down) {
    uint64_t due = app->corner_since + APP_LONG_PRESS_MS;
    wake = earliest(wake, due > now ? (int)(due - now) : 0);
  }
  if (app->countdown) {
    uint64_t next = app->countdown_start + ((now - app->countdown_start) / 1000 + 1) * 1000;
    wake = earliest(wake, (int)(next - now));
  } else {
    int limit = idle_limit_s(app);
    if (limit > 0) {
      uint64_t due = app->last_input + (uint64_t)limit * 1000u;
      wake = earliest(wake, due > now ? (int)(due - now) : 0);
    }
  }
  if (app->state == APP_ATTRACT && app->panel.nlines > 1 && now - app->shown_at < APP_ATTRACT_ANIM_MS) {
    uint64_t step = (now - app->shown_at) / APP_ATTRACT_STEP_MS + 1;
    wake = earliest(wake, (int)(app->shown_at + step * APP_ATTRACT_STEP_MS - now));
  }
  int summary_ms = -1;
  visit_summary_due(app, now, &summary_ms);
  wake = earliest(wake, summary_ms);
  if (app->opt.usb_dir) wake = earliest(wake, app->usb_next > now ? (int)(app->usb_next - now) : 0);
  return earliest(wake, voice_wake_ms(app));
}

bool app_draw(App *app, uint64_t now) {
  if (!app->dirty || !app->view) return false;
  ui_view_draw(app->view, app->render, now);
  render_present(app->render);
  app->dirty = false;
  return true;
}

/* ---- the loop --------------------------------------------------------------------------- */

int app_script_run(App *app, const AppOptions *opt);

int app_run(const AppOptions *opt) {
  Error err;
  App *app = app_new(opt, opt->input ? 1000 : input_ticks(), &err); /* a script has its own clock */
  if (!app) {
    log_printf(opt->log, "%s", err.msg);
    return 1;
  }
  int status = 0;
  if (opt->input) { /* scripted, headless or in a window (make bench times both) */
    status = app_script_run(app, opt);
  } else {
    /* systemd: READY=1 once a frame is on the screen, WATCHDOG=1 from this loop only,
       so a kiosk whose loop hangs is restarted */
    uint64_t ping_every = notify_watchdog_interval_ms(), next_ping = 0;
    uint64_t good_at = 0; /* when this start counts as good; 0: not yet drawn, or done */
    bool ready = false;
    if (app->safe_mode) notify_send("STATUS=safe mode");
    if (app->data_missing) notify_send("STATUS=data partition missing");
    while (!app_done(app, &status)) {
      uint64_t now = input_ticks();
      app_tick(app, now);
      if (app_draw(app, now) && !ready) {
        notify_send("READY=1");
        ready = true;
        good_at = now + HEALTH_OK_MS;
      }
      if (good_at && now >= good_at) {
        survive_ok(app);
        good_at = 0;
      }
      if (ping_every && now >= next_ping) {
        notify_send("WATCHDOG=1");
        next_ping = now + ping_every;
      }
      int wait = app_wake_ms(app, input_ticks());
      if (ping_every) wait = earliest(wait, (int)(next_ping > now ? next_ping - now : 0));
      if (good_at) wait = earliest(wait, (int)(good_at > now ? good_at - now : 0));
      bool busy = ready && app_idle(app); /* then only look for input, do not wait */
      Input in;
      if (input_wait(app->render, busy ? 0 : wait, &in)) app_input(app, &in, input_ticks());
    }
    notify_send("STOPPING=1");
  }
  survive_stopped(app);
  app_free(app);
  return status;
}
