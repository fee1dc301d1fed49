/* view.c — a Screen on show: its state, input handling, focus, drawing, and the fit
   check that lays out every reachable state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "ui/internal.h"

#define CHAT_FIRST_MS 500 /* a typing pause before the first new message */
#define CHAT_EACH_MS 900  /* and between messages: time to read, not to wait */
#define SHRINK_STEPS 3    /* 100 %, 90 %, 80 % text, only where scrolling cannot help */
#define UI_FRAME_MS 16    /* an animation's frames: about 60 a second */

Ui *ui_new(Text *text, const UiWords *words) {
  Ui *ui = xcalloc(1, sizeof *ui);
  ui->text = text;
  ui->words = words;
  ui->text_scale = 1.0f;
  ui->guard_ms = UI_TAP_GUARD_MS;
  ui->qr = qr_cache_new();
  return ui;
}

void ui_free(Ui *ui) {
  if (!ui) return;
  qr_cache_free(ui->qr);
  free(ui);
}

void ui_set_words(Ui *ui, const UiWords *words) { ui->words = words; }

void ui_set_helplines(Ui *ui, const UiHelpline *lines, int n) {
  ui->nhelp = n <= 0 || !lines ? 0 : (n < UI_MAX_HELPLINES ? n : UI_MAX_HELPLINES);
  if (ui->nhelp) memcpy(ui->help, lines, sizeof(UiHelpline) * (size_t)ui->nhelp);
}

void ui_set_text_scale(Ui *ui, float scale) {
  ui->text_scale = scale < 0.5f ? 0.5f : (scale > 2.0f ? 2.0f : scale);
}

void ui_set_tap_guard(Ui *ui, int ms) {
  ui->guard_ms = ms < 0 ? 0 : (ms > UI_TAP_GUARD_MAX_MS ? UI_TAP_GUARD_MAX_MS : ms);
}

void ui_set_reduce_motion(Ui *ui, bool on) { ui->reduce_motion = on; }

void ui_view_guard(UiView *v, uint64_t now) {
  v->ready_at = now + (uint64_t)v->ui->guard_ms;
  v->pressed = -1; /* a finger already down began before the screen was there */
}

int ui_view_ready_ms(const UiView *v, uint64_t now) {
  return v->ready_at > now ? (int)(v->ready_at - now) : 0;
}

bool ui_view_in_feedback(const UiView *v) { return v->phase == PHASE_FEEDBACK; }

bool ui_view_shows(const UiView *v, const char *needle) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].text && v->widgets[i].text->text && !v->widgets[i].secret &&
        strstr(v->widgets[i].text->text, needle))
      return true;
  return false;
}

int ui_view_flag_part(const UiView *v, int flag) {
  for (int i = 0; i < v->nsegments; i++)
    if (v->segments[i].flag == flag && flag >= 0) return i;
  return -1;
}

int ui_view_dp(const UiView *v, float dp) { return theme_dp(&v->theme, dp); }

/* ---- building ------------------------------------------------------------------- */

static void clear_widgets(UiView *v) {
  for (int i = 0; i <= VIEW_MAX_WIDGETS; i++) {
    Widget *w = &v->widgets[i];
    if (w->secret && w->text && w->text->text) explicit_bzero(w->text->text, strlen(w->text->text));
    text_layout_free(w->text);
    free(w->offsets);
    free(w->tag_colors);
    qr_free(w->qr);
    memset(w, 0, sizeof *w);
  }
  v->nwidgets = 0;
  v->nsegments = 0;
  v->bar_from = 0;
  v->bubble_from = v->bubble_to = 0;
}

/* Where a widget is on the screen now: scrolled with its region. */
static Rect shown(const UiView *v, const Widget *w) {
  Rect r = w->r;
  if (w->scrolls) r.y -= v->scroll_y;
  return r;
}

static int focused_action(const UiView *v) {
  return v->focus >= 0 && v->focus < v->nwidgets ? v->widgets[v->focus].action : ACT_NONE;
}

/* Lays the view out again. Text keeps its size: what does not fit scrolls, and then
   the layout is made once more with room for the arrows that say so. Only what cannot
   scroll and still does not fit (a phone's messages, a box beside the content) makes
   the text a step smaller, as a last resort: in a long script (Burmese, Bengali) at
   800x480, 90 % text beats a message the learner cannot see. */
static void rebuild(UiView *v) {
  int keep = focused_action(v), want_y = v->scroll_y;
  for (int step = 0; step < SHRINK_STEPS; step++) {
    for (int pass = 0; pass < 2; pass++) {
      /* each try clamps the scroll to its own length: the one kept clamps it last (a
         try without the arrows' column is shorter, and its end was not the end) */
      v->scroll_y = want_y;
      clear_widgets(v);
      v->nproblems = 0;
      v->tscale = v->ui->text_scale * (1.0f - 0.1f * (float)step);
      v->region = (Rect){0, 0, 0, 0};
      v->too_long = false;
      v->scroll_list = false;
      v->scroll_room = pass == 1;
      ui_build(v);
      for (int i = 0; i < v->nwidgets; i++)
        if (v->widgets[i].text && v->widgets[i].text->missing_glyph)
          ui_problem(v, "a character no installed font can draw", v->widgets[i].text->text);
      if (v->scroll_max == 0) break;
    }
    if (v->nproblems == 0 || v->too_long) break; /* smaller text does not make it one idea */
  }
  ui_readalong_mark(v);
  v->focus = -1;
  v->pressed = -1;
  for (int i = 0; keep != ACT_NONE && i < v->nwidgets; i++)
    if (v->widgets[i].focusable && v->widgets[i].action == keep) v->focus = i;
}

void ui_relayout(UiView *v) { rebuild(v); }

static int count_fresh(const Screen *s) {
  int n = 0;
  for (int i = 0; i < s->nbubbles; i++)
    if (s->bubbles[i].fresh && !s->bubbles[i].mine) n++;
  return n;
}

UiView *ui_view_new(Ui *ui, const Screen *s, const UiFrame *frame, int width, int height,
                    const char *asset_dir, uint64_t now) {
  UiView *v = xcalloc(1, sizeof *v);
  v->ui = ui;
  v->s = s;
  if (frame) v->frame = *frame;
  else v->frame.progress = -1;
  v->asset_dir = asset_dir ? xstrdup(asset_dir) : NULL;
  v->width = width;
  v->height = height;
  theme_init(&v->theme, width, height);
  v->answer = answer_continue();
  v->last_flag = FLAG_TAP_NONE;
  v->review_flag = FLAG_TAP_NONE;
  v->focus = -1;
  v->pressed = -1;
  v->shown_at = now;
  v->read_widget = -1;
  v->nfresh = s->kind == SCREEN_CHAT ? count_fresh(s) : 0;
  rebuild(v);
  ui_view_guard(v, now);
  return v;
}

UiView *ui_panel_view_new(Ui *ui, const Panel *p, const UiFrame *frame, int width, int height,
                          uint64_t now) {
  UiView *v = xcalloc(1, sizeof *v);
  v->ui = ui;
  v->panel = p;
  if (frame) v->frame = *frame;
  else v->frame.progress = -1;
  v->width = width;
  v->height = height;
  theme_init(&v->theme, width, height);
  v->focus = -1;
  v->pressed = -1;
  v->shown_at = now;
  v->read_widget = -1;
  rebuild(v);
  ui_view_guard(v, now);
  return v;
}

int ui_view_action(const UiView *v) { return v->action; }

int ui_view_pointed(const UiView *v) {
  int i = v->pressed >= 0 && v->pressed < v->nwidgets ? v->pressed : v->focus;
  return i >= 0 && i < v->nwidgets && v->widgets[i].action != ACT_NONE ? v->widgets[i].action : -1;
}

int ui_view_problems(const UiView *v, char **problems, int max) {
  int n = 0;
  for (int i = 0; i < v->nproblems && n < max; i++) problems[n++] = xstrdup(v->problems[i]);
  return n;
}

bool ui_view_tap_action(UiView *v, int action, Input *down, Input *up) {
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->action != action) continue;
    int before = v->scroll_y;
    ui_scroll_to(v, i); /* as a person scrolls to what they want to tap */
    if (v->scroll_y != before) rebuild(v);
    w = &v->widgets[i];
    Rect r = shown(v, w);
    int x = r.x + r.w / 2, y = r.y + r.h / 2;
    *down = (Input){.kind = INPUT_PRESS, .x = x, .y = y, .touch = true};
    *up = (Input){.kind = INPUT_RELEASE, .x = x, .y = y, .touch = true};
    return true;
  }
  return false;
}

static int segment_of_flag(const UiView *v, int flag) {
  for (int i = 0; i < v->nsegments; i++)
    if (v->segments[i].flag == flag) return ACT_SEGMENT + i;
  return ACT_NONE;
}

static int plain_segment(const UiView *v) {
  for (int i = 0; i < v->nsegments; i++)
    if (v->segments[i].flag == FLAG_TAP_NONE) return ACT_SEGMENT + i;
  return ACT_NONE;
}

int ui_view_next_action(const UiView *v, const Answer *a) {
  const Screen *s = v->s;
  if (!s || v->revealed < v->nfresh) return -1;
  int action = ACT_NEXT;
  if (v->phase == PHASE_ASK) {
    switch (s->kind) {
    case SCREEN_CHOICE:
      action = ACT_OPTION + a->choice;
      break;
    case SCREEN_CHAT:
      if (s->noptions) action = ACT_OPTION + a->choice;
      break;
    case SCREEN_DECIDE:
      action = a->choice == ANSWER_SCAM ? ACT_SCAM : ACT_SAFE;
      break;
    case SCREEN_MULTI:
      action = ACT_CHECK;
      for (int i = 0; i < s->noptions && action == ACT_CHECK; i++)
        if ((a->picked ^ v->answer.picked) & (1u << i)) action = ACT_OPTION + i;
      break;
    case SCREEN_PASSWORD: { /* type the sample of the level wanted, then check it */
      const char *want = ui_password_sample(a->choice);
      int n = v->ntyped;
      if (strncmp(v->typed, want, (size_t)n) != 0) action = ACT_KEY_BACK;
      else if (want[n]) action = ui_keyboard_next_action(v, (unsigned char)want[n]); /* ASCII */
      else action = ACT_CHECK;
      break;
    }
    case SCREEN_FLAGS:
      action = ACT_DONE;
      if (v->answer.misses < a->misses) action = plain_segment(v);
      for (int f = 0; f < s->nflags && action == ACT_DONE; f++)
        if ((a->picked & ~v->answer.picked) & (1u << f)) action = segment_of_flag(v, f);
      break;
    default:
      break;
    }
  }
  return action != ACT_NONE ? action : -1;
}

bool ui_view_next_tap(UiView *v, const Answer *a, Input *down, Input *up) {
  int action = ui_view_next_action(v, a);
  return action >= 0 && ui_view_tap_action(v, action, down, up);
}

bool ui_view_tap_char(UiView *v, uint32_t c, Input *down, Input *up) {
  if (!v->s || v->s->kind != SCREEN_PASSWORD || v->phase != PHASE_ASK) return false;
  int action = ui_keyboard_next_action(v, c);
  return action != ACT_NONE && ui_view_tap_action(v, action, down, up);
}

void ui_view_free(UiView *v) {
  if (!v) return;
  ui_keyboard_wipe(v);
  clear_widgets(v);
  free(v->lit_text);
  render_layer_free(v->layer);
  for (int i = 0; i < v->nimages; i++) free(v->images[i]);
  free(v->asset_dir);
  free(v);
}

/* ---- input ---------------------------------------------------------------------- */

/* Feedback appears where the learner's finger is (Continue sits where "I'm done" and
   "Check" were): a new tap guard keeps a double tap from skipping it unread. */
static UiEvent to_feedback(UiView *v, uint64_t now) {
  v->phase = PHASE_FEEDBACK;
  v->scroll_y = 0;
  rebuild(v);
  v->focus = -1; /* as on a new screen: Enter reads the feedback on, then Continue */
  ui_view_guard(v, now);
  return UI_FEEDBACK;
}

/* The message has been tapped: its "tap here" hint fades (or goes at once). */
static void note_first_tap(UiView *v, uint64_t now) {
  if (v->first_tap_at) return;
  v->first_tap_at = now ? now : 1;
  if (v->ui->reduce_motion) v->hint_gone = true;
  else v->anim_until = now + UI_FADE_MS;
}

static UiEvent activate(UiView *v, int action, uint64_t now) {
  const Screen *s = v->s;
  if (v->panel && action >= UI_ACT_ITEM) {
    v->action = action;
    return UI_ACTION;
  }
  switch (action) {
  case ACT_NEXT:
    return UI_ANSWERED;
  case ACT_HELP:
    return UI_HELP;
  case ACT_EXIT:
    return UI_EXIT;
  case ACT_LISTEN:
    return UI_LISTEN;
  case ACT_SPEAK:
    return UI_SPEAK;
  case ACT_READ:
    return UI_READ;
  case ACT_SCROLL_UP:
  case ACT_SCROLL_DOWN:
    ui_scroll_page(v, action == ACT_SCROLL_DOWN ? 1 : -1);
    return UI_CHANGED;
  case ACT_CHECK:
    if (s && s->kind == SCREEN_PASSWORD) { /* rate it, then forget it */
      UiPasswordRating r = ui_password_rate(v->ui->text, v->typed);
      v->answer.choice = r.level;
      v->pw_why = (int)r.why;
      v->pw_words = r.words;
      ui_keyboard_wipe(v);
    }
    if (s && s->kind == SCREEN_MULTI && v->answer.picked == 0) { /* nothing ticked: a nudge */
      v->nudge = true;
      rebuild(v);
      if (v->keyboard) { /* and the keyboard goes to the ticks (Enter on Check again would only nudge) */
        v->focus = -1;
        ui_focus_move(v, 1);
      }
      return UI_CHANGED;
    }
    return to_feedback(v, now);
  case ACT_DONE:
    return to_feedback(v, now);
  case ACT_SAFE:
  case ACT_SCAM:
    v->answer.choice = action == ACT_SCAM ? ANSWER_SCAM : ANSWER_SAFE;
    return to_feedback(v, now);
  default:
    break;
  }
  if (!s) return UI_NOTHING;
  if (s->kind == SCREEN_PASSWORD && v->phase == PHASE_ASK && action >= ACT_KEY) {
    UiEvent e = ui_keyboard_act(v, action);
    if (e == UI_CHANGED) rebuild(v);
    return e;
  }
  if (action >= ACT_OPTION && action < ACT_SEGMENT && v->phase == PHASE_ASK) {
    int i = action - ACT_OPTION;
    if (s->kind == SCREEN_MULTI) {
      v->answer.picked ^= 1u << i;
      v->nudge = false;
      rebuild(v);
      /* by keyboard, tick and move on: Enter again goes to the next option, then Check,
         where it would untick this one (and Enter alone would never get anywhere) */
      if (v->keyboard) ui_focus_move(v, 1);
      return UI_CHANGED;
    }
    v->answer.choice = i;
    return to_feedback(v, now);
  }
  if (action >= ACT_SEGMENT && action - ACT_SEGMENT < v->nsegments) {
    const Segment *seg = &v->segments[action - ACT_SEGMENT];
    if (v->phase == PHASE_FEEDBACK) {
      if (seg->flag == FLAG_TAP_NONE) return UI_NOTHING;
      v->review_flag = seg->flag;
    } else if (seg->flag >= 0) {
      note_first_tap(v, now);
      v->answer.picked |= 1u << seg->flag;
      v->last_flag = seg->flag;
    } else {
      note_first_tap(v, now);
      if (v->answer.misses < SCREEN_MAX_MISSES) v->answer.misses++;
      v->last_flag = FLAG_TAP_MISS;
    }
    rebuild(v);
    return UI_CHANGED;
  }
  return UI_NOTHING;
}

static bool inside(Rect r, int x, int y) { return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h; }

/* Squared distance from (x, y) to the nearest pixel of r; 0 inside. */
static long distance2(Rect r, int x, int y) {
  long dx = x < r.x ? r.x - x : (x >= r.x + r.w ? x - (r.x + r.w - 1) : 0);
  long dy = y < r.y ? r.y - y : (y >= r.y + r.h ? y - (r.y + r.h - 1) : 0);
  return dx * dx + dy * dy;
}

/* The widget a finger at (x, y) touches: one whose own rectangle holds the point, else,
   among the red flags whose larger hit areas hold it, the flag nearest the point (so
   thin lines of text are thumb-sized and an ambiguous tap picks the closest flag); a
   block of text to hear only where nothing else is. */
static int hit(const UiView *v, int x, int y) {
  int best = -1;
  long best_d = 0;
  for (int i = v->nwidgets - 1; i >= 0; i--) {
    const Widget *w = &v->widgets[i];
    if (w->action == ACT_NONE || w->action == ACT_READ) continue;
    if (w->scrolls && !inside(v->region, x, y)) continue; /* scrolled out of view */
    Rect r = shown(v, w);
    if (w->hit.w == 0) {
      if (inside(r, x, y)) return i;
      continue;
    }
    Rect h = w->hit;
    if (w->scrolls) h.y -= v->scroll_y;
    if (!inside(h, x, y)) continue;
    long d = distance2(r, x, y);
    if (d == 0) return i;
    if (best < 0 || d < best_d) {
      best = i;
      best_d = d;
    }
  }
  for (int i = v->nwidgets - 1; best < 0 && i >= 0; i--)
    if (v->widgets[i].action == ACT_READ && inside(shown(v, &v->widgets[i]), x, y) &&
        (!v->widgets[i].scrolls || inside(v->region, x, y)))
      best = i;
  return best;
}

UiEvent ui_view_input(UiView *v, const Input *in, uint64_t now) {
  if ((in->kind == INPUT_PRESS || in->kind == INPUT_KEY) && now < v->ready_at) {
    v->pressed = -1; /* too soon after the screen or its feedback appeared */
    return UI_NOTHING;
  }
  switch (in->kind) {
  case INPUT_PRESS:
    v->pressed = hit(v, in->x, in->y);
    return v->pressed >= 0 ? UI_CHANGED : UI_NOTHING;
  case INPUT_RELEASE: {
    int target = hit(v, in->x, in->y);
    int pressed = v->pressed;
    v->pressed = -1;
    if (pressed < 0) return UI_NOTHING;
    /* a tap completes on the target it started on; segments of one red flag that
       wraps over two lines count as one target */
    if (target < 0 || v->widgets[target].action != v->widgets[pressed].action) return UI_CHANGED;
    if (v->widgets[pressed].action == ACT_READ && target != pressed) return UI_CHANGED; /* another block */
    v->read_widget = pressed;
    v->keyboard = false;
    UiEvent e = activate(v, v->widgets[pressed].action, now);
    return e == UI_NOTHING ? UI_CHANGED : e;
  }
  case INPUT_KEY: {
    if (v->s && v->s->kind == SCREEN_PASSWORD && v->phase == PHASE_ASK) {
      if (ui_keyboard_input(in, v)) { /* Space too: it types a space here */
        rebuild(v);
        return UI_CHANGED;
      }
      if (in->key == KEY_ENTER && v->focus < 0) return activate(v, ACT_CHECK, now); /* typed, then Enter */
    }
    /* outside a text field Space presses what has the focus, as Enter does */
    Key k = in->key == KEY_CHAR && in->ch == ' ' && !in->ctrl && !in->alt ? KEY_ENTER : in->key;
    switch (k) {
    case KEY_TAB:
    case KEY_RIGHT:
      v->keyboard = true;
      return ui_focus_move(v, 1);
    case KEY_BACKTAB:
    case KEY_LEFT:
      v->keyboard = true;
      return ui_focus_move(v, -1);
    case KEY_DOWN:
    case KEY_UP: /* through the content, scrolling what is between the controls */
      v->keyboard = true;
      return ui_focus_step(v, k == KEY_DOWN ? 1 : -1);
    case KEY_PAGEDOWN:
    case KEY_PAGEUP:
      v->keyboard = true;
      return ui_focus_page(v, k == KEY_PAGEDOWN ? 1 : -1);
    case KEY_ENTER:
      v->keyboard = true;
      if (v->focus < 0) return ui_focus_enter(v);
      return activate(v, v->widgets[v->focus].action, now);
    case KEY_ESCAPE:
      return UI_EXIT;
    default:
      return UI_NOTHING;
    }
  }
  case INPUT_REDRAW:
    return UI_CHANGED;
  default:
    return UI_NOTHING;
  }
}

bool ui_view_answer(const UiView *v, Answer *a) {
  *a = v->answer;
  a->status = ANSWER_GIVEN;
  const Screen *s = v->s;
  if (!s) return false;
  if (s->kind == SCREEN_PAGE || s->kind == SCREEN_RESULT ||
      (s->kind == SCREEN_CHAT && s->noptions == 0)) {
    *a = answer_continue();
  }
  return screen_answer_valid(s, a);
}

void ui_view_settle(UiView *v) {
  if (v->revealed != v->nfresh) {
    v->revealed = v->nfresh;
    rebuild(v);
  }
}

void ui_view_show_answer(UiView *v, const Answer *a) {
  if (!v->s) return;
  v->revealed = v->nfresh;
  v->answer = *a;
  v->phase = screen_has_feedback(v->s) ? PHASE_FEEDBACK : PHASE_ASK;
  if (v->s->kind == SCREEN_PASSWORD) { /* the drivers "type" the sample of the level */
    UiPasswordRating r = ui_password_rate(v->ui->text, ui_password_sample(a->choice));
    v->pw_why = (int)r.why;
    v->pw_words = r.words;
  }
  v->last_flag = FLAG_TAP_NONE;
  v->review_flag = FLAG_TAP_NONE;
  rebuild(v);
}

/* ---- animation ------------------------------------------------------------------ */

static int revealed_at(const UiView *v, uint64_t now) {
  if (now < v->shown_at + CHAT_FIRST_MS) return 0;
  uint64_t n = (now - v->shown_at - CHAT_FIRST_MS) / CHAT_EACH_MS + 1;
  return n > (uint64_t)v->nfresh ? v->nfresh : (int)n;
}

/* The next frame of a running animation, then one more at its end; -1 when still. */
static int anim_wake_ms(const UiView *v, uint64_t now) {
  if (!v->anim_until || v->drawn_at >= v->anim_until) return -1;
  uint64_t next = v->drawn_at + UI_FRAME_MS;
  if (next > v->anim_until) next = v->anim_until;
  return next > now ? (int)(next - now) : 0;
}

static int earliest(int a, int b) { return a < 0 ? b : (b < 0 ? a : (a < b ? a : b)); }

/* ---- transitions: a screen coming in, a chat message appearing, a badge earned ---- */

/* How far a transition that began at `since` has got: 0 at its start, 1 when over (or
   none); eased, so it slows as it lands. */
static float motion_done(uint64_t since, uint64_t now) {
  if (!since || now >= since + UI_FADE_MS) return 1;
  if (now <= since) return 0;
  float x = (float)(now - since) / UI_FADE_MS;
  return 1 - (1 - x) * (1 - x);
}

/* Small things moving (a chat message rising in, a badge growing, a hint fading) move
   in UI_SMALL_STEPS steps, not every frame: each step draws them again blended (SDL's
   software renderer: ~25 instructions a pixel with an alpha) and a badge's shapes are
   rasterised anew at each size; a chat message's ten frames were 10.3 M instructions at
   800x480 (callgrind). The time a transition that began at `since` shows at `now`: the
   end of its step. */
#define UI_SMALL_STEPS 4
static uint64_t in_steps(uint64_t since, uint64_t now) {
  const uint64_t step = UI_FADE_MS / UI_SMALL_STEPS;
  if (!since || now <= since) return now;
  return since + (now - since + step - 1) / step * step;
}

static void motion_start(UiView *v, uint64_t *since, uint64_t now) {
  if (v->ui->reduce_motion) {
    *since = 0;
    return;
  }
  *since = now ? now : 1; /* 0 means still */
  if (v->anim_until < now + UI_FADE_MS) v->anim_until = now + UI_FADE_MS;
}

void ui_view_enter(UiView *v, uint64_t now) {
  if (v) motion_start(v, &v->enter_at, now);
}

int ui_view_moving_ms(const UiView *v, uint64_t now) {
  uint64_t until = 0;
  if (v->enter_at && v->enter_at + UI_FADE_MS > until) until = v->enter_at + UI_FADE_MS;
  if (v->bubble_at && v->bubble_at + UI_FADE_MS > until) until = v->bubble_at + UI_FADE_MS;
  return until > now ? (int)(until - now) : 0;
}

bool ui_view_shows_card(const UiView *v) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].kind == W_QR) return true;
  return false;
}

int ui_view_wake_ms(const UiView *v, uint64_t now) {
  int anim = anim_wake_ms(v, now);
  if (v->revealed >= v->nfresh) return anim;
  uint64_t next = v->shown_at + CHAT_FIRST_MS + (uint64_t)v->revealed * CHAT_EACH_MS;
  return earliest(anim, next > now ? (int)(next - now) : 0);
}

/* ---- drawing -------------------------------------------------------------------- */

static Color darker(Color c) {
  return (Color){(uint8_t)(c.r * 4 / 5), (uint8_t)(c.g * 4 / 5), (uint8_t)(c.b * 4 / 5), c.a};
}

static Color faded(Color c, float a) { return (Color){c.r, c.g, c.b, (uint8_t)(c.a * a)}; }

/* How much of a hint is left: 1 until the first tap, then down to 0 over UI_FADE_MS. */
static float hint_alpha(UiView *v, uint64_t now) {
  if (v->hint_gone) return 0;
  if (!v->first_tap_at) return 1;
  now = in_steps(v->first_tap_at, now);
  uint64_t gone = now > v->first_tap_at ? now - v->first_tap_at : 0;
  if (gone >= UI_FADE_MS) {
    v->hint_gone = true;
    return 0;
  }
  return 1.0f - (float)gone / UI_FADE_MS;
}

static void draw_widget(UiView *v, Render *r, int i, uint64_t now);

/* Widget i part way through a transition: alpha of its colours, dy pixels lower, and
   scale (a badge growing in) about its centre; drawn once so, then restored. */
static void draw_moving(UiView *v, Render *r, int i, uint64_t now, float alpha, int dy, float scale) {
  Widget *w = &v->widgets[i];
  Widget keep = *w;
  w->fg = faded(w->fg, alpha);
  w->bg = faded(w->bg, alpha);
  w->border = faded(w->border, alpha);
  w->r.y += dy;
  if (scale < 1) {
    int nw = (int)((float)w->r.w * scale), nh = (int)((float)w->r.h * scale);
    w->r = (Rect){w->r.x + (w->r.w - nw) / 2, w->r.y + (w->r.h - nh) / 2, nw, nh};
    w->radius = (int)((float)w->radius * scale);
  }
  w->pop = false;
  draw_widget(v, r, i, now);
  *w = keep;
}

/* Dashes of length 3 and gaps of 2 outline thicknesses along one edge from a to b,
   centred so both ends look alike. */
static void draw_dash_run(Render *r, int a, int b, int at, int t, bool across, Color c) {
  int dash = 3 * t, step = 5 * t, len = b - a;
  if (len < dash) return;
  int n = (len - dash) / step + 1, x = a + (len - (n - 1) * step - dash) / 2;
  for (int k = 0; k < n; k++, x += step)
    render_round_rect(r, across ? (Rect){x, at, dash, t} : (Rect){at, x, t, dash}, 0, c);
}

/* A dashed outline inside rect: along each side between its rounded corners, so a
   missed red flag's box reads as "not yet found" beside a found one's solid line. */
static void draw_dashes(Render *r, Rect rect, int radius, int t, Color c) {
  draw_dash_run(r, rect.x + radius, rect.x + rect.w - radius, rect.y, t, true, c);
  draw_dash_run(r, rect.x + radius, rect.x + rect.w - radius, rect.y + rect.h - t, t, true, c);
  draw_dash_run(r, rect.y + radius, rect.y + rect.h - radius, rect.x, t, false, c);
  draw_dash_run(r, rect.y + radius, rect.y + rect.h - radius, rect.x + rect.w - t, t, false, c);
}

/* The region's clip, a little wider than its column so outlines and focus rings at
   its edges are not cut; its top and bottom are where the scrolled text is cut. */
static Rect scroll_clip(const UiView *v) {
  int m = theme_dp(&v->theme, DP_FOCUS_RING) * 3;
  return (Rect){v->region.x - m, v->region.y, v->region.w + 2 * m, v->region.h};
}

/* Where a and b overlap (w or h 0 if nowhere). */
static Rect rect_meet(Rect a, Rect b) {
  int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
  int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w, y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
  return (Rect){x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}

static void draw_widget(UiView *v, Render *r, int i, uint64_t now) {
  Widget *w = &v->widgets[i];
  if (w->hint) {
    float a = hint_alpha(v, now);
    if (a <= 0) return;
    Widget keep = *w; /* drawn once with its colours faded, then restored */
    w->hint = false;
    w->fg = faded(w->fg, a);
    w->bg = faded(w->bg, a);
    w->border = faded(w->border, a);
    draw_widget(v, r, i, now);
    *w = keep;
    return;
  }
  bool pressed = v->pressed >= 0 && v->widgets[v->pressed].action == w->action && w->action;
  switch (w->kind) {
  case W_BOX:
  case W_BUTTON: {
    if (w->action == ACT_SPEAK) {
      ui_readalong_draw_speaker(v, r, w, pressed);
      break;
    }
    Color bg = pressed ? darker(w->bg) : w->bg;
    if (w->bg.a) render_round_rect(r, w->r, w->radius, bg);
    Rect ring = {w->r.x - w->outset[0], w->r.y - w->outset[1], w->r.w + w->outset[0] + w->outset[2],
                 w->r.h + w->outset[1] + w->outset[3]};
    bool cut = ring.w != w->r.w || ring.h != w->r.h;
    if (cut) render_clip(r, w->scrolls ? rect_meet(w->r, scroll_clip(v)) : w->r);
    if (w->border_width && w->dashed) draw_dashes(r, ring, w->radius, w->border_width, w->border);
    else if (w->border_width) render_round_outline(r, ring, w->radius, w->border_width, w->border);
    if (cut && w->scrolls) render_clip(r, scroll_clip(v)); /* as the caller had it */
    else if (cut) render_unclip(r);
    if (w->text) {
      int ty = w->r.y + (w->r.h - w->text->height) / 2;
      render_text(r, w->text, w->r.x, ty, w->fg, w->offsets, NULL, 0);
    }
    break;
  }
  case W_TEXT:
    if (w->secret) render_text_once(r, w->text, w->r.x, w->r.y, w->fg, w->offsets);
    else render_text(r, w->text, w->r.x, w->r.y, w->fg, w->offsets, w->tag_colors, w->ntags);
    break;
  case W_ICON:
    render_icon(r, w->icon, w->r, w->fg);
    break;
  case W_IMAGE:
    render_image(r, w->image, w->r, NULL);
    break;
  case W_QR:
    ui_draw_card(r, w->qr, w->r);
    break;
  case W_HIT:
    if (pressed) render_round_rect(r, w->r, theme_dp(&v->theme, DP_PRESS_RADIUS), (Color){0, 0, 0, 28});
    break;
  }
}

/* A badge growing in, drawn over the content's layer (it overlaps nothing there), cut
   as the region it scrolls in is. */
static void draw_popping(UiView *v, Render *r, int i, uint64_t now, float enter, int rise) {
  Widget *w = &v->widgets[i];
  if (w->scrolls) render_clip(r, scroll_clip(v));
  Rect keep = w->r;
  w->r = shown(v, w);
  draw_moving(v, r, i, now, enter, (int)((float)rise * (1 - enter)), 0.4f + 0.6f * enter);
  w->r = keep;
  if (w->scrolls) render_unclip(r);
}

void ui_view_draw(UiView *v, Render *r, uint64_t now) {
  if (v->nfresh && v->revealed < v->nfresh) {
    int want = revealed_at(v, now);
    if (want != v->revealed) {
      v->revealed = want;
      rebuild(v);
      motion_start(v, &v->bubble_at, now); /* the new message rises in */
    }
  }
  v->drawn_at = now;
  float enter = motion_done(v->enter_at, now), bubble = motion_done(v->bubble_at, in_steps(v->bubble_at, now));
  float pop = motion_done(v->enter_at, in_steps(v->enter_at, now)); /* a badge being earned */
  if (enter >= 1) v->enter_at = 0;
  if (bubble >= 1) v->bubble_at = 0;
  int rise = theme_dp(&v->theme, DP_BADGE_RISE), bubble_rise = theme_dp(&v->theme, DP_BUBBLE_RISE);
  /* A screen coming in (nothing else moving): its content is drawn as it will stand
     into a layer and revealed from the top down under the still top bar
     (render/layer.c): each frame copies only the rows it adds, without blending. */
  bool layered = (enter < 1 || v->layer) && bubble >= 1; /* and its last frame, a copy */
  if (!layered && v->layer) {
    render_layer_free(v->layer);
    v->layer = NULL;
  }
  render_clear(r, v->theme.bg);
  int mark = render_mark(r);
  uint32_t lit_shift = 0;
  int lit = ui_readalong_widget(v, &lit_shift);
  bool clipped = false;
  for (int i = 0; i <= v->nwidgets; i++) {
    if (layered && i == v->bar_from) { /* the content is drawn: the top bar stays still */
      if (clipped) render_unclip(r);
      clipped = false;
      render_as_layer(r, &v->layer, mark, v->theme.bg, enter, enter < 1);
      for (int k = 0; k < v->bar_from; k++)
        if (v->widgets[k].pop) draw_popping(v, r, k, now, pop, rise);
    }
    if (i == v->nwidgets) break;
    Widget *w = &v->widgets[i];
    if (layered && i < v->bar_from && w->pop) continue; /* drawn over the layer */
    if (w->scrolls != clipped) { /* entering or leaving the scroll region */
      clipped = w->scrolls;
      if (clipped) render_clip(r, scroll_clip(v));
      else render_unclip(r);
    }
    Rect keep = w->r;
    w->r = shown(v, w); /* where it is in view, scrolled or not */
    /* the newest chat message rises in (a screen coming in while one does is shown as
       it stands: the two never meet in a lesson, its first message comes 500 ms later) */
    float alpha = 1;
    int dy = 0;
    if (i >= v->bubble_from && i < v->bubble_to) {
      alpha *= bubble;
      dy += (int)((float)bubble_rise * (1 - bubble));
    }
    float scale = w->pop ? 0.4f + 0.6f * pop : 1;
    if (alpha < 1 || dy || scale < 1) draw_moving(v, r, i, now, alpha, dy, scale);
    else draw_widget(v, r, i, now);
    if (i == lit) ui_readalong_draw(v, r, i, lit_shift);
    w->r = keep;
  }
  if (clipped) render_unclip(r);
  if (enter >= 1 && v->layer) { /* it has come in */
    render_layer_free(v->layer);
    v->layer = NULL;
  }
  if (v->keyboard && v->focus >= 0) {
    int t = theme_dp(&v->theme, DP_FOCUS_RING);
    int action = v->widgets[v->focus].action;
    for (int i = 0; i < v->nwidgets; i++) {
      const Widget *w = &v->widgets[i];
      if (w->action != action) continue;
      Rect sr = shown(v, w);
      Rect fr = {sr.x - t * 2, sr.y - t * 2, sr.w + t * 4, sr.h + t * 4};
      render_round_outline(r, fr, v->theme.radius + t, t, v->theme.focus);
    }
  }
}

/* ---- fit check ------------------------------------------------------------------ */

static void collect(UiView *v, char **problems, int *n, int max, const char *state) {
  const Screen *s = v->s;
  for (int i = 0; i < v->nproblems && *n < max; i++) {
    char line[400];
    snprintf(line, sizeof line, "%s%s%s%s (%s) at %dx%d: %s", screen_kind_name(s->kind),
             s->id ? " '" : "", s->id ? s->id : "", s->id ? "'" : "", state, v->width,
             v->height, v->problems[i]);
    bool dup = false;
    for (int k = 0; k < *n; k++)
      if (strcmp(problems[k], line) == 0) dup = true;
    if (!dup) problems[(*n)++] = xstrdup(line);
  }
}

int ui_check_fit(Ui *ui, const Screen *s, const UiFrame *frame, int width, int height,
                 char **problems, int max) {
  int n = 0;
  UiView *v = ui_view_new(ui, s, frame, width, height, NULL, 0);
  ui_view_settle(v);
  collect(v, problems, &n, max, "asking");
  if (s->kind == SCREEN_FLAGS) {
    for (int f = FLAG_TAP_MISS; f < s->nflags; f++) { /* a miss, no tap, each flag */
      v->last_flag = f;
      rebuild(v);
      collect(v, problems, &n, max, "explaining a flag");
    }
  }
  if (s->kind == SCREEN_PASSWORD) /* each level's name beside the meter, every layer */
    for (int layer = 0; layer < 4; layer++) {
      snprintf(v->typed, sizeof v->typed, "%s", ui_password_sample(layer % 3));
      v->ntyped = (int)strlen(v->typed);
      v->symbols = layer == 1;
      v->shift = layer == 2;
      v->latin = layer == 3;
      rebuild(v);
      collect(v, problems, &n, max, "typing");
    }
  Answer alts[SCREEN_MAX_ALTERNATIVES];
  int na = screen_has_feedback(s) ? screen_alternatives(s, alts, (int)(sizeof alts / sizeof alts[0])) : 0;
  for (int i = 0; i < na; i++) {
    ui_view_show_answer(v, &alts[i]);
    collect(v, problems, &n, max, "feedback");
    if (s->kind == SCREEN_FLAGS)
      for (int f = 0; f < s->nflags; f++) {
        v->review_flag = f;
        rebuild(v);
        collect(v, problems, &n, max, "reviewing a flag");
      }
  }
  ui_view_free(v);
  return n;
}

int ui_action_named(const char *name, int n) {
  static const struct { const char *name; int action, count; } names[] = { /* count 0: single */
      {"continue", ACT_NEXT, 0},        {"check", ACT_CHECK, 0},
      {"done", ACT_DONE, 0},            {"safe", ACT_SAFE, 0},
      {"scam", ACT_SCAM, 0},            {"help", ACT_HELP, 0},
      {"back", ACT_EXIT, 0},            {"listen", ACT_LISTEN, 0},
      {"start", UI_ACT_START, 0},       {"delete", UI_ACT_DELETE, 0},
      {"prev", UI_ACT_PAGE_PREV, 0},    {"more", UI_ACT_PAGE_NEXT, 0},
      {"text-size", UI_ACT_EXTRA, 0},   {"speaker", ACT_SPEAK, 0},
      {"read-aloud", UI_ACT_TOGGLE, 0}, {"end-visit", UI_ACT_END_VISIT, 0},
      {"option", ACT_OPTION, SCREEN_MAX_OPTIONS},
      {"part", ACT_SEGMENT, VIEW_MAX_SEGMENTS}, {"item", UI_ACT_ITEM, PANEL_MAX_ITEMS},
      {"button", UI_ACT_BUTTON, PANEL_MAX_BUTTONS}, {"digit", UI_ACT_DIGIT, PANEL_PIN_DIGITS},
      {"tab", UI_ACT_TAB, PANEL_MAX_TABS},      {"language", UI_ACT_LANGUAGE, PANEL_MAX_LINES},
      {"shift", ACT_KEY_SHIFT, 0},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(names[i].name, name) == 0) {
      if (!names[i].count) return names[i].action;
      return n >= 0 && n < names[i].count ? names[i].action + n : -1;
    }
  return -1;
}
