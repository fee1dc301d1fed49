/* screen.h — the Screen a lesson shows and the Answer a learner gives: the only things
   that pass between lesson code and the engine. Plain data; depends on nothing but libc
   and core. All text is final (translated, sanitised UTF-8). */
#ifndef SCREEN_SCREEN_H
#define SCREEN_SCREEN_H

#include <stdbool.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/error.h"
#include "core/mem.h"

/* Limits keep every screen drawable on an 800x480 panel and bound what an untrusted
   lesson can make the engine allocate. */
#define SCREEN_MAX_OPTIONS 6     /* answer buttons that fit a small panel */
#define SCREEN_MAX_FLAGS 12      /* red flags in one message */
#define SCREEN_MAX_PARTS 8       /* paragraphs or bubbles in one phone message */
#define SCREEN_MAX_BUBBLES 40    /* chat history carried on one screen */
#define SCREEN_MAX_TAKEAWAYS 4
#define SCREEN_MAX_TEXT 2000     /* bytes in one text field; one idea per screen */
#define SCREEN_MAX_ID 64         /* question and option ids */
#define SCREEN_MAX_POINTS 10000
#define SCREEN_MAX_MISSES 99     /* FLAGS: taps on plain words counted; the kiosk stops at 99 */
/* Answer.picked holds one bit per option or flag. */
_Static_assert(SCREEN_MAX_OPTIONS <= 32 && SCREEN_MAX_FLAGS <= 32, "picked has 32 bits");

typedef enum ScreenKind {
  SCREEN_PAGE,    /* a page to read: title, text, optional image and narration */
  SCREEN_CHOICE,  /* one answer from several, feedback per option */
  SCREEN_MULTI,   /* select all that apply */
  SCREEN_FLAGS,   /* tap the red flags in a realistic message */
  SCREEN_CHAT,    /* a messaging conversation; the learner picks replies */
  SCREEN_DECIDE,  /* safe or scam? one card of a sorting deck */
  SCREEN_RESULT,  /* end of lesson: score and key takeaways */
  SCREEN_PASSWORD,/* type a practice passphrase; the engine rates it weak, fair or strong */
  SCREEN_KIND_COUNT
} ScreenKind;

/* A byte range of a RichText that is a tappable red flag (index into Screen.flags). */
typedef struct FlagSpan {
  uint32_t start, end;
  int flag;
} FlagSpan;

/* Text with red-flag spans (markup already removed). */
typedef struct RichText {
  char *text; /* NULL when absent */
  FlagSpan *spans;
  int nspans;
} RichText;

typedef enum MessageKind { MESSAGE_SMS, MESSAGE_EMAIL, MESSAGE_CHAT, MESSAGE_POST } MessageKind;

/* A message drawn as it would look on a phone. */
typedef struct Message {
  MessageKind kind;
  RichText from;    /* sender name, number or address */
  RichText subject; /* e-mail subject */
  RichText parts[SCREEN_MAX_PARTS]; /* paragraphs; for MESSAGE_CHAT one bubble each */
  int nparts;
  char *app;        /* app name shown in the bar, e.g. "Messages" */
  char *time;       /* e.g. "09:41" */
} Message;

typedef struct Option {
  char *id;       /* stable, for stats */
  char *text;
  char *feedback; /* shown after the learner picks it; may be NULL */
  bool correct;   /* for chat replies: a safe reply */
  bool danger;    /* a wrong choice that does real harm (giving away a one-time code):
                     its feedback is a clear, kind warning, not "Not quite" */
} Option;

typedef struct Flag {
  char *id;
  char *explain; /* why this part is a red flag */
} Flag;

typedef struct Bubble {
  char *text;
  bool mine;  /* sent by the learner */
  bool fresh; /* new since the last chat screen: appears with a short animation */
} Bubble;

typedef struct Screen {
  Arena *arena;   /* owns the Screen and every string in it */
  ScreenKind kind;
  char *id;       /* stable question id (every kind but PAGE and RESULT) */
  char *title;
  char *text;     /* page body, question prompt or instruction */
  char *image;    /* pack-relative asset name, or NULL */
  char *audio;    /* pack-relative narration (WAV), or NULL */
  int step, steps; /* place in a deck (DECIDE), 1-based; 0 when not in a deck */

  Option options[SCREEN_MAX_OPTIONS]; /* CHOICE, MULTI, CHAT replies; PASSWORD: the
                                         levels weak, fair, strong in that order */
  int noptions;

  Message message;                    /* FLAGS, DECIDE */
  Flag flags[SCREEN_MAX_FLAGS];       /* FLAGS */
  int nflags;

  bool scam;      /* DECIDE: the right answer is "scam" */
  char *why;      /* DECIDE: the explanation shown after deciding */

  char *contact;  /* CHAT: who the learner is talking to */
  char *app;      /* CHAT: app name */
  Bubble bubbles[SCREEN_MAX_BUBBLES];
  int nbubbles;

  char *takeaways[SCREEN_MAX_TAKEAWAYS]; /* RESULT */
  int ntakeaways;
  char *help;     /* RESULT: help-line topic, e.g. "scam", "trafficking" */
  int score, max; /* RESULT: points over the whole lesson run */
  bool hide_score; /* RESULT: a lesson where a score would feel wrong (e.g. sextortion) */
  bool unscored;   /* every kind: the lesson is not a test (no_score()): feedback never
                      says a choice was wrong in red */
} Screen;

typedef enum AnswerStatus {
  ANSWER_GIVEN,   /* the learner answered (or pressed Continue) */
  ANSWER_QUIT,    /* the learner left the lesson */
  ANSWER_TIMEOUT  /* nobody touched the kiosk for too long */
} AnswerStatus;

/* What the learner did on a Screen. */
typedef struct Answer {
  AnswerStatus status;
  int choice;      /* CHOICE, CHAT: option index; DECIDE: ANSWER_SCAM or ANSWER_SAFE;
                      PASSWORD: the level the engine gave what was typed (the typed text
                      itself never leaves the view); else ANSWER_NO_CHOICE */
  uint32_t picked; /* MULTI: options ticked; FLAGS: flags found (bit i = index i) */
  int misses;      /* FLAGS: taps on parts that are not red flags, 0..SCREEN_MAX_MISSES */
} Answer;

enum { ANSWER_NO_CHOICE = -1, ANSWER_SAFE = 0, ANSWER_SCAM = 1 }; /* Answer.choice */

typedef struct Grade {
  int points, max;
  bool correct; /* fully right (for stats) */
} Grade;

Screen *screen_new(ScreenKind kind);
void screen_free(Screen *s);

const char *screen_kind_name(ScreenKind kind);
bool screen_kind_from_name(const char *name, ScreenKind *kind);
bool screen_is_question(const Screen *s); /* carries an id and is graded or recorded */
bool screen_has_feedback(const Screen *s); /* answering it shows feedback before moving on */

/* An Answer that just continues (PAGE, RESULT, a chat without replies). */
Answer answer_continue(void);

/* Checks an answer is possible for this screen (index in range, bits only for existing
   options or flags, misses in range). */
bool screen_answer_valid(const Screen *s, const Answer *a);

/* Points for an answer: one per right choice, per flag found, per card sorted, per
   safe chat reply; exact set for MULTI. Unanswerable kinds grade 0 of 0. */
Grade screen_grade(const Screen *s, const Answer *a);

/* The distinct answers a driver can give: every option of a choice, both sides of a
   card, the right set and its complement for MULTI, all/none/first flag for FLAGS.
   Returns the count written (at most max). Explore and random drivers use this. */
#define SCREEN_MAX_ALTERNATIVES (SCREEN_MAX_OPTIONS > 3 ? SCREEN_MAX_OPTIONS : 3) /* options, or 3 */
int screen_alternatives(const Screen *s, Answer *out, int max);

/* Checks the structural rules a well-formed screen obeys (ids present and unique, at
   least one correct option, spans inside their text). */
bool screen_check(const Screen *s, Error *err);

/* A stable 64-bit digest of everything the screen shows: the same screen twice in one
   lesson (on two paths) digests the same. */
uint64_t screen_digest(const Screen *s);

/* Appends one JSON object describing the screen / the answer (for transcripts). */
void screen_to_json(const Screen *s, Buf *out);
void answer_to_json(const Screen *s, const Answer *a, Buf *out);

/* Binary form used between the lesson runner and the engine. The decoder treats its
   input as hostile: every length, count and index is checked, text must be UTF-8. */
void screen_encode(const Screen *s, Buf *out);
Screen *screen_decode(const void *data, size_t len, Error *err);
Screen *screen_clone(const Screen *s); /* a deep copy */
void answer_encode(const Answer *a, Buf *out);
bool answer_decode(const void *data, size_t len, Answer *a, Error *err);

#endif
