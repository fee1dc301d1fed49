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

#define KEY_SPLIT_EM 2.6f /* a key this many ems wide holds any letter of the layouts
                             (Burmese ဪ is 2.45 em): narrower ones are measured */

/* The keys' labels keep their size with Larger text, as the top bar does: the keyboard
   is the kiosk's own, and a Burmese letter at 125 % is taller than its key. */
static TextStyle key_text(const UiView *v, TextRole role) { return theme_text(&v->theme, role, 1.0f); }

static Widget *key(UiView *v, Rect r, const char *label, int action, ButtonStyle style) {
  /* a key's label is centred in the whole key, without a button's side padding (keys
     are narrow in portrait); keys keep the row height */
  int pad = ui_button_pad(v);
  /* a character key's label is laid out unlimited, then measured against the key: a
     letter a little wider than its key is drawn smaller, never under the floor
     (UI_TEXT_MIN_DP); rows too narrow for their letters are split (split_rows) */
  bool letter = style == BTN_OPTION;
  Widget *b = ui_add_button(v, (Rect){r.x, r.y, r.w + 2 * pad, r.h}, letter ? "" : label, style, action);
  b->r = r;
  TextStyle ts = key_text(v, ROLE_OPTION);
  for (int i = 0; letter && i < 2; i++) {
    text_layout_free(b->text);
    b->text = text_layout(v->ui->text, label, NULL, 0, ts, 0);
    if (b->text->width <= r.w || ts.size <= v->theme.text_floor) break;
    ts.size = ts.size * r.w / b->text->width;
    if (ts.size < v->theme.text_floor) ts.size = v->theme.text_floor;
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

/* Keys across the widest row of a layout, its rows whole or each split in two. The last
   row also holds Shift and Backspace, 1.5 keys each: beside its keys, or, split, Shift
   before its first half and Backspace after its second. */
static int columns(const KeyLayout *l, bool halves) {
  int cols = 0;
  for (int r = 0; r < l->nrows; r++) {
    uint32_t keys[KEY_ROW_SLOTS];
    int n = ui_keymap_row(l->rows[0][r], keys, KEY_ROW_SLOTS), last = r == l->nrows - 1;
    int first = (n + 1) / 2, half = first > n - first ? first : n - first;
    int need = halves ? half + (last ? 2 : 0) : n + (last ? 3 : 0);
    if (need > cols) cols = need;
  }
  return cols;
}

/* Whether layout l's rows are split in two on a keyboard w wide: when a key of its
   widest row is narrower than one of its letters (a portrait screen's thirteen Burmese
   keys a row are 28 px for ဪ's 49), each row becomes two rows of wider keys. */
static bool split_rows(const UiView *v, const KeyLayout *l, int w) {
  int g = theme_dp(&v->theme, DP_KEY_GAP), cols = columns(l, false), u = (w - (cols - 1) * g) / cols;
  TextStyle ts = key_text(v, ROLE_OPTION);
  if (u >= KEY_SPLIT_EM * (float)ts.size) return false;
  for (int half = 0; half < 2; half++)
    for (int r = 0; r < l->nrows; r++) {
      uint32_t keys[KEY_ROW_SLOTS];
      int n = ui_keymap_row(l->rows[half][r], keys, KEY_ROW_SLOTS);
      for (int k = 0; k < n; k++) {
        char label[32];
        int lw, lh;
        key_label(l, keys[k], label, sizeof label);
        text_measure(v->ui->text, label, ts, &lw, &lh);
        if (lw > u) return true;
      }
    }
  return false;
}

/* Rows of keys a layout shows on a keyboard w wide. */
static int shown_rows(const UiView *v, const KeyLayout *l, int w) {
  return l->nrows * (split_rows(v, l, w) ? 2 : 1);
}

/* Rows of characters the keyboard keeps room for: its tallest layout's, so switching
   between the learner's script and Latin never moves the keys below. */
static int keyboard_rows(const UiView *v, int w) {
  int n = shown_rows(v, ui_keymap(UI_KEYBOARD_LATIN), w), s = shown_rows(v, ui_keymap(v->ui->keyboard), w);
  return s > n ? s : n;
}

/* One row of keys (a layout's row, or half of one) centred in the keyboard; Shift at its
   left and Backspace at its right when asked, sharing what the keys leave. */
static void key_row(UiView *v, Rect area, const KeyLayout *l, int y, int h, int u, const uint32_t *keys, int from,
                    int n, int row, bool shift, bool back) {
  int g = theme_dp(&v->theme, DP_KEY_GAP), ends = shift + back;
  int wide = ends ? (area.w - n * u - (n - 1 + ends) * g) / ends : 0;
  int x = area.x + (ends ? (shift ? wide + g : 0) : (area.w - (n * u + (n - 1) * g)) / 2);
  if (shift) icon_key(v, (Rect){area.x, y, wide, h}, ICON_SHIFT, ACT_KEY_SHIFT, v->shift);
  for (int k = 0; k < n; k++) {
    char label[32];
    key_label(l, keys[from + k], label, sizeof label);
    key(v, (Rect){x + k * (u + g), y, u, h}, label, ACT_KEY_CHAR + row * KEY_ROW_SLOTS + from + k, BTN_OPTION);
  }
  if (back) icon_key(v, (Rect){area.x + area.w - wide, y, wide, h}, ICON_BACKSPACE, ACT_KEY_BACK, false);
}

/* The width a bottom-row key needs for its label, or its share of the row if more. */
static int label_w(UiView *v, const char *label, TextRole role, int share) {
  int w, h;
  text_measure(v->ui->text, label, key_text(v, role), &w, &h);
  w += 2 * theme_dp(&v->theme, DP_KEY_LABEL_AIR);
  return w > share ? w : share;
}

static void keyboard(UiView *v, Rect area) {
  const Theme *t = &v->theme;
  bool shifted;
  const KeyLayout *l = ui_keymap_shown(v, &shifted);
  bool halves = split_rows(v, l, area.w);
  int cols = columns(l, halves);
  /* the bottom row keeps its size and place on every layer; the rows of characters
     share the rest (Latin's three rows are taller where Thai has four) */
  int g = theme_dp(t, DP_KEY_GAP), most = keyboard_rows(v, area.w), shown = l->nrows * (halves ? 2 : 1);
  int bh = (area.h - most * g) / (most + 1), kh = (area.h - bh - shown * g) / shown;
  int u = (area.w - (cols - 1) * g) / cols; /* one key */
  for (int r = 0, vr = 0; r < l->nrows; r++) {
    uint32_t keys[KEY_ROW_SLOTS];
    int n = ui_keymap_row(l->rows[shifted][r], keys, KEY_ROW_SLOTS);
    bool last = r == l->nrows - 1, shift = last && !v->symbols;
    if (!halves) {
      key_row(v, area, l, area.y + vr++ * (kh + g), kh, u, keys, 0, n, r, shift, last);
    } else {
      int first = (n + 1) / 2;
      key_row(v, area, l, area.y + vr++ * (kh + g), kh, u, keys, 0, first, r, shift, false);
      key_row(v, area, l, area.y + vr++ * (kh + g), kh, u, keys, first, n - first, r, false, last);
    }
  }
  /* the bottom row: 123 (or back to letters), the learner's script <-> Latin, space,
     Check it; each key at least as wide as its label */
  int y = area.y + area.h - bh;
  const KeyLayout *script = ui_keymap(v->ui->keyboard), *latin = ui_keymap(UI_KEYBOARD_LATIN);
  int cb = columns(script, split_rows(v, script, area.w)), cl = columns(latin, split_rows(v, latin, area.w));
  int ub = (area.w - ((cb > cl ? cb : cl) - 1) * g) / (cb > cl ? cb : cl); /* the same on every layer */
  bool two = v->ui->keyboard != UI_KEYBOARD_LATIN;
  const char *letters = v->latin || !two ? latin->name : script->name;
  int lw = ub * 3 / 2 + g;
  lw = label_w(v, ui_keymap_symbols()->name, ROLE_OPTION, lw);
  lw = label_w(v, script->name, ROLE_OPTION, lw);
  lw = label_w(v, latin->name, ROLE_OPTION, lw);
  int cw = label_w(v, v->ui->words->check_password, ROLE_BUTTON, ub * 3 + 2 * g), x = area.x;
  key(v, (Rect){x, y, lw, bh}, v->symbols ? letters : ui_keymap_symbols()->name, ACT_KEY_LAYER, BTN_OPTION);
  x += lw + g;
  if (two) {
    key(v, (Rect){x, y, lw, bh}, v->latin ? script->name : latin->name, ACT_KEY_SCRIPT, BTN_OPTION);
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

/* The field's height: the touch minimum, or its text's line and some air when taller.
   Its text keeps the keys' size with Larger text: it shows what the keys type. */
static int field_height(UiView *v, const char *hint) {
  int w, h;
  text_measure(v->ui->text, hint, key_text(v, ROLE_OPTION), &w, &h);
  h += 2 * theme_dp(&v->theme, DP_FIELD_VPAD);
  return h > v->theme.touch ? h : v->theme.touch;
}

static void field_hint(const UiView *v, char *out, size_t size) {
  snprintf(out, size, "%s  %s", v->ui->words->type_here, ui_keymap(v->ui->keyboard)->hint);
}

/* The meter's segments and the level's name beside them, or under them where it does
   not fit beside on one line, at the top of a. */
static void meter(UiView *v, Area *a, int level) {
  const Theme *t = &v->theme;
  Color c = level == 2 ? t->good : (level == 1 ? t->accent : t->bad);
  int sw = theme_dp(t, DP_METER_W), sh = theme_dp(t, DP_METER_H);
  for (int i = 0; i < 3; i++) {
    Widget *seg = ui_add(v, W_BOX, (Rect){a->x + i * (sw + theme_dp(t, DP_METER_GAP)), a->y + theme_dp(t, DP_METER_Y), sw, sh});
    seg->bg = i <= level ? c : t->line;
    seg->radius = sh / 2;
  }
  int lx = 3 * (sw + theme_dp(t, DP_METER_GAP)) + theme_dp(t, DP_METER_LABEL_GAP), lw, lh;
  const char *name = v->s->options[level].text;
  text_measure(v->ui->text, name ? name : "", theme_text(t, ROLE_SMALL, v->tscale), &lw, &lh);
  Area label = {a->x + lx, a->y, a->w - lx, a->bottom};
  if (lw > label.w) label = (Area){a->x, a->y + theme_dp(t, DP_METER_Y) + sh + t->gap / 2, a->w, a->bottom};
  ui_text_in(v, &label, name, ROLE_SMALL, t->ink, "password level");
  a->y = label.y;
}

/* The height the field and its meter take w wide at their tallest: the level whose name
   wraps most, so the keys never move while the learner types. */
static int entry_height(UiView *v, int w) {
  char hint[256];
  field_hint(v, hint, sizeof hint);
  int most = 0;
  for (int level = 0; level < 3; level++) {
    Mark m = ui_mark(v);
    Area a = {0, 0, w, 1 << 20};
    meter(v, &a, level);
    ui_back_to(v, m);
    if (a.y > most) most = a.y;
  }
  return field_height(v, hint) + v->theme.gap + most - v->theme.gap;
}

/* The typed text in its box, one line, its end always in view (it scrolls sideways as
   the learner types), and the level it has reached. */
static void field(UiView *v, Area *a) {
  const Theme *t = &v->theme;
  char hint[256];
  field_hint(v, hint, sizeof hint);
  int fh = field_height(v, hint);
  Widget *box = ui_add(v, W_BOX, (Rect){a->x, a->y, a->w, fh});
  box->bg = t->card;
  box->border = t->primary;
  box->border_width = theme_dp(t, DP_BORDER);
  box->radius = theme_dp(t, DP_FIELD_RADIUS);
  int pad = theme_dp(t, DP_FIELD_PAD), tw = a->w - 2 * pad;
  TextStyle ts = key_text(v, ROLE_OPTION);
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
  float learner_scale = v->tscale;
  v->tscale = 1.0f;
  Widget *txt = ui_add_text(v, v->ntyped ? with_caret : hint, ROLE_OPTION,
                            v->ntyped ? t->ink : t->ink_soft, a->x + pad, 0, tw, false);
  v->tscale = learner_scale;
  txt->r.y = a->y + (fh - txt->r.h) / 2;
  txt->secret = v->ntyped > 0;
  if (txt->text->nlines > 1) ui_problem(v, "the typed text", hint); /* the hint, never what was typed */
  explicit_bzero(with_caret, sizeof with_caret);
  a->y += fh + t->gap;
  if (v->ntyped) meter(v, a, ui_password_rate(v->ui->text, v->typed).level);
}

/* The question, scrolling in a when it is longer. */
static void question(UiView *v, Area a) {
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, v->s->title, ROLE_SMALL, v->theme.ink_soft, "question title");
  ui_text_in(v, &a, v->s->text, ROLE_BODY, v->theme.ink, "question");
  ui_scroll_end(v, &a);
}

/* The question's height w wide, beside the arrows it would scroll with. */
static int question_height(UiView *v, int w) {
  const Theme *t = &v->theme;
  const char *texts[2] = {v->s->title, v->s->text};
  const TextRole roles[2] = {ROLE_SMALL, ROLE_BODY};
  int h = 0;
  w -= t->touch + t->gap;
  for (int i = 0; i < 2; i++)
    if (texts[i] && *texts[i]) {
      TextLayout *l = text_layout(v->ui->text, texts[i], NULL, 0, theme_text(t, roles[i], v->tscale), w > 1 ? w : 1);
      h += l->height + t->gap;
      text_layout_free(l);
    }
  return h - t->gap;
}

/* The keyboard at the bottom of a, kh a row; a's bottom moves above it. */
static Rect keyboard_area(UiView *v, Area *a, int kh) {
  int g = theme_dp(&v->theme, DP_KEY_GAP), rows = keyboard_rows(v, a->w) + 1; /* and the bottom row */
  int h = rows * kh + (rows - 1) * g;
  Rect kb = {a->x, a->bottom - h, a->w, h};
  a->bottom = kb.y - v->theme.gap;
  return kb;
}

/* The question above, the field and its rating, the keyboard at the bottom; nothing
   moves while the learner types (the room kept for the rating is its tallest level's).
   Portrait: the question scrolls above the field (the field is right under a question
   that fits). Landscape: the question on the left (it scrolls), the field and its
   rating on the right. The first of these that holds the field and its rating, and the
   question in three screens of scrolling: keys 48 dp tall, then 44 dp (WCAG 2.5.5's
   floor); the field's column half the width, then wider (Burmese or Bengali, five rows
   of keys, at 800x480). */
void ui_build_password(UiView *v, Area a) {
  const Theme *t = &v->theme;
  static const int shares[] = {50, 58, 66}; /* landscape: the field's column, % of the width */
  const int rows_h[] = {t->touch, theme_dp(t, DP_KEY_MIN_H)};
  int ntries = t->portrait ? 2 : 6;
  a.y -= t->margin / 2; /* the keys need the room more than the frame does */
  a.bottom += t->margin / 2;
  Area top = a, entry = a, ask = a;
  Rect kb = {0, 0, 0, 0};
  for (int i = 0; i < ntries; i++) {
    top = a;
    kb = keyboard_area(v, &top, rows_h[i % 2]);
    if (t->portrait) {
      int eh = entry_height(v, top.w), qh = question_height(v, top.w);
      /* the field right under a question that fits, else above the keys */
      int y = top.y + qh + t->gap + eh <= top.bottom ? top.y + qh + t->gap : top.bottom - eh;
      entry = (Area){top.x, y, top.w, top.bottom};
      ask = (Area){top.x, top.y, top.w, entry.y - t->gap};
    } else {
      int rw = (top.w - t->margin) * shares[i / 2] / 100;
      entry = (Area){top.x + top.w - rw, top.y, rw, top.bottom};
      ask = (Area){top.x, top.y, top.w - rw - t->margin, top.bottom};
      if (top.y + entry_height(v, rw) > top.bottom) continue;
    }
    if (question_height(v, ask.w) <= 3 * (ask.bottom - ask.y)) break;
  }
  question(v, ask);
  field(v, &entry);
  if (entry.y - t->gap > entry.bottom) ui_problem(v, "the typed text and its rating", v->s->text);
  float learner_scale = v->tscale;
  v->tscale = 1.0f; /* the keys keep their size (key_text) */
  keyboard(v, kb);
  v->tscale = learner_scale;
}
