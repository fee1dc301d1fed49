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

/* The blocks of screen s in language lang; returns the count (at most max). */
int readaloud_screen(const Screen *s, const UiWords *w, const char *lang, SpeechItem *out, int max);

/* The blocks of the feedback shown after answer a; fmt holds formatted words (one
   "Found 2 of 4" line) and must live as long as the blocks. Returns the count. */
int readaloud_feedback(const Screen *s, const Answer *a, const UiWords *w, const char *lang,
                       char *fmt, size_t fmt_size, SpeechItem *out, int max);

#endif
