/* overlap.c — a kiosk screen's fit check beyond text that wraps: nothing a person reads
   or taps lies under something else, or off the screen. Larger text once pushed Get
   help's last line under its Close button with no wrap to report; this finds that. */
#include <stdio.h>

#include "ui/internal.h"

static bool solid(const Widget *w) {
  return (w->kind == W_TEXT || w->kind == W_BUTTON) && w->r.w > 0 && w->r.h > 0 &&
         (w->kind != W_TEXT || (w->text && w->text->nlines > 0));
}

/* Where a widget's ink is: a text's lines as laid out (its rect is the width it
   may take, usually more), anything else its rect. */
static Rect ink(const Widget *w) {
  if (w->kind != W_TEXT || !w->text || w->text->nlines == 0) return w->r;
  int left = w->r.x + w->r.w, right = w->r.x;
  for (int i = 0; i < w->text->nlines; i++) {
    int x = w->r.x + (w->offsets ? w->offsets[i] : 0);
    if (x < left) left = x;
    if (x + w->text->lines[i].width > right) right = x + w->text->lines[i].width;
  }
  /* a label cut to its first line (a long title in a chart) shows only that line */
  return (Rect){left, w->r.y, right > left ? right - left : 0, w->text->nlines * w->text->line_height};
}

/* Where a button's words are, as view.c draws them: its lines at their offsets, the
   block in the middle of the button's height. */
static Rect label_ink(const Widget *w) {
  const TextLayout *l = w->text;
  int left = w->r.x + w->r.w, right = w->r.x;
  for (int i = 0; i < l->nlines; i++) {
    int x = w->r.x + (w->offsets ? w->offsets[i] : 0);
    if (x < left) left = x;
    if (x + l->lines[i].width > right) right = x + l->lines[i].width;
  }
  return (Rect){left, w->r.y + (w->r.h - l->height) / 2, right > left ? right - left : 0, l->height};
}

static bool inside(Rect a, Rect b) { /* a within b */
  return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
}

static bool meet(Rect a, Rect b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static const char *words_of(const Widget *w) {
  return w->text && w->text->text ? w->text->text : "";
}

void ui_check_overlaps(UiView *v) {
  Rect screen = {0, 0, v->width, v->height};
  bool scrolling = v->region.h > 0;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *a = &v->widgets[i];
    if (!solid(a)) continue;
    if (!a->scrolls && !inside(ink(a), screen)) ui_problem(v, "off the screen", words_of(a));
    for (int j = i + 1; j < v->nwidgets; j++) {
      const Widget *b = &v->widgets[j];
      if (!solid(b)) continue;
      /* what scrolls is clipped to its region: against what does not, the region
         stands for it; two that scroll together are compared where they are */
      bool together = a->scrolls == b->scrolls || !scrolling;
      Rect ra = a->scrolls && !together ? v->region : ink(a), rb = b->scrolls && !together ? v->region : ink(b);
      if (!meet(ra, rb)) continue;
      if (inside(ra, rb) || inside(rb, ra)) {
        /* a text inside a button (a staff row's value) must keep off the button's own
           words: a long Burmese label once ran under its value */
        const Widget *button = a->kind == W_BUTTON ? a : b, *text = a->kind == W_BUTTON ? b : a;
        if (button->kind == W_BUTTON && text->kind == W_TEXT && button->text && button->text->nlines > 0 &&
            a->scrolls == b->scrolls && meet(label_ink(button), ink(text)))
          ui_problem(v, "overlaps a button's words", words_of(text));
        continue;
      }
      ui_problem(v, "overlaps another", *words_of(a) ? words_of(a) : words_of(b));
    }
  }
}

/* Text under the floor, wherever it is drawn: a role made smaller, or a layout shrunk
   to fit. Found on the result screen, whose "Remember" and "Badge earned!" were drawn
   at 80 % once its help box did not fit beside the take-aways. */
void ui_check_text_sizes(UiView *v) {
  int floor = theme_dp(&v->theme, UI_TEXT_MIN_DP); /* not theme.text_floor: a layout may lower that */
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->phone || !w->text || w->text->nlines == 0 || w->text->style.size >= floor) continue;
    char what[48];
    snprintf(what, sizeof what, "text under %d px (%d px)", floor, w->text->style.size);
    ui_problem(v, what, words_of(w));
  }
}
