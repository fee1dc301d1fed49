/* chart.c — the staff dashboard's screen: tabs for the charts, the chart's title and
   note, and its bars drawn by the engine, one row a lesson, week or language; on a
   portrait screen the tabs wrap and each label goes over its bar. */
#include <math.h>

#include "ui/internal.h"

/* The chart's title, and its note (the cards shown) at the right of the same row: the
   rows below keep their room (seven Burmese rows with Larger text need it all). */
static void chart_heading(UiView *v, Area *a, const Panel *p) {
  const Theme *t = &v->theme;
  Widget *note = NULL;
  int nw = 0, top = a->y;
  if (p->notice && t->portrait) { /* a narrow screen: the note under the title, each on the whole width */
    int tw, th, nh;
    text_measure(v->ui->text, p->title, theme_text(t, ROLE_HEADING, v->tscale), &tw, &th);
    text_measure(v->ui->text, p->notice, theme_text(t, ROLE_SMALL, v->tscale), &nw, &nh);
    if (tw + t->gap + nw > a->w || nw > a->w / 2) { /* beside the title it would wrap in its half */
      ui_text_in(v, a, p->title, ROLE_HEADING, t->primary, "chart title");
      ui_text_in(v, a, p->notice, ROLE_SMALL, t->ink, "chart note");
      return;
    }
  }
  if (p->notice) {
    int nh;
    text_measure(v->ui->text, p->notice, theme_text(t, ROLE_SMALL, v->tscale), &nw, &nh);
    if (nw > a->w / 2) nw = a->w / 2; /* a long note wraps in its half */
    note = ui_add_text(v, p->notice, ROLE_SMALL, t->ink, a->x + a->w - nw, top, nw + 1, true); /* right-aligned: */
    for (int k = 0; k < note->text->nlines; k++) note->offsets[k] = nw - note->text->lines[k].width;
  }
  Area head = {a->x, top, a->w - (note ? nw + t->gap : 0), a->bottom};
  ui_text_in(v, &head, p->title, ROLE_HEADING, t->primary, "chart title");
  a->y = head.y;
  if (!note) return;
  int title_h = head.y - t->gap - top;
  if (note->r.h < title_h) note->r.y = top + (title_h - note->r.h) / 2; /* on the title's middle */
  if (top + note->r.h + t->gap > a->y) a->y = top + note->r.h + t->gap;
  if (a->y - t->gap > a->bottom) ui_problem(v, "chart note", p->notice);
}

void ui_build_chart(UiView *v, const Panel *p) {
  const Theme *t = &v->theme;
  Area a = ui_content_area(v);
  ui_panel_buttons(v, &a, p, false);
  bool narrow = t->portrait;
  /* tabs: which chart; they wrap to a second row where one does not hold them all (a
     portrait screen), every tab whole */
  int x = a.x, th = t->touch, row_h = th;
  for (int i = 0; i < p->ntabs; i++) {
    int tw, h;
    text_measure(v->ui->text, p->tabs[i], theme_text(t, ROLE_SMALL, v->tscale), &tw, &h);
    int bw = tw + theme_dp(t, DP_TAB_AIR) + 2; /* + rounding: the label is laid out in it again */
    if (i > 0 && x + bw > a.x + a.w) {
      a.y += row_h + t->gap / 2;
      x = a.x;
      row_h = th;
    }
    /* every tab in the small text it was measured in; the chosen one in the primary colour */
    Widget *b = ui_add_button(v, (Rect){x, a.y, bw, th}, p->tabs[i], BTN_BAR, UI_ACT_TAB + i);
    if (i == p->tab) {
      b->bg = t->primary;
      b->fg = t->primary_ink;
    } else {
      b->bg = t->card;
      b->fg = t->ink;
      b->border = t->line;
      b->border_width = theme_dp(t, DP_HAIRLINE);
    }
    if (b->r.h > row_h) row_h = b->r.h; /* a tall script (Burmese) makes the row taller */
    x += bw + t->gap / 2;
  }
  if (x - t->gap / 2 > a.x + a.w) ui_problem(v, "chart tabs", p->tabs[p->ntabs - 1]);
  a.y += p->ntabs ? row_h + t->gap : 0;
  /* a portrait screen: the heading scrolls with the rows between the tabs and the
     buttons (the rows alone had a sliver of room under two rows of Burmese tabs) */
  if (narrow) ui_scroll_begin(v, &a);
  chart_heading(v, &a, p);
  if (p->legend_a) {
    int sw = theme_dp(t, DP_LEGEND_SWATCH);
    Widget *ka = ui_add_box(v, (Rect){a.x, a.y + theme_dp(t, DP_LEGEND_Y), sw, sw}, t->chart_a, 3);
    Widget *la = ui_add_text(v, p->legend_a, ROLE_SMALL, t->ink_soft, a.x + sw + t->gap / 2, a.y, a.w / 3, false);
    if (p->legend_b) {
      int lx = la->r.x + la->text->width + t->gap * 2;
      ui_add_box(v, (Rect){lx, ka->r.y, sw, sw}, t->chart_b, 3);
      ui_add_text(v, p->legend_b, ROLE_SMALL, t->ink_soft, lx + sw + t->gap / 2, a.y, a.w / 3, false);
    }
    a.y += la->r.h + t->gap / 2;
  }
  if (p->nbars == 0) {
    ui_text_in(v, &a, p->text, ROLE_BODY, t->ink_soft, "no data");
    if (narrow) ui_scroll_end(v, &a);
    return;
  }
  /* a percentage fills its bar at 100, not at the largest value shown (67 % once
     filled the whole bar); counts fill it at the largest */
  double top = p->full;
  for (int i = 0; i < p->nbars && p->full <= 0; i++) {
    if (p->bars[i].a > top) top = p->bars[i].a;
    if (p->bars[i].b > top) top = p->bars[i].b;
  }
  if (top <= 0) top = 1;
  /* the rows scroll when they are more than the screen holds (seven languages in
     Burmese with Larger text) */
  int room = a.bottom - a.y;
  if (!narrow) ui_scroll_begin(v, &a);
  /* a table to look through, not text to read: it may be longer than three screens
     (many lessons in a tall script on a portrait screen), as the menu's list may */
  v->scroll_list = true;
  /* the value column as wide as its widest value ("12 of 40 wrong"), never wrapped */
  int value_w = theme_dp(t, DP_CHART_VALUE_MIN), value_h = 0;
  for (int i = 0; i < p->nbars; i++) {
    int vw = 0, vh = 0;
    if (p->bars[i].value) text_measure(v->ui->text, p->bars[i].value, theme_text(t, ROLE_SMALL, v->tscale), &vw, &vh);
    if (vw > value_w) value_w = vw;
    if (vh > value_h) value_h = vh;
  }
  /* a portrait screen has no room for label, bar and value in one row: each label
     takes a line of the whole width over its bar, and the value has up to half */
  bool stacked = narrow;
  if (value_w > a.w / (stacked ? 2 : 4)) value_w = a.w / (stacked ? 2 : 4);
  int label_w = stacked ? a.w : a.w * 2 / 5;
  int bar_x = stacked ? a.x : a.x + label_w + t->gap;
  int bar_w = a.w - value_w - t->gap - (stacked ? 0 : label_w + t->gap);
  /* a row is at least as tall as one line of its label (a Burmese line is 2.2 em); its
     bar keeps the usual thickness */
  int line = 0;
  for (int i = 0; i < p->nbars; i++) {
    int lw, lh;
    text_measure(v->ui->text, p->bars[i].label, theme_text(t, ROLE_SMALL, v->tscale), &lw, &lh);
    if (lh > line) line = lh;
  }
  int air = theme_dp(t, DP_CHART_BAR_AIR), row = room / p->nbars;
  int min_row = theme_dp(t, DP_CHART_ROW_MIN), max_row = theme_dp(t, DP_CHART_ROW_MAX);
  if (line + air > min_row) min_row = line + air;
  if (row < min_row) row = min_row;
  if (row > (max_row > min_row ? max_row : min_row)) row = max_row > min_row ? max_row : min_row;
  int h = (row < max_row ? row : max_row) - air, head = 0;
  if (stacked) { /* the label's line, then the bar at its full thickness beside its value */
    h = max_row - air;
    head = line;
    row = head + (h > value_h ? h : value_h) + air * 2;
  }
  for (int i = 0; i < p->nbars; i++) {
    const PanelBar *bar = &p->bars[i];
    int y = a.y + i * row, mid = y + head + (row - head - air) / 2, by = mid - h / 2;
    Widget *lab = ui_add_text(v, bar->label, ROLE_SMALL, t->ink, a.x, y, label_w, false);
    if (lab->text->nlines > 1) { /* a long lesson title: one line, and say so */
      lab->text->nlines = 1;
      lab->r.h = lab->text->line_height;
    }
    lab->r.y = stacked ? y : mid - lab->text->line_height / 2;
    ui_add_box(v, (Rect){bar_x, by, bar_w, h}, t->phone_bar, 4);
    double fa = bar->a > top ? 1 : bar->a / top, fb = bar->b > top ? 1 : bar->b / top;
    int wa = (int)lround(bar_w * fa), wb = (int)lround(bar_w * fb);
    /* each bar 3:1 against its track, and b 3:1 against a (theme.c) */
    if (wa > 0) ui_add_box(v, (Rect){bar_x, by, wa < 4 ? 4 : wa, h}, t->chart_a, 4);
    if (wb > 0) ui_add_box(v, (Rect){bar_x, by + h / 4, wb < 4 ? 4 : wb, h - h / 2}, t->chart_b, 3);
    if (bar->value) {
      Widget *val = ui_add_text(v, bar->value, ROLE_SMALL, t->ink, bar_x + bar_w + t->gap, y, value_w + 1, false);
      if (val->text->nlines > 1) ui_problem(v, "chart value", bar->value);
      val->r.y = mid - val->text->line_height / 2;
    }
  }
  a.y += p->nbars * row;
  ui_scroll_end(v, &a);
}
