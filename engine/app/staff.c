/* staff.c — behind the PIN: the staff menu, kiosk settings, changing the PIN, and the
   only way out of the kiosk. The PIN is checked against its Argon2id hash with a
   growing wait after wrong tries (config/config.h); it never leaves this file's
   buffers, which are wiped after use. */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "app/internal.h"

void app_apply_settings(App *app);

enum { STAFF_STATS, STAFF_SETTINGS, STAFF_PACKS, STAFF_CHANGE_PIN, STAFF_EXIT, STAFF_ITEMS };
enum { SET_COUNTRY, SET_LANGUAGES, SET_IDLE, SET_RESULT_IDLE, SET_ROTATION, SET_LARGE, SET_SPEECH,
       SET_SOUNDS, SET_VOLUME, SET_MOTION, SET_ITEMS };

/* The countries the help-line catalogue covers (assets/helplines.lua). */
static const char *const countries[] = {"MY", "TH", "NP", "ID", "PH", "KH", "BD"};
static const int idle_choices[] = {30, 60, 90, 120, 180, 300};
static const int result_choices[] = {15, 30, 60, 120};
static const int volume_choices[] = {20, 40, 60, 80, 100};
static const char *const all_languages[] = {"en", "ms", "th", "ne", "id", "my", "bn"};

static void wipe_pins(App *app) {
  sodium_memzero(app->pin, sizeof app->pin);
  sodium_memzero(app->new_pin, sizeof app->new_pin);
  app->pin_len = 0;
}

void staff_enter(App *app) {
  learner_stop_lesson(app, PLAY_LEFT);
  app->countdown = false;
  wipe_pins(app);
  app->pin_stage = 0;
  if (app->config.pin_hash[0] == '\0') {
    app->pin_note = app_words(app)->pin_first; /* the first staff member sets it */
    app_show(app, APP_NEW_PIN);
    return;
  }
  app->pin_note = NULL;
  app_show(app, APP_PIN);
}

static const char *pin_wait_note(App *app) {
  uint64_t wait = pin_guard_wait_ms(&app->guard, app->now);
  if (wait == 0) return NULL;
  if (wait > 120000) return app_format(app, app_words(app)->pin_locked, (int)((wait + 59999) / 60000), 0);
  return app_format(app, app_words(app)->pin_wait, (int)((wait + 999) / 1000), 0);
}

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))
static const int rotation_choices[] = {0, 90, 180, 270};

/* Numbered choices in a word ("{n} s"); current: the one equal to value, or -1 (a
   value staff wrote by hand: none is marked). */
static int numbers(App *app, const char *word, const int *choices, int n, int value, const char **labels,
                   int *current) {
  *current = -1;
  for (int i = 0; i < n; i++) {
    labels[i] = app_format(app, word, choices[i], 0);
    if (choices[i] == value) *current = i;
  }
  return n;
}

/* A setting's choices as the picker shows them (into labels, at most
   PANEL_MAX_ITEMS), and which one is in force (-1: none of them). Returns the count. */
static int setting_choices(App *app, int item, const char **labels, int *current) {
  const UiWords *w = app_words(app);
  const Config *c = &app->config;
  int n = 0;
  *current = -1;
  switch (item) {
  case SET_COUNTRY:
    for (n = 0; n < COUNT(countries); n++) {
      labels[n] = countries[n];
      if (strcmp(countries[n], c->country) == 0) *current = n;
    }
    break;
  case SET_IDLE:
    return numbers(app, w->seconds, idle_choices, COUNT(idle_choices), c->idle_seconds, labels, current);
  case SET_RESULT_IDLE:
    return numbers(app, w->seconds, result_choices, COUNT(result_choices), c->result_idle_seconds, labels, current);
  case SET_ROTATION:
    return numbers(app, w->degrees, rotation_choices, COUNT(rotation_choices), c->rotation, labels, current);
  case SET_VOLUME:
    return numbers(app, w->percent, volume_choices, COUNT(volume_choices), c->volume, labels, current);
  case SET_SPEECH: /* off; on (a learner may ask for it); on for every screen */
    labels[0] = w->off, labels[1] = w->on, labels[2] = w->speech_auto, n = 3;
    *current = !c->speech ? 0 : c->read_aloud ? 2 : 1;
    break;
  case SET_LARGE:
  case SET_SOUNDS:
  case SET_MOTION:
    labels[0] = w->off, labels[1] = w->on, n = 2;
    *current = (item == SET_LARGE ? c->large_text : item == SET_SOUNDS ? c->sounds : c->reduce_motion) ? 1 : 0;
    break;
  default:
    break;
  }
  return n;
}

static bool language_on(const App *app, const char *code) {
  for (int i = 0; i < app->config.nlanguages; i++)
    if (strcmp(app->config.languages[i], code) == 0) return true;
  return false;
}

void staff_build(App *app) {
  Panel *p = &app->panel;
  memset(p, 0, sizeof *p);
  p->progress = -1;
  const UiWords *w = app_words(app);
  switch (app->state) {
  case APP_PIN:
  case APP_NEW_PIN:
    p->kind = PANEL_PIN;
    p->title = app->state == APP_PIN ? w->staff_pin : (app->pin_stage ? w->pin_again : w->pin_new);
    p->text = app->pin_note ? app->pin_note : (app->state == APP_PIN ? pin_wait_note(app) : NULL);
    p->pin_length = app->pin_len;
    p->buttons[p->nbuttons++] = w->ok;
    p->buttons[p->nbuttons++] = w->cancel;
    break;
  case APP_STAFF:
    p->kind = PANEL_LIST;
    p->title = w->staff_menu;
    p->text = app->pin_note ? app->pin_note : survive_notice(app);
    p->items[STAFF_STATS].label = w->stats;
    p->items[STAFF_STATS].detail = dashboard_notice(app, true);
    p->items[STAFF_SETTINGS].label = w->settings;
    p->items[STAFF_PACKS].label = w->packs;
    p->items[STAFF_CHANGE_PIN].label = w->change_pin;
    p->items[STAFF_EXIT].label = w->exit_desktop;
    p->nitems = STAFF_ITEMS;
    p->buttons[p->nbuttons++] = w->back_kiosk;
    break;
  case APP_SETTINGS:
    p->kind = PANEL_LIST;
    if (app->setting_open) { /* one setting's choices, the one in force marked */
      int item = app->setting_open - 1, current;
      const char *labels[PANEL_MAX_ITEMS];
      p->nitems = setting_choices(app, item, labels, &current);
      for (int i = 0; i < p->nitems; i++) p->items[i] = (PanelItem){.label = labels[i], .chosen = i == current};
      p->title = item == SET_COUNTRY ? w->country : item == SET_IDLE ? w->idle : item == SET_RESULT_IDLE ? w->result_idle
                 : item == SET_ROTATION ? w->rotation : item == SET_LARGE ? w->large_text : item == SET_SPEECH ? w->speech
                 : item == SET_SOUNDS ? w->sounds : item == SET_MOTION ? w->reduce_motion : w->volume;
      p->buttons[p->nbuttons++] = w->cancel;
      break;
    }
    p->title = w->settings;
    p->items[SET_COUNTRY] = (PanelItem){.label = w->country, .detail = app->config.country};
    char list[64] = "";
    for (int i = 0; i < app->config.nlanguages; i++)
      snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? " " : "", app->config.languages[i]);
    p->items[SET_LANGUAGES] = (PanelItem){.label = w->languages, .detail = app_printf(app, "%s", list)};
    p->items[SET_IDLE] = (PanelItem){.label = w->idle, .detail = app_format(app, w->seconds, app->config.idle_seconds, 0)};
    p->items[SET_RESULT_IDLE] = (PanelItem){.label = w->result_idle,
                                            .detail = app_format(app, w->seconds, app->config.result_idle_seconds, 0)};
    p->items[SET_ROTATION] = (PanelItem){.label = w->rotation, .detail = app_format(app, w->degrees, app->config.rotation, 0)};
    p->items[SET_LARGE] = (PanelItem){.label = w->large_text, .detail = app->config.large_text ? w->on : w->off};
    p->items[SET_SPEECH] = (PanelItem){.label = w->speech, .detail = !app->config.speech ? w->off
                                                          : app->config.read_aloud ? w->speech_auto : w->on};
    p->items[SET_SOUNDS] = (PanelItem){.label = w->sounds, .detail = app->config.sounds ? w->on : w->off};
    p->items[SET_VOLUME] = (PanelItem){.label = w->volume, .detail = app_format(app, w->percent, app->config.volume, 0)};
    p->items[SET_MOTION] = (PanelItem){.label = w->reduce_motion, .detail = app->config.reduce_motion ? w->on : w->off};
    p->nitems = SET_ITEMS;
    p->buttons[p->nbuttons++] = w->ok;
    break;
  case APP_LANGUAGES_SETTING:
    p->kind = PANEL_LIST;
    p->title = w->languages;
    for (size_t i = 0; i < sizeof all_languages / sizeof all_languages[0]; i++)
      p->items[p->nitems++] = (PanelItem){.label = all_languages[i],
                                          .detail = language_on(app, all_languages[i]) ? w->on : w->off,
                                          .chosen = language_on(app, all_languages[i])};
    p->buttons[p->nbuttons++] = w->ok;
    break;
  case APP_STATS:
  case APP_EXPORT:
    dashboard_build(app, p);
    break;
  default:
    usb_build(app, p);
    break;
  }
  ui_view_free(app->panel_view);
  app->frame = (UiFrame){.title = w->staff_menu, .progress = -1};
  app->panel_view = ui_panel_view_new(app->ui, p, &app->frame, app->opt.width, app->opt.height, app->shown_at);
  app->view = app->panel_view;
}

static void save_config(App *app) {
  Error err;
  if (!config_save(&app->config, app->opt.data_dir, &err)) app_log(app, "settings not saved: %s", err.msg);
}

static void pin_ok(App *app) {
  if (app->state == APP_PIN) {
    PinResult r = pin_guard_check(&app->guard, &app->config, app->pin, app->now);
    wipe_pins(app);
    if (r == PIN_OK) {
      app->staff_entered = true;
      app->pin_note = NULL;
      app_show(app, APP_STAFF);
      return;
    }
    if (r == PIN_NOT_SET) {
      staff_enter(app);
      return;
    }
    const char *wait = pin_wait_note(app); /* after the third wrong PIN, say how long */
    app->pin_note = wait ? wait : app_words(app)->pin_wrong;
    app_refresh(app);
    return;
  }
  /* a new PIN: typed twice, after the rules (config_pin_problem) said yes to it */
  if (app->pin_stage == 0) {
    PinProblem problem = config_pin_problem(app->pin);
    if (problem != PIN_FINE) {
      wipe_pins(app);
      app->pin_note = problem == PIN_GUESSABLE ? app_words(app)->pin_weak : app_words(app)->pin_short;
      app_refresh(app);
      return;
    }
    memcpy(app->new_pin, app->pin, sizeof app->pin);
    sodium_memzero(app->pin, sizeof app->pin);
    app->pin_len = 0;
    app->pin_stage = 1;
    app->pin_note = NULL;
    app_refresh(app);
    return;
  }
  bool same = strcmp(app->new_pin, app->pin) == 0;
  Error err;
  if (same && config_set_pin(&app->config, app->pin, &err)) {
    wipe_pins(app);
    save_config(app);
    app->staff_entered = true;
    /* Without the data partition the PIN went to a throw-away folder like everything
       else: the staff menu then gives that reason (survive_notice), not "saved". */
    app->pin_note = app->data_missing ? NULL : app_words(app)->pin_saved;
    app_show(app, APP_STAFF);
    return;
  }
  wipe_pins(app);
  app->pin_stage = 0;
  app->pin_note = same ? err.msg : app_words(app)->pin_mismatch;
  app_refresh(app);
}

static void digit(App *app, int d) {
  if (app->pin_len >= CONFIG_PIN_MAX) return;
  app->pin[app->pin_len++] = (char)('0' + d);
  app->pin[app->pin_len] = '\0';
  app->pin_note = NULL;
  app_refresh(app);
}

static void erase(App *app) {
  if (app->pin_len == 0) return;
  app->pin[--app->pin_len] = '\0';
  app_refresh(app);
}

static void back_to_kiosk(App *app) {
  wipe_pins(app);
  app->pin_note = NULL;
  app_reset_visit(app);
}

bool staff_key(App *app, const Input *in) {
  bool pad = app->state == APP_PIN || app->state == APP_NEW_PIN;
  if (pad && in->key == KEY_CHAR && in->ch >= '0' && in->ch <= '9') digit(app, (int)(in->ch - '0'));
  else if (pad && in->key == KEY_BACKSPACE) erase(app);
  else if (pad && in->key == KEY_ENTER) pin_ok(app); /* Return submits, as OK does */
  else if (in->key == KEY_ESCAPE) {
    if (app->state == APP_SETTINGS && app->setting_open) {
      app->setting_open = 0;
      app_refresh(app);
    } else if (app->state == APP_SETTINGS || (app->state == APP_NEW_PIN && app->staff_entered)) app_show(app, APP_STAFF);
    else if (app->state == APP_LANGUAGES_SETTING) app_show(app, APP_SETTINGS);
    else if (app->state == APP_PACKS || app->state == APP_STATS) app_show(app, APP_STAFF);
    else if (app->state == APP_EXPORT) app_show(app, APP_STATS);
    else if (app->state == APP_PACK_REPORT || app->state == APP_PACK_INSTALLED) app_show(app, APP_PACKS);
    else back_to_kiosk(app);
  } else {
    return in->key == KEY_CHAR && in->ch != ' '; /* other characters mean nothing here; Space presses */
  }
  return true;
}

/* A tap on a setting shows its choices; a tap on a choice sets it and goes back to
   the list (nothing cycles on a tap, so staff always see what they are choosing). */
static void settings_item(App *app, int item) {
  if (item == SET_LANGUAGES) {
    app_show(app, APP_LANGUAGES_SETTING);
    return;
  }
  app->setting_open = item + 1;
  app_refresh(app);
}

static void setting_choose(App *app, int item, int choice) {
  Config *c = &app->config;
  Error err;
  const char *labels[PANEL_MAX_ITEMS];
  int current;
  if (choice < 0 || choice >= setting_choices(app, item, labels, &current)) return;
  switch (item) {
  case SET_COUNTRY:
    if (!config_set_country(c, countries[choice], app->assets, &err)) app_log(app, "%s", err.msg);
    break;
  case SET_IDLE:
    c->idle_seconds = idle_choices[choice];
    break;
  case SET_RESULT_IDLE:
    c->result_idle_seconds = result_choices[choice];
    break;
  case SET_ROTATION:
    c->rotation = rotation_choices[choice];
    break;
  case SET_LARGE:
    c->large_text = choice == 1;
    break;
  case SET_SPEECH:
    c->speech = choice > 0;
    c->read_aloud = choice == 2;
    break;
  case SET_SOUNDS:
    c->sounds = choice == 1;
    break;
  case SET_MOTION: /* no transitions anywhere, from the next screen on */
    c->reduce_motion = choice == 1;
    ui_set_reduce_motion(app->ui, c->reduce_motion);
    break;
  case SET_VOLUME:
    c->volume = volume_choices[choice];
    audio_set_volume(app->audio, c->volume);
    voice_sound(app, AUDIO_TAP); /* hear how loud it is */
    break;
  default:
    break;
  }
  app->setting_open = 0;
  app_refresh(app);
}

static void toggle_language(App *app, int item) {
  Config *c = &app->config;
  const char *code = all_languages[item];
  for (int i = 0; i < c->nlanguages; i++)
    if (strcmp(c->languages[i], code) == 0) {
      if (c->nlanguages == 1) return; /* one language must stay */
      memmove(c->languages[i], c->languages[i + 1], sizeof c->languages[0] * (size_t)(c->nlanguages - i - 1));
      c->nlanguages--;
      if (strcmp(c->default_language, code) == 0) snprintf(c->default_language, sizeof c->default_language, "%s", c->languages[0]);
      app_refresh(app);
      return;
    }
  if (c->nlanguages < CONFIG_MAX_LANGUAGES) snprintf(c->languages[c->nlanguages++], sizeof c->languages[0], "%s", code);
  app_refresh(app);
}

void staff_action(App *app, int action) {
  switch (app->state) {
  case APP_PIN:
  case APP_NEW_PIN:
    if (action >= UI_ACT_DIGIT && action <= UI_ACT_DIGIT + 9) digit(app, action - UI_ACT_DIGIT);
    else if (action == UI_ACT_DELETE) erase(app);
    else if (action == UI_ACT_BUTTON) pin_ok(app);
    else if (action == UI_ACT_BUTTON + 1) {
      if (app->state == APP_NEW_PIN && app->staff_entered) app_show(app, APP_STAFF);
      else back_to_kiosk(app);
    }
    break;
  case APP_STAFF:
    app->pin_note = NULL;
    if (action == UI_ACT_ITEM + STAFF_STATS) app_show(app, APP_STATS);
    else if (action == UI_ACT_ITEM + STAFF_SETTINGS) {
      app->setting_open = 0;
      app_show(app, APP_SETTINGS);
    }
    else if (action == UI_ACT_ITEM + STAFF_PACKS) app_show(app, APP_PACKS);
    else if (action == UI_ACT_ITEM + STAFF_CHANGE_PIN) {
      wipe_pins(app);
      app->pin_stage = 0;
      app_show(app, APP_NEW_PIN);
    } else if (action == UI_ACT_ITEM + STAFF_EXIT) {
      app->quit = true;
      app->exit_status = APP_EXIT_STAFF;
    } else if (action == UI_ACT_BUTTON) {
      back_to_kiosk(app);
    }
    break;
  case APP_SETTINGS:
    if (app->setting_open) {
      if (action >= UI_ACT_ITEM && action < UI_ACT_ITEM + PANEL_MAX_ITEMS)
        setting_choose(app, app->setting_open - 1, action - UI_ACT_ITEM);
      else if (action == UI_ACT_BUTTON) {
        app->setting_open = 0;
        app_refresh(app);
      }
    } else if (action >= UI_ACT_ITEM && action < UI_ACT_ITEM + SET_ITEMS) settings_item(app, action - UI_ACT_ITEM);
    else if (action == UI_ACT_BUTTON) {
      save_config(app);
      app_apply_settings(app);
      app_show(app, APP_STAFF);
    }
    break;
  case APP_LANGUAGES_SETTING:
    if (action >= UI_ACT_ITEM && action < UI_ACT_ITEM + (int)(sizeof all_languages / sizeof all_languages[0]))
      toggle_language(app, action - UI_ACT_ITEM);
    else if (action == UI_ACT_BUTTON)
      app_show(app, APP_SETTINGS);
    break;
  case APP_STATS:
  case APP_EXPORT:
    dashboard_action(app, action);
    break;
  default:
    usb_action(app, action);
    break;
  }
}
