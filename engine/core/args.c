/* args.c — the command-line parser (see args.h). */
#include "core/args.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"

void args_list_add(ArgList *list, const char *item) {
  if (list->n == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 8;
    list->items = xrealloc(list->items, sizeof *list->items * (size_t)list->cap);
  }
  list->items[list->n++] = item;
}

void args_list_free(ArgList *list) {
  free(list->items);
  *list = (ArgList){0};
}

/* The whole of s as a decimal number within [min, max]: no sign but a leading '-', no
   spaces, no trailing text, no overflow. */
static bool whole_number(const char *s, int min, int max, int *out) {
  if (!((s[0] >= '0' && s[0] <= '9') || (s[0] == '-' && s[1] >= '0' && s[1] <= '9'))) return false;
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (errno != 0 || *end != '\0' || v < min || v > max) return false;
  *out = (int)v;
  return true;
}

static bool parse_size(const char *s, const ArgSpec *spec, ArgSize *out) {
  const char *x = strpbrk(s, "xX");
  if (!x || x == s) return false;
  char *w = xstrndup(s, (size_t)(x - s));
  int width, height;
  bool ok = whole_number(w, spec->min, spec->max, &width) && whole_number(x + 1, spec->min, spec->max, &height);
  free(w);
  if (ok) *out = (ArgSize){width, height};
  return ok;
}

static const ArgSpec *find(const ArgSpec *specs, const char *word, size_t len) {
  for (const ArgSpec *s = specs; s->name; s++)
    if (strlen(s->name) == len && strncmp(s->name, word, len) == 0) return s;
  return NULL;
}

/* Stores one option's value; false (err set) when it does not fit the spec. */
static bool store(const ArgSpec *spec, const char *value, bool *seen, Error *err) {
  switch (spec->kind) {
  case ARG_FLAG: *(bool *)spec->out = true; return true;
  case ARG_LIST: args_list_add(spec->out, value); return true;
  case ARG_TEXT:
    if (*seen) return error_set(err, "%s is given twice", spec->name);
    *(const char **)spec->out = value;
    break;
  case ARG_INT:
    if (*seen) return error_set(err, "%s is given twice", spec->name);
    if (!whole_number(value, spec->min, spec->max, spec->out))
      return error_set(err, "%s takes a whole number from %d to %d, not \"%.40s\"", spec->name, spec->min,
                       spec->max, value);
    break;
  case ARG_SIZE:
    if (*seen) return error_set(err, "%s is given twice", spec->name);
    if (!parse_size(value, spec, spec->out))
      return error_set(err, "%s takes WIDTHxHEIGHT, each from %d to %d (e.g. 800x480), not \"%.40s\"",
                       spec->name, spec->min, spec->max, value);
    break;
  }
  *seen = true;
  return true;
}

/* "unknown option --x; it takes --a, --b": the options the command does take, so the
   person at the terminal (and the test that holds README and help to the parser) sees
   them at once. */
static bool unknown_option(const ArgSpec *specs, const char *word, Error *err) {
  char takes[ERROR_MAX] = "";
  size_t n = 0;
  for (const ArgSpec *s = specs; s->name && n < sizeof takes; s++)
    n += (size_t)snprintf(takes + n, sizeof takes - n, "%s%s", s == specs ? "" : ", ", s->name);
  if (!specs->name) return error_set(err, "unknown option %.60s; it takes no options", word);
  return error_set(err, "unknown option %.60s; it takes %s", word, takes);
}

bool args_parse(const ArgSpec *specs, int argc, char **argv, ArgList *operands, Error *err) {
  int nspecs = 0;
  while (specs[nspecs].name) nspecs++;
  bool *seen = xcalloc((size_t)nspecs + 1, sizeof *seen);
  bool ok = true, options_over = false;
  for (int i = 0; ok && i < argc; i++) {
    const char *word = argv[i];
    if (options_over || word[0] != '-' || word[1] == '\0') { /* "-" alone is an operand */
      args_list_add(operands, word);
      continue;
    }
    if (strcmp(word, "--") == 0) {
      options_over = true;
      continue;
    }
    const char *eq = strncmp(word, "--", 2) == 0 ? strchr(word, '=') : NULL;
    const ArgSpec *spec = find(specs, word, eq ? (size_t)(eq - word) : strlen(word));
    if (!spec) {
      ok = unknown_option(specs, word, err);
      break;
    }
    const char *value = NULL;
    if (spec->kind == ARG_FLAG) {
      if (eq) ok = error_set(err, "%s takes no value", spec->name);
    } else if (eq) {
      value = eq + 1;
    } else if (i + 1 < argc) {
      value = argv[++i];
    } else {
      ok = error_set(err, "%s needs a value", spec->name);
    }
    if (ok) ok = store(spec, value, &seen[spec - specs], err);
  }
  free(seen);
  return ok;
}
