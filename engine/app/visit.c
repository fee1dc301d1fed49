/* visit.c — progress and reward for one visit (issue 15): the menu's tally and badges,
   the badge a lesson earns at its result, the summary at the visit's end (the learner
   taps "I'm finished", or nobody answered "Are you still there?"), and Get help's
   take-home card. All of it lives in memory and is forgotten at the reset; the only
   record is the anonymous count of cards shown. */
#include <stdlib.h>
#include <string.h>

#include "app/internal.h"
#include "core/mem.h"
#include "help/help.h"

#define VISIT_SUMMARY_S 20 /* the summary stays this long when nobody taps, then the reset */

static bool playable(const App *app, const MenuEntry *e) {
  const LibraryPack *pack = &app->library->packs[e->pack];
  return pack->info && e->lesson >= 0 && library_lesson_ok(pack, &pack->info->lessons[e->lesson]);
}

static int finished(const App *app) {
  int n = 0;
  for (int i = 0; i < app->nentries; i++) n += app->entries[i].done;
  return n;
}

const char *visit_tally(App *app) {
  int total = 0;
  for (int i = 0; i < app->nentries; i++) total += playable(app, &app->entries[i]);
  if (total == 0) return NULL;
  return app_format(app, app_words(app)->visit_done, finished(app), total);
}

void visit_lesson_finished(App *app, const Screen *result) {
  app->badge_new = false;
  if (app->entry < 0 || app->entry >= app->nentries) return;
  MenuEntry *e = &app->entries[app->entry];
  app->badge_new = !e->done;
  e->done = true;
  if (result->ntakeaways > 0 && result->takeaways[0]) { /* the newest words, in its language */
    free(e->takeaway);
    e->takeaway = xstrdup(result->takeaways[0]);
  }
}

void visit_forget(App *app) {
  for (int i = 0; i < app->nentries; i++) {
    app->entries[i].done = false;
    free(app->entries[i].takeaway);
    app->entries[i].takeaway = NULL;
  }
  app->badge_new = false;
}

void visit_end(App *app, bool idle) {
  if (finished(app) == 0 || app_staff_state(app->state)) {
    app_reset_visit(app); /* nothing to sum up, or staff walked away: no learner's summary */
    return;
  }
  learner_stop_lesson(app, idle ? PLAY_TIMED_OUT : PLAY_LEFT);
  play_visit_forget(&app->visit); /* whoever touches next is a new visit */
  app->countdown = false;
  app_show(app, APP_SUMMARY);
}

void visit_build_summary(App *app, Panel *p) {
  const UiWords *w = app_words(app);
  p->kind = PANEL_SUMMARY;
  p->title = w->summary_title;
  int n = finished(app);
  p->text = app_format_n(app, w->summary_text, w->summary_text_one, n, 0);
  /* in the menu's order: the path the pack suggests */
  for (int i = 0; i < app->nentries && p->nitems < PANEL_MAX_ITEMS; i++) {
    const MenuEntry *e = &app->entries[i];
    if (!e->done) continue;
    const char *title = app_lesson_title(app, e->pack, e->lesson);
    PanelItem *it = &p->items[p->nitems++];
    it->label = title ? title : app->library->packs[e->pack].info->lessons[e->lesson].id;
    it->detail = e->takeaway;
    it->done = true;
  }
  p->buttons[p->nbuttons++] = w->finish;
}

bool visit_summary_due(const App *app, uint64_t now, int *wake_ms) {
  if (app->state != APP_SUMMARY || app->countdown) return false;
  uint64_t since = app->last_input > app->shown_at ? app->last_input : app->shown_at;
  uint64_t due = since + VISIT_SUMMARY_S * 1000u;
  if (wake_ms) *wake_ms = due > now ? (int)(due - now) : 0;
  return now >= due;
}

/* ---- the take-home card in Get help ------------------------------------------------ */

void visit_build_card(App *app, Panel *p) {
  const UiWords *w = app_words(app);
  const char *lang = app->langs[app->lang];
  HelpWords hw = {app->words[app->lang].table, NULL};
  p->kind = PANEL_CARD;
  p->title = w->card_button;
  HelpEntry e[HELP_MAX_ENTRIES];
  int n = help_get_help_list(&app->config, lang, e, HELP_MAX_ENTRIES);
  for (int i = 0; i < n && p->nitems < PANEL_MAX_ITEMS; i++) {
    PanelItem *it = &p->items[p->nitems++];
    it->label = help_name(e[i].line, &hw);
    it->detail = e[i].line->number; /* the card keeps only what a phone can dial */
  }
  p->buttons[p->nbuttons++] = w->close;
}

void visit_card_shown(App *app) {
  if (!app->view || !ui_view_shows_card(app->view)) return;
  app->cards_shown++;
  play_visit_card_shown(&app->visit, app->now);
}
