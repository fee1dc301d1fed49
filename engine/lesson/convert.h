/* convert.h — (internal to lesson/) turns the table a lesson yields into a Screen,
   translating every text key and expanding {variables} and {flag|red-flag} markup. */
#ifndef LESSON_CONVERT_H
#define LESSON_CONVERT_H

#include <lua.h>

#include "lesson/lesson.h"

typedef struct Texts {
  const StringTable *lang;     /* the learner's language */
  const StringTable *fallback; /* English: fills gaps */
  const char *lang_code;
  const char *section;         /* lesson id: its strings are looked up first */
  const LessonVar *vars;
  int nvars;
  void (*warn)(void *ud, const char *msg);
  void *warn_ud;
  char **warned; /* keys already reported, so each gap is reported once */
  int nwarned;
} Texts;

/* Translates key into out: the learner's language, else English, else the key itself
   (each gap reported through warn, naming where). */
void texts_expand(Texts *t, const char *key, const char *where, Buf *out);

/* Builds a Screen from the table at idx. Must run inside lua_pcall: it raises Lua
   errors on memory exhaustion. Returns NULL with err set when the table is wrong. */
Screen *convert_screen(lua_State *L, int idx, Texts *t, const char *where, Error *err);

void texts_free_warned(Texts *t);

#endif
