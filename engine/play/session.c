/* session.c — one lesson run and its record. */
#include "play/session.h"

#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"

struct PlaySession {
  LessonSource src;       /* borrowed strings: the driver keeps its LessonSource */
  LessonRun *run;         /* kept after the end for its score and warnings */
  bool over;              /* finished, failed or left: no more screens */
  Screen *screen;         /* on show, or NULL */
  bool answer_recorded;   /* the screen on show already has its answer on record */
  Grade pending;          /* ...and its grade, until the lesson has the answer and counts it */
  int screens;
  PlayVisit *visit;       /* NULL: nothing recorded */
  int64_t record;         /* the run's row, 0 when it could not be written */
  bool ended;             /* the record has its outcome (or never had a row) */
};

/* ---- the record --------------------------------------------------------------------- */

static void lost(PlayVisit *v, const char *what) {
  const char *why = stats_warning(v->stats) ? stats_warning(v->stats) : "unknown reason";
  log_printf(&v->log, "%s (%s; %d records lost since start)", why, what, stats_lost_records(v->stats));
}

void play_visit_begin(PlayVisit *v, uint64_t now) {
  if (!v || !v->stats || v->id) return;
  v->id = stats_visit_begin(v->stats, now);
  if (!v->id) lost(v, "a visit");
}

void play_visit_forget(PlayVisit *v) {
  if (v) v->id = 0;
}

void play_visit_card_shown(PlayVisit *v, uint64_t now) {
  if (v && v->stats && !stats_count_card(v->stats, now)) lost(v, "a take-home card's count");
}

static void record_begin(PlaySession *s, const PlaySessionOptions *opt, uint64_t now) {
  PlayVisit *v = s->visit;
  if (!v || !v->stats) return;
  play_visit_begin(v, now); /* a visit that failed before is tried again here */
  StatsLesson sl = {opt->pack_id ? opt->pack_id : "none", opt->pack_version ? opt->pack_version : "0",
                    opt->src->lesson_id, opt->lang};
  /* stats_run_begin counts a run of no visit as lost too */
  s->record = stats_run_begin(v->stats, v->id, &sl, now);
  if (!s->record) lost(v, "a lesson run");
}

static void record_answer(PlaySession *s, const Answer *a, uint64_t now) {
  if (s->answer_recorded || !s->screen) return;
  s->answer_recorded = true;
  if (a->status == ANSWER_GIVEN && screen_is_question(s->screen) && screen_answer_valid(s->screen, a))
    s->pending = screen_grade(s->screen, a);
  PlayVisit *v = s->visit;
  if (!v || !v->stats || a->status != ANSWER_GIVEN) return;
  if (!stats_record_answer(v->stats, s->record, s->screen, a, now)) lost(v, "an answer");
}

static void record_end(PlaySession *s, StatsOutcome outcome, uint64_t now) {
  if (s->ended) return;
  s->ended = true;
  PlayVisit *v = s->visit;
  if (!v || !v->stats) return;
  int points = 0, max = 0;
  play_session_score(s, &points, &max);
  if (!stats_run_end(v->stats, s->record, outcome, points, max, now)) lost(v, "the end of a lesson run");
}

/* ---- the run -------------------------------------------------------------------------- */

static LessonOptions lesson_options(const PlaySessionOptions *opt) {
  return (LessonOptions){.lang = opt->lang, .country = opt->country, .seed = opt->seed,
                         .vars = opt->vars, .nvars = opt->nvars};
}

LessonRun *play_session_prestart(const PlaySessionOptions *opt, Error *err) {
  LessonOptions lo = lesson_options(opt);
  return lesson_start(opt->src, &lo, err);
}

static void end_run(PlaySession *s) {
  s->over = true;
  screen_free(s->screen);
  s->screen = NULL;
}

/* Asks the lesson for its next screen, passing answer (NULL at the start). */
static PlayStep advance(PlaySession *s, const Answer *answer, uint64_t now, Error *err) {
  Screen *next = NULL;
  LessonStatus st = lesson_next(s->run, answer, &next, err);
  screen_free(s->screen);
  s->screen = NULL;
  s->answer_recorded = false;
  s->pending = (Grade){0};
  if (st == LESSON_SCREEN) {
    s->screen = next;
    s->screens++;
    if (next->kind == SCREEN_RESULT) record_end(s, STATS_COMPLETED, now);
    return PLAY_SHOW;
  }
  record_end(s, st == LESSON_DONE ? STATS_COMPLETED : STATS_ERROR, now);
  return st == LESSON_DONE ? PLAY_FINISHED : PLAY_FAILED;
}

PlaySession *play_session_start(const PlaySessionOptions *opt, uint64_t now, PlayStep *step,
                                Error *err) {
  PlaySession *s = xcalloc(1, sizeof *s);
  s->src = *opt->src;
  s->visit = opt->visit;
  s->run = opt->run ? opt->run : play_session_prestart(opt, err);
  record_begin(s, opt, now);
  if (!s->run) {
    record_end(s, STATS_ERROR, now);
    free(s);
    return NULL;
  }
  *step = advance(s, NULL, now, err);
  if (*step != PLAY_SHOW) end_run(s);
  return s;
}

const Screen *play_session_screen(const PlaySession *s) { return s ? s->screen : NULL; }

void play_session_feedback(PlaySession *s, const Answer *a, uint64_t now) {
  if (s && a) record_answer(s, a, now);
}

PlayStep play_session_answer(PlaySession *s, const Answer *a, uint64_t now, Error *err) {
  if (s->over) {
    error_set(err, "lesson %s: answered after the run was over", s->src.file);
    return PLAY_FAILED;
  }
  record_answer(s, a, now);
  if (a->status != ANSWER_GIVEN) {
    play_session_leave(s, a->status == ANSWER_TIMEOUT ? PLAY_TIMED_OUT : PLAY_LEFT, now);
    return PLAY_FINISHED;
  }
  PlayStep step = advance(s, a, now, err);
  if (step != PLAY_SHOW) end_run(s);
  return step;
}

void play_session_leave(PlaySession *s, PlayLeave why, uint64_t now) {
  if (!s) return;
  record_end(s, why == PLAY_TIMED_OUT ? STATS_TIMED_OUT : STATS_ABANDONED, now);
  end_run(s);
}

int play_session_screens(const PlaySession *s) { return s ? s->screens : 0; }

void play_session_score(const PlaySession *s, int *points, int *max) {
  *points = *max = 0;
  if (!s || !s->run) return;
  lesson_score(s->run, points, max);
  *points += s->pending.points; /* an answer seen at its feedback, left before Continue */
  *max += s->pending.max;
}

int play_session_warning_count(const PlaySession *s) { return s && s->run ? lesson_warning_count(s->run) : 0; }

const char *play_session_warning(const PlaySession *s, int i) {
  return s && s->run ? lesson_warning(s->run, i) : NULL;
}

char *play_session_narration(const PlaySession *s) {
  if (!s || !s->screen || !s->screen->audio) return NULL;
  char *dir = path_join(s->src.pack_dir, "assets");
  char *path = path_join(dir, s->screen->audio);
  free(dir);
  return path;
}

void play_session_free(PlaySession *s, uint64_t now) {
  if (!s) return;
  play_session_leave(s, PLAY_LEFT, now);
  lesson_stop(s->run);
  free(s);
}

int play_estimate_screens(const LessonSource *src, const char *lang, const char *country,
                          const LessonVar *vars, int nvars) {
  PlaySessionOptions opt = {.src = src, .lang = lang, .country = country, .seed = 1, .vars = vars,
                            .nvars = nvars};
  Error err;
  PlayStep step;
  PlaySession *s = play_session_start(&opt, 0, &step, &err);
  int n = 0;
  for (; step == PLAY_SHOW && n < PLAY_ESTIMATE_MAX_SCREENS; n++) {
    Answer alts[SCREEN_MAX_ALTERNATIVES];
    screen_alternatives(play_session_screen(s), alts, 1);
    step = play_session_answer(s, &alts[0], 0, &err);
  }
  play_session_free(s, 0);
  return n;
}
