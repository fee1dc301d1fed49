/* test_focus.c — the keyboard-only route (engine/ui/focus.c): the scroll arrows are out
   of the focus order but still tappable; Page Down/Up and Up/Down scroll what does not
   fit; Tab onto a control out of view scrolls it in; Enter with nothing focused reads on,
   then goes to the primary control, so Enter alone answers every kind of screen and
   never lands on the top bar. All at 800x480, where the content scrolls. */
#include "testutil.h"
#include "ui_fixture.h"

static void setup(void) { ui_fixture_setup(0); }

static const UiFrame bar = {.title = "Lesson", .progress = -1, .help_button = true, .exit_button = true};

static UiEvent key(UiView *v, Key k) {
  Input in = {.kind = INPUT_KEY, .key = k};
  return ui_view_input(v, &in, 0);
}

static char *long_text(Screen *s, int sentences) {
  char buf[4096] = "";
  for (int i = 0; i < sentences; i++)
    strcat(buf, "A message that asks you to hurry is a reason to slow down and ask someone. ");
  return sdup(s, buf);
}

static Screen *long_page(void) {
  Screen *s = screen_new(SCREEN_PAGE);
  s->title = sdup(s, "Take your time");
  s->text = long_text(s, 20);
  return s;
}

/* A question whose options do not all fit: long option texts. */
static Screen *long_choice(ScreenKind kind, int n) {
  Screen *s = ui_fixture_choice(n, "", "Call the bank on the number printed on the back of your own card, then wait");
  s->kind = kind;
  s->text = long_text(s, 3); /* a question long enough that the options scroll */
  return s;
}

static int focused(const UiView *v) { return v->focus >= 0 ? v->widgets[v->focus].action : ACT_NONE; }

static bool focused_in_bar(const UiView *v) {
  int a = focused(v);
  return a == ACT_EXIT || a == ACT_HELP || a == ACT_SPEAK;
}

/* Enter and nothing else until the screen is answered; the number of presses, or -1.
   The focus never goes to the top bar (Back to menu would leave the lesson). */
static int enter_until_answered(UiView *v, int max) {
  for (int n = 1; n <= max; n++) {
    UiEvent e = key(v, KEY_ENTER);
    ck_assert_msg(!focused_in_bar(v), "Enter %d focused the top bar", n);
    ck_assert_int_ne(e, UI_EXIT);
    if (e == UI_ANSWERED) return n;
  }
  return -1;
}

START_TEST(test_scroll_arrows_are_tapped_not_focused) {
  Screen *s = long_page();
  UiView *v = ui_view_new(ui, s, &bar, 800, 480, NULL, 0);
  ck_assert(ui_view_scrolls(v));
  ck_assert_ptr_nonnull(ui_fixture_find(v, ACT_SCROLL_DOWN));
  for (int i = 0; i < v->nwidgets; i++)
    ck_assert_msg(!(v->widgets[i].focusable && (v->widgets[i].action == ACT_SCROLL_UP || v->widgets[i].action == ACT_SCROLL_DOWN)),
                  "a scroll arrow is in the focus order");
  for (int k = 0; k < 40; k++) { /* a whole round of Tab never lands on one */
    key(v, KEY_TAB);
    ck_assert_int_ne(focused(v), ACT_SCROLL_DOWN);
    ck_assert_int_ne(focused(v), ACT_SCROLL_UP);
  }
  /* a finger still scrolls with them, to the very end (the last page was cut short by a
     layout without the arrows' column clamping the scroll first) */
  v->focus = -1;
  for (int k = 0; k < 10 && ui_fixture_find(v, ACT_SCROLL_DOWN); k++) ui_fixture_tap(v, ACT_SCROLL_DOWN);
  ck_assert_int_gt(v->scroll_max, 0);
  ck_assert_int_eq(v->scroll_y, v->scroll_max);
  ck_assert_ptr_nonnull(ui_fixture_find(v, ACT_SCROLL_UP));
  ui_fixture_tap(v, ACT_SCROLL_UP);
  ck_assert_int_lt(v->scroll_y, v->scroll_max);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_page_keys_and_arrows_scroll_the_content) {
  Screen *s = long_page();
  UiView *v = ui_view_new(ui, s, &bar, 800, 480, NULL, 0);
  ck_assert_int_eq(key(v, KEY_PAGEDOWN), UI_CHANGED);
  int one = v->scroll_y;
  ck_assert_int_gt(v->scroll_max, v->region.h);
  ck_assert_int_gt(one, v->region.h / 2); /* most of a page */
  ck_assert_int_le(one, v->region.h);
  key(v, KEY_PAGEUP);
  ck_assert_int_eq(v->scroll_y, 0);
  ck_assert_int_eq(key(v, KEY_PAGEUP), UI_NOTHING); /* at the top already */
  /* Down scrolls the text a few lines at a time, then goes to Continue at its end */
  int steps = 0;
  while (focused(v) != ACT_NEXT && steps < 100) {
    int before = v->scroll_y;
    key(v, KEY_DOWN);
    steps++;
    if (focused(v) != ACT_NEXT) ck_assert_int_gt(v->scroll_y, before);
  }
  ck_assert_int_eq(focused(v), ACT_NEXT);
  ck_assert_int_eq(v->scroll_y, v->scroll_max);
  ck_assert_int_gt(steps, 2);
  /* Up from Continue scrolls back up before it leaves it for the top bar */
  key(v, KEY_UP);
  ck_assert_int_lt(v->scroll_y, v->scroll_max);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* Tab onto an option out of view scrolls it in; so does each one after it: every
   control is reached, and the ring is never on something the learner cannot see. */
START_TEST(test_tab_scrolls_the_focused_control_into_view) {
  Screen *s = long_choice(SCREEN_CHOICE, 6);
  UiView *v = ui_view_new(ui, s, &bar, 800, 480, NULL, 0);
  ck_assert(ui_view_scrolls(v));
  bool seen[6] = {false}, scrolled = false;
  for (int k = 0; k < 12; k++) {
    key(v, KEY_TAB);
    ck_assert_int_ge(v->focus, 0);
    ck_assert_msg(ui_focus_in_view(v, v->focus), "Tab %d focused a control out of view", k + 1);
    int a = focused(v);
    if (a >= ACT_OPTION && a < ACT_OPTION + 6) seen[a - ACT_OPTION] = true;
    if (v->scroll_y > 0) scrolled = true;
  }
  for (int i = 0; i < 6; i++) ck_assert_msg(seen[i], "option %d never focused", i);
  ck_assert(scrolled);
  /* Page Up moves the focused last option out of view: Enter must not press it unseen */
  for (int k = 0; k < 12 && focused(v) != ACT_OPTION + 5; k++) key(v, KEY_TAB);
  ck_assert_int_eq(focused(v), ACT_OPTION + 5);
  ck_assert_int_eq(v->scroll_y, v->scroll_max);
  key(v, KEY_PAGEUP);
  ck_assert_int_lt(v->scroll_y, v->scroll_max);
  ck_assert(v->focus < 0 || ui_focus_in_view(v, v->focus));
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* Tab from nothing after Page Down starts where the learner is reading: the first control
   in view, not the first of the screen scrolled back into view from above (Shift+Tab: the
   last in view). At the top of the screen it goes to the first, as before. */
START_TEST(test_tab_after_page_down_starts_in_view) {
  Screen *s = long_choice(SCREEN_CHOICE, 6);
  for (int i = 0; i < 6; i++) s->options[i].text = long_text(s, 4); /* options taller than a page's step */
  UiView *v = ui_view_new(ui, s, &bar, 800, 480, NULL, 0);
  ck_assert(ui_view_scrolls(v));
  /* pages down until the first option has gone wholly above the view (each scroll lays
     the view out anew: the widget is found again by its action) */
  for (;;) {
    const Widget *first = ui_fixture_find(v, ACT_OPTION);
    if (first->r.y + first->r.h - v->scroll_y <= v->region.y) break;
    ck_assert_int_eq(key(v, KEY_PAGEDOWN), UI_CHANGED);
  }
  int y = v->scroll_y;
  ck_assert_int_lt(v->focus, 0);
  key(v, KEY_TAB);
  ck_assert_int_gt(focused(v), ACT_OPTION); /* not the first option, scrolled out above */
  ck_assert_int_lt(focused(v), ACT_OPTION + 6);
  ck_assert(ui_focus_in_view(v, v->focus));
  int a = focused(v); /* the first one that shows: the view moves no more than to show all of it */
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].action >= ACT_OPTION && v->widgets[i].action < a)
      ck_assert_int_le(v->widgets[i].r.y + v->widgets[i].r.h - y, v->region.y);
  ck_assert_int_le(abs(v->scroll_y - y), v->widgets[v->focus].r.h);
  /* at the top, Tab from nothing is the first option, as before */
  while (v->scroll_y > 0) key(v, KEY_PAGEUP);
  v->focus = -1;
  key(v, KEY_TAB);
  ck_assert_int_eq(focused(v), ACT_OPTION);
  ui_view_free(v);
  /* Shift+Tab from nothing: the last that shows, not the last option far below (with
     no top bar, which comes last in the order) */
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(v->scroll_y, 0);
  ck_assert(!ui_focus_in_view(v, (int)(ui_fixture_find(v, ACT_OPTION + 5) - v->widgets)));
  key(v, KEY_BACKTAB);
  ck_assert_int_ge(focused(v), ACT_OPTION);
  ck_assert_int_lt(focused(v), ACT_OPTION + 5);
  ck_assert(ui_focus_in_view(v, v->focus));
  ck_assert_int_le(v->scroll_y, v->widgets[v->focus].r.h);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* Enter alone on each kind of question: reads on, answers (the first option, or I'm
   done, or ticks and Check), reads the feedback, and Continue. */
START_TEST(test_enter_alone_answers_every_kind) {
  ScreenKind kinds[] = {SCREEN_PAGE, SCREEN_CHOICE, SCREEN_MULTI, SCREEN_DECIDE, SCREEN_FLAGS};
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    Screen *s;
    if (kinds[k] == SCREEN_PAGE) s = long_page();
    else if (kinds[k] == SCREEN_FLAGS) {
      s = screen_new(SCREEN_FLAGS);
      s->id = sdup(s, "f");
      s->message.from.text = sdup(s, "+60 11-2938 4410");
      s->message.nparts = 1;
      s->message.parts[0].text = sdup(s, "Your parcel is on hold. Pay RM1.50 now. Thanks!");
      s->message.parts[0].nspans = 1;
      s->message.parts[0].spans = arena_alloc(s->arena, sizeof(FlagSpan));
      s->message.parts[0].spans[0] = (FlagSpan){24, 34, 0};
      s->nflags = 1;
      s->flags[0] = (Flag){sdup(s, "fee"), sdup(s, "A small fee is a trick.")};
    } else {
      s = long_choice(kinds[k] == SCREEN_DECIDE ? SCREEN_CHOICE : kinds[k], 5);
      if (kinds[k] == SCREEN_DECIDE) {
        s->kind = SCREEN_DECIDE;
        s->noptions = 0;
        s->message.from.text = sdup(s, "Bank");
        s->message.nparts = 1;
        s->message.parts[0].text = long_text(s, 3);
        s->scam = true;
        s->why = sdup(s, "It asks you to hurry.");
      }
    }
    UiView *v = ui_view_new(ui, s, &bar, 800, 480, NULL, 0);
    int n = enter_until_answered(v, 40);
    ck_assert_msg(n > 0, "Enter alone never answered a %s screen", screen_kind_name(kinds[k]));
    Answer a;
    ck_assert(ui_view_answer(v, &a));
    if (kinds[k] == SCREEN_MULTI) ck_assert_uint_ne(a.picked, 0); /* ticked, not an empty answer */
    ui_view_free(v);
    screen_free(s);
  }
}
END_TEST

/* The result with the badge and its help lines, at 800x480 with Larger text: it scrolls;
   Enter reads it to its end, then Finish, then presses it. */
START_TEST(test_enter_alone_reads_a_long_result_then_finishes) {
  Screen *s = ui_fixture_result();
  s->ntakeaways = 4;
  for (int i = 0; i < 4; i++) s->takeaways[i] = long_text(s, 1);
  UiFrame f = bar;
  f.badge = true;
  ui_set_text_scale(ui, 1.25f);
  UiView *v = ui_view_new(ui, s, &f, 800, 480, NULL, 0);
  ck_assert(ui_view_scrolls(v));
  key(v, KEY_ENTER);
  ck_assert_int_gt(v->scroll_y, 0); /* read on first */
  ck_assert_int_lt(v->focus, 0);
  int n = enter_until_answered(v, 20);
  ck_assert_int_gt(n, 1);
  ck_assert_int_eq(v->scroll_y, v->scroll_max);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

static int card_widget(const UiView *v) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].kind == W_QR) return i;
  return -1;
}

/* Paging through a result that scrolls (Page Down, Page Up and the scroll arrows page
   alike) stops once with its take-home code wholly in view, going down and coming back
   up: a code cut at a page's edge at every stop is one no phone can read. Results of 2 to
   4 take-aways of 1 to 3 sentences, Larger text on and off, at 800x480. */
START_TEST(test_paging_shows_the_take_home_code_whole) {
  const UiHelpline lines[] = {
      {"scam", "A hotline for anyone who was tricked out of money", "997", "Open 24 hours"},
      {"emergency", "Emergency (police, ambulance, fire)", "999", NULL},
  };
  ui_set_helplines(ui, lines, 2);
  int paged = 0;
  for (int n = 2; n <= 4; n++) {
    for (int len = 1; len <= 3 * 2; len++) {
      int big = len % 2;
      Screen *s = ui_fixture_result();
      s->ntakeaways = n;
      for (int i = 0; i < n; i++) s->takeaways[i] = long_text(s, (len + 1) / 2);
      UiFrame f = bar;
      f.badge = true;
      ui_set_text_scale(ui, big ? 1.25f : 1.0f);
      UiView *v = ui_view_new(ui, s, &f, 800, 480, NULL, 0);
      int qr = card_widget(v);
      if (qr >= 0 && ui_view_scrolls(v) && v->widgets[qr].scrolls) {
        paged++;
        for (int dir = 1; dir >= -1; dir -= 2) {
          bool whole = ui_focus_in_view(v, card_widget(v));
          for (int k = 0; k < 40 && key(v, dir > 0 ? KEY_PAGEDOWN : KEY_PAGEUP) == UI_CHANGED; k++)
            whole = whole || ui_focus_in_view(v, card_widget(v));
          ck_assert_msg(whole, "%d take-aways of %d sentences, Larger text %s: paging %s never shows the code whole",
                        n, (len + 1) / 2, big ? "on" : "off", dir > 0 ? "down" : "up");
        }
      }
      ui_view_free(v);
      screen_free(s);
    }
  }
  ck_assert_int_gt(paged, 3); /* the card scrolled in enough of them to mean something */
}
END_TEST

/* What one Enter from nothing focuses on kiosk screen p. */
static int enter_focuses(const Panel *p) {
  UiFrame frame = {.title = "Stay safe online", .progress = -1, .help_button = true};
  UiView *v = ui_panel_view_new(ui, p, &frame, 800, 480, 0);
  key(v, KEY_ENTER);
  int a = focused(v);
  if (a != ACT_NONE) ck_assert_int_eq(key(v, KEY_ENTER), UI_ACTION); /* and the next presses it */
  ui_view_free(v);
  return a;
}

/* On the lesson menu Enter from nothing goes to the first lesson not yet done, not to
   "I'm finished", the page button or the text size; on a notice it goes to the first
   (primary) button; on a list, to its first row, not to its Back button. */
START_TEST(test_enter_on_kiosk_screens_goes_to_the_first_thing_to_do) {
  Panel p = {.kind = PANEL_MENU, .title = "Online fraud and scams", .page = 1, .pages = 2, .extra = "Bigger text",
             .end_visit = "I'm finished"};
  for (int i = 0; i < 5; i++) p.items[i] = (PanelItem){.label = "A lesson", .detail = "6 min", .icon = ICON_PHONE};
  p.nitems = 5;
  ck_assert_int_eq(enter_focuses(&p), UI_ACT_ITEM + 0);
  p.items[0].done = p.items[1].done = true; /* the first still to do */
  ck_assert_int_eq(enter_focuses(&p), UI_ACT_ITEM + 2);
  for (int i = 0; i < 5; i++) p.items[i].done = true; /* all done here: the next page */
  ck_assert_int_eq(enter_focuses(&p), UI_ACT_PAGE_NEXT);
  Panel m = {.kind = PANEL_MESSAGE, .title = "Leave this lesson?", .text = "Your answers so far are kept.",
             .buttons = {"Keep going", "Leave"}, .nbuttons = 2};
  ck_assert_int_eq(enter_focuses(&m), UI_ACT_BUTTON + 0);
  /* a staff list whose first button is Back: its first row, as the keyboard's staff
     route expects (tests/system/run.py: Return, Return opens Statistics) */
  Panel l = {.kind = PANEL_LIST, .title = "Staff", .nitems = 4, .buttons = {"Back to the kiosk"}, .nbuttons = 1};
  for (int i = 0; i < 4; i++) l.items[i] = (PanelItem){.label = "A setting", .icon = ICON_COUNT};
  ck_assert_int_eq(enter_focuses(&l), UI_ACT_ITEM + 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("focus");
  TCase *tc = tcase_create("keyboard");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_scroll_arrows_are_tapped_not_focused);
  tcase_add_test(tc, test_page_keys_and_arrows_scroll_the_content);
  tcase_add_test(tc, test_tab_scrolls_the_focused_control_into_view);
  tcase_add_test(tc, test_tab_after_page_down_starts_in_view);
  tcase_add_test(tc, test_enter_alone_answers_every_kind);
  tcase_add_test(tc, test_enter_alone_reads_a_long_result_then_finishes);
  tcase_add_test(tc, test_paging_shows_the_take_home_code_whole);
  tcase_add_test(tc, test_enter_on_kiosk_screens_goes_to_the_first_thing_to_do);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
