/* driver.c — the first, random and script drivers. */
#include "play/driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"

#define SCRIPT_MAX_BYTES (256 * 1024)

typedef enum DriverKind { DRIVER_FIRST, DRIVER_RANDOM, DRIVER_SCRIPT } DriverKind;

struct Driver {
  DriverKind kind;
  uint64_t state;  /* random */
  char *script;    /* script text, lines NUL-separated as we go */
  char *cursor;
  int line;
  char *path;
};

Driver *driver_new(const char *spec, Error *err) {
  Driver *d = xcalloc(1, sizeof *d);
  if (strcmp(spec, "first") == 0) {
    d->kind = DRIVER_FIRST;
  } else if (strncmp(spec, "random:", 7) == 0) {
    char *end;
    unsigned long long seed = strtoull(spec + 7, &end, 10);
    if (!spec[7] || *end) {
      error_set(err, "random driver needs a number: random:SEED");
      free(d);
      return NULL;
    }
    d->kind = DRIVER_RANDOM;
    d->state = seed * 2654435761ull + 0x9E3779B97F4A7C15ull;
  } else if (strncmp(spec, "script:", 7) == 0) {
    d->kind = DRIVER_SCRIPT;
    d->path = xstrdup(spec + 7);
    d->script = fs_read_file(d->path, SCRIPT_MAX_BYTES, NULL, err);
    if (!d->script) {
      free(d->path);
      free(d);
      return NULL;
    }
    d->cursor = d->script;
  } else {
    error_set(err, "unknown driver '%s' (first, random:SEED, explore or script:FILE)", spec);
    free(d);
    return NULL;
  }
  return d;
}

void driver_free(Driver *d) {
  if (!d) return;
  free(d->script);
  free(d->path);
  free(d);
}

static uint64_t next_random(Driver *d) { /* xorshift64*: reproducible on every machine */
  d->state ^= d->state >> 12;
  d->state ^= d->state << 25;
  d->state ^= d->state >> 27;
  return d->state * 2685821657736338717ull;
}

/* ---- scripts ---------------------------------------------------------------------- */

static int option_index(const Screen *s, const char *id) {
  for (int i = 0; i < s->noptions; i++)
    if (strcmp(s->options[i].id, id) == 0) return i;
  return -1;
}

static int flag_index(const Screen *s, const char *id) {
  for (int i = 0; i < s->nflags; i++)
    if (strcmp(s->flags[i].id, id) == 0) return i;
  return -1;
}

static bool expect(const Screen *s, bool ok, const char *verb, Error *err) {
  if (!ok) return error_set(err, "'%s' does not fit a %s screen", verb, screen_kind_name(s->kind));
  return true;
}

bool driver_parse_line(const char *line, const Screen *s, Answer *a, Error *err) {
  char buf[512];
  snprintf(buf, sizeof buf, "%s", line);
  char *save = NULL;
  char *verb = strtok_r(buf, " \t\r", &save);
  *a = answer_continue();
  if (!verb) return error_set(err, "empty answer");
  if (strcmp(verb, "quit") == 0) {
    a->status = ANSWER_QUIT;
    return true;
  }
  if (strcmp(verb, "continue") == 0)
    return expect(s, s->kind == SCREEN_PAGE || s->kind == SCREEN_RESULT ||
                         (s->kind == SCREEN_CHAT && s->noptions == 0), verb, err);
  if (strcmp(verb, "safe") == 0 || strcmp(verb, "scam") == 0) {
    a->choice = verb[1] == 'c' ? ANSWER_SCAM : ANSWER_SAFE;
    return expect(s, s->kind == SCREEN_DECIDE, verb, err);
  }
  if (strcmp(verb, "choose") == 0) {
    if (!expect(s, s->kind == SCREEN_CHOICE || s->kind == SCREEN_PASSWORD || (s->kind == SCREEN_CHAT && s->noptions),
                verb, err))
      return false;
    char *id = strtok_r(NULL, " \t\r", &save);
    a->choice = id ? option_index(s, id) : -1;
    if (a->choice < 0) return error_set(err, "no option '%s' on %s '%s'", id ? id : "", screen_kind_name(s->kind), s->id);
    return true;
  }
  if (strcmp(verb, "pick") == 0 || strcmp(verb, "flags") == 0) {
    bool flags = verb[0] == 'f';
    if (!expect(s, s->kind == (flags ? SCREEN_FLAGS : SCREEN_MULTI), verb, err)) return false;
    a->choice = ANSWER_NO_CHOICE;
    for (char *id; (id = strtok_r(NULL, " \t\r,", &save));) {
      if (flags && strcmp(id, "miss") == 0) {
        char *n = strtok_r(NULL, " \t\r", &save);
        a->misses = n ? atoi(n) : 1;
        if (a->misses < 0 || a->misses > SCREEN_MAX_MISSES)
          return error_set(err, "miss %s on '%s': give 0 to %d", n, s->id, SCREEN_MAX_MISSES);
        continue;
      }
      int i = flags ? flag_index(s, id) : option_index(s, id);
      if (i < 0) return error_set(err, "no %s '%s' on '%s'", flags ? "red flag" : "option", id, s->id);
      a->picked |= 1u << i;
    }
    return true;
  }
  return error_set(err, "unknown answer '%s'", verb);
}

static char *next_line(Driver *d) {
  while (d->cursor && *d->cursor) {
    char *line = d->cursor;
    char *nl = strchr(line, '\n');
    if (nl) {
      *nl = '\0';
      d->cursor = nl + 1;
    } else {
      d->cursor = line + strlen(line);
    }
    d->line++;
    while (*line == ' ' || *line == '\t') line++;
    if (*line && *line != '#' && *line != '\r') return line;
  }
  return NULL;
}

bool driver_answer(Driver *d, const Screen *s, Answer *a, Error *err) {
  Answer alts[SCREEN_MAX_ALTERNATIVES];
  int n = screen_alternatives(s, alts, (int)(sizeof alts / sizeof alts[0]));
  switch (d->kind) {
  case DRIVER_FIRST:
    *a = alts[0];
    return true;
  case DRIVER_RANDOM:
    *a = alts[next_random(d) % (uint64_t)n];
    return true;
  case DRIVER_SCRIPT: {
    char *line = next_line(d);
    if (!line) return error_set(err, "%s: the script ended before the lesson did", d->path);
    if (!driver_parse_line(line, s, a, err)) return error_prefix(err, "%s:%d", d->path, d->line);
    return true;
  }
  }
  return false;
}
