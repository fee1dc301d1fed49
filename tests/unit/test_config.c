/* test_config.c — the kiosk's settings: first run, reading and checking kiosk.lua, the
   saved file, the help-line catalogue, and the staff PIN with its guard. The guard is
   driven by an injected clock, so no test sleeps. */
#include <regex.h>
#include <sodium.h>
#include <sys/stat.h>

#include "config/config.h"
#include "core/fs.h"
#include "help/help.h"
#include "lesson/lesson.h"
#include "testutil.h"

#define ASSETS TEST_ROOT "/assets"
#define PIN "48172635" /* long enough that a hash cannot contain it by chance */

static char *dir;

/* Hashing is the slow part under sanitizers, so one hash of PIN is made before the
   tests fork and shared by those that only need some PIN set. */
static char pin_hash[160];

static void make_pin_hash(void) {
  Config c;
  Error err;
  config_defaults(&c, ASSETS);
  ck_assert_msg(config_set_pin(&c, PIN, &err), "%s", err.msg);
  memcpy(pin_hash, c.pin_hash, sizeof pin_hash);
}

static void setup(void) { dir = test_tmpdir(); }

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static char *path_in(const char *name) {
  static char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return path;
}

static char *slurp(const char *name) {
  char *text = fs_read_file(path_in(name), 1 << 24, NULL, NULL);
  ck_assert_msg(text != NULL, "%s cannot be read", name);
  return text;
}

/* A kiosk.lua with a kiosk id (whose absence has its own warning) and body. */
static void write_config(const char *body) {
  char text[4096];
  snprintf(text, sizeof text, "return {\n  kiosk_id = \"kiosk-test\",\n%s\n}\n", body);
  test_write(dir, "kiosk.lua", text);
}

/* Loads kiosk.lua, which must then hold exactly one warning, and returns it. */
static const char *load_one_warning(Config *c) {
  Error err;
  ck_assert_msg(config_load(c, dir, ASSETS, &err), "%s", err.msg);
  for (int i = 0; i < c->nwarnings; i++) fprintf(stderr, "  warning: %s\n", c->warnings[i]);
  ck_assert_int_eq(c->nwarnings, 1);
  return c->warnings[0];
}

static void assert_default_settings(const Config *c) {
  ck_assert_str_eq(c->country, "MY");
  static const char *const langs[] = {"en", "ms", "th", "ne"};
  ck_assert_int_eq(c->nlanguages, 4);
  for (int i = 0; i < 4; i++) ck_assert_str_eq(c->languages[i], langs[i]);
  ck_assert_str_eq(c->default_language, "en");
  ck_assert_int_eq(c->idle_seconds, 90);
  ck_assert_int_eq(c->result_idle_seconds, 30);
  ck_assert_int_eq(c->rotation, 0);
  ck_assert(!c->large_text);
  ck_assert_int_eq(c->tap_guard_ms, 300);
  ck_assert(!c->reduce_motion);
  ck_assert_str_eq(c->pin_hash, "");
}

static void assert_helplines_equal(const Helpline *a, const Helpline *b) {
  ck_assert_str_eq(a->id, b->id);
  ck_assert_str_eq(a->topic, b->topic);
  ck_assert_str_eq(a->name, b->name);
  ck_assert_str_eq(a->number, b->number);
  ck_assert_str_eq(a->hours, b->hours);
  ck_assert_int_eq(a->min_age, b->min_age);
  ck_assert_int_eq(a->max_age, b->max_age);
  ck_assert_str_eq(a->home, b->home);
  ck_assert_str_eq(a->source, b->source);
  ck_assert_str_eq(a->date, b->date);
  ck_assert_str_eq(a->seen, b->seen);
  ck_assert_int_eq(a->show, b->show);
}

static void assert_configs_equal(const Config *a, const Config *b) {
  ck_assert_str_eq(a->kiosk_id, b->kiosk_id);
  ck_assert_str_eq(a->country, b->country);
  ck_assert_int_eq(a->nlanguages, b->nlanguages);
  for (int i = 0; i < a->nlanguages; i++) ck_assert_str_eq(a->languages[i], b->languages[i]);
  ck_assert_str_eq(a->default_language, b->default_language);
  ck_assert_int_eq(a->idle_seconds, b->idle_seconds);
  ck_assert_int_eq(a->result_idle_seconds, b->result_idle_seconds);
  ck_assert_int_eq(a->rotation, b->rotation);
  ck_assert_int_eq(a->large_text, b->large_text);
  ck_assert_int_eq(a->tap_guard_ms, b->tap_guard_ms);
  ck_assert_int_eq(a->reduce_motion, b->reduce_motion);
  ck_assert_int_eq(a->show_embassy, b->show_embassy);
  ck_assert_str_eq(a->pin_hash, b->pin_hash);
  ck_assert_int_eq(a->nhomes, b->nhomes);
  ck_assert_int_eq(a->nhelplines, b->nhelplines);
  for (int i = 0; i < a->nhelplines; i++) assert_helplines_equal(&a->helplines[i], &b->helplines[i]);
}

static const Helpline *find_number(const Config *c, const char *number) {
  for (int i = 0; i < c->nhelplines; i++)
    if (strcmp(c->helplines[i].number, number) == 0) return &c->helplines[i];
  return NULL;
}

static bool matches(const char *text, const char *pattern) {
  regex_t re;
  ck_assert_int_eq(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
  bool ok = regexec(&re, text, 0, NULL, 0) == 0;
  regfree(&re);
  return ok;
}

/* ---- first run and defaults --------------------------------------------------------- */

START_TEST(test_first_run_writes_kiosk_lua_with_defaults) {
  Config c;
  Error err;
  ck_assert_msg(config_load(&c, dir, ASSETS, &err), "%s", err.msg);
  ck_assert_int_eq(c.nwarnings, 0);
  assert_default_settings(&c);
  ck_assert_msg(matches(c.kiosk_id, "^kiosk-[0-9a-f]{12}$"), "kiosk_id %s", c.kiosk_id);
  const Helpline *nsrc = find_number(&c, "997");
  ck_assert_ptr_nonnull(nsrc);
  ck_assert_str_eq(nsrc->topic, "scam");
  ck_assert(nsrc->show);
  ck_assert_ptr_eq(config_helpline(&c, "scam"), nsrc);

  char *text = slurp("kiosk.lua");
  ck_assert_ptr_nonnull(strstr(text, "-- kiosk.lua: the settings of this kiosk."));
  ck_assert_ptr_nonnull(strstr(text, "  idle_seconds = 90,\n"));
  ck_assert_ptr_nonnull(strstr(text, "(from 15 to 3600; normally 90)"));
  ck_assert_ptr_nonnull(strstr(text, "      number = \"997\",\n"));
  free(text);
}
END_TEST

START_TEST(test_second_start_keeps_the_kiosk_id) {
  Config first, second;
  Error err;
  ck_assert(config_load(&first, dir, ASSETS, &err));
  ck_assert(config_load(&second, dir, ASSETS, &err));
  ck_assert_int_eq(second.nwarnings, 0);
  assert_configs_equal(&first, &second);
}
END_TEST

START_TEST(test_defaults_make_a_new_random_kiosk_id_each_time) {
  Config a, b;
  config_defaults(&a, ASSETS);
  config_defaults(&b, ASSETS);
  ck_assert_int_eq(a.nwarnings, 0);
  ck_assert_str_ne(a.kiosk_id, b.kiosk_id);
}
END_TEST

START_TEST(test_missing_catalogue_gives_no_help_lines_and_a_warning) {
  Config c;
  config_defaults(&c, dir);
  assert_default_settings(&c);
  ck_assert_int_eq(c.nhelplines, 0);
  ck_assert_int_eq(c.nwarnings, 1);
  ck_assert_msg(strncmp(c.warnings[0], "no help lines will be shown: ", 29) == 0 &&
                    strstr(c.warnings[0], "helplines.lua") != NULL,
                "%s", c.warnings[0]);
}
END_TEST

START_TEST(test_unwritable_data_folder_is_an_error_with_usable_defaults) {
  Config c;
  Error err = {{0}};
  char missing[600];
  snprintf(missing, sizeof missing, "%s/no/such/folder", dir);
  ck_assert(!config_load(&c, missing, ASSETS, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "kiosk.lua.tmp"));
  assert_default_settings(&c);
  ck_assert_ptr_nonnull(config_helpline(&c, "scam"));
}
END_TEST

START_TEST(test_unreadable_kiosk_lua_is_an_error_with_usable_defaults) {
  Config c;
  Error err = {{0}};
  ck_assert_int_eq(mkdir(path_in("kiosk.lua"), 0755), 0);
  ck_assert(!config_load(&c, dir, ASSETS, &err));
  ck_assert_msg(strstr(err.msg, "kiosk.lua: cannot be read (not a regular file); using the"
                                " default settings") != NULL, "%s", err.msg);
  assert_default_settings(&c);
  ck_assert(fs_is_dir(path_in("kiosk.lua"))); /* nothing was written over it */
}
END_TEST

/* ---- saving ------------------------------------------------------------------------- */

START_TEST(test_save_then_load_gives_the_same_config) {
  Config c, back;
  Error err;
  config_defaults(&c, ASSETS);
  ck_assert(config_set_country(&c, "TH", ASSETS, &err));
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  snprintf(c.kiosk_id, sizeof c.kiosk_id, "kiosk-bangkok-2");
  c.nlanguages = 3;
  snprintf(c.languages[0], 8, "th");
  snprintf(c.languages[1], 8, "en");
  snprintf(c.languages[2], 8, "pt-BR");
  snprintf(c.default_language, 8, "th");
  c.idle_seconds = 15;
  c.result_idle_seconds = 3600;
  c.rotation = 270;
  c.large_text = true;
  c.tap_guard_ms = 450;
  c.reduce_motion = true;
  c.show_embassy = false;
  c.helplines[1].show = false;
  snprintf(c.helplines[0].name, sizeof c.helplines[0].name, "Centre \"1300\" \\ สายด่วน");
  snprintf(c.helplines[0].date, sizeof c.helplines[0].date, "n.d.");
  ck_assert_msg(config_save(&c, dir, &err), "%s", err.msg);
  ck_assert_msg(config_load(&back, dir, ASSETS, &err), "%s", err.msg);
  ck_assert_int_eq(back.nwarnings, 0);
  assert_configs_equal(&c, &back);
}
END_TEST

START_TEST(test_save_escapes_text_so_no_value_can_become_code) {
  Config c;
  Error err;
  config_defaults(&c, ASSETS);
  snprintf(c.helplines[0].name, sizeof c.helplines[0].name, "a\"b\\c\nd\re\tf\001g\177h]]");
  snprintf(c.helplines[0].number, sizeof c.helplines[0].number, "\"}, kiosk_id = \"x\" --");
  snprintf(c.helplines[0].source, sizeof c.helplines[0].source, "\\0031\\");
  ck_assert(config_save(&c, dir, &err));
  DataValue *root = data_load(path_in("kiosk.lua"), 1 << 16, &err);
  ck_assert_msg(root != NULL, "%s", err.msg);
  const DataValue *h = data_item(data_field(root, "helplines"), 1);
  /* the reader drops control characters other than newlines; the rest comes back */
  ck_assert_str_eq(data_string(data_field(h, "name")), "a\"b\\c\ndefgh]]");
  ck_assert_str_eq(data_string(data_field(h, "number")), "\"}, kiosk_id = \"x\" --");
  ck_assert_str_eq(data_string(data_field(h, "source")), "\\0031\\");
  ck_assert_str_eq(data_string(data_field(root, "kiosk_id")), c.kiosk_id);
  data_free(root);
}
END_TEST

START_TEST(test_saved_file_explains_every_setting) {
  Config c;
  Error err;
  config_defaults(&c, ASSETS);
  ck_assert(config_save(&c, dir, &err));
  char *text = slurp("kiosk.lua");
  static const char *const settings[] = {"kiosk_id", "country", "languages",
                                         "default_language", "idle_seconds",
                                         "result_idle_seconds", "rotation", "large_text",
                                         "tap_guard_ms", "reduce_motion", "show_embassy", "pin_hash",
                                         "helplines"};
  for (size_t i = 0; i < sizeof settings / sizeof *settings; i++) {
    char line[64];
    snprintf(line, sizeof line, "\n  %s = ", settings[i]);
    const char *at = strstr(text, line);
    ck_assert_msg(at != NULL, "%s missing", settings[i]);
    /* the line before each setting is a comment */
    const char *prev = at - 1;
    while (prev > text && prev[-1] != '\n') prev--;
    ck_assert_msg(strncmp(prev, "  --", 4) == 0, "no comment above %s", settings[i]);
  }
  free(text);
}
END_TEST

/* ---- bad values, one by one --------------------------------------------------------- */

START_TEST(test_idle_seconds_as_text_gets_the_default) {
  Config c;
  write_config("idle_seconds = \"abc\",");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: idle_seconds must be a number from 15 to 3600 (found \"abc\");"
                   " using 90");
  ck_assert_int_eq(c.idle_seconds, 90);
}
END_TEST

START_TEST(test_idle_seconds_too_short_gets_the_default) {
  Config c;
  write_config("idle_seconds = 5,");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: idle_seconds must be a number from 15 to 3600 (found 5); using 90");
  ck_assert_int_eq(c.idle_seconds, 90);
}
END_TEST

START_TEST(test_idle_seconds_with_a_fraction_gets_the_default) {
  Config c;
  write_config("idle_seconds = 60.5,");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: idle_seconds must be a number from 15 to 3600 (found 60.5); using 90");
  ck_assert_int_eq(c.idle_seconds, 90);
}
END_TEST

START_TEST(test_result_idle_seconds_too_long_gets_the_default) {
  Config c;
  write_config("result_idle_seconds = 5000,");
  ck_assert_str_eq(load_one_warning(&c), "kiosk.lua: result_idle_seconds must be a number from"
                                          " 10 to 3600 (found 5000); using 30");
  ck_assert_int_eq(c.result_idle_seconds, 30);
}
END_TEST

START_TEST(test_rotation_45_gets_the_default) {
  Config c;
  write_config("rotation = 45,");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: rotation must be 0, 90, 180 or 270 (found 45); using 0");
  ck_assert_int_eq(c.rotation, 0);
}
END_TEST

START_TEST(test_country_name_instead_of_code_gets_the_default) {
  Config c;
  write_config("country = \"malaysia\",");
  ck_assert_str_eq(load_one_warning(&c), "kiosk.lua: country must be two capital letters such"
                                          " as \"MY\" (found \"malaysia\"); using \"MY\"");
  ck_assert_str_eq(c.country, "MY");
  ck_assert_ptr_nonnull(find_number(&c, "997")); /* help lines of the default country */
}
END_TEST

START_TEST(test_default_language_not_offered_gets_the_first_offered) {
  Config c;
  write_config("languages = { \"th\", \"en\" }, default_language = \"fr\",");
  ck_assert_str_eq(load_one_warning(&c), "kiosk.lua: default_language must be one of the"
                                          " languages offered (th, en) (found \"fr\"); using \"en\"");
  ck_assert_int_eq(c.nlanguages, 2);
  ck_assert_str_eq(c.default_language, "en");
}
END_TEST

START_TEST(test_default_language_falls_back_silently_when_languages_omit_en) {
  Config c;
  Error err;
  write_config("languages = { \"ne\", \"th\" },");
  ck_assert(config_load(&c, dir, ASSETS, &err));
  ck_assert_int_eq(c.nwarnings, 0);
  ck_assert_str_eq(c.default_language, "ne");
}
END_TEST

START_TEST(test_too_many_languages_get_the_default_list) {
  Config c;
  write_config("languages = { \"en\", \"ms\", \"th\", \"ne\", \"id\", \"tl\", \"km\", \"bn\", \"my\" },");
  ck_assert_str_eq(load_one_warning(&c), "kiosk.lua: languages lists 9 languages; at most 8 are"
                                          " allowed; using en, ms, th, ne");
  assert_default_settings(&c);
}
END_TEST

START_TEST(test_bad_language_code_gets_the_default_list) {
  Config c;
  write_config("languages = { \"en\", \"English\" },");
  ck_assert_str_eq(load_one_warning(&c), "kiosk.lua: languages entry 2 must be a code such as"
                                          " \"en\" or \"pt-BR\" (found \"English\"); using en, ms,"
                                          " th, ne");
  assert_default_settings(&c);
}
END_TEST

START_TEST(test_plaintext_pin_hash_is_ignored_and_never_quoted) {
  Config c;
  write_config("pin_hash = \"plaintext1234\",");
  const char *w = load_one_warning(&c);
  ck_assert_str_eq(w, "kiosk.lua: pin_hash must be \"\" or a hash made by the kiosk (starting"
                      " \"$argon2id$\"); it was ignored, so no staff PIN is set");
  ck_assert_ptr_null(strstr(w, "1234"));
  ck_assert_str_eq(c.pin_hash, "");
}
END_TEST

START_TEST(test_large_text_as_text_gets_the_default) {
  Config c;
  write_config("large_text = \"yes\",");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: large_text must be true or false (found \"yes\"); using false");
  ck_assert(!c.large_text);
}
END_TEST

START_TEST(test_a_tap_guard_out_of_range_gets_the_default) {
  Config c;
  write_config("tap_guard_ms = 5000,");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: tap_guard_ms must be a number from 0 to 2000 (found 5000); using 300");
  ck_assert_int_eq(c.tap_guard_ms, 300);
  write_config("reduce_motion = 1,");
  ck_assert_str_eq(load_one_warning(&c), "kiosk.lua: reduce_motion must be true or false (found 1); using false");
}
END_TEST

START_TEST(test_bad_kiosk_id_gets_a_fresh_one) {
  Config c;
  test_write(dir, "kiosk.lua", "return { kiosk_id = \"Kiosk One\" }");
  const char *w = load_one_warning(&c);
  ck_assert_msg(matches(w, "^kiosk\\.lua: kiosk_id must be 1 to 39 small letters, digits or \"-\""
                           " \\(found \"Kiosk One\"\\); using \"kiosk-[0-9a-f]{12}\"$"), "%s", w);
  ck_assert_msg(matches(c.kiosk_id, "^kiosk-[0-9a-f]{12}$"), "%s", c.kiosk_id);
}
END_TEST

START_TEST(test_missing_kiosk_id_is_reported) {
  Config c;
  test_write(dir, "kiosk.lua", "return { country = \"TH\" }");
  const char *w = load_one_warning(&c);
  ck_assert_msg(matches(w, "^kiosk\\.lua: kiosk_id is missing; using \"kiosk-[0-9a-f]{12}\""
                           " until it is written into the file$"), "%s", w);
}
END_TEST

START_TEST(test_missing_settings_take_defaults_silently) {
  Config c;
  Error err;
  write_config("");
  ck_assert(config_load(&c, dir, ASSETS, &err));
  ck_assert_int_eq(c.nwarnings, 0);
  assert_default_settings(&c);
  ck_assert_str_eq(c.kiosk_id, "kiosk-test");
  ck_assert_ptr_nonnull(find_number(&c, "997"));
}
END_TEST

START_TEST(test_missing_help_lines_come_from_the_catalogue_for_the_country) {
  Config c;
  Error err;
  write_config("country = \"PH\",");
  ck_assert(config_load(&c, dir, ASSETS, &err));
  ck_assert_int_eq(c.nwarnings, 0);
  ck_assert_str_eq(config_helpline(&c, "scam")->number, "1326");
}
END_TEST

START_TEST(test_unknown_setting_is_reported_and_ignored) {
  Config c;
  write_config("colour = \"blue\", idle_seconds = 120,");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: unknown setting \"colour\" ignored (check its spelling)");
  ck_assert_int_eq(c.idle_seconds, 120);
}
END_TEST

START_TEST(test_too_many_problems_end_with_a_note) {
  Config c;
  Error err;
  char body[2048] = "";
  for (int i = 0; i < 20; i++) {
    char one[32];
    snprintf(one, sizeof one, "x%d = 1, ", i);
    strcat(body, one);
  }
  write_config(body);
  ck_assert(config_load(&c, dir, ASSETS, &err));
  ck_assert_int_eq(c.nwarnings, CONFIG_MAX_WARNINGS);
  ck_assert_str_eq(c.warnings[CONFIG_MAX_WARNINGS - 1],
                   "kiosk.lua: more problems than can be listed; fix these and restart to see the rest");
}
END_TEST

START_TEST(test_staff_help_lines_are_checked_one_by_one) {
  Config c;
  Error err;
  write_config("helplines = {\n"
               "  { topic = \"scam\", name = \"Local police\", number = \"03-1234\" },\n"
               "  { topic = \"fraud\", name = \"X\", number = \"1\" },\n"
               "  { topic = \"child\", name = \"Y\" },\n"
               "  { topic = \"child\", name = \"Z\", number = \"2\", show = \"no\" },\n"
               "  { topic = \"cyber\", name = \"W\", number = \"3\", note = \"x\" },\n"
               "},");
  ck_assert(config_load(&c, dir, ASSETS, &err));
  for (int i = 0; i < c.nwarnings; i++) fprintf(stderr, "  warning: %s\n", c.warnings[i]);
  ck_assert_int_eq(c.nwarnings, 4);
  ck_assert_str_eq(c.warnings[0], "kiosk.lua: helplines[2]: topic must be one of trafficking,"
                                  " scam, child, cyber, women, emergency, embassy, removal (found"
                                  " \"fraud\"); that"
                                  " help line is left out");
  ck_assert_str_eq(c.warnings[1], "kiosk.lua: helplines[3]: number must be one line of text of"
                                  " 1 to 63 bytes (found nothing); that help line is left out");
  ck_assert_str_eq(c.warnings[2], "kiosk.lua: helplines[4]: show must be true or false (found"
                                  " \"no\"); that help line is left out");
  ck_assert_str_eq(c.warnings[3], "kiosk.lua: helplines[5]: unknown field \"note\" ignored");
  ck_assert_int_eq(c.nhelplines, 2);
  const Helpline *h = config_helpline(&c, "scam");
  ck_assert_str_eq(h->number, "03-1234");
  ck_assert_str_eq(h->source, "");
  ck_assert_str_eq(h->date, "n.d.");
  ck_assert(h->show);
}
END_TEST

START_TEST(test_empty_help_line_list_is_respected) {
  Config c;
  Error err;
  write_config("helplines = {},");
  ck_assert(config_load(&c, dir, ASSETS, &err));
  ck_assert_int_eq(c.nwarnings, 0);
  ck_assert_int_eq(c.nhelplines, 0);
}
END_TEST

START_TEST(test_too_long_help_line_name_is_left_out) {
  Config c;
  char body[512];
  snprintf(body, sizeof body, "helplines = { { topic = \"scam\", name = \"%0130d\", number = \"1\" } },", 0);
  write_config(body);
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: helplines[1]: name must be one line of text of 1 to 127 bytes (found"
                   " \"0000000000000000000000000000000000000000...\"); that help line is left out");
  ck_assert_int_eq(c.nhelplines, 0);
}
END_TEST

/* ---- files that cannot be used at all ----------------------------------------------- */

/* Loads a broken kiosk.lua: every setting at its default, one warning that starts as
   expected and contains reason, and the file unchanged. (How long such loads take is
   measured by make bench: tests/bench/config.sh.) */
static void expect_broken_file(const char *text, const char *reason) {
  test_write(dir, "kiosk.lua", text);
  char *before = slurp("kiosk.lua");
  Config c;
  Error err;
  ck_assert_msg(config_load(&c, dir, ASSETS, &err), "%s", err.msg);
  assert_default_settings(&c);
  ck_assert_ptr_nonnull(find_number(&c, "997"));
  ck_assert_int_eq(c.nwarnings, 1);
  static const char start[] = "kiosk.lua is broken, so every setting is at its default (the"
                              " file was left unchanged: correct it and restart): ";
  ck_assert_msg(strncmp(c.warnings[0], start, strlen(start)) == 0, "%s", c.warnings[0]);
  ck_assert_msg(strstr(c.warnings[0], reason) != NULL, "'%s' does not say '%s'", c.warnings[0],
                reason);
  char *after = slurp("kiosk.lua");
  ck_assert_str_eq(after, before);
  free(before);
  free(after);
}

START_TEST(test_syntax_error_keeps_the_file_and_uses_defaults) {
  expect_broken_file("return {\n  idle_seconds = 120\n  rotation = 90,\n}\n",
                     "kiosk.lua:3: '}' expected (to close '{' at line 1) near 'rotation'");
}
END_TEST

START_TEST(test_file_that_is_not_a_table_uses_defaults) {
  expect_broken_file("return 42\n", "kiosk.lua: must return a table { ... }");
}
END_TEST

START_TEST(test_endless_loop_in_the_file_is_stopped) {
  expect_broken_file("while true do end\n", "ran too long");
}
END_TEST

START_TEST(test_string_too_big_for_the_reader_is_refused) {
  /* 20 MiB built by doubling: more than the reader's memory allows */
  expect_broken_file("local s = '01234567890123456789'\nfor i = 1, 20 do s = s .. s end\n"
                     "return { country = s }\n",
                     "not enough memory");
}
END_TEST

START_TEST(test_huge_string_value_gets_the_default) {
  /* 10 MiB fits the reader's memory, so it arrives as a value: only that setting is lost */
  write_config("country = (function() local s = '0123456789'\n"
               "  for i = 1, 20 do s = s .. s end return s end)(),");
  Config c;
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: country must be two capital letters such as \"MY\" (found"
                   " \"0123456789012345678901234567890123456789...\"); using \"MY\"");
  ck_assert_str_eq(c.country, "MY");
  ck_assert_str_eq(c.kiosk_id, "kiosk-test");
}
END_TEST

START_TEST(test_oversized_file_is_refused_unread) {
  char *text = malloc(70 * 1024);
  memset(text, ' ', 70 * 1024 - 1);
  memcpy(text, "return {}", 9);
  text[70 * 1024 - 1] = '\0';
  expect_broken_file(text, "too large");
  free(text);
}
END_TEST

START_TEST(test_file_calling_functions_that_do_not_exist_uses_defaults) {
  expect_broken_file("os.execute('touch /tmp/pwned')\nreturn {}\n", "attempt to index a nil value");
}
END_TEST

/* ---- the catalogue ------------------------------------------------------------------ */

START_TEST(test_catalogue_has_every_country_with_sources) {
  static const char *const countries[] = {"MY", "TH", "NP", "ID", "PH", "KH", "BD"};
  for (size_t i = 0; i < sizeof countries / sizeof *countries; i++) {
    Config c;
    Error err;
    config_defaults(&c, ASSETS);
    ck_assert_msg(config_set_country(&c, countries[i], ASSETS, &err), "%s", err.msg);
    ck_assert_str_eq(c.country, countries[i]);
    ck_assert_int_gt(c.nhelplines, 0);
    for (int k = 0; k < c.nhelplines; k++) {
      const Helpline *h = &c.helplines[k];
      ck_assert_msg(matches(h->source, "^https?://[^ ]+ \\([^)]+\\)$"), "%s %s: source %s",
                    countries[i], h->number, h->source);
      ck_assert_msg(matches(h->date, "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|n\\.d\\.|c\\.[0-9]{4})$"),
                    "%s %s: date %s", countries[i], h->number, h->date);
      ck_assert_msg(matches(h->seen, "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"), "%s %s: seen %s",
                    countries[i], h->number, h->seen);
    }
  }
}
END_TEST

START_TEST(test_catalogue_hides_nepal_1177_which_is_unconfirmed) {
  Config c;
  Error err;
  config_defaults(&c, ASSETS);
  ck_assert(config_set_country(&c, "NP", ASSETS, &err));
  const Helpline *h = find_number(&c, "1177");
  ck_assert_ptr_nonnull(h);
  ck_assert_str_eq(h->topic, "trafficking");
  ck_assert(!h->show);
  /* no trafficking line is confirmed: the police take its place, and its name says so */
  h = config_helpline(&c, "trafficking");
  ck_assert_str_eq(h->number, "100");
  ck_assert_ptr_nonnull(strstr(h->name, "no separate trafficking line could be confirmed"));
  ck_assert_str_eq(config_helpline(&c, "emergency")->number, "100");
  ck_assert(!find_number(&c, "16600141516")->show);
}
END_TEST

static const char *const catalogue_countries[] = {"MY", "TH", "NP", "ID", "PH", "KH", "BD"};
#define NCOUNTRIES (sizeof catalogue_countries / sizeof *catalogue_countries)

static void set_country(Config *c, const char *country) {
  Error err;
  config_defaults(c, ASSETS);
  ck_assert_msg(config_set_country(c, country, ASSETS, &err), "%s", err.msg);
}

START_TEST(test_every_country_has_a_shown_emergency_line) {
  for (size_t i = 0; i < NCOUNTRIES; i++) {
    Config c;
    set_country(&c, catalogue_countries[i]);
    ck_assert_msg(config_helpline(&c, "emergency") != NULL, "%s has no emergency line",
                  catalogue_countries[i]);
  }
  Config c;
  set_country(&c, "MY");
  ck_assert_str_eq(config_helpline(&c, "emergency")->number, "999");
  set_country(&c, "TH");
  ck_assert_str_eq(config_helpline(&c, "emergency")->number, "191");
}
END_TEST

/* Every lesson topic offers something in every country, and what a child-help topic
   offers reaches learners up to 24: never an under-18 line alone. */
START_TEST(test_no_young_adult_is_sent_to_an_under_18_line_alone) {
  static const char *const topics[] = {"trafficking", "scam", "child", "cyber", "women",
                                       "emergency", "removal"};
  static const char *const langs[] = {"en", "ms", "th", "ne", "bn"};
  for (size_t i = 0; i < NCOUNTRIES; i++) {
    Config c;
    set_country(&c, catalogue_countries[i]);
    for (size_t t = 0; t < sizeof topics / sizeof *topics; t++)
      for (size_t g = 0; g < sizeof langs / sizeof *langs; g++) {
        const Helpline *offered[CONFIG_MAX_OFFERED];
        int n = config_help_offered(&c, topics[t], langs[g], offered, CONFIG_MAX_OFFERED);
        ck_assert_msg(n >= 1, "%s offers nothing for %s", catalogue_countries[i], topics[t]);
        int reach = 0; /* the oldest age some offered line serves */
        for (int k = 0; k < n; k++) {
          ck_assert(offered[k]->show);
          int top = offered[k]->max_age ? offered[k]->max_age : 99;
          if (strcmp(offered[k]->topic, "embassy") != 0 && top > reach) reach = top;
        }
        ck_assert_msg(reach >= CONFIG_LEARNER_MAX_AGE, "%s %s [%s]: offered lines stop at %d",
                      catalogue_countries[i], topics[t], langs[g], reach);
      }
  }
  Config c;
  set_country(&c, "TH");
  const Helpline *offered[CONFIG_MAX_OFFERED];
  ck_assert_int_eq(config_help_offered(&c, "child", "th", offered, CONFIG_MAX_OFFERED), 2);
  ck_assert_str_eq(offered[0]->number, "1387");
  ck_assert_int_eq(offered[0]->max_age, 17);
  ck_assert_str_eq(offered[1]->number, "1300");
  ck_assert_int_eq(offered[1]->min_age, 18);
  ck_assert_int_eq(config_help_offered(&c, "removal", "th", offered, CONFIG_MAX_OFFERED), 2);
  ck_assert_str_eq(offered[0]->number, "takeitdown.ncmec.org");
  ck_assert_str_eq(offered[1]->number, "stopncii.org");
}
END_TEST

START_TEST(test_get_help_adds_the_embassy_the_learners_language_implies) {
  Config c;
  const Helpline *e[4];
  set_country(&c, "TH");
  ck_assert_str_eq(config_home_country(&c, "ms"), "MY");
  ck_assert_int_eq(config_embassies(&c, "ms", e, 4), 2); /* phone, then address */
  ck_assert_str_eq(e[0]->home, "MY");
  ck_assert_str_eq(e[0]->number, "+66 87-028-4659");
  ck_assert_int_eq(config_embassies(&c, "ms-TH", e, 4), 2);
  ck_assert_int_eq(config_embassies(&c, "th", e, 4), 0); /* at home: no embassy */
  ck_assert_ptr_null(config_home_country(&c, "en"));
  ck_assert_int_eq(config_embassies(&c, "en", e, 4), 0);
  /* a lesson on trafficking offers the hotline and the embassy */
  const Helpline *offered[CONFIG_MAX_OFFERED];
  int n = config_help_offered(&c, "trafficking", "ms", offered, CONFIG_MAX_OFFERED);
  ck_assert_int_eq(n, 2);
  ck_assert_str_eq(offered[0]->number, "1300");
  ck_assert_str_eq(offered[1]->topic, "embassy");
  /* staff can turn it off */
  c.show_embassy = false;
  ck_assert_int_eq(config_embassies(&c, "ms", e, 4), 0);
  ck_assert_int_eq(config_help_offered(&c, "trafficking", "ms", offered, CONFIG_MAX_OFFERED), 1);
  set_country(&c, "MY");
  ck_assert_int_eq(config_embassies(&c, "th", e, 4), 1);
  ck_assert_str_eq(e[0]->number, "kualalumpur.thaiembassy.org");
  /* Nepal's embassy in Kuala Lumpur: its website is shown; the phone number of an
     undated page (show = false) is not */
  ck_assert_str_eq(config_home_country(&c, "ne"), "NP");
  ck_assert_int_eq(config_embassies(&c, "ne", e, 4), 1);
  ck_assert_str_eq(e[0]->number, "my.nepalembassy.gov.np");
  /* no source gave Cambodia's embassy in Kuala Lumpur: nothing is made up */
  ck_assert_str_eq(config_home_country(&c, "km"), "KH");
  ck_assert_int_eq(config_embassies(&c, "km", e, 4), 0);
  /* in Bangkok, the Nepali embassy's website; Cambodia's 2014 duty line stays hidden */
  set_country(&c, "TH");
  ck_assert_int_eq(config_embassies(&c, "ne", e, 4), 1);
  ck_assert_str_eq(e[0]->number, "th.nepalembassy.gov.np");
  ck_assert_int_eq(config_embassies(&c, "km", e, 4), 0);
}
END_TEST

/* Get help's list keeps the emergency line and the embassy however few lines fit (large
   text shows four), lists a number once, and leaves the removal services to L09. */
START_TEST(test_get_help_keeps_emergency_and_embassy_when_room_is_short) {
  Config c;
  set_country(&c, "MY");
  HelpEntry e[HELP_MAX_ENTRIES];
  int n = help_get_help_list(&c, "th", e, 4);
  ck_assert_int_eq(n, 4);
  ck_assert_str_eq(e[0].topic, "trafficking");
  ck_assert_str_eq(e[2].topic, "emergency");
  ck_assert_str_eq(e[2].line->number, "999");
  ck_assert_str_eq(e[3].topic, "embassy");
  n = help_get_help_list(&c, "th", e, HELP_MAX_ENTRIES);
  for (int i = 0; i < n; i++) {
    ck_assert_str_ne(e[i].topic, "removal");
    for (int k = 0; k < i; k++) ck_assert_ptr_ne(e[i].line, e[k].line);
  }
  ck_assert_str_eq(e[n - 1].topic, "embassy");
  ck_assert_str_eq(e[n - 2].topic, "emergency");
  /* English implies no home country: no embassy, the emergency line last */
  n = help_get_help_list(&c, "en", e, 3);
  ck_assert_int_eq(n, 3);
  ck_assert_str_eq(e[2].topic, "emergency");
  /* Khmer in Malaysia: no source gave Cambodia's embassy, so Get help says to ask staff;
     Nepali in Malaysia now has the embassy's website */
  ck_assert(help_embassy_unknown(&c, "km"));
  ck_assert(!help_embassy_unknown(&c, "ne"));
  ck_assert(!help_embassy_unknown(&c, "th"));
  ck_assert(!help_embassy_unknown(&c, "ms"));
  c.show_embassy = false;
  ck_assert(!help_embassy_unknown(&c, "km"));
}
END_TEST

START_TEST(test_catalogue_lines_carry_hours_ages_and_ids) {
  Config c;
  set_country(&c, "MY");
  const Helpline *mapo = find_number(&c, "03-8000 8000");
  ck_assert_str_eq(mapo->id, "my_mapo");
  ck_assert_str_eq(mapo->hours, "07:30-21:00"); /* the last confirmed hours (2017) */
  ck_assert_str_eq(find_number(&c, "1-300-88-2999")->hours, "mon-fri 09:00-15:00");
  ck_assert_str_eq(find_number(&c, "takeitdown.ncmec.org")->topic, "removal"); /* INTL */
  ck_assert_int_eq(find_number(&c, "takeitdown.ncmec.org")->max_age, 17);
  ck_assert_str_eq(find_number(&c, "999")->seen, "2026-12-05");
  /* every line has an id, unique across the catalogue */
  char seen_ids[NCOUNTRIES * CONFIG_MAX_HELPLINES][32];
  int nids = 0;
  for (size_t i = 0; i < NCOUNTRIES; i++) {
    set_country(&c, catalogue_countries[i]);
    for (int k = 0; k < c.nhelplines; k++) {
      const Helpline *h = &c.helplines[k];
      ck_assert_msg(*h->id, "%s %s has no id", catalogue_countries[i], h->number);
      if (strcmp(h->topic, "removal") == 0) continue; /* INTL, in every country */
      for (int j = 0; j < nids; j++) ck_assert_str_ne(seen_ids[j], h->id);
      snprintf(seen_ids[nids++], 32, "%s", h->id);
    }
  }
}
END_TEST

/* Learners read help-line names in their language: every catalogue line has one in each
   language of the kiosk's own words (English is the catalogue's name itself). */
START_TEST(test_every_help_line_has_a_name_in_every_language) {
  static const char *const langs[] = {"ms", "th", "ne", "id", "bn", "my"};
  for (size_t g = 0; g < sizeof langs / sizeof *langs; g++) {
    Error err;
    StringTable *words = strings_load_locale(ASSETS "/strings", langs[g], NULL, &err);
    ck_assert_msg(words != NULL, "%s", err.msg);
    for (size_t i = 0; i < NCOUNTRIES; i++) {
      Config c;
      set_country(&c, catalogue_countries[i]);
      for (int k = 0; k < c.nhelplines; k++) {
        char key[64];
        snprintf(key, sizeof key, "helplines.%s", c.helplines[k].id);
        const char *name = strings_get(words, key);
        ck_assert_msg(name && *name, "%s: %s has no %s name", catalogue_countries[i],
                      c.helplines[k].id, langs[g]);
      }
    }
    strings_free(words);
  }
}
END_TEST

START_TEST(test_staff_lines_with_bad_hours_ages_or_homes_are_left_out) {
  Config c;
  Error err;
  write_config("helplines = {\n"
               "  { topic = \"scam\", name = \"A\", number = \"1\", hours = \"9 to 5\" },\n"
               "  { topic = \"embassy\", name = \"B\", number = \"2\" },\n"
               "  { topic = \"scam\", name = \"C\", number = \"3\", home = \"NP\" },\n"
               "  { topic = \"child\", name = \"D\", number = \"4\", max_age = 17.5 },\n"
               "  { topic = \"child\", name = \"E\", number = \"5\", min_age = 20, max_age = 18 },\n"
               "  { topic = \"scam\", name = \"F\", number = \"6\", id = \"My Line\" },\n"
               "  { topic = \"embassy\", name = \"G\", number = \"7\", home = \"NP\",\n"
               "    hours = \"mon-fri 09:00-17:00\", min_age = 18 },\n"
               "},");
  ck_assert(config_load(&c, dir, ASSETS, &err));
  ck_assert_int_eq(c.nwarnings, 6);
  ck_assert_msg(strstr(c.warnings[0], "helplines[1]: hours must be \"24h\"") != NULL, "%s", c.warnings[0]);
  ck_assert_msg(strstr(c.warnings[1], "helplines[2]: an embassy needs home") != NULL, "%s", c.warnings[1]);
  ck_assert_msg(strstr(c.warnings[2], "helplines[3]: home is only for embassies") != NULL, "%s", c.warnings[2]);
  ck_assert_msg(strstr(c.warnings[3], "helplines[4]: max_age must be a whole number") != NULL, "%s", c.warnings[3]);
  ck_assert_msg(strstr(c.warnings[4], "helplines[5]: min_age 20 is above max_age 18") != NULL, "%s", c.warnings[4]);
  ck_assert_msg(strstr(c.warnings[5], "helplines[6]: id must be small letters") != NULL, "%s", c.warnings[5]);
  ck_assert_int_eq(c.nhelplines, 1);
  ck_assert_str_eq(c.helplines[0].home, "NP");
  ck_assert_str_eq(c.helplines[0].hours, "mon-fri 09:00-17:00");
  ck_assert_int_eq(c.helplines[0].min_age, 18);
  ck_assert_str_eq(config_home_country(&c, "ne"), "NP"); /* homes still come from the catalogue */
}
END_TEST

START_TEST(test_show_embassy_as_text_gets_the_default) {
  Config c;
  write_config("show_embassy = \"no\",");
  ck_assert_str_eq(load_one_warning(&c),
                   "kiosk.lua: show_embassy must be true or false (found \"no\"); using true");
  ck_assert(c.show_embassy);
}
END_TEST

START_TEST(test_set_country_thailand_gives_aoc_1441) {
  Config c;
  Error err;
  config_defaults(&c, ASSETS);
  ck_assert_msg(config_set_country(&c, "TH", ASSETS, &err), "%s", err.msg);
  const Helpline *h = config_helpline(&c, "scam");
  ck_assert_str_eq(h->number, "1441");
  ck_assert_str_eq(h->date, "2023-11-03");
  ck_assert_str_eq(config_helpline(&c, "trafficking")->number, "1300");
  ck_assert_ptr_null(find_number(&c, "997"));
}
END_TEST

START_TEST(test_set_country_unknown_fails_and_changes_nothing) {
  Config c, before;
  Error err;
  config_defaults(&c, ASSETS);
  before = c;
  ck_assert(!config_set_country(&c, "XX", ASSETS, &err));
  ck_assert_msg(strstr(err.msg, "helplines.lua: no help lines for country \"XX\"") != NULL, "%s",
                err.msg);
  ck_assert(!config_set_country(&c, "malaysia", ASSETS, &err));
  ck_assert_str_eq(err.msg, "country must be two capital letters such as \"MY\" (found \"malaysia\")");
  assert_configs_equal(&c, &before);
}
END_TEST

/* ---- the PIN ------------------------------------------------------------------------ */

START_TEST(test_new_pin_must_be_6_to_8_digits) {
  static const char *const bad[] = {"12a456", "123456789", "", " 602718", "602718\n"};
  Config c;
  config_defaults(&c, ASSETS);
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    Error err;
    ck_assert_int_eq(config_pin_problem(bad[i]), i == 2 ? PIN_TOO_SHORT : PIN_NOT_DIGITS);
    ck_assert_msg(!config_set_pin(&c, bad[i], &err), "accepted \"%s\"", bad[i]);
    ck_assert_str_eq(c.pin_hash, "");
  }
  Error err;
  ck_assert(!config_set_pin(&c, "12a456", &err));
  ck_assert_str_eq(err.msg, "the staff PIN must be 6 to 8 digits (0-9)");
  ck_assert(!config_set_pin(&c, "60271", &err));
  ck_assert_str_eq(err.msg, "the staff PIN must be at least 6 digits");
  ck_assert_int_eq(config_pin_problem("4817"), PIN_TOO_SHORT);
  ck_assert(!config_set_pin(&c, NULL, &err));
  ck_assert_int_eq(config_pin_problem(NULL), PIN_NOT_DIGITS);
}
END_TEST

/* What a guesser tries first is refused at any length; PINs without a pattern pass. */
START_TEST(test_new_pin_is_not_easy_to_guess) {
  static const char *const weak[] = {
      "000000", "111111", "999999", "121212", "112211", "110011", "999000", /* two digits */
      "123123", "520520", "12341234", "456456",                             /* a block again */
      "123456", "234567", "987654", "654321", "890123", "135791", "24680246", /* runs */
      "123321", "456654",                                                    /* mirrors */
      "112233", "147258", "159753", "789456", "258369", "102030", "142857"}; /* common */
  for (size_t i = 0; i < sizeof weak / sizeof *weak; i++)
    ck_assert_msg(config_pin_problem(weak[i]) == PIN_GUESSABLE, "%s is easy to guess", weak[i]);
  static const char *const fine[] = {"602718", "48172635", "507319", "839402", "1593570", "271945"};
  for (size_t i = 0; i < sizeof fine / sizeof *fine; i++)
    ck_assert_msg(config_pin_problem(fine[i]) == PIN_FINE, "%s refused", fine[i]);
  Config c;
  Error err;
  config_defaults(&c, ASSETS);
  ck_assert(!config_set_pin(&c, "123456", &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "easy to guess"));
  ck_assert_ptr_null(strstr(err.msg, "123456")); /* the PIN is never in a message */
  ck_assert_str_eq(c.pin_hash, "");
}
END_TEST

/* A 4-digit PIN chosen before the 6-digit rule still opens staff mode. */
START_TEST(test_old_4_digit_pin_still_opens) {
  Config c;
  PinGuard g;
  config_defaults(&c, ASSETS);
  ck_assert_int_eq(sodium_init() < 0, 0);
  ck_assert_int_eq(crypto_pwhash_str(c.pin_hash, "4817", 4, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE), 0);
  pin_guard_open(&g, dir, 1000);
  ck_assert_int_eq(pin_guard_check(&g, &c, "4818", 1000), PIN_WRONG);
  ck_assert_int_eq(pin_guard_check(&g, &c, "4817", 1000), PIN_OK);
}
END_TEST

static unsigned file_mode(const char *name) {
  char *path = path_join(dir, name);
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  free(path);
  return (unsigned)st.st_mode & 0777;
}

/* kiosk.lua holds the PIN's hash: only the kiosk's user reads it, whatever the umask,
   a PATH.tmp left by a power cut, or a file written by an older kiosk. */
START_TEST(test_settings_file_is_mode_0600) {
  Config c;
  Error err;
  mode_t old = umask(0);
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  ck_assert_msg(config_save(&c, dir, &err), "%s", err.msg);
  ck_assert_uint_eq(file_mode("kiosk.lua"), 0600);
  /* a stale kiosk.lua.tmp, readable by all */
  char *tmp = path_join(dir, "kiosk.lua.tmp");
  ck_assert(fs_write_atomic(tmp, "x", 1, &err));
  ck_assert_int_eq(chmod(tmp, 0666), 0);
  ck_assert_msg(config_save(&c, dir, &err), "%s", err.msg);
  ck_assert_uint_eq(file_mode("kiosk.lua"), 0600);
  free(tmp);
  /* a file an older kiosk wrote 0644 is made private when it is read */
  char *path = path_join(dir, "kiosk.lua");
  ck_assert_int_eq(chmod(path, 0644), 0);
  Config back;
  ck_assert(config_load(&back, dir, ASSETS, &err));
  ck_assert_uint_eq(file_mode("kiosk.lua"), 0600);
  ck_assert_str_eq(back.pin_hash, c.pin_hash);
  /* the first start writes it 0600 too */
  ck_assert_int_eq(unlink(path), 0);
  ck_assert(config_load(&back, dir, ASSETS, &err));
  ck_assert_uint_eq(file_mode("kiosk.lua"), 0600);
  free(path);
  umask(old);
}
END_TEST

START_TEST(test_pin_is_stored_only_as_an_argon2id_hash) {
  Config c;
  Error err;
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  ck_assert_msg(strncmp(c.pin_hash, "$argon2id$", 10) == 0, "%s", c.pin_hash);
  ck_assert_ptr_null(strstr(c.pin_hash, PIN));
  ck_assert(config_save(&c, dir, &err));
  char *text = slurp("kiosk.lua");
  ck_assert_ptr_nonnull(strstr(text, c.pin_hash));
  ck_assert_ptr_null(strstr(text, PIN));
  free(text);
}
END_TEST

START_TEST(test_no_pin_set_asks_for_one) {
  Config c;
  PinGuard g;
  config_defaults(&c, ASSETS);
  pin_guard_open(&g, dir, 1000);
  ck_assert_int_eq(pin_guard_check(&g, &c, "1234", 1000), PIN_NOT_SET);
  ck_assert_int_eq(g.failures, 0);
}
END_TEST

START_TEST(test_right_pin_is_accepted) {
  Config c;
  PinGuard g;
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  pin_guard_open(&g, dir, 1000);
  ck_assert_int_eq(pin_guard_check(&g, &c, PIN, 1000), PIN_OK);
  ck_assert_int_eq(g.failures, 0);
}
END_TEST

START_TEST(test_three_wrong_pins_cost_a_2_second_wait) {
  Config c;
  PinGuard g;
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  pin_guard_open(&g, dir, 0);
  uint64_t now = 5000;
  for (int i = 0; i < 3; i++) {
    ck_assert_uint_eq(pin_guard_wait_ms(&g, now), 0);
    ck_assert_int_eq(pin_guard_check(&g, &c, "0000", now), PIN_WRONG);
  }
  ck_assert_int_eq(g.failures, 3);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, now), 2000);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, now + 1500), 500);
  /* while waiting even the right PIN is not checked */
  ck_assert_int_eq(pin_guard_check(&g, &c, PIN, now + 1999), PIN_WAIT);
  ck_assert_int_eq(g.failures, 3);
  ck_assert_int_eq(pin_guard_check(&g, &c, PIN, now + 2000), PIN_OK);
  ck_assert_int_eq(g.failures, 0);
  char *lock = slurp("staff-lock");
  ck_assert_str_eq(lock, "0\n");
  free(lock);
}
END_TEST

START_TEST(test_ten_wrong_pins_lock_for_15_minutes) {
  static const uint64_t waits[] = {0, 0, 0, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 900000};
  Config c;
  PinGuard g;
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  pin_guard_open(&g, dir, 0);
  uint64_t now = 1000;
  for (int i = 1; i <= 10; i++) {
    now += pin_guard_wait_ms(&g, now);
    ck_assert_int_eq(pin_guard_check(&g, &c, "1111", now), PIN_WRONG);
    ck_assert_int_eq(g.failures, i);
    ck_assert_uint_eq(pin_guard_wait_ms(&g, now), waits[i]);
  }
  ck_assert_int_eq(pin_guard_check(&g, &c, PIN, now + 899999), PIN_WAIT);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, now + 900000), 0);
  char *lock = slurp("staff-lock");
  ck_assert_str_eq(lock, "10\n");
  free(lock);
}
END_TEST

START_TEST(test_wait_policy_for_each_failure_count) {
  PinGuard g = {NULL, 0, 10000, false};
  for (int f = 0; f <= 12; f++) {
    g.failures = f;
    uint64_t expected = f < 3 ? 0 : f < 10 ? 1000ull << (f - 2) : 900000;
    ck_assert_uint_eq(pin_guard_wait_ms(&g, 10000), expected);
    ck_assert_uint_eq(pin_guard_wait_ms(&g, 10000 + expected), 0);
    /* a clock that went backwards does not shorten the wait */
    ck_assert_uint_eq(pin_guard_wait_ms(&g, 5000), expected);
  }
}
END_TEST

START_TEST(test_failure_count_survives_a_restart) {
  Config c;
  PinGuard g, after;
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  pin_guard_open(&g, dir, 0);
  for (int i = 0; i < 3; i++) ck_assert_int_eq(pin_guard_check(&g, &c, "9999", 100), PIN_WRONG);
  /* the new run's clock starts near zero again; the wait starts over from its opening */
  pin_guard_open(&after, dir, 7);
  ck_assert_int_eq(after.failures, 3);
  ck_assert_uint_eq(pin_guard_wait_ms(&after, 7), 2000);
  ck_assert_int_eq(pin_guard_check(&after, &c, PIN, 1000), PIN_WAIT);
  char *lock = slurp("staff-lock");
  ck_assert_ptr_null(strstr(lock, "9999"));
  free(lock);
}
END_TEST

START_TEST(test_stored_lockout_after_restart_still_locks) {
  Config c;
  PinGuard g;
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  test_write(dir, "staff-lock", "12\n");
  pin_guard_open(&g, dir, 50);
  ck_assert_int_eq(g.failures, 12);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, 50), 900000);
  ck_assert_int_eq(pin_guard_check(&g, &c, PIN, 60), PIN_WAIT);
}
END_TEST

START_TEST(test_garbage_lock_file_locks_for_15_minutes) {
  static const char *const garbage[] = {"", "abc", "-5\n", "3x\n", " 3\n"};
  for (size_t i = 0; i < sizeof garbage / sizeof *garbage; i++) {
    PinGuard g;
    test_write(dir, "staff-lock", garbage[i]);
    pin_guard_open(&g, dir, 0);
    ck_assert_msg(g.failures == 10, "\"%s\" read as %d", garbage[i], g.failures);
    ck_assert_uint_eq(pin_guard_wait_ms(&g, 0), 900000);
  }
}
END_TEST

START_TEST(test_huge_count_in_the_lock_file_saturates) {
  PinGuard g;
  test_write(dir, "staff-lock", "99999999999999999999\n");
  pin_guard_open(&g, dir, 0);
  ck_assert_int_eq(g.failures, 1000000);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, 0), 900000);
}
END_TEST

START_TEST(test_unreadable_lock_file_locks_for_15_minutes) {
  char lock[600];
  snprintf(lock, sizeof lock, "%s/staff-lock", dir);
  ck_assert_int_eq(mkdir(lock, 0755), 0); /* there, but no count can be read from it */
  PinGuard g;
  pin_guard_open(&g, dir, 0);
  ck_assert_int_eq(g.failures, 10);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, 5), 900000 - 5);
}
END_TEST

/* A wrong PIN whose count cannot be saved (DATA is read-only or full): the next try
   waits 15 minutes, since a restart would forget the count. */
static void expect_unsaved_wrong_pin_locks(const char *data) {
  Config c;
  PinGuard g;
  config_defaults(&c, ASSETS);
  memcpy(c.pin_hash, pin_hash, sizeof c.pin_hash);
  pin_guard_open(&g, data, 0);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, 10), 0);
  ck_assert_int_eq(pin_guard_check(&g, &c, "2222", 10), PIN_WRONG);
  ck_assert(g.unsaved);
  ck_assert_int_eq(g.failures, 1);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, 10), 900000);
  ck_assert_int_eq(pin_guard_check(&g, &c, PIN, 11), PIN_WAIT);
  ck_assert_int_eq(pin_guard_check(&g, &c, PIN, 10 + 900000), PIN_OK);
  ck_assert_int_eq(g.failures, 0);
  ck_assert_uint_eq(pin_guard_wait_ms(&g, 10 + 900000), 0);
}

START_TEST(test_unwritable_lock_file_fails_closed) {
  char missing[600];
  snprintf(missing, sizeof missing, "%s/no/such/folder", dir);
  expect_unsaved_wrong_pin_locks(missing);
}
END_TEST

START_TEST(test_lock_file_that_cannot_be_replaced_fails_closed) {
  /* the atomic write's temporary file cannot be made, as on a read-only card */
  char tmp[600];
  snprintf(tmp, sizeof tmp, "%s/staff-lock.tmp", dir);
  ck_assert_int_eq(mkdir(tmp, 0755), 0);
  test_write(dir, "staff-lock", "0\n");
  expect_unsaved_wrong_pin_locks(dir);
  char *lock = slurp("staff-lock");
  ck_assert_str_eq(lock, "0\n"); /* nothing could be written: the old count is still there */
  free(lock);
}
END_TEST

static Suite *config_suite(void) {
  Suite *s = suite_create("config");
  TCase *settings = tcase_create("settings");
  tcase_add_checked_fixture(settings, setup, teardown);
  tcase_set_timeout(settings, 60);
  tcase_add_test(settings, test_first_run_writes_kiosk_lua_with_defaults);
  tcase_add_test(settings, test_second_start_keeps_the_kiosk_id);
  tcase_add_test(settings, test_defaults_make_a_new_random_kiosk_id_each_time);
  tcase_add_test(settings, test_missing_catalogue_gives_no_help_lines_and_a_warning);
  tcase_add_test(settings, test_unwritable_data_folder_is_an_error_with_usable_defaults);
  tcase_add_test(settings, test_unreadable_kiosk_lua_is_an_error_with_usable_defaults);
  tcase_add_test(settings, test_saved_file_explains_every_setting);
  tcase_add_test(settings, test_save_escapes_text_so_no_value_can_become_code);
  tcase_add_test(settings, test_idle_seconds_as_text_gets_the_default);
  tcase_add_test(settings, test_idle_seconds_too_short_gets_the_default);
  tcase_add_test(settings, test_idle_seconds_with_a_fraction_gets_the_default);
  tcase_add_test(settings, test_result_idle_seconds_too_long_gets_the_default);
  tcase_add_test(settings, test_rotation_45_gets_the_default);
  tcase_add_test(settings, test_country_name_instead_of_code_gets_the_default);
  tcase_add_test(settings, test_default_language_not_offered_gets_the_first_offered);
  tcase_add_test(settings, test_default_language_falls_back_silently_when_languages_omit_en);
  tcase_add_test(settings, test_too_many_languages_get_the_default_list);
  tcase_add_test(settings, test_bad_language_code_gets_the_default_list);
  tcase_add_test(settings, test_plaintext_pin_hash_is_ignored_and_never_quoted);
  tcase_add_test(settings, test_large_text_as_text_gets_the_default);
  tcase_add_test(settings, test_a_tap_guard_out_of_range_gets_the_default);
  tcase_add_test(settings, test_bad_kiosk_id_gets_a_fresh_one);
  tcase_add_test(settings, test_missing_kiosk_id_is_reported);
  tcase_add_test(settings, test_missing_settings_take_defaults_silently);
  tcase_add_test(settings, test_missing_help_lines_come_from_the_catalogue_for_the_country);
  tcase_add_test(settings, test_unknown_setting_is_reported_and_ignored);
  tcase_add_test(settings, test_too_many_problems_end_with_a_note);
  tcase_add_test(settings, test_staff_help_lines_are_checked_one_by_one);
  tcase_add_test(settings, test_empty_help_line_list_is_respected);
  tcase_add_test(settings, test_too_long_help_line_name_is_left_out);
  tcase_add_test(settings, test_staff_lines_with_bad_hours_ages_or_homes_are_left_out);
  tcase_add_test(settings, test_show_embassy_as_text_gets_the_default);
  suite_add_tcase(s, settings);

  TCase *broken = tcase_create("broken files");
  tcase_add_checked_fixture(broken, setup, teardown);
  tcase_set_timeout(broken, 60);
  tcase_add_test(broken, test_syntax_error_keeps_the_file_and_uses_defaults);
  tcase_add_test(broken, test_file_that_is_not_a_table_uses_defaults);
  tcase_add_test(broken, test_endless_loop_in_the_file_is_stopped);
  tcase_add_test(broken, test_string_too_big_for_the_reader_is_refused);
  tcase_add_test(broken, test_huge_string_value_gets_the_default);
  tcase_add_test(broken, test_oversized_file_is_refused_unread);
  tcase_add_test(broken, test_file_calling_functions_that_do_not_exist_uses_defaults);
  suite_add_tcase(s, broken);

  TCase *catalogue = tcase_create("catalogue");
  tcase_add_checked_fixture(catalogue, setup, teardown);
  tcase_add_test(catalogue, test_catalogue_has_every_country_with_sources);
  tcase_add_test(catalogue, test_catalogue_hides_nepal_1177_which_is_unconfirmed);
  tcase_add_test(catalogue, test_every_country_has_a_shown_emergency_line);
  tcase_add_test(catalogue, test_no_young_adult_is_sent_to_an_under_18_line_alone);
  tcase_add_test(catalogue, test_get_help_adds_the_embassy_the_learners_language_implies);
  tcase_add_test(catalogue, test_get_help_keeps_emergency_and_embassy_when_room_is_short);
  tcase_add_test(catalogue, test_catalogue_lines_carry_hours_ages_and_ids);
  tcase_add_test(catalogue, test_every_help_line_has_a_name_in_every_language);
  tcase_add_test(catalogue, test_set_country_thailand_gives_aoc_1441);
  tcase_add_test(catalogue, test_set_country_unknown_fails_and_changes_nothing);
  suite_add_tcase(s, catalogue);

  /* Argon2id with 64 MiB per check: seconds under sanitizers, hence the timeout */
  TCase *pin = tcase_create("pin");
  tcase_add_unchecked_fixture(pin, make_pin_hash, NULL);
  tcase_add_checked_fixture(pin, setup, teardown);
  tcase_set_timeout(pin, 300);
  tcase_add_test(pin, test_save_then_load_gives_the_same_config);
  tcase_add_test(pin, test_new_pin_must_be_6_to_8_digits);
  tcase_add_test(pin, test_new_pin_is_not_easy_to_guess);
  tcase_add_test(pin, test_old_4_digit_pin_still_opens);
  tcase_add_test(pin, test_settings_file_is_mode_0600);
  tcase_add_test(pin, test_pin_is_stored_only_as_an_argon2id_hash);
  tcase_add_test(pin, test_no_pin_set_asks_for_one);
  tcase_add_test(pin, test_right_pin_is_accepted);
  tcase_add_test(pin, test_three_wrong_pins_cost_a_2_second_wait);
  tcase_add_test(pin, test_ten_wrong_pins_lock_for_15_minutes);
  tcase_add_test(pin, test_wait_policy_for_each_failure_count);
  tcase_add_test(pin, test_failure_count_survives_a_restart);
  tcase_add_test(pin, test_stored_lockout_after_restart_still_locks);
  tcase_add_test(pin, test_garbage_lock_file_locks_for_15_minutes);
  tcase_add_test(pin, test_huge_count_in_the_lock_file_saturates);
  tcase_add_test(pin, test_unreadable_lock_file_locks_for_15_minutes);
  tcase_add_test(pin, test_unwritable_lock_file_fails_closed);
  tcase_add_test(pin, test_lock_file_that_cannot_be_replaced_fails_closed);
  suite_add_tcase(s, pin);
  return s;
}

TEST_MAIN(config_suite)
