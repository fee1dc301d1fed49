/* test_guide.c — the trainer's guide: every lesson of the core pack in every language,
   no text missing, help lines of the chosen country in the learner's language, and
   nothing that a browser would fetch from anywhere; a pack without guide texts still
   gets a guide, with what is missing counted. */
#include "guide/guide.h"
#include "lesson/lesson.h"
#include "testutil.h"

#define ASSETS TEST_ROOT "/assets"
#define CORE TEST_ROOT "/lessons/core"

static char *dir;

static void setup(void) { dir = test_tmpdir(); }

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
}

static int count(const char *hay, const char *needle) {
  int n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
  return n;
}

START_TEST(test_core_guide_has_every_lesson_in_every_language_and_no_missing_text) {
  Buf html = {0};
  GuideReport r;
  Error err;
  GuideOptions opt = {ASSETS, "MY"};
  ck_assert_msg(guide_build(CORE, &opt, &html, &r, &err), "%s", err.msg);
  ck_assert_msg(r.missing == 0, "%d texts missing, first %s", r.missing, r.first_missing);
  PackInfo *p = pack_info_load(CORE, &err);
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(r.lessons, p->nlessons);
  ck_assert_int_eq(r.languages, p->nlanguages);
  ck_assert_int_eq(count(html.data, "<article class=\"lesson\""), p->nlessons * p->nlanguages);
  for (int g = 0; g < p->nlanguages; g++) {
    StringTable *t = strings_load_locale(CORE "/strings", p->languages[g], "MY", &err);
    ck_assert_ptr_nonnull(t);
    for (int i = 0; i < p->nlessons; i++) {
      char id[160], key[160];
      snprintf(id, sizeof id, "id=\"%s-%s\"", p->languages[g], p->lessons[i].id);
      ck_assert_msg(count(html.data, id) == 1, "%s is not in the guide once", id);
      snprintf(key, sizeof key, "%s.guide_aim", p->lessons[i].id);
      ck_assert_ptr_nonnull(strings_get(t, key));
    }
    strings_free(t);
  }
  /* help lines of Malaysia, with names in the learner's language and hours in words */
  ck_assert_ptr_nonnull(strstr(html.data, "<b>997</b>"));
  ck_assert_ptr_nonnull(strstr(html.data, "สายด่วนแจ้งการค้ามนุษย์ MAPO"));
  ck_assert_ptr_nonnull(strstr(html.data, "Open 07:30 to 21:00"));
  ck_assert_ptr_nonnull(strstr(html.data, "(०७:३० देखि २१:०० सम्म खुला)")); /* Nepali digits */
  ck_assert_ptr_nonnull(strstr(html.data, "review subject [all languages] NEEDED"));
  pack_info_free(p);
  buf_free(&html);
}
END_TEST

/* It must open and print with no network: nothing to fetch, no scripts. */
START_TEST(test_guide_loads_nothing_from_anywhere) {
  Buf html = {0};
  GuideReport r;
  Error err;
  GuideOptions opt = {ASSETS, "TH"};
  ck_assert_msg(guide_build(CORE, &opt, &html, &r, &err), "%s", err.msg);
  static const char *const fetches[] = {"<script", "<link", "<img", "<iframe", "<object", "<embed",
                                        "src=", "url(", "@import", "href=\"http", "href=\"//"};
  for (size_t i = 0; i < sizeof fetches / sizeof *fetches; i++)
    ck_assert_msg(!strstr(html.data, fetches[i]), "the guide contains %s", fetches[i]);
  ck_assert_ptr_nonnull(strstr(html.data, "<meta charset=\"utf-8\">"));
  ck_assert_ptr_nonnull(strstr(html.data, "<b>1387</b>"));   /* Thailand's lines now */
  ck_assert_ptr_null(strstr(html.data, "<b>997</b>"));
  buf_free(&html);
}
END_TEST

START_TEST(test_a_pack_without_guide_texts_gets_a_guide_that_counts_them) {
  test_write(dir, "p/pack.lua",
             "return { id = 'other', version = '1.0.0', languages = { 'en', 'th' },\n"
             "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 5,\n"
             "                sensitive = true } } }");
  test_write(dir, "p/lessons/a.lua", "page { title = 't' }\nresult { takeaways = { 'take_x', 'take_y' }, help = \"scam\" }\n");
  test_write(dir, "p/strings/en.lua",
             "return { pack = { title = 'Other <pack> & co' }, a = { title = 'A \"lesson\"', take_x = 'X', take_y = 'Y' } }");
  test_write(dir, "p/strings/th.lua", "return { a = { title = 'บท ก' } }");
  char pack[512];
  snprintf(pack, sizeof pack, "%s/p", dir);
  Buf html = {0};
  GuideReport r;
  Error err;
  GuideOptions opt = {ASSETS, "MY"};
  ck_assert_msg(guide_build(pack, &opt, &html, &r, &err), "%s", err.msg);
  ck_assert_int_gt(r.missing, 0);
  ck_assert_str_eq(r.first_missing, "en: guide.intro");
  ck_assert_ptr_nonnull(strstr(html.data, "Other &lt;pack&gt; &amp; co")); /* escaped */
  ck_assert_ptr_nonnull(strstr(html.data, "บท ก"));
  ck_assert_ptr_nonnull(strstr(html.data, "<b>997</b>")); /* help = "scam" in MY */
  buf_free(&html);
  snprintf(pack, sizeof pack, "%s/none", dir);
  ck_assert(!guide_build(pack, &opt, &html, &r, &err));
  ck_assert_msg(strstr(err.msg, "pack.lua") != NULL, "%s", err.msg);
  buf_free(&html);
}
END_TEST

/* Key messages come in the order the lesson shows them at its end (its takeaways), not
   in the order of their keys; a take_* text the result leaves out follows them. */
START_TEST(test_key_messages_follow_the_lessons_order) {
  Buf html = {0};
  GuideReport r;
  Error err;
  GuideOptions opt = {ASSETS, "MY"};
  ck_assert_msg(guide_build(CORE, &opt, &html, &r, &err), "%s", err.msg);
  /* L04 ends with take_too_good, take_real_job, take_check */
  const char *l04 = strstr(html.data, "id=\"en-l04_dream_job\"");
  ck_assert_ptr_nonnull(l04);
  const char *bait = strstr(l04, "<li>Big pay for easy work");
  const char *real = strstr(l04, "<li>A real job has a contract");
  const char *check = strstr(l04, "<li>Check every job abroad");
  ck_assert(bait && real && check);
  ck_assert_msg(bait < real && real < check, "L04's key messages are not in the lesson's order");
  buf_free(&html);

  test_write(dir, "p/pack.lua",
             "return { id = 'other', version = '1.0.0', languages = { 'en' },\n"
             "  lessons = { { id = 'a', file = 'lessons/a.lua', topic = 'fraud', minutes = 5 } } }");
  test_write(dir, "p/lessons/a.lua",
             "page { title = 't' }\n"
             "result {\n  takeaways = { \"take_zeta\",\n    'take_alpha' ; \"take_mid\" },\n"
             "  help = 'scam',\n}\n");
  test_write(dir, "p/strings/en.lua",
             "return { a = { title = 'A', take_alpha = 'ALPHA', take_mid = 'MID', take_zeta = 'ZETA',\n"
             "  take_beta = 'BETA (not in the result)' } }");
  char pack[512];
  snprintf(pack, sizeof pack, "%s/p", dir);
  ck_assert_msg(guide_build(pack, &opt, &html, &r, &err), "%s", err.msg);
  const char *zeta = strstr(html.data, "<li>ZETA</li>"), *alpha = strstr(html.data, "<li>ALPHA</li>"),
             *mid = strstr(html.data, "<li>MID</li>"), *beta = strstr(html.data, "<li>BETA");
  ck_assert(zeta && alpha && mid && beta);
  ck_assert_msg(zeta < alpha && alpha < mid && mid < beta, "%s", html.data);
  ck_assert_int_eq(count(html.data, "<li>ZETA</li>"), 1);
  ck_assert_ptr_nonnull(strstr(html.data, "<b>997</b>")); /* help = 'scam' in single quotes */
  buf_free(&html);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("guide");
  TCase *tc = tcase_create("guide");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_core_guide_has_every_lesson_in_every_language_and_no_missing_text);
  tcase_add_test(tc, test_guide_loads_nothing_from_anywhere);
  tcase_add_test(tc, test_a_pack_without_guide_texts_gets_a_guide_that_counts_them);
  tcase_add_test(tc, test_key_messages_follow_the_lessons_order);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
