/* driver.h — programs that answer a lesson's Screens in place of a person:
   "first" (the first answer of each screen), "random:SEED", and "script:FILE" (answers
   read from a file, one line per screen; format in lessons/API.md). The person at the
   kiosk is the SDL loop in play.c; "explore" re-runs lessons and lives in explore.c. */
#ifndef PLAY_DRIVER_H
#define PLAY_DRIVER_H

#include "core/error.h"
#include "screen/screen.h"

typedef struct Driver Driver;

/* spec: "first", "random:SEED" or "script:FILE". NULL with err on a bad spec or file. */
Driver *driver_new(const char *spec, Error *err);

/* Answers screen s. False with err when the driver cannot (a script that ended early or
   whose line does not fit the screen). */
bool driver_answer(Driver *d, const Screen *s, Answer *a, Error *err);

void driver_free(Driver *d);

/* Parses one script line for screen s (exposed for tests). */
bool driver_parse_line(const char *line, const Screen *s, Answer *a, Error *err);

#endif
