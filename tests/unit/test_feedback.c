/* test_feedback.c — feedback that teaches: choose-all marks for what the learner did
   and what is true, partial credit and the nudge on an empty answer; Safe/Scam feedback
   saying what the learner chose; verdict words that fit the screen kind; a clear, kind
   warning for a choice that does real harm; no red verdict in a lesson that is not a
   test; what a practice passphrase lacked, in any script; words for exactly one. */
#include "testutil.h"
#include "play/kiosk_words.h"
#include "ui_fixture.h"

static void setup(void) { ui_fixture_setup(0); }

static Screen *question(ScreenKind kind, int n, unsigned correct) {
  Screen *s = screen_new(kind);
  s->id = sdup(s, "q");
  s->text = sdup(s, "Which are signs of a scam?");
  for (int i = 0; i < n; i++) {
    char id[8], label[32];
    snprintf(id, sizeof id, "o%d", i);
    snprintf(label, sizeof label, "Answer number %d", i);
    s->options[i] = (Option){sdup(s, id), sdup(s, label), sdup(s, "Because of a reason."), (correct >> i) & 1, false};
  }
  s->noptions = n;
  return s;
}

static const Widget *find(const UiView *v, int action) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].action == action) return &v->widgets[i];
  return NULL;
}

static UiEvent tap(UiView *v, int action) {
  const Widget *w = find(v, action);
  ck_assert_msg(w != NULL, "no action %d", action);
  Input down = {.kind = INPUT_PRESS, .x = w->r.x + w->r.w / 2, .y = w->r.y + w->r.h / 2, .touch = true};
  Input up = down;
  up.kind = INPUT_RELEASE;
  ui_view_input(v, &down, 0);
  return ui_view_input(v, &up, 0);
}

/* The mark drawn in front of the option whose button starts at row y. */
static int icons_of(const UiView *v, Icon icon) {
  int n = 0;
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].kind == W_ICON && v->widgets[i].icon == icon) n++;
  return n;
}

static bool any_text_in(const UiView *v, Color c) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].kind == W_TEXT && v->widgets[i].fg.r == c.r && v->widgets[i].fg.g == c.g &&
        v->widgets[i].fg.b == c.b)
      return true;
  return false;
}

START_TEST(test_choose_all_marks_right_missed_and_wrong_ticks_apart) {
  /* options 0, 1, 2 are signs; 3 is not. Ticked: 0 (right), 3 (not one); missed: 1, 2 */
  Screen *s = question(SCREEN_MULTI, 4, 0x7);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  tap(v, ACT_OPTION + 0);
  tap(v, ACT_OPTION + 3);
  ck_assert_int_eq(tap(v, ACT_CHECK), UI_FEEDBACK);
  ck_assert(ui_view_shows(v, "You found 1 of 3")); /* partial credit, not "Not quite" */
  ck_assert(!ui_view_shows(v, "Not quite"));
  ck_assert_int_eq(icons_of(v, ICON_TICK), 1);    /* ticked, and right */
  ck_assert_int_eq(icons_of(v, ICON_WARNING), 2); /* right, and missed */
  ck_assert_int_eq(icons_of(v, ICON_CROSS), 1);   /* ticked, but not one */
  ck_assert(ui_view_shows(v, "You missed this one"));
  ck_assert(ui_view_shows(v, "You ticked it, but it is not one"));
  ui_view_free(v);
  /* all right: "You found them all!", and the one rightly left empty gets an empty box */
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ui_view_show_answer(v, &(Answer){ANSWER_GIVEN, ANSWER_NO_CHOICE, 0x7, 0});
  ck_assert(ui_view_shows(v, "You found them all!"));
  ck_assert_int_eq(icons_of(v, ICON_TICK), 3);
  ck_assert_int_eq(icons_of(v, ICON_CROSS) + icons_of(v, ICON_WARNING), 0);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_an_empty_choose_all_gets_a_nudge_not_an_answer) {
  Screen *s = question(SCREEN_MULTI, 4, 0x3);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(tap(v, ACT_CHECK), UI_CHANGED);
  ck_assert(!ui_view_in_feedback(v));
  ck_assert(ui_view_shows(v, "Tick at least one answer"));
  tap(v, ACT_OPTION + 1); /* ticking one takes the nudge away */
  ck_assert(!ui_view_shows(v, "Tick at least one answer"));
  ck_assert_int_eq(tap(v, ACT_CHECK), UI_FEEDBACK);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

static Screen *decide(bool scam) {
  Screen *s = screen_new(SCREEN_DECIDE);
  s->id = sdup(s, "d");
  s->text = sdup(s, "Safe or scam?");
  s->message.from.text = sdup(s, "MyBank");
  s->message.nparts = 1;
  s->message.parts[0].text = sdup(s, "Your code is 482913. Never share it.");
  s->scam = scam;
  s->why = sdup(s, "You asked for it yourself.");
  return s;
}

START_TEST(test_safe_or_scam_feedback_says_what_the_learner_chose) {
  Screen *s = decide(false);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(tap(v, ACT_SCAM), UI_FEEDBACK);
  ck_assert(ui_view_shows(v, "You said: Scam"));
  ck_assert(ui_view_shows(v, "This one is safe."));
  ui_view_free(v);
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  tap(v, ACT_SAFE);
  ck_assert(ui_view_shows(v, "You said: Safe"));
  ck_assert(ui_view_shows(v, "Well spotted!"));
  ui_view_free(v);
  screen_free(s);
}
END_TEST

static Screen *chat(void) {
  Screen *s = question(SCREEN_CHAT, 2, 0x2);
  s->contact = sdup(s, "Daniel");
  s->nbubbles = 1;
  s->bubbles[0] = (Bubble){sdup(s, "Send me the code"), false, false};
  return s;
}

START_TEST(test_verdict_words_fit_the_screen_kind) {
  Screen *c = chat();
  UiView *v = ui_view_new(ui, c, NULL, 800, 480, NULL, 0);
  tap(v, ACT_OPTION + 1);
  ck_assert(ui_view_shows(v, "Good reply"));
  ck_assert(!ui_view_shows(v, "Well spotted"));
  ui_view_free(v);
  v = ui_view_new(ui, c, NULL, 800, 480, NULL, 0);
  tap(v, ACT_OPTION + 0);
  ck_assert(ui_view_shows(v, "Not the safest reply"));
  ui_view_free(v);
  screen_free(c);
  Screen *q = question(SCREEN_CHOICE, 3, 0x1);
  v = ui_view_new(ui, q, NULL, 800, 480, NULL, 0);
  tap(v, ACT_OPTION + 0);
  ck_assert(ui_view_shows(v, "That's right!"));
  ui_view_free(v);
  screen_free(q);
}
END_TEST

START_TEST(test_giving_away_a_code_earns_a_clear_kind_warning) {
  Screen *c = chat();
  c->options[0].danger = true;
  UiView *v = ui_view_new(ui, c, NULL, 800, 480, NULL, 0);
  tap(v, ACT_OPTION + 0);
  ck_assert(ui_view_shows(v, "Careful! That is what a scammer wants."));
  ck_assert(!ui_view_shows(v, "Not the safest reply"));
  ck_assert_int_eq(icons_of(v, ICON_WARNING), 1);
  ck_assert(!any_text_in(v, v->theme.bad)); /* a warning, not a telling-off */
  ui_view_free(v);
  screen_free(c);
  /* a lesson cannot mark the right answer as dangerous */
  Screen *q = question(SCREEN_CHOICE, 2, 0x1);
  q->options[0].danger = true;
  Error err;
  ck_assert(!screen_check(q, &err));
  ck_assert_str_eq(err.msg, "option 'o0' is marked both correct and danger");
  screen_free(q);
}
END_TEST

START_TEST(test_a_lesson_that_is_not_a_test_never_shows_a_red_verdict) {
  Screen *kinds[4] = {question(SCREEN_CHOICE, 3, 0x1), question(SCREEN_MULTI, 3, 0x3), chat(), decide(true)};
  for (int k = 0; k < 4; k++) {
    Screen *s = kinds[k];
    s->unscored = true;
    Answer alts[SCREEN_MAX_ALTERNATIVES];
    int n = screen_alternatives(s, alts, SCREEN_MAX_ALTERNATIVES);
    for (int i = 0; i < n; i++) {
      UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
      ui_view_show_answer(v, &alts[i]);
      ck_assert_msg(!any_text_in(v, v->theme.bad), "%s answer %d: red text", screen_kind_name(s->kind), i);
      ck_assert_int_eq(icons_of(v, ICON_CROSS), 0);
      ck_assert(!ui_view_shows(v, "Not quite"));
      ui_view_free(v);
    }
    screen_free(s);
  }
}
END_TEST

START_TEST(test_a_passphrase_rating_says_what_it_lacked_in_any_script) {
  static const struct { const char *typed; int level; UiPasswordWhy why; int words; } cases[] = {
      {"abc12", 0, UI_PASSWORD_SHORT, 0},
      {"माया", 0, UI_PASSWORD_SHORT, 0},          /* 4 letters, though 12 bytes */
      {"password2024", 0, UI_PASSWORD_COMMON, 0},
      {"12345678", 0, UI_PASSWORD_RUN, 0},
      {"blue horse river", 1, UI_PASSWORD_FEW_WORDS, 3},
      {"kite onion lamp river shoe", 2, UI_PASSWORD_WORDS, 5},
      {"Tr0ub4dor&3xyzQW", 2, UI_PASSWORD_VARIED, 0},
      {"แมว ช้าง ต้นไม้ ทะเล ภูเขา", 2, UI_PASSWORD_WORDS, 5},
      {"แมวช้างต้นไม้ทะเลภูเขา", 2, UI_PASSWORD_WORDS, 5}, /* Thai words need no spaces */
      {"बिरालो हात्ती रूख समुद्र पहाड", 2, UI_PASSWORD_WORDS, 5},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    UiPasswordRating r = ui_password_rate(text, cases[i].typed);
    ck_assert_msg(r.level == cases[i].level && r.why == cases[i].why, "'%s': level %d why %d (want %d %d)",
                  cases[i].typed, r.level, r.why, cases[i].level, cases[i].why);
    if (cases[i].words) ck_assert_int_ge(r.words, cases[i].words);
  }
}
END_TEST

START_TEST(test_passphrase_feedback_shows_what_it_lacked_not_other_rows) {
  Screen *s = screen_new(SCREEN_PASSWORD);
  s->id = sdup(s, "p");
  s->text = sdup(s, "Make a practice passphrase.");
  static const char *const ids[3] = {"weak", "fair", "strong"};
  static const char *const names[3] = {"Easy to guess", "Could be stronger", "Strong"};
  for (int i = 0; i < 3; i++) s->options[i] = (Option){sdup(s, ids[i]), sdup(s, names[i]), sdup(s, "Level feedback."), i == 2, false};
  s->noptions = 3;
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const char *typed = "blue horse river";
  for (const char *c = typed; *c; c++) {
    Input in = {.kind = INPUT_KEY, .key = KEY_CHAR, .ch = (uint32_t)(unsigned char)*c};
    ui_view_input(v, &in, 0);
  }
  ck_assert_int_eq(tap(v, ACT_CHECK), UI_FEEDBACK);
  ck_assert(ui_view_shows(v, "Could be stronger"));
  ck_assert(ui_view_shows(v, "It has 3 words. Five words"));
  ck_assert(!ui_view_shows(v, "Easy to guess")); /* no rows of levels the learner never reached */
  ck_assert(!ui_view_shows(v, "Strong"));
  ck_assert(!ui_view_shows(v, "horse"));         /* and never what was typed */
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_words_for_one_follow_the_language) {
  char *a = ui_format_n("in {n} seconds", "in 1 second", 1, 0, NULL),
       *b = ui_format_n("in {n} seconds", "in 1 second", 3, 0, NULL);
  ck_assert_str_eq(a, "in 1 second");
  ck_assert_str_eq(b, "in 3 seconds");
  free(a);
  free(b);
  KioskWords en, ms, th;
  Error err;
  ck_assert_msg(kiosk_words_load(&en, "assets", "en", "MY", &err), "%s", err.msg);
  ck_assert_msg(kiosk_words_load(&ms, "assets", "ms", "MY", &err), "%s", err.msg);
  ck_assert_msg(kiosk_words_load(&th, "assets", "th", "MY", &err), "%s", err.msg);
  ck_assert_str_eq(en.ui.still_there_text_one, "The kiosk starts again for the next person in 1 second.");
  /* Malay and Thai have no singular form: their own word serves, never English's */
  ck_assert_ptr_null(ms.ui.still_there_text_one);
  ck_assert_ptr_null(th.ui.pw_few_words_one);
  char *m = ui_format_n(ms.ui.still_there_text, ms.ui.still_there_text_one, 1, 0, NULL);
  ck_assert_msg(strstr(m, "1 saat") != NULL, "%s", m);
  free(m);
  kiosk_words_free(&en);
  kiosk_words_free(&ms);
  kiosk_words_free(&th);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("feedback");
  TCase *tc = tcase_create("feedback");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_choose_all_marks_right_missed_and_wrong_ticks_apart);
  tcase_add_test(tc, test_an_empty_choose_all_gets_a_nudge_not_an_answer);
  tcase_add_test(tc, test_safe_or_scam_feedback_says_what_the_learner_chose);
  tcase_add_test(tc, test_verdict_words_fit_the_screen_kind);
  tcase_add_test(tc, test_giving_away_a_code_earns_a_clear_kind_warning);
  tcase_add_test(tc, test_a_lesson_that_is_not_a_test_never_shows_a_red_verdict);
  tcase_add_test(tc, test_a_passphrase_rating_says_what_it_lacked_in_any_script);
  tcase_add_test(tc, test_passphrase_feedback_shows_what_it_lacked_not_other_rows);
  tcase_add_test(tc, test_words_for_one_follow_the_language);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
