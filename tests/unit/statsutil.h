/* statsutil.h — what the statistics tests outside test_stats.c share: a question screen
   to answer. Header-only, like testutil.h. */
#ifndef TESTS_STATSUTIL_H
#define TESTS_STATSUTIL_H

#include "screen/screen.h"

/* A choice question "q1" with options "a" and "b" (b is right). Caller frees. */
static inline Screen *test_question(void) {
  Screen *q = screen_new(SCREEN_CHOICE);
  q->id = arena_strdup(q->arena, "q1");
  static const char *const ids[] = {"a", "b"};
  for (int i = 0; i < 2; i++) {
    q->options[i].id = arena_strdup(q->arena, ids[i]);
    q->options[i].text = arena_strdup(q->arena, ids[i]);
  }
  q->options[1].correct = true;
  q->noptions = 2;
  return q;
}

#endif
