/* readaloud.h — what a lesson screen says when it is read aloud, block by block, in the
   order a learner reads it: title and text, the question, each option; the message or
   the chat; after an answer its feedback; the take-aways and help line of the result.
   Nothing a learner types is ever among them (a passphrase screen says its question and
   the level the meter shows). The blocks point into the screen and the words. */
#ifndef PLAY_READALOUD_H
#define PLAY_READALOUD_H

#include "screen/screen.h"
#include "speech/speech.h"
#include "ui/ui.h"

#define READALOUD_MAX SPEECH_MAX_ITEMS

/* What the view shows beyond the Screen itself, and room for the words the kiosk
   makes ("You got 8 of 13"): the blocks may point into it, so it lives as long. */
typedef struct ReadAloudShown {
  const UiHelpline *help; /* RESULT: the help line on it (ui_helpline_for), or NULL */
  int meter;              /* PASSWORD: the level the meter shows (0..2), -1 when none */
  char made[128];
} ReadAloudShown;

/* The blocks of screen s in language lang; returns the count (at most max). */
int readaloud_screen(const Screen *s, ReadAloudShown *shown, const UiWords *w, const char *lang,
                     SpeechItem *out, int max);

/* The blocks of the feedback shown after answer a; fmt holds formatted words (one
   "Found 2 of 4" line) and must live as long as the blocks. Returns the count. */
int readaloud_feedback(const Screen *s, const Answer *a, const UiWords *w, const char *lang,
                       char *fmt, size_t fmt_size, SpeechItem *out, int max);

/* What a tap on a red-flag screen's message brought up, read when it shows: the
   explanation of the flag just found, or "that part looks normal" after a miss.
   before and after: the answer so far around the tap. Returns the count (0: nothing
   new to read). */
int readaloud_flag_tap(const Screen *s, const Answer *before, const Answer *after, const UiWords *w,
                       const char *lang, SpeechItem *out, int max);

#endif
