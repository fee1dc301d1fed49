/* test_lessons.c — the bundled lessons keep the content rules of the lesson catalogue:
   at least three interactions on every path, kind feedback on every wrong answer (and
   an explanation on every card and red flag), two or three takeaways and a help topic
   at the end, a content note on the sensitive lessons, a picture of its own for each
   lesson. Every screen of every branch is reached, in every language of the pack. */
#include "lesson/lesson.h"
#include "screen/icon.h"
#include "testutil.h"

#define MAX_RUNS 400 /* as kiosk play --auto explore */

#define MAX_STEPS 256
#define MAX_PLANS 2048

typedef struct Plan {
  int path[MAX_STEPS]; /* answers to replay */
  int len;
} Plan;

typedef struct Walk {
  const char *lesson, *lang;
  uint64_t expanded[4096]; /* screens whose other answers were queued */
  int nexpanded;
  Plan *plans;
  int nplans, runs, fewest;
} Walk;

static void check_screen(const Walk *w, const Screen *s) {
  const char *where = w->lesson;
  for (int i = 0; i < s->noptions; i++)
    if (!s->options[i].correct && (s->kind == SCREEN_CHOICE || s->kind == SCREEN_MULTI ||
                                   s->kind == SCREEN_CHAT || s->kind == SCREEN_PASSWORD))
      ck_assert_msg(s->options[i].feedback && *s->options[i].feedback,
                    "%s [%s] %s '%s': option '%s' has no feedback", where, w->lang,
                    screen_kind_name(s->kind), s->id, s->options[i].id);
  if (s->kind == SCREEN_DECIDE)
    ck_assert_msg(s->why && *s->why, "%s [%s] card '%s' has no explanation", where, w->lang, s->id);
  if (s->kind == SCREEN_RESULT) {
    ck_assert_msg(s->ntakeaways >= 2 && s->ntakeaways <= 3, "%s [%s]: %d takeaways (2 or 3 wanted)", where,
                  w->lang, s->ntakeaways);
    ck_assert_msg(s->help && *s->help, "%s [%s]: the result names no help topic", where, w->lang);
  }
}

static bool first_time(Walk *w, uint64_t d) {
  for (int i = 0; i < w->nexpanded; i++)
    if (w->expanded[i] == d) return false;
  if (w->nexpanded < 4096) w->expanded[w->nexpanded++] = d;
  return true;
}

/* Plays one path (replaying plan, then first answers), checking every screen and
   queueing the other answers of screens seen for the first time. */
static void play_path(Walk *w, const LessonSource *src, const Plan *plan) {
  LessonOptions opt = {.lang = w->lang, .seed = 1};
  Error err;
  LessonRun *run = lesson_start(src, &opt, &err);
  ck_assert_ptr_nonnull(run);
  Screen *s = NULL;
  Answer a, *prev = NULL;
  Plan here = {{0}, 0};
  int interactions = 0;
  bool ended_with_result = false;
  LessonStatus st;
  while ((st = lesson_next(run, prev, &s, &err)) == LESSON_SCREEN && here.len < MAX_STEPS) {
    check_screen(w, s);
    if (screen_is_question(s) && (s->kind != SCREEN_CHAT || s->noptions)) interactions++;
    ended_with_result = s->kind == SCREEN_RESULT;
    Answer alts[SCREEN_MAX_OPTIONS + 4];
    int n = screen_alternatives(s, alts, SCREEN_MAX_OPTIONS + 4);
    int pick = here.len < plan->len ? plan->path[here.len] : 0;
    if (here.len >= plan->len && first_time(w, screen_digest(s)))
      for (int i = 1; i < n && w->nplans < MAX_PLANS; i++) {
        Plan *p = &w->plans[w->nplans++];
        *p = here;
        p->path[p->len++] = i;
      }
    here.path[here.len++] = pick < n ? pick : 0;
    a = alts[pick < n ? pick : 0];
    prev = &a;
    screen_free(s);
  }
  ck_assert_msg(st == LESSON_DONE, "%s [%s]: %s", w->lesson, w->lang, err.msg);
  ck_assert_msg(ended_with_result, "%s [%s]: a path ends without a result screen", w->lesson, w->lang);
  lesson_stop(run);
  if (interactions < w->fewest) w->fewest = interactions;
  w->runs++;
}

static void walk_lesson(const PackInfo *pack, const PackLesson *l, const char *lang) {
  LessonSource *src = lesson_source_from_pack(pack, l);
  Walk *w = calloc(1, sizeof *w);
  w->lesson = l->id;
  w->lang = lang;
  w->fewest = 1000;
  w->plans = malloc(sizeof(Plan) * MAX_PLANS);
  Plan start = {{0}, 0};
  play_path(w, src, &start);
  while (w->nplans > 0 && w->runs < MAX_RUNS) {
    Plan p = w->plans[--w->nplans];
    play_path(w, src, &p);
  }
  ck_assert_msg(w->nplans == 0, "%s [%s]: more than %d paths", l->id, lang, MAX_RUNS);
  ck_assert_msg(w->fewest >= 3, "%s [%s]: a path has only %d interactions (3 wanted)", l->id, lang, w->fewest);
  free(w->plans);
  free(w);
  lesson_source_free(src);
}

/* One test per lesson (a loop test), so each has its own time limit and a failure names
   its lesson: the walk of all 19 in one test outgrew 600 s on a busy machine. */
#define CORE_LESSONS 19

START_TEST(test_core_lesson_keeps_the_content_rules) {
  Error err;
  PackInfo *pack = pack_info_load("lessons/core", &err);
  ck_assert_msg(pack != NULL, "%s", err.msg);
  ck_assert_int_eq(pack->nlessons, CORE_LESSONS);
  ck_assert_int_ge(pack->nlanguages, 6); /* en, ms, th, ne, id, bn and any added since */
  for (int g = 0; g < pack->nlanguages; g++) walk_lesson(pack, &pack->lessons[_i], pack->languages[g]);
  pack_info_free(pack);
}
END_TEST

START_TEST(test_the_sensitive_lessons_are_marked) {
  Error err;
  PackInfo *pack = pack_info_load("lessons/core", &err);
  ck_assert_ptr_nonnull(pack);
  ck_assert(pack_info_lesson(pack, "l06_if_someone_is_stuck")->sensitive);
  ck_assert(pack_info_lesson(pack, "l09_not_your_fault")->sensitive);
  ck_assert(pack_info_lesson(pack, "l18_fake_picture")->sensitive);
  ck_assert(pack_info_lesson(pack, "l19_secret_friend")->sensitive);
  ck_assert(!pack_info_lesson(pack, "l01_message_real")->sensitive);
  for (int g = 0; g < pack->nlanguages; g++)
    if (strcmp(pack->languages[g], "en") != 0)
      ck_assert_msg(pack->review[g] != NULL, "no review note for %s", pack->languages[g]);
  pack_info_free(pack);
}
END_TEST

/* Learners who read little find a lesson by its picture: each lesson has its own. */
START_TEST(test_every_lesson_has_its_own_drawn_icon) {
  Error err;
  PackInfo *pack = pack_info_load("lessons/core", &err);
  ck_assert_ptr_nonnull(pack);
  for (int i = 0; i < pack->nlessons; i++) {
    const PackLesson *l = &pack->lessons[i];
    ck_assert_msg(icon_named(l->icon) != ICON_COUNT, "lesson %s: icon '%s' is not a drawn picture", l->id,
                  l->icon ? l->icon : "(none)");
    for (int j = 0; j < i; j++)
      ck_assert_msg(strcmp(pack->lessons[j].icon, l->icon) != 0, "lessons %s and %s share the icon %s",
                    pack->lessons[j].id, l->id, l->icon);
  }
  pack_info_free(pack);
}
END_TEST

/* Every language pack.lua lists has every English key (not only through the fallback). */
START_TEST(test_every_language_has_every_string) {
  Error err;
  PackInfo *pack = pack_info_load("lessons/core", &err);
  ck_assert_msg(pack != NULL, "%s", err.msg);
  StringTable *en = strings_load("lessons/core/strings", "en", &err);
  ck_assert_msg(en != NULL, "%s", err.msg);
  int checked = 0;
  for (int g = 0; g < pack->nlanguages; g++) {
    const char *lang = pack->languages[g];
    if (strcmp(lang, "en") == 0) continue;
    StringTable *t = strings_load("lessons/core/strings", lang, &err);
    ck_assert_msg(t != NULL, "%s", err.msg);
    for (int i = 0; i < strings_count(en); i++)
      ck_assert_msg(strings_get(t, strings_key(en, i)) != NULL, "%s lacks '%s'", lang, strings_key(en, i));
    strings_free(t);
    checked++;
  }
  ck_assert_int_ge(checked, 4);
  strings_free(en);
  pack_info_free(pack);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("lessons");
  TCase *tc = tcase_create("lessons");
  tcase_set_timeout(tc, 600);
  tcase_add_loop_test(tc, test_core_lesson_keeps_the_content_rules, 0, CORE_LESSONS);
  tcase_add_test(tc, test_the_sensitive_lessons_are_marked);
  tcase_add_test(tc, test_every_language_has_every_string);
  tcase_add_test(tc, test_every_lesson_has_its_own_drawn_icon);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
