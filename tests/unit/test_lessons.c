/* test_lessons.c — every bundled lesson, explored branch by branch in every language of
   its pack, once: through play_lesson (the explore of `kiosk play --auto explore` and
   `kiosk pack check`), checking every screen's text fits at 800x480 and 1920x1080 in
   that one exploration, with no script error, missing string or asset. Each lesson is
   drawn to PNG in one language (turn about, at each size in turn), so every language of a
   pack is drawn. While it explores, the lessons of lessons/ are held to the content rules
   of the lesson catalogue: at least three interactions on every path, kind feedback on
   every wrong answer (and an explanation on every card), two or three takeaways and a
   help topic at the end, and every path ends on a result. The test packs of
   tests/lessons/ are explored too, without the content rules.
   Each lesson is a loop test of its own (its own time limit; a failure names it).
   This is the suite's one exploration of the lessons: nothing else plays them all.
   It is made twice, so that both cores explore (make unit runs one binary per core):
   test_lessons explores the (lesson, language) pairs whose indices add up to an even
   number, test_lessons_b (TEST_LESSONS_PART 1) the odd ones, so each explores half of
   every lesson and of every language whatever each costs; each pair is explored by
   exactly one of them. The checks over the whole pack run once, in test_lessons.
   KIOSK_TEST_LANGS ("en th") and KIOSK_TEST_SIZES ("800x480") narrow it (make test-arm64,
   under emulation); KIOSK_TEST_LESSONS ("l01_message_real") explores only those lessons
   (an author at work on one: run build/tests/test_lessons and build/tests/test_lessons_b,
   or set KIOSK_TEST_PART=all to explore every pair in one). */
#include <dirent.h>

#include "core/buf.h"
#include "lesson/lesson.h"
#include "play/play.h"
#include "screen/icon.h"
#include "testutil.h"

#define CORE_LESSONS 19

#ifndef TEST_LESSONS_PART
#define TEST_LESSONS_PART 0 /* test_lessons_b.c defines 1 */
#endif
#define TEST_LESSONS_PARTS 2

/* Whether this binary explores lesson i of its pack in the pack's language g: by the
   parity of i + g, so each half holds every other language of every lesson and the
   language that is one too many alternates between the halves. KIOSK_TEST_PART=all: every pair. */
static bool this_part(int i, int g) {
  const char *env = getenv("KIOSK_TEST_PART");
  if (env && strcmp(env, "all") == 0) return true;
  return (i + g) % TEST_LESSONS_PARTS == TEST_LESSONS_PART;
}

/* The state of one exploration, for the observer. */
typedef struct Walk {
  const char *lesson, *lang;
  bool content;           /* hold to the catalogue's content rules */
  int interactions;       /* on the current run */
  bool ended_with_result; /* the current run's last screen so far is a result */
  int fewest, runs;
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

static void on_event(void *ud, const PlayEvent *e) {
  Walk *w = ud;
  switch (e->kind) {
  case PLAY_EVENT_RUN:
    w->interactions = 0;
    w->ended_with_result = false;
    break;
  case PLAY_EVENT_SCREEN:
    if (w->content) check_screen(w, e->screen);
    if (screen_is_question(e->screen) && (e->screen->kind != SCREEN_CHAT || e->screen->noptions))
      w->interactions++;
    w->ended_with_result = e->screen->kind == SCREEN_RESULT;
    break;
  case PLAY_EVENT_ANSWER:
    break;
  case PLAY_EVENT_END:
    w->runs++;
    if (e->failed) break; /* the lesson error is reported by the play itself */
    if (w->content)
      ck_assert_msg(w->ended_with_result, "%s [%s]: a path ends without a result screen", w->lesson, w->lang);
    if (w->interactions < w->fewest) w->fewest = w->interactions;
    break;
  }
}

static void collect(void *ud, const char *line) { buf_printf(ud, "\n  %s", line); }

typedef struct Size {
  int w, h;
} Size;

/* KIOSK_TEST_SIZES ("800x480 1920x1080" by default): the first is each exploration's
   viewport, the others are checked in the same exploration. */
static int test_sizes(Size *out, int max) {
  const char *env = getenv("KIOSK_TEST_SIZES");
  const char *list = env && *env ? env : "800x480 1920x1080";
  int n = 0, used = 0;
  Size s;
  while (n < max && sscanf(list, " %dx%d%n", &s.w, &s.h, &used) == 2) {
    out[n++] = s;
    list += used;
  }
  ck_assert_int_gt(n, 0);
  return n;
}

/* Whether word is in the space-separated list in the environment variable var (unset or
   empty: every word is). */
static bool wanted(const char *var, const char *word) {
  const char *env = getenv(var);
  if (!env || !*env) return true;
  size_t n = strlen(word);
  for (const char *p = env; (p = strstr(p, word)); p += n)
    if ((p == env || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) return true;
  return false;
}

static bool wanted_lang(const char *lang) { return wanted("KIOSK_TEST_LANGS", lang); }

/* Counts the files in DIR that start with the PNG signature; fails on any other. */
static int count_pngs(const char *dir) {
  DIR *d = opendir(dir);
  ck_assert_msg(d != NULL, "no screenshots in %s", dir);
  int n = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    FILE *f = fopen(path, "rb");
    unsigned char head[8] = {0};
    size_t got = f ? fread(head, 1, 8, f) : 0;
    if (f) fclose(f);
    ck_assert_msg(got == 8 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0, "%s is not a PNG", path);
    n++;
  }
  closedir(d);
  return n;
}

/* The lessons to explore, one loop test each (so each has its own time limit and a
   failure names its lesson): every lesson of every pack in lessons/ (held to the content
   rules) and in tests/lessons/ (not). Listed when the suite is made. */
#define MAX_LESSONS 128

typedef struct Target {
  char pack[256];
  int lesson; /* index in the pack */
  bool content;
} Target;

static Target targets[MAX_LESSONS];
static int ntargets;

static void list_lessons(const char *root, bool content) {
  struct dirent **names;
  int n = scandir(root, &names, NULL, alphasort);
  for (int i = 0; i < n; i++) {
    char dir[256], pack_lua[300];
    snprintf(dir, sizeof dir, "%s/%s", root, names[i]->d_name);
    snprintf(pack_lua, sizeof pack_lua, "%s/pack.lua", dir);
    bool is_pack = names[i]->d_name[0] != '.' && access(pack_lua, F_OK) == 0;
    Error err;
    PackInfo *pack = is_pack ? pack_info_load(dir, &err) : NULL;
    /* a pack that does not load is one test, which fails saying why */
    int n_lessons = pack ? pack->nlessons : is_pack;
    for (int l = 0; l < n_lessons && ntargets < MAX_LESSONS; l++) {
      if (pack && !wanted("KIOSK_TEST_LESSONS", pack->lessons[l].id)) continue;
      Target *t = &targets[ntargets++];
      snprintf(t->pack, sizeof t->pack, "%s", dir);
      t->lesson = l;
      t->content = content;
    }
    pack_info_free(pack);
    free(names[i]);
  }
  if (n > 0) free(names);
}

/* The languages a pack's lessons are explored in: pack_info_locales (those its pack.lua
   declares, then each locale over one of them, e.g. ne-MY). */
#define MAX_LOCALES 32

/* One lesson explored in every (wanted) language and locale of its pack. */
START_TEST(test_lesson_plays_fits_and_keeps_the_rules) {
  ck_assert_msg(_i < ntargets, "no lessons found in lessons/ and tests/lessons/");
  const Target *t = &targets[_i];
  Error err;
  PackInfo *pack = pack_info_load(t->pack, &err);
  ck_assert_msg(pack != NULL, "%s", err.msg);
  Size sizes[1 + PLAY_MAX_FIT_SIZES];
  int nsizes = test_sizes(sizes, 1 + PLAY_MAX_FIT_SIZES);
  char *shots = test_tmpdir();
  int i = t->lesson, wanted_langs = 0;
  LessonSource *src = lesson_source_from_pack(pack, &pack->lessons[i]);
  char langs[MAX_LOCALES][PACK_LOCALE_MAX];
  int nlangs = pack_info_locales(pack, langs, MAX_LOCALES);
  for (int g = 0; g < nlangs; g++) {
    const char *lang = langs[g];
    if (!wanted_lang(lang)) continue;
    wanted_langs++;
    if (!this_part(i, g)) continue; /* the other binary's */
    /* a country file only in the lessons it changes (as `kiosk pack check`): elsewhere a
       learner there sees its language's texts, explored in that language */
    if (!pack_info_locale_changes(pack, lang, pack->lessons[i].id)) continue;
    /* drawn in one declared language per lesson, turn and turn about, and at each size in
       turn (not in a country file, which skips the lessons it does not change) */
    bool draw = g == i % pack->nlanguages;
    Size view = sizes[draw ? (i / pack->nlanguages) % nsizes : 0];
    Walk w = {.lesson = pack->lessons[i].id, .lang = lang, .content = t->content, .fewest = 1000};
    Buf problems = {0};
    Log log = {collect, &problems};
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/%s", shots, lang);
    PlayOptions opt = {.lesson = src->file, .mode = PLAY_EXPLORE, .headless = true, .lang = lang,
                       .width = view.w, .height = view.h, .screenshots = draw ? dir : NULL,
                       .log = &log, .observe = on_event, .observe_ud = &w};
    for (int k = 0; k < nsizes; k++)
      if (sizes[k].w != view.w || sizes[k].h != view.h) {
        opt.fit_sizes[opt.nfit_sizes][0] = sizes[k].w;
        opt.fit_sizes[opt.nfit_sizes++][1] = sizes[k].h;
      }
    PlayResult r;
    int status = play_lesson(&opt, &r);
    ck_assert_msg(status == 0, "%s [%s %dx%d]: %s", src->file, lang, view.w, view.h,
                  problems.data ? problems.data : "failed");
    ck_assert_int_gt(w.runs, 0);
    if (t->content)
      ck_assert_msg(w.fewest >= 3, "%s [%s]: a path has only %d interactions (3 wanted)", w.lesson, lang,
                    w.fewest);
    if (draw) {
      int pngs = count_pngs(dir);
      ck_assert_msg(pngs >= 5, "%s [%s]: %d screenshots", w.lesson, lang, pngs);
    }
    buf_free(&problems);
  }
  /* counted over both halves: the same in each, whichever explores the pairs */
  ck_assert_msg(wanted_langs > 0 || getenv("KIOSK_TEST_LANGS"), "%s: explored in no language", src->file);
  lesson_source_free(src);
  test_rmtree(shots);
  free(shots);
  pack_info_free(pack);
}
END_TEST

START_TEST(test_the_core_pack_has_its_lessons_and_languages) {
  Error err;
  PackInfo *pack = pack_info_load("lessons/core", &err);
  ck_assert_msg(pack != NULL, "%s", err.msg);
  ck_assert_int_eq(pack->nlessons, CORE_LESSONS);
  ck_assert_int_ge(pack->nlanguages, 6); /* en, ms, th, ne, id, bn and any added since */
  /* English first, every declared language has its strings; ne-MY is explored too */
  ck_assert_str_eq(pack->languages[0], "en");
  for (int g = 0; g < pack->nlanguages; g++) {
    char path[512];
    snprintf(path, sizeof path, "lessons/core/strings/%s.lua", pack->languages[g]);
    ck_assert_msg(access(path, R_OK) == 0, "%s is declared but has no %s", pack->languages[g], path);
  }
  char langs[MAX_LOCALES][PACK_LOCALE_MAX];
  int nlangs = pack_info_locales(pack, langs, MAX_LOCALES), ne_my = 0;
  for (int g = 0; g < nlangs; g++) ne_my += strcmp(langs[g], "ne-MY") == 0;
  ck_assert_int_eq(ne_my, 1);
  /* explored where it changes something: ne-MY changes L10's mule offers, not L19 */
  ck_assert(pack_info_locale_changes(pack, "ne-MY", "l10_account_not_for_rent"));
  ck_assert(!pack_info_locale_changes(pack, "ne-MY", "l19_secret_friend"));
  ck_assert(pack_info_locale_changes(pack, "ne", "l03_lock_accounts"));
  pack_info_free(pack);
  int core = 0, tests = 0;
  for (int i = 0; i < ntargets; i++) {
    if (strcmp(targets[i].pack, "lessons/core") == 0) core++;
    if (strncmp(targets[i].pack, "tests/lessons/", 14) == 0) tests++;
  }
  if (getenv("KIOSK_TEST_LESSONS")) return; /* narrowed on purpose */
  ck_assert_int_eq(core, CORE_LESSONS);     /* each is explored */
  ck_assert_int_gt(tests, 0);
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
  list_lessons("lessons", true);
  list_lessons("tests/lessons", false);
  tcase_add_loop_test(tc, test_lesson_plays_fits_and_keeps_the_rules, 0, ntargets > 0 ? ntargets : 1);
  if (TEST_LESSONS_PART == 0) { /* the checks over the whole pack, once */
    tcase_add_test(tc, test_the_core_pack_has_its_lessons_and_languages);
    tcase_add_test(tc, test_the_sensitive_lessons_are_marked);
    tcase_add_test(tc, test_every_language_has_every_string);
    tcase_add_test(tc, test_every_lesson_has_its_own_drawn_icon);
  }
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
