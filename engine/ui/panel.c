/* panel.c — the kiosk's own screens: attract, languages, the lesson menu, notes and
   confirmations, "still there?", help lines, the staff PIN pad and staff lists (the
   statistics charts are chart.c's). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "ui/internal.h"

#define PIN_SLOTS 6 /* dots shown before any digit: the shortest new PIN */

static Widget *icon(UiView *v, Icon i, Rect r, Color c) {
  Widget *w = ui_add(v, W_ICON, r);
  w->icon = i;
  w->fg = c;
  return w;
}

/* Button i at (x, bottom - its height), w wide; its top. */
static int panel_button(UiView *v, const Panel *p, int i, int x, int bottom, int w) {
  const Theme *t = &v->theme;
  Widget *b = ui_add_button(v, (Rect){x, bottom - t->touch, w, t->touch}, p->buttons[i], i == 0 ? BTN_PRIMARY : BTN_OPTION,
                            UI_ACT_BUTTON + i);
  /* a notice's first button moves on (Keep going, I'm here, Close); where there is a
     list or tabs, the first button is Back and the list comes first */
  b->primary = i == 0 && !p->nitems && !p->ntabs;
  b->r.y = bottom - b->r.h; /* a taller script's button grows up */
  return b->r.y;
}

void ui_panel_buttons(UiView *v, Area *a, const Panel *p, bool centre) {
  if (!p->nbuttons) return;
  const Theme *t = &v->theme;
  int widths[PANEL_MAX_BUTTONS], total = 0;
  for (int i = 0; i < p->nbuttons; i++) {
    int tw, th;
    text_measure(v->ui->text, p->buttons[i], theme_text(t, ROLE_BUTTON, v->tscale), &tw, &th);
    widths[i] = tw + theme_dp(t, DP_PANEL_BUTTON_AIR);
    if (widths[i] < theme_dp(t, DP_PANEL_BUTTON_MIN)) widths[i] = theme_dp(t, DP_PANEL_BUTTON_MIN);
    if (widths[i] > a->w) widths[i] = a->w;
    total += widths[i] + (i ? t->gap : 0);
  }
  int share = (a->w - t->gap * (p->nbuttons - 1)) / p->nbuttons;
  bool shared = true; /* side by side in equal shares, when no word is cut so */
  for (int i = 0; i < p->nbuttons; i++) shared = shared && widths[i] <= share;
  if (total > a->w && shared) {
    for (int i = 0; i < p->nbuttons; i++) widths[i] = share;
  }
  /* rows, in order, of the buttons that fit side by side (Burmese "Cancel" beside two
     others on a portrait screen goes under them); the last row at the bottom */
  int first[PANEL_MAX_BUTTONS + 1], nrows = 0;
  for (int i = 0, w = 0; i < p->nbuttons; i++) {
    if (i == 0 || w + t->gap + widths[i] > a->w) {
      first[nrows++] = i;
      w = widths[i];
    } else {
      w += t->gap + widths[i];
    }
  }
  first[nrows] = p->nbuttons;
  int top = a->bottom;
  for (int r = nrows - 1; r >= 0; r--) {
    int bottom = r == nrows - 1 ? a->bottom : top - t->gap / 2, row_w = -t->gap;
    for (int i = first[r]; i < first[r + 1]; i++) row_w += widths[i] + t->gap;
    int x = centre ? a->x + (a->w - row_w) / 2 : a->x + a->w - row_w;
    for (int i = first[r]; i < first[r + 1]; i++) {
      int y = panel_button(v, p, i, x, bottom, widths[i]);
      if (y < top) top = y;
      x += widths[i] + t->gap;
    }
  }
  a->bottom = top - t->gap;
}

/* ---- attract --------------------------------------------------------------------- */

static void build_attract(UiView *v, const Panel *p) {
  const Theme *t = &v->theme;
  ui_add_box(v, (Rect){0, 0, v->width, v->height}, t->bar, 0);
  Widget *all = ui_add(v, W_HIT, (Rect){0, 0, v->width, v->height});
  all->action = UI_ACT_START;
  all->focusable = true;
  int size = t->portrait ? v->width / 3 : v->height / 3;
  Area a = {t->margin * 2, t->margin * 2, v->width - t->margin * 4, v->height - t->margin};
  if (!t->portrait) {
    Rect r = {a.x, (v->height - size) / 2 - theme_dp(t, DP_ATTRACT_RAISE), size, size};
    icon(v, ICON_SHIELD, r, t->accent_soft);
    icon(v, ICON_TICK, (Rect){r.x + size / 4, r.y + size / 5, size / 2, size / 2}, t->bar);
    a.x += size + t->margin * 2;
    a.w -= size + t->margin * 2;
  } else {
    Rect r = {(v->width - size) / 2, a.y, size, size};
    icon(v, ICON_SHIELD, r, t->accent_soft);
    icon(v, ICON_TICK, (Rect){r.x + size / 4, r.y + size / 5, size / 2, size / 2}, t->bar);
    a.y += size + t->margin;
  }
  if (p->notice) { /* e.g. a USB stick for staff: said quietly, in a corner */
    Widget *n = ui_add_text(v, p->notice, ROLE_SMALL, (Color){255, 255, 255, 200}, t->margin, 0,
                            v->width - 2 * t->margin, false);
    n->r.y = v->height - t->margin - n->r.h;
    a.bottom = n->r.y - t->gap;
  }
  ui_text_in(v, &a, p->title, ROLE_TITLE, t->bar_ink, "welcome title");
  ui_text_in(v, &a, p->text, ROLE_BODY, (Color){255, 255, 255, 220}, "welcome text");
  a.y += t->gap;
  for (int i = 0; i < p->nlines; i++) {
    bool lit = i == p->highlight;
    ui_text_in(v, &a, p->lines[i], lit ? ROLE_HEADING : ROLE_BODY,
               lit ? t->accent_soft : (Color){255, 255, 255, 200}, "touch to start");
  }
}

/* ---- languages ------------------------------------------------------------------- */

/* The read-aloud switch: a big button with the speaker, the words, and a switch that
   shows on or off by its position and colour, and says it in words too. */
static void read_aloud_toggle(UiView *v, Area *a, const Panel *p) {
  const Theme *t = &v->theme;
  int h = theme_dp(t, DP_TOGGLE_H), w = a->w < theme_dp(t, DP_TOGGLE_W) ? a->w : theme_dp(t, DP_TOGGLE_W);
  Rect r = {a->x + (a->w - w) / 2, a->bottom - h, w, h};
  int sw = theme_dp(t, DP_SWITCH_W), sh = theme_dp(t, DP_SWITCH_H), size = theme_dp(t, DP_TOGGLE_ICON);
  int pad = theme_dp(t, DP_BUTTON_PAD);
  const char *state = p->toggle_on ? v->ui->words->on : v->ui->words->off;
  int stw, sth;
  text_measure(v->ui->text, state, theme_text(t, ROLE_SMALL, v->tscale), &stw, &sth);
  int room = size + 2 * pad, tail = sw + stw + 3 * pad;
  Widget *b = ui_add(v, W_BUTTON, r);
  b->bg = p->toggle_on ? t->selected : t->option;
  b->border = p->toggle_on ? t->primary : t->line;
  b->border_width = theme_dp(t, DP_BORDER);
  b->radius = t->radius;
  b->action = UI_ACT_TOGGLE;
  b->focusable = true;
  icon(v, ICON_SPEAKER, (Rect){r.x + pad, r.y + (h - size) / 2, size, size}, t->primary);
  Widget *label = ui_add_text(v, p->toggle, ROLE_OPTION, t->option_ink, r.x + room, 0, r.w - room - tail, false);
  label->r.y = r.y + (h - label->r.h) / 2;
  if (label->r.h > h) ui_problem(v, "read-aloud switch", p->toggle);
  Rect track = {r.x + r.w - pad - sw, r.y + (h - sh) / 2, sw, sh};
  ui_add_box(v, track, p->toggle_on ? t->primary : t->line, sh / 2);
  int knob = sh - 2 * theme_dp(t, DP_SWITCH_INSET);
  int kx = p->toggle_on ? track.x + sw - sh + theme_dp(t, DP_SWITCH_INSET) : track.x + theme_dp(t, DP_SWITCH_INSET);
  ui_add_box(v, (Rect){kx, track.y + theme_dp(t, DP_SWITCH_INSET), knob, knob}, t->card, knob / 2);
  Widget *st = ui_add_text(v, state, ROLE_SMALL, p->toggle_on ? t->primary : t->ink_soft,
                           track.x - pad - stw, 0, stw + 1, false);
  st->r.y = r.y + (h - st->r.h) / 2;
  a->bottom = r.y - t->gap;
}

/* Every language's name fits a button of w x h in one or two lines, no word cut. */
static bool language_buttons_fit(UiView *v, const Panel *p, int w, int h) {
  if (h < v->theme.touch) return false;
  for (int i = 0; i < p->nitems; i++) {
    bool cut;
    if (ui_button_height_as(v, p->items[i].label, BTN_LANGUAGE, w, &cut) > h || cut) return false;
  }
  return true;
}

/* The buttons' size in a grid of cols columns over a; true when every name fits. */
static bool language_grid(UiView *v, const Panel *p, const Area *a, int cols, int *rows, int *cw,
                          int *ch) {
  const Theme *t = &v->theme;
  *rows = (p->nitems + cols - 1) / cols;
  *cw = (a->w - t->gap * (cols - 1)) / cols;
  *ch = *rows ? (a->bottom - a->y - t->gap * (*rows - 1)) / *rows : 0;
  if (*ch > theme_dp(t, DP_LANGUAGE_MAX_H)) *ch = theme_dp(t, DP_LANGUAGE_MAX_H);
  return language_buttons_fit(v, p, *cw, *ch);
}

static void build_languages(UiView *v, const Panel *p) {
  const Theme *t = &v->theme;
  /* bold names at the heading size (23 px), above the body's size: like the top bar
     they keep it with Larger text, so seven languages in four scripts fit unshrunk */
  float learner_scale = v->tscale;
  v->tscale = learner_scale < 1.0f ? learner_scale : 1.0f;
  Area a = ui_content_area(v);
  if (p->toggle) read_aloud_toggle(v, &a, p);
  Widget *globe = icon(v, ICON_CHAT, (Rect){a.x, a.y, theme_dp(t, DP_HEAD_ICON), theme_dp(t, DP_HEAD_ICON)}, t->primary);
  Area head = {a.x + globe->r.w + t->gap, a.y, a.w - globe->r.w - t->gap, a.bottom};
  ui_text_in(v, &head, p->title, ROLE_TITLE, t->ink, "title");
  a.y = head.y > a.y + globe->r.w + t->gap ? head.y : a.y + globe->r.w + t->gap;
  /* a grid, never smaller text: one column for up to three languages, two for more,
     or more columns when the rows are too short for the tallest name (a Burmese line is
     2.2 em tall) and the names fit the narrower buttons; else the first layout, whose
     problem the fit check reports */
  int first = (!t->portrait && p->nitems > 3) ? 2 : 1, last = t->portrait ? 2 : 3;
  int cols = first, rows, cw, ch;
  bool fits = language_grid(v, p, &a, cols, &rows, &cw, &ch);
  while (!fits && cols < last && cols < p->nitems) fits = language_grid(v, p, &a, ++cols, &rows, &cw, &ch);
  if (!fits) language_grid(v, p, &a, cols = first, &rows, &cw, &ch);
  for (int i = 0; i < p->nitems; i++) {
    Rect r = {a.x + (i % cols) * (cw + t->gap), a.y + (i / cols) * (ch + t->gap), cw, ch};
    Widget *b = ui_add_button(v, r, p->items[i].label, BTN_LANGUAGE, UI_ACT_ITEM + i);
    if (b->r.h > ch) ui_problem(v, "language button", p->items[i].label);
    b->r.h = ch;
  }
  if (rows * (ch + t->gap) - t->gap > a.bottom - a.y || ch < t->touch) ui_problem(v, "languages", p->title);
  v->tscale = learner_scale;
}

/* ---- lesson menu ----------------------------------------------------------------- */

/* The width of a lesson card's text, and the height its title and detail need. */
static int lesson_card_text_w(const Theme *t, Rect r, const PanelItem *it) {
  int pad = theme_dp(t, DP_MENU_ICON_PAD), size = theme_dp(t, DP_MENU_ICON);
  return r.w - 3 * pad - size - (it->done ? theme_dp(t, DP_MENU_BADGE_ROOM) : 0);
}

static int lesson_card_text_h(UiView *v, int w, const PanelItem *it) {
  const Theme *t = &v->theme;
  TextLayout *title = text_layout(v->ui->text, it->label, NULL, 0, theme_text(t, ROLE_OPTION, v->tscale), w);
  TextLayout *detail = text_layout(v->ui->text, it->detail ? it->detail : "", NULL, 0,
                                   theme_text(t, ROLE_SMALL, v->tscale), w);
  int h = title->height + detail->height;
  text_layout_free(title);
  text_layout_free(detail);
  return h;
}

static void lesson_card(UiView *v, Rect r, const PanelItem *it, int action) {
  const Theme *t = &v->theme;
  Widget *b = ui_add(v, W_BUTTON, r);
  b->bg = it->disabled ? t->phone_bar : t->card;
  b->border = it->done ? t->good : t->line;
  b->border_width = theme_dp(t, DP_BORDER);
  b->radius = t->radius;
  b->action = it->disabled ? ACT_NONE : action;
  b->focusable = !it->disabled;
  int pad = theme_dp(t, DP_MENU_ICON_PAD), size = theme_dp(t, DP_MENU_ICON);
  Rect ir = {r.x + pad, r.y + (r.h - size) / 2, size, size};
  if (it->icon_path) {
    Widget *img = ui_add(v, W_IMAGE, ir);
    img->image = it->icon_path;
  } else if (it->icon != ICON_COUNT) {
    ui_add_box(v, ir, it->disabled ? t->line : t->selected, size / 2);
    icon(v, it->icon, (Rect){ir.x + size / 5, ir.y + size / 5, size * 3 / 5, size * 3 / 5}, t->primary);
  }
  int tx = ir.x + size + pad, tw = lesson_card_text_w(t, r, it);
  TextLayout *title = text_layout(v->ui->text, it->label, NULL, 0, theme_text(t, ROLE_OPTION, v->tscale), tw);
  TextLayout *detail = text_layout(v->ui->text, it->detail ? it->detail : "", NULL, 0,
                                   theme_text(t, ROLE_SMALL, v->tscale), tw);
  int h = title->height + detail->height, y = r.y + (r.h - h) / 2;
  if (h > r.h - theme_dp(t, DP_MENU_TEXT_AIR)) ui_problem(v, "lesson title on its card", it->label);
  Widget *tl = ui_add(v, W_TEXT, (Rect){tx, y, tw, title->height});
  tl->text = title;
  tl->fg = it->disabled ? t->ink_soft : t->ink;
  Widget *dl = ui_add(v, W_TEXT, (Rect){tx, y + title->height, tw, detail->height});
  dl->text = detail;
  dl->fg = t->ink_soft;
  if (it->done)
    ui_add_badge(v, (Rect){r.x + r.w - theme_dp(t, DP_MENU_BADGE_X), r.y + theme_dp(t, DP_MENU_BADGE_Y), theme_dp(t, DP_MENU_BADGE), theme_dp(t, DP_MENU_BADGE)}, false);
}

/* The page's heading, with the visit's tally ("3 of 13 done" beside a badge) and the
   button that ends the visit at its right; a's y moves under the row. */
static void menu_heading(UiView *v, Area *a, const Panel *p) {
  const Theme *t = &v->theme;
  int right = a->x + a->w, row_h = 0;
  /* on a narrow (portrait) screen a heading with no room beside the row goes under it,
     at the full width, rather than wrapping into a column a word wide */
  int hw = 0, hh, most = a->w / 3;
  if (p->title) text_measure(v->ui->text, p->title, theme_text(t, ROLE_HEADING, v->tscale), &hw, &hh);
  bool under = t->portrait && hw > a->w / 3;
  if (under) most = a->w / 2;
  if (p->end_visit) { /* in small text, as the bar's buttons: the row stays one touch
                          tall in every script, and the cards keep their room */
    int tw, th;
    text_measure(v->ui->text, p->end_visit, theme_text(t, ROLE_SMALL, v->tscale), &tw, &th);
    int bw = tw + theme_dp(t, DP_TOGGLE_AIR);
    if (bw > most) bw = most; /* a long label wraps in its button */
    Widget *b = ui_add_button(v, (Rect){right - bw, a->y, bw, t->touch}, p->end_visit, BTN_BAR, UI_ACT_END_VISIT);
    b->bg = t->card;
    b->fg = t->ink;
    b->border = t->line;
    b->border_width = theme_dp(t, DP_BORDER);
    for (int k = 0; k < b->text->nlines; k++) b->offsets[k] = (bw - b->text->lines[k].width) / 2;
    right -= bw + t->gap;
    row_h = b->r.h;
  }
  if (p->tally) {
    int size = theme_dp(t, DP_TALLY_BADGE), tw, th;
    text_measure(v->ui->text, p->tally, theme_text(t, ROLE_SMALL, v->tscale), &tw, &th);
    if (tw > most) tw = most;
    Widget *n = ui_add_text(v, p->tally, ROLE_SMALL, t->ink, right - tw, 0, tw + 1, false);
    int h = n->r.h > row_h ? n->r.h : row_h;
    n->r.y = a->y + (h - n->r.h) / 2;
    ui_add_badge(v, (Rect){right - tw - t->gap / 2 - size, a->y + (h - size) / 2, size, size}, false);
    right -= tw + t->gap / 2 + size + t->gap;
    row_h = h;
  }
  if (under && row_h) {
    a->y += row_h + t->gap;
    row_h = 0;
    right = a->x + a->w;
  }
  Area head = {a->x, a->y, right - a->x, a->bottom};
  int before = v->nwidgets;
  ui_text_in(v, &head, p->title, ROLE_HEADING, t->primary, "topic");
  int y = v->nwidgets > before ? head.y - t->gap : a->y;
  if (row_h && a->y + row_h > y) {
    if (v->nwidgets > before) { /* a heading shorter than the row sits in its middle */
      Widget *h = &v->widgets[v->nwidgets - 1];
      h->r.y = a->y + (row_h - h->r.h) / 2;
    }
    y = a->y + row_h;
  }
  a->y = y + t->gap;
}

/* Where Enter from nothing goes (focus.c): the first lesson on the page not yet done,
   else the next page, else the first lesson; onward, never "I'm finished" above them. */
static void menu_primary(UiView *v, const Panel *p) {
  Widget *first = NULL, *undone = NULL, *more = NULL;
  for (int i = 0; i < v->nwidgets; i++) {
    Widget *w = &v->widgets[i];
    int k = w->action - UI_ACT_ITEM;
    if (!w->focusable) continue;
    if (w->action == UI_ACT_PAGE_NEXT) more = w;
    if (k < 0 || k >= p->nitems) continue;
    if (!first) first = w;
    if (!undone && !p->items[k].done) undone = w;
  }
  Widget *primary = undone ? undone : (more ? more : first);
  if (primary) primary->primary = true;
}

static void build_menu(UiView *v, const Panel *p) {
  const Theme *t = &v->theme;
  Area a = ui_content_area(v);
  /* bottom row: page buttons and the text-size toggle; where the row has no room for
     them all (portrait), the toggle gets a row of its own above the pages' */
  int h = t->touch, bw = theme_dp(t, DP_PAGE_BUTTON_W);
  int row, toggle_row;
  char *shown = p->pages > 1 ? ui_format_digits("{n} / {total}", p->page, p->pages, v->ui->words->digits) : NULL;
  int ew = 0, tick = 0, pw = 0, ph;
  if (p->extra) {
    int tw, th;
    text_measure(v->ui->text, p->extra, theme_text(t, ROLE_OPTION, v->tscale), &tw, &th);
    tick = p->extra_on ? theme_dp(t, DP_MENU_BADGE) + theme_dp(t, DP_BUTTON_PAD) / 2 : 0;
    ew = tw + theme_dp(t, DP_TOGGLE_AIR) + tick;
  }
  if (shown) text_measure(v->ui->text, shown, theme_text(t, ROLE_OPTION, v->tscale), &pw, &ph);
  /* a row is as tall as its tallest button (a Burmese label is taller than the touch
     minimum) */
  if (p->pages > 1) {
    int hp = ui_button_height_as(v, v->ui->words->prev_page, BTN_OPTION, bw, NULL);
    int hn = ui_button_height_as(v, v->ui->words->next_page, BTN_PRIMARY, bw, NULL);
    h = hp > h ? hp : h;
    h = hn > h ? hn : h;
  }
  int eh = p->extra ? ui_button_height_as(v, p->extra, BTN_OPTION, ew, NULL) : 0;
  bool apart = p->extra && p->pages > 1 && 2 * (bw + t->gap) + ew + t->gap + pw > a.w;
  if (!apart && eh > h) h = eh;
  row = a.bottom - h;
  toggle_row = apart ? row - eh - t->gap : row;
  if (p->pages > 1) {
    if (p->page > 1) ui_add_button(v, (Rect){a.x, row, bw, h}, v->ui->words->prev_page, BTN_OPTION, UI_ACT_PAGE_PREV);
    if (p->page < p->pages)
      ui_add_button(v, (Rect){a.x + a.w - bw, row, bw, h}, v->ui->words->next_page, BTN_PRIMARY, UI_ACT_PAGE_NEXT);
  }
  if (p->extra) { /* the text-size toggle: when on, tinted, outlined and ticked */
    Widget *b = ui_add_button(v, (Rect){a.x + (a.w - ew) / 2, toggle_row, ew, h}, p->extra, BTN_OPTION, UI_ACT_EXTRA);
    for (int k = 0; k < b->text->nlines; k++) b->offsets[k] = (ew - b->text->lines[k].width + tick) / 2;
    if (p->extra_on) {
      b->bg = t->selected;
      b->border = t->primary;
      b->border_width = theme_dp(t, DP_BORDER) * 2;
      int size = theme_dp(t, DP_MENU_BADGE);
      icon(v, ICON_TICK, (Rect){b->r.x + theme_dp(t, DP_BUTTON_PAD), b->r.y + (b->r.h - size) / 2, size, size}, t->primary);
    }
  }
  if (shown) { /* the page indicator ("2 / 4") beside More, where the eye goes on */
    int right = a.x + a.w - (p->page < p->pages ? bw + t->gap : 0);
    Widget *d = ui_add_text(v, shown, ROLE_OPTION, t->ink_soft, right - pw - 1, row, pw + 1, false);
    d->r.y = row + (h - d->r.h) / 2;
    free(shown);
  }
  a.bottom = toggle_row - t->gap;
  if (p->notice) {
    Widget *n = ui_add_text(v, p->notice, ROLE_SMALL, t->ink_soft, a.x, 0, a.w, true);
    n->r.y = a.bottom - n->r.h;
    a.bottom = n->r.y - t->gap;
  }
  menu_heading(v, &a, p);
  int cols = t->portrait ? 1 : 2;
  int rows = (p->nitems + cols - 1) / cols;
  if (rows < 3 && !t->portrait) rows = 3; /* cards keep their size on a short page */
  int room = rows ? (a.bottom - a.y - t->gap * (rows - 1)) / rows : 0;
  /* cards grow for a title that wraps, as a long one does with Larger text, instead of
     its text shrinking; if the page then runs long, the cards scroll (a list to choose
     from, like a phone's, so as far as it must: six Burmese cards with Larger text in
     portrait are 3.3 screens) */
  ui_scroll_begin(v, &a);
  v->scroll_list = true;
  int cw = (a.w - t->gap * (cols - 1)) / cols;
  int ch = room > theme_dp(t, DP_MENU_CARD_MAX_H) ? theme_dp(t, DP_MENU_CARD_MAX_H) : room;
  for (int i = 0; i < p->nitems; i++) {
    int need = lesson_card_text_h(v, lesson_card_text_w(t, (Rect){0, 0, cw, ch}, &p->items[i]), &p->items[i]) +
               theme_dp(t, DP_MENU_TEXT_AIR);
    if (need > ch) ch = need;
  }
  if (ch < t->touch) ui_problem(v, "lesson cards", p->title);
  for (int i = 0; i < p->nitems; i++) {
    Rect r = {a.x + (i % cols) * (cw + t->gap), a.y + (i / cols) * (ch + t->gap), cw, ch};
    lesson_card(v, r, &p->items[i], UI_ACT_ITEM + i);
  }
  a.y += ((p->nitems + cols - 1) / cols) * (ch + t->gap);
  ui_scroll_end(v, &a);
  menu_primary(v, p);
}

/* ---- messages and the countdown ---------------------------------------------------- */

static void build_message(UiView *v, const Panel *p, bool countdown) {
  const Theme *t = &v->theme;
  Area c = ui_content_area(v);
  int w = c.w > theme_dp(t, DP_MESSAGE_MAX_W) ? theme_dp(t, DP_MESSAGE_MAX_W) : c.w;
  Area a = {c.x + (c.w - w) / 2, c.y, w, c.bottom};
  ui_add_box(v, (Rect){a.x - t->margin, a.y, w + 2 * t->margin, a.bottom - a.y}, t->card, t->radius);
  a.y += t->margin;
  a.bottom -= t->margin;
  ui_panel_buttons(v, &a, p, true);
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, p->title, ROLE_TITLE, t->ink, "title");
  if (countdown) {
    char n[16];
    snprintf(n, sizeof n, "%d", p->countdown);
    TextLayout *l = text_layout(v->ui->text, n, NULL, 0,
                                (TextStyle){theme_dp(t, DP_COUNTDOWN_NUMBER * v->tscale), TEXT_BOLD}, a.w);
    Widget *num = ui_add(v, W_TEXT, (Rect){a.x, a.y, a.w, l->height});
    num->text = l;
    num->fg = t->primary;
    num->offsets = calloc(1, sizeof(int) * (size_t)(l->nlines ? l->nlines : 1));
    for (int i = 0; i < l->nlines; i++) num->offsets[i] = (a.w - l->lines[i].width) / 2;
    a.y += l->height + t->gap;
  }
  ui_text_in(v, &a, p->text, ROLE_BODY, t->ink, "text");
  if (p->progress >= 0) {
    int h = theme_dp(t, DP_MESSAGE_PROGRESS_H);
    ui_add_box(v, (Rect){a.x, a.y, a.w, h}, t->line, h / 2);
    int done = p->progress > 100 ? 100 : p->progress;
    if (done > 0) ui_add_box(v, (Rect){a.x, a.y, a.w * done / 100 < h ? h : a.w * done / 100, h}, t->primary, h / 2);
    a.y += h + t->gap;
  }
  ui_scroll_end(v, &a);
}

/* ---- help lines ------------------------------------------------------------------- */

/* Get help's language row (from the picker, before a language is chosen): one button
   per language, named in its own script on one line, in rows that wrap; the language
   shown is filled dark with light words (told apart by lightness, not hue alone). Like
   the picker's names it keeps its size with Larger text, so the lines keep their room. */
static void language_row(UiView *v, Area *a, const Panel *p) {
  const Theme *t = &v->theme;
  float learner_scale = v->tscale;
  v->tscale = learner_scale < 1.0f ? learner_scale : 1.0f;
  TextLayout *names[PANEL_MAX_LINES];
  int n = p->nswitch < PANEL_MAX_LINES ? p->nswitch : PANEL_MAX_LINES, h = t->touch;
  for (int i = 0; i < n; i++) { /* one height for all: a Burmese name is taller */
    names[i] = text_layout(v->ui->text, p->switch_langs[i], NULL, 0, theme_text(t, ROLE_SMALL, v->tscale), 0);
    int need = names[i]->height + theme_dp(t, DP_BUTTON_VPAD);
    if (need > h) h = need;
  }
  int x = a->x, y = a->y;
  for (int i = 0; i < n; i++) {
    bool on = i == p->switch_on;
    int bw = names[i]->width + theme_dp(t, DP_LANG_CHIP_AIR);
    if (x > a->x && x + bw > a->x + a->w) { /* the next row */
      x = a->x;
      y += h + t->gap / 2;
    }
    Widget *b = ui_add(v, W_BUTTON, (Rect){x, y, bw, h});
    b->text = names[i];
    b->offsets = xcalloc(1, sizeof(int));
    b->offsets[0] = (bw - names[i]->width) / 2;
    b->bg = on ? t->primary : t->card;
    b->fg = on ? t->primary_ink : t->ink;
    b->border = on ? t->primary : t->line;
    b->border_width = theme_dp(t, DP_BORDER);
    b->radius = t->radius;
    b->action = UI_ACT_LANGUAGE + i;
    b->focusable = true;
    if (x + bw > a->x + a->w) ui_problem(v, "language row", p->switch_langs[i]);
    x += bw + t->gap / 2;
  }
  a->y = y + h + t->gap;
  v->tscale = learner_scale;
}

static void build_help(UiView *v, const Panel *p) {
  const Theme *t = &v->theme;
  Area a = ui_content_area(v);
  ui_panel_buttons(v, &a, p, false); /* the top bar carries the title */
  ui_scroll_begin(v, &a);
  if (p->nswitch > 1) language_row(v, &a, p); /* first, and it scrolls away to leave room */
  ui_text_in(v, &a, p->text, ROLE_BODY, t->ink_soft, "text");
  /* one row per line: what it is for (small), who, and the number large on the right;
     with more than three lines, two columns with the number under the name. Rows are
     lines of text between rules, not button-like cards: tapping them does nothing, so
     nothing invites a tap. */
  int pad = theme_dp(t, DP_HELP_ROW_PAD), rule = theme_dp(t, DP_HAIRLINE) > 0 ? theme_dp(t, DP_HAIRLINE) : 1;
  int cols = p->nitems > 3 && !t->portrait ? 2 : 1;
  bool stacked = cols > 1 || t->portrait;
  int cw = (a.w - t->margin * (cols - 1)) / cols, row_h = 0;
  TextRole number_role = stacked ? ROLE_HEADING : ROLE_TITLE;
  for (int i = 0; i < p->nitems; i++) {
    const PanelItem *it = &p->items[i];
    int col = i % cols, x = a.x + col * (cw + t->margin);
    if (col == 0 && i > 0) a.y += row_h;
    if (col == 0) row_h = 0;
    TextLayout *num = it->detail && *it->detail
                          ? text_layout(v->ui->text, it->detail, NULL, 0, theme_text(t, number_role, v->tscale),
                                        stacked ? cw : cw / 2)
                          : NULL;
    int nw = num ? num->width : 0, nh = num ? num->height : 0;
    ui_add_box(v, (Rect){x, a.y, cw, rule}, t->line, 0);
    Area left = {x, a.y + pad, stacked ? cw : cw - nw - 2 * pad, a.bottom};
    ui_text_in(v, &left, it->note, ROLE_SMALL, t->help, "help topic");
    left.y -= t->gap / 2;
    ui_text_in(v, &left, it->label, ROLE_OPTION, t->ink, "help line name");
    int h = left.y - t->gap + pad - a.y;
    int ny = a.y + (h - nh) / 2, nx = x + cw - nw;
    if (stacked) {
      ny = left.y - t->gap;
      nx = x;
      h += nh;
    } else if (h < nh + 2 * pad) {
      h = nh + 2 * pad;
      ny = a.y + pad;
    }
    if (h > row_h) row_h = h;
    if (num) {
      Widget *nwd = ui_add(v, W_TEXT, (Rect){nx, ny, nw, nh});
      nwd->text = num;
      nwd->fg = t->ink;
    }
  }
  a.y += row_h;
  ui_scroll_end(v, &a);
}

/* ---- staff: the PIN pad and lists ----------------------------------------------------- */

static void build_pin(UiView *v, const Panel *p) {
  const Theme *t = &v->theme;
  Area a = ui_content_area(v);
  int key = theme_dp(t, DP_PIN_KEY), gap = t->gap, pad_w = key * 3 + gap * 2;
  int pad_h = key * 4 + gap * 3;
  Area left = a;
  int px = a.x + a.w - pad_w, py = a.y;
  if (t->portrait) {
    px = a.x + (a.w - pad_w) / 2;
    py = a.bottom - pad_h;
    left.bottom = py - gap;
  } else {
    left.w = px - a.x - t->margin;
  }
  if (pad_h > a.bottom - a.y) ui_problem(v, "PIN pad", p->title);
  /* the delete key is drawn as the keyboard's icon: a font's "⌫" is wider than the key */
  static const char *const labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "OK"};
  for (int i = 0; i < 12; i++) {
    Rect r = {px + (i % 3) * (key + gap), py + (i / 3) * (key + gap), key, key};
    int action = i == 9 ? UI_ACT_DELETE : (i == 11 ? UI_ACT_BUTTON + 0 : UI_ACT_DIGIT + (i == 10 ? 0 : i + 1));
    Widget *b = ui_add_button(v, r, labels[i], i == 11 ? BTN_PRIMARY : BTN_LANGUAGE, action);
    b->r.h = key;
    if (i == 9) {
      int size = theme_dp(t, DP_KEY_ICON);
      icon(v, ICON_BACKSPACE, (Rect){r.x + (key - size) / 2, r.y + (key - size) / 2, size, size}, t->ink);
    }
  }
  Panel cancel = *p; /* Cancel sits under the text, the pad keeps OK */
  cancel.nbuttons = p->nbuttons > 1 ? 1 : 0;
  cancel.buttons[0] = p->nbuttons > 1 ? p->buttons[1] : NULL;
  if (cancel.nbuttons) {
    int tw, th;
    text_measure(v->ui->text, cancel.buttons[0], theme_text(t, ROLE_BUTTON, v->tscale), &tw, &th);
    int bw = tw + theme_dp(t, DP_PANEL_BUTTON_AIR);
    Widget *b = ui_add_button(v, (Rect){left.x, left.bottom - t->touch, bw, t->touch}, cancel.buttons[0], BTN_OPTION,
                              UI_ACT_BUTTON + 1);
    b->r.y = left.bottom - b->r.h; /* a taller script's button grows up, not into the pad below */
    left.bottom = b->r.y - gap;
  }
  icon(v, ICON_LOCK, (Rect){left.x, left.y, theme_dp(t, DP_HEAD_ICON), theme_dp(t, DP_HEAD_ICON)}, t->primary);
  left.y += theme_dp(t, DP_HEAD_ICON) + gap;
  ui_text_in(v, &left, p->title, ROLE_HEADING, t->ink, "PIN title");
  int dot = theme_dp(t, DP_PIN_DOT), slots = p->pin_length > PIN_SLOTS ? p->pin_length : PIN_SLOTS;
  for (int i = 0; i < slots; i++) {
    Widget *d = ui_add_box(v, (Rect){left.x + i * (dot + gap), left.y, dot, dot},
                    i < p->pin_length ? t->primary : t->line, dot / 2);
    (void)d;
  }
  left.y += dot + t->margin;
  ui_text_in(v, &left, p->text, ROLE_BODY, t->bad, "PIN note");
}

/* One row of a staff list: its label, and its value right-aligned. */
static int list_row(UiView *v, const PanelItem *it, Rect r, int action) {
  const Theme *t = &v->theme;
  /* the label wraps in what the value (as wide as it needs, up to half) and the tick
     leave it: a long Burmese label once ran under its value */
  int air = theme_dp(t, DP_LIST_VALUE_AIR), size = theme_dp(t, DP_MENU_BADGE), vw = 0, label_w = r.w;
  if (it->detail) {
    int vh;
    text_measure(v->ui->text, it->detail, theme_text(t, ROLE_OPTION, v->tscale), &vw, &vh);
    if (vw > r.w / 2 - air) vw = r.w / 2 - air;
    label_w = r.w - vw - air - t->gap / 2 - (it->chosen ? size + air : 0) + ui_button_pad(v);
  } else if (it->chosen) {
    label_w = r.w - size - theme_dp(t, DP_BUTTON_PAD) - t->gap / 2 + ui_button_pad(v);
  }
  Widget *b = ui_add_button(v, (Rect){r.x, r.y, label_w < r.w ? label_w : r.w, r.h}, it->label, BTN_OPTION,
                            it->disabled ? ACT_NONE : action);
  b->r.w = r.w; /* the label was laid out in its part; the row is the whole width */
  b->focusable = !it->disabled;
  if (it->disabled) b->bg = t->phone_bar;
  if (it->chosen) { /* the choice in force: tinted, outlined, and a tick (not colour alone) */
    b->bg = t->selected;
    b->border = t->primary;
    b->border_width = theme_dp(t, DP_BORDER) * 2;
  }
  if (it->detail) {
    Widget *d = ui_add_text(v, it->detail, ROLE_OPTION, t->primary, r.x + r.w - air - vw, 0, vw + 1, false);
    d->offsets = calloc((size_t)(d->text->nlines ? d->text->nlines : 1), sizeof(int));
    for (int k = 0; k < d->text->nlines; k++) d->offsets[k] = vw - d->text->lines[k].width;
    /* a value that wraps (a warning for staff) makes its row taller, never spills out */
    int need = d->r.h + air;
    if (need > b->r.h) b->r.h = need;
    d->r.y = b->r.y + (b->r.h - d->r.h) / 2;
  }
  if (it->chosen) {
    int tx = it->detail ? r.x + r.w - air - vw - air - size : r.x + r.w - size - theme_dp(t, DP_BUTTON_PAD);
    icon(v, ICON_TICK, (Rect){tx, b->r.y + (b->r.h - size) / 2, size, size}, t->primary);
  }
  return b->r.h;
}

static void build_list(UiView *v, const Panel *p) {
  const Theme *t = &v->theme;
  Area a = ui_content_area(v);
  ui_panel_buttons(v, &a, p, false);
  ui_text_in(v, &a, p->title, ROLE_HEADING, t->primary, "title");
  ui_text_in(v, &a, p->text, ROLE_SMALL, t->ink_soft, "text");
  /* one column when the rows fit, else two; more than that scrolls */
  int total = 0, room = a.bottom - a.y;
  for (int i = 0; i < p->nitems; i++) total += ui_button_height(v, p->items[i].label, a.w / 2) + t->gap / 2;
  int cols = total - t->gap / 2 > room && !t->portrait ? 2 : 1;
  ui_scroll_begin(v, &a);
  int cw = (a.w - t->gap * (cols - 1)) / cols, y = a.y, row_h = 0;
  for (int i = 0; i < p->nitems; i++) {
    int col = i % cols;
    if (col == 0 && i > 0) y += row_h + t->gap / 2;
    if (col == 0) row_h = 0;
    int h = list_row(v, &p->items[i], (Rect){a.x + col * (cw + t->gap), y, cw, 0}, UI_ACT_ITEM + i);
    if (h > row_h) row_h = h;
  }
  a.y = y + row_h + t->gap;
  ui_scroll_end(v, &a);
}

void ui_build_panel(UiView *v) {
  const Panel *p = v->panel;
  switch (p->kind) {
  case PANEL_ATTRACT:
    build_attract(v, p);
    break;
  case PANEL_LANGUAGES:
    build_languages(v, p);
    break;
  case PANEL_MENU:
    build_menu(v, p);
    break;
  case PANEL_MESSAGE:
    build_message(v, p, false);
    break;
  case PANEL_COUNTDOWN:
    build_message(v, p, true);
    break;
  case PANEL_HELP:
    build_help(v, p);
    break;
  case PANEL_PIN:
    build_pin(v, p);
    break;
  case PANEL_LIST:
    build_list(v, p);
    break;
  case PANEL_CHART:
    ui_build_chart(v, p);
    break;
  case PANEL_SUMMARY:
    ui_build_summary(v);
    break;
  case PANEL_CARD:
    ui_build_help_card(v);
    break;
  }
}
