/* test_screen.c — Screen and Answer: grading, alternatives, checks, the wire format. */
#include "screen/screen.h"
#include "testutil.h"

static Screen *choice_screen(void) {
  Screen *s = screen_new(SCREEN_CHOICE);
  s->id = arena_strdup(s->arena, "q1");
  s->text = arena_strdup(s->arena, "What now?");
  const char *ids[3] = {"wait", "call", "delete"};
  for (int i = 0; i < 3; i++) {
    s->options[i].id = arena_strdup(s->arena, ids[i]);
    s->options[i].text = arena_strdup(s->arena, ids[i]);
    s->options[i].feedback = arena_strdup(s->arena, "because");
  }
  s->options[1].correct = true;
  s->noptions = 3;
  return s;
}

static Screen *flags_screen(void) {
  Screen *s = screen_new(SCREEN_FLAGS);
  s->id = arena_strdup(s->arena, "f");
  s->message.nparts = 1;
  RichText *r = &s->message.parts[0];
  r->text = arena_strdup(s->arena, "Pay RM1.50 within 24 hours");
  r->nspans = 2;
  r->spans = arena_alloc(s->arena, sizeof(FlagSpan) * 2);
  r->spans[0] = (FlagSpan){0, 10, 0};
  r->spans[1] = (FlagSpan){11, 26, 1};
  s->nflags = 2;
  s->flags[0] = (Flag){arena_strdup(s->arena, "fee"), arena_strdup(s->arena, "a fee")};
  s->flags[1] = (Flag){arena_strdup(s->arena, "deadline"), arena_strdup(s->arena, "a rush")};
  return s;
}

static Screen *password_screen(void) {
  Screen *s = screen_new(SCREEN_PASSWORD);
  s->id = arena_strdup(s->arena, "pw");
  s->text = arena_strdup(s->arena, "Type a passphrase");
  const char *ids[3] = {"weak", "fair", "strong"};
  for (int i = 0; i < 3; i++) {
    s->options[i].id = arena_strdup(s->arena, ids[i]);
    s->options[i].text = arena_strdup(s->arena, ids[i]);
    s->options[i].correct = i == 2;
  }
  s->noptions = 3;
  return s;
}

START_TEST(test_password_screen_levels_are_fixed) {
  Error err;
  Screen *s = password_screen();
  ck_assert_msg(screen_check(s, &err), "%s", err.msg);
  Answer a = {ANSWER_GIVEN, 2, 0, 0};
  ck_assert(screen_grade(s, &a).correct);
  a.choice = 1;
  ck_assert(!screen_grade(s, &a).correct);
  a.choice = 3;
  ck_assert(!screen_answer_valid(s, &a));
  Buf b = {0};
  a.choice = 0;
  answer_to_json(s, &a, &b);
  ck_assert_ptr_nonnull(strstr(b.data, "\"chose\":\"weak\""));
  buf_free(&b);
  s->options[1].correct = true; /* "fair" is not a right answer */
  ck_assert(!screen_check(s, &err));
  ck_assert_str_eq(err.msg, "password 'pw': level 2 must be 'fair'");
  s->options[1].correct = false;
  s->options[0].id = arena_strdup(s->arena, "bad");
  ck_assert(!screen_check(s, &err));
  ck_assert_str_eq(err.msg, "password 'pw': level 1 must be 'weak'");
  screen_free(s);
}
END_TEST

START_TEST(test_grade_choice_counts_only_the_correct_option) {
  Screen *s = choice_screen();
  Answer a = {ANSWER_GIVEN, 1, 0, 0};
  Grade g = screen_grade(s, &a);
  ck_assert_int_eq(g.points, 1);
  ck_assert_int_eq(g.max, 1);
  ck_assert(g.correct);
  a.choice = 0;
  g = screen_grade(s, &a);
  ck_assert_int_eq(g.points, 0);
  ck_assert_int_eq(g.max, 1);
  ck_assert(!g.correct);
  screen_free(s);
}
END_TEST

START_TEST(test_grade_flags_gives_a_point_per_flag_found) {
  Screen *s = flags_screen();
  Answer a = {ANSWER_GIVEN, -1, 1u << 1, 3};
  Grade g = screen_grade(s, &a);
  ck_assert_int_eq(g.points, 1);
  ck_assert_int_eq(g.max, 2);
  ck_assert(!g.correct);
  a.picked = 3;
  ck_assert(screen_grade(s, &a).correct);
  screen_free(s);
}
END_TEST

START_TEST(test_grade_multi_needs_the_exact_set) {
  Screen *s = choice_screen();
  s->kind = SCREEN_MULTI;
  s->options[2].correct = true;
  Answer a = {ANSWER_GIVEN, -1, (1u << 1) | (1u << 2), 0};
  ck_assert(screen_grade(s, &a).correct);
  a.picked = 1u << 1;
  ck_assert(!screen_grade(s, &a).correct);
  a.picked = 7;
  ck_assert(!screen_grade(s, &a).correct);
  screen_free(s);
}
END_TEST

START_TEST(test_answer_out_of_range_is_invalid) {
  Screen *s = choice_screen();
  Answer a = {ANSWER_GIVEN, 3, 0, 0};
  ck_assert(!screen_answer_valid(s, &a));
  a.choice = -1;
  ck_assert(!screen_answer_valid(s, &a));
  Screen *f = flags_screen();
  Answer b = {ANSWER_GIVEN, -1, 1u << 2, 0};
  ck_assert(!screen_answer_valid(f, &b));
  b.picked = 1;
  b.misses = SCREEN_MAX_MISSES;
  ck_assert(screen_answer_valid(f, &b));
  b.misses = SCREEN_MAX_MISSES + 1; /* more than the kiosk ever counts */
  ck_assert(!screen_answer_valid(f, &b));
  b.misses = -1;
  ck_assert(!screen_answer_valid(f, &b));
  screen_free(s);
  screen_free(f);
}
END_TEST

START_TEST(test_alternatives_cover_every_option_and_both_card_sides) {
  Screen *s = choice_screen();
  Answer alts[10];
  ck_assert_int_eq(screen_alternatives(s, alts, 10), 3);
  for (int i = 0; i < 3; i++) ck_assert_int_eq(alts[i].choice, i);
  s->kind = SCREEN_DECIDE;
  ck_assert_int_eq(screen_alternatives(s, alts, 10), 2);
  ck_assert(alts[0].choice == 0 && alts[1].choice == 1);
  screen_free(s);
  Screen *f = flags_screen();
  int n = screen_alternatives(f, alts, 10);
  ck_assert_int_eq(n, 3);
  ck_assert_uint_eq(alts[0].picked, 3);
  ck_assert_int_eq(alts[1].misses, 1);
  screen_free(f);
}
END_TEST

START_TEST(test_check_rejects_a_choice_without_a_correct_option) {
  Screen *s = choice_screen();
  s->options[1].correct = false;
  Error err;
  ck_assert(!screen_check(s, &err));
  ck_assert_str_eq(err.msg, "choice 'q1' has no correct option");
  screen_free(s);
}
END_TEST

START_TEST(test_check_rejects_duplicate_option_ids) {
  Screen *s = choice_screen();
  s->options[2].id = s->options[0].id;
  Error err;
  ck_assert(!screen_check(s, &err));
  ck_assert_str_eq(err.msg, "option id 'wait' is used twice");
  screen_free(s);
}
END_TEST

START_TEST(test_check_rejects_a_flag_not_marked_in_the_text) {
  Screen *s = flags_screen();
  s->message.parts[0].nspans = 1;
  Error err;
  ck_assert(!screen_check(s, &err));
  ck_assert_str_eq(err.msg, "red flag 'deadline' is not marked in the message text");
  screen_free(s);
}
END_TEST

START_TEST(test_check_rejects_a_span_past_the_text) {
  Screen *s = flags_screen();
  s->message.parts[0].spans[1].end = 99;
  Error err;
  ck_assert(!screen_check(s, &err));
  ck_assert_str_eq(err.msg, "message text: red-flag span 2 is out of place");
  screen_free(s);
}
END_TEST

START_TEST(test_wire_round_trip_keeps_everything) {
  Screen *s = flags_screen();
  s->title = arena_strdup(s->arena, "ดูให้ดี");
  s->message.from.text = arena_strdup(s->arena, "+60 11");
  Buf b = {0};
  screen_encode(s, &b);
  Error err;
  Screen *t = screen_decode(b.data, b.len, &err);
  ck_assert_ptr_nonnull(t);
  ck_assert_uint_eq(screen_digest(s), screen_digest(t));
  ck_assert_str_eq(t->title, "ดูให้ดี");
  ck_assert_int_eq(t->message.parts[0].spans[1].end, 26);
  buf_free(&b);
  screen_free(s);
  screen_free(t);
}
END_TEST

START_TEST(test_wire_rejects_every_truncation) {
  Screen *s = choice_screen();
  Buf b = {0};
  screen_encode(s, &b);
  for (size_t n = 0; n < b.len; n++) {
    Error err;
    Screen *t = screen_decode(b.data, n, &err);
    ck_assert_ptr_null(t);
  }
  buf_free(&b);
  screen_free(s);
}
END_TEST

START_TEST(test_wire_rejects_a_count_over_the_limit) {
  Screen *s = choice_screen();
  Buf b = {0};
  screen_encode(s, &b);
  /* version, kind, then 5 strings; find the option count byte after the two ints */
  size_t off = 2;
  for (int i = 0; i < 5; i++) {
    uint32_t n;
    memcpy(&n, b.data + off, 4);
    off += 4 + (n == 0xFFFFFFFFu ? 0 : n);
  }
  off += 8;
  ck_assert_int_eq((unsigned char)b.data[off], 3);
  b.data[off] = (char)(SCREEN_MAX_OPTIONS + 1);
  Error err;
  ck_assert_ptr_null(screen_decode(b.data, b.len, &err));
  ck_assert_str_eq(err.msg, "screen data is malformed");
  buf_free(&b);
  screen_free(s);
}
END_TEST

START_TEST(test_wire_rejects_invalid_utf8) {
  Screen *s = choice_screen();
  s->text = arena_strdup(s->arena, "bad \xff byte");
  Buf b = {0};
  screen_encode(s, &b);
  Error err;
  ck_assert_ptr_null(screen_decode(b.data, b.len, &err));
  ck_assert_str_eq(err.msg, "text is not valid UTF-8");
  buf_free(&b);
  screen_free(s);
}
END_TEST

START_TEST(test_answer_round_trip) {
  Answer a = {ANSWER_GIVEN, -1, 0x5, 2}, b;
  Buf buf = {0};
  answer_encode(&a, &buf);
  Error err;
  ck_assert(answer_decode(buf.data, buf.len, &b, &err));
  ck_assert(b.status == a.status && b.choice == a.choice && b.picked == a.picked && b.misses == a.misses);
  ck_assert(!answer_decode(buf.data, buf.len - 1, &b, &err));
  buf_free(&buf);
}
END_TEST

START_TEST(test_json_escapes_and_names_the_answer) {
  Screen *s = choice_screen();
  s->text = arena_strdup(s->arena, "say \"hi\"\n");
  Buf b = {0};
  screen_to_json(s, &b);
  ck_assert_ptr_nonnull(strstr(b.data, "\"text\":\"say \\\"hi\\\"\\n\""));
  buf_reset(&b);
  Answer a = {ANSWER_GIVEN, 1, 0, 0};
  answer_to_json(s, &a, &b);
  ck_assert_str_eq(b.data, "{\"answer\":\"answered\",\"id\":\"q1\",\"chose\":\"call\",\"points\":1,\"max\":1,\"correct\":true}");
  buf_free(&b);
  screen_free(s);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("screen");
  TCase *tc = tcase_create("screen");
  tcase_add_test(tc, test_grade_choice_counts_only_the_correct_option);
  tcase_add_test(tc, test_grade_flags_gives_a_point_per_flag_found);
  tcase_add_test(tc, test_grade_multi_needs_the_exact_set);
  tcase_add_test(tc, test_answer_out_of_range_is_invalid);
  tcase_add_test(tc, test_alternatives_cover_every_option_and_both_card_sides);
  tcase_add_test(tc, test_check_rejects_a_choice_without_a_correct_option);
  tcase_add_test(tc, test_check_rejects_duplicate_option_ids);
  tcase_add_test(tc, test_check_rejects_a_flag_not_marked_in_the_text);
  tcase_add_test(tc, test_check_rejects_a_span_past_the_text);
  tcase_add_test(tc, test_wire_round_trip_keeps_everything);
  tcase_add_test(tc, test_password_screen_levels_are_fixed);
  tcase_add_test(tc, test_wire_rejects_every_truncation);
  tcase_add_test(tc, test_wire_rejects_a_count_over_the_limit);
  tcase_add_test(tc, test_wire_rejects_invalid_utf8);
  tcase_add_test(tc, test_answer_round_trip);
  tcase_add_test(tc, test_json_escapes_and_names_the_answer);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
