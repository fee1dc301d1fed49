/* log.c — lines to the caller's sink; the fatal path. */
#include "core/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/error.h"

void log_printf(const Log *log, const char *fmt, ...) {
  if (!log || !log->line) return;
  char line[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  for (char *p = line; *p; p++)
    if (*p == '\n' || *p == '\r') *p = ' '; /* one line in the journal */
  log->line(log->ud, line);
}

static void write_all(const char *s) {
  size_t n = strlen(s);
  while (n > 0) {
    ssize_t w = write(STDERR_FILENO, s, n);
    if (w <= 0) return;
    s += w;
    n -= (size_t)w;
  }
}

void log_fatal(const char *what, const char *detail) {
  write_all("kiosk: ");
  write_all(what);
  if (detail) {
    write_all(": ");
    write_all(detail);
  }
  write_all("\n");
  abort();
}
