/* focus.c — the keyboard's way through a view, for a USB keyboard with only Tab, Enter
   and the arrows, or a person who only presses Enter.
   - Tab (and Left/Right) moves the focus in reading order and scrolls the control it
     lands on into view, so the screen scrolls as the focus goes through it. From
     nothing it starts at the first control in view (Shift+Tab: the last).
   - Up and Down do the same, but first scroll the content that does not fit when the
     next control is outside it (Finish under take-aways): nothing is skipped unread.
   - Page Down and Page Up scroll the content a page.
   - Enter with nothing focused, on a lesson's screen, reads on (a page down) while
     there is more below; then it focuses the screen's primary control (Continue,
     Finish, Check, I'm done, a notice's first button, the menu's next lesson), else the
     first control in view: never the top bar, never a scroll arrow. So pressing only
     Enter always moves forward, and every lesson reaches its result and Finish.
   The scroll arrows are for fingers only: out of the focus order (layout.c), since a
   focused arrow took Enter-only round in circles (down, then up from the top again). */
#include <limits.h>

#include "ui/internal.h"

/* The region's y where the widget's top is now, scrolled or not. */
static int shown_y(const UiView *v, const Widget *w) { return w->scrolls ? w->r.y - v->scroll_y : w->r.y; }

bool ui_view_scrolls(const UiView *v) { return v->region.h > 0; }

bool ui_focus_in_view(const UiView *v, int i) {
  const Widget *w = &v->widgets[i];
  if (!w->scrolls || !v->region.h) return true;
  int y = shown_y(v, w);
  return y >= v->region.y && y + w->r.h <= v->region.y + v->region.h;
}

void ui_scroll_to(UiView *v, int i) {
  const Widget *w = &v->widgets[i];
  if (!w->scrolls || !v->region.h) return;
  int top = w->r.y - v->region.y, bottom = top + w->r.h;
  int y = v->scroll_y;
  if (bottom - y > v->region.h) y = bottom - v->region.h;
  if (top < y) y = top;
  v->scroll_y = y < 0 ? 0 : (y > v->scroll_max ? v->scroll_max : y);
}

static bool in_bar(const UiView *v, const Widget *w) {
  return v->frame.title && !w->scrolls && w->r.y + w->r.h <= v->theme.bar_h;
}

/* Keyboard order is reading order, top to bottom then left to right, with the top bar
   (Back, Language, Get help) last: Tab from nothing lands on the first thing to read or
   answer, not on "Back to menu". Content that scrolls is read where it stands in the
   content, but no lower than the region's bottom edge, so a control fixed under the
   region (Check under the ticks) comes after all of the content, not in its middle. */
static long long focus_rank(const UiView *v, int i) {
  const Widget *w = &v->widgets[i];
  long long y = w->r.y < 0 ? 0 : w->r.y, x = w->r.x < 0 ? 0 : w->r.x, edge = y;
  if (w->scrolls && v->region.h && edge > v->region.y + v->region.h - 1) edge = v->region.y + v->region.h - 1;
  return ((long long)in_bar(v, w) << 60) | (edge << 40) | (y << 20) | x;
}

/* Scrolled content wholly out of view on the side the order is entered from: above
   the region going forward (dir > 0), below it going back. */
static bool passed(const UiView *v, const Widget *w, int dir) {
  if (!w->scrolls || !v->region.h) return false;
  int y = shown_y(v, w);
  return dir > 0 ? y + w->r.h <= v->region.y : y >= v->region.y + v->region.h;
}

/* Some of the widget shows in the view. */
static bool shows(const UiView *v, const Widget *w) {
  if (!w->scrolls || !v->region.h) return true;
  int y = shown_y(v, w);
  return y < v->region.y + v->region.h && y + w->r.h > v->region.y;
}

/* Where Tab from nothing enters the order (Shift+Tab: dir < 0): the first control in
   reading order not scrolled away above the view (the last not below it), when some of
   it shows (focus_on scrolls the rest in). After Page Down the learner goes on from what
   they are reading, not from the top of the screen scrolled back. -1 when none shows:
   the order starts at its first (last), as at the top of the screen. */
static int entry_in_view(const UiView *v, int dir) {
  int best = -1;
  for (int i = 0; i < v->nwidgets; i++) {
    if (!v->widgets[i].focusable || passed(v, &v->widgets[i], dir)) continue;
    if (best < 0 || (dir > 0 ? focus_rank(v, i) < focus_rank(v, best) : focus_rank(v, i) > focus_rank(v, best))) best = i;
  }
  return best >= 0 && shows(v, &v->widgets[best]) ? best : -1;
}

/* The widget after focus (before, for dir < 0) in reading order, wrapping round; from
   nothing the first (the last) in view, else the first (the last); -1 when nothing is
   focusable. */
static int next_focus(const UiView *v, int dir) {
  if (v->focus < 0) {
    int entry = entry_in_view(v, dir);
    if (entry >= 0) return entry;
  }
  int best = -1, wrap = -1;
  long long here = v->focus >= 0 ? focus_rank(v, v->focus) : (dir > 0 ? -1 : LLONG_MAX);
  for (int i = 0; i < v->nwidgets; i++) {
    if (!v->widgets[i].focusable || i == v->focus) continue;
    long long r = focus_rank(v, i);
    /* the nearest one after here (before, going back); ties go by widget order */
    bool ahead = dir > 0 ? (r > here || (r == here && i > v->focus)) : (r < here || (r == here && i < v->focus));
    if (ahead && (best < 0 || (dir > 0 ? r < focus_rank(v, best) : r > focus_rank(v, best)))) best = i;
    if (wrap < 0 || (dir > 0 ? r < focus_rank(v, wrap) : r > focus_rank(v, wrap))) wrap = i;
  }
  return best >= 0 ? best : wrap;
}

/* Lays the view out again after its scroll moved (the arrows and the track follow it),
   keeping the focus where it was: on the same control while it is in view, else none,
   so Enter never presses what the learner cannot see. */
static void relayout(UiView *v) {
  ui_relayout(v);
  if (v->focus >= 0 && !ui_focus_in_view(v, v->focus)) v->focus = -1;
}

static UiEvent focus_on(UiView *v, int i) {
  if (i < 0) return UI_NOTHING;
  v->focus = i;
  int before = v->scroll_y;
  ui_scroll_to(v, i);
  if (v->scroll_y != before) relayout(v); /* finds the control again by its action */
  return UI_CHANGED;
}

UiEvent ui_focus_move(UiView *v, int dir) { return focus_on(v, next_focus(v, dir)); }

static bool scroll_by(UiView *v, int dy) {
  int y = v->scroll_y + dy;
  y = y < 0 ? 0 : (y > v->scroll_max ? v->scroll_max : y);
  if (!v->region.h || y == v->scroll_y) return false;
  v->scroll_y = y;
  relayout(v);
  return true;
}

/* A page, less a line so the reader keeps their place. */
static int page(const UiView *v) {
  return v->region.h - theme_text(&v->theme, ROLE_BODY, v->tscale).size * 3 / 2;
}

/* A page, but a take-home card's code that fits the region is never left cut by the
   page's edge: a phone camera reads only a whole code, and paging on past one cut at the
   top (down) or at the bottom (up) would leave it never wholly in view. The page then
   stops at the code's edge: it only gets shorter, so no text is skipped. */
bool ui_scroll_page(UiView *v, int dir) {
  int dy = dir * page(v), h = v->region.h;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->kind != W_QR || !w->scrolls || w->r.h > h || ui_focus_in_view(v, i)) continue;
    int top = w->r.y - v->region.y, bottom = top + w->r.h; /* as scroll_y puts them at the top */
    int y = v->scroll_y + dy;
    if (dir > 0 && y > top && y < bottom && top > v->scroll_y) dy = top - v->scroll_y;
    if (dir < 0 && y + h > top && y + h < bottom && bottom - h < v->scroll_y) dy = bottom - h - v->scroll_y;
  }
  return scroll_by(v, dy);
}

UiEvent ui_focus_step(UiView *v, int dir) {
  int next = next_focus(v, dir);
  bool more = dir > 0 ? v->scroll_y < v->scroll_max : v->scroll_y > 0;
  /* leaving the content (or nothing to go to) while some of it is still unseen: about
     three lines of it first */
  if (v->region.h && more && (next < 0 || !v->widgets[next].scrolls)) {
    scroll_by(v, dir * theme_text(&v->theme, ROLE_BODY, v->tscale).size * 4);
    return UI_CHANGED;
  }
  return focus_on(v, next);
}

UiEvent ui_focus_page(UiView *v, int dir) { return ui_scroll_page(v, dir) ? UI_CHANGED : UI_NOTHING; }

UiEvent ui_focus_enter(UiView *v) {
  if (v->s && v->region.h && v->scroll_y < v->scroll_max) { /* a lesson's screen is read on first */
    ui_scroll_page(v, 1);
    return UI_CHANGED;
  }
  int primary = -1, in_view = -1, first = -1;
  long long in_view_rank = LLONG_MAX, first_rank = LLONG_MAX;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (!w->focusable || in_bar(v, w)) continue;
    if (w->primary && primary < 0) primary = i;
    long long r = focus_rank(v, i);
    if (r < first_rank) first = i, first_rank = r;
    if (ui_focus_in_view(v, i) && r < in_view_rank) in_view = i, in_view_rank = r;
  }
  if (primary >= 0) return focus_on(v, primary);
  if (in_view >= 0) return focus_on(v, in_view);
  return focus_on(v, first); /* nothing yet (a chat's replies still to come): wait */
}
