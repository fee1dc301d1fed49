/* learner.c — the screens a learner sees: attract, languages, the lesson menu, the
   content note, lessons (with Help and Leave), a lesson's problem, and the countdown. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/internal.h"
#include "core/fs.h"
#include "core/mem.h"
#include "help/help.h"
#include "play/play.h"

/* ---- topics and names ------------------------------------------------------------------- */

/* TOPIC_START first: the pack's suggested "start here" lessons (pack.lua path.start). */
enum { TOPIC_START, TOPIC_FRAUD, TOPIC_ACCOUNTS, TOPIC_MIGRATION, TOPIC_HELP, TOPIC_OTHER, TOPIC_COUNT };

static int topic_of(const char *topic) {
  static const struct { const char *name; int topic; } map[] = {
      {"fraud", TOPIC_FRAUD},         {"scams", TOPIC_FRAUD},         {"accounts", TOPIC_ACCOUNTS},
      {"cyber", TOPIC_ACCOUNTS},      {"migration", TOPIC_MIGRATION}, {"trafficking", TOPIC_MIGRATION},
      {"help", TOPIC_HELP},           {"review", TOPIC_HELP},
  };
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strcmp(map[i].name, topic) == 0) return map[i].topic;
  return TOPIC_OTHER;
}

static const char *topic_name(const App *app, int topic) {
  const UiWords *w = app_words(app);
  const char *start = strings_get(app->words[app->lang].table, "ui.start_here");
  const char *names[TOPIC_COUNT] = {start ? start : "Start here", w->topic_fraud, w->topic_accounts,
                                    w->topic_migration, w->topic_help, w->topic_other};
  return names[topic];
}

static Icon topic_icon(int topic) {
  static const Icon icons[TOPIC_COUNT] = {ICON_TICK, ICON_CHAT, ICON_LOCK, ICON_SHIELD, ICON_HELP, ICON_STAR};
  return icons[topic];
}

/* Where a lesson stands in its pack's suggested path (pack.lua path): the start set
   first, then the order of the rest. */
static int path_rank(const PackInfo *info, int lesson) {
  for (int i = 0; i < info->npath; i++)
    if (info->path[i] == lesson) return i;
  return info->nlessons;
}

/* Each language named in its own script, so a learner finds theirs without reading
   English. */
static const char *language_name(const char *code) {
  static const struct { const char *code, *name; } names[] = {
      {"en", "English"}, {"ms", "Bahasa Melayu"}, {"th", "ไทย"}, {"ne", "नेपाली"},
      {"id", "Bahasa Indonesia"}, {"tl", "Filipino"}, {"km", "ខ្មែរ"}, {"my", "မြန်မာ"},
      {"bn", "বাংলা"}, {"hi", "हिन्दी"}, {"vi", "Tiếng Việt"},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(names[i].code, code) == 0) return names[i].name;
  return code;
}

/* The lesson's title in the learner's language (then English, then its id). */
static const char *lesson_title(App *app, const MenuEntry *e) {
  const LibraryPack *p = &app->library->packs[e->pack];
  if (!p->info || e->lesson < 0) return path_basename(p->dir);
  const char *s = app_lesson_title(app, e->pack, e->lesson);
  return s ? s : p->info->lessons[e->lesson].id;
}

/* ---- the menu ------------------------------------------------------------------------- */

static bool menu_before(const MenuEntry *a, const MenuEntry *b) {
  if (a->topic != b->topic) return a->topic < b->topic;
  if (a->pack != b->pack) return a->pack < b->pack;
  return a->rank < b->rank;
}

void learner_build_menu(App *app) {
  visit_forget(app); /* the lessons are listed anew */
  free(app->entries);
  int cap = 1;
  for (int i = 0; i < app->library->npacks; i++)
    cap += app->library->packs[i].info ? app->library->packs[i].info->nlessons : 1;
  app->entries = xcalloc((size_t)cap, sizeof(MenuEntry));
  app->nentries = 0;
  for (int i = 0; i < app->library->npacks; i++) {
    const LibraryPack *p = &app->library->packs[i];
    if (p->disabled) continue; /* staff switched it off */
    if (!p->info) { /* shown as unavailable, so staff notice it */
      app->entries[app->nentries++] = (MenuEntry){i, -1, TOPIC_OTHER, false, 0, 0, NULL};
      continue;
    }
    for (int k = 0; k < p->info->nlessons; k++) {
      int rank = path_rank(p->info, k);
      int topic = rank < p->info->nstart ? TOPIC_START : topic_of(p->info->lessons[k].topic);
      app->entries[app->nentries++] = (MenuEntry){i, k, topic, false, 0, rank, NULL};
    }
  }
  /* pages: "start here" first, then topics in a fixed order; within a page the packs'
     order, each pack's lessons in its suggested path; at most APP_CARDS_PER_PAGE each */
  for (int i = 1; i < app->nentries; i++)
    for (int k = i; k > 0 && menu_before(&app->entries[k], &app->entries[k - 1]); k--) {
      MenuEntry t = app->entries[k];
      app->entries[k] = app->entries[k - 1];
      app->entries[k - 1] = t;
    }
  app->npages = 0;
  for (int i = 0; i < app->nentries && app->npages < APP_MAX_MENU_PAGES;) {
    int topic = app->entries[i].topic, count = 0;
    while (i + count < app->nentries && app->entries[i + count].topic == topic && count < APP_CARDS_PER_PAGE)
      count++;
    app->pages[app->npages++] = (MenuPage){topic, i, count};
    i += count;
  }
}

static void build_menu_panel(App *app, Panel *p) {
  const UiWords *w = app_words(app);
  p->kind = PANEL_MENU;
  if (app->npages == 0) {
    p->kind = PANEL_MESSAGE;
    p->title = w->unavailable;
    p->text = w->help_none;
    return;
  }
  if (app->page >= app->npages) app->page = 0;
  const MenuPage *page = &app->pages[app->page];
  p->title = topic_name(app, page->topic);
  p->page = app->page + 1;
  p->pages = app->npages;
  p->extra = w->text_size;
  p->tally = visit_tally(app);
  p->end_visit = w->end_visit;
  p->extra_on = app->large_text;
  for (int i = 0; i < page->count && i < PANEL_MAX_ITEMS; i++) {
    const MenuEntry *e = &app->entries[page->first + i];
    const LibraryPack *pack = &app->library->packs[e->pack];
    PanelItem *it = &p->items[p->nitems++];
    it->label = lesson_title(app, e);
    it->icon = topic_icon(e->topic);
    it->done = e->done;
    bool ok = pack->info && e->lesson >= 0 && library_lesson_ok(pack, &pack->info->lessons[e->lesson]);
    it->disabled = !ok;
    if (!ok) {
      it->detail = w->unavailable;
      continue;
    }
    const PackLesson *l = &pack->info->lessons[e->lesson];
    it->detail = app_format(app, w->minutes, l->minutes, 0);
    Icon drawn = icon_named(l->icon);
    if (drawn != ICON_COUNT) {
      it->icon = drawn;
    } else if (l->icon) {
      char *path = path_join(pack->dir, "assets");
      char *icon = path_join(path, l->icon);
      if (fs_is_file(icon)) it->icon_path = app_printf(app, "%s", icon);
      free(icon);
      free(path);
    }
  }
}

/* ---- building the view ----------------------------------------------------------------------- */

static void build_countdown(App *app, Panel *p) {
  const UiWords *w = app_words(app);
  int left = APP_COUNTDOWN_S - (int)((app->now - app->countdown_start) / 1000);
  p->kind = PANEL_COUNTDOWN;
  p->title = w->still_there;
  p->countdown = left < 0 ? 0 : left;
  p->text = app_format_n(app, w->still_there_text, w->still_there_text_one, p->countdown, 0);
  p->buttons[p->nbuttons++] = w->im_here;
}

/* two columns of three cards fit 800x480 in every language; with large text, two of two */
#define HELP_MAX_SHOWN 6
#define HELP_MAX_SHOWN_LARGE 4
#define HELP_MIN_SHOWN 2 /* the emergency line and the embassy */

/* Get help: the lines of help_get_help_list, named in the learner's language, each with
   what it is for and when it is open; then the learner's embassy (or, where no source
   gave one, a line saying to ask staff). */
static void build_help(App *app, Panel *p, int shown) {
  const UiWords *w = app_words(app);
  const char *lang = app->langs[app->lang];
  HelpWords hw = {app->words[app->lang].table, NULL};
  p->kind = PANEL_HELP;
  p->title = w->help_title;
  const struct { const char *topic, *word; } topics[] = {
      {"trafficking", w->help_trafficking}, {"scam", w->help_scam}, {"child", w->help_child},
      {"cyber", w->help_cyber}, {"women", w->help_women}, {"emergency", w->help_emergency},
      {"removal", help_word(&hw, "ui.help_removal", "Removing a photo")},
      {"embassy", help_word(&hw, "ui.help_embassy", "Your country's embassy")},
  };
  bool unknown = help_embassy_unknown(&app->config, lang);
  HelpEntry e[HELP_MAX_ENTRIES];
  int n = help_get_help_list(&app->config, lang, e, shown - (unknown ? 1 : 0));
  for (int i = 0; i < n; i++) {
    const char *topic = e[i].topic;
    for (size_t k = 0; k < sizeof topics / sizeof topics[0]; k++)
      if (strcmp(topics[k].topic, e[i].topic) == 0) topic = topics[k].word;
    char *hours = help_note(e[i].line, &hw);
    PanelItem *it = &p->items[p->nitems++];
    it->label = help_name(e[i].line, &hw);
    it->detail = e[i].line->number;
    it->note = *hours ? app_printf(app, "%s · %s", topic, hours) : topic;
    free(hours);
  }
  if (unknown) {
    PanelItem *it = &p->items[p->nitems++];
    it->note = help_word(&hw, "ui.help_embassy", "Your country's embassy");
    it->label = help_word(&hw, "ui.help_embassy_none", "Ask a staff member here for your embassy's number.");
    it->detail = "";
  }
  p->text = p->nitems ? w->help_text : w->help_none;
  if (app->back == APP_LANGUAGE && app->nlangs > 1) /* no language chosen yet: one tap to theirs */
    for (int i = 0; i < app->nlangs && i < PANEL_MAX_LINES; i++) p->switch_langs[p->nswitch++] = language_name(app->langs[i]);
  p->switch_on = app->lang;
  p->buttons[p->nbuttons++] = w->close;
  if (p->nitems) p->buttons[p->nbuttons++] = w->card_button; /* the lines to take home */
}

static bool overflows(const UiView *v) {
  char *problems[4];
  int n = ui_view_problems(v, problems, 4);
  for (int i = 0; i < n; i++) free(problems[i]);
  return n > 0;
}

/* Get help with as many lines as fit: a longer language, a host country with more
   lines or large text takes more room, and the topics' last lines give way first (the
   emergency line and the embassy keep their places). */
static void build_help_that_fits(App *app, Panel *p, UiFrame frame) {
  frame.speaker = voice_available(app); /* as on every learner screen */
  frame.speaking = voice_speaking(app);
  app->frame = frame;
  for (int shown = app->large_text ? HELP_MAX_SHOWN_LARGE : HELP_MAX_SHOWN;; shown--) {
    memset(p, 0, sizeof *p);
    p->progress = -1;
    build_help(app, p, shown);
    ui_view_free(app->panel_view);
    app->panel_view = ui_panel_view_new(app->ui, p, &app->frame, app->opt.width, app->opt.height, app->shown_at);
    if (shown <= HELP_MIN_SHOWN || !overflows(app->panel_view)) break;
  }
  app->view = app->panel_view;
}

static void lesson_frame(App *app) {
  int progress = -1;
  const MenuEntry *e = app->entry >= 0 ? &app->entries[app->entry] : NULL;
  const Screen *s = learner_screen(app);
  bool result = s && s->kind == SCREEN_RESULT;
  if (result) progress = 100;
  else if (e && e->estimate > 0) progress = (play_session_screens(app->session) - 1) * 100 / e->estimate;
  if (progress > 95 && !result) progress = 95; /* the estimate may be short: never look done */
  app->frame = (UiFrame){.title = app->lesson_title, .progress = progress, .help_button = true,
                         .exit_button = true, .speaker = voice_available(app), .speaking = voice_speaking(app),
                         .badge = result && app->badge_new};
}

void learner_build(App *app) {
  Panel *p = &app->panel;
  memset(p, 0, sizeof *p);
  p->progress = -1;
  const UiWords *w = app_words(app);
  UiFrame frame = {.progress = -1};
  if (app->countdown) {
    build_countdown(app, p);
  } else {
    switch (app->state) {
    case APP_ATTRACT:
      p->kind = PANEL_ATTRACT;
      p->title = w->welcome_title;
      p->text = w->welcome_text;
      for (int i = 0; i < app->nlangs && i < PANEL_MAX_LINES; i++) p->lines[p->nlines++] = app->words[i].ui.touch_start;
      if (app->nusb) p->notice = w->usb_staff_only;
      p->highlight = p->nlines > 1 && app->now - app->shown_at < APP_ATTRACT_ANIM_MS
                         ? (int)((app->now - app->shown_at) / APP_ATTRACT_STEP_MS) % p->nlines
                         : 0;
      break;
    case APP_LANGUAGE:
      p->kind = PANEL_LANGUAGES;
      p->title = w->choose_language;
      for (int i = 0; i < app->nlangs && i < CONFIG_MAX_LANGUAGES; i++) p->items[p->nitems++].label = language_name(app->langs[i]);
      if (voice_available(app)) {
        p->toggle = w->read_aloud;
        p->toggle_on = app->read_aloud;
      }
      frame = (UiFrame){.title = w->welcome_title, .progress = -1, .help_button = true};
      break;
    case APP_MENU:
      build_menu_panel(app, p);
      if (app->nusb) p->notice = w->usb_staff_only;
      frame = (UiFrame){.title = w->welcome_title, .progress = -1, .help_button = true,
                        .exit_button = app->nlangs > 1, .exit_label = w->language};
      break;
    case APP_NOTE:
      p->kind = PANEL_MESSAGE;
      p->title = w->note_title;
      p->text = w->note_text;
      p->buttons[p->nbuttons++] = w->start;
      p->buttons[p->nbuttons++] = w->not_now;
      frame = (UiFrame){.title = app->lesson_title, .progress = -1, .help_button = true};
      break;
    case APP_PROBLEM:
      p->kind = PANEL_MESSAGE;
      p->title = w->problem_title;
      p->text = w->problem_text;
      p->buttons[p->nbuttons++] = w->back;
      frame = (UiFrame){.title = w->welcome_title, .progress = -1, .help_button = true};
      break;
    case APP_HELP:
      build_help_that_fits(app, p, (UiFrame){.title = w->help_title, .progress = -1});
      return;
    case APP_CARD:
      visit_build_card(app, p);
      frame = (UiFrame){.title = w->help_title, .progress = -1};
      break;
    case APP_SUMMARY:
      visit_build_summary(app, p);
      frame = (UiFrame){.title = w->welcome_title, .progress = -1, .help_button = true};
      break;
    case APP_LEAVE:
      p->kind = PANEL_MESSAGE;
      p->title = w->leave_title;
      p->text = w->leave_text;
      p->buttons[p->nbuttons++] = w->leave_no;
      p->buttons[p->nbuttons++] = w->leave_yes;
      frame = (UiFrame){.title = app->lesson_title, .progress = -1, .help_button = true};
      break;
    case APP_LESSON:
      if (!app->lesson_view && learner_screen(app)) {
        lesson_frame(app);
        char *assets = path_join(app->src->pack_dir, "assets");
        app->lesson_view = ui_view_new(app->ui, learner_screen(app), &app->frame, app->opt.width,
                                       app->opt.height, assets, app->now);
        free(assets);
      }
      ui_view_free(app->panel_view);
      app->panel_view = NULL;
      app->view = app->lesson_view;
      return;
    default:
      break;
    }
  }
  ui_view_free(app->panel_view);
  frame.speaker = voice_available(app); /* every learner screen, the same place */
  frame.speaking = voice_speaking(app);
  app->frame = frame;
  app->panel_view = ui_panel_view_new(app->ui, p, &app->frame, app->opt.width, app->opt.height, app->shown_at);
  app->view = app->panel_view;
}

/* ---- lessons ----------------------------------------------------------------------------------- */

const Screen *learner_screen(const App *app) { return play_session_screen(app->session); }

void learner_stop_lesson(App *app, PlayLeave why) {
  if (app->session) play_session_leave(app->session, why, app->now);
  play_session_free(app->session, app->now);
  app->session = NULL;
  ui_view_free(app->lesson_view);
  app->lesson_view = NULL;
  lesson_source_free(app->src);
  app->src = NULL;
  free(app->lesson_title);
  app->lesson_title = NULL;
  voice_stop(app);
}

void learner_play_narration(App *app) {
  char *path = play_session_narration(app->session);
  if (!path) return;
  voice_stop(app); /* one voice */
  Error err;
  if (app->audio && !audio_play(app->audio, path, &err)) app_log(app, "%s", err.msg);
  app->read_due = false; /* the pack's recording is this screen's reading */
  free(path);
}

/* Shows where the session is after a step: the next screen, the menu when the lesson
   is over, or a kind word when it broke (the reason goes to the log for staff). */
static void show_step(App *app, PlayStep step, const Error *err) {
  ui_view_free(app->lesson_view);
  app->lesson_view = NULL;
  if (step == PLAY_SHOW) {
    const Screen *s = learner_screen(app);
    bool result = s && s->kind == SCREEN_RESULT;
    if (result) visit_lesson_finished(app, s); /* its badge, earned now */
    app_show(app, APP_LESSON);
    if (result) {
      voice_sound(app, AUDIO_FINISHED);
      visit_card_shown(app); /* the take-home card, counted */
    }
    learner_play_narration(app);
    return;
  }
  if (step == PLAY_FINISHED) {
    learner_stop_lesson(app, PLAY_LEFT); /* already recorded as completed */
    app_show(app, APP_MENU);
    return;
  }
  app_log(app, "%s", err->msg);
  learner_stop_lesson(app, PLAY_LEFT);
  app_show(app, APP_PROBLEM);
}

static void start_lesson(App *app, bool noted) {
  MenuEntry *e = &app->entries[app->entry];
  const LibraryPack *pack = &app->library->packs[e->pack];
  const PackLesson *l = &pack->info->lessons[e->lesson];
  learner_stop_lesson(app, PLAY_LEFT);
  app->src = lesson_source_from_pack(pack->info, l);
  app->lesson_title = xstrdup(lesson_title(app, e));
  if (l->sensitive && !noted) {
    app_show(app, APP_NOTE);
    return;
  }
  LessonVar vars[PLAY_MAX_LESSON_VARS];
  int nvars = play_lesson_vars(&app->config, vars, PLAY_MAX_LESSON_VARS);
  render_trim(app->render); /* the lesson's process is forked from this one */
  if (e->estimate == 0)
    e->estimate = play_estimate_screens(app->src, app->langs[app->lang], app->config.country, vars, nvars);
  PlaySessionOptions opt = {.src = app->src, .lang = app->langs[app->lang], .country = app->config.country,
                            .seed = app->now ^ 0x5DEECE66Dull,
                            .vars = vars, .nvars = nvars, .visit = &app->visit,
                            .pack_id = pack->info->id, .pack_version = pack->info->version};
  Error err = {{0}};
  PlayStep step = PLAY_FAILED;
  app->session = play_session_start(&opt, app->now, &step, &err);
  show_step(app, step, &err);
}

void learner_lesson_event(App *app, UiEvent e) {
  switch (e) {
  case UI_ANSWERED: {
    Answer a;
    Error err = {{0}};
    if (ui_view_answer(app->lesson_view, &a)) show_step(app, play_session_answer(app->session, &a, app->now, &err), &err);
    break;
  }
  case UI_FEEDBACK: {
    Answer a;
    if (ui_view_answer(app->lesson_view, &a)) play_session_feedback(app->session, &a, app->now);
    voice_feedback(app);
    break;
  }
  case UI_HELP:
    app->back = APP_LESSON;
    app_show(app, APP_HELP);
    break;
  case UI_EXIT:
    app_show(app, APP_LEAVE);
    break;
  case UI_LISTEN:
    learner_play_narration(app);
    break;
  default:
    break;
  }
}

bool learner_idle_applies(const App *app, int *limit_s) {
  switch (app->state) {
  case APP_ATTRACT:
  case APP_SUMMARY: /* it has its own short time (visit.c) */
    return false;
  case APP_LESSON: {
    const Screen *s = learner_screen(app);
    *limit_s = s && s->kind == SCREEN_RESULT ? app->config.result_idle_seconds : app->config.idle_seconds;
    return true;
  }
  default:
    *limit_s = app->config.idle_seconds;
    return true;
  }
}

/* ---- actions on the learner's panels ------------------------------------------------------------ */

/* On the picker a learner has not chosen yet: the language they touch (a finger that
   slides off chooses nothing) or move the keyboard's focus to is the best guess at
   theirs, for Get help. */
void learner_pointed(App *app) {
  if (app->state != APP_LANGUAGE || !app->view) return;
  int action = ui_view_pointed(app->view);
  if (action >= UI_ACT_ITEM && action - UI_ACT_ITEM < app->nlangs) app->picker_lang = action - UI_ACT_ITEM;
}

void learner_action(App *app, UiEvent e, int action) {
  if (e == UI_HELP) {
    app->back = app->state;
    if (app->state == APP_LANGUAGE && app->picker_lang >= 0) app_set_language(app, app->picker_lang);
    app_show(app, APP_HELP);
    return;
  }
  if (e == UI_EXIT) { /* the bar's other button: Language on the menu */
    if (app->state == APP_MENU) app_show(app, APP_LANGUAGE);
    return;
  }
  if (e != UI_ACTION) return;
  switch (app->state) {
  case APP_ATTRACT:
    play_visit_begin(&app->visit, app->now);
    app_show(app, app->nlangs > 1 ? APP_LANGUAGE : APP_MENU);
    break;
  case APP_LANGUAGE:
    if (action == UI_ACT_TOGGLE) voice_toggle(app);
    if (action >= UI_ACT_ITEM && action - UI_ACT_ITEM < app->nlangs) {
      app_set_language(app, action - UI_ACT_ITEM);
      app->page = 0;
      app_show(app, APP_MENU);
    }
    break;
  case APP_MENU:
    if (action == UI_ACT_END_VISIT) {
      visit_end(app, false);
      return;
    }
    if (action == UI_ACT_PAGE_PREV && app->page > 0) app->page--;
    else if (action == UI_ACT_PAGE_NEXT && app->page + 1 < app->npages) app->page++;
    else if (action == UI_ACT_EXTRA) {
      app->large_text = !app->large_text;
      ui_set_text_scale(app->ui, app->large_text ? 1.25f : 1.0f);
    } else if (action >= UI_ACT_ITEM && app->page < app->npages &&
               action - UI_ACT_ITEM < app->pages[app->page].count) {
      app->entry = app->pages[app->page].first + action - UI_ACT_ITEM;
      start_lesson(app, false);
      return;
    }
    app_show(app, APP_MENU); /* another page, or bigger text: a new screen under the finger */
    break;
  case APP_NOTE:
    if (action == UI_ACT_BUTTON) start_lesson(app, true);
    else {
      learner_stop_lesson(app, PLAY_LEFT);
      app_show(app, APP_MENU);
    }
    break;
  case APP_PROBLEM:
    app_show(app, APP_MENU);
    break;
  case APP_HELP:
    if (action >= UI_ACT_LANGUAGE && action - UI_ACT_LANGUAGE < app->nlangs) { /* the row: Get help in theirs */
      app->picker_lang = action - UI_ACT_LANGUAGE;
      app_set_language(app, app->picker_lang);
      app_show(app, APP_HELP);
    } else if (action == UI_ACT_BUTTON + 1) {
      app_show(app, APP_CARD);
      visit_card_shown(app);
    } else {
      app_show(app, app->back);
    }
    break;
  case APP_CARD:
    app_show(app, APP_HELP); /* back where the card was asked for */
    break;
  case APP_SUMMARY:
    app_reset_visit(app);
    break;
  case APP_LEAVE:
    if (action == UI_ACT_BUTTON + 1) {
      learner_stop_lesson(app, PLAY_LEFT);
      app_show(app, APP_MENU);
    } else {
      app_show(app, APP_LESSON);
    }
    break;
  default:
    break;
  }
}
