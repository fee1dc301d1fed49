/* dashboard.c — the staff's statistics: bar charts of lesson starts and completions,
   completions per week, average scores, the most-missed questions and the language
   mix, for a chosen period; and the export to a USB stick, which says "safe to
   remove" only once every file is written and synced. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/internal.h"
#include "core/fs.h"
#include "core/mem.h"

enum { TAB_LESSONS, TAB_WEEKS, TAB_SCORES, TAB_MISSED, TAB_LANGUAGES, TABS };
enum { BUTTON_BACK, BUTTON_PERIOD, BUTTON_EXPORT };

static const int periods[] = {0, 30, 7};

#define DASHBOARD_CAP_WARN_PERCENT 80 /* of the staff's cap: time to export, well before it */
#define DASHBOARD_CARD_LOW_MB 200     /* free on the card: days of logs and records, not hours */

/* A lesson's title in the kiosk's default language, for the charts. */
static const char *title_of(App *app, const char *pack_id, const char *lesson_id) {
  for (int i = 0; i < app->library->npacks; i++) {
    const LibraryPack *p = &app->library->packs[i];
    if (!p->info || strcmp(p->info->id, pack_id) != 0) continue;
    for (int k = 0; k < p->info->nlessons; k++) {
      const char *s = strcmp(p->info->lessons[k].id, lesson_id) == 0 ? app_lesson_title(app, i, k) : NULL;
      if (s) return s;
    }
  }
  return app_printf(app, "%s", lesson_id);
}

static void lessons_chart(App *app, Panel *p, StatsPeriod period, bool scores) {
  StatsLessonRow rows[PANEL_MAX_BARS];
  int n = stats_lessons(app->visit.stats, period, rows, PANEL_MAX_BARS);
  const UiWords *w = app_words(app);
  p->legend_a = scores ? w->average : w->started;
  p->legend_b = scores ? NULL : w->finished;
  p->full = scores ? 100 : 0; /* a score of 67 % fills two thirds of its bar */
  for (int i = 0; i < n; i++) {
    PanelBar *b = &p->bars[p->nbars++];
    b->label = title_of(app, rows[i].pack_id, rows[i].lesson_id);
    if (scores) {
      b->a = rows[i].average_score < 0 ? 0 : rows[i].average_score;
      b->value = rows[i].average_score < 0 ? "–" : app_printf(app, "%.0f%%", rows[i].average_score);
    } else {
      b->a = rows[i].starts;
      b->b = rows[i].completions;
      b->value = app_printf(app, "%d / %d", rows[i].completions, rows[i].starts);
    }
  }
}

static void weeks_chart(App *app, Panel *p, StatsPeriod period) {
  StatsWeek rows[PANEL_MAX_BARS];
  int n = stats_weeks(app->visit.stats, period, rows, PANEL_MAX_BARS);
  p->legend_a = app_words(app)->finished;
  for (int i = 0; i < n; i++) {
    PanelBar *b = &p->bars[p->nbars++];
    b->label = rows[i].week[0] ? app_printf(app, "%s", rows[i].week) : "?";
    b->a = rows[i].completions;
    b->value = app_printf(app, "%d", rows[i].completions);
  }
}

/* The packs' question words in the staff's language. A question's words exist only once
   its lesson has played (play/catalogue.h), which takes a moment per lesson, so the chart
   first shows ids and app_idle names them one lesson at a time (dashboard_learn_next). */
static PlayCatalogue *names_of(App *app) {
  if (app->dash_names && app->dash_names_lang == app->lang) return app->dash_names;
  dashboard_forget(app);
  app->dash_names = play_catalogue_new(app->langs[app->lang], app->assets, &app->log);
  app->dash_names_lang = app->lang;
  for (int i = 0; app->library && i < app->library->npacks; i++) {
    const LibraryPack *lp = &app->library->packs[i];
    Error err;
    if (lp->info && play_catalogue_add(app->dash_names, lp->dir, &err) < 0) app_log(app, "dashboard: %s", err.msg);
  }
  return app->dash_names;
}

static const char *question_words(App *app, const StatsMissed *m) {
  PlayCatalogue *c = names_of(app);
  if (!play_catalogue_learned(c, m->pack_id, m->lesson_id)) {
    if (app->ndash_unnamed < (int)(sizeof app->dash_unnamed / sizeof app->dash_unnamed[0])) {
      snprintf(app->dash_unnamed[app->ndash_unnamed].pack_id, sizeof app->dash_unnamed[0].pack_id, "%s", m->pack_id);
      snprintf(app->dash_unnamed[app->ndash_unnamed].lesson_id, sizeof app->dash_unnamed[0].lesson_id, "%s",
               m->lesson_id);
      app->ndash_unnamed++;
    }
    return m->question_id;
  }
  StatsNames n = play_catalogue_names(c);
  const char *words = n.question(n.ud, m->pack_id, m->lesson_id, m->question_id);
  return words ? words : m->question_id; /* a question the lesson no longer asks */
}

static void missed_chart(App *app, Panel *p, StatsPeriod period) {
  StatsMissed rows[8];
  int n = stats_missed(app->visit.stats, period, rows, 8);
  const UiWords *w = app_words(app);
  app->ndash_unnamed = 0;
  for (int i = 0; i < n; i++) {
    PanelBar *b = &p->bars[p->nbars++];
    /* the question first: a long lesson title is what gets cut to one line */
    b->label = app_printf(app, "%s · %s", question_words(app, &rows[i]),
                          title_of(app, rows[i].pack_id, rows[i].lesson_id));
    b->a = rows[i].answers;
    b->b = rows[i].wrong;
    b->value = app_format(app, w->wrong_of, rows[i].wrong, rows[i].answers);
  }
  if (n && rows[0].common_wrong[0]) /* the option ids are the pack author's, and short */
    p->text = app_printf(app, "%s: %s", question_words(app, &rows[0]), rows[0].common_wrong);
}

bool dashboard_learn_next(App *app) {
  if (app->state != APP_STATS || app->dash_tab != TAB_MISSED || app->ndash_unnamed == 0 || !app->dash_names)
    return false;
  app->ndash_unnamed--;
  play_catalogue_learn(app->dash_names, app->dash_unnamed[app->ndash_unnamed].pack_id,
                       app->dash_unnamed[app->ndash_unnamed].lesson_id);
  app_refresh(app); /* the chart is built again, with this lesson's words */
  return true;
}

void dashboard_forget(App *app) {
  play_catalogue_free(app->dash_names);
  app->dash_names = NULL;
  app->ndash_unnamed = 0;
}

static void languages_chart(App *app, Panel *p, StatsPeriod period) {
  StatsLanguage rows[PANEL_MAX_BARS];
  int n = stats_languages(app->visit.stats, period, rows, PANEL_MAX_BARS);
  const UiWords *w = app_words(app);
  p->legend_a = w->started;
  p->legend_b = w->finished;
  for (int i = 0; i < n; i++) {
    PanelBar *b = &p->bars[p->nbars++];
    b->label = app_printf(app, "%s", rows[i].lang);
    b->a = rows[i].runs;
    b->b = rows[i].completions;
    b->value = rows[i].average_score < 0
                   ? app_printf(app, "%d / %d", rows[i].completions, rows[i].runs)
                   : app_printf(app, "%d / %d · %.0f%%", rows[i].completions, rows[i].runs, rows[i].average_score);
  }
}

void dashboard_build(App *app, Panel *p) {
  const UiWords *w = app_words(app);
  p->kind = PANEL_CHART;
  const char *tabs[TABS] = {w->tab_lessons, w->tab_weeks, w->tab_scores, w->tab_missed, w->tab_languages};
  if (app->state == APP_EXPORT) { /* new records only (the usual), or everything */
    long fresh = app->visit.stats ? stats_unexported_runs(app->visit.stats) : 0;
    p->kind = PANEL_MESSAGE;
    p->title = w->export;
    p->text = app_format(app, w->export_choice, (int)(fresh > INT32_MAX ? INT32_MAX : fresh), 0);
    p->buttons[p->nbuttons++] = w->export_new;
    p->buttons[p->nbuttons++] = w->export_all;
    p->buttons[p->nbuttons++] = w->cancel;
    return;
  }
  for (int i = 0; i < TABS; i++) p->tabs[p->ntabs++] = tabs[i];
  p->tab = app->dash_tab;
  const char *period_names[] = {w->period_all, w->period_30, w->period_7};
  p->buttons[p->nbuttons++] = w->back;
  p->buttons[p->nbuttons++] = period_names[app->dash_period];
  if (app->opt.usb_dir) p->buttons[p->nbuttons++] = w->export;
  if (!app->visit.stats) {
    p->title = w->stats;
    p->text = w->stats_off;
    return;
  }
  StatsPeriod period = {periods[app->dash_period]};
  p->title = tabs[app->dash_tab];
  switch (app->dash_tab) {
  case TAB_LESSONS: lessons_chart(app, p, period, false); break;
  case TAB_WEEKS: weeks_chart(app, p, period); break;
  case TAB_SCORES: lessons_chart(app, p, period, true); break;
  case TAB_MISSED: missed_chart(app, p, period); break;
  default: languages_chart(app, p, period); break;
  }
  if (p->nbars == 0) p->text = w->no_data;
  /* the take-home cards shown in the period, as `kiosk stats summary` counts them */
  long cards = stats_cards(app->visit.stats, period);
  p->notice = app_format(app, w->cards_shown, (int)(cards > INT32_MAX ? INT32_MAX : cards), 0);
  const char *notice = dashboard_notice(app, false);
  if (notice) p->text = p->text ? app_printf(app, "%s\n%s", notice, p->text) : notice;
}

/* Long before the card fills: the statistics near the staff's cap, or the card itself
   is nearly full. Pruning frees only what was exported, so the advice is to export. */
static const char *storage_notice(App *app, StatsStore *st, bool brief) {
  StatsStorage s;
  if (!stats_storage(st, &s)) return NULL;
  const char *why = NULL;
  const int64_t mb = 1024 * 1024;
  int cap = app->config.stats_max_mb;
  if (cap > 0 && s.bytes >= (int64_t)cap * mb / 100 * DASHBOARD_CAP_WARN_PERCENT)
    why = app_format(app, app_words(app)->stats_near_cap, (int)((s.bytes + mb - 1) / mb), cap);
  else if (s.free_bytes >= 0 && s.free_bytes < DASHBOARD_CARD_LOW_MB * mb)
    why = app_format(app, app_words(app)->card_low, (int)(s.free_bytes / mb), 0);
  return why && brief ? app_words(app)->storage_brief : why;
}

const char *dashboard_notice(App *app, bool brief) {
  StatsStore *st = app->visit.stats;
  if (!st) return NULL;
  int lost = stats_lost_records(st);
  if (lost > 0) {
    const char *count = app_format_n(app, app_words(app)->stats_lost, app_words(app)->stats_lost_one, lost, 0);
    /* a read-only card is said even in brief: it is what staff must act on */
    return brief && !stats_read_only(st) ? count : app_printf(app, "%s: %s", count, stats_lost_reason(st));
  }
  if (stats_warning(st)) return stats_warning(st);
  return storage_notice(app, st, brief);
}

/* After an export the records it holds are safe on the stick: those older than the
   staff's retention time leave the card (their totals stay). */
static void prune_after_export(App *app) {
  Error err;
  int64_t removed = stats_prune(app->visit.stats, app->config.stats_keep_days, &err);
  if (removed < 0) app_log(app, "statistics: old records not removed: %s", err.msg);
  else if (removed > 0)
    app_log(app, "statistics: %lld exported lesson runs older than %d days removed (their totals are kept)",
            (long long)removed, app->config.stats_keep_days);
}

static void export_to_stick(App *app, bool full) {
  const UiWords *w = app_words(app);
  StatsExportResult res = {0};
  Error err;
  app->pin_note = NULL;
  if (!app->visit.stats) {
    app->pin_note = w->stats_off;
  } else if (!fs_is_dir(app->opt.usb_dir)) {
    app->pin_note = w->no_stick;
  } else {
    /* "safe to remove" only after every file is synced and the stick unmounted */
    char *health = survive_report(app); /* the kiosk's last bad exits go with the numbers */
    StatsExportOptions opt = {.full = full, .health = health};
    bool ok = usb_request_writable(app, &err) && stats_export(app->visit.stats, app->opt.usb_dir, &opt, &res, &err) &&
              usb_request_eject(app, &err);
    if (ok)
      app_log(app, "statistics exported to %s: %s, %lld lesson runs", res.dir,
              res.incremental ? "the records since the last export" : "every record", (long long)res.runs);
    else app_log(app, "statistics export: %s", err.msg);
    if (ok) prune_after_export(app);
    app->pin_note = ok ? w->export_done : w->export_failed;
    free(health);
  }
  stats_export_result_free(&res);
  app_show(app, APP_STAFF); /* the staff menu shows the outcome as its note */
}

void dashboard_action(App *app, int action) {
  if (app->state == APP_EXPORT) {
    if (action == UI_ACT_BUTTON || action == UI_ACT_BUTTON + 1) export_to_stick(app, action == UI_ACT_BUTTON + 1);
    else app_show(app, APP_STATS);
    return;
  }
  if (action >= UI_ACT_TAB && action < UI_ACT_TAB + TABS) {
    app->dash_tab = action - UI_ACT_TAB;
    app_refresh(app);
  } else if (action == UI_ACT_BUTTON + BUTTON_PERIOD) {
    app->dash_period = (app->dash_period + 1) % (int)(sizeof periods / sizeof periods[0]);
    app_refresh(app);
  } else if (action == UI_ACT_BUTTON + BUTTON_EXPORT) {
    app_show(app, APP_EXPORT);
  } else if (action == UI_ACT_BUTTON + BUTTON_BACK) {
    app_show(app, APP_STAFF);
  }
}
