/* test_play.c — the drivers (first, random, script), explore reaching every branch, and
   the checks kiosk play makes: missing strings, missing assets, overflowing text (at
   every size one exploration is asked to check); what an observer of a play sees. */
#include <dirent.h>

#include "play/driver.h"
#include "play/play.h"
#include "testutil.h"

static char *dir;

static void setup(void) {
  dir = test_tmpdir();
  test_write(dir, "strings/en.lua",
             "return { t = 'Title', q = 'Question?', a = 'Answer A', b = 'Answer B', c = 'Answer C',\n"
             "  fa = 'Feedback A', fb = 'Feedback B', fc = 'Feedback C', done_a = 'Path A',\n"
             "  done_b = 'Path B', done_c = 'Path C', deep = 'Deep branch' }\n");
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static Screen *choice(void) {
  Screen *s = screen_new(SCREEN_CHOICE);
  s->id = arena_strdup(s->arena, "q");
  s->text = arena_strdup(s->arena, "q");
  const char *ids[3] = {"a", "b", "c"};
  for (int i = 0; i < 3; i++) {
    s->options[i].id = arena_strdup(s->arena, ids[i]);
    s->options[i].text = arena_strdup(s->arena, ids[i]);
  }
  s->options[0].correct = true;
  s->noptions = 3;
  return s;
}

START_TEST(test_script_lines_answer_by_id) {
  Screen *s = choice();
  Answer a;
  Error err;
  ck_assert(driver_parse_line("choose b", s, &a, &err));
  ck_assert_int_eq(a.choice, 1);
  ck_assert(!driver_parse_line("choose z", s, &a, &err));
  ck_assert_str_eq(err.msg, "no option 'z' on choice 'q'");
  ck_assert(!driver_parse_line("safe", s, &a, &err));
  ck_assert_str_eq(err.msg, "'safe' does not fit a choice screen");
  ck_assert(driver_parse_line("quit", s, &a, &err));
  ck_assert_int_eq(a.status, ANSWER_QUIT);
  s->kind = SCREEN_MULTI;
  ck_assert(driver_parse_line("pick a, c", s, &a, &err));
  ck_assert_uint_eq(a.picked, 5);
  s->kind = SCREEN_FLAGS;
  s->nflags = 1;
  s->flags[0].id = arena_strdup(s->arena, "f");
  ck_assert(driver_parse_line("flags f miss 3", s, &a, &err));
  ck_assert_int_eq(a.misses, 3);
  ck_assert(!driver_parse_line("flags f miss 100", s, &a, &err));
  ck_assert_str_eq(err.msg, "miss 100 on 'q': give 0 to 99");
  screen_free(s);
}
END_TEST

START_TEST(test_random_driver_is_reproducible) {
  Screen *s = choice();
  Error err;
  Driver *d1 = driver_new("random:7", &err), *d2 = driver_new("random:7", &err);
  int differs = 0, first = -1;
  for (int i = 0; i < 50; i++) {
    Answer a, b;
    driver_answer(d1, s, &a, &err);
    driver_answer(d2, s, &b, &err);
    ck_assert_int_eq(a.choice, b.choice);
    if (first < 0) first = a.choice;
    if (a.choice != first) differs++;
  }
  ck_assert_int_gt(differs, 0); /* it is random, not constant */
  ck_assert_ptr_null(driver_new("random:x", &err));
  ck_assert_ptr_null(driver_new("bogus", &err));
  driver_free(d1);
  driver_free(d2);
  screen_free(s);
}
END_TEST

static int count_files(const char *path, const char *needle) {
  DIR *d = opendir(path);
  if (!d) return 0;
  int n = 0;
  for (struct dirent *e; (e = readdir(d));)
    if (strstr(e->d_name, needle)) n++;
  closedir(d);
  return n;
}

static int count_lines(const char *path, const char *needle) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char line[4096];
  int n = 0;
  while (fgets(line, sizeof line, f))
    if (strstr(line, needle)) n++;
  fclose(f);
  return n;
}

static int play(const char *code, PlayMode mode, const char *driver, const char *shots,
                const char *transcript) {
  test_write(dir, "lesson.lua", code);
  char lesson[512];
  snprintf(lesson, sizeof lesson, "%s/lesson.lua", dir);
  PlayOptions opt = {.lesson = lesson, .mode = mode, .driver = driver, .headless = true,
                     .width = 800, .height = 480, .screenshots = shots, .transcript = transcript,
                     .assets = "assets"};
  return play_lesson(&opt, NULL);
}

static const char *branching =
    "local id = choose { id = 'q1', question = 'q', { 'a', correct = true, feedback = 'fa' },\n"
    "  { 'b', feedback = 'fb' }, { 'c', feedback = 'fc' } }\n"
    "if id == 'a' then page { title = 'done_a' }\n"
    "elseif id == 'b' then\n"
    "  local id2 = choose { id = 'q2', question = 'q', { 'a', correct = true }, { 'b' } }\n"
    "  if id2 == 'b' then page { title = 'deep' } end\n"
    "else page { title = 'done_c' } end\n"
    "result { takeaways = { 't' } }\n";

START_TEST(test_explore_reaches_every_branch) {
  char transcript[512], shots[512];
  snprintf(transcript, sizeof transcript, "%s/t.jsonl", dir);
  snprintf(shots, sizeof shots, "%s/shots", dir);
  ck_assert_int_eq(play(branching, PLAY_EXPLORE, NULL, shots, transcript), 0);
  ck_assert_int_eq(count_lines(transcript, "\"title\":\"Path A\""), 1);
  ck_assert_int_eq(count_lines(transcript, "\"title\":\"Path C\""), 1);
  ck_assert_int_ge(count_lines(transcript, "\"title\":\"Deep branch\""), 1);
  ck_assert_int_ge(count_lines(transcript, "\"id\":\"q2\""), 2);
  ck_assert_int_eq(count_lines(transcript, "{\"run\":"), 4); /* a, b->a, b->b, c */
  /* every state photographed once: q1 + its 3 feedbacks, q2 + 2, 3 pages, results */
  ck_assert_int_eq(count_files(shots, "-choice.png"), 2);
  ck_assert_int_eq(count_files(shots, "-choice-feedback.png"), 5);
  ck_assert_int_eq(count_files(shots, "-page.png"), 3);
}
END_TEST

START_TEST(test_first_driver_plays_one_path) {
  char transcript[512];
  snprintf(transcript, sizeof transcript, "%s/t.jsonl", dir);
  ck_assert_int_eq(play(branching, PLAY_DRIVER, "first", NULL, transcript), 0);
  ck_assert_int_eq(count_lines(transcript, "{\"run\":"), 1);
  ck_assert_int_eq(count_lines(transcript, "\"title\":\"Path A\""), 1);
}
END_TEST

START_TEST(test_script_driver_follows_the_script) {
  char transcript[512], script[600];
  snprintf(transcript, sizeof transcript, "%s/t.jsonl", dir);
  test_write(dir, "answers.txt", "# a comment\nchoose b\n\nchoose b\ncontinue\ncontinue\n");
  snprintf(script, sizeof script, "script:%s/answers.txt", dir);
  ck_assert_int_eq(play(branching, PLAY_DRIVER, script, NULL, transcript), 0);
  ck_assert_int_eq(count_lines(transcript, "\"title\":\"Deep branch\""), 1);
  test_write(dir, "answers.txt", "choose b\n");
  ck_assert_int_eq(play(branching, PLAY_DRIVER, script, NULL, NULL), 1); /* ran out */
}
END_TEST

START_TEST(test_a_missing_string_fails_the_check) {
  ck_assert_int_eq(play("page { title = 'no_such_string' }", PLAY_EXPLORE, NULL, NULL, NULL), 1);
}
END_TEST

START_TEST(test_a_missing_image_fails_the_check) {
  ck_assert_int_eq(play("page { title = 't', image = 'nope.png' }", PLAY_EXPLORE, NULL, NULL, NULL), 1);
  test_write(dir, "assets/there.png", "not really a png but present");
  ck_assert_int_eq(play("page { title = 't', image = 'there.png' }", PLAY_EXPLORE, NULL, NULL, NULL), 0);
}
END_TEST

START_TEST(test_text_too_long_for_the_screen_fails_the_check) {
  char strings[3000];
  snprintf(strings, sizeof strings, "return { long = '%s' }", "");
  char *p = strings + strlen("return { long = '");
  for (int i = 0; i < 1900; i++) *p++ = i % 6 == 5 ? ' ' : 'm';
  strcpy(p, "' }");
  test_write(dir, "strings/en.lua", strings);
  ck_assert_int_eq(play("page { title = 'long' }", PLAY_EXPLORE, NULL, NULL, NULL), 1);
}
END_TEST

/* A page whose title is N characters of words, played at WxH, its text also checked at
   the sizes in fit (nfit of them). Returns play_lesson's status. */
static int play_long(int n, int w, int h, const int fit[][2], int nfit) {
  char strings[4000];
  int at = snprintf(strings, sizeof strings, "return { long = '");
  for (int i = 0; i < n && at < (int)sizeof strings - 8; i++) strings[at++] = i % 6 == 5 ? ' ' : 'm';
  snprintf(strings + at, sizeof strings - at, "' }");
  test_write(dir, "strings/en.lua", strings);
  test_write(dir, "lesson.lua", "page { title = 'long' }");
  char lesson[512];
  snprintf(lesson, sizeof lesson, "%s/lesson.lua", dir);
  PlayOptions opt = {.lesson = lesson, .mode = PLAY_EXPLORE, .headless = true, .width = w, .height = h,
                     .assets = "assets", .nfit_sizes = nfit};
  for (int k = 0; k < nfit; k++) {
    opt.fit_sizes[k][0] = fit[k][0];
    opt.fit_sizes[k][1] = fit[k][1];
  }
  return play_lesson(&opt, NULL);
}

/* One exploration checks the text at every size given (kiosk pack check, test_lessons):
   a title that fits a large screen but not the small one fails when the small one is
   among the sizes, though the play is at the large one. */
START_TEST(test_text_is_checked_at_every_size_of_one_exploration) {
  static const int small[][2] = {{800, 480}};
  /* the shortest title (in steps of 100) that does not fit 800x480 */
  int n = 100;
  while (n < 3000 && play_long(n, 800, 480, NULL, 0) == 0) n += 100;
  ck_assert_msg(n < 3000, "no title overflows 800x480");
  ck_assert_msg(play_long(n, 1920, 1080, NULL, 0) == 0, "%d characters do not fit 1920x1080 either", n);
  ck_assert_int_eq(play_long(n, 1920, 1080, small, 1), 1);
  ck_assert_int_eq(play_long(n - 100, 1920, 1080, small, 1), 0);
}
END_TEST

/* What a caller watching the exploration sees (test_lessons checks the content rules so):
   each run starts, shows screens, takes answers and ends, in that order, and the counts
   agree with the play's own. */
typedef struct Seen {
  int runs, screens, answers, ends, failed;
  bool in_run;
  bool order_ok;
} Seen;

static void seen(void *ud, const PlayEvent *e) {
  Seen *s = ud;
  switch (e->kind) {
  case PLAY_EVENT_RUN:
    if (s->in_run) s->order_ok = false;
    s->in_run = true;
    s->runs++;
    break;
  case PLAY_EVENT_SCREEN:
    if (!s->in_run || !e->screen) s->order_ok = false;
    s->screens++;
    break;
  case PLAY_EVENT_ANSWER:
    if (!s->in_run || !e->screen || !e->answer) s->order_ok = false;
    s->answers++;
    break;
  case PLAY_EVENT_END:
    if (!s->in_run) s->order_ok = false;
    s->in_run = false;
    s->ends++;
    s->failed += e->failed;
    break;
  }
}

START_TEST(test_an_observer_sees_every_run_screen_and_answer) {
  test_write(dir, "lesson.lua", branching);
  char lesson[512];
  snprintf(lesson, sizeof lesson, "%s/lesson.lua", dir);
  Seen s = {.order_ok = true};
  PlayOptions opt = {.lesson = lesson, .mode = PLAY_EXPLORE, .headless = true, .width = 800, .height = 480,
                     .assets = "assets", .observe = seen, .observe_ud = &s};
  PlayResult r;
  ck_assert_int_eq(play_lesson(&opt, &r), 0);
  ck_assert(s.order_ok);
  ck_assert(!s.in_run);
  ck_assert_int_eq(s.runs, 4); /* a, b->a, b->b, c */
  ck_assert_int_eq(s.runs, r.runs);
  ck_assert_int_eq(s.ends, s.runs);
  ck_assert_int_eq(s.screens, r.screens);
  ck_assert_int_eq(s.answers, r.answers);
  ck_assert_int_eq(s.failed, 0);
  /* a lesson error ends its run as failed */
  test_write(dir, "lesson.lua", "page { title = 't' } error('boom')");
  s = (Seen){.order_ok = true};
  ck_assert_int_eq(play_lesson(&opt, NULL), 1);
  ck_assert(s.order_ok);
  ck_assert_int_eq(s.runs, 1);
  ck_assert_int_eq(s.failed, 1);
}
END_TEST

START_TEST(test_a_lesson_error_fails_and_leaves_no_file) {
  char transcript[512];
  snprintf(transcript, sizeof transcript, "%s/t.jsonl", dir);
  ck_assert_int_eq(play("page { title = 't' } error('boom')", PLAY_EXPLORE, NULL, NULL, transcript), 1);
  ck_assert_int_eq(count_lines(transcript, "{\"end\":\"error\"}"), 1);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("play");
  TCase *tc = tcase_create("play");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_script_lines_answer_by_id);
  tcase_add_test(tc, test_random_driver_is_reproducible);
  tcase_add_test(tc, test_explore_reaches_every_branch);
  tcase_add_test(tc, test_first_driver_plays_one_path);
  tcase_add_test(tc, test_script_driver_follows_the_script);
  tcase_add_test(tc, test_a_missing_string_fails_the_check);
  tcase_add_test(tc, test_a_missing_image_fails_the_check);
  tcase_add_test(tc, test_text_too_long_for_the_screen_fails_the_check);
  tcase_add_test(tc, test_a_lesson_error_fails_and_leaves_no_file);
  tcase_add_test(tc, test_text_is_checked_at_every_size_of_one_exploration);
  tcase_add_test(tc, test_an_observer_sees_every_run_screen_and_answer);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
