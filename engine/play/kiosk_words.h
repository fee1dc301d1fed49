/* kiosk_words.h — the engine's words (buttons, headings) in a language, read from
   ASSETS/strings/<lang>.lua as a `ui = { key = "text" }` table; English fills gaps. */
#ifndef PLAY_KIOSK_WORDS_H
#define PLAY_KIOSK_WORDS_H

#include "lesson/lesson.h"
#include "ui/ui.h"

typedef struct KioskWords {
  UiWords ui;          /* points into table, or at the English defaults */
  StringTable *table;
  int missing;         /* words this language lacks */
  char first_missing[64];
} KioskWords;

/* Never fails: a missing or broken file leaves English and says why in err. */
/* COUNTRY (may be NULL): the kiosk's, whose ASSETS/strings/LANG-CC.lua goes over LANG.lua. */
bool kiosk_words_load(KioskWords *w, const char *assets_dir, const char *lang, const char *country,
                      Error *err);
void kiosk_words_free(KioskWords *w);

#endif
