/* play.h — plays one lesson: with a person at a window, with a driver, or explored
   branch by branch; headless or on screen; writing screenshots and a transcript, and
   reporting what a checker must catch (script errors, missing strings and assets, text
   that does not fit). `kiosk play`, the pack checker and the kiosk all come here. */
#ifndef PLAY_PLAY_H
#define PLAY_PLAY_H

#include <stdbool.h>

#include "config/config.h"
#include "core/log.h"
#include "lesson/lesson.h"
#include "ui/ui.h"

typedef enum PlayMode {
  PLAY_PERSON,  /* a person answers in the window */
  PLAY_DRIVER,  /* a driver answers (first, random:SEED, script:FILE) */
  PLAY_EXPLORE  /* every branch, depth first, bounded */
} PlayMode;

/* What a play goes through, for a caller that checks lessons while they are explored
   (the tests of the bundled lessons hold them to the catalogue's content rules). */
typedef enum PlayEventKind {
  PLAY_EVENT_RUN,    /* a run starts */
  PLAY_EVENT_SCREEN, /* screen is shown */
  PLAY_EVENT_ANSWER, /* answer is given to screen */
  PLAY_EVENT_END     /* the run ended; failed: in a lesson error */
} PlayEventKind;

typedef struct PlayEvent {
  PlayEventKind kind;
  const Screen *screen;
  const Answer *answer;
  bool failed;
  bool scrolled; /* PLAY_EVENT_ANSWER from a person at a window: the screen answered had
                    more than it shows (it scrolled), in the end state it was answered in */
} PlayEvent;

typedef void (*PlayObserver)(void *ud, const PlayEvent *e);

#define PLAY_MAX_FIT_SIZES 4

typedef struct PlayOptions {
  const char *lesson;      /* a .lua file or PACK_DIR/LESSON_ID */
  PlayMode mode;
  const char *driver;      /* for PLAY_DRIVER */
  bool headless;           /* no display: draw in memory (or not at all) */
  bool fullscreen;
  const char *lang;        /* "en" when NULL */
  int width, height;
  const char *screenshots; /* folder for PNGs, or NULL */
  const char *transcript;  /* file of JSON lines, or NULL */
  const char *assets;      /* the engine's assets (its own words); NULL: the default */
  int max_runs;            /* explore: 0 = PLAY_EXPLORE_RUNS */
  const char *country;     /* the kiosk's country: its help lines, and strings/LANG-CC.lua
                              over strings/LANG.lua (NULL: MY) */
  const char *data;        /* record statistics in DATA/stats.db, as the kiosk does */
  const Log *log;          /* problems, one line each ("lesson FILE: reason"); NULL drops */
  bool read_aloud;         /* a driver's play reads every screen and feedback aloud */
  const char *audio_out;   /* ...into this WAV (16-bit mono), on the play's own clock */
  bool no_checks;          /* only play: no fit or asset checks (the catalogue reads) */
  /* Not PLAY_PERSON: text must fit at these sizes too (besides width x height), so one
     exploration checks every size: the lesson runs are the cost, not the layouts. */
  int fit_sizes[PLAY_MAX_FIT_SIZES][2];
  int nfit_sizes;
  PlayObserver observe;    /* NULL: none */
  void *observe_ud;
} PlayOptions;

#define PLAY_MAX_HELP_TOPICS 4

/* What a play found, for the caller's summary line. */
typedef struct PlayResult {
  int screens, answers, runs, problems;
  int spoken_ms, words;    /* --read-aloud: how long it spoke, and the words lit */
  bool lesson_error;
  int width, height;       /* the viewport played at */
  char help_topics[PLAY_MAX_HELP_TOPICS][16]; /* the help topics its result screens name */
  int nhelp_topics;
} PlayResult;

#define PLAY_EXPLORE_RUNS 400 /* far above any lesson's real branch count */

/* Returns the exit status: 0 when the lesson played through without a problem; 1 on a
   lesson error or a problem found (each one line to opt->log). Fills result (may be
   NULL). */
int play_lesson(const PlayOptions *opt, PlayResult *result);

#define PLAY_CHECK_SIZES 3
extern const int play_check_sizes[PLAY_CHECK_SIZES][2]; /* 800x480, 1024x600, 1920x1080 */

#define PLAY_CHECK_LANGS 16
typedef struct PlayCheck {
  char pack_id[64], version[32];
  int lessons, languages;
  int locales;             /* country files over a language (strings/ne-MY.lua), explored in
                              the lessons each changes */
  int runs, failed;        /* explorations (one per lesson and language), and those with a
                              problem (+1 for speech) */
  int speech_problems;     /* bad recordings, texts the voice could not read */
  char recorded[PLAY_CHECK_LANGS][200]; /* "th: 12 of 345 texts recorded" (information) */
  int nrecorded;
  int help_problems;       /* help the catalogue cannot give in a country it covers */
  int help_countries;      /* the countries checked */
  int embassy_gaps;        /* (country, language) pairs with no embassy: staff are asked */
  int encoding_problems;   /* texts in Zawgyi rather than Unicode Burmese */
} PlayCheck;

/* `kiosk pack check`: explores every lesson of the pack once in every language it
   declares, and in each country file over one (pack_info_locales) where that file
   changes the lesson (pack_info_locale_changes), checking each screen at every one of
   play_check_sizes, checks its recordings and reads every text aloud once (the country
   files' too), and checks that the help each lesson names (its
   results' topics, {help.X} in its texts) is in the help catalogue of ASSETS for every
   country it covers, and that no text is Burmese in the Zawgyi encoding.
   Problems go to log; returns the exit status. */
int play_check_pack(const char *pack_dir, const char *assets, const Log *log, PlayCheck *check);

/* The engine's assets folder: ./assets in a source tree, else the installed one. */
const char *play_default_assets(void);

/* The help lines a lesson's result offers, in a learner's language: for each topic a
   lesson can name, what config_help_offered gives (the line, one for older learners,
   the learner's embassy), names translated and hours and ages as notes. The strings
   live in h (the notes), c and words. */
typedef struct PlayHelp {
  UiHelpline lines[UI_MAX_HELPLINES];
  char *notes[UI_MAX_HELPLINES];
  int n;
} PlayHelp;
void play_help_build(PlayHelp *h, const Config *c, const char *lang, const StringTable *words);
void play_help_free(PlayHelp *h);
/* {help.scam}, {help.trafficking}, ... for lesson texts, from c. Returns the count. */
#define PLAY_MAX_LESSON_VARS 8 /* one per help topic the catalogue knows */
int play_lesson_vars(const Config *c, LessonVar *out, int max);

#endif
