/* ui_fixture.h — the text engine and Ui that the ui tests (test_ui.c, test_touch.c,
   test_feedback.c) build views on, with the system's fonts and the English words.
   guard_ms is the tap guard: 0 for tests that tap at time 0, -1 to keep the kiosk's
   own (test_touch.c tests the guard). */
#ifndef TESTS_UI_FIXTURE_H
#define TESTS_UI_FIXTURE_H

#include "ui/internal.h"

static Text *text;
static Ui *ui;

static inline void ui_fixture_setup(int guard_ms) {
  Error err;
  text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ui = ui_new(text, ui_default_words());
  if (guard_ms >= 0) ui_set_tap_guard(ui, guard_ms);
}

static inline void teardown(void) {
  ui_free(ui);
  text_free(text);
}

static inline char *sdup(Screen *s, const char *t) { return arena_strdup(s->arena, t); }

/* The first widget with this action, or NULL. */
static inline const Widget *ui_fixture_find(const UiView *v, int action) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].action == action) return &v->widgets[i];
  return NULL;
}

/* A tap on the widget with this action (as ui_view_tap_action places it), at time 0. */
static inline UiEvent ui_fixture_tap(UiView *v, int action) {
  Input down, up;
  ck_assert_msg(ui_view_tap_action(v, action, &down, &up), "no widget for action %d", action);
  ui_view_input(v, &down, 0);
  return ui_view_input(v, &up, 0);
}

/* A CHOICE screen of n options, each reading `option`, the first one right. */
static inline Screen *ui_fixture_choice(int n, const char *question, const char *option) {
  Screen *s = screen_new(SCREEN_CHOICE);
  s->id = sdup(s, "q");
  s->text = sdup(s, question);
  for (int i = 0; i < n; i++) {
    char id[8];
    snprintf(id, sizeof id, "o%d", i);
    s->options[i].id = sdup(s, id);
    s->options[i].text = sdup(s, option);
    s->options[i].feedback = sdup(s, "Because of a reason you can understand.");
  }
  s->options[0].correct = true;
  s->noptions = n;
  return s;
}

/* A finished lesson's result screen: two take-aways, the scam help line, 3 of 5. */
static inline Screen *ui_fixture_result(void) {
  Screen *r = screen_new(SCREEN_RESULT);
  r->title = sdup(r, "Lesson complete");
  r->ntakeaways = 2;
  r->takeaways[0] = sdup(r, "Banks never ask for your code.");
  r->takeaways[1] = sdup(r, "Call the number you already have.");
  r->help = sdup(r, "scam");
  r->score = 3;
  r->max = 5;
  return r;
}

#endif
