/* test_args.c — the command-line parser every subcommand uses: options and operands in
   any order, no limit on how many, and numbers taken only when they are numbers. */
#include "core/args.h"
#include "testutil.h"

typedef struct Parsed {
  bool flag;
  const char *text;
  ArgList list;
  int number;
  ArgSize size;
  ArgList operands;
  Error err;
} Parsed;

/* Parses a NULL-terminated list of words against one spec of each kind. */
static bool parse_words(Parsed *p, const char *const *words) {
  memset(p, 0, sizeof *p);
  p->number = -1;
  const ArgSpec specs[] = {
      {"--flag", ARG_FLAG, &p->flag, 0, 0},   {"--text", ARG_TEXT, &p->text, 0, 0},
      {"-o", ARG_TEXT, &p->text, 0, 0},       {"--item", ARG_LIST, &p->list, 0, 0},
      {"--k", ARG_INT, &p->number, 0, 1000},  {"--size", ARG_SIZE, &p->size, 200, 8192},
      {NULL, 0, NULL, 0, 0},
  };
  int n = 0;
  while (words[n]) n++;
  return args_parse(specs, n, (char **)words, &p->operands, &p->err);
}

static void parsed_free(Parsed *p) {
  args_list_free(&p->list);
  args_list_free(&p->operands);
}

START_TEST(test_options_and_operands_in_any_order) {
  Parsed p;
  const char *words[] = {"a", "--flag", "--text", "t", "b", "--k=7", "--size", "1024x600", "c", NULL};
  ck_assert_msg(parse_words(&p, words), "%s", p.err.msg);
  ck_assert(p.flag);
  ck_assert_str_eq(p.text, "t");
  ck_assert_int_eq(p.number, 7);
  ck_assert_int_eq(p.size.width, 1024);
  ck_assert_int_eq(p.size.height, 600);
  ck_assert_int_eq(p.operands.n, 3);
  ck_assert_str_eq(p.operands.items[0], "a");
  ck_assert_str_eq(p.operands.items[2], "c");
  parsed_free(&p);
}
END_TEST

START_TEST(test_any_number_of_operands_is_kept) {
  enum { N = 3000 };
  const char **words = calloc(N + 1, sizeof *words);
  char (*names)[16] = calloc(N, sizeof *names);
  for (int i = 0; i < N; i++) {
    snprintf(names[i], sizeof names[i], "export-%d", i);
    words[i] = names[i];
  }
  Parsed p;
  ck_assert(parse_words(&p, words));
  ck_assert_int_eq(p.operands.n, N);
  for (int i = 0; i < N; i++) ck_assert_str_eq(p.operands.items[i], names[i]);
  parsed_free(&p);
  free(names);
  free(words);
}
END_TEST

START_TEST(test_a_list_option_keeps_every_value) {
  Parsed p;
  const char *words[] = {"--item", "x", "--item=y", "--item", "z", NULL};
  ck_assert(parse_words(&p, words));
  ck_assert_int_eq(p.list.n, 3);
  ck_assert_str_eq(p.list.items[1], "y");
  parsed_free(&p);
}
END_TEST

START_TEST(test_double_dash_ends_the_options) {
  Parsed p;
  const char *words[] = {"--", "--flag", "-", NULL};
  ck_assert(parse_words(&p, words));
  ck_assert(!p.flag);
  ck_assert_int_eq(p.operands.n, 2);
  ck_assert_str_eq(p.operands.items[0], "--flag");
  ck_assert_str_eq(p.operands.items[1], "-");
  parsed_free(&p);
}
END_TEST

/* Each bad command line fails with exactly this message. */
static void expect_error(const char *const *words, const char *message) {
  Parsed p;
  ck_assert_msg(!parse_words(&p, words), "accepted");
  ck_assert_str_eq(p.err.msg, message);
  parsed_free(&p);
}

START_TEST(test_a_number_must_be_a_whole_number_in_range) {
  static const char *const bad[] = {"abc", "12abc", "", " 5", "+5", "-1", "1001", "5.0", "99999999999999999999"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    const char *words[] = {"--k", bad[i], NULL};
    char message[200];
    snprintf(message, sizeof message, "--k takes a whole number from 0 to 1000, not \"%s\"", bad[i]);
    expect_error(words, message);
  }
  Parsed p;
  const char *edge[] = {"--k", "1000", NULL};
  ck_assert(parse_words(&p, edge));
  ck_assert_int_eq(p.number, 1000);
  parsed_free(&p);
}
END_TEST

START_TEST(test_a_size_must_be_two_numbers_in_range) {
  static const char *const bad[] = {"800", "x480", "800x", "800x48", "800*480", "800x480x2", "9000x480"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    const char *words[] = {"--size", bad[i], NULL};
    char message[200];
    snprintf(message, sizeof message,
             "--size takes WIDTHxHEIGHT, each from 200 to 8192 (e.g. 800x480), not \"%s\"", bad[i]);
    expect_error(words, message);
  }
}
END_TEST

START_TEST(test_unknown_missing_and_repeated_options_are_errors) {
  const char *unknown[] = {"--nope", NULL};
  expect_error(unknown, "unknown option --nope; it takes --flag, --text, -o, --item, --k, --size");
  const char *unknown_value[] = {"--nope=1", NULL};
  expect_error(unknown_value, "unknown option --nope=1; it takes --flag, --text, -o, --item, --k, --size");
  const ArgSpec none[] = {{NULL, 0, NULL, 0, 0}};
  ArgList operands = {0};
  Error err;
  ck_assert(!args_parse(none, 1, (char *[]){"-x"}, &operands, &err));
  ck_assert_str_eq(err.msg, "unknown option -x; it takes no options");
  args_list_free(&operands);
  const char *missing[] = {"a", "--text", NULL};
  expect_error(missing, "--text needs a value");
  const char *twice[] = {"--k", "1", "--k", "2", NULL};
  expect_error(twice, "--k is given twice");
  const char *flag_value[] = {"--flag=yes", NULL};
  expect_error(flag_value, "--flag takes no value");
}
END_TEST

static Suite *args_suite(void) {
  Suite *s = suite_create("args");
  TCase *tc = tcase_create("parse");
  tcase_add_test(tc, test_options_and_operands_in_any_order);
  tcase_add_test(tc, test_any_number_of_operands_is_kept);
  tcase_add_test(tc, test_a_list_option_keeps_every_value);
  tcase_add_test(tc, test_double_dash_ends_the_options);
  tcase_add_test(tc, test_a_number_must_be_a_whole_number_in_range);
  tcase_add_test(tc, test_a_size_must_be_two_numbers_in_range);
  tcase_add_test(tc, test_unknown_missing_and_repeated_options_are_errors);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(args_suite)
