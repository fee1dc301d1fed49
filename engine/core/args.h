/* args.h — the command line's one parser, shared by every subcommand: options by name
   (`--name VALUE`, `--name=VALUE`, or a flag), operands in order, `--` ends the options.
   No fixed limits: any number of operands and repeated list options. A number is taken
   only when the whole value is a number within its range, so `--suppress abc` is an
   error, never 0. The strings stay in argv; only the lists are allocated. */
#ifndef CORE_ARGS_H
#define CORE_ARGS_H

#include <stdbool.h>

#include "core/error.h"

typedef enum ArgKind {
  ARG_FLAG, /* bool: present or not */
  ARG_TEXT, /* const char *: one value; given twice is an error */
  ARG_LIST, /* ArgList: one value each time it is given */
  ARG_INT,  /* int within [min, max] */
  ARG_SIZE  /* ArgSize "WxH", each side within [min, max] */
} ArgKind;

typedef struct ArgList {
  const char **items; /* pointers into argv; the array is the list's own */
  int n, cap;
} ArgList;

typedef struct ArgSize {
  int width, height;
} ArgSize;

typedef struct ArgSpec {
  const char *name; /* "--data", "-o"; NULL ends a table */
  ArgKind kind;
  void *out;        /* bool *, const char **, ArgList *, int * or ArgSize * */
  int min, max;     /* ARG_INT, ARG_SIZE */
} ArgSpec;

/* Parses argv[0..argc-1] (the words after the subcommand) against specs (ending with a
   NULL name), filling each spec's out and appending operands. False on a usage error,
   with err saying which word and why ("--suppress takes a whole number from 0 to 1000,
   not \"abc\""); what was filled stays owned by the caller either way. */
bool args_parse(const ArgSpec *specs, int argc, char **argv, ArgList *operands, Error *err);

void args_list_add(ArgList *list, const char *item);
void args_list_free(ArgList *list);

#endif
