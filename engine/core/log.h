/* log.h — where the lines for staff go. Library modules never print: a module that has
   something to tell beyond a returned error (a font that cannot shape, a pack that
   cannot be read) calls the Log its caller handed it; the program (main) owns the sink
   — stderr and the journal on a kiosk, a buffer in a test. */
#ifndef CORE_LOG_H
#define CORE_LOG_H

typedef struct Log {
  void (*line)(void *ud, const char *line); /* one line, no newline */
  void *ud;
} Log;

/* Formats one line and hands it to log; a NULL log (or sink) drops it, which only a
   test or a tool that has nowhere to show it should choose. */
void log_printf(const Log *log, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The last words before abort() (out of memory, a corrupt Lua state): written straight
   to stderr without allocating, because nothing else can be trusted then. */
_Noreturn void log_fatal(const char *what, const char *detail);

#endif
