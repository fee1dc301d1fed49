/* test_app.c — the kiosk's state machine, headless on a clock the test moves: every
   transition, the idle reset clearing a visit, the staff gesture and PIN wait, and the
   faults a kiosk must survive (bad settings, an unwritable data folder, a broken pack,
   a failing lesson). */
#include "app/internal.h"
#include "stats/internal.h" /* stats_fill_synthetic */
#include "testutil.h"

static char *dir;
static uint64_t now;

static void setup(void) {
  dir = test_tmpdir();
  now = 1000;
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static App *open_app(const char *lessons) {
  char data[512];
  snprintf(data, sizeof data, "%s/data", dir);
  AppOptions opt = {.data_dir = data, .lessons_dir = lessons ? lessons : "lessons", .assets_dir = "assets",
                    .headless = true, .width = 800, .height = 480};
  Error err;
  App *app = app_new(&opt, now, &err);
  ck_assert_msg(app != NULL, "%s", err.msg);
  return app;
}

static void wait_s(App *app, double seconds) {
  for (uint64_t end = now + (uint64_t)(seconds * 1000); now < end;) {
    now += 100;
    app_tick(app, now);
  }
}

/* A person looks before touching: the clock moves past the screen's tap guard. */
static void look(App *app) {
  if (app->view) now += (uint64_t)ui_view_ready_ms(app->view, now);
}

static void press(App *app, const char *name, int n) {
  look(app);
  Input down, up;
  ck_assert_msg(ui_view_tap_action(app->view, ui_action_named(name, n), &down, &up), "no %s %d on %s", name,
                n, app_state_name(app->state));
  app_input(app, &down, now);
  app_input(app, &up, now);
}

static void key(App *app, Key k, uint32_t ch, bool ctrl_alt) {
  look(app);
  Input in = {.kind = INPUT_KEY, .key = k, .ch = ch, .ctrl = ctrl_alt, .alt = ctrl_alt};
  app_input(app, &in, now);
}

static void type_pin(App *app, const char *pin) {
  for (const char *c = pin; *c; c++) key(app, KEY_CHAR, (uint32_t)*c, false);
  press(app, "button", 0);
}

START_TEST(test_a_visit_goes_attract_language_menu_lesson_menu) {
  App *app = open_app(NULL);
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  press(app, "start", 0);
  ck_assert_int_eq(app_state(app), APP_LANGUAGE);
  press(app, "item", 2); /* Thai */
  ck_assert_int_eq(app_state(app), APP_MENU);
  ck_assert_str_eq(app->langs[app->lang], "th");
  press(app, "item", 0);
  ck_assert_int_eq(app_state(app), APP_LESSON);
  ck_assert_int_eq(learner_screen(app)->kind, SCREEN_PAGE);
  press(app, "help", 0);
  ck_assert_int_eq(app_state(app), APP_HELP);
  press(app, "button", 0);
  ck_assert_int_eq(app_state(app), APP_LESSON);
  press(app, "back", 0);
  ck_assert_int_eq(app_state(app), APP_LEAVE);
  press(app, "button", 1); /* yes, back to the menu */
  ck_assert_int_eq(app_state(app), APP_MENU);
  ck_assert_ptr_null(app->session);
  ck_assert(!app->entries[0].done);
  app_free(app);
}
END_TEST

/* The packs' strings hold every text of every lesson: the attract screen must not wait
   for them, a tap finds them read while the kiosk idled, and a kiosk that never idled
   reads them when the menu first needs them. */
START_TEST(test_lesson_titles_are_read_after_the_first_frame_and_before_the_menu) {
  App *app = open_app(NULL);
  for (int i = 0; i <= CONFIG_MAX_LANGUAGES; i++) ck_assert(!app->titles[i].loaded);
  int pieces = 0;
  while (app_idle(app)) pieces++;
  ck_assert_int_ge(pieces, app->nlangs + 1); /* each language's titles, and the text module */
  for (int i = 0; i < app->nlangs; i++) ck_assert(app->titles[i].loaded);
  ck_assert(!app_idle(app));
  press(app, "start", 0);
  press(app, "item", 2); /* Thai */
  ck_assert_str_eq(app->panel.items[0].label, app_lesson_title(app, app->entries[app->pages[0].first].pack,
                                                               app->entries[app->pages[0].first].lesson));
  ck_assert_str_ne(app->panel.items[0].label, app->library->packs[0].info->lessons[0].id);
  app_free(app);

  app = open_app(NULL); /* no idle at all: the menu reads what it needs itself */
  press(app, "start", 0);
  press(app, "item", 0);
  ck_assert(app->titles[app->lang].loaded);
  ck_assert(!app->titles[2].loaded);
  ck_assert_str_ne(app->panel.items[0].label, app->library->packs[0].info->lessons[0].id);
  app_free(app);
}
END_TEST

START_TEST(test_any_key_on_the_attract_screen_starts_a_visit) {
  App *app = open_app(NULL);
  key(app, KEY_ENTER, 0, false);
  ck_assert_int_eq(app_state(app), APP_LANGUAGE);
  key(app, KEY_ENTER, 0, false); /* the first key on a screen shows where the focus is */
  key(app, KEY_ENTER, 0, false);
  ck_assert_int_eq(app_state(app), APP_MENU);
  app_free(app);
  app = open_app(NULL);
  key(app, KEY_CHAR, 'x', false);
  ck_assert_int_eq(app_state(app), APP_LANGUAGE);
  app_free(app);
}
END_TEST

START_TEST(test_help_from_the_menu_returns_to_the_menu) {
  App *app = open_app(NULL);
  press(app, "start", 0);
  press(app, "item", 0);
  press(app, "help", 0);
  ck_assert_int_eq(app_state(app), APP_HELP);
  ck_assert_int_ge(app->panel.nitems, 1);
  press(app, "button", 0);
  ck_assert_int_eq(app_state(app), APP_MENU);
  app_free(app);
}
END_TEST

START_TEST(test_idle_shows_a_countdown_then_clears_the_visit) {
  App *app = open_app(NULL);
  press(app, "start", 0);
  press(app, "item", 1);
  press(app, "text-size", 0);
  ck_assert(app->large_text);
  app->entries[0].done = true;
  wait_s(app, 89);
  ck_assert(!app->countdown);
  wait_s(app, 2);
  ck_assert(app->countdown);
  ck_assert_int_eq(app->panel.kind, PANEL_COUNTDOWN);
  wait_s(app, 8);
  ck_assert_int_eq(app_state(app), APP_MENU); /* still counting */
  wait_s(app, 2);
  /* a lesson was finished: what was learned, for a while, then the reset */
  ck_assert_int_eq(app_state(app), APP_SUMMARY);
  ck_assert(!app->countdown);
  ck_assert_int_eq(app->panel.kind, PANEL_SUMMARY);
  ck_assert_int_eq(app->panel.nitems, 1);
  wait_s(app, 18); /* shown at 100 s, for 20 s */
  ck_assert_int_eq(app_state(app), APP_SUMMARY);
  wait_s(app, 2);
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  ck_assert(!app->large_text);
  ck_assert(!app->entries[0].done);
  ck_assert_str_eq(app->langs[app->lang], "en");
  app_free(app);
}
END_TEST

/* A learner at the lesson menu, in English. */
static App *at_menu(void) {
  App *app = open_app(NULL);
  press(app, "start", 0);
  press(app, "item", 0);
  ck_assert_int_eq(app_state(app), APP_MENU);
  return app;
}

START_TEST(test_idle_with_nothing_finished_resets_at_once) {
  App *app = at_menu();
  wait_s(app, 101);
  ck_assert_int_eq(app_state(app), APP_ATTRACT); /* no summary of nothing */
  app_free(app);
}
END_TEST

/* Staff who walk away from a staff screen after a learner finished a lesson: the idle
   reset shows no learner's summary over the staff screen, it just resets. */
START_TEST(test_idle_on_a_staff_screen_resets_without_a_summary) {
  App *app = at_menu();
  app->entries[0].done = true;
  key(app, KEY_CHAR, 's', true);
  ck_assert_int_eq(app_state(app), APP_NEW_PIN);
  type_pin(app, "602718");
  type_pin(app, "602718");
  ck_assert_int_eq(app_state(app), APP_STAFF);
  for (int s = 0; s < 200 && app_state(app) != APP_ATTRACT; s++) {
    wait_s(app, 1);
    ck_assert_int_ne(app_state(app), APP_SUMMARY);
  }
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  ck_assert(!app->entries[0].done);
  app_free(app);
}
END_TEST

START_TEST(test_end_visit_sums_up_then_forgets) {
  App *app = at_menu();
  ck_assert_ptr_nonnull(app->panel.tally);
  ck_assert_ptr_nonnull(strstr(app->panel.tally, "0 of "));
  app->entries[0].done = true;
  app->entries[0].takeaway = strdup("Never share a one-time code.");
  press(app, "end-visit", 0);
  ck_assert_int_eq(app_state(app), APP_SUMMARY);
  ck_assert_int_eq(app->panel.nitems, 1);
  ck_assert_str_eq(app->panel.items[0].detail, "Never share a one-time code.");
  ck_assert_str_eq(app->panel.text, "You earned 1 badge. Well done!");
  press(app, "button", 0);
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  ck_assert(!app->entries[0].done);
  ck_assert_ptr_null(app->entries[0].takeaway);
  app_free(app);
}
END_TEST

START_TEST(test_a_touch_during_the_countdown_keeps_the_visit) {
  App *app = open_app(NULL);
  press(app, "start", 0);
  press(app, "item", 0);
  press(app, "item", 0);
  ck_assert_int_eq(app_state(app), APP_LESSON);
  int shown = play_session_screens(app->session);
  wait_s(app, 95);
  ck_assert(app->countdown);
  press(app, "button", 0); /* I'm still here */
  ck_assert(!app->countdown);
  ck_assert_int_eq(app_state(app), APP_LESSON);
  ck_assert_int_eq(play_session_screens(app->session), shown); /* the same screen, not restarted */
  app_free(app);
}
END_TEST

START_TEST(test_the_result_screen_has_its_own_shorter_idle_time) {
  App *app = open_app(NULL);
  press(app, "start", 0);
  press(app, "item", 0);
  press(app, "item", 0);
  for (int i = 0; i < 60 && learner_screen(app) && learner_screen(app)->kind != SCREEN_RESULT; i++) {
    Answer first[SCREEN_MAX_ALTERNATIVES];
    screen_alternatives(learner_screen(app), first, 1);
    ui_view_settle(app->lesson_view);
    Input down, up;
    while (app->state == APP_LESSON && learner_screen(app)->kind != SCREEN_RESULT &&
           ui_view_next_tap(app->lesson_view, &first[0], &down, &up)) {
      int before = play_session_screens(app->session);
      look(app);
      app_input(app, &down, now);
      app_input(app, &up, now);
      if (play_session_screens(app->session) != before) break;
    }
  }
  ck_assert_int_eq(learner_screen(app)->kind, SCREEN_RESULT);
  wait_s(app, 31);
  ck_assert(app->countdown);
  app_free(app);
}
END_TEST

START_TEST(test_the_attract_screen_never_times_out_and_its_animation_stops) {
  App *app = open_app(NULL);
  ck_assert_int_ge(app_wake_ms(app, now), 0);
  wait_s(app, 300);
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  ck_assert(!app->countdown);
  ck_assert_int_eq(app_wake_ms(app, now), -1); /* still: the board may sleep */
  app_free(app);
}
END_TEST

START_TEST(test_holding_the_corner_opens_the_staff_pin_and_a_short_touch_starts) {
  App *app = open_app(NULL);
  Input down = {.kind = INPUT_PRESS, .x = 5, .y = 5, .touch = true};
  Input up = {.kind = INPUT_RELEASE, .x = 5, .y = 5, .touch = true};
  app_input(app, &down, now);
  wait_s(app, 1);
  app_input(app, &up, now);
  ck_assert_int_eq(app_state(app), APP_LANGUAGE); /* a short touch is a touch */
  wait_s(app, 200);
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  app_input(app, &down, now);
  wait_s(app, 3.1);
  ck_assert_int_eq(app_state(app), APP_NEW_PIN); /* no PIN yet: choose one */
  app_free(app);
}
END_TEST

START_TEST(test_first_pin_is_typed_twice_then_wrong_pins_cost_a_growing_wait) {
  App *app = open_app(NULL);
  key(app, KEY_CHAR, 's', true);
  ck_assert_int_eq(app_state(app), APP_NEW_PIN);
  type_pin(app, "12345"); /* too short: said kindly, and the pad is empty again */
  ck_assert_int_eq(app->pin_stage, 0);
  ck_assert_int_eq(app->pin_len, 0);
  ck_assert_ptr_eq(app->pin_note, app_words(app)->pin_short);
  ck_assert(ui_view_shows(app->view, app_words(app)->pin_short));
  /* easy to guess: a run, a repeat, a common PIN, however long */
  static const char *const weak[] = {"123456", "654321", "111111", "121212", "123123",
                                     "890123", "12341234", "147258", "123321", "112233"};
  for (size_t i = 0; i < sizeof weak / sizeof *weak; i++) {
    type_pin(app, weak[i]);
    ck_assert_msg(app->pin_stage == 0 && app->pin_note == app_words(app)->pin_weak, "%s taken", weak[i]);
    ck_assert(ui_view_shows(app->view, app_words(app)->pin_weak));
  }
  type_pin(app, "602718");
  type_pin(app, "602719");
  ck_assert_int_eq(app_state(app), APP_NEW_PIN); /* different: start again */
  ck_assert_int_eq(app->pin_stage, 0);
  type_pin(app, "602718");
  type_pin(app, "602718");
  ck_assert_int_eq(app_state(app), APP_STAFF);
  ck_assert_str_ne(app->config.pin_hash, "");
  press(app, "button", 0); /* back to the kiosk */
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  key(app, KEY_CHAR, 's', true);
  ck_assert_int_eq(app_state(app), APP_PIN);
  for (int i = 0; i < 3; i++) type_pin(app, "0000");
  ck_assert_int_eq(app_state(app), APP_PIN);
  type_pin(app, "602718"); /* right, but too soon */
  ck_assert_int_eq(app_state(app), APP_PIN);
  wait_s(app, 2.1);
  type_pin(app, "602718");
  ck_assert_int_eq(app_state(app), APP_STAFF);
  app_free(app);
}
END_TEST

/* Get help fits its screen in every language, with normal and large text, at a kiosk
   whose country has many lines (Thailand: a Malay speaker's embassy has two); lines
   give way, never the emergency line or the embassy (or the "ask staff" line). */
START_TEST(test_get_help_fits_in_every_language_keeping_emergency_and_embassy) {
  char data[512];
  snprintf(data, sizeof data, "%s/data", dir);
  test_write(dir, "data/kiosk.lua", "return { country = 'TH' }\n");
  App *app = open_app(NULL);
  ck_assert_str_eq(app->config.country, "TH");
  for (int large = 0; large < 2; large++)
    for (int g = 0; g < app->nlangs; g++) {
      app_reset_visit(app);
      press(app, "start", 0);
      press(app, "item", g);
      if (large) press(app, "text-size", 0);
      press(app, "help", 0);
      ck_assert_int_eq(app_state(app), APP_HELP);
      char *problems[4];
      int n = ui_view_problems(app->view, problems, 4);
      ck_assert_msg(n == 0, "%s%s: %s", app->langs[g], large ? " (large text)" : "", n ? problems[0] : "");
      /* Malay: Malaysia's embassy in Bangkok; Nepali: Nepal's embassy's website (its
         number is not shown); English and Thai: no embassy to show */
      const char *lang = app->langs[g];
      const char *want = strcmp(lang, "ms") == 0   ? "+66 87-028-4659"
                         : strcmp(lang, "ne") == 0 ? "th.nepalembassy.gov.np"
                                                   : NULL;
      bool emergency = false, embassy = want == NULL;
      for (int i = 0; i < app->panel.nitems; i++) {
        emergency |= strcmp(app->panel.items[i].detail, "191") == 0;
        embassy |= want && strcmp(app->panel.items[i].detail, want) == 0;
      }
      ck_assert_msg(emergency && embassy, "%s%s: the emergency line or the embassy gave way", app->langs[g],
                    large ? " (large text)" : "");
      ck_assert_msg(app->panel.nitems >= 3, "%s%s: %d lines", app->langs[g], large ? " (large text)" : "",
                    app->panel.nitems);
      press(app, "button", 0);
    }
  app_free(app);
}
END_TEST

START_TEST(test_settings_are_saved_and_survive_a_restart) {
  App *app = open_app(NULL);
  key(app, KEY_CHAR, 's', true);
  type_pin(app, "602718");
  type_pin(app, "602718");
  press(app, "item", 1); /* settings */
  ck_assert_int_eq(app_state(app), APP_SETTINGS);
  /* a tap on a setting shows its choices with the one in force marked; nothing cycles */
  press(app, "item", 0); /* country: MY TH NP ID PH KH BD */
  ck_assert_int_eq(app_state(app), APP_SETTINGS);
  ck_assert_str_eq(app->config.country, "MY");
  ck_assert_int_eq(app->panel.nitems, 7);
  ck_assert(app->panel.items[0].chosen && !app->panel.items[1].chosen);
  press(app, "item", 1); /* TH, back to the list */
  ck_assert_str_eq(app->config.country, "TH");
  ck_assert(ui_view_shows(app->view, "TH"));
  press(app, "item", 2); /* idle: 30 60 90 120 180 300 s */
  ck_assert(app->panel.items[2].chosen); /* 90 s */
  press(app, "button", 0);               /* Cancel: unchanged, back to the list */
  ck_assert_int_eq(app->config.idle_seconds, 90);
  press(app, "item", 2);
  press(app, "item", 3); /* 120 s */
  ck_assert_int_eq(app->config.idle_seconds, 120);
  press(app, "item", 5); /* Large text: Off On */
  ck_assert_int_eq(app->panel.nitems, 2);
  ck_assert(app->panel.items[0].chosen && !app->panel.items[1].chosen);
  key(app, KEY_ESCAPE, 0, false); /* Escape closes the choices, changing nothing */
  ck_assert(!app->config.large_text);
  ck_assert_int_eq(app_state(app), APP_SETTINGS);
  press(app, "button", 0);
  ck_assert_int_eq(app_state(app), APP_STAFF);
  app_free(app);
  app = open_app(NULL);
  ck_assert_str_eq(app->config.country, "TH");
  ck_assert_int_eq(app->config.idle_seconds, 120);
  ck_assert_ptr_nonnull(config_helpline(&app->config, "scam"));
  ck_assert_str_eq(config_helpline(&app->config, "scam")->number, "1441");
  app_free(app);
}
END_TEST

START_TEST(test_exit_to_desktop_is_only_in_the_staff_menu) {
  App *app = open_app(NULL);
  Input quit_keys[] = {{.kind = INPUT_KEY, .key = KEY_ESCAPE}};
  app_input(app, &quit_keys[0], now);
  ck_assert(!app_done(app, NULL));
  key(app, KEY_CHAR, 's', true);
  type_pin(app, "602718");
  type_pin(app, "602718");
  press(app, "item", 4); /* exit to desktop */
  int status;
  ck_assert(app_done(app, &status));
  ck_assert_int_eq(status, APP_EXIT_STAFF);
  app_free(app);
}
END_TEST

START_TEST(test_staff_are_told_to_export_as_the_statistics_near_their_cap) {
  test_write(dir, "data/kiosk.lua", "return { stats_max_mb = 1, stats_keep_days = 30 }");
  App *app = open_app(NULL);
  ck_assert_int_eq(app->config.stats_keep_days, 30);
  ck_assert_ptr_null(dashboard_notice(app, false));
  Error err;
  ck_assert_msg(stats_fill_synthetic(app->visit.stats, 3000, 4, 7, &err), "%s", err.msg);
  const char *notice = dashboard_notice(app, false);
  ck_assert_ptr_nonnull(notice);
  ck_assert_msg(strstr(notice, "MB of the 1 MB allowed. Export them to USB now."), "%s", notice);
  app_free(app);
}
END_TEST

START_TEST(test_a_staff_notice_and_the_text_below_it_are_not_cut) {
  App *app = open_app(NULL);
  /* a Nepali storage notice (~200 bytes) above the dashboard's text, with room to spare */
  char notice[700];
  for (size_t i = 0; i + 3 < sizeof notice; i += 3) memcpy(notice + i, "\xe0\xa4\x95", 3); /* क */
  notice[sizeof notice - 1 - (sizeof notice - 1) % 3] = '\0';
  const char *text = app_printf(app, "%s\n%s", notice, "अहिलेसम्म केही रेकर्ड छैन।");
  ck_assert_uint_eq(strlen(text), strlen(notice) + 1 + strlen("अहिलेसम्म केही रेकर्ड छैन।"));
  ck_assert_ptr_nonnull(strstr(text, "रेकर्ड छैन।"));
  app_free(app);
}
END_TEST

/* The cards learners were shown reach the staff's statistics screen, on every chart and
   for each period, counted as `kiosk stats summary` and the report count them. */
START_TEST(test_the_statistics_screen_counts_the_take_home_cards_shown) {
  App *app = open_app(NULL);
  press(app, "start", 0);
  press(app, "item", 0);
  for (int i = 0; i < 2; i++) {
    press(app, "help", 0);
    press(app, "button", 1); /* Take the numbers home */
    ck_assert_int_eq(app_state(app), APP_CARD);
    press(app, "button", 0);
    press(app, "button", 0); /* Close: the menu again */
    ck_assert_int_eq(app_state(app), APP_MENU);
  }
  ck_assert_int_eq(app->cards_shown, 2);
  key(app, KEY_CHAR, 's', true);
  type_pin(app, "602718");
  type_pin(app, "602718");
  press(app, "item", 0); /* statistics */
  ck_assert_int_eq(app_state(app), APP_STATS);
  for (int tab = 0; tab < 5; tab++) {
    press(app, "tab", tab);
    ck_assert_msg(ui_view_shows(app->view, "Take-home cards shown: 2"), "tab %d", tab);
  }
  for (int period = 0; period < 3; period++) { /* all, 30 days, 7 days: today counts in each */
    ck_assert_msg(ui_view_shows(app->view, "Take-home cards shown: 2"), "period %d", period);
    press(app, "button", 1);
  }
  char *problems[4];
  int n = ui_view_problems(app->view, problems, 4);
  for (int i = 0; i < n; i++) free(problems[i]);
  ck_assert_int_eq(n, 0);
  app_free(app);
}
END_TEST

START_TEST(test_often_missed_names_questions_in_words_once_the_kiosk_idles) {
  App *app = open_app(NULL);
  /* a learner answered L02's first question wrongly: the records hold its id only */
  int64_t v = stats_visit_begin(app->visit.stats, now);
  StatsLesson l = {"core", "1.0.0", "l02_never_share_code", "en"};
  int64_t r = stats_run_begin(app->visit.stats, v, &l, now);
  ck_assert_int_gt(r, 0);
  Screen *q = screen_new(SCREEN_CHOICE);
  q->id = arena_strdup(q->arena, "surprise_code");
  const char *ids[] = {"surprise_login", "surprise_mistake"};
  for (int i = 0; i < 2; i++) q->options[i].id = arena_strdup(q->arena, ids[i]);
  q->options[0].correct = true;
  q->noptions = 2;
  Answer wrong = {ANSWER_GIVEN, 1, 0, 0};
  ck_assert(stats_record_answer(app->visit.stats, r, q, &wrong, now));
  screen_free(q);
  key(app, KEY_CHAR, 's', true);
  type_pin(app, "602718");
  type_pin(app, "602718");
  press(app, "item", 0); /* statistics */
  ck_assert_int_eq(app_state(app), APP_STATS);
  press(app, "tab", 3); /* often missed */
  ck_assert_int_eq(app->panel.nbars, 1);
  ck_assert_msg(strstr(app->panel.bars[0].label, "surprise_code"), "first shown by id: %s", app->panel.bars[0].label);
  int steps = 0;
  while (app_idle(app) && steps < 50) steps++;
  ck_assert_int_lt(steps, 50);
  ck_assert_int_eq(app->panel.nbars, 1);
  const char *label = app->panel.bars[0].label;
  ck_assert_msg(strstr(label, "You did not ask for a code") && !strstr(label, "surprise_code"), "%s", label);
  ck_assert_msg(strstr(label, "Never share"), "the lesson title follows: %s", label);
  ck_assert_msg(strstr(app->panel.text, "surprise_mistake"), "%s", app->panel.text);
  ck_assert_int_eq(app->ndash_unnamed, 0);
  ck_assert(!app_idle(app)); /* nothing left to learn: the kiosk may sleep */
  app_free(app);
}
END_TEST

START_TEST(test_bad_settings_are_reported_and_the_kiosk_starts) {
  test_write(dir, "data/kiosk.lua", "return { idle_seconds = 'soon', rotation = 45, country = 'x' }");
  App *app = open_app(NULL);
  ck_assert_int_eq(app->config.idle_seconds, 90);
  ck_assert_int_eq(app->config.rotation, 0);
  ck_assert_int_ge(app->config.nwarnings, 3);
  ck_assert_int_eq(app_state(app), APP_ATTRACT);
  app_free(app);
}
END_TEST

START_TEST(test_an_unwritable_data_folder_still_lets_learners_play) {
  char data[512];
  snprintf(data, sizeof data, "%s/data", dir);
  test_write(dir, "data/placeholder", "");
  chmod(data, 0500);
  App *app = open_app(NULL);
  press(app, "start", 0);
  press(app, "item", 0);
  press(app, "item", 0);
  ck_assert_int_eq(app_state(app), APP_LESSON);
  app_free(app);
  chmod(data, 0700);
}
END_TEST

START_TEST(test_a_broken_pack_shows_as_unavailable) {
  char lessons[512];
  snprintf(lessons, sizeof lessons, "%s/lessons", dir);
  test_write(dir, "lessons/broken/pack.lua", "return { id = 'broken' ");
  test_write(dir, "lessons/good/pack.lua",
             "return { id = 'good', version = '1.0.0', languages = { 'en' },\n"
             "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 3 },\n"
             "              { id = 'gone', file = 'lessons/gone.lua', topic = 'fraud', minutes = 3 } } }");
  test_write(dir, "lessons/good/lessons/a.lua", "page { title = 'x' }");
  App *app = open_app(lessons);
  ck_assert_ptr_nonnull(app->library->packs[0].problem);
  press(app, "start", 0);
  press(app, "item", 0);
  ck_assert_int_eq(app_state(app), APP_MENU);
  ck_assert_int_eq(app->panel.nitems, 2);
  ck_assert(!app->panel.items[0].disabled);
  ck_assert(app->panel.items[1].disabled); /* its lesson file is missing */
  press(app, "more", 0);
  ck_assert_int_eq(app->panel.nitems, 1);
  ck_assert(app->panel.items[0].disabled); /* the pack that cannot be read */
  app_free(app);
}
END_TEST

START_TEST(test_a_failing_lesson_shows_a_kind_message_and_the_menu_again) {
  char lessons[512];
  snprintf(lessons, sizeof lessons, "%s/lessons", dir);
  test_write(dir, "lessons/bad/pack.lua",
             "return { id = 'bad', version = '1.0.0', languages = { 'en' },\n"
             "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 3 } } }");
  test_write(dir, "lessons/bad/lessons/a.lua", "page { title = 'x' }\nerror('broken on purpose')");
  App *app = open_app(lessons);
  press(app, "start", 0);
  press(app, "item", 0);
  press(app, "item", 0);
  ck_assert_int_eq(app_state(app), APP_LESSON);
  press(app, "continue", 0);
  ck_assert_int_eq(app_state(app), APP_PROBLEM);
  press(app, "button", 0);
  ck_assert_int_eq(app_state(app), APP_MENU);
  app_free(app);
}
END_TEST

START_TEST(test_a_sensitive_lesson_shows_a_content_note_first) {
  char lessons[512];
  snprintf(lessons, sizeof lessons, "%s/lessons", dir);
  test_write(dir, "lessons/s/pack.lua",
             "return { id = 's', version = '1.0.0', languages = { 'en' },\n"
             "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'help', minutes = 3, sensitive = true } } }");
  test_write(dir, "lessons/s/lessons/a.lua", "page { title = 'x' }");
  App *app = open_app(lessons);
  press(app, "start", 0);
  press(app, "item", 0);
  press(app, "item", 0);
  ck_assert_int_eq(app_state(app), APP_NOTE);
  press(app, "button", 1); /* not now */
  ck_assert_int_eq(app_state(app), APP_MENU);
  press(app, "item", 0);
  press(app, "button", 0); /* start */
  ck_assert_int_eq(app_state(app), APP_LESSON);
  app_free(app);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("app");
  TCase *tc = tcase_create("app");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_a_visit_goes_attract_language_menu_lesson_menu);
  tcase_add_test(tc, test_any_key_on_the_attract_screen_starts_a_visit);
  tcase_add_test(tc, test_lesson_titles_are_read_after_the_first_frame_and_before_the_menu);
  tcase_add_test(tc, test_help_from_the_menu_returns_to_the_menu);
  tcase_add_test(tc, test_get_help_fits_in_every_language_keeping_emergency_and_embassy);
  tcase_add_test(tc, test_idle_shows_a_countdown_then_clears_the_visit);
  tcase_add_test(tc, test_idle_with_nothing_finished_resets_at_once);
  tcase_add_test(tc, test_end_visit_sums_up_then_forgets);
  tcase_add_test(tc, test_idle_on_a_staff_screen_resets_without_a_summary);
  tcase_add_test(tc, test_a_touch_during_the_countdown_keeps_the_visit);
  tcase_add_test(tc, test_the_result_screen_has_its_own_shorter_idle_time);
  tcase_add_test(tc, test_the_attract_screen_never_times_out_and_its_animation_stops);
  tcase_add_test(tc, test_holding_the_corner_opens_the_staff_pin_and_a_short_touch_starts);
  tcase_add_test(tc, test_first_pin_is_typed_twice_then_wrong_pins_cost_a_growing_wait);
  tcase_add_test(tc, test_settings_are_saved_and_survive_a_restart);
  tcase_add_test(tc, test_exit_to_desktop_is_only_in_the_staff_menu);
  tcase_add_test(tc, test_staff_are_told_to_export_as_the_statistics_near_their_cap);
  tcase_add_test(tc, test_a_staff_notice_and_the_text_below_it_are_not_cut);
  tcase_add_test(tc, test_the_statistics_screen_counts_the_take_home_cards_shown);
  tcase_add_test(tc, test_often_missed_names_questions_in_words_once_the_kiosk_idles);
  tcase_add_test(tc, test_bad_settings_are_reported_and_the_kiosk_starts);
  tcase_add_test(tc, test_an_unwritable_data_folder_still_lets_learners_play);
  tcase_add_test(tc, test_a_broken_pack_shows_as_unavailable);
  tcase_add_test(tc, test_a_failing_lesson_shows_a_kind_message_and_the_menu_again);
  tcase_add_test(tc, test_a_sensitive_lesson_shows_a_content_note_first);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
