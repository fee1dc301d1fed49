/* readaloud.c — a screen's blocks in reading order (see readaloud.h). */
#include "play/readaloud.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Blocks {
  SpeechItem *out;
  int n, max;
  const char *lang;
} Blocks;

static void add(Blocks *b, const char *text) {
  if (text && *text && b->n < b->max) b->out[b->n++] = (SpeechItem){text, b->lang, NULL};
}

static void add_rich(Blocks *b, const RichText *r) { add(b, r->text); }

static void add_message(Blocks *b, const Message *m) {
  add_rich(b, &m->from);
  add_rich(b, &m->subject);
  for (int i = 0; i < m->nparts; i++) add_rich(b, &m->parts[i]);
}

int readaloud_screen(const Screen *s, ReadAloudShown *shown, const UiWords *w, const char *lang,
                     SpeechItem *out, int max) {
  Blocks b = {out, 0, max, lang};
  shown->made[0] = '\0';
  if (s->kind == SCREEN_RESULT) { /* the title the result shows, then the score */
    add(&b, s->title ? s->title : w->complete);
    if (s->max > 0 && !s->hide_score) {
      char *score = ui_format(w->score, s->score, s->max);
      snprintf(shown->made, sizeof shown->made, "%s", score ? score : "");
      free(score);
      add(&b, shown->made);
    }
  } else {
    add(&b, s->title);
  }
  switch (s->kind) {
  case SCREEN_DECIDE:
    add(&b, s->text);
    add_message(&b, &s->message);
    add(&b, w->safe);
    add(&b, w->scam);
    break;
  case SCREEN_FLAGS:
    add(&b, s->text);
    add(&b, w->tap_flags);
    add_message(&b, &s->message);
    break;
  case SCREEN_CHAT: /* the bubbles that just appeared, then the replies to choose from */
    for (int i = 0; i < s->nbubbles; i++)
      if (s->bubbles[i].fresh && !s->bubbles[i].mine) add(&b, s->bubbles[i].text);
    add(&b, s->text);
    if (s->noptions) add(&b, w->reply);
    for (int i = 0; i < s->noptions; i++) add(&b, s->options[i].text);
    break;
  case SCREEN_PASSWORD: /* the question and the meter: what is typed is never read */
    add(&b, s->text);
    if (shown->meter >= 0 && shown->meter < s->noptions) add(&b, s->options[shown->meter].text);
    break;
  case SCREEN_RESULT:
    add(&b, s->text);
    if (s->ntakeaways) add(&b, w->takeaways);
    for (int i = 0; i < s->ntakeaways; i++) add(&b, s->takeaways[i]);
    add(&b, w->need_help);
    if (shown->help) {
      add(&b, shown->help->name);
      add(&b, shown->help->number);
    }
    break;
  default: /* page, choice, multi */
    add(&b, s->text);
    if (s->kind == SCREEN_MULTI) add(&b, w->pick_all);
    for (int i = 0; i < s->noptions; i++) add(&b, s->options[i].text);
    break;
  }
  return b.n;
}

int readaloud_feedback(const Screen *s, const Answer *a, const UiWords *w, const char *lang,
                       char *fmt, size_t fmt_size, SpeechItem *out, int max) {
  Blocks b = {out, 0, max, lang};
  Grade g = screen_grade(s, a);
  switch (s->kind) {
  case SCREEN_CHOICE:
  case SCREEN_CHAT:
    add(&b, g.correct ? w->right : w->not_quite);
    if (a->choice >= 0 && a->choice < s->noptions) add(&b, s->options[a->choice].feedback);
    break;
  case SCREEN_MULTI:
    add(&b, g.correct ? w->right : w->not_quite);
    if (!g.correct) {
      add(&b, w->right_answer);
      for (int i = 0; i < s->noptions; i++)
        if (s->options[i].correct) add(&b, s->options[i].text);
    }
    for (int i = 0; i < s->noptions; i++)
      if (a->picked & (1u << i)) add(&b, s->options[i].feedback);
    break;
  case SCREEN_DECIDE:
    add(&b, (a->choice == 1) == s->scam ? w->right : w->not_quite);
    add(&b, s->scam ? w->is_scam : w->is_safe);
    add(&b, s->why);
    break;
  case SCREEN_FLAGS: { /* red-flag explanations, read as the flags are shown found */
    char *found = ui_format(w->found, g.points, g.max);
    snprintf(fmt, fmt_size, "%s", found ? found : "");
    free(found);
    add(&b, g.correct ? w->found_all : fmt);
    for (int i = 0; i < s->nflags; i++) add(&b, s->flags[i].explain);
    break;
  }
  case SCREEN_PASSWORD: /* the level the meter shows, never the letters */
    add(&b, g.correct ? w->right : w->not_quite);
    if (a->choice >= 0 && a->choice < s->noptions) {
      add(&b, s->options[a->choice].text);
      add(&b, s->options[a->choice].feedback);
    }
    break;
  default:
    break;
  }
  return b.n;
}

int readaloud_flag_tap(const Screen *s, const Answer *before, const Answer *after, const UiWords *w,
                       const char *lang, SpeechItem *out, int max) {
  Blocks b = {out, 0, max, lang};
  if (s->kind != SCREEN_FLAGS) return 0;
  uint32_t found = after->picked & ~before->picked;
  for (int i = 0; i < s->nflags; i++)
    if (found & (1u << i)) add(&b, s->flags[i].explain);
  if (!found && after->misses > before->misses) add(&b, w->looks_normal);
  return b.n;
}
