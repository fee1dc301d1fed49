/* card.c — the take-home card (issue 15): a QR code that a phone camera reads offline as
   plain text, in the learner's language: on the result screen the lesson's title and
   take-aways and the help lines a phone can dial; in Get help the country's lines.
   Built from the screen's words and the help catalogue only: no link, no id, nothing
   about the learner or the kiosk. */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "ui/internal.h"

/* A number a phone can dial: digits, spaces, '+', '-' and brackets. An address or a web
   form ("kualalumpur.thaiembassy.org") is left off: the card never holds a link. */
static bool dialable(const char *number) {
  if (!number || !strpbrk(number, "0123456789")) return false;
  return strspn(number, "0123456789 +-()") == strlen(number);
}

static bool listed(const UiHelpline *const *on, int n, const char *number) {
  for (int i = 0; i < n; i++)
    if (strcmp(on[i]->number, number) == 0) return true;
  return false;
}

char *ui_card_text(const UiView *v, const UiHelpline *const *lines, int nlines) {
  const Screen *s = v->s;
  const Ui *ui = v->ui;
  /* the result's lines, then the emergency lines of the kiosk's country */
  const UiHelpline *on[UI_RESULT_HELPLINES + UI_MAX_HELPLINES];
  int n = 0;
  for (int i = 0; i < nlines; i++)
    if (dialable(lines[i]->number) && !listed(on, n, lines[i]->number)) on[n++] = lines[i];
  for (int i = 0; i < ui->nhelp; i++)
    if (strcmp(ui->help[i].topic, "emergency") == 0 && dialable(ui->help[i].number) &&
        !listed(on, n, ui->help[i].number))
      on[n++] = &ui->help[i];
  if (!s || n == 0) return NULL; /* no line to call: the card would only repeat the screen */
  Buf b = {0};
  const char *title = v->frame.title ? v->frame.title : s->title;
  if (title && *title) buf_printf(&b, "%s\n", title);
  for (int i = 0; i < s->ntakeaways; i++) buf_printf(&b, "- %s\n", s->takeaways[i]);
  buf_printf(&b, "\n%s\n", ui->words->need_help);
  for (int i = 0; i < n; i++) buf_printf(&b, "%s: %s\n", on[i]->name, on[i]->number);
  return buf_take(&b);
}

/* Get help's card: "Get help", then each line a phone can dial ("name: number"), as Get
   help lists them; short, so that it fits a code a phone reads at 800x480 in Burmese
   too. NULL when none can be dialled. */
static char *help_card_text(const UiView *v, const UiHelpline *on, int n) {
  const UiWords *w = v->ui->words;
  Buf b = {0};
  buf_printf(&b, "%s\n", w->help_title);
  int dialled = 0;
  for (int i = 0; i < n; i++) {
    bool again = false;
    for (int k = 0; k < i; k++) again = again || strcmp(on[k].number, on[i].number) == 0;
    if (!dialable(on[i].number) || again) continue;
    buf_printf(&b, "%s: %s\n", on[i].name, on[i].number);
    dialled++;
  }
  if (dialled) return buf_take(&b);
  buf_free(&b);
  return NULL;
}

/* The card for text (taken) at the top of a; see ui_add_card. */
static int add_card_text(UiView *v, Area *a, char *text, bool must) {
  const Theme *t = &v->theme;
  if (!text) return 0;
  TextStyle cs = theme_text(t, ROLE_SMALL, v->tscale);
  TextLayout *cap = text_layout(v->ui->text, v->ui->words->card_caption, NULL, 0, cs, a->w);
  int room = a->bottom - a->y - cap->height - t->gap / 2, side = room < a->w ? room : a->w;
  /* at least 2 px a module: smaller and neither a phone camera nor zbarimg tells them
     apart (on the 7" panel 2 px is 0.38 mm) */
  int most = side / UI_CARD_MIN_MODULE - 2 * QR_QUIET;
  Error err;
  QrCode *qr = most >= 21 ? qr_cache_encode(v->ui->qr, text, most, &err) : NULL;
  if (!qr) {
    if (must) ui_problem(v, "take-home card (its QR code has no room)", text);
    text_layout_free(cap);
    free(text);
    return 0;
  }
  free(text);
  int module = side / (qr->size + 2 * QR_QUIET);
  if (module > theme_dp(t, DP_CARD_MODULE_MAX)) module = theme_dp(t, DP_CARD_MODULE_MAX);
  int size = module * (qr->size + 2 * QR_QUIET), top = a->y;
  Widget *w = ui_add(v, W_QR, (Rect){a->x, a->y, size, size});
  w->qr = qr;
  a->y += size + t->gap / 2;
  Widget *c = ui_add(v, W_TEXT, (Rect){a->x, a->y, a->w, cap->height});
  c->text = cap;
  c->fg = t->ink_soft;
  a->y += cap->height + t->gap;
  return a->y - top;
}

int ui_add_card(UiView *v, Area *a, const UiHelpline *const *lines, int nlines, bool must) {
  return add_card_text(v, a, ui_card_text(v, lines, nlines), must);
}

/* PANEL_CARD: the code as large as the screen allows on the left, the lines it holds
   beside it (under it in portrait), so a learner sees what their phone will get. */
void ui_build_help_card(UiView *v) {
  const Panel *p = v->panel;
  const Theme *t = &v->theme;
  UiHelpline on[PANEL_MAX_ITEMS];
  int n = 0;
  for (int i = 0; i < p->nitems; i++)
    if (p->items[i].label && dialable(p->items[i].detail))
      on[n++] = (UiHelpline){"", p->items[i].label, p->items[i].detail, NULL};
  Area a = ui_content_area(v);
  ui_panel_buttons(v, &a, p, false);
  if (t->portrait) ui_text_in(v, &a, p->title, ROLE_HEADING, t->primary, "card title");
  Area code = a, rest = a; /* landscape: the code as tall as the screen, the title beside */
  if (!t->portrait) {
    int lines_w = theme_dp(t, DP_CARD_LINES_MIN_W);
    int side = a.bottom - a.y;
    if (side > a.w - lines_w - t->margin) side = a.w - lines_w - t->margin;
    code.w = side;
    rest.x = a.x + side + t->margin;
    rest.w = a.w - side - t->margin;
  }
  char *text = help_card_text(v, on, n);
  if (!text) {
    ui_text_in(v, &a, v->ui->words->help_none, ROLE_BODY, t->ink, "card");
    return;
  }
  if (!add_card_text(v, &code, text, true)) return;
  if (t->portrait) rest.y = code.y;
  ui_scroll_begin(v, &rest);
  if (!t->portrait) ui_text_in(v, &rest, p->title, ROLE_HEADING, t->primary, "card title");
  for (int i = 0; i < n; i++) {
    ui_text_in(v, &rest, on[i].name, ROLE_SMALL, t->ink, "card line");
    rest.y -= t->gap / 2;
    ui_text_in(v, &rest, on[i].number, ROLE_HEADING, t->ink, "card number");
  }
  ui_scroll_end(v, &rest);
}

void ui_draw_card(Render *r, const QrCode *qr, Rect at) { render_grid(r, qr->dark, qr->size, QR_QUIET, at); }
