/* keyboard.c — the PASSWORD screen: a practice passphrase typed on an on-screen
   keyboard (or a real one), rated weak, fair or strong as the learner types (rating.c).

   What is typed lives only in the view (UiView.typed): it is not in the Answer, not
   given to the lesson, not recorded, not logged, and wiped when the learner checks it or
   the view goes away. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/internal.h"

/* What the automatic drivers type to reach each level (and what the fit check shows). */
const char *ui_password_sample(int level) {
  static const char *const samples[] = {"sunshine1", "blue horse river", "kite onion lamp river shoe"};
  return samples[level < 0 ? 0 : (level > 2 ? 2 : level)];
}

/* ---- typing --------------------------------------------------------------------- */

static const char *const letter_rows[3] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
static const char *const symbol_rows[3] = {"1234567890", "@#$%&*-_!", "?,.'/+="};

static bool on_layer(const char *const rows[3], char c) {
  for (int r = 0; r < 3; r++)
    if (c && strchr(rows[r], c)) return true;
  return false;
}

void ui_keyboard_wipe(UiView *v) {
  explicit_bzero(v->typed, sizeof v->typed);
  v->ntyped = 0;
}

/* Types c, a capital when asked (shift on the screen, or on a real keyboard). */
static void type_char(UiView *v, char c, bool capital) {
  if (capital && islower((unsigned char)c)) c = (char)toupper((unsigned char)c);
  if (v->ntyped < UI_PASSWORD_MAX) {
    v->typed[v->ntyped++] = c;
    v->typed[v->ntyped] = '\0';
  }
}

UiEvent ui_keyboard_act(UiView *v, int action) {
  if (action == ACT_KEY_SHIFT) {
    v->shift = !v->shift;
  } else if (action == ACT_KEY_LAYER) {
    v->symbols = !v->symbols;
    v->shift = false;
  } else if (action == ACT_KEY_BACK) {
    if (v->ntyped > 0) v->typed[--v->ntyped] = '\0';
  } else if (action >= ACT_KEY + ACT_KEY_FIRST_CHAR && action <= ACT_KEY + ACT_KEY_LAST_CHAR) {
    type_char(v, (char)(action - ACT_KEY), v->shift);
    v->shift = false; /* one capital at a time, as on a phone */
  } else {
    return UI_NOTHING;
  }
  return UI_CHANGED;
}

bool ui_keyboard_input(const Input *in, UiView *v) {
  if (in->key == KEY_BACKSPACE) {
    ui_keyboard_act(v, ACT_KEY_BACK);
    return true;
  }
  if (in->key != KEY_CHAR || in->ctrl || in->alt || in->ch < ACT_KEY_FIRST_CHAR || in->ch > ACT_KEY_LAST_CHAR)
    return false;
  type_char(v, (char)in->ch, in->shift);
  return true;
}

int ui_keyboard_next_action(const UiView *v, char c) {
  char base = (char)tolower((unsigned char)c);
  if (c == ' ') return ACT_KEY + ' ';
  bool letter = on_layer(letter_rows, base), symbol = on_layer(symbol_rows, c);
  if (!letter && !symbol) return ACT_NONE;
  if (letter && v->symbols) return ACT_KEY_LAYER;
  if (!letter && !v->symbols) return ACT_KEY_LAYER;
  if (letter && (isupper((unsigned char)c) != 0) != v->shift) return ACT_KEY_SHIFT;
  return ACT_KEY + (letter ? base : c);
}

/* ---- drawing -------------------------------------------------------------------- */

static Widget *key(UiView *v, Rect r, const char *label, int action, ButtonStyle style) {
  /* a key's label is centred in the whole key, without a button's side padding (keys
     are narrow in portrait); keys keep the row height */
  int pad = ui_button_pad(v);
  Widget *b = ui_add_button(v, (Rect){r.x, r.y, r.w + 2 * pad, r.h}, label, style, action);
  b->r = r;
  if (b->text && b->text->nlines > 0) {
    b->offsets[0] = (r.w - b->text->lines[0].width) / 2;
    if (b->text->nlines > 1 || b->text->height > r.h) ui_problem(v, "a key's label", label);
  }
  return b;
}

static void icon_key(UiView *v, Rect r, Icon icon, int action, bool on) {
  const Theme *t = &v->theme;
  Widget *b = key(v, r, "", action, BTN_OPTION);
  if (on) {
    b->bg = t->selected;
    b->border = t->primary;
  }
  int size = theme_dp(t, DP_KEY_ICON);
  Widget *i = ui_add(v, W_ICON, (Rect){r.x + (r.w - size) / 2, r.y + (r.h - size) / 2, size, size});
  i->icon = icon;
  i->fg = t->ink;
}

static void keyboard(UiView *v, Rect area) {
  const Theme *t = &v->theme;
  const char *const *rows = v->symbols ? symbol_rows : letter_rows;
  int g = theme_dp(t, DP_KEY_GAP), kh = (area.h - 3 * g) / 4;
  int u = (area.w - 9 * g) / 10; /* one key */
  int wide = (area.w - 7 * (u + g) - 2 * g) / 2; /* shift and backspace share what is left */
  for (int r = 0; r < 3; r++) {
    int n = (int)strlen(rows[r]);
    int y = area.y + r * (kh + g);
    int x = area.x + (r == 2 ? wide + g : (area.w - (n * u + (n - 1) * g)) / 2);
    if (r == 2 && !v->symbols) icon_key(v, (Rect){area.x, y, wide, kh}, ICON_SHIFT, ACT_KEY_SHIFT, v->shift);
    for (int k = 0; k < n; k++) {
      char label[2] = {rows[r][k], 0};
      if (v->shift && !v->symbols) label[0] = (char)toupper((unsigned char)label[0]);
      key(v, (Rect){x + k * (u + g), y, u, kh}, label, ACT_KEY + rows[r][k], BTN_OPTION);
    }
    if (r == 2) icon_key(v, (Rect){area.x + area.w - wide, y, wide, kh}, ICON_BACKSPACE, ACT_KEY_BACK, false);
  }
  int y = area.y + 3 * (kh + g);
  int lw = u * 3 / 2 + g, cw = u * 3 + 2 * g;
  key(v, (Rect){area.x, y, lw, kh}, v->symbols ? "abc" : "123", ACT_KEY_LAYER, BTN_OPTION);
  key(v, (Rect){area.x + lw + g, y, area.w - lw - cw - 2 * g, kh}, v->ui->words->space, ACT_KEY + ' ', BTN_OPTION);
  key(v, (Rect){area.x + area.w - cw, y, cw, kh}, v->ui->words->check_password, ACT_CHECK, BTN_PRIMARY);
}

/* The typed text in its box, its end always in view, and the level it has reached. */
static void field(UiView *v, Area *a) {
  const Theme *t = &v->theme;
  Widget *box = ui_add(v, W_BOX, (Rect){a->x, a->y, a->w, t->touch});
  box->bg = t->card;
  box->border = t->primary;
  box->border_width = theme_dp(t, DP_BORDER);
  box->radius = theme_dp(t, DP_FIELD_RADIUS);
  int pad = theme_dp(t, DP_FIELD_PAD), tw = a->w - 2 * pad;
  TextStyle ts = theme_text(t, ROLE_OPTION, v->tscale);
  const char *shown = v->typed;
  char with_caret[UI_PASSWORD_MAX + 4];
  for (;;) { /* drop characters from the front until one line holds the rest */
    snprintf(with_caret, sizeof with_caret, "%s|", shown);
    int w, h;
    text_measure(v->ui->text, with_caret, ts, &w, &h);
    if (w <= tw || !*shown) break;
    shown++;
  }
  /* the keys are Latin letters, digits and symbols only (no Thai, Devanagari, Bengali or
     Burmese layout): the empty field says so in signs every learner reads */
  char hint[256];
  snprintf(hint, sizeof hint, "%s  " UI_KEYBOARD_SCRIPTS, v->ui->words->type_here);
  Widget *txt = ui_add_text(v, v->ntyped ? with_caret : hint, ROLE_OPTION,
                            v->ntyped ? t->ink : t->ink_soft, a->x + pad, 0, tw, false);
  txt->r.y = a->y + (t->touch - txt->r.h) / 2;
  txt->secret = v->ntyped > 0;
  explicit_bzero(with_caret, sizeof with_caret);
  a->y += t->touch + t->gap;
  if (!v->ntyped) return;
  /* the meter: three segments filled up to the level, and the level's name */
  int level = ui_password_rate(v->ui->text, v->typed).level;
  Color c = level == 2 ? t->good : (level == 1 ? t->accent : t->bad);
  int sw = theme_dp(t, DP_METER_W), sh = theme_dp(t, DP_METER_H);
  for (int i = 0; i < 3; i++) {
    Widget *seg = ui_add(v, W_BOX, (Rect){a->x + i * (sw + theme_dp(t, DP_METER_GAP)), a->y + theme_dp(t, DP_METER_Y), sw, sh});
    seg->bg = i <= level ? c : t->line;
    seg->radius = sh / 2;
  }
  int lx = 3 * (sw + theme_dp(t, DP_METER_GAP)) + theme_dp(t, DP_METER_LABEL_GAP);
  Area label = {a->x + lx, a->y, a->w - lx, a->bottom};
  ui_text_in(v, &label, v->s->options[level].text, ROLE_SMALL, t->ink, "password level");
  a->y = label.y;
}

void ui_build_password(UiView *v, Area a) {
  const Theme *t = &v->theme;
  int g = theme_dp(t, DP_KEY_GAP);
  int kb_h = 4 * t->touch + 3 * g;
  Rect kb = {a.x, a.bottom - kb_h, a.w, kb_h};
  a.bottom = kb.y - t->gap;
  if (t->portrait) {
    ui_text_in(v, &a, v->s->title, ROLE_SMALL, t->ink_soft, "question title");
    ui_text_in(v, &a, v->s->text, ROLE_BODY, t->ink, "question");
    field(v, &a);
  } else { /* the question on the left (it scrolls if it must), the field and its
              meter on the right */
    int lw = (a.w - t->margin) / 2;
    Area left = {a.x, a.y, lw, a.bottom}, right = {a.x + lw + t->margin, a.y, a.w - lw - t->margin, a.bottom};
    ui_scroll_begin(v, &left);
    ui_text_in(v, &left, v->s->title, ROLE_SMALL, t->ink_soft, "question title");
    ui_text_in(v, &left, v->s->text, ROLE_BODY, t->ink, "question");
    ui_scroll_end(v, &left);
    field(v, &right);
    if (right.y - t->gap > right.bottom) ui_problem(v, "the typed text and its rating", v->s->text);
  }
  keyboard(v, kb);
}
