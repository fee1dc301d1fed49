/* play.c — one lesson, played by a person or a driver, with the checks, screenshots and
   transcript every way of playing shares. */
#include "play/play.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/mem.h"
#include "help/help.h"
#include "play/driver.h"
#include "play/internal.h"
#include "play/readaloud.h"
#include "render/input.h"
#include "screen/icon.h"

/* ---- digest sets ------------------------------------------------------------------ */

static size_t slot_of(uint64_t d, size_t cap) { return (size_t)(d ^ (d >> 31)) & (cap - 1); }

bool digest_set_has(const DigestSet *set, uint64_t d) {
  if (!set->cap) return false;
  d |= 1; /* 0 marks an empty slot */
  for (size_t i = slot_of(d, set->cap);; i = (i + 1) & (set->cap - 1)) {
    if (set->slots[i] == d) return true;
    if (set->slots[i] == 0) return false;
  }
}

bool digest_set_add(DigestSet *set, uint64_t d) {
  if (digest_set_has(set, d)) return false;
  if ((set->count + 1) * 2 > set->cap) {
    DigestSet bigger = {xcalloc(set->cap ? set->cap * 2 : 64, sizeof(uint64_t)),
                        set->cap ? set->cap * 2 : 64, 0};
    for (size_t i = 0; i < set->cap; i++)
      if (set->slots[i]) digest_set_add(&bigger, set->slots[i]);
    free(set->slots);
    *set = bigger;
  }
  d |= 1;
  size_t i = slot_of(d, set->cap);
  while (set->slots[i]) i = (i + 1) & (set->cap - 1);
  set->slots[i] = d;
  set->count++;
  return true;
}

void digest_set_free(DigestSet *set) {
  free(set->slots);
  memset(set, 0, sizeof *set);
}

/* ---- problems, screenshots, transcript -------------------------------------------- */

void player_problem(Player *p, const char *fmt, ...) {
  char line[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  for (int i = 0; i < p->nproblems; i++)
    if (strcmp(p->problems[i], line) == 0) return;
  if (p->nproblems == PLAY_MAX_PROBLEMS) return;
  p->problems[p->nproblems++] = xstrdup(line);
  log_printf(p->opt->log, "lesson %s: %s%s", p->src->file, p->opt->mode == PLAY_PERSON ? "warning: " : "",
             line);
}

static void shoot(Player *p, UiView *v, const Screen *s, const char *suffix) {
  if (!p->opt->screenshots || !p->render) return;
  ui_view_draw(v, p->render, 0);
  char name[256];
  snprintf(name, sizeof name, "%s-%s-%dx%d-%03d-%s%s%s.png", p->src->lesson_id, p->lang,
           p->width, p->height, ++p->shot, screen_kind_name(s->kind),
           suffix ? "-" : "", suffix ? suffix : "");
  char *path = path_join(p->opt->screenshots, name);
  Error err;
  if (!render_screenshot(p->render, path, &err)) player_problem(p, "%s", err.msg);
  free(path);
}

static void check_asset(Player *p, const char *name, const char *what) {
  if (!name) return;
  char *path = path_join(p->asset_dir, name);
  if (!fs_is_file(path)) player_problem(p, "%s 'assets/%s' is missing", what, name);
  free(path);
}

/* A result's help topic, for the pack checker's test against the catalogue. */
static void note_help_topic(Player *p, const char *topic) {
  for (int i = 0; i < p->nhelp_topics; i++)
    if (strcmp(p->help_topics[i], topic) == 0) return;
  if (p->nhelp_topics == PLAY_MAX_HELP_TOPICS) {
    player_problem(p, "results name more than %d help topics", PLAY_MAX_HELP_TOPICS);
    return;
  }
  snprintf(p->help_topics[p->nhelp_topics++], sizeof p->help_topics[0], "%s", topic);
}

/* Checks and photographs a screen the first time it is seen. */
static void observe(Player *p, const Screen *s) {
  p->screens++;
  if (p->transcript) {
    Buf b = {0};
    screen_to_json(s, &b);
    fprintf(p->transcript, "%s\n", b.data);
    buf_free(&b);
  }
  if (!digest_set_add(&p->checked, screen_digest(s))) return;
  if (s->kind == SCREEN_RESULT && s->help) note_help_topic(p, s->help);
  if (p->opt->mode != PLAY_PERSON && !p->opt->no_checks) {
    for (int k = -1; k < p->opt->nfit_sizes && k < PLAY_MAX_FIT_SIZES; k++) {
      char *problems[16];
      int w = k < 0 ? p->width : p->opt->fit_sizes[k][0], h = k < 0 ? p->height : p->opt->fit_sizes[k][1];
      int n = ui_check_fit(p->ui, s, &p->frame, w, h, problems, 16);
      for (int i = 0; i < n; i++) {
        player_problem(p, "text does not fit: %s", problems[i]);
        free(problems[i]);
      }
    }
    if (icon_named(s->image) == ICON_COUNT) check_asset(p, s->image, "image"); /* not drawn */
    check_asset(p, s->audio, "narration");
  }
  if (p->opt->screenshots && p->render) {
    UiView *v = ui_view_new(p->ui, s, &p->frame, p->width, p->height, p->asset_dir, 0);
    ui_view_settle(v);
    shoot(p, v, s, NULL);
    ui_view_free(v);
  }
}

static uint64_t answer_digest(const Screen *s, const Answer *a) {
  return screen_digest(s) ^ ((uint64_t)(a->choice + 7) * 0x9E3779B97F4A7C15ull) ^
         ((uint64_t)a->picked << 17) ^ ((uint64_t)a->misses << 48);
}

static void observe_answer(Player *p, const Screen *s, const Answer *a) {
  p->answers++;
  if (p->transcript) {
    Buf b = {0};
    answer_to_json(s, a, &b);
    fprintf(p->transcript, "%s\n", b.data);
    buf_free(&b);
  }
  if (!screen_has_feedback(s) || a->status != ANSWER_GIVEN || !p->opt->screenshots || !p->render) return;
  if (!digest_set_add(&p->checked, answer_digest(s, a))) return;
  UiView *v = ui_view_new(p->ui, s, &p->frame, p->width, p->height, p->asset_dir, 0);
  ui_view_show_answer(v, a);
  shoot(p, v, s, "feedback");
  ui_view_free(v);
}

static void take_warnings(Player *p, const PlaySession *s) {
  int n = play_session_warning_count(s);
  for (; p->warnings_seen < n; p->warnings_seen++) {
    const char *w = play_session_warning(s, p->warnings_seen);
    if (strncmp(w, "print: ", 7) == 0) log_printf(p->opt->log, "lesson %s: %s", p->src->file, w);
    else player_problem(p, "%s", w);
  }
}

static void tell(Player *p, const PlayEvent *e) {
  if (p->opt->observe) p->opt->observe(p->opt->observe_ud, e);
}

static PlaySessionOptions session_options(Player *p) {
  PlaySessionOptions so = {.src = p->src, .lang = p->lang, .country = p->config.country, .seed = 1,
                           .vars = p->vars, .nvars = p->nvars,
                           .visit = p->visit.stats ? &p->visit : NULL,
                           .pack_id = p->pack ? p->pack->id : NULL,
                           .pack_version = p->pack ? p->pack->version : NULL};
  if (p->opt->mode == PLAY_PERSON) so.seed = (uint64_t)time(NULL); /* variety for people */
  return so;
}

LessonStatus player_run(Player *p, Chooser choose, void *ud, Error *err) {
  PlaySessionOptions so = session_options(p);
  so.run = p->first_run;
  p->first_run = NULL;
  PlayStep step;
  PlaySession *s = play_session_start(&so, input_ticks(), &step, err);
  if (!s) return LESSON_FAILED;
  p->session = s;
  p->runs++;
  p->warnings_seen = 0;
  if (p->transcript) fprintf(p->transcript, "{\"run\":%d,\"lang\":\"%s\"}\n", p->runs, p->lang);
  tell(p, &(PlayEvent){.kind = PLAY_EVENT_RUN});
  for (int i = 0; step == PLAY_SHOW; i++) {
    take_warnings(p, s);
    const Screen *screen = play_session_screen(s);
    observe(p, screen);
    tell(p, &(PlayEvent){.kind = PLAY_EVENT_SCREEN, .screen = screen});
    SpeechItem items[READALOUD_MAX];
    char what[64], fmt[128];
    if (p->speech) {
      snprintf(what, sizeof what, "screen %d %s", p->screens, screen_kind_name(screen->kind));
      ReadAloudShown shown = {.help = ui_helpline_for(p->ui, screen->help), .meter = -1};
      player_speak(p, items, readaloud_screen(screen, &shown, &p->words.ui, p->lang, items, READALOUD_MAX), what);
    }
    Answer a;
    if (!choose(p, screen, i, &a, ud, err)) {
      step = PLAY_FAILED; /* the driver could not answer: its reason is in err */
      break;
    }
    observe_answer(p, screen, &a);
    tell(p, &(PlayEvent){PLAY_EVENT_ANSWER, screen, &a, false, p->shown_scrolls});
    if (p->speech && a.status == ANSWER_GIVEN && screen_has_feedback(screen)) {
      snprintf(what, sizeof what, "feedback %d %s", p->screens, screen_kind_name(screen->kind));
      player_speak(p, items,
                   readaloud_feedback(screen, &a, &p->words.ui, p->lang, fmt, sizeof fmt, items, READALOUD_MAX),
                   what);
    }
    step = play_session_answer(s, &a, input_ticks(), err);
  }
  take_warnings(p, s);
  if (step == PLAY_FINISHED && p->screens == 0)
    player_problem(p, "the lesson ended without showing a single screen");
  if (p->transcript)
    fprintf(p->transcript, "{\"end\":\"%s\"}\n", step == PLAY_FAILED ? "error" : "done");
  tell(p, &(PlayEvent){.kind = PLAY_EVENT_END, .failed = step == PLAY_FAILED});
  play_session_free(s, input_ticks());
  p->session = NULL;
  return step == PLAY_FAILED ? LESSON_FAILED : LESSON_DONE;
}

/* ---- a person at the window --------------------------------------------------------- */

static void present(Player *p, UiView *v) {
  ui_view_draw(v, p->render, input_ticks());
  render_present(p->render);
}

/* The Get help page: the lines of help_get_help_list in the learner's language. */
static Screen *help_screen(Player *p) {
  Screen *s = screen_new(SCREEN_PAGE);
  s->title = arena_strdup(s->arena, p->words.ui.get_help);
  Buf b = {0};
  buf_adds(&b, "");
  HelpWords w = {p->words.table, NULL};
  HelpEntry e[HELP_MAX_ENTRIES];
  int n = help_get_help_list(&p->config, p->lang, e, HELP_MAX_ENTRIES);
  for (int i = 0; i < n; i++) {
    char *note = help_note(e[i].line, &w);
    buf_printf(&b, "%s%s: %s%s%s%s", i ? "\n" : "", help_name(e[i].line, &w), e[i].line->number,
               *note ? " (" : "", note, *note ? ")" : "");
    free(note);
  }
  if (help_embassy_unknown(&p->config, p->lang))
    buf_printf(&b, "%s%s", b.len ? "\n" : "", help_word(&w, "ui.help_embassy_none", "Ask a staff member here for your embassy's number."));
  s->text = arena_strdup(s->arena, b.len ? b.data : p->words.ui.need_help);
  buf_free(&b);
  return s;
}

static bool show_help(Player *p);

/* Shows s until the learner answers; fills a. Returns false when the window closed. */
static bool person_answer(Player *p, const Screen *s, const UiFrame *frame, Answer *a) {
  UiView *v = ui_view_new(p->ui, s, frame, p->width, p->height, p->asset_dir, input_ticks());
  present(p, v);
  if (p->bench_first_frame) {
    p->stop = true;
    ui_view_free(v);
    return false;
  }
  uint64_t idle_end = p->bench_idle_s ? input_ticks() + (uint64_t)p->bench_idle_s * 1000u : 0;
  bool answered = false;
  while (!answered) {
    int wake = ui_view_wake_ms(v, input_ticks());
    if (idle_end) {
      uint64_t now = input_ticks();
      if (now >= idle_end) break;
      int left = (int)(idle_end - now);
      if (wake < 0 || wake > left) wake = left;
    }
    Input in;
    if (!input_wait(p->render, wake, &in)) {
      present(p, v); /* an animation step is due */
      continue;
    }
    if (in.kind == INPUT_QUIT) break;
    UiEvent e = ui_view_input(v, &in, input_ticks());
    p->shown_scrolls = ui_view_scrolls(v);
    switch (e) {
    case UI_FEEDBACK: { /* recorded now, as the kiosk does, in case the window closes */
      Answer given;
      if (ui_view_answer(v, &given)) play_session_feedback(p->session, &given, input_ticks());
      present(p, v);
      break;
    }
    case UI_CHANGED:
      present(p, v);
      break;
    case UI_ANSWERED:
      answered = ui_view_answer(v, a);
      break;
    case UI_HELP:
      if (!show_help(p)) {
        ui_view_free(v);
        return false;
      }
      present(p, v);
      break;
    case UI_EXIT:
      *a = answer_continue();
      a->status = ANSWER_QUIT;
      answered = true;
      break;
    default:
      break;
    }
  }
  ui_view_free(v);
  if (!answered) p->stop = true;
  return answered;
}

static bool show_help(Player *p) {
  Screen *s = help_screen(p);
  UiFrame frame = p->frame;
  frame.help_button = false;
  frame.exit_button = false;
  Answer a;
  bool ok = person_answer(p, s, &frame, &a);
  screen_free(s);
  return ok;
}

static bool choose_person(Player *p, const Screen *s, int step, Answer *a, void *ud, Error *err) {
  (void)step;
  (void)ud;
  if (person_answer(p, s, &p->frame, a)) return true;
  *a = answer_continue();
  a->status = ANSWER_QUIT; /* window closed (or a benchmark is done) */
  (void)err;
  return true;
}

static bool choose_driver(Player *p, const Screen *s, int step, Answer *a, void *ud, Error *err) {
  (void)step;
  if (!driver_answer(ud, s, a, err)) return false;
  if (p->render && !p->opt->headless) { /* show what the driver does */
    UiView *v = ui_view_new(p->ui, s, &p->frame, p->width, p->height, p->asset_dir, 0);
    ui_view_show_answer(v, a);
    present(p, v);
    ui_view_free(v);
  }
  return true;
}

/* ---- help lines ------------------------------------------------------------------- */

void play_help_build(PlayHelp *h, const Config *c, const char *lang, const StringTable *words) {
  memset(h, 0, sizeof *h);
  HelpWords w = {words, NULL};
  for (int t = 0; t < CONFIG_NTOPIC_NAMES; t++) {
    const Helpline *offered[CONFIG_MAX_OFFERED];
    int k = config_help_offered(c, config_topic_names[t], lang, offered, CONFIG_MAX_OFFERED);
    for (int i = 0; i < k && h->n < UI_MAX_HELPLINES; i++) {
      h->notes[h->n] = help_note(offered[i], &w);
      h->lines[h->n] = (UiHelpline){config_topic_names[t], help_name(offered[i], &w), offered[i]->number,
                                    h->notes[h->n]};
      h->n++;
    }
  }
}

void play_help_free(PlayHelp *h) {
  for (int i = 0; i < h->n; i++) free(h->notes[i]);
  h->n = 0;
}

int play_lesson_vars(const Config *c, LessonVar *out, int max) {
  static const char *const names[] = {"help.trafficking", "help.scam",  "help.child",
                                      "help.cyber",       "help.women", "help.removal",
                                      "help.emergency"};
  int n = 0;
  for (size_t i = 0; i < sizeof names / sizeof names[0] && n < max; i++) {
    const Helpline *h = config_helpline(c, names[i] + 5);
    if (h) out[n++] = (LessonVar){names[i], h->number};
  }
  return n;
}

/* ---- setup ------------------------------------------------------------------------ */

/* The engine's assets: $KIOSK_ASSETS, else beside the binary (build/kiosk in a source
   tree, PREFIX/bin/kiosk installed), else where `make install` put them. */
const char *play_default_assets(void) {
  static char found[4096];
  const char *env = getenv("KIOSK_ASSETS");
  if (env && *env) return env;
  char exe[2048];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *bin = path_dirname(exe);
    /* build/kiosk, build/asan/kiosk (tests), PREFIX/bin/kiosk */
    const char *candidates[] = {"../assets", "../../assets", "../share/kiosk/assets"};
    for (int i = 0; i < 3; i++) {
      char *dir = path_join(bin, candidates[i]);
      char *strings = path_join(dir, "strings");
      bool ok = fs_is_dir(strings);
      if (ok) snprintf(found, sizeof found, "%s", dir);
      free(strings);
      free(dir);
      if (ok) {
        free(bin);
        return found;
      }
    }
    free(bin);
  }
  return KIOSK_DATADIR "/assets";
}

/* The lesson's title from the pack's strings, for the top bar. */
static char *lesson_title(const LessonSource *src, const char *lang, const char *country) {
  char *dir = path_join(src->pack_dir, "strings");
  char key[160];
  snprintf(key, sizeof key, "%s.title", src->lesson_id);
  char *title = NULL;
  const char *langs[2] = {lang, "en"};
  for (int i = 0; i < 2 && !title; i++) {
    StringTable *t = strings_load_locale(dir, langs[i], country, NULL);
    const char *s = strings_get(t, key);
    if (s) title = xstrdup(s);
    strings_free(t);
  }
  free(dir);
  return title ? title : xstrdup(src->lesson_id);
}

static void parse_bench(Player *p) {
  const char *bench = getenv("KIOSK_BENCH");
  if (!bench) return;
  if (strcmp(bench, "first-frame") == 0) p->bench_first_frame = true;
  else if (strncmp(bench, "idle:", 5) == 0) p->bench_idle_s = atoi(bench + 5);
}

static bool setup(Player *p, const PlayOptions *opt, Error *err) {
  p->opt = opt;
  p->lang = opt->lang ? opt->lang : "en";
  p->width = opt->width;
  p->height = opt->height;
  p->start_ms = input_ticks();
  parse_bench(p);
  p->src = lesson_source_new(opt->lesson, err);
  if (!p->src) return false;
  p->asset_dir = path_join(p->src->pack_dir, "assets");
  const char *assets = opt->assets ? opt->assets : play_default_assets();
  config_defaults(&p->config, assets); /* the help lines a kiosk of that country shows */
  if (opt->country && !config_set_country(&p->config, opt->country, assets, err)) return false;
  p->nvars = play_lesson_vars(&p->config, p->vars, PLAY_MAX_LESSON_VARS);
  /* fork the lesson runner while this process is small: after the window exists every
     page it writes would be copied (make bench measured +30 ms at start-up) */
  PlaySessionOptions so = session_options(p);
  p->first_run = play_session_prestart(&so, err);
  if (!p->first_run) return false;
  if (opt->data) {
    Config kiosk;
    Error cerr;
    if (!fs_mkdirs(opt->data, err)) return false;
    if (!config_load(&kiosk, opt->data, assets, &cerr)) log_printf(opt->log, "config: %s", cerr.msg);
    p->visit.stats = stats_open(opt->data, kiosk.kiosk_id, input_ticks(), err);
    if (!p->visit.stats) return false;
    /* a damaged database set aside is said, as the kiosk says it (app.c), never silent */
    if (stats_warning(p->visit.stats)) log_printf(opt->log, "statistics: %s", stats_warning(p->visit.stats));
    if (opt->log) p->visit.log = *opt->log;
    p->pack = pack_info_load(p->src->pack_dir, NULL);
  }
  p->text = text_new(NULL, opt->log, err);
  if (!p->text) return false;
  if (!text_language_supported(p->text, p->lang, err)) return false;
  Error werr;
  if (!kiosk_words_load(&p->words, assets, p->lang, p->config.country, &werr))
    player_problem(p, "engine words: %s (English shown)", werr.msg);
  else if (p->words.missing)
    player_problem(p, "engine words: %d missing in '%s', e.g. %s", p->words.missing, p->lang,
                   p->words.first_missing);
  p->ui = ui_new(p->text, &p->words.ui);
  ui_set_keyboard(p->ui, ui_keyboard_for(p->lang)); /* as the kiosk: the learner's script on the keys */
  play_help_build(&p->help, &p->config, p->lang, p->words.table);
  ui_set_helplines(p->ui, p->help.lines, p->help.n);
  /* the kiosk's bar, speaker included, so the checker measures what learners see (a
     person at `kiosk play`'s window has no voice to ask for) */
  p->frame = (UiFrame){.progress = -1, .help_button = true, .exit_button = opt->mode == PLAY_PERSON,
                       .speaker = opt->mode != PLAY_PERSON, .badge = true /* a result as first earned */};
  p->frame.title = lesson_title(p->src, p->lang, p->config.country);
  if ((opt->read_aloud || opt->audio_out) && opt->mode == PLAY_DRIVER && !player_speech_open(p, err))
    return false;
  if (!opt->headless || opt->screenshots) {
    RenderOptions ro = {opt->width, opt->height, opt->fullscreen, opt->headless, 0, p->frame.title};
    p->render = render_open(&ro, p->text, err);
    if (!p->render) return false;
    if (!opt->headless) render_size(p->render, &p->width, &p->height);
  }
  if (opt->screenshots && !fs_mkdirs(opt->screenshots, err)) return false;
  if (opt->transcript) {
    p->transcript = fopen(opt->transcript, "w");
    if (!p->transcript) return error_set(err, "%s: cannot write the transcript", opt->transcript);
  }
  return true;
}

static void teardown(Player *p) {
  player_speech_close(p);
  lesson_stop(p->first_run);
  stats_close(p->visit.stats);
  pack_info_free(p->pack);
  if (p->transcript) fclose(p->transcript);
  render_close(p->render);
  ui_free(p->ui);
  play_help_free(&p->help);
  kiosk_words_free(&p->words);
  text_free(p->text);
  free((char *)p->frame.title);
  free(p->asset_dir);
  lesson_source_free(p->src);
  digest_set_free(&p->checked);
  for (int i = 0; i < p->nproblems; i++) free(p->problems[i]);
}

int play_lesson(const PlayOptions *opt, PlayResult *result) {
  Player p = {0};
  Error err = {{0}};
  LessonStatus st = LESSON_FAILED;
  if (!setup(&p, opt, &err)) {
    log_printf(opt->log, "%s", err.msg);
    teardown(&p);
    return 1;
  }
  Driver *driver = NULL;
  switch (opt->mode) {
  case PLAY_PERSON:
    st = player_run(&p, choose_person, NULL, &err);
    break;
  case PLAY_DRIVER:
    driver = driver_new(opt->driver ? opt->driver : "first", &err);
    if (driver) st = player_run(&p, choose_driver, driver, &err);
    break;
  case PLAY_EXPLORE:
    st = player_explore(&p, &err);
    break;
  }
  driver_free(driver);
  if (st == LESSON_FAILED) log_printf(opt->log, "%s", err.msg);
  if (result) {
    *result = (PlayResult){p.screens, p.answers, p.runs, p.nproblems, p.spoken_ms, p.spoken_words,
                           st == LESSON_FAILED, p.width, p.height, {{0}}, p.nhelp_topics};
    memcpy(result->help_topics, p.help_topics, sizeof p.help_topics);
  }
  player_speech_close(&p); /* the WAV's problems count too */
  int status = st == LESSON_FAILED || (opt->mode != PLAY_PERSON && p.nproblems > 0) ? 1 : 0;
  teardown(&p);
  return status;
}

static int word_starts(void *ud, const char *text, uint32_t *starts, int max) {
  return text_word_starts(ud, text, starts, max);
}

/* The recordings, and every text read aloud once (speech/check.c). */
static bool check_speech(const char *pack_dir, const Log *log, PlayCheck *check) {
  Error err;
  Text *text = text_new(NULL, log, &err);
  Speech *speech = text ? speech_new(&err) : NULL;
  SpeechCheck sc = {0};
  bool ok = false;
  if (speech) {
    speech_set_breaker(speech, word_starts, text);
    ok = speech_check_pack(speech, pack_dir, &sc, &err);
  }
  if (!ok) log_printf(log, "pack %s: speech: %s", pack_dir, err.msg);
  for (int i = 0; i < sc.nproblems; i++) log_printf(log, "pack %s: %s", pack_dir, sc.problems[i]);
  for (int i = 0; i < sc.nnotes && i < PLAY_CHECK_LANGS; i++)
    snprintf(check->recorded[i], sizeof check->recorded[i], "%s", sc.notes[i]);
  check->nrecorded = sc.nnotes < PLAY_CHECK_LANGS ? sc.nnotes : PLAY_CHECK_LANGS;
  check->speech_problems = sc.nproblems;
  ok = ok && sc.nproblems == 0;
  speech_check_free(&sc);
  speech_free(speech);
  text_free(text);
  return ok;
}

static void add_topic(PlayHelpRefs *r, const char *topic) {
  for (int i = 0; i < r->ntopics; i++)
    if (strcmp(r->topics[i], topic) == 0) return;
  if (r->ntopics < PLAY_MAX_HELP_TOPICS) snprintf(r->topics[r->ntopics++], sizeof r->topics[0], "%s", topic);
}

int play_check_pack(const char *pack_dir, const char *assets, const Log *log, PlayCheck *check) {
  Error err;
  *check = (PlayCheck){0};
  PackInfo *info = pack_info_load(pack_dir, &err);
  if (!info) {
    log_printf(log, "%s", err.msg);
    return 1;
  }
  snprintf(check->pack_id, sizeof check->pack_id, "%s", info->id);
  snprintf(check->version, sizeof check->version, "%s", info->version);
  check->lessons = info->nlessons;
  check->languages = info->nlanguages;
  /* every declared language, then each country file over one (strings/ne-MY.lua) */
  char langs[PACK_MAX_LANGUAGES * 4][PACK_LOCALE_MAX];
  int nlangs = pack_info_locales(info, langs, PACK_MAX_LANGUAGES * 4);
  check->locales = nlangs - info->nlanguages;
  PlayHelpRefs *refs = xcalloc((size_t)info->nlessons, sizeof *refs);
  for (int l = 0; l < info->nlessons; l++) {
    LessonSource *src = lesson_source_from_pack(info, &info->lessons[l]);
    for (int g = 0; g < nlangs; g++) {
      /* a country file only where it changes something: the rest is its language's */
      if (!pack_info_locale_changes(info, langs[g], info->lessons[l].id)) continue;
      PlayOptions opt = {.lesson = src->file, .mode = PLAY_EXPLORE, .headless = true,
                         .lang = langs[g], .width = play_check_sizes[0][0],
                         .height = play_check_sizes[0][1], .assets = assets, .log = log};
      for (int k = 1; k < PLAY_CHECK_SIZES; k++) {
        opt.fit_sizes[opt.nfit_sizes][0] = play_check_sizes[k][0];
        opt.fit_sizes[opt.nfit_sizes++][1] = play_check_sizes[k][1];
      }
      PlayResult r = {0};
      check->runs++;
      if (play_lesson(&opt, &r) != 0) check->failed++;
      for (int i = 0; i < r.nhelp_topics; i++) add_topic(&refs[l], r.help_topics[i]);
    }
    lesson_source_free(src);
  }
  const char *catalogue = assets ? assets : play_default_assets();
  check->help_problems = play_check_help(info, pack_dir, catalogue, refs, log, &check->embassy_gaps);
  char countries[CONFIG_MAX_COUNTRIES][4];
  check->help_countries = config_catalogue_countries(catalogue, countries, CONFIG_MAX_COUNTRIES, &err);
  if (check->help_problems) check->failed++;
  check->encoding_problems = play_check_encoding(pack_dir, log);
  if (check->encoding_problems) check->failed++;
  free(refs);
  pack_info_free(info);
  if (!check_speech(pack_dir, log, check)) check->failed++;
  return check->failed ? 1 : 0;
}

const int play_check_sizes[PLAY_CHECK_SIZES][2] = {{800, 480}, {1024, 600}, {1920, 1080}};
_Static_assert(PLAY_CHECK_SIZES - 1 <= PLAY_MAX_FIT_SIZES, "pack check's sizes fit in one exploration");
