/* test_lesson.c — the lesson runtime: the sandbox and its limits one by one, the
   coroutine driver, translations and red-flag markup, pack.lua and string tables. */
#include <time.h>

#include "lesson/lesson.h"
#include "lesson/sandbox.h"
#include "testutil.h"

static char *dir;

static void setup(void) {
  dir = test_tmpdir();
  test_write(dir, "strings/en.lua",
             "return { t = 'Title', q = 'Question?', a = 'Answer A', b = 'Answer B',\n"
             "  fa = 'Not that', fb = 'Yes', lesson = { t = 'Lesson title' },\n"
             "  msg = 'Pay {fee|RM1.50} now at {link|bit.ly/x}', why_fee = 'A fee', why_link = 'A link',\n"
             "  hello = 'Hello {lang}', only_en = 'English only' }\n");
  test_write(dir, "strings/th.lua", "return { t = 'หัวข้อ' }\n");
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

/* Runs code as lesson "lesson" and returns the status of the first step. */
static LessonStatus first_step(const char *code, const LessonOptions *opt, Screen **screen, Error *err,
                               LessonRun **keep) {
  test_write(dir, "lesson.lua", code);
  LessonSource src = {NULL, dir, "lesson"};
  char path[512];
  snprintf(path, sizeof path, "%s/lesson.lua", dir);
  src.file = path;
  LessonOptions defaults = {.lang = "en", .seed = 1, .step_ms = 2000};
  LessonRun *run = lesson_start(&src, opt ? opt : &defaults, err);
  ck_assert_ptr_nonnull(run);
  LessonStatus st = lesson_next(run, NULL, screen, err);
  if (keep) *keep = run;
  else lesson_stop(run);
  return st;
}

static void expect_failure_with(const char *code, const LessonOptions *opt, const char *reason) {
  Screen *s = NULL;
  Error err = {{0}};
  LessonStatus st = first_step(code, opt, &s, &err, NULL);
  ck_assert_int_eq(st, LESSON_FAILED);
  ck_assert_ptr_null(s);
  ck_assert_msg(strstr(err.msg, reason) != NULL, "'%s' does not say '%s'", err.msg, reason);
  ck_assert_msg(strncmp(err.msg, "lesson ", 7) == 0, "'%s' does not name the lesson", err.msg);
}

static void expect_failure(const char *code, const char *reason) { expect_failure_with(code, NULL, reason); }

/* A limit other than time, tested with time to spare: on a loaded machine under the
   sanitizers the default 2 s step could end the lesson first. */
static void expect_failure_untimed(const char *code, const char *reason) {
  LessonOptions opt = {.lang = "en", .seed = 1, .step_ms = 60000};
  expect_failure_with(code, &opt, reason);
}

/* ---- limits, one by one ----------------------------------------------------------- */

START_TEST(test_endless_loop_is_stopped) { expect_failure_untimed("while true do end", "ran too long"); }
END_TEST

START_TEST(test_endless_loop_in_a_lesson_coroutine_is_stopped) {
  expect_failure_untimed("coroutine.wrap(function() while true do end end)()", "ran too long");
}
END_TEST

START_TEST(test_pcall_cannot_swallow_the_budget) {
  expect_failure_untimed("while true do pcall(function() while true do end end) end", "ran too long");
}
END_TEST

START_TEST(test_memory_ceiling_ends_the_lesson) {
  /* many allocations that all stay alive; each a kilobyte, so the ceiling is reached
     long before the time budget even on a loaded machine under the sanitizers */
  expect_failure_untimed("local t = {} for i = 1, 1e9 do t[i] = { string.rep('x', 1000) .. i } end",
                         "used more than 64 MiB");
}
END_TEST

START_TEST(test_one_huge_string_ends_the_lesson) {
  expect_failure_untimed("local s = string.rep('x', 1e9)", "used more than 64 MiB");
}
END_TEST

START_TEST(test_pattern_backtracking_is_stopped_by_the_watchdog) {
  expect_failure("string.find(string.rep('a', 5000), string.rep('a*', 20) .. 'b')",
                 "no screen within");
}
END_TEST

START_TEST(test_a_c_loop_is_stopped_by_the_watchdog) {
  expect_failure("string.rep('', 1e15)", "no screen within");
}
END_TEST

/* Runs code in a sandbox with an endless instruction budget and cpu_ms of processor
   time, after sleeping sleep_ms of the budget's wall-clock time away; returns the error
   text, or "" when the code finished. */
static const char *run_with_clock(const char *code, int cpu_ms, long sleep_ms, char *out, size_t size) {
  SandboxLimits limits = {1u << 24, UINT64_MAX / 2, cpu_ms};
  Sandbox *sb = sandbox_new(SANDBOX_LESSON, &limits, NULL, NULL, 1);
  ck_assert_ptr_nonnull(sb);
  Error err = {{0}};
  ck_assert_msg(sandbox_load_string(sb, code, strlen(code), "=clock", &err), "%s", err.msg);
  sandbox_budget_reset(sb);
  struct timespec nap = {sleep_ms / 1000, (sleep_ms % 1000) * 1000000L};
  while (nanosleep(&nap, &nap) != 0) {}
  lua_State *L = sandbox_state(sb);
  snprintf(out, size, "%s", lua_pcall(L, 0, 0, 0) == LUA_OK ? "" : sandbox_error_text(L, -1));
  sandbox_free(sb);
  return out;
}

START_TEST(test_the_clock_stops_a_loop_after_its_processor_time) {
  char why[256];
  run_with_clock("while true do end", 100, 0, why, sizeof why);
  ck_assert_msg(strstr(why, "used more than 100 ms of processor time") != NULL, "'%s'", why);
}
END_TEST

/* A lesson waiting for a core on a busy machine has done nothing wrong: with the wall
   clock, the 300 ms asleep here would use up the 100 ms budget before the loop began. */
START_TEST(test_the_clock_does_not_count_time_spent_waiting) {
  char why[256];
  run_with_clock("local n = 0 for i = 1, 300000 do n = n + i end", 100, 300, why, sizeof why);
  ck_assert_msg(why[0] == '\0', "a short loop after a wait was stopped: '%s'", why);
}
END_TEST

START_TEST(test_gc_finalizers_are_refused) {
  expect_failure("setmetatable({}, { __gc = function() while true do end end })",
                 "__gc finalizers are not allowed");
}
END_TEST

START_TEST(test_dangerous_libraries_are_absent) {
  const char *names[] = {"io", "os", "debug", "package", "require", "dofile", "loadfile", "warn"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char code[256];
    snprintf(code, sizeof code, "if %s ~= nil then error('%s is reachable') end page { title = 't' }",
             names[i], names[i]);
    Screen *s = NULL;
    Error err = {{0}};
    ck_assert_msg(first_step(code, NULL, &s, &err, NULL) == LESSON_SCREEN, "%s: %s", names[i], err.msg);
    screen_free(s);
  }
}
END_TEST

START_TEST(test_bytecode_cannot_be_made_or_loaded) {
  Screen *s = NULL;
  Error err = {{0}};
  LessonStatus st = first_step(
      "assert(string.dump == nil)\n"
      "local f, msg = load('\\27Lua\\84\\0\\25\\147\\r\\n\\26\\n', 'x', 'b')\n"
      "assert(f == nil and msg:find('binary'), msg)\n"
      "assert(load('return 1 + 1')() == 2)\n"
      "page { title = 't' }",
      NULL, &s, &err, NULL);
  ck_assert_msg(st == LESSON_SCREEN, "%s", err.msg);
  screen_free(s);
}
END_TEST

START_TEST(test_string_metatable_is_locked) {
  Screen *s = NULL;
  Error err = {{0}};
  LessonStatus st = first_step("assert(getmetatable('') == 'locked') page { title = 't' }", NULL, &s, &err, NULL);
  ck_assert_msg(st == LESSON_SCREEN, "%s", err.msg);
  screen_free(s);
}
END_TEST

START_TEST(test_collectgarbage_stop_is_refused) {
  expect_failure("collectgarbage('stop')", "option 'stop' is not allowed");
}
END_TEST

START_TEST(test_yield_outside_the_api_is_refused) {
  expect_failure("coroutine.yield({ kind = 'page', title = 't' })", "coroutine.yield was used outside");
}
END_TEST

/* A screen asked inside a coroutine the lesson made would hand the lesson whatever
   proves a screen genuine; only the lesson's main coroutine may show one, even when the
   coroutine catches errors. */
START_TEST(test_a_screen_asked_inside_a_lesson_coroutine_ends_the_lesson) {
  expect_failure("local co = coroutine.create(function() page { title = 't' } end)\n"
                 "local ok, a, b = coroutine.resume(co)\n"
                 "coroutine.yield(a, { kind = 'page', title = 'forged' })",
                 "line 1: only the lesson itself can show a screen, not a coroutine it made");
  expect_failure("pcall(coroutine.wrap(function() pcall(choose, { id = 'q', 'a', 'b' }) end))\n"
                 "page { title = 'after' }",
                 "only the lesson itself can show a screen");
}
END_TEST

START_TEST(test_error_object_is_never_converted_by_its_metamethod) {
  expect_failure("error(setmetatable({}, { __tostring = function() while true do end end }))",
                 "line 1: error object is not a string");
}
END_TEST

START_TEST(test_syntax_error_names_the_line) {
  expect_failure("page { title = 't' }\npage { title = ", "line 2:");
}
END_TEST

START_TEST(test_runaway_screens_are_stopped) {
  /* each screen is fine on its own: only the count gives the loop away */
  Screen *s = NULL;
  Error err = {{0}};
  LessonRun *run;
  ck_assert_int_eq(first_step("while true do page { title = 't' } end", NULL, &s, &err, &run), LESSON_SCREEN);
  Answer a = answer_continue();
  LessonStatus st = LESSON_SCREEN;
  for (int i = 0; i < 3000 && st == LESSON_SCREEN; i++) {
    screen_free(s);
    st = lesson_next(run, &a, &s, &err);
  }
  ck_assert_int_eq(st, LESSON_FAILED);
  ck_assert_ptr_nonnull(strstr(err.msg, "more than 2000 screens"));
  lesson_stop(run);
}
END_TEST

START_TEST(test_print_is_a_bounded_warning) {
  Screen *s = NULL;
  Error err = {{0}};
  LessonRun *run;
  first_step("for i = 1, 100 do print('line', i) end page { title = 't' }", NULL, &s, &err, &run);
  ck_assert_int_eq(lesson_warning_count(run), 41);
  ck_assert_str_eq(lesson_warning(run, 0), "print: line\t1");
  ck_assert_str_eq(lesson_warning(run, 40), "print: (further print output suppressed)");
  screen_free(s);
  lesson_stop(run);
}
END_TEST

/* ---- the coroutine driver ------------------------------------------------------------ */

START_TEST(test_screens_come_in_order_and_answers_reach_the_lesson) {
  Screen *s = NULL;
  Error err = {{0}};
  LessonRun *run;
  const char *code =
      "page { title = 't' }\n"
      "local id, right = choose { id = 'q1', question = 'q', { 'a', feedback = 'fa' },\n"
      "                           { 'b', correct = true, feedback = 'fb' } }\n"
      "if id == 'b' and right then page { title = 'b' } else page { title = 'a' } end\n"
      "result { takeaways = { 't' }, help = 'scam' }\n";
  ck_assert_int_eq(first_step(code, NULL, &s, &err, &run), LESSON_SCREEN);
  ck_assert_int_eq(s->kind, SCREEN_PAGE);
  ck_assert_str_eq(s->title, "Lesson title"); /* the lesson's own section wins */
  screen_free(s);
  Answer a = answer_continue();
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN);
  ck_assert_int_eq(s->kind, SCREEN_CHOICE);
  ck_assert_str_eq(s->options[1].id, "b");
  ck_assert_str_eq(s->options[1].text, "Answer B");
  ck_assert(s->options[1].correct);
  screen_free(s);
  a = (Answer){ANSWER_GIVEN, 1, 0, 0};
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN);
  ck_assert_str_eq(s->title, "Answer B");
  screen_free(s);
  a = answer_continue();
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN);
  ck_assert_int_eq(s->kind, SCREEN_RESULT);
  ck_assert_int_eq(s->score, 1);
  ck_assert_int_eq(s->max, 1);
  ck_assert_str_eq(s->help, "scam");
  screen_free(s);
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_DONE);
  int points, max;
  lesson_score(run, &points, &max);
  ck_assert_int_eq(points, 1);
  ck_assert_int_eq(max, 1);
  lesson_stop(run);
}
END_TEST

START_TEST(test_try_password_gives_the_lesson_only_the_level) {
  Screen *s = NULL;
  Error err = {{0}};
  LessonRun *run;
  const char *code =
      "local level, strong = try_password { id = 'pw', question = 'q',\n"
      "  weak = { 'a', feedback = 'fa' }, fair = { 'b', feedback = 'fb' }, strong = { 'b', feedback = 'fb' } }\n"
      "page { title = level .. (strong and '+' or '-') }\n";
  ck_assert_int_eq(first_step(code, NULL, &s, &err, &run), LESSON_SCREEN);
  ck_assert_int_eq(s->kind, SCREEN_PASSWORD);
  ck_assert_int_eq(s->noptions, 3);
  ck_assert_str_eq(s->options[0].id, "weak");
  ck_assert_str_eq(s->options[2].id, "strong");
  ck_assert_str_eq(s->options[2].text, "Answer B");
  ck_assert(s->options[2].correct && !s->options[1].correct);
  screen_free(s);
  Answer a = {ANSWER_GIVEN, 1, 0, 0};
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN);
  ck_assert_str_eq(s->title, "fair-");
  screen_free(s);
  lesson_stop(run);
  expect_failure("try_password { id = 'pw', question = 'q', weak = { 'a' }, strong = { 'b' } }",
                 "try_password needs fair = { \"text_key\", feedback = \"key\" }");
}
END_TEST

START_TEST(test_an_answer_that_does_not_fit_is_refused) {
  Screen *s = NULL;
  Error err = {{0}};
  LessonRun *run;
  first_step("choose { id = 'q', question = 'q', { 'a', correct = true }, { 'b' } }", NULL, &s, &err, &run);
  screen_free(s);
  Answer a = {ANSWER_GIVEN, 5, 0, 0};
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_FAILED);
  ck_assert_ptr_nonnull(strstr(err.msg, "does not fit the screen"));
  lesson_stop(run);
}
END_TEST

START_TEST(test_same_seed_replays_the_same_lesson) {
  const char *code = "page { title = tostring(math.random(1, 1000000)) }";
  LessonOptions opt = {.lang = "en", .seed = 42};
  Screen *s1 = NULL, *s2 = NULL;
  Error err;
  first_step(code, &opt, &s1, &err, NULL);
  first_step(code, &opt, &s2, &err, NULL);
  ck_assert_str_eq(s1->title, s2->title);
  screen_free(s1);
  screen_free(s2);
}
END_TEST

/* ---- translations and markup -------------------------------------------------------- */

START_TEST(test_missing_translation_falls_back_to_english_and_is_reported) {
  LessonOptions opt = {.lang = "th", .seed = 1};
  Screen *s = NULL;
  Error err;
  LessonRun *run;
  first_step("choose { id = 'q', question = 'q', { 'a', correct = true }, { 'b' } }", &opt, &s, &err, &run);
  ck_assert_str_eq(s->text, "Question?");
  ck_assert_int_ge(lesson_warning_count(run), 1);
  ck_assert_str_eq(lesson_warning(run, 0), "line 1: string 'q' is missing in 'th' (English shown)");
  screen_free(s);
  lesson_stop(run);
}
END_TEST

START_TEST(test_string_missing_everywhere_shows_the_key_and_is_reported) {
  Screen *s = NULL;
  Error err;
  LessonRun *run;
  first_step("page { title = 'no_such_key' }", NULL, &s, &err, &run);
  ck_assert_str_eq(s->title, "no_such_key");
  ck_assert_str_eq(lesson_warning(run, 0), "line 1: string 'no_such_key' is missing in every language");
  screen_free(s);
  lesson_stop(run);
}
END_TEST

START_TEST(test_variables_are_filled_in) {
  LessonVar vars[1] = {{"help.scam", "997"}};
  LessonOptions opt = {.lang = "th", .seed = 1, .vars = vars, .nvars = 1};
  test_write(dir, "strings/th.lua", "return { hello = 'ภาษา {lang}, โทร {help.scam} {nope}' }");
  Screen *s = NULL;
  Error err;
  LessonRun *run;
  first_step("page { title = 'hello' }", &opt, &s, &err, &run);
  ck_assert_str_eq(s->title, "ภาษา th, โทร 997 {nope}");
  ck_assert_str_eq(lesson_warning(run, 0), "line 1: unknown variable {nope}");
  screen_free(s);
  lesson_stop(run);
}
END_TEST

START_TEST(test_flag_markup_becomes_spans_in_order_of_appearance) {
  Screen *s = NULL;
  Error err;
  LessonStatus st = first_step(
      "spot_flags { id = 'f', message = sms { from = 't', text = 'msg' },\n"
      "  flags = { link = 'why_link', fee = 'why_fee' } }", NULL, &s, &err, NULL);
  ck_assert_msg(st == LESSON_SCREEN, "%s", err.msg);
  const RichText *r = &s->message.parts[0];
  ck_assert_str_eq(r->text, "Pay RM1.50 now at bit.ly/x");
  ck_assert_int_eq(r->nspans, 2);
  ck_assert_int_eq(s->nflags, 2);
  ck_assert_str_eq(s->flags[0].id, "fee");
  ck_assert_str_eq(s->flags[0].explain, "A fee");
  ck_assert_int_eq(r->spans[0].start, 4);
  ck_assert_int_eq(r->spans[0].end, 10);
  ck_assert_int_eq(r->spans[0].flag, 0);
  ck_assert_int_eq(r->spans[1].flag, 1);
  screen_free(s);
}
END_TEST

START_TEST(test_flag_declared_but_not_marked_is_an_error) {
  expect_failure("spot_flags { id = 'f', message = sms { text = 'msg' },\n"
                 "  flags = { fee = 'why_fee', link = 'why_link', sender = 'why_fee' } }",
                 "red flag 'sender' is not marked {sender|...} in the message text");
}
END_TEST

START_TEST(test_flag_marked_but_not_explained_is_an_error) {
  expect_failure("spot_flags { id = 'f', message = sms { text = 'msg' }, flags = { fee = 'why_fee' } }",
                 "marks red flag 'link' but flags has no explanation");
}
END_TEST

START_TEST(test_chat_keeps_history_and_marks_new_messages) {
  Screen *s = NULL;
  Error err;
  LessonRun *run;
  const char *code =
      "local c = chat { id = 'c', with = 't' }\n"
      "c:says 'a'\n"
      "local r = c:reply { id = 'r1', { 'a' }, { 'b', correct = true } }\n"
      "c:says 'q'\n"
      "c:show()\n";
  ck_assert_int_eq(first_step(code, NULL, &s, &err, &run), LESSON_SCREEN);
  ck_assert_int_eq(s->nbubbles, 1);
  ck_assert(s->bubbles[0].fresh);
  screen_free(s);
  Answer a = {ANSWER_GIVEN, 1, 0, 0};
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN);
  ck_assert_int_eq(s->nbubbles, 3);
  ck_assert(!s->bubbles[0].fresh);
  ck_assert(s->bubbles[1].mine && !s->bubbles[1].fresh);
  ck_assert_str_eq(s->bubbles[1].text, "Answer B");
  ck_assert(!s->bubbles[2].mine && s->bubbles[2].fresh);
  ck_assert_int_eq(s->noptions, 0);
  screen_free(s);
  lesson_stop(run);
}
END_TEST

START_TEST(test_sort_makes_one_card_per_message_with_ids) {
  Screen *s = NULL;
  Error err;
  LessonRun *run;
  const char *code =
      "local right, n = sort { id = 'inbox', question = 'q',\n"
      "  { id = 'one', message = sms { text = 'a' }, scam = true, why = 'fa' },\n"
      "  { id = 'two', message = email { from = 't', subject = 'q', 'a', 'b' }, why = 'fb' } }\n"
      "page { title = tostring(right) .. '/' .. tostring(n) }\n";
  ck_assert_int_eq(first_step(code, NULL, &s, &err, &run), LESSON_SCREEN);
  ck_assert_str_eq(s->id, "inbox.one");
  ck_assert_int_eq(s->step, 1);
  ck_assert_int_eq(s->steps, 2);
  ck_assert(s->scam);
  screen_free(s);
  Answer a = {ANSWER_GIVEN, 1, 0, 0};
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN);
  ck_assert_str_eq(s->id, "inbox.two");
  ck_assert_int_eq(s->message.kind, MESSAGE_EMAIL);
  ck_assert_int_eq(s->message.nparts, 2);
  screen_free(s);
  ck_assert_int_eq(lesson_next(run, &a, &s, &err), LESSON_SCREEN); /* "scam" on a safe card */
  ck_assert_str_eq(s->title, "1/2");
  screen_free(s);
  lesson_stop(run);
}
END_TEST

START_TEST(test_page_text_can_be_a_card_of_lines) {
  Screen *s = NULL;
  Error err;
  ck_assert_int_eq(first_step("page { title = 't', text = { 'a', 'only_en', 'b' } }", NULL, &s, &err, NULL),
                   LESSON_SCREEN);
  ck_assert_str_eq(s->text, "Answer A\nEnglish only\nAnswer B");
  screen_free(s);
  expect_failure("page { text = { } }", "text as a list needs 1 to 12 text keys");
  expect_failure("page { text = { 'a', 5 } }", "text line 2 must be a text key in quotes");
}
END_TEST

/* ---- data files --------------------------------------------------------------------- */

START_TEST(test_strings_flatten_nested_tables) {
  test_write(dir, "s/en.lua", "return { a = 'x', l01 = { title = 'T', deep = { k = 'v' } } }");
  char path[512];
  snprintf(path, sizeof path, "%s/s", dir);
  Error err;
  StringTable *t = strings_load(path, "en", &err);
  ck_assert_ptr_nonnull(t);
  ck_assert_int_eq(strings_count(t), 3);
  ck_assert_str_eq(strings_get(t, "l01.deep.k"), "v");
  ck_assert_str_eq(strings_key(t, 0), "a");
  strings_free(t);
}
END_TEST

START_TEST(test_strings_reject_non_text_values) {
  test_write(dir, "s/en.lua", "return { a = 'x', n = 5 }");
  char path[512];
  snprintf(path, sizeof path, "%s/s", dir);
  Error err;
  ck_assert_ptr_null(strings_load(path, "en", &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "'n' must be text in quotes, not a number"));
}
END_TEST

START_TEST(test_data_files_have_no_libraries_and_a_budget) {
  char path[512];
  snprintf(path, sizeof path, "%s/s", dir);
  Error err;
  test_write(dir, "s/en.lua", "return { a = string.rep('x', 3) }");
  ck_assert_ptr_null(strings_load(path, "en", &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "global 'string'"));
  test_write(dir, "s/en.lua", "while true do end");
  ck_assert_ptr_null(strings_load(path, "en", &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "ran too long"));
  test_write(dir, "s/en.lua", "\x1bLua");
  ck_assert_ptr_null(strings_load(path, "en", &err));
}
END_TEST

START_TEST(test_pack_info_reads_a_good_pack) {
  test_write(dir, "p/pack.lua",
             "return { id = 'core', version = '1.2.0', languages = { 'en', 'th' },\n"
             "  review = { th = 'needs review' },\n"
             "  lessons = { { id = 'l01', file = 'lessons/l01.lua', topic = 'fraud', minutes = 6,\n"
             "                sensitive = true } } }");
  char path[512];
  snprintf(path, sizeof path, "%s/p", dir);
  Error err;
  PackInfo *p = pack_info_load(path, &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  ck_assert_str_eq(p->id, "core");
  ck_assert_int_eq(p->nlanguages, 2);
  ck_assert_str_eq(p->review[1], "needs review");
  ck_assert_ptr_null(p->review[0]);
  ck_assert(p->lessons[0].sensitive);
  ck_assert_str_eq(p->min_engine, "0.0.0");
  pack_info_free(p);
}
END_TEST

static PackInfo *load_pack(const char *extra, Error *err) {
  char text[2048];
  snprintf(text, sizeof text,
           "return { id = 'core', version = '1.0.0', languages = { 'en', 'th' },\n"
           "  review = { th = 'native Thai review needed' },\n"
           "  lessons = { { id = 'l01', file = 'lessons/l01.lua', topic = 'fraud', minutes = 6 },\n"
           "              { id = 'l02', file = 'lessons/l02.lua', topic = 'fraud', minutes = 7 },\n"
           "              { id = 'l03', file = 'lessons/l03.lua', topic = 'help', minutes = 5 } },\n"
           "%s }", extra);
  test_write(dir, "p/pack.lua", text);
  char path[512];
  snprintf(path, sizeof path, "%s/p", dir);
  return pack_info_load(path, err);
}

START_TEST(test_pack_info_reads_reviews_by_role_and_the_suggested_path) {
  Error err;
  PackInfo *p = load_pack(
      "  path = { start = { 'l03' }, rest = { 'l02' } },\n"
      "  reviews = { { kind = 'subject', status = 'done', role = 'youth worker', date = '2026-11-30',\n"
      "                lessons = { 'l01', 'l03' }, note = 'fine' },\n"
      "              { kind = 'survivor', status = 'needed', langs = { 'th' } } },", &err);
  ck_assert_msg(p != NULL, "%s", err.msg);
  ck_assert_int_eq(p->nstart, 1);
  ck_assert_int_eq(p->npath, 3); /* l01, left out of path, comes last */
  ck_assert_int_eq(p->path[0], 2);
  ck_assert_int_eq(p->path[1], 1);
  ck_assert_int_eq(p->path[2], 0);
  ck_assert_int_eq(p->nreviews, 3); /* two, and review.th as a native review needed */
  ck_assert(p->reviews[0].done);
  ck_assert_str_eq(p->reviews[0].lessons, "l01 l03");
  char *report = pack_info_review_report(p);
  ck_assert_str_eq(report,
                   "review subject [all languages] done by youth worker on 2026-11-30 (l01 l03): fine\n"
                   "review survivor [th] NEEDED (all lessons)\n"
                   "review native [th] NEEDED (all lessons): native Thai review needed\n");
  free(report);
  pack_info_free(p);
}
END_TEST

START_TEST(test_pack_info_refuses_reviews_and_paths_it_cannot_use) {
  static const struct { const char *extra, *why; } bad[] = {
      {"reviews = { { kind = 'native', status = 'done', date = '2026-11-30' } },", "needs a role"},
      {"reviews = { { kind = 'native', status = 'done', role = 'x', date = '30/11/2026' } },", "needs a role"},
      {"reviews = { { kind = 'friend', status = 'done' } },", "kind must be"},
      {"reviews = { { kind = 'native', status = 'ok' } },", "status must be"},
      {"reviews = { { kind = 'native', status = 'needed', langs = { 'fr' } } },", "names 'fr'"},
      {"reviews = { { kind = 'native', status = 'needed', lessons = { 'l09' } } },", "names 'l09'"},
      {"path = { start = { 'l01', 'l01' } },", "names 'l01' twice"},
      {"path = { rest = { 'l07' } },", "path.rest names 'l07'"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    Error err;
    PackInfo *p = load_pack(bad[i].extra, &err);
    ck_assert_msg(p == NULL, "accepted: %s", bad[i].extra);
    ck_assert_msg(strstr(err.msg, bad[i].why) != NULL, "'%s' does not say '%s'", err.msg, bad[i].why);
  }
}
END_TEST

START_TEST(test_pack_info_rejects_a_lesson_outside_the_pack) {
  test_write(dir, "p/pack.lua",
             "return { id = 'core', version = '1.0.0', languages = { 'en' },\n"
             "  lessons = { { id = 'l01', file = '../evil.lua', topic = 'fraud', minutes = 6 } } }");
  char path[512];
  snprintf(path, sizeof path, "%s/p", dir);
  Error err;
  ck_assert_ptr_null(pack_info_load(path, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "lesson 'l01' needs a file inside the pack"));
}
END_TEST

START_TEST(test_pack_info_rejects_a_bad_version) {
  test_write(dir, "p/pack.lua", "return { id = 'core', version = '1.x', languages = { 'en' }, lessons = {} }");
  char path[512];
  snprintf(path, sizeof path, "%s/p", dir);
  Error err;
  ck_assert_ptr_null(pack_info_load(path, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "version must look like"));
}
END_TEST

START_TEST(test_versions_compare_numerically) {
  ck_assert_int_lt(version_compare("1.2.10", "1.10.0"), 0);
  ck_assert_int_gt(version_compare("2", "1.9.9"), 0);
  ck_assert_int_eq(version_compare("1.0.0", "1.0.0"), 0);
  ck_assert_int_lt(version_compare("bad", "0.0.1"), 0);
  ck_assert(!version_valid("1..2"));
  ck_assert(!version_valid("1.2."));
  ck_assert(!version_valid("1.2.3.4"));
}
END_TEST

START_TEST(test_lesson_source_finds_its_pack) {
  test_write(dir, "p/pack.lua",
             "return { id = 'core', version = '1.0.0', languages = { 'en' },\n"
             "  lessons = { { id = 'first', file = 'lessons/a.lua', topic = 'fraud', minutes = 6 } } }");
  test_write(dir, "p/lessons/a.lua", "page { title = 't' }");
  char spec[512];
  snprintf(spec, sizeof spec, "%s/p/lessons/a.lua", dir);
  Error err;
  LessonSource *src = lesson_source_new(spec, &err);
  ck_assert_ptr_nonnull(src);
  ck_assert_str_eq(src->lesson_id, "first");
  ck_assert_ptr_nonnull(strstr(src->pack_dir, "/p"));
  lesson_source_free(src);
  snprintf(spec, sizeof spec, "%s/p/first", dir);
  src = lesson_source_new(spec, &err);
  ck_assert_ptr_nonnull(src);
  ck_assert_ptr_nonnull(strstr(src->file, "lessons/a.lua"));
  lesson_source_free(src);
  snprintf(spec, sizeof spec, "%s/p/nope", dir);
  ck_assert_ptr_null(lesson_source_new(spec, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "has no lesson 'nope'"));
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("lesson");
  TCase *limits = tcase_create("limits");
  tcase_add_checked_fixture(limits, setup, teardown);
  tcase_set_timeout(limits, 60);
  tcase_add_test(limits, test_one_huge_string_ends_the_lesson);
  tcase_add_test(limits, test_pattern_backtracking_is_stopped_by_the_watchdog);
  tcase_add_test(limits, test_a_c_loop_is_stopped_by_the_watchdog);
  tcase_add_test(limits, test_the_clock_stops_a_loop_after_its_processor_time);
  tcase_add_test(limits, test_the_clock_does_not_count_time_spent_waiting);
  tcase_add_test(limits, test_gc_finalizers_are_refused);
  tcase_add_test(limits, test_dangerous_libraries_are_absent);
  tcase_add_test(limits, test_bytecode_cannot_be_made_or_loaded);
  tcase_add_test(limits, test_string_metatable_is_locked);
  tcase_add_test(limits, test_collectgarbage_stop_is_refused);
  tcase_add_test(limits, test_yield_outside_the_api_is_refused);
  tcase_add_test(limits, test_a_screen_asked_inside_a_lesson_coroutine_ends_the_lesson);
  tcase_add_test(limits, test_error_object_is_never_converted_by_its_metamethod);
  tcase_add_test(limits, test_syntax_error_names_the_line);
  tcase_add_test(limits, test_runaway_screens_are_stopped);
  tcase_add_test(limits, test_print_is_a_bounded_warning);
  suite_add_tcase(s, limits);

  /* The instruction and memory budgets must stop these before the wall clock does. They
   * run everywhere, qemu-user included (make test-arm64): there KIOSK_TEST_SLOWDOWN
   * scales the wall-clock limits, never these budgets. */
  TCase *budget = tcase_create("budget");
  tcase_add_checked_fixture(budget, setup, teardown);
  tcase_set_timeout(budget, 60);
  tcase_add_test(budget, test_endless_loop_is_stopped);
  tcase_add_test(budget, test_endless_loop_in_a_lesson_coroutine_is_stopped);
  tcase_add_test(budget, test_pcall_cannot_swallow_the_budget);
  tcase_add_test(budget, test_memory_ceiling_ends_the_lesson);
  suite_add_tcase(s, budget);

  TCase *driver = tcase_create("driver");
  tcase_add_checked_fixture(driver, setup, teardown);
  tcase_set_timeout(driver, 30);
  tcase_add_test(driver, test_screens_come_in_order_and_answers_reach_the_lesson);
  tcase_add_test(driver, test_an_answer_that_does_not_fit_is_refused);
  tcase_add_test(driver, test_try_password_gives_the_lesson_only_the_level);
  tcase_add_test(driver, test_same_seed_replays_the_same_lesson);
  tcase_add_test(driver, test_missing_translation_falls_back_to_english_and_is_reported);
  tcase_add_test(driver, test_string_missing_everywhere_shows_the_key_and_is_reported);
  tcase_add_test(driver, test_variables_are_filled_in);
  tcase_add_test(driver, test_flag_markup_becomes_spans_in_order_of_appearance);
  tcase_add_test(driver, test_flag_declared_but_not_marked_is_an_error);
  tcase_add_test(driver, test_flag_marked_but_not_explained_is_an_error);
  tcase_add_test(driver, test_chat_keeps_history_and_marks_new_messages);
  tcase_add_test(driver, test_sort_makes_one_card_per_message_with_ids);
  tcase_add_test(driver, test_page_text_can_be_a_card_of_lines);
  suite_add_tcase(s, driver);

  TCase *data = tcase_create("data");
  tcase_add_checked_fixture(data, setup, teardown);
  tcase_add_test(data, test_strings_flatten_nested_tables);
  tcase_add_test(data, test_strings_reject_non_text_values);
  tcase_add_test(data, test_data_files_have_no_libraries_and_a_budget);
  tcase_add_test(data, test_pack_info_reads_a_good_pack);
  tcase_add_test(data, test_pack_info_rejects_a_lesson_outside_the_pack);
  tcase_add_test(data, test_pack_info_reads_reviews_by_role_and_the_suggested_path);
  tcase_add_test(data, test_pack_info_refuses_reviews_and_paths_it_cannot_use);
  tcase_add_test(data, test_pack_info_rejects_a_bad_version);
  tcase_add_test(data, test_versions_compare_numerically);
  tcase_add_test(data, test_lesson_source_finds_its_pack);
  suite_add_tcase(s, data);
  return s;
}

TEST_MAIN(suite)
