/* error.h — errors as values: a one-line message for staff, naming the file and the reason. */
#ifndef CORE_ERROR_H
#define CORE_ERROR_H

#include <stdbool.h>

#define ERROR_MAX 512 /* one line on a console or in the journal */

typedef struct Error {
  char msg[ERROR_MAX];
} Error;

/* Fills err (which may be NULL) with a printf-style message; always returns false so a
   bool function can `return error_set(err, ...)`. Newlines are flattened to spaces. */
bool error_set(Error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Prefixes the existing message with "PREFIX: " (e.g. a file name added by a caller). */
bool error_prefix(Error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
