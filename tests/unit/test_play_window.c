/* test_play_window.c — kiosk play with a person at a window (SDL's offscreen video
   driver), and a driver's play shown in one. The person is SDL key events, pushed from
   a timer every KEY_EVERY_MS while a screen waits, as a keyboard would: keys that come
   within a screen's tap guard are dropped by the screen, as a person's would be, so the
   same key again moves on. The offscreen driver delivers no input of its own, so the
   play sleeps until its next scheduled change (render/input.c): a signal to the play's
   thread wakes it to read the key, as a keyboard's file would on a board. What the
   person did is seen through the play's observer, its result and, with --data, the
   statistics it recorded. */
#include <SDL.h>
#include <pthread.h>
#include <signal.h>

#include "play/play.h"
#include "stats/stats.h"
#include "testutil.h"

#define KEY_EVERY_MS 150

static char *dir;
static char data[512]; /* where a play records its statistics, when asked to */

static void setup(void) {
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  dir = test_tmpdir();
  ck_assert_ptr_nonnull(dir);
  snprintf(data, sizeof data, "%s/data", dir);
  test_write(dir, "strings/en.lua",
             "return { t = 'First page', q = 'Is this real?', a = 'Yes', b = 'No', fa = 'Right',\n"
             "  fb = 'Not quite', done = 'Well done',\n"
             "  k1 = 'A message that asks you to hurry is a reason to slow down and ask someone you trust.',\n"
             "  k2 = 'A bank never asks for your one-time code, by message, by phone or in person.',\n"
             "  k3 = 'A job that pays far more than others for easy work, abroad, is how traffickers find people.',\n"
             "  k4 = 'Help is one tap away: the help lines on this screen are free and will listen.' }\n");
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static const char *lesson_code = "page { title = 't' }\n"
                                 "choose { id = 'q1', question = 'q', { 'a', correct = true, feedback = 'fa' },\n"
                                 "  { 'b', feedback = 'fb' } }\n"
                                 "result { title = 'done', takeaways = { 'k1', 'k2', 'k3', 'k4' } }\n";

/* The person: one kind of event, pushed again and again until the play ends. */
typedef struct Person {
  Uint32 type;     /* SDL_KEYDOWN or SDL_QUIT */
  SDL_Keycode key;
  SDL_TimerID timer;
  pthread_t play;  /* the thread the play waits in */
  int screens, answers, given, quits;
  bool result_seen, result_scrolled;
} Person;

static Uint32 press(Uint32 interval, void *ud) {
  const Person *p = ud;
  SDL_Event e = {.type = p->type};
  if (p->type == SDL_KEYDOWN) e.key.keysym.sym = p->key;
  SDL_PushEvent(&e);
  pthread_kill(p->play, SIGUSR1);
  return interval;
}

static void woken(int sig) { (void)sig; }

static void watch(void *ud, const PlayEvent *e) {
  Person *p = ud;
  switch (e->kind) {
  case PLAY_EVENT_RUN:
    if (!p->timer) p->timer = SDL_AddTimer(KEY_EVERY_MS, press, p);
    ck_assert_int_ne(p->timer, 0);
    break;
  case PLAY_EVENT_SCREEN:
    p->screens++;
    if (e->screen->kind == SCREEN_RESULT) p->result_seen = true;
    break;
  case PLAY_EVENT_ANSWER:
    p->answers++;
    if (e->answer->status == ANSWER_GIVEN) p->given++;
    if (e->answer->status == ANSWER_QUIT) p->quits++;
    if (e->screen->kind == SCREEN_RESULT) p->result_scrolled = e->scrolled;
    break;
  case PLAY_EVENT_END: /* before the window closes */
    SDL_RemoveTimer(p->timer);
    p->timer = 0;
    break;
  }
}

/* The one lesson row the play's statistics hold. */
static StatsLessonRow recorded(void) {
  Error err;
  StatsStore *st = stats_open_read_only(data, &err);
  ck_assert_msg(st != NULL, "%s", err.msg);
  StatsLessonRow rows[4];
  ck_assert_int_eq(stats_lessons(st, (StatsPeriod){0}, rows, 4), 1);
  stats_close(st);
  return rows[0];
}

static int play_as(Person *person, PlayMode mode, const char *driver, bool record, PlayResult *r) {
  test_write(dir, "lesson.lua", lesson_code);
  char lesson[512];
  snprintf(lesson, sizeof lesson, "%s/lesson.lua", dir);
  person->play = pthread_self();
  struct sigaction wake = {.sa_handler = woken}; /* no SA_RESTART: the sleep ends */
  sigaction(SIGUSR1, &wake, NULL);
  PlayOptions opt = {.lesson = lesson, .mode = mode, .driver = driver, .width = 800, .height = 480,
                     .assets = "assets", .data = record ? data : NULL, .observe = watch, .observe_ud = person};
  return play_lesson(&opt, r);
}

/* Enter, again and again, and nothing else: on each screen Enter reads on while there is
   more below, then focuses the screen's primary control (or its first answer), and the
   next presses it. So a person at the keyboard goes through the lesson, its question and
   its feedback, to a result that scrolls (four take-aways, the help lines and the badge
   being earned, at 800x480) and presses Finish, and the play records a whole run. With
   a scroll arrow in the focus order this went down, then up again, for ever. */
START_TEST(test_a_person_at_the_keyboard_plays_to_the_end) {
  Person p = {.type = SDL_KEYDOWN, .key = SDLK_RETURN};
  PlayResult r;
  ck_assert_int_eq(play_as(&p, PLAY_PERSON, NULL, true, &r), 0);
  ck_assert(p.result_seen);
  ck_assert_msg(p.result_scrolled, "the result fits: this test needs one that scrolls");
  ck_assert_int_eq(p.quits, 0);
  ck_assert_int_eq(p.given, p.screens); /* every screen answered, the result too */
  ck_assert_int_eq(r.screens, 3);
  ck_assert_int_eq(r.runs, 1);
  ck_assert(!r.lesson_error);
  /* recorded as the kiosk records it: one start, completed, the first (right) answer */
  StatsLessonRow row = recorded();
  ck_assert_int_eq(row.starts, 1);
  ck_assert_int_eq(row.completions, 1);
  ck_assert_double_eq_tol(row.average_score, 100, 0.01);
}
END_TEST

/* Escape is the learner leaving: the play ends on the first screen, nothing answered. */
START_TEST(test_escape_leaves_the_lesson_on_its_first_screen) {
  Person p = {.type = SDL_KEYDOWN, .key = SDLK_ESCAPE};
  PlayResult r;
  ck_assert_int_eq(play_as(&p, PLAY_PERSON, NULL, true, &r), 0);
  ck_assert_int_eq(p.screens, 1);
  ck_assert_int_eq(p.quits, 1);
  ck_assert_int_eq(p.given, 0);
  ck_assert(!p.result_seen);
  StatsLessonRow row = recorded(); /* started, not completed */
  ck_assert_int_eq(row.starts, 1);
  ck_assert_int_eq(row.completions, 0);
}
END_TEST

/* Closing the window stops the play too, without an answer. */
START_TEST(test_closing_the_window_stops_the_play) {
  Person p = {.type = SDL_QUIT};
  PlayResult r;
  ck_assert_int_eq(play_as(&p, PLAY_PERSON, NULL, false, &r), 0);
  ck_assert_int_eq(p.screens, 1);
  ck_assert_int_eq(p.given, 0);
  ck_assert(!p.result_seen);
}
END_TEST

/* A driver's play in a window shows each answer it gives, and still plays to the end. */
START_TEST(test_a_driver_in_a_window_plays_to_the_end) {
  Person p = {.type = SDL_USEREVENT}; /* nothing a play reads */
  PlayResult r;
  ck_assert_int_eq(play_as(&p, PLAY_DRIVER, "first", false, &r), 0);
  ck_assert(p.result_seen);
  ck_assert_int_eq(p.given, 3);
  ck_assert_int_eq(r.screens, 3);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("play_window");
  TCase *tc = tcase_create("window");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_a_person_at_the_keyboard_plays_to_the_end);
  tcase_add_test(tc, test_escape_leaves_the_lesson_on_its_first_screen);
  tcase_add_test(tc, test_closing_the_window_stops_the_play);
  tcase_add_test(tc, test_a_driver_in_a_window_plays_to_the_end);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
