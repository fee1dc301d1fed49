/* voice.c — the kiosk reading aloud: the speaker button on every learner screen, the
   visit's "read aloud to me" switch, a block of text tapped to hear it, the word being
   read lit on the screen, and the short sounds. What a lesson screen says is the
   session's reading order (play/readaloud.c); the kiosk's own screens are read here.
   Reading stops the moment the screen changes; there is only ever one voice. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/internal.h"
#include "play/readaloud.h"

/* ---- the voice, made when first needed ------------------------------------------------- */

static int word_starts(void *ud, const char *text, uint32_t *starts, int max) {
  return text_word_starts(ud, text, starts, max);
}

void voice_open(App *app) {
  ui_set_read_taps(app->ui, app->config.speech && app->audio);
  audio_set_volume(app->audio, app->config.volume);
}

/* The reader, started on first use; NULL when speech is off or cannot start. */
static PlayReader *reader(App *app) {
  if (app->reader || app->voice_failed || !app->config.speech || !app->audio) return app->reader;
  Error err;
  app->speech = speech_new(&err);
  if (!app->speech) {
    app->voice_failed = true;
    app_log(app, "reading aloud off: %s", err.msg);
    return NULL;
  }
  speech_set_breaker(app->speech, word_starts, app->text);
  /* headless, the clock is the script's: each utterance is made whole, so the WAV does
     not depend on how fast this machine is */
  app->reader = play_reader_new(app->speech, app->audio, app->opt.headless);
  return app->reader;
}

void voice_close(App *app) {
  play_reader_free(app->reader);
  app->reader = NULL;
  speech_free(app->speech);
  app->speech = NULL;
}

bool voice_available(const App *app) {
  return app->config.speech && app->audio && !app->voice_failed && !app->no_voice[app->lang];
}

bool voice_speaking(const App *app) { return app->reader && play_reader_speaking(app->reader); }

static void log_voice(App *app) {
  Error line;
  while (app->reader && play_reader_log_take(app->reader, &line)) app_log(app, "%s", line.msg);
}

static void say(App *app, const SpeechItem *items, int n, const char *what) {
  PlayReader *r = reader(app);
  if (!r || n <= 0) return;
  play_reader_say(r, items, n, what);
  log_voice(app);
  app->read_due = false;
  app->lit_view = NULL; /* light the first word on the next tick */
}

void voice_stop(App *app) {
  app->read_due = false;
  if (app->reader) play_reader_stop(app->reader);
  audio_stop(app->audio); /* a pack's narration too */
}

void voice_sound(App *app, AudioSound s) {
  if (app->config.sounds) audio_sound(app->audio, s);
}

/* ---- what the kiosk's own screens say -------------------------------------------------- */

static const char *lang_now(const App *app) { return app->langs[app->lang]; }

typedef struct Blocks {
  SpeechItem items[SPEECH_MAX_ITEMS];
  int n;
  ReadAloudShown shown; /* words made for a lesson screen */
} Blocks;

static void add(Blocks *b, const char *text, const char *lang) {
  if (text && *text && b->n < SPEECH_MAX_ITEMS) b->items[b->n++] = (SpeechItem){text, lang, NULL};
}

static void panel_blocks(App *app, Blocks *b) {
  const Panel *p = &app->panel;
  const char *lang = lang_now(app);
  add(b, p->title, lang);
  add(b, p->text, lang);
  switch (p->kind) {
  case PANEL_ATTRACT: /* the invitation in every language, each in its own voice */
    for (int i = 0; i < p->nlines && i < app->nlangs; i++)
      if (!app->no_voice[i]) add(b, p->lines[i], app->langs[i]);
    break;
  case PANEL_LANGUAGES: /* each language's name in its own voice, where it has one */
    for (int i = 0; i < p->nitems && i < app->nlangs; i++)
      if (!app->no_voice[i]) add(b, p->items[i].label, app->langs[i]);
    if (p->toggle) {
      add(b, p->toggle, lang);
      add(b, p->toggle_on ? app_words(app)->on : app_words(app)->off, lang);
    }
    break;
  default:
    for (int i = 0; i < p->nlines; i++) add(b, p->lines[i], lang);
    for (int i = 0; i < p->nitems; i++) {
      add(b, p->items[i].note, lang);
      add(b, p->items[i].label, lang);
      add(b, p->items[i].detail, lang);
    }
    if (p->kind != PANEL_MENU)
      for (int i = 0; i < p->nbuttons; i++) add(b, p->buttons[i], lang);
    break;
  }
}

/* The lesson screen as the session reads it: the screen, or the feedback on show. */
static void lesson_blocks(App *app, Blocks *b, char *fmt, size_t fmt_size) {
  const Screen *s = learner_screen(app);
  UiView *v = app->lesson_view;
  if (!s || !v) return;
  Answer a;
  if (ui_view_in_feedback(v) && ui_view_answer(v, &a)) {
    b->n = readaloud_feedback(s, &a, app_words(app), lang_now(app), fmt, fmt_size, b->items, SPEECH_MAX_ITEMS);
    return;
  }
  ReadAloudShown *shown = &b->shown;
  shown->help = ui_helpline_for(app->ui, s->help);
  shown->meter = ui_view_meter(v);
  b->n = readaloud_screen(s, shown, app_words(app), lang_now(app), b->items, SPEECH_MAX_ITEMS);
}

static bool on_lesson(const App *app) { return app->state == APP_LESSON && !app->countdown && app->lesson_view; }

/* Reads the whole screen on show; a pack's recording of it wins over the voice. */
static void read_screen(App *app) {
  Blocks b = {.n = 0};
  char fmt[128], what[48];
  if (on_lesson(app)) {
    const Screen *s = learner_screen(app);
    if (!ui_view_in_feedback(app->lesson_view) && s && s->audio) {
      learner_play_narration(app);
      return;
    }
    lesson_blocks(app, &b, fmt, sizeof fmt);
    snprintf(what, sizeof what, "read screen %d %s", play_session_screens(app->session),
             s ? screen_kind_name(s->kind) : "");
  } else {
    panel_blocks(app, &b);
    snprintf(what, sizeof what, "read %s", app->countdown ? "still-there" : app_state_name(app->state));
  }
  say(app, b.items, b.n, what);
}

/* ---- events ------------------------------------------------------------------------------- */

static bool learner_screen_state(const App *app) { return !app_staff_state(app->state); }

void voice_screen_shown(App *app) {
  voice_stop(app);
  audio_note(app->audio, "screen %s", app_state_name(app->state));
  if (app->state == APP_LESSON && app->lesson_view) ui_view_answer(app->lesson_view, &app->flags_seen);
  if (!learner_screen_state(app) || !voice_available(app)) return;
  if (app->state == APP_LANGUAGE && reader(app)) speech_warm(app->speech); /* a visitor: be ready */
  /* the attract screen waits for a touch: it never talks to an empty room */
  if (app->read_aloud && app->state != APP_ATTRACT) app->read_due = true;
}

void voice_countdown(App *app, bool up) {
  voice_stop(app);
  audio_note(app->audio, "%s", up ? "screen still-there" : "screen back");
  if (up && app->read_aloud && voice_available(app)) app->read_due = true;
}

void voice_speaker(App *app) {
  if (voice_speaking(app)) {
    voice_stop(app);
    return;
  }
  read_screen(app);
}

void voice_read_block(App *app, const char *text) {
  SpeechItem item = {text, lang_now(app), NULL};
  say(app, &item, 1, "read block");
}

void voice_feedback(App *app) {
  const Screen *s = learner_screen(app);
  Answer a;
  if (!s || !app->lesson_view || !ui_view_answer(app->lesson_view, &a)) return;
  Grade g = screen_grade(s, &a);
  voice_sound(app, g.max == 0 ? AUDIO_TAP : (g.correct ? AUDIO_RIGHT : AUDIO_NOT_QUITE));
  voice_stop(app);
  if (app->read_aloud) read_screen(app);
}

void voice_lesson_changed(App *app) {
  const Screen *s = learner_screen(app);
  Answer now;
  if (!s || !app->lesson_view || s->kind != SCREEN_FLAGS || ui_view_in_feedback(app->lesson_view)) return;
  ui_view_answer(app->lesson_view, &now);
  Blocks b = {.n = 0};
  b.n = readaloud_flag_tap(s, &app->flags_seen, &now, app_words(app), lang_now(app), b.items, SPEECH_MAX_ITEMS);
  app->flags_seen = now;
  if (b.n && app->read_aloud) say(app, b.items, b.n, "read flag");
}

void voice_toggle(App *app) {
  app->read_aloud = !app->read_aloud;
  app_refresh(app);
  voice_stop(app);
  if (app->read_aloud) { /* says what the switch now does */
    Blocks b = {.n = 0};
    add(&b, app_words(app)->read_aloud, lang_now(app));
    add(&b, app_words(app)->on, lang_now(app));
    say(app, b.items, b.n, "read switch");
  }
}

void voice_reset(App *app) {
  voice_stop(app);
  app->read_aloud = app->config.read_aloud; /* the next visitor starts from the staff's choice */
}

/* ---- time --------------------------------------------------------------------------------- */

/* A chat is read as its messages appear: from the first one on. */
static bool read_waits(const App *app) {
  const Screen *s = on_lesson(app) ? learner_screen(app) : NULL;
  return s && s->kind == SCREEN_CHAT && ui_view_wake_ms(app->lesson_view, app->now) >= 0 &&
         ui_view_revealed(app->lesson_view) == 0;
}

void voice_tick(App *app) {
  audio_clock(app->audio, app->now);
  if (app->read_due && app->view && !read_waits(app)) read_screen(app);
  if (!app->reader || !app->view) return;
  bool changed = play_reader_pump(app->reader) || app->view != app->lit_view;
  if (ui_view_set_speaking(app->view, play_reader_speaking(app->reader))) app->dirty = true;
  if (!changed) return;
  const char *text;
  uint32_t start, end;
  if (play_reader_word(app->reader, &text, &start, &end)) ui_view_highlight(app->view, text, start, end);
  else ui_view_highlight(app->view, NULL, 0, 0);
  app->lit_view = app->view;
  app->dirty = true;
}

int voice_wake_ms(const App *app) {
  if (app->read_due && !read_waits(app)) return 0; /* else the chat's own animation wakes us */
  return app->reader ? play_reader_wake_ms(app->reader) : -1;
}
