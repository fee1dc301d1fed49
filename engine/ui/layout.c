/* layout.c — widgets and the small helpers every screen builder uses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"
#include "ui/internal.h"

Widget *ui_add(UiView *v, WidgetKind kind, Rect r) {
  /* the slot past the end is a sink: a screen with too many parts still lays out and
     reports the problem instead of writing out of bounds */
  Widget *w;
  if (v->nwidgets < VIEW_MAX_WIDGETS) {
    w = &v->widgets[v->nwidgets++];
  } else {
    ui_problem(v, "screen", "too many elements to draw");
    w = &v->widgets[VIEW_MAX_WIDGETS];
    text_layout_free(w->text);
    free(w->offsets);
    free(w->tag_colors);
    qr_free(w->qr);
  }
  memset(w, 0, sizeof *w);
  w->kind = kind;
  w->r = r;
  w->phone = v->in_phone;
  return w;
}

void ui_drop_widgets(UiView *v, int from) {
  for (int i = from; i < v->nwidgets; i++) {
    Widget *w = &v->widgets[i];
    text_layout_free(w->text);
    free(w->offsets);
    free(w->tag_colors);
    qr_free(w->qr);
    memset(w, 0, sizeof *w);
  }
  if (from < v->nwidgets) v->nwidgets = from;
}

Mark ui_mark(const UiView *v) { return (Mark){v->nwidgets, v->nproblems}; }

void ui_back_to(UiView *v, Mark m) {
  ui_drop_widgets(v, m.widgets);
  v->nproblems = m.problems;
}

static int *centre_offsets(const TextLayout *l, int w) {
  int *off = xcalloc((size_t)(l->nlines > 0 ? l->nlines : 1), sizeof(int));
  for (int i = 0; i < l->nlines; i++) off[i] = (w - l->lines[i].width) / 2;
  return off;
}

Widget *ui_add_text(UiView *v, const char *text, TextRole role, Color c, int x, int y, int w,
                    bool align_center) {
  TextStyle style = theme_text(&v->theme, role, v->tscale);
  TextLayout *l = text_layout(v->ui->text, text ? text : "", NULL, 0, style, w > 1 ? w : 1);
  Widget *wd = ui_add(v, W_TEXT, (Rect){x, y, w, l->height});
  wd->text = l;
  wd->fg = c;
  if (align_center) wd->offsets = centre_offsets(l, w);
  if (l->cut_word) ui_problem(v, "a word too long for its line", text);
  return wd;
}

static void button_colors(const Theme *t, ButtonStyle style, Widget *w) {
  switch (style) {
  case BTN_PRIMARY:
    w->bg = t->primary;
    w->fg = t->primary_ink;
    break;
  case BTN_HELP:
    w->bg = t->help;
    w->fg = t->primary_ink;
    break;
  case BTN_BAR:
    w->bg = (Color){255, 255, 255, 40};
    w->fg = t->bar_ink;
    break;
  case BTN_SAFE:
  case BTN_SCAM:
  case BTN_OPTION:
  default:
    w->bg = t->option;
    w->fg = t->option_ink;
    w->border = t->line;
    w->border_width = theme_dp(t, DP_BORDER);
    break;
  }
}

int ui_button_pad(const UiView *v) { return theme_dp(&v->theme, DP_BUTTON_PAD); }

static TextRole button_role(ButtonStyle style) {
  return style == BTN_OPTION     ? ROLE_OPTION
         : style == BTN_BAR      ? ROLE_SMALL
         : style == BTN_LANGUAGE ? ROLE_HEADING /* seven names fit the picker unshrunk */
                                 : ROLE_BUTTON;
}

int ui_button_height_as(UiView *v, const char *label, ButtonStyle style, int w, bool *cut) {
  TextStyle ts = theme_text(&v->theme, button_role(style), v->tscale);
  TextLayout *l = text_layout(v->ui->text, label ? label : "", NULL, 0, ts, w - 2 * ui_button_pad(v));
  int h = l->height + theme_dp(&v->theme, DP_BUTTON_VPAD);
  if (cut) *cut = l->cut_word;
  text_layout_free(l);
  return h < v->theme.touch ? v->theme.touch : h;
}

int ui_button_height(UiView *v, const char *label, int w) {
  return ui_button_height_as(v, label, BTN_OPTION, w, NULL);
}

Widget *ui_add_button(UiView *v, Rect r, const char *label, ButtonStyle style, int action) {
  return ui_add_button_inset(v, r, label, style, action, 0);
}

Widget *ui_add_button_inset(UiView *v, Rect r, const char *label, ButtonStyle style, int action,
                            int inset) {
  int pad = ui_button_pad(v);
  TextStyle ts = theme_text(&v->theme, button_role(style), v->tscale);
  TextLayout *l = text_layout(v->ui->text, label ? label : "", NULL, 0, ts, r.w - 2 * pad - inset);
  int need = l->height + theme_dp(&v->theme, DP_BUTTON_VPAD);
  if (r.h < need) r.h = need;
  if (r.h < v->theme.touch) r.h = v->theme.touch;
  Widget *w = ui_add(v, W_BUTTON, r);
  w->text = l;
  w->radius = v->theme.radius;
  w->action = action;
  w->focusable = true;
  button_colors(&v->theme, style, w);
  if (style == BTN_OPTION) {
    w->offsets = xcalloc((size_t)(l->nlines > 0 ? l->nlines : 1), sizeof(int));
    for (int i = 0; i < l->nlines; i++) w->offsets[i] = pad + inset; /* left-aligned answers */
  } else {
    w->offsets = centre_offsets(l, r.w);
  }
  if (l->cut_word) ui_problem(v, "a word too long for its button", label);
  if (l->nlines > 3) ui_problem(v, "button text longer than three lines", label);
  return w;
}

void ui_problem(UiView *v, const char *what, const char *text) {
  for (int i = 0; i < v->nproblems; i++)
    if (strncmp(v->problems[i], what, strlen(what)) == 0) return;
  if (v->nproblems >= 8) return;
  char excerpt[48] = "";
  if (text) {
    size_t n = strlen(text), k = n > 40 ? 40 : n;
    while (k > 0 && k < n && ((unsigned char)text[k] & 0xC0) == 0x80) k--; /* whole UTF-8 */
    snprintf(excerpt, sizeof excerpt, "%.*s%s", (int)k, text, k < n ? "…" : "");
  }
  snprintf(v->problems[v->nproblems++], sizeof v->problems[0], "%s: \"%s\"", what, excerpt);
}

/* Appends the decimal digits of n in DIGITS (ten UTF-8 characters), or 0-9. */
static void add_number(Buf *b, int n, const char *digits) {
  char ascii[16];
  snprintf(ascii, sizeof ascii, "%d", n);
  const char *start[10];
  size_t len[10];
  int count = 0;
  for (const char *d = digits; d && *d && count < 11;) {
    size_t l = 1;
    while (d[l] && ((unsigned char)d[l] & 0xC0) == 0x80) l++;
    if (count < 10) {
      start[count] = d;
      len[count] = l;
    }
    count++;
    d += l;
  }
  for (const char *a = ascii; *a; a++) {
    if (count == 10 && *a >= '0' && *a <= '9') buf_add(b, start[*a - '0'], len[*a - '0']);
    else buf_addc(b, *a);
  }
}

char *ui_format_digits(const char *word, int n, int total, const char *digits) {
  Buf b = {0};
  buf_adds(&b, "");
  for (const char *p = word ? word : ""; *p; p++) {
    if (strncmp(p, "{n}", 3) == 0) {
      add_number(&b, n, digits);
      p += 2;
    } else if (strncmp(p, "{total}", 7) == 0) {
      add_number(&b, total, digits);
      p += 6;
    } else {
      buf_addc(&b, *p);
    }
  }
  return buf_take(&b);
}

char *ui_format(const char *word, int n, int total) { return ui_format_digits(word, n, total, NULL); }

char *ui_format_n(const char *other, const char *one, int n, int total, const char *digits) {
  return ui_format_digits(n == 1 && one ? one : other, n, total, digits);
}

const char *ui_image_path(UiView *v, const char *name) {
  if (!name || !v->asset_dir) return NULL;
  if (v->nimages == (int)(sizeof v->images / sizeof v->images[0])) return NULL;
  char *path = path_join(v->asset_dir, name);
  v->images[v->nimages++] = path;
  return path;
}

/* ---- content that scrolls ---------------------------------------------------------- */

#define SCROLL_OPEN (1 << 20) /* the region's bottom while it is filled: far below any screen */
#define SCROLL_MAX_PAGES 3    /* longer than this is not one idea per screen: a problem */

void ui_scroll_begin(UiView *v, Area *a) {
  const Theme *t = &v->theme;
  v->region = (Rect){a->x, a->y, a->w, a->bottom - a->y};
  v->scroll_from = v->nwidgets;
  if (v->scroll_room) a->w -= t->touch + t->gap; /* the arrows' column */
  a->bottom = a->y + SCROLL_OPEN;
}

static Widget *arrow(UiView *v, Rect r, Icon icon, int action, bool on) {
  const Theme *t = &v->theme;
  Widget *b = ui_add(v, W_BUTTON, r);
  b->bg = on ? t->primary : t->line;
  b->radius = r.w / 2;
  b->action = on ? action : ACT_NONE;
  b->focusable = false; /* for fingers: the keyboard scrolls by itself (focus.c) */
  int size = theme_dp(t, DP_SCROLL_ARROW);
  Widget *i = ui_add(v, W_ICON, (Rect){r.x + (r.w - size) / 2, r.y + (r.h - size) / 2, size, size});
  i->icon = icon;
  i->fg = on ? t->primary_ink : t->card;
  return b;
}

bool ui_scroll_fits(const UiView *v, int end) {
  return end - v->region.y <= SCROLL_MAX_PAGES * v->region.h;
}

void ui_scroll_end(UiView *v, Area *a) {
  const Theme *t = &v->theme;
  Rect g = v->region;
  int end = g.y;
  for (int i = v->scroll_from; i < v->nwidgets; i++)
    if (v->widgets[i].r.y + v->widgets[i].r.h > end) end = v->widgets[i].r.y + v->widgets[i].r.h;
  a->bottom = g.y + g.h;
  if (a->y > a->bottom) a->y = a->bottom;
  v->scroll_max = end - (g.y + g.h) > 0 ? end - (g.y + g.h) : 0;
  if (v->scroll_y > v->scroll_max) v->scroll_y = v->scroll_max;
  if (v->scroll_max == 0) {
    v->region.h = 0; /* it all fits: nothing scrolls */
    return;
  }
  for (int i = v->scroll_from; i < v->nwidgets; i++) v->widgets[i].scrolls = true;
  if (end - g.y > SCROLL_MAX_PAGES * g.h && !v->scroll_list) {
    const char *first = NULL;
    for (int i = v->scroll_from; i < v->nwidgets && !first; i++)
      if (v->widgets[i].kind == W_TEXT && v->widgets[i].text) first = v->widgets[i].text->text;
    ui_problem(v, "text longer than three screens", first);
    v->too_long = true;
  }
  if (!v->scroll_room) return; /* rebuild() lays it out again with room for the arrows */
  /* the arrows, and a track between them whose thumb shows how much is in view */
  int s = t->touch, x = g.x + g.w - s;
  arrow(v, (Rect){x, g.y, s, s}, ICON_UP, ACT_SCROLL_UP, v->scroll_y > 0);
  arrow(v, (Rect){x, g.y + g.h - s, s, s}, ICON_DOWN, ACT_SCROLL_DOWN, v->scroll_y < v->scroll_max);
  int tw = theme_dp(t, DP_SCROLL_TRACK), ty = g.y + s + t->gap, th = g.h - 2 * (s + t->gap);
  if (th < tw * 2) return;
  Widget *track = ui_add(v, W_BOX, (Rect){x + (s - tw) / 2, ty, tw, th});
  track->bg = t->line;
  track->radius = tw / 2;
  int total = end - g.y, thumb = th * g.h / total;
  Widget *in_view = ui_add(v, W_BOX, (Rect){track->r.x, ty + (th - thumb) * v->scroll_y / v->scroll_max, tw, thumb});
  in_view->bg = t->primary;
  in_view->radius = tw / 2;
}

Widget *ui_add_box(UiView *v, Rect r, Color bg, int radius) {
  Widget *w = ui_add(v, W_BOX, r);
  w->bg = bg;
  w->radius = radius;
  return w;
}

