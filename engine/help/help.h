/* help.h — how a help line reads in a learner's language: its name from the kiosk's
   words (helplines.ID in assets/strings/<lang>, with the locale fallback lang-CC ->
   lang), else the catalogue's English name; and its opening hours and ages in words
   ("Open 07:30 to 21:00 · Under 18"). Shared by Get help, the result screen and the
   trainer's guide, so a line reads the same everywhere. */
#ifndef HELP_HELP_H
#define HELP_HELP_H

#include "config/config.h"
#include "lesson/lesson.h"

/* The kiosk's words in a language, with English behind them for what it lacks. */
typedef struct HelpWords {
  const StringTable *lang;    /* may be NULL */
  const StringTable *english; /* may be NULL: then the built-in English below is used */
} HelpWords;

/* The line's name in the language. Points into the tables or into h. */
const char *help_name(const Helpline *h, const HelpWords *w);

/* Its hours and ages in words, joined by " · " ("" when the catalogue gives neither).
   Caller frees. */
char *help_note(const Helpline *h, const HelpWords *w);

/* s with its digits in the language's own (ui.digits: Devanagari for Nepali), for numbers
   read as words (times, ages, minutes), never for numbers to dial. Caller frees. */
char *help_digits(const char *s, const HelpWords *w);

/* A kiosk word ("ui.help_open") in the language, else English, else fallback. */
const char *help_word(const HelpWords *w, const char *key, const char *fallback);

#endif
