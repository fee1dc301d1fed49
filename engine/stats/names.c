/* names.c — lessons and questions by their names where the caller knows them (a
   catalogue made by playing the lessons), by their ids where not; and how wide those
   names are, in any script, for the tables and charts that show them. */
#include <stdio.h>
#include <string.h>

#include "core/utf8.h"
#include "stats/internal.h"

/* A mark that sits on the letter before it (Thai vowels and tones, Devanagari vowel
   signs, accents) takes no column of its own. */
int stats_text_columns(const char *s) {
  int n = 0;
  for (size_t i = 0, len = strlen(s); i < len;) n += !utf8_is_mark(utf8_next(s, len, &i));
  return n;
}

size_t stats_text_fit(const char *s, int columns) {
  size_t len = strlen(s), i = 0;
  for (int used = 0; i < len;) {
    size_t at = i;
    used += !utf8_is_mark(utf8_next(s, len, &i));
    if (used > columns) return at;
  }
  return len;
}

const char *stats_lesson_label(const StatsNames *names, const char *pack, const char *lesson, char *out,
                               size_t n) {
  const char *title = names && names->lesson ? names->lesson(names->ud, pack, lesson) : NULL;
  if (title && *title) snprintf(out, n, "%s", title);
  else snprintf(out, n, "%s/%s", pack, lesson);
  return out;
}

const char *stats_question_words(const StatsNames *names, const char *pack, const char *lesson,
                                 const char *question) {
  const char *words = names && names->question ? names->question(names->ud, pack, lesson, question) : NULL;
  return words && *words ? words : NULL;
}

int stats_question_order(const StatsNames *names, const char *pack, const char *lesson, const char *question) {
  return names && names->order ? names->order(names->ud, pack, lesson, question) : -1;
}

static int question_rank(const StatsNames *names, const StatsDropX *x) {
  if (!x->question_id[0]) return -1; /* before the first question */
  int o = stats_question_order(names, x->pack_id, x->lesson_id, x->question_id);
  return o < 0 ? 1 << 30 : o;      /* unknown ones last, by id */
}

static int drop_cmp(const StatsNames *names, const StatsDropX *a, const StatsDropX *b) {
  int c = strcmp(a->pack_id, b->pack_id);
  if (c == 0) c = strcmp(a->lesson_id, b->lesson_id);
  if (c != 0) return c;
  int ra = question_rank(names, a), rb = question_rank(names, b);
  if (ra != rb) return ra < rb ? -1 : 1;
  return strcmp(a->question_id, b->question_id);
}

/* an insertion sort: a few hundred rows at most, and qsort cannot carry names */
void stats_dropoff_sort(StatsDropX *rows, int n, const StatsNames *names) {
  for (int i = 1; i < n; i++) {
    StatsDropX x = rows[i];
    int j = i;
    for (; j > 0 && drop_cmp(names, &rows[j - 1], &x) > 0; j--) rows[j] = rows[j - 1];
    rows[j] = x;
  }
}
