/* test_lesson_errors.c — a lesson that builds a screen the engine cannot show ends with
   one line that names the lesson and says what is wrong, in words a lesson author can
   act on; it never shows a half-built screen. Each case is a lesson written through the
   public API (lessons/API.md) with one mistake in it: a number where a text key belongs,
   a file outside the pack, too many options, flags or takeaways, a card without its
   message, a bad or repeated id, a text over the limit. And the tables the API never
   builds (a lesson cannot reach the engine's own show()) are refused all the same. */
#include <lauxlib.h>

#include "core/buf.h"
#include "lesson/convert.h"
#include "lesson/lesson.h"
#include "testutil.h"

static char *dir;

/* Keys the cases use; "long" is over SCREEN_MAX_TEXT bytes, "flags13" marks 13 flags. */
static void setup(void) {
  dir = test_tmpdir();
  Buf b = {0};
  buf_adds(&b, "return { t = 'Title', q = 'Question?', a = 'A', b = 'B', fee = 'A fee',\n  long = '");
  for (int i = 0; i < SCREEN_MAX_TEXT + 10; i++) buf_adds(&b, i % 8 == 7 ? " " : "x");
  buf_adds(&b, "',\n  flags13 = '");
  for (int i = 1; i <= SCREEN_MAX_FLAGS + 1; i++) buf_printf(&b, "{f%d|word%d} ", i, i);
  buf_adds(&b, "' }\n");
  test_write(dir, "strings/en.lua", b.data);
  buf_free(&b);
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

typedef struct Case {
  const char *code;   /* the lesson */
  const char *reason; /* what its one line must say */
} Case;

static const Case cases[] = {
  /* fields that must be text keys */
  {"page { title = 42 }", "title must be a text key in quotes, not a number"},
  {"page { title = 't', text = true }", "text must be a text key in quotes, not a boolean"},
  {"page { text = {} }", "text as a list needs 1 to 12 text keys"},
  {"page { text = { 't','t','t','t','t','t','t','t','t','t','t','t','t' } }", "text as a list needs 1 to 12"},
  {"page { text = { 't', 42 } }", "text line 2 must be a text key in quotes"},
  {"result { takeaways = { 't', 42 } }", "takeaways must be text keys"},
  {"result { takeaways = 't' }", "takeaways must be a list { ... }"},
  {"result { takeaways = { 't', 't', 't', 't', 't' } }", "at most 4 takeaways"},
  {"result { takeaways = { 't' }, help = 7 }", "help must be a text key in quotes, not a number"},
  /* pictures and recordings stay inside the pack */
  {"page { title = 't', image = '../secret.png' }", "image '../secret.png' must be a file name inside the pack's assets"},
  {"page { title = 't', audio = '/etc/passwd' }", "audio '/etc/passwd' must be a file name inside"},
  /* questions */
  {"choose { id = 'q', question = 'q', 'a', 'b', 'a', 'b', 'a', { 'b', correct = true }, { 'a', id = 'x' } }",
   "a question can have at most 6 options"},
  {"choose { id = 'q', question = 'q', { 'a', correct = true } }", "choice 'q' has 1 options (2 to 6 allowed)"},
  {"choose { id = 'q', question = 'q', 'a', 'b' }", "choice 'q' has no correct option"},
  {"choose { id = 'q', 'a', { 'b', correct = true } }", "choice 'q' has no question"},
  {"choose { id = 'q', question = 'q', { 'a', id = 'no spaces' }, { 'b', correct = true } }",
   "option 1 has a bad id"},
  {"choose { id = 'q', question = 'q', { 'a', id = 'x' }, { 'b', id = 'x', correct = true } }",
   "option id 'x' is used twice"},
  {"choose { id = 'two words', question = 'q', 'a', { 'b', correct = true } }",
   "choice screen needs an id of letters, digits"},
  {"choose { id = 'q', question = 'long', 'a', { 'b', correct = true } }", "text is too long"},
  {"choose_all { id = 'q', question = 'q', { 'a', feedback = 'long' }, { 'b', correct = true } }",
   "feedback is too long"},
  /* messages and red flags */
  {"sort { id = 's', question = 'q', { id = 'c1', scam = true, why = 'fee' } }", "needs a message = sms { ... }"},
  {"sort { id = 's', question = 'q', { id = 'c1', message = sms { 42 }, why = 'fee' } }",
   "message text must be a text key"},
  {"sort { id = 's', question = 'q', { id = 'c1', message = email { subject = 5, text = 'a' } } }",
   "subject must be a text key in quotes, not a number"},
  {"sort { id = 's', question = 'q', { id = 'c1', message = sms { text = 'a' }, why = 'long' } }",
   "explanation is too long"},
  {"spot_flags { id = 'f', message = sms { text = 'flags13' }, flags = { f1 = 'fee', f2 = 'fee', f3 = 'fee',\n"
   "  f4 = 'fee', f5 = 'fee', f6 = 'fee', f7 = 'fee', f8 = 'fee', f9 = 'fee', f10 = 'fee', f11 = 'fee',\n"
   "  f12 = 'fee', f13 = 'fee' } }",
   "too many red flags in one message"},
  {"spot_flags { id = 'f', message = sms { text = 'a' }, flags = { [1] = 'fee' } }",
   "red flag '?' is not marked"},
};
#define NCASES ((int)(sizeof cases / sizeof cases[0]))

/* Starts CODE as lesson "lesson" in the test folder. */
static LessonRun *start(const char *code, Error *err) {
  test_write(dir, "lesson.lua", code);
  char path[512];
  snprintf(path, sizeof path, "%s/lesson.lua", dir);
  LessonSource src = {path, dir, "lesson"};
  LessonOptions opt = {.lang = "en", .seed = 1, .step_ms = 20000};
  LessonRun *run = lesson_start(&src, &opt, err);
  ck_assert_msg(run != NULL, "%s", err->msg);
  return run;
}

START_TEST(test_a_malformed_screen_ends_the_lesson_with_one_clear_line) {
  const Case *c = &cases[_i];
  Error err = {{0}};
  LessonRun *run = start(c->code, &err);
  Screen *s = NULL;
  LessonStatus st = lesson_next(run, NULL, &s, &err);
  lesson_stop(run);
  ck_assert_msg(st == LESSON_FAILED, "case %d (%s) was shown", _i, c->code);
  ck_assert_ptr_null(s);
  ck_assert_msg(strstr(err.msg, c->reason) != NULL, "case %d: '%s' does not say '%s'", _i, err.msg, c->reason);
  ck_assert_msg(strncmp(err.msg, "lesson ", 7) == 0 && strstr(err.msg, "lesson.lua"),
                "'%s' does not name the lesson", err.msg);
  ck_assert_msg(!strchr(err.msg, '\n'), "'%s' is more than one line", err.msg);
}
END_TEST

/* The same mistakes one step later: a lesson that showed good screens first still ends
   with the line, and the good screens came through whole. */
START_TEST(test_a_malformed_screen_after_good_ones_ends_the_lesson) {
  Error err = {{0}};
  LessonRun *run = start("page { title = 't' }\n"
                         "choose { id = 'q', question = 'q', 'a', { 'b', correct = true } }\n"
                         "result { takeaways = { 't', 't', 't', 't', 't' } }\n",
                         &err);
  Screen *s = NULL;
  ck_assert_int_eq(lesson_next(run, NULL, &s, &err), LESSON_SCREEN);
  ck_assert_str_eq(s->title, "Title");
  Answer a = {.status = ANSWER_GIVEN, .choice = ANSWER_NO_CHOICE};
  screen_free(s);
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN);
  ck_assert_int_eq(s->kind, SCREEN_CHOICE);
  ck_assert_int_eq(s->noptions, 2);
  a = (Answer){.status = ANSWER_GIVEN, .choice = 1};
  screen_free(s);
  s = NULL;
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_FAILED);
  ck_assert_ptr_null(s);
  ck_assert_msg(strstr(err.msg, "at most 4 takeaways"), "%s", err.msg);
  lesson_stop(run);
}
END_TEST

/* convert_screen, as the lesson child calls it (inside a protected call), on the table
   that CODE returns. */
typedef struct Converted {
  Texts texts;
  Screen *screen;
  Error err;
} Converted;

static int convert_top(lua_State *L) {
  Converted *c = lua_touserdata(L, 2);
  c->screen = convert_screen(L, 1, &c->texts, "test", &c->err);
  return 0;
}

/* Converts the table CODE returns into c; the caller frees c's screen and texts. */
static void convert(const char *code, Converted *c) {
  lua_State *L = luaL_newstate();
  ck_assert_int_eq(luaL_dostring(L, code), LUA_OK);
  *c = (Converted){.texts = {.lang_code = "en"}};
  lua_pushcfunction(L, convert_top);
  lua_insert(L, 1);
  lua_pushlightuserdata(L, c);
  ck_assert_int_eq(lua_pcall(L, 2, 0, 0), LUA_OK);
  lua_close(L);
  texts_free_warned(&c->texts);
}

static void refused(const char *code, const char *reason) {
  Converted c;
  convert(code, &c);
  ck_assert_msg(c.screen == NULL, "%s was converted", code);
  ck_assert_msg(strstr(c.err.msg, reason), "'%s' does not say '%s'", c.err.msg, reason);
}

START_TEST(test_tables_the_api_never_builds_are_refused_too) {
  refused("return 'page'", "a screen must be a table");
  refused("return { title = 't' }", "unknown screen kind");
  refused("return { kind = 'poster', title = 't' }", "unknown screen kind");
  refused("return { kind = 'choice', id = 'q', text = 'q', options = { 'a', 'b' } }", "option must be a table");
  refused("return { kind = 'choice', id = 'q', text = 'q', options = 'a' }", "options must be a list");
  refused("return { kind = 'flags', id = 'f', message = { parts = { 'a' } } }", "needs flags =");
  refused("return { kind = 'flags', id = 'f', message = 'sms', flags = {} }", "needs a message");
  /* and a good one is not: the refusals above are for what they say */
  Converted c;
  convert("return { kind = 'page', title = 't' }", &c);
  ck_assert_ptr_nonnull(c.screen);
  ck_assert_str_eq(c.screen->title, "t");
  screen_free(c.screen);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("lesson_errors");
  TCase *tc = tcase_create("errors");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, test_a_malformed_screen_ends_the_lesson_with_one_clear_line, 0, NCASES);
  tcase_add_test(tc, test_a_malformed_screen_after_good_ones_ends_the_lesson);
  tcase_add_test(tc, test_tables_the_api_never_builds_are_refused_too);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
