/* keyboard.c — the PASSWORD screen: a practice passphrase typed on an on-screen
   keyboard (or a real one), rated weak, fair or strong as the learner types (rating.c).

   What is typed lives only in the view (UiView.typed): it is not in the Answer, not
   given to the lesson, not recorded, not logged, and wiped when the learner checks it or
   the view goes away. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "ui/internal.h"

/* What the automatic drivers type to reach each level (and what the fit check shows). */
const char *ui_password_sample(int level) {
  static const char *const samples[] = {"sunshine1", "blue horse river", "kite onion lamp river shoe"};
  return samples[level < 0 ? 0 : (level > 2 ? 2 : level)];
}

/* ---- typing --------------------------------------------------------------------- */

void ui_keyboard_wipe(UiView *v) {
  explicit_bzero(v->typed, sizeof v->typed);
  v->ntyped = 0;
}

static int typed_chars(const UiView *v) {
  int n = 0;
  for (int i = 0; i < v->ntyped; i++) n += ((unsigned char)v->typed[i] & 0xC0) != 0x80;
  return n;
}

int ui_view_typed_length(const UiView *v) { return typed_chars(v); }

/* Types c, a capital when asked (shift on the screen, or on a real keyboard), where it
   belongs (compose.c: a consonant goes before a vowel sign typed ahead of it). */
static void type_char(UiView *v, uint32_t c, bool capital) {
  if (capital && c >= 'a' && c <= 'z') c -= 'a' - 'A';
  char buf[4];
  size_t n = utf8_encode(c, buf);
  if (typed_chars(v) < UI_PASSWORD_MAX && v->ntyped + (int)n <= UI_PASSWORD_BYTES) {
    size_t at = ui_compose_at(v->typed, (size_t)v->ntyped, c); /* ေ then က types ကေ */
    memmove(v->typed + at + n, v->typed + at, (size_t)v->ntyped - at);
    memcpy(v->typed + at, buf, n);
    v->ntyped += (int)n;
    v->typed[v->ntyped] = '\0';
  }
  explicit_bzero(buf, sizeof buf);
}

/* Backspace takes one character (a Thai tone mark, a Devanagari vowel sign), as a
   hardware keyboard does. */
static void erase_char(UiView *v) {
  while (v->ntyped > 0 && ((unsigned char)v->typed[--v->ntyped] & 0xC0) == 0x80) v->typed[v->ntyped] = '\0';
  v->typed[v->ntyped] = '\0';
}

/* The character on key action (row and column of the layer shown), or 0. */
static uint32_t char_of(const UiView *v, int action) {
  int k = action - ACT_KEY_CHAR, row = k / KEY_ROW_SLOTS, col = k % KEY_ROW_SLOTS;
  bool shifted;
  const KeyLayout *l = ui_keymap_shown(v, &shifted);
  if (k < 0 || row >= l->nrows) return 0;
  uint32_t keys[KEY_ROW_SLOTS];
  int n = ui_keymap_row(l->rows[shifted][row], keys, KEY_ROW_SLOTS);
  return col < n ? keys[col] : 0;
}

UiEvent ui_keyboard_act(UiView *v, int action) {
  if (action == ACT_KEY_SHIFT) {
    v->shift = !v->shift;
  } else if (action == ACT_KEY_LAYER) {
    v->symbols = !v->symbols;
    v->shift = false;
  } else if (action == ACT_KEY_SCRIPT) {
    v->latin = !v->latin;
    v->symbols = v->shift = false;
  } else if (action == ACT_KEY_BACK) {
    erase_char(v);
  } else if (action == ACT_KEY_SPACE) {
    type_char(v, ' ', false);
  } else if (action >= ACT_KEY_CHAR && action < ACT_END && char_of(v, action)) {
    type_char(v, char_of(v, action), false);
    v->shift = false; /* one capital (one shifted letter) at a time, as on a phone */
  } else {
    return UI_NOTHING;
  }
  return UI_CHANGED;
}

bool ui_keyboard_input(const Input *in, UiView *v) {
  if (in->key == KEY_BACKSPACE) {
    erase_char(v);
    return true;
  }
  if (in->key != KEY_CHAR || in->ctrl || in->alt || !ui_keymap_typable(in->ch)) return false;
  type_char(v, in->ch, in->shift);
  return true;
}

/* Where c is: its layer (script or Latin, letters or symbols, shifted or not) and the
   key's action there; false when no layer has it. */
typedef struct KeyPlace {
  bool latin, symbols, shift;
  int action;
} KeyPlace;

static bool find_in(const KeyLayout *l, uint32_t c, KeyPlace *at) {
  for (int half = 0; half < 2; half++)
    for (int row = 0; row < l->nrows; row++) {
      uint32_t keys[KEY_ROW_SLOTS];
      int n = ui_keymap_row(l->rows[half][row], keys, KEY_ROW_SLOTS);
      for (int col = 0; col < n; col++)
        if (keys[col] == c) {
          at->shift = half == 1;
          at->action = ACT_KEY_CHAR + row * KEY_ROW_SLOTS + col;
          return true;
        }
    }
  return false;
}

static bool place_of(const UiView *v, uint32_t c, KeyPlace *at) {
  bool has_script = v->ui->keyboard != UI_KEYBOARD_LATIN;
  *at = (KeyPlace){0};
  if (has_script && find_in(ui_keymap(v->ui->keyboard), c, at)) return true;
  at->latin = has_script;
  if (find_in(ui_keymap(UI_KEYBOARD_LATIN), c, at)) return true;
  *at = (KeyPlace){.latin = v->latin, .symbols = true};
  return find_in(ui_keymap_symbols(), c, at) && !(at->shift = false);
}

int ui_keyboard_next_action(const UiView *v, uint32_t c) {
  if (c == ' ') return ACT_KEY_SPACE;
  KeyPlace at;
  if (!place_of(v, c, &at)) return ACT_NONE;
  if (!at.symbols && at.latin != v->latin) return ACT_KEY_SCRIPT;
  if (at.symbols != v->symbols) return ACT_KEY_LAYER;
  if (at.shift != v->shift) return ACT_KEY_SHIFT;
  return at.action;
}

/* ---- drawing -------------------------------------------------------------------- */

static Widget *key(UiView *v, Rect r, const char *label, int action, ButtonStyle style) {
  /* a key's label is centred in the whole key, without a button's side padding (keys
     are narrow in portrait); keys keep the row height */
  int pad = ui_button_pad(v);
  /* a character key's label is laid out unlimited, then measured against the key: a
     letter wider than its key (Burmese ဪ, 2.45 em, on a portrait screen's thirteen
     keys a row) is drawn as much smaller as it must be, rather than cut */
  bool letter = style == BTN_OPTION;
  Widget *b = ui_add_button(v, (Rect){r.x, r.y, r.w + 2 * pad, r.h}, letter ? "" : label, style, action);
  b->r = r;
  TextStyle ts = theme_text(&v->theme, ROLE_OPTION, v->tscale);
  for (int i = 0; letter && i < 2; i++) {
    text_layout_free(b->text);
    b->text = text_layout(v->ui->text, label, NULL, 0, ts, 0);
    if (b->text->width <= r.w) break;
    ts.size = ts.size * r.w / b->text->width;
  }
  if (b->text->nlines > 0) {
    b->offsets[0] = (r.w - b->text->lines[0].width) / 2;
    if (b->text->nlines > 1 || b->text->height > r.h || b->text->width > r.w) ui_problem(v, "a key's label", label);
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

/* Rows of characters the keyboard keeps room for: its tallest layout's, so switching
   between the learner's script and Latin never moves the keys below. */
static int keyboard_rows(const UiView *v) {
  int n = ui_keymap(UI_KEYBOARD_LATIN)->nrows, s = ui_keymap(v->ui->keyboard)->nrows;
  return s > n ? s : n;
}

/* Keys across the widest row of a layout (its last row also holds Shift and Backspace,
   1.5 keys each). */
static int columns(const KeyLayout *l) {
  int cols = 0;
  for (int r = 0; r < l->nrows; r++) {
    uint32_t keys[KEY_ROW_SLOTS];
    int need = ui_keymap_row(l->rows[0][r], keys, KEY_ROW_SLOTS) + (r == l->nrows - 1 ? 3 : 0);
    if (need > cols) cols = need;
  }
  return cols;
}

/* A key's label: a vowel sign or tone mark sits on a dotted circle, as printed on
   Thai and Nepali keyboards, so a lone mark is not drawn floating on nothing; a joiner,
   which has no glyph, shows what it makes in the layout's script (র‍্য). size >= 32. */
static void key_label(const KeyLayout *l, uint32_t c, char *out, size_t size) {
  const char *example = c == 0x200C ? l->joiners[0] : (c == 0x200D ? l->joiners[1] : NULL);
  if (example) {
    snprintf(out, size, "%s", example);
    return;
  }
  size_t n = 0;
  if (utf8_is_mark(c)) n = utf8_encode(0x25CC, out);
  n += utf8_encode(c, out + n);
  out[n] = '\0';
}

static void keyboard(UiView *v, Rect area) {
  const Theme *t = &v->theme;
  bool shifted;
  const KeyLayout *l = ui_keymap_shown(v, &shifted);
  uint32_t rows[KEY_MAX_ROWS][KEY_ROW_SLOTS];
  int len[KEY_MAX_ROWS], cols = columns(l);
  for (int r = 0; r < l->nrows; r++) len[r] = ui_keymap_row(l->rows[shifted][r], rows[r], KEY_ROW_SLOTS);
  /* the bottom row keeps its size and place on every layer; the rows of characters
     share the rest (Latin's three rows are taller where Thai has four) */
  int g = theme_dp(t, DP_KEY_GAP), most = keyboard_rows(v);
  int bh = (area.h - most * g) / (most + 1), kh = (area.h - bh - l->nrows * g) / l->nrows;
  int u = (area.w - (cols - 1) * g) / cols; /* one key */
  for (int r = 0; r < l->nrows; r++) {
    int n = len[r], y = area.y + r * (kh + g);
    bool last = r == l->nrows - 1;
    int wide = (area.w - n * u - (n + 1) * g) / 2; /* shift and backspace share what is left */
    int x = area.x + (last ? wide + g : (area.w - (n * u + (n - 1) * g)) / 2);
    if (last && !v->symbols) icon_key(v, (Rect){area.x, y, wide, kh}, ICON_SHIFT, ACT_KEY_SHIFT, v->shift);
    for (int k = 0; k < n; k++) {
      char label[32];
      key_label(l, rows[r][k], label, sizeof label);
      key(v, (Rect){x + k * (u + g), y, u, kh}, label, ACT_KEY_CHAR + r * KEY_ROW_SLOTS + k, BTN_OPTION);
    }
    if (last) icon_key(v, (Rect){area.x + area.w - wide, y, wide, kh}, ICON_BACKSPACE, ACT_KEY_BACK, false);
  }
  /* the bottom row: 123 (or back to letters), the learner's script <-> Latin, space,
     Check it */
  int y = area.y + area.h - bh;
  int cb = columns(ui_keymap(v->ui->keyboard)), cl = columns(ui_keymap(UI_KEYBOARD_LATIN));
  int ub = (area.w - ((cb > cl ? cb : cl) - 1) * g) / (cb > cl ? cb : cl); /* the same on every layer */
  int lw = ub * 3 / 2 + g, cw = ub * 3 + 2 * g, x = area.x;
  const KeyLayout *script = ui_keymap(v->ui->keyboard);
  bool two = v->ui->keyboard != UI_KEYBOARD_LATIN;
  const char *letters = v->latin || !two ? ui_keymap(UI_KEYBOARD_LATIN)->name : script->name;
  key(v, (Rect){x, y, lw, bh}, v->symbols ? letters : ui_keymap_symbols()->name, ACT_KEY_LAYER, BTN_OPTION);
  x += lw + g;
  if (two) {
    key(v, (Rect){x, y, lw, bh}, v->latin ? script->name : ui_keymap(UI_KEYBOARD_LATIN)->name, ACT_KEY_SCRIPT,
        BTN_OPTION);
    x += lw + g;
  }
  /* a language may name the space bar by the sign for a space, ␣ (Burmese: its phone
     keyboards leave the bar blank, and "space" is English): drawn as a picture as
     large as Shift's, where the glyph would sit small on the baseline */
  Rect space = {x, y, area.x + area.w - cw - g - x, bh};
  if (strcmp(v->ui->words->space, "\u2423") == 0) icon_key(v, space, ICON_SPACE, ACT_KEY_SPACE, false);
  else key(v, space, v->ui->words->space, ACT_KEY_SPACE, BTN_OPTION);
  key(v, (Rect){area.x + area.w - cw, y, cw, bh}, v->ui->words->check_password, ACT_CHECK, BTN_PRIMARY);
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
  char with_caret[UI_PASSWORD_BYTES + 4];
  for (;;) { /* drop characters from the front until one line holds the rest */
    snprintf(with_caret, sizeof with_caret, "%s|", shown);
    int w, h;
    text_measure(v->ui->text, with_caret, ts, &w, &h);
    if (w <= tw || !*shown) break;
    do shown++; /* a whole character at a time */
    while ((*shown & 0xC0) == 0x80);
  }
  /* the empty field says what the keys type, in signs every learner reads */
  char hint[256];
  snprintf(hint, sizeof hint, "%s  %s", v->ui->words->type_here, ui_keymap(v->ui->keyboard)->hint);
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
  int rows = keyboard_rows(v) + 1; /* and the bottom row */
  int kb_h = rows * t->touch + (rows - 1) * g;
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
