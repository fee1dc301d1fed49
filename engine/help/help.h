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

/* One line of the Get help screen: which line, the topic it is listed under. */
typedef struct HelpEntry {
  const Helpline *line;
  const char *topic;  /* "trafficking", ..., "removal", "emergency", "embassy" */
} HelpEntry;

#define HELP_MAX_ENTRIES 12

/* Get help's list for a learner of LANG, at most MAX: for each topic in turn
   (trafficking, scam, child, cyber, women) the lines config_help_offered gives, a number
   already listed not again; then the country's emergency line and the embassy of the
   learner's home country, which keep their places however small MAX is.
   Returns the count. */
int help_get_help_list(const Config *c, const char *lang, HelpEntry *out, int max);

/* True when Get help must say "ask staff for your embassy": the language implies a home
   country other than the kiosk's, staff left embassies on, and the catalogue has no
   embassy of that country here that a source confirmed. */
bool help_embassy_unknown(const Config *c, const char *lang);

/* A kiosk word ("ui.help_open") in the language, else English, else fallback. */
const char *help_word(const HelpWords *w, const char *key, const char *fallback);

#endif
