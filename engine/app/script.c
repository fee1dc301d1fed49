/* script.c — the kiosk driven headless by a script of inputs, on a clock that only
   moves when the script says so: whole visits, idle resets and the staff PIN lock are
   tested in seconds. A command that touches or types waits first, as a person does,
   until the screen takes input (its tap guard, ui.h); `taps` does not. One command per
   line ('#' starts a comment):

     tap X Y              a touch at (X, Y)
     hold X Y SECONDS     a touch held down (the staff gesture is 3 s in the top-left)
     press NAME [N [DX DY]]  tap the control named NAME (see ui_action_named): continue,
                          help, back, start, item 2, button 0, digit 7, option 1,
                          tab 3, shift (the keyboard's), ...; DX DY (dp) move the
                          touch from its centre
     press-flag N [DX DY] tap red flag N of the message, DX DY dp from its centre
     taps COUNT MS NAME [N]  COUNT fast taps MS milliseconds apart where the control
                          NAME is now (a double or triple tap), without waiting
     expect-view ask|feedback  the lesson screen asks, or shows its feedback
     expect-advanced N    the lesson moved on N screens since the last `taps`
     expect-found N       N red flags are found on the lesson screen
     expect-typed N       N characters (not bytes) are typed on the password screen
     expect-meter LEVEL   the passphrase meter shows weak, fair or strong (none:
                          nothing is typed)
     slide NAME N NAME2 M  a press on one control that slides and is released on
                          another: neither is pressed
     finger-down NAME [N]  a finger goes down on control NAME and stays down (under a
                          notice such as "Are you still there?", on the lesson
                          screen's control beneath it)
     finger-up            the finger lifts where it went down; when the screen
                          changed in between (a notice came or went) the release
                          must do nothing (`expect-view`, `expect-advanced` count
                          from the finger-down)
     expect-page N        the lesson menu shows its page N (1-based)
     expect-motion yes|no the screen is (or is not) in a transition now: a screen
                          coming in, a chat message appearing (none with Reduce motion)
     still                time passes as the kiosk's own loop lets it, a frame each time
                          the screen asks for one (about 60 a second while something
                          moves), until it asks for none within a frame's time: a tap's
                          transition drawn as a learner sees it (make bench counts each
                          tap with this line); no put-off work is done
     expect-still         the screen asks for no frame by itself: once a transition is
                          over the kiosk stops drawing until something happens
     expect-cards N       N take-home cards were shown since the kiosk started
     expect-text TEXT     the screen shows TEXT (the rest of the line)
     expect-fits          every text of the screen fits, and nothing a person reads
                          or taps lies under something else or off the screen
     expect-no-text TEXT  ... and does not
     key NAME             tab, backtab, enter (Return), escape, up, down, left,
                          right, pageup, pagedown, backspace, space, ctrl-alt-s, or
                          one character
     enter-until WHAT     Return, and no other key or tap, until the kiosk shows WHAT
                          (a STATE below, or in a lesson a screen kind: result...);
                          every screen on the way must fit
     tab-enter-until WHAT  the same with Tab and Return: on each lesson screen Tab
                          until what `answer` would tap has the focus, then Return
     tab-to NAME [N]      Tab until control NAME (as press names it) has the focus
     expect-scrolls yes|no  the screen's content is (or is not) taller than it shows
     type TEXT            each character as a key (the PIN pad takes digits)
     tap-type TEXT        the rest of the line, spaces too, tapped on the on-screen
                          keyboard of a password screen (shift, 123 and the script
                          key as needed): Thai and Nepali too, where the language
                          has its layout
     text TEXT            the rest of the line, spaces too, typed on a USB keyboard:
                          it arrives as SDL_TEXTINPUT events do (render/input.h), in
                          any script the system's layout types
     key NAME / type TEXT  (below) are keys as SDL_KEYDOWN brings them
     wait SECONDS         time passes (decimals allowed), and the work a kiosk puts off
                          until it is idle is done
     lesson ID            on the lesson menu, turn to the page with lesson ID
                          (e.g. l03_lock_accounts) and tap its card, as a learner
                          would: tests do not depend on the menu's order
     answer               answer the lesson screen as the "first" driver would, by
                          tapping, through its feedback
     next                 one tap of that answer (make bench times each tap)
     pause SECONDS        real seconds pass, the clock stands still (make bench
                          samples the kiosk's memory)
     finish               answer every screen until the lesson is over
     answer-until KIND    answer screens until one of KIND shows (page, choice, multi,
                          flags, chat, decide, result, password)
     shot NAME            screenshot to SCREENSHOTS/NAME.png, once the screen's
                          transition is over (as a person sees it)
     shot-now NAME        the same at once: the frame of this moment, part way
                          through a transition too (tests/integration/visit.sh)
     expect STATE         stop with an error unless the kiosk is in STATE
                          (attract, language, menu, note, lesson, problem, help,
                          leave, pin, new-pin, staff, settings, languages-setting,
                          packs, pack-report, pack-installed, progress, stats,
                          export, summary, card)
     tap-text TEXT        tap the block of text that holds TEXT (the rest of the
                          line), as a learner taps a paragraph to hear it
     expect-speaking yes|no  something is (or nothing is) being read aloud
     expect-highlight WORDS  the words lit on the screen now (the rest of the line;
                          "none": nothing is lit)
     wait-read            time passes until nothing is being read (at most 5 min)
     read-along           time passes in 5 ms steps until the reading ends; each block
                          the screen shows must have every word lit, in order, on
                          the screen: the words lit never go back, and between two
                          of them (and before the first, after the last) there is
                          nothing a voice reads (only spaces and punctuation)  */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/internal.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/utf8.h"

#define SCRIPT_MAX_BYTES (1024 * 1024)
#define SCRIPT_STEP_MS 100 /* the clock moves in steps so every timer fires in order */
#define SCRIPT_READ_STEP_MS 5 /* read-along: shorter than any word */
#define SCRIPT_READ_MAX_MS (5 * 60 * 1000)

typedef struct Script {
  App *app;
  const AppOptions *opt;
  uint64_t now;
  const char *path;
  int line;
  int screens_before; /* lesson screens shown before the last `taps` or `finger-down` */
  Input finger;       /* finger-down: where the finger is */
  bool finger_down;
} Script;

static void step(Script *s) {
  app_tick(s->app, s->now);
  app_draw(s->app, s->now);
}

static void pass(Script *s, uint64_t ms) {
  for (uint64_t t = 0; t < ms; t += SCRIPT_STEP_MS) {
    s->now += ms - t < SCRIPT_STEP_MS ? ms - t : SCRIPT_STEP_MS;
    step(s);
  }
}

static void feed(Script *s, const Input *in) {
  app_input(s->app, in, s->now);
  step(s);
}

/* A person looks before touching: time passes until the screen takes input. */
static void settle(Script *s) {
  int ms = s->app->view ? ui_view_ready_ms(s->app->view, s->now) : 0;
  if (ms > 0) pass(s, (uint64_t)ms);
}

static bool fail(Script *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fail(Script *s, const char *fmt, ...) {
  char msg[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  app_log(s->app, "script %s:%d: %s (the kiosk is on '%s')", s->path, s->line, msg,
          app_state_name(app_state(s->app)));
  return false;
}

#define SCRIPT_FRAME_MS 16 /* a wake further off than a frame is a timer, not motion */
#define SCRIPT_STILL_MAX 1000 /* frames: a screen that never stops moving is a bug */

/* The frames the kiosk draws after an input, on its own schedule (app_run sleeps until
   the view's next wake): until the view asks for no frame within a frame's time, so a
   chat message due later is not waited for. */
static bool still(Script *s) {
  for (int n = 0; n < SCRIPT_STILL_MAX; n++) {
    int ms = s->app->view ? ui_view_wake_ms(s->app->view, s->now) : -1;
    if (ms < 0 || ms > SCRIPT_FRAME_MS) return true;
    s->now += (uint64_t)(ms > 0 ? ms : 1);
    step(s);
  }
  return fail(s, "the screen still moves after %d frames", SCRIPT_STILL_MAX);
}

static bool press(Script *s, const char *name, int n, int dx, int dy) {
  int action = ui_action_named(name, n);
  if (action < 0) return fail(s, "unknown control '%s'", name);
  settle(s);
  Input down, up;
  if (!ui_view_tap_action(s->app->view, action, &down, &up)) return fail(s, "no '%s' on this screen", name);
  down.x = up.x = down.x + ui_view_dp(s->app->view, (float)dx);
  down.y = up.y = down.y + ui_view_dp(s->app->view, (float)dy);
  feed(s, &down);
  feed(s, &up);
  return true;
}

#define SCRIPT_TAP_MS 30 /* a quick finger: down and up again */

/* COUNT taps ms apart at the control's centre as it is now: what follows the first tap
   (feedback, the next screen) gets the others. */
static bool taps(Script *s, int count, int ms, const char *name, int n) {
  int action = ui_action_named(name, n);
  if (action < 0) return fail(s, "unknown control '%s'", name);
  settle(s);
  Input down, up;
  if (!ui_view_tap_action(s->app->view, action, &down, &up)) return fail(s, "no '%s' on this screen", name);
  if (count < 1 || count > 10 || ms < SCRIPT_TAP_MS || ms > 2000) return fail(s, "%s", "taps: 1 to 10 taps, 30 to 2000 ms apart");
  s->screens_before = play_session_screens(s->app->session);
  for (int k = 0; k < count; k++) {
    if (k) pass(s, (uint64_t)(ms - SCRIPT_TAP_MS));
    feed(s, &down);
    pass(s, SCRIPT_TAP_MS);
    feed(s, &up);
  }
  return true;
}

/* A finger put down on one control slides to another before it lifts. */
static bool slide(Script *s, const char *from, const char *n, const char *to, const char *m) {
  int a = from && n ? ui_action_named(from, atoi(n)) : -1, b = to && m ? ui_action_named(to, atoi(m)) : -1;
  if (a < 0 || b < 0) return fail(s, "%s", "slide needs NAME N NAME2 M");
  settle(s);
  Input down, up, ignore;
  if (!ui_view_tap_action(s->app->view, a, &down, &ignore) || !ui_view_tap_action(s->app->view, b, &ignore, &up))
    return fail(s, "no '%s %s' or '%s %s' on this screen", from, n, to, m);
  feed(s, &down);
  pass(s, 200);
  feed(s, &up);
  return true;
}

/* A finger that stays down until `finger-up`: what happens meanwhile (the idle notice
   comes over the screen, a touch sends it away) changes the screen under it. */
static bool finger_down(Script *s, const char *name, int n) {
  int action = name ? ui_action_named(name, n) : -1;
  if (action < 0) return fail(s, "unknown control '%s'", name ? name : "");
  if (s->finger_down) return fail(s, "%s", "finger-down: a finger is already down");
  settle(s);
  Input up;
  UiView *under = s->app->lesson_view;
  if ((!s->app->view || !ui_view_tap_action(s->app->view, action, &s->finger, &up)) &&
      (!under || !ui_view_tap_action(under, action, &s->finger, &up)))
    return fail(s, "no '%s' on this screen", name);
  s->screens_before = play_session_screens(s->app->session);
  s->finger_down = true;
  feed(s, &s->finger);
  return true;
}

static bool finger_up(Script *s) {
  if (!s->finger_down) return fail(s, "%s", "finger-up: no finger is down");
  Input up = s->finger;
  up.kind = INPUT_RELEASE;
  s->finger_down = false;
  pass(s, SCRIPT_TAP_MS);
  feed(s, &up);
  return true;
}

static bool key(Script *s, const char *name) {
  settle(s);
  static const struct { const char *name; Key key; } keys[] = {
      {"tab", KEY_TAB},   {"backtab", KEY_BACKTAB}, {"enter", KEY_ENTER}, {"escape", KEY_ESCAPE},
      {"up", KEY_UP},     {"down", KEY_DOWN},       {"left", KEY_LEFT},   {"right", KEY_RIGHT},
      {"backspace", KEY_BACKSPACE}, {"pageup", KEY_PAGEUP}, {"pagedown", KEY_PAGEDOWN},
  };
  Input in = {.kind = INPUT_KEY};
  if (strcmp(name, "space") == 0) { /* as a keyboard's Space arrives: a character */
    in.key = KEY_CHAR;
    in.ch = ' ';
  } else if (strcmp(name, "ctrl-alt-s") == 0) {
    in.key = KEY_CHAR;
    in.ch = 's';
    in.ctrl = in.alt = true;
  } else if (strlen(name) == 1) {
    in.key = KEY_CHAR;
    in.ch = (unsigned char)name[0];
  } else {
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
      if (strcmp(keys[i].name, name) == 0) in.key = keys[i].key;
    if (in.key == KEY_NONE) return fail(s, "unknown key '%s'", name);
  }
  feed(s, &in);
  return true;
}

/* Turns the menu's pages to the card of lesson `id` and taps it. */
static bool open_lesson(Script *s, const char *id) {
  App *app = s->app;
  if (app->state != APP_MENU) return fail(s, "%s", "lesson: not on the lesson menu");
  for (int page = 0; page < app->npages; page++) {
    const MenuPage *p = &app->pages[page];
    for (int i = 0; i < p->count; i++) {
      const MenuEntry *e = &app->entries[p->first + i];
      const PackInfo *info = app->library->packs[e->pack].info;
      if (!info || e->lesson < 0 || strcmp(info->lessons[e->lesson].id, id) != 0) continue;
      while (app->page != page)
        if (!press(s, app->page < page ? "more" : "prev", 0, 0, 0)) return false;
      return press(s, "item", i, 0, 0);
    }
  }
  return fail(s, "lesson: no lesson '%s' in the menu", id);
}

/* One tap a learner giving the first answer makes on the lesson screen (after its chat
   messages have appeared); *moved: the screen changed. */
static bool answer_tap(Script *s, bool *moved) {
  App *app = s->app;
  const Screen *screen = learner_screen(app);
  if (app->state != APP_LESSON || !screen) return fail(s, "%s", "no lesson screen to answer");
  int shown = play_session_screens(app->session);
  Answer alts[SCREEN_MAX_ALTERNATIVES];
  screen_alternatives(screen, alts, 1);
  for (int w = 0; w < 100 && app->view == app->lesson_view && ui_view_wake_ms(app->view, s->now) >= 0; w++)
    pass(s, SCRIPT_STEP_MS); /* chat messages appear first */
  settle(s);
  Input down, up;
  if (!ui_view_next_tap(app->lesson_view, &alts[0], &down, &up)) return fail(s, "%s", "cannot answer this screen");
  feed(s, &down);
  feed(s, &up);
  *moved = app->state != APP_LESSON || play_session_screens(app->session) != shown;
  return true;
}

/* Answers the current lesson screen by tapping, as a learner giving the first answer. */
static bool answer(Script *s) {
  for (int taps = 0; taps < 64; taps++) {
    bool moved = false;
    if (!answer_tap(s, &moved)) return false;
    if (moved) return true;
  }
  return fail(s, "%s", "the screen did not move on");
}

/* Every screen the script reaches must fit its text: the kiosk's own screens are
   checked here as lessons are checked by `kiosk play --auto explore`. */
static bool fits(Script *s) {
  char *problems[8];
  int n = s->app->view ? ui_view_problems(s->app->view, problems, 8) : 0;
  for (int i = 0; i < n; i++) {
    fail(s, "text does not fit: %s", problems[i]);
    free(problems[i]);
  }
  return n == 0;
}

/* ---- the keyboard-only route: a USB keyboard with Tab and Return, or only Return ---- */

#define SCRIPT_MAX_TABS 200  /* more than a screen's controls (the passphrase keys) */
#define SCRIPT_MAX_KEYS 400  /* Returns to go through a whole lesson, reading on */

/* The kiosk shows what: a state (menu, lesson...) or, in a lesson, a screen kind. */
static bool showing(Script *s, const char *what) {
  App *app = s->app;
  ScreenKind kind;
  if (app->state == APP_LESSON && app->view == app->lesson_view && screen_kind_from_name(what, &kind)) {
    const Screen *screen = learner_screen(app);
    return screen && screen->kind == kind;
  }
  return strcmp(what, app_state_name(app_state(app))) == 0;
}

/* Tab until the control `action` has the keyboard's focus, as a person looks for it. */
static bool tab_to(Script *s, int action, const char *name) {
  for (int n = 0; n < SCRIPT_MAX_TABS; n++) {
    if (s->app->view && ui_view_pointed(s->app->view) == action) return true;
    if (!key(s, "tab")) return false;
  }
  return fail(s, "%d Tabs never reached '%s'", SCRIPT_MAX_TABS, name);
}

/* Only Return until what shows, a person's pace apart; or (tab) on each lesson screen
   Tab to what `answer` would tap, then Return. Every screen on the way must fit. */
static bool keys_until(Script *s, const char *what, bool tab) {
  if (!what) return fail(s, "%s", "enter-until needs a state or a screen kind");
  for (int n = 0; n < SCRIPT_MAX_KEYS; n++) {
    if (showing(s, what)) return true;
    App *app = s->app;
    if (tab && (app->state != APP_LESSON || app->view != app->lesson_view))
      return fail(s, "tab-enter-until: on '%s', not a lesson screen (tab-to the control)", app_state_name(app_state(app)));
    if (tab) {
      const Screen *screen = learner_screen(app);
      Answer alts[SCREEN_MAX_ALTERNATIVES];
      if (!screen || screen_alternatives(screen, alts, 1) < 1) return fail(s, "%s", "no lesson screen to answer");
      for (int w = 0; w < 100 && ui_view_wake_ms(app->view, s->now) >= 0; w++)
        pass(s, SCRIPT_STEP_MS); /* chat messages appear first */
      int action = ui_view_next_action(app->lesson_view, &alts[0]);
      if (action < 0) return fail(s, "%s", "cannot answer this screen");
      if (!tab_to(s, action, "the answer")) return false;
    }
    if (!key(s, "enter") || !fits(s)) return false;
    pass(s, 2 * SCRIPT_STEP_MS);
  }
  return fail(s, "%d keys never reached '%s' (still on '%s')", SCRIPT_MAX_KEYS, what, app_state_name(app_state(s->app)));
}

/* Taps text on a PASSWORD screen's keyboard, one key at a time, as a learner would
   (Shift, 123 and the script key on the way). */
static bool tap_type(Script *s, const char *text) {
  size_t len = strcspn(text, "\r\n"), i = 0;
  while (i < len) {
    size_t at = i;
    uint32_t c = utf8_next(text, len, &i);
    int before = ui_view_typed_length(s->app->view), tries = 0;
    while (ui_view_typed_length(s->app->view) == before) {
      settle(s);
      Input down, up;
      if (tries++ == 4 || !ui_view_tap_char(s->app->view, c, &down, &up))
        return fail(s, "cannot tap '%.*s' on this screen", (int)(i - at), text + at);
      feed(s, &down);
      feed(s, &up);
    }
  }
  return true;
}

/* Text from a USB keyboard: each piece of at most INPUT_TEXT_MAX bytes is what one
   SDL_TEXTINPUT event brings, made into inputs the way input_wait makes them. */
static bool type_text(Script *s, const char *text) {
  size_t len = strcspn(text, "\r\n");
  settle(s);
  for (size_t i = 0; i < len;) {
    char piece[INPUT_TEXT_MAX];
    size_t n = 0;
    while (i + n < len) { /* whole characters only, as SDL splits them */
      size_t next = i + n;
      utf8_next(text, len, &next);
      if (next - i >= sizeof piece) break;
      n = next - i;
    }
    memcpy(piece, text + i, n);
    piece[n] = '\0';
    i += n;
    Input in[INPUT_TEXT_MAX];
    int count = input_from_text(piece, in, INPUT_TEXT_MAX);
    for (int k = 0; k < count; k++) feed(s, &in[k]);
  }
  return true;
}

/* ---- reading aloud ---------------------------------------------------------------------- */

static bool tap_text(Script *s, const char *text) {
  settle(s);
  Input down, up;
  if (!ui_view_tap_text(s->app->view, text, &down, &up)) return fail(s, "no block of text holding '%s' to tap", text);
  feed(s, &down);
  feed(s, &up);
  return true;
}

static bool expect_highlight(Script *s, const char *want) {
  char *lit = s->app->view ? ui_view_highlighted(s->app->view) : NULL;
  bool ok = lit ? strcmp(lit, want) == 0 : strcmp(want, "none") == 0;
  if (!ok) fail(s, "expected '%s' lit, found '%s'", want, lit ? lit : "none");
  free(lit);
  return ok;
}

static bool wait_read(Script *s) {
  for (uint64_t t = 0; voice_speaking(s->app); t += SCRIPT_STEP_MS)
    if (t > SCRIPT_READ_MAX_MS) return fail(s, "%s", "still reading after 5 minutes");
    else pass(s, SCRIPT_STEP_MS);
  return true;
}

/* Spaces, punctuation and pictographs: what a voice does not read as a word. */
static bool silent_char(uint32_t cp) {
  if (cp < 0x80) return !((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'));
  return cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0x0964 || cp == 0x0965 || cp == 0x0E2F ||
         cp == 0x0E5A || cp == 0x0E5B || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp >= 0x1F000;
}

/* The first thing a voice reads in text[from, to), or NULL when there is none. */
static const char *unread(const char *text, uint32_t from, uint32_t to) {
  size_t i = from;
  while (i < to) {
    size_t at = i;
    uint32_t cp = utf8_next(text, to, &i);
    if (!silent_char(cp)) return text + at;
  }
  return NULL;
}

typedef struct Along {
  const char *text; /* the block being read (the reader's copy) */
  bool shown;       /* the screen shows it: its words must be lit there */
  uint32_t end;     /* of the last word lit */
  int words, blocks;
} Along;

static bool along_block_done(Script *s, Along *a) {
  if (!a->text || !a->shown) return true;
  const char *miss = unread(a->text, a->end, (uint32_t)strlen(a->text));
  if (miss) return fail(s, "read-along: '%.24s' was never lit (block '%.40s')", miss, a->text);
  a->blocks++;
  return true;
}

static bool read_along(Script *s) {
  App *app = s->app;
  if (!voice_speaking(app)) return fail(s, "%s", "read-along: nothing is being read");
  Along a = {0};
  uint32_t last_start = UINT32_MAX;
  for (uint64_t t = 0; voice_speaking(app); t += SCRIPT_READ_STEP_MS) {
    if (t > SCRIPT_READ_MAX_MS) return fail(s, "%s", "read-along: still reading after 5 minutes");
    s->now += SCRIPT_READ_STEP_MS;
    step(s);
    const char *text;
    uint32_t start, end;
    if (!app->reader || !play_reader_word(app->reader, &text, &start, &end)) continue;
    if (text != a.text) { /* the next block */
      if (!along_block_done(s, &a)) return false;
      a.text = text;
      a.end = 0;
      last_start = UINT32_MAX;
      a.shown = ui_view_highlight(app->view, text, start, end);
    }
    if (start == last_start || !a.shown) continue;
    if (start < a.end) return fail(s, "read-along: went back to '%.*s'", (int)(end - start), text + start);
    const char *skipped = unread(text, a.end, start);
    if (skipped) return fail(s, "read-along: '%.24s' was skipped (block '%.40s')", skipped, text);
    char *lit = ui_view_highlighted(app->view);
    bool same = lit && strlen(lit) == end - start && memcmp(lit, text + start, end - start) == 0;
    if (!same) fail(s, "read-along: '%.*s' is read but '%s' is lit", (int)(end - start), text + start, lit ? lit : "nothing");
    free(lit);
    if (!same) return false;
    last_start = start;
    a.end = end;
    a.words++;
  }
  if (!along_block_done(s, &a)) return false;
  if (a.words == 0) return fail(s, "%s", "read-along: no word of the screen was lit");
  app_log(app, "read-along: %d words lit in order in %d blocks", a.words, a.blocks);
  return true;
}

/* Every text of the screen on show fits, and nothing read or tapped lies under
   something else or off the screen (ui_view_problems). */
static bool expect_fits(Script *s) {
  char *problems[8];
  int n = s->app->view ? ui_view_problems(s->app->view, problems, 8) : 0;
  if (n == 0) return true;
  for (int i = 1; i < n; i++) {
    app_log(s->app, "does not fit: %s", problems[i]);
    free(problems[i]);
  }
  bool ok = fail(s, "the %s screen does not fit: %s", app_state_name(s->app->state), problems[0]);
  free(problems[0]);
  return ok;
}

static bool command(Script *s, char *line) {
  if (strncmp(line, "tap-type ", 9) == 0) return tap_type(s, line + 9);
  if (strncmp(line, "text ", 5) == 0) return type_text(s, line + 5);
  if (strncmp(line, "tap-text ", 9) == 0) return tap_text(s, line + 9);
  if (strncmp(line, "expect-highlight ", 17) == 0) return expect_highlight(s, line + 17);
  if (strncmp(line, "expect-fits", 11) == 0) return expect_fits(s);
  bool no = strncmp(line, "expect-no-text ", 15) == 0;
  if (no || strncmp(line, "expect-text ", 12) == 0) {
    const char *want = line + (no ? 15 : 12);
    if (!s->app->view || ui_view_shows(s->app->view, want) == no)
      return fail(s, "the screen %s \"%s\"", no ? "shows" : "does not show", want);
    return true;
  }
  char *save = NULL;
  char *verb = strtok_r(line, " \t\r", &save);
  if (!verb || verb[0] == '#') return true;
  char *a1 = strtok_r(NULL, " \t\r", &save), *a2 = strtok_r(NULL, " \t\r", &save);
  char *a3 = strtok_r(NULL, " \t\r", &save);
  if (strcmp(verb, "tap") == 0 || strcmp(verb, "hold") == 0) {
    if (!a1 || !a2) return fail(s, "%s needs X and Y", verb);
    settle(s);
    Input down = {.kind = INPUT_PRESS, .x = atoi(a1), .y = atoi(a2), .touch = true};
    Input up = down;
    up.kind = INPUT_RELEASE;
    feed(s, &down);
    if (verb[0] == 'h') pass(s, (uint64_t)(atof(a3 ? a3 : "3") * 1000));
    feed(s, &up);
  } else if (strcmp(verb, "press") == 0) {
    if (!a1) return fail(s, "%s", "press needs a name");
    char *a4 = strtok_r(NULL, " \t\r", &save);
    return press(s, a1, a2 ? atoi(a2) : 0, a3 ? atoi(a3) : 0, a4 ? atoi(a4) : 0);
  } else if (strcmp(verb, "press-flag") == 0) {
    int part = a1 && s->app->lesson_view ? ui_view_flag_part(s->app->lesson_view, atoi(a1)) : -1;
    if (part < 0) return fail(s, "no red flag %s on this screen", a1 ? a1 : "");
    return press(s, "part", part, a2 ? atoi(a2) : 0, a3 ? atoi(a3) : 0);
  } else if (strcmp(verb, "taps") == 0) {
    char *a4 = strtok_r(NULL, " \t\r", &save);
    if (!a1 || !a2 || !a3) return fail(s, "%s", "taps needs COUNT MS NAME");
    return taps(s, atoi(a1), atoi(a2), a3, a4 ? atoi(a4) : 0);
  } else if (strcmp(verb, "expect-view") == 0) {
    if (!a1 || s->app->state != APP_LESSON || !s->app->lesson_view) return fail(s, "%s", "expect-view: no lesson screen");
    bool feedback = ui_view_in_feedback(s->app->lesson_view);
    if (strcmp(a1, feedback ? "feedback" : "ask") != 0) return fail(s, "expected the screen to %s", strcmp(a1, "ask") == 0 ? "ask" : "show feedback");
  } else if (strcmp(verb, "expect-advanced") == 0) {
    int moved = play_session_screens(s->app->session) - s->screens_before;
    if (!a1 || moved != atoi(a1)) return fail(s, "expected %s screens on, found %d", a1 ? a1 : "?", moved);
  } else if (strcmp(verb, "expect-page") == 0) {
    if (!a1 || s->app->page + 1 != atoi(a1)) return fail(s, "expected menu page %s, found %d", a1 ? a1 : "?", s->app->page + 1);
  } else if (strcmp(verb, "expect-motion") == 0) {
    bool moving = s->app->view && ui_view_moving_ms(s->app->view, s->now) > 0;
    if (!a1 || strcmp(a1, moving ? "yes" : "no") != 0) return fail(s, "expected the screen %s", moving ? "still" : "in a transition");
  } else if (strcmp(verb, "still") == 0) {
    return still(s);
  } else if (strcmp(verb, "expect-still") == 0) {
    int wake = s->app->view ? ui_view_wake_ms(s->app->view, s->now) : -1;
    if (wake >= 0) return fail(s, "expected the screen still, it asks for a frame in %d ms", wake);
  } else if (strcmp(verb, "expect-cards") == 0) {
    if (!a1 || s->app->cards_shown != atoi(a1)) return fail(s, "expected %s take-home cards shown, found %d", a1 ? a1 : "?", s->app->cards_shown);
  } else if (strcmp(verb, "expect-found") == 0) {
    Answer a;
    if (!a1 || !s->app->lesson_view) return fail(s, "%s", "expect-found: no lesson screen");
    ui_view_answer(s->app->lesson_view, &a);
    int found = __builtin_popcount(a.picked);
    if (found != atoi(a1)) return fail(s, "expected %s red flags found, found %d", a1, found);
  } else if (strcmp(verb, "expect-typed") == 0) {
    int n = s->app->view ? ui_view_typed_length(s->app->view) : -1;
    if (!a1 || n != atoi(a1)) return fail(s, "expected %s characters typed, found %d", a1 ? a1 : "?", n);
  } else if (strcmp(verb, "expect-meter") == 0) {
    static const char *const levels[] = {"none", "weak", "fair", "strong"};
    int m = s->app->view ? ui_view_meter(s->app->view) : -1;
    if (!a1 || strcmp(a1, levels[m + 1]) != 0) return fail(s, "expected the meter at %s, found %s", a1 ? a1 : "?", levels[m + 1]);
  } else if (strcmp(verb, "slide") == 0) {
    char *a4 = strtok_r(NULL, " \t\r", &save);
    return slide(s, a1, a2, a3, a4);
  } else if (strcmp(verb, "finger-down") == 0) {
    return finger_down(s, a1, a2 ? atoi(a2) : 0);
  } else if (strcmp(verb, "finger-up") == 0) {
    return finger_up(s);
  } else if (strcmp(verb, "key") == 0) {
    if (!a1) return fail(s, "%s", "key needs a name");
    return key(s, a1);
  } else if (strcmp(verb, "enter-until") == 0 || strcmp(verb, "tab-enter-until") == 0) {
    return keys_until(s, a1, verb[0] == 't');
  } else if (strcmp(verb, "tab-to") == 0) {
    int action = a1 ? ui_action_named(a1, a2 ? atoi(a2) : 0) : -1;
    if (action < 0) return fail(s, "unknown control '%s'", a1 ? a1 : "");
    return tab_to(s, action, a1);
  } else if (strcmp(verb, "expect-scrolls") == 0) {
    bool scrolls = s->app->view && ui_view_scrolls(s->app->view);
    if (!a1 || strcmp(a1, scrolls ? "yes" : "no") != 0) return fail(s, "expected the screen %s", scrolls ? "to fit, not scroll" : "to scroll");
  } else if (strcmp(verb, "type") == 0) {
    for (const char *c = a1 ? a1 : ""; *c; c++) {
      char k[2] = {*c, 0};
      if (!key(s, k)) return false;
    }
  } else if (strcmp(verb, "wait") == 0) {
    while (app_idle(s->app)) { /* a real kiosk does its put-off work in such pauses */
    }
    pass(s, (uint64_t)(atof(a1 ? a1 : "1") * 1000));
  } else if (strcmp(verb, "lesson") == 0) {
    return open_lesson(s, a1 ? a1 : "");
  } else if (strcmp(verb, "answer") == 0) {
    return answer(s);
  } else if (strcmp(verb, "next") == 0) {
    bool moved;
    return answer_tap(s, &moved);
  } else if (strcmp(verb, "pause") == 0) {
    usleep((useconds_t)(atof(a1 ? a1 : "1") * 1e6));
  } else if (strcmp(verb, "answer-until") == 0) {
    ScreenKind kind;
    if (!a1 || !screen_kind_from_name(a1, &kind)) return fail(s, "unknown screen kind '%s'", a1 ? a1 : "");
    while (s->app->state == APP_LESSON && learner_screen(s->app) && learner_screen(s->app)->kind != kind)
      if (!answer(s)) return false;
    if (s->app->state != APP_LESSON) return fail(s, "the lesson ended before a %s screen", a1);
  } else if (strcmp(verb, "finish") == 0) {
    while (s->app->state == APP_LESSON)
      if (!answer(s)) return false;
  } else if (strcmp(verb, "shot") == 0 || strcmp(verb, "shot-now") == 0) {
    if (!a1) return fail(s, "%s needs a name", verb); /* a mistake with or without --screenshots */
    if (!s->opt->screenshots) return true;
    if (strcmp(verb, "shot") == 0)
      while (s->app->view && ui_view_moving_ms(s->app->view, s->now) > 0) pass(s, SCRIPT_STEP_MS);
    app_tick(s->app, s->now);
    s->app->dirty = true;
    app_draw(s->app, s->now);
    char *name = xasprintf("%s.png", a1);
    char *path = path_join(s->opt->screenshots, name);
    Error err;
    bool ok = render_screenshot(s->app->render, path, &err);
    free(name);
    free(path);
    if (!ok) return fail(s, "%s", err.msg);
  } else if (strcmp(verb, "expect-speaking") == 0) {
    bool want = a1 && strcmp(a1, "yes") == 0;
    if (!a1 || want != voice_speaking(s->app)) return fail(s, "expected %s to be read aloud", want ? "something" : "nothing");
  } else if (strcmp(verb, "wait-read") == 0) {
    return wait_read(s);
  } else if (strcmp(verb, "read-along") == 0) {
    return read_along(s);
  } else if (strcmp(verb, "expect") == 0) {
    if (!a1 || strcmp(a1, app_state_name(app_state(s->app))) != 0) return fail(s, "expected '%s'", a1 ? a1 : "");
  } else {
    return fail(s, "unknown command '%s'", verb);
  }
  return true;
}

/* One line, then the fit check. Not inlined: make bench has callgrind dump its counts
   as each line starts (--dump-before=script_line), so each tap is counted on its own. */
__attribute__((noinline)) static bool script_line(Script *s, char *line) { return command(s, line) && fits(s); }

int app_script_run(App *app, const AppOptions *opt);

int app_script_run(App *app, const AppOptions *opt) {
  if (!opt->input) {
    app_log(app, "%s", "kiosk run --headless needs --input FILE");
    return 2;
  }
  Error err;
  char *text = fs_read_file(opt->input, SCRIPT_MAX_BYTES, NULL, &err);
  if (!text) {
    app_log(app, "%s", err.msg);
    return 1;
  }
  if (opt->screenshots && !fs_mkdirs(opt->screenshots, &err)) {
    app_log(app, "%s", err.msg);
    free(text);
    return 1;
  }
  Script s = {.app = app, .opt = opt, .now = 1000, .path = opt->input};
  step(&s);
  bool ok = true;
  for (char *line = text, *next; ok && line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = '\0';
    s.line++;
    ok = script_line(&s, line);
    int status;
    if (ok && app_done(app, &status)) break;
  }
  free(text);
  int status = 0;
  app_done(app, &status);
  return ok ? status : 1;
}
