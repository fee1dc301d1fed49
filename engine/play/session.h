/* session.h — one lesson run, from its first screen to its end: the sandboxed lesson,
   the screen on show and the answer given to it, the score, the narration to play, and
   every statistics record of the run. This is the one way a lesson is played: the
   kiosk's touchscreen (app/), `kiosk play` (a person, "first", "random:SEED",
   "script:FILE", "explore") and the pack checker are its drivers. A driver shows
   play_session_screen(), hands the learner's answer to play_session_answer(), and
   never calls lesson_* or stats_* for a run itself.

   Recording never interrupts the learner: a record that cannot be written (a full or
   read-only disk) is one line in the log with its reason and one more in the store's
   lost count (stats_lost_records, shown to staff); the next run tries again, so
   recording resumes by itself when space frees. */
#ifndef PLAY_SESSION_H
#define PLAY_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "core/log.h"
#include "lesson/lesson.h"
#include "screen/screen.h"
#include "stats/stats.h"

/* The statistics of one visit: the store (NULL: nothing is recorded) and the visit's id,
   begun at the first touch (or by the first run) and forgotten at the reset. Owned by
   the driver; every run of the visit records through it. */
typedef struct PlayVisit {
  StatsStore *stats;
  int64_t id;  /* 0 until a visit row exists */
  Log log;     /* where each record that could not be written is reported */
} PlayVisit;

/* Starts the visit's record if it has none yet (a failure is logged; the first run
   tries again). */
void play_visit_begin(PlayVisit *v, uint64_t now);
/* The next person is a new, anonymous visit. */
void play_visit_forget(PlayVisit *v);
/* A take-home card was shown: counted (the day's count only; nothing else is kept). */
void play_visit_card_shown(PlayVisit *v, uint64_t now);

typedef struct PlaySessionOptions {
  const LessonSource *src;
  const char *lang;
  const char *country;       /* the kiosk's: strings/LANG-CC.lua goes over LANG.lua */
  uint64_t seed;             /* math.random's seed: a fixed seed replays a run exactly */
  const LessonVar *vars;     /* {help.scam} ... for lesson texts */
  int nvars;
  LessonRun *run;            /* a run already started (play_session_prestart), taken
                                over whatever happens; NULL: started here */
  PlayVisit *visit;          /* NULL: nothing recorded */
  const char *pack_id, *pack_version; /* how the statistics name the lesson's pack */
} PlaySessionOptions;

typedef enum PlayStep {
  PLAY_SHOW,     /* play_session_screen() is the next screen to show */
  PLAY_FINISHED, /* the lesson ended normally */
  PLAY_FAILED    /* the lesson broke a rule or crashed: err says why, for staff */
} PlayStep;

/* How a run ended when the learner did not finish it. */
typedef enum PlayLeave {
  PLAY_LEFT,      /* Back to menu, the window closed, a driver gave up */
  PLAY_TIMED_OUT  /* nobody touched the screen: the idle reset */
} PlayLeave;

typedef struct PlaySession PlaySession;

/* Starts the lesson (or takes opt->run) and its record, and goes to the first screen:
   the returned step says whether there is one. NULL only when the lesson cannot be
   started at all (err says why; the failed run is recorded as an error). */
PlaySession *play_session_start(const PlaySessionOptions *opt, uint64_t now, PlayStep *step,
                                Error *err);

/* The screen on show, or NULL once the run is over. Owned by the session: valid until
   the next play_session_answer or play_session_free. */
const Screen *play_session_screen(const PlaySession *s);

/* The learner committed answer a to the screen on show and now sees its feedback: the
   answer is recorded at once, so leaving during the feedback loses nothing. Optional;
   play_session_answer records it when this was not called. */
void play_session_feedback(PlaySession *s, const Answer *a, uint64_t now);

/* The learner is done with the screen on show (after its feedback): records the answer
   (once), hands it to the lesson and goes to the next screen. An answer whose status
   is not ANSWER_GIVEN ends the run as left. A result screen ends the record as
   completed the moment it is reached ("durable once it shows"). */
PlayStep play_session_answer(PlaySession *s, const Answer *a, uint64_t now, Error *err);

/* Ends a run the learner did not finish (a run already completed keeps that outcome). */
void play_session_leave(PlaySession *s, PlayLeave why, uint64_t now);

/* Screens shown so far (the first is 1), for the progress bar. */
int play_session_screens(const PlaySession *s);
/* Score so far over the graded screens. */
void play_session_score(const PlaySession *s, int *points, int *max);
/* The lesson's warnings so far (missing translations, print() output): count and each. */
int play_session_warning_count(const PlaySession *s);
const char *play_session_warning(const PlaySession *s, int i);
/* The screen's recorded narration as a path in the pack (caller frees), or NULL. */
char *play_session_narration(const PlaySession *s);

/* Ends the run as left if it is still going, stops the lesson and frees everything. */
void play_session_free(PlaySession *s, uint64_t now);

/* Starts a lesson run before a window or a big allocation exists (forking a small
   process is cheaper); hand it to play_session_start as opt->run. */
LessonRun *play_session_prestart(const PlaySessionOptions *opt, Error *err);

#define PLAY_ESTIMATE_MAX_SCREENS 200 /* far above any real lesson; bounds a lesson that never ends */

/* Screens a run shows when every first answer is given: the length of a progress bar.
   Plays the lesson once with no record (a few ms); 0 when it cannot be played. */
int play_estimate_screens(const LessonSource *src, const char *lang, const char *country,
                          const LessonVar *vars, int nvars);

#endif
