/* test_ui.c — layout and overflow at 800x480 and 1920x1080, touch targets, hit-testing,
   taps counted once, keyboard operation, red-flag segments, chat animation. */
#include "testutil.h"
#include "ui/internal.h"

static Text *text;
static Ui *ui;

static void setup(void) {
  Error err;
  text = text_new(NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ui = ui_new(text, ui_default_words());
}

static void teardown(void) {
  ui_free(ui);
  text_free(text);
}

static char *sdup(Screen *s, const char *t) { return arena_strdup(s->arena, t); }

static Screen *choice(int n, const char *question) {
  Screen *s = screen_new(SCREEN_CHOICE);
  s->id = sdup(s, "q");
  s->text = sdup(s, question);
  for (int i = 0; i < n; i++) {
    char id[8];
    snprintf(id, sizeof id, "o%d", i);
    s->options[i].id = sdup(s, id);
    s->options[i].text = sdup(s, "An answer that reads naturally");
    s->options[i].feedback = sdup(s, "Because of a reason you can understand.");
  }
  s->options[0].correct = true;
  s->noptions = n;
  return s;
}

static Screen *flags(void) {
  Screen *s = screen_new(SCREEN_FLAGS);
  s->id = sdup(s, "f");
  s->message.from.text = sdup(s, "+60 11-2938 4410");
  s->message.nparts = 1;
  RichText *r = &s->message.parts[0];
  r->text = sdup(s, "Your parcel is on hold. Pay RM1.50 now. Thanks!");
  r->nspans = 1;
  r->spans = arena_alloc(s->arena, sizeof(FlagSpan));
  r->spans[0] = (FlagSpan){24, 34, 0};
  s->nflags = 1;
  s->flags[0] = (Flag){sdup(s, "fee"), sdup(s, "A small fee is a trick.")};
  return s;
}

/* The first widget with this action. */
static const Widget *find(const UiView *v, int action) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].action == action) return &v->widgets[i];
  return NULL;
}

static UiEvent tap(UiView *v, const Widget *w) {
  ck_assert_ptr_nonnull(w);
  int x = w->r.x + w->r.w / 2, y = w->r.y + w->r.h / 2;
  Input down = {.kind = INPUT_PRESS, .x = x, .y = y, .touch = true};
  Input up = {.kind = INPUT_RELEASE, .x = x, .y = y, .touch = true};
  ui_view_input(v, &down, 0);
  return ui_view_input(v, &up, 0);
}

static UiEvent key(UiView *v, Key k) {
  Input in = {.kind = INPUT_KEY, .key = k};
  return ui_view_input(v, &in, 0);
}

START_TEST(test_a_plain_question_fits_at_both_sizes) {
  Screen *s = choice(4, "What should she do now?");
  UiFrame frame = {.title = "Lesson", .progress = -1, .help_button = true, .exit_button = true};
  char *problems[8];
  ck_assert_int_eq(ui_check_fit(ui, s, &frame, 800, 480, problems, 8), 0);
  ck_assert_int_eq(ui_check_fit(ui, s, &frame, 1920, 1080, problems, 8), 0);
  ck_assert_int_eq(ui_check_fit(ui, s, &frame, 480, 800, problems, 8), 0);
  screen_free(s);
}
END_TEST

START_TEST(test_text_that_does_not_fit_is_reported) {
  Screen *s = screen_new(SCREEN_PAGE);
  char body[1801];
  for (int i = 0; i < 1800; i++) body[i] = i % 7 == 6 ? ' ' : 'w';
  body[1800] = '\0';
  s->title = sdup(s, "Title");
  s->text = sdup(s, body);
  char *problems[8];
  int n = ui_check_fit(ui, s, NULL, 800, 480, problems, 8);
  ck_assert_int_ge(n, 1);
  ck_assert_msg(strstr(problems[0], "page (asking) at 800x480: page text") != NULL, "%s", problems[0]);
  for (int i = 0; i < n; i++) free(problems[i]);
  /* the same text has room on a big screen? no: the scale is the same, so it must still fail */
  n = ui_check_fit(ui, s, NULL, 1920, 1080, problems, 8);
  ck_assert_int_ge(n, 1);
  for (int i = 0; i < n; i++) free(problems[i]);
  screen_free(s);
}
END_TEST

START_TEST(test_every_target_is_at_least_44px_at_800x480) {
  Screen *s = choice(5, "Pick one");
  UiFrame frame = {.title = "Lesson", .progress = -1, .help_button = true, .exit_button = true};
  UiView *v = ui_view_new(ui, s, &frame, 800, 480, NULL, 0);
  int targets = 0;
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].action != ACT_NONE && v->widgets[i].kind != W_HIT) {
      ck_assert_int_ge(v->widgets[i].r.h, 44);
      ck_assert_int_ge(v->widgets[i].r.w, 44);
      targets++;
    }
  ck_assert_int_eq(targets, 5 + 2); /* options, Get help, Back */
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_tapping_an_option_shows_feedback_then_continue_answers) {
  Screen *s = choice(3, "Pick one");
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(tap(v, find(v, ACT_OPTION + 2)), UI_CHANGED);
  ck_assert_int_eq(v->phase, PHASE_FEEDBACK);
  ck_assert_ptr_null(find(v, ACT_OPTION + 0)); /* no second guess */
  ck_assert_int_eq(tap(v, find(v, ACT_NEXT)), UI_ANSWERED);
  Answer a;
  ck_assert(ui_view_answer(v, &a));
  ck_assert_int_eq(a.choice, 2);
  ck_assert(!screen_grade(s, &a).correct);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_a_tap_released_elsewhere_does_nothing) {
  Screen *s = choice(3, "Pick one");
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const Widget *w = find(v, ACT_OPTION + 0);
  Input down = {.kind = INPUT_PRESS, .x = w->r.x + 5, .y = w->r.y + 5};
  Input up = {.kind = INPUT_RELEASE, .x = 790, .y = 475};
  ui_view_input(v, &down, 0);
  ui_view_input(v, &up, 0);
  ck_assert_int_eq(v->phase, PHASE_ASK);
  /* a release without a press (the second half of a duplicated event) does nothing */
  Input up2 = {.kind = INPUT_RELEASE, .x = w->r.x + 5, .y = w->r.y + 5};
  ck_assert_int_eq(ui_view_input(v, &up2, 0), UI_NOTHING);
  ck_assert_int_eq(v->phase, PHASE_ASK);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_keyboard_alone_answers_a_question) {
  Screen *s = choice(3, "Pick one");
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  key(v, KEY_TAB);
  key(v, KEY_DOWN);
  ck_assert_int_eq(key(v, KEY_ENTER), UI_CHANGED);
  ck_assert_int_eq(v->answer.choice, 1);
  ck_assert_int_eq(v->phase, PHASE_FEEDBACK);
  UiEvent e = UI_NOTHING;
  for (int i = 0; i < 5 && e != UI_ANSWERED; i++) {
    if (v->focus >= 0 && v->widgets[v->focus].action == ACT_NEXT) e = key(v, KEY_ENTER);
    else key(v, KEY_TAB);
  }
  ck_assert_int_eq(e, UI_ANSWERED);
  ck_assert_int_eq(key(v, KEY_ESCAPE), UI_EXIT);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_multi_toggles_and_checks) {
  Screen *s = choice(3, "Pick all");
  s->kind = SCREEN_MULTI;
  s->options[2].correct = true;
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  tap(v, find(v, ACT_OPTION + 0));
  tap(v, find(v, ACT_OPTION + 1));
  tap(v, find(v, ACT_OPTION + 1));
  tap(v, find(v, ACT_OPTION + 2));
  ck_assert_uint_eq(v->answer.picked, 5);
  tap(v, find(v, ACT_CHECK));
  ck_assert_int_eq(v->phase, PHASE_FEEDBACK);
  ck_assert(screen_grade(s, &v->answer).correct);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_tapping_a_flag_finds_it_and_plain_words_count_as_a_miss) {
  Screen *s = flags();
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  int flag_seg = -1, plain_seg = -1;
  for (int i = 0; i < v->nsegments; i++) {
    if (v->segments[i].flag == 0) flag_seg = i;
    else if (v->segments[i].field == 2 && plain_seg < 0) plain_seg = i;
  }
  ck_assert_int_ge(flag_seg, 0);
  ck_assert_int_ge(plain_seg, 0);
  tap(v, find(v, ACT_SEGMENT + plain_seg));
  ck_assert_int_eq(v->answer.misses, 1);
  ck_assert_int_eq(v->last_flag, -2);
  tap(v, find(v, ACT_SEGMENT + flag_seg));
  ck_assert_uint_eq(v->answer.picked, 1);
  ck_assert_int_eq(v->last_flag, 0);
  tap(v, find(v, ACT_DONE));
  ck_assert_int_eq(v->phase, PHASE_FEEDBACK);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_keyboard_reaches_every_part_of_a_message) {
  Screen *s = flags();
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  /* sender, three sentences of which one is the flag: all focusable, once each */
  int focusable_segments = 0;
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].focusable && v->widgets[i].action >= ACT_SEGMENT) focusable_segments++;
  ck_assert_int_eq(focusable_segments, v->nsegments);
  ck_assert_int_eq(v->nsegments, 5); /* "+60…", "Your parcel is on hold.", "Pay RM1.50", "now.", "Thanks!" */
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_chat_shows_new_messages_one_by_one_then_the_replies) {
  Screen *s = screen_new(SCREEN_CHAT);
  s->id = sdup(s, "c");
  s->contact = sdup(s, "Daniel");
  s->nbubbles = 2;
  s->bubbles[0] = (Bubble){sdup(s, "Hi!"), false, true};
  s->bubbles[1] = (Bubble){sdup(s, "Send me the code"), false, true};
  s->noptions = 2;
  s->options[0] = (Option){sdup(s, "a"), sdup(s, "Sure"), sdup(s, "No!"), false};
  s->options[1] = (Option){sdup(s, "b"), sdup(s, "Why?"), sdup(s, "Good"), true};
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 1000);
  ck_assert_int_gt(ui_view_wake_ms(v, 1000), 0);
  ck_assert_ptr_null(find(v, ACT_OPTION)); /* read first */
  ui_view_settle(v);
  ck_assert_int_eq(ui_view_wake_ms(v, 1000), -1);
  ck_assert_ptr_nonnull(find(v, ACT_OPTION + 1));
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_portrait_puts_the_phone_above_the_answers) {
  Screen *s = flags();
  UiView *v = ui_view_new(ui, s, NULL, 480, 800, NULL, 0);
  const Widget *done = find(v, ACT_DONE);
  const Widget *seg = find(v, ACT_SEGMENT);
  ck_assert_ptr_nonnull(done);
  ck_assert_int_lt(seg->r.y, done->r.y);
  ck_assert_int_le(done->r.x + done->r.w, 480);
  ck_assert_int_eq(v->nproblems, 0);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("ui");
  TCase *tc = tcase_create("ui");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_a_plain_question_fits_at_both_sizes);
  tcase_add_test(tc, test_text_that_does_not_fit_is_reported);
  tcase_add_test(tc, test_every_target_is_at_least_44px_at_800x480);
  tcase_add_test(tc, test_tapping_an_option_shows_feedback_then_continue_answers);
  tcase_add_test(tc, test_a_tap_released_elsewhere_does_nothing);
  tcase_add_test(tc, test_keyboard_alone_answers_a_question);
  tcase_add_test(tc, test_multi_toggles_and_checks);
  tcase_add_test(tc, test_tapping_a_flag_finds_it_and_plain_words_count_as_a_miss);
  tcase_add_test(tc, test_keyboard_reaches_every_part_of_a_message);
  tcase_add_test(tc, test_chat_shows_new_messages_one_by_one_then_the_replies);
  tcase_add_test(tc, test_portrait_puts_the_phone_above_the_answers);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
