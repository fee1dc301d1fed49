/* catalogue.c — lesson titles from the packs' strings, question words by playing each
   lesson through every branch (as the pack checker does, without its checks): a
   question's words exist only once the lesson's code has made its screen. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "lesson/lesson.h"
#include "play/catalogue.h"
#include "play/play.h"

#define CATALOGUE_WORDS_MAX 160  /* bytes of a question's words kept: a table cell's worth */
#define CATALOGUE_MAX_PACKS 64
#define CATALOGUE_EXPLORE_RUNS 60 /* every question of the core lessons is met well before */

typedef struct Question {
  char *id, *words;
} Question;

typedef struct Entry {
  char *pack_id, *lesson_id, *title;
  Question *q; /* in the order first met: the lesson's order */
  int nq, capq;
} Entry;

struct PlayCatalogue {
  char lang[16];
  const char *assets;
  Log log;
  PackInfo *packs[CATALOGUE_MAX_PACKS]; /* known, learned from when first asked */
  int npacks;
  Entry *e;
  int n, cap;
};

PlayCatalogue *play_catalogue_new(const char *lang, const char *assets, const Log *log) {
  PlayCatalogue *c = xcalloc(1, sizeof *c);
  snprintf(c->lang, sizeof c->lang, "%s", lang && *lang ? lang : "en");
  c->assets = assets;
  if (log) c->log = *log;
  return c;
}

void play_catalogue_free(PlayCatalogue *c) {
  if (!c) return;
  for (int i = 0; i < c->n; i++) {
    Entry *e = &c->e[i];
    for (int k = 0; k < e->nq; k++) free(e->q[k].id), free(e->q[k].words);
    free(e->q);
    free(e->pack_id);
    free(e->lesson_id);
    free(e->title);
  }
  for (int i = 0; i < c->npacks; i++) pack_info_free(c->packs[i]);
  free(c->e);
  free(c);
}

static Entry *find(const PlayCatalogue *c, const char *pack_id, const char *lesson_id) {
  for (int i = 0; i < c->n; i++)
    if (strcmp(c->e[i].pack_id, pack_id) == 0 && strcmp(c->e[i].lesson_id, lesson_id) == 0) return &c->e[i];
  return NULL;
}

/* ---- question words ---------------------------------------------------------------- */

/* What tells a question apart: a deck card's or a red-flag message's own text, a chat's
   last message from the other side, else the prompt or the title. */
static char *words_of(const Screen *s) {
  const char *msg = s->message.nparts > 0 ? s->message.parts[0].text : NULL;
  const char *ask = s->text && *s->text ? s->text : s->title; /* "Find the red flags" */
  if (s->kind == SCREEN_FLAGS && msg && ask) return xasprintf("%s \xe2\x80\x94 %s", ask, msg);
  if ((s->kind == SCREEN_DECIDE || s->kind == SCREEN_FLAGS) && msg) return xstrdup(msg);
  if (s->kind == SCREEN_CHAT && !(s->text && *s->text))
    for (int i = s->nbubbles - 1; i >= 0; i--)
      if (!s->bubbles[i].mine && s->bubbles[i].text) return xstrdup(s->bubbles[i].text);
  if (s->text && *s->text) return xstrdup(s->text);
  return s->title ? xstrdup(s->title) : NULL;
}

/* One line, cut on a character boundary with "…" when long. */
static char *one_line(const char *s) {
  size_t n = strlen(s), cut = n > CATALOGUE_WORDS_MAX ? CATALOGUE_WORDS_MAX : n;
  while (cut > 0 && cut < n && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
  char *out = xmalloc(cut + 4);
  for (size_t i = 0; i < cut; i++) out[i] = s[i] == '\n' || s[i] == '\t' ? ' ' : s[i];
  if (cut < n) memcpy(out + cut, "\xe2\x80\xa6", 4); /* … and the NUL */
  else out[cut] = '\0';
  return out;
}

static void on_screen(void *ud, const PlayEvent *ev) {
  Entry *e = ud;
  const Screen *s = ev->screen;
  if (ev->kind != PLAY_EVENT_SCREEN) return;
  if (!s->id || s->kind == SCREEN_PAGE || s->kind == SCREEN_RESULT) return; /* not recorded */
  for (int k = 0; k < e->nq; k++)
    if (strcmp(e->q[k].id, s->id) == 0) return;
  char *words = words_of(s);
  if (!words) return;
  if (e->nq == e->capq) {
    e->capq = e->capq ? e->capq * 2 : 16;
    e->q = xrealloc(e->q, sizeof *e->q * (size_t)e->capq);
  }
  e->q[e->nq++] = (Question){xstrdup(s->id), one_line(words)};
  free(words);
}

/* ---- learning lessons -------------------------------------------------------------- */

static char *title_from(const char *pack_dir, const char *lang, const char *lesson_id) {
  char *dir = path_join(pack_dir, "strings"), key[160], *title = NULL;
  snprintf(key, sizeof key, "%s.title", lesson_id);
  const char *langs[2] = {lang, "en"};
  for (int i = 0; i < 2 && !title; i++) {
    StringTable *t = strings_load(dir, langs[i], NULL);
    const char *s = strings_get(t, key);
    if (s) title = xstrdup(s);
    strings_free(t);
  }
  free(dir);
  return title;
}

static void learn(PlayCatalogue *c, const PackInfo *info, const PackLesson *lesson) {
  if (find(c, info->id, lesson->id)) return;
  if (c->n == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 32;
    c->e = xrealloc(c->e, sizeof *c->e * (size_t)c->cap);
  }
  Entry *e = &c->e[c->n++];
  *e = (Entry){xstrdup(info->id), xstrdup(lesson->id), title_from(info->dir, c->lang, lesson->id), NULL, 0, 0};
  char *spec = path_join(info->dir, lesson->id);
  PlayOptions opt = {.lesson = spec, .mode = PLAY_EXPLORE, .headless = true, .lang = c->lang,
                     .width = 800, .height = 480, .assets = c->assets, .max_runs = CATALOGUE_EXPLORE_RUNS,
                     .log = NULL, .no_checks = true, .observe = on_screen, .observe_ud = e};
  PlayResult r;
  /* a lesson that fails part way still names the questions met before it failed */
  if (play_lesson(&opt, &r) != 0)
    log_printf(&c->log, "%s: the lesson did not play through; %d of its questions are named, any others by id",
               spec, e->nq);
  free(spec);
}

/* Keeps info (taking it): of two versions of one pack (DATA/packs keeps the previous one
   for rollback), the newer names the records. */
static void keep_pack(PlayCatalogue *c, PackInfo *info) {
  for (int i = 0; i < c->npacks; i++) {
    if (strcmp(c->packs[i]->id, info->id) != 0) continue;
    if (version_compare(info->version, c->packs[i]->version) > 0) {
      pack_info_free(c->packs[i]);
      c->packs[i] = info;
    } else {
      pack_info_free(info);
    }
    return;
  }
  if (c->npacks < CATALOGUE_MAX_PACKS) c->packs[c->npacks++] = info;
  else pack_info_free(info);
}

int play_catalogue_add(PlayCatalogue *c, const char *dir, Error *err) {
  char *manifest = path_join(dir, "pack.lua");
  bool is_pack = fs_is_file(manifest);
  free(manifest);
  if (is_pack) {
    PackInfo *info = pack_info_load(dir, err);
    if (!info) return -1;
    int n = info->nlessons;
    keep_pack(c, info);
    return n;
  }
  DIR *d = opendir(dir);
  if (!d) return error_set(err, "%s: cannot read the folder", dir), -1;
  int n = 0, found = 0;
  for (struct dirent *de; (de = readdir(d));) {
    if (de->d_name[0] == '.') continue;
    char *sub = path_join(dir, de->d_name), *m = path_join(sub, "pack.lua");
    Error e2;
    PackInfo *info = fs_is_file(m) ? pack_info_load(sub, &e2) : NULL;
    if (fs_is_file(m) && !info) log_printf(&c->log, "%s", e2.msg);
    free(m);
    free(sub);
    if (!info) continue;
    found++;
    n += info->nlessons;
    keep_pack(c, info);
  }
  closedir(d);
  if (found == 0) return error_set(err, "%s: no lesson pack here (no pack.lua in it or its folders)", dir), -1;
  return n;
}

/* The entry of a lesson, learned the first time it is asked for (a report names only
   the lessons in its records, so only those are played); NULL for unknown lessons. */
static Entry *entry(PlayCatalogue *c, const char *pack_id, const char *lesson_id) {
  Entry *e = find(c, pack_id, lesson_id);
  if (e) return e;
  for (int i = 0; i < c->npacks; i++) {
    if (strcmp(c->packs[i]->id, pack_id) != 0) continue;
    const PackLesson *l = pack_info_lesson(c->packs[i], lesson_id);
    if (!l) return NULL;
    learn(c, c->packs[i], l);
    return find(c, pack_id, lesson_id);
  }
  return NULL;
}

bool play_catalogue_has(const PlayCatalogue *c, const char *pack_id, const char *lesson_id) {
  for (int i = 0; i < c->npacks; i++)
    if (strcmp(c->packs[i]->id, pack_id) == 0) return pack_info_lesson(c->packs[i], lesson_id) != NULL;
  return false;
}

bool play_catalogue_learned(const PlayCatalogue *c, const char *pack_id, const char *lesson_id) {
  return find(c, pack_id, lesson_id) || !play_catalogue_has(c, pack_id, lesson_id);
}

void play_catalogue_learn(PlayCatalogue *c, const char *pack_id, const char *lesson_id) {
  entry(c, pack_id, lesson_id);
}

/* ---- names for the statistics ------------------------------------------------------ */

static const Question *question(void *ud, const char *pack_id, const char *lesson_id, const char *qid, int *at) {
  const Entry *e = entry(ud, pack_id, lesson_id);
  for (int k = 0; e && k < e->nq; k++)
    if (strcmp(e->q[k].id, qid) == 0) return *at = k, &e->q[k];
  return NULL;
}

static const char *lesson_title(void *ud, const char *pack_id, const char *lesson_id) {
  const Entry *e = entry(ud, pack_id, lesson_id);
  return e ? e->title : NULL;
}

static const char *question_words(void *ud, const char *pack_id, const char *lesson_id, const char *qid) {
  int at;
  const Question *q = question(ud, pack_id, lesson_id, qid, &at);
  return q ? q->words : NULL;
}

static int question_order(void *ud, const char *pack_id, const char *lesson_id, const char *qid) {
  int at = -1;
  return question(ud, pack_id, lesson_id, qid, &at) ? at : -1;
}

StatsNames play_catalogue_names(PlayCatalogue *c) {
  return (StatsNames){lesson_title, question_words, question_order, c};
}
