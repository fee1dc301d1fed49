/* internal.h — (internal to play/) the Player shared by play.c and explore.c. */
#ifndef PLAY_INTERNAL_H
#define PLAY_INTERNAL_H

#include <stdio.h>

#include "lesson/lesson.h"
#include "play/play.h"
#include "play/reader.h"
#include "play/session.h"
#include "play/kiosk_words.h"
#include "render/audio.h"
#include "render/render.h"
#include "speech/speech.h"
#include "stats/stats.h"
#include "text/text.h"
#include "ui/ui.h"

#define PLAY_MAX_PROBLEMS 200

typedef struct DigestSet {
  uint64_t *slots; /* open addressing; 0 marks an empty slot */
  size_t cap, count;
} DigestSet;

bool digest_set_add(DigestSet *set, uint64_t d); /* true if it was new */
bool digest_set_has(const DigestSet *set, uint64_t d);
void digest_set_free(DigestSet *set);

typedef struct Player {
  const PlayOptions *opt;
  const char *lang;
  int width, height;  /* the viewport (a fullscreen window decides its own) */
  LessonSource *src;
  char *asset_dir;    /* the pack's assets/ */
  Text *text;
  Render *render;     /* NULL when nothing is drawn */
  Ui *ui;
  KioskWords words;
  PlayHelp help;        /* the result screen's help lines, in the learner's language */
  UiFrame frame;
  Config config;      /* the help lines of the country the lesson is played for */
  LessonVar vars[PLAY_MAX_LESSON_VARS];
  int nvars;
  LessonRun *first_run; /* started before the window opens; taken by the first run */
  PlayVisit visit;      /* --data: every run recorded as the kiosk records it */
  PlaySession *session; /* the run being played (a person's feedback is recorded on it) */
  PackInfo *pack;       /* its id and version, for the statistics */
  FILE *transcript;
  DigestSet checked;  /* screens already checked and photographed */
  char *problems[PLAY_MAX_PROBLEMS];
  int nproblems;
  int warnings_seen;  /* of the current run */
  int shot;           /* screenshot counter */
  int screens, answers, runs;
  char help_topics[PLAY_MAX_HELP_TOPICS][16]; /* named by the result screens seen */
  int nhelp_topics;
  uint64_t start_ms;
  Speech *speech;         /* --read-aloud */
  Audio *audio;           /* --audio-out: the WAV (else a clock that writes nothing) */
  PlayReader *reader;     /* reads screens aloud into audio */
  uint64_t clock_ms;      /* the WAV's clock: it moves as the speech is heard */
  int spoken_ms, spoken_words;
  bool bench_first_frame; /* KIOSK_BENCH: exit after the first frame is shown */
  int bench_idle_s;
  bool stop;              /* the person closed the window */
  bool shown_scrolls;     /* the screen a person answered last scrolled (PlayEvent.scrolled) */
} Player;

/* Answers screen s at position step of the current run. */
typedef bool (*Chooser)(Player *p, const Screen *s, int step, Answer *a, void *ud, Error *err);

/* One run of the lesson from the start, answering with choose. Screens are checked,
   photographed and written to the transcript on the way. */
LessonStatus player_run(Player *p, Chooser choose, void *ud, Error *err);

void player_problem(Player *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --read-aloud (speak.c): opens the voice (and the WAV), reads blocks aloud to the end
   on the WAV's clock, closes them. */
bool player_speech_open(Player *p, Error *err);
void player_speak(Player *p, const SpeechItem *items, int n, const char *what);
void player_speech_close(Player *p);

/* Explores every branch (explore.c). */
LessonStatus player_explore(Player *p, Error *err);

/* helpcheck.c: the help topics each lesson's results name (refs[i] for lesson i), and
   every {help.X} of its texts, against the catalogue's lines in every country it covers,
   for every language of the pack. Problems go to log; returns their count. Sets
   *embassy_gaps to the (country, language) pairs where trafficking help would offer the
   learner's embassy and the catalogue has none (Get help then asks staff for it). */
typedef struct PlayHelpRefs {
  char topics[PLAY_MAX_HELP_TOPICS][16];
  int ntopics;
} PlayHelpRefs;
int play_check_help(const PackInfo *info, const char *pack_dir, const char *assets,
                    const PlayHelpRefs *refs, const Log *log, int *embassy_gaps);

/* The pack checker's encoding check (encoding.c): logs each text of PACK_DIR/strings
   that looks like Zawgyi rather than Unicode Burmese, one line each; returns how many. */
int play_check_encoding(const char *pack_dir, const Log *log);

#endif
