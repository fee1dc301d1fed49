/* readalong.c — reading aloud on the view: blocks of text a learner taps to hear, and
   the word being read lit on the text as laid out (any script: the word's edges are
   measured inside its piece with the piece's own face). */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "ui/internal.h"

#define LIT_PAD_DP 3     /* the marker reaches this far beyond the word's glyphs */
#define LIT_RADIUS_DP 4

/* A marker yellow under ink: the lit word keeps its contrast whatever the widget's own
   colours (white on the dark attract screen, white on a blue button). */
static const Color lit_marker = {0xFF, 0xE0, 0x66, 255};

void ui_set_read_taps(Ui *ui, bool on) { ui->read_taps = on; }

static bool readable(const Widget *w) {
  return w->kind == W_TEXT && w->action == ACT_NONE && !w->secret && w->text && w->text->text &&
         w->text->text[0];
}

void ui_readalong_mark(UiView *v) {
  if (!v->ui->read_taps) return;
  for (int i = 0; i < v->nwidgets; i++)
    if (readable(&v->widgets[i])) v->widgets[i].action = ACT_READ;
}

const char *ui_view_read_text(const UiView *v) {
  if (v->read_widget < 0 || v->read_widget >= v->nwidgets) return NULL;
  const Widget *w = &v->widgets[v->read_widget];
  return w->action == ACT_READ && w->text ? w->text->text : NULL;
}

bool ui_view_tap_text(UiView *v, const char *part, Input *down, Input *up) {
  for (int i = 0; part && i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->action != ACT_READ || !strstr(w->text->text, part)) continue;
    int x = w->r.x + w->r.w / 2, y = w->r.y + w->r.h / 2;
    *down = (Input){.kind = INPUT_PRESS, .x = x, .y = y, .touch = true};
    *up = (Input){.kind = INPUT_RELEASE, .x = x, .y = y, .touch = true};
    return true;
  }
  return false;
}

/* ---- the speaker ------------------------------------------------------------------------ */

bool ui_view_set_speaking(UiView *v, bool on) {
  if (v->frame.speaking == on) return false;
  v->frame.speaking = on;
  return true;
}

void ui_readalong_draw_speaker(UiView *v, Render *r, const Widget *w, bool pressed) {
  const Theme *t = &v->theme;
  Color bg = v->frame.speaking ? t->accent_soft : w->bg;
  if (pressed) bg = (Color){(uint8_t)(bg.r * 4 / 5), (uint8_t)(bg.g * 4 / 5), (uint8_t)(bg.b * 4 / 5), bg.a};
  render_round_rect(r, w->r, w->radius, bg);
  int size = theme_dp(t, DP_SPEAKER_ICON);
  Rect ir = {w->r.x + (w->r.w - size) / 2, w->r.y + (w->r.h - size) / 2, size, size};
  render_icon(r, ICON_SPEAKER, ir, v->frame.speaking ? t->bar : t->bar_ink);
}

int ui_view_meter(const UiView *v) {
  if (!v->s || v->s->kind != SCREEN_PASSWORD || v->phase != PHASE_ASK || !v->ntyped) return -1;
  return ui_password_rate(v->ui->text, v->typed).level; /* as the meter drawn: Thai words by dictionary */
}

int ui_view_revealed(const UiView *v) { return v->revealed; }

/* ---- the lit word ---------------------------------------------------------------------- */

static bool shows_text(const Widget *w) {
  return (w->kind == W_TEXT || w->kind == W_BUTTON) && !w->secret && w->text && w->text->text;
}

int ui_readalong_widget(const UiView *v, uint32_t *shift) {
  if (!v->lit_text) return -1;
  int best = -1;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (!shows_text(w)) continue;
    if (strcmp(w->text->text, v->lit_text) == 0) {
      *shift = 0;
      return i;
    }
    const char *at = best < 0 ? strstr(w->text->text, v->lit_text) : NULL;
    if (at) {
      best = i;
      *shift = (uint32_t)(at - w->text->text);
    }
  }
  return best;
}

bool ui_view_highlight(UiView *v, const char *text, uint32_t start, uint32_t end) {
  if (!text || !*text || end <= start) {
    free(v->lit_text);
    v->lit_text = NULL;
    return false;
  }
  if (!v->lit_text || strcmp(v->lit_text, text) != 0) {
    free(v->lit_text);
    v->lit_text = xstrdup(text);
  }
  size_t n = strlen(text);
  v->lit_start = start < n ? start : (uint32_t)n;
  v->lit_end = end < n ? end : (uint32_t)n;
  uint32_t shift;
  return ui_readalong_widget(v, &shift) >= 0;
}

/* Where widget w draws its text (as draw_widget does). */
static void text_origin(const Widget *w, int *x, int *y) {
  *x = w->r.x;
  *y = w->kind == W_BUTTON ? w->r.y + (w->r.h - w->text->height) / 2 : w->r.y;
}

/* The lit bytes' extent on line li of l, in pixels from the line's start; false when
   none of them is on it. */
static bool lit_on_line(Text *t, const TextLayout *l, int li, uint32_t a, uint32_t b, int *x0, int *x1) {
  const TextLine *line = &l->lines[li];
  bool any = false;
  for (int k = line->first; k < line->first + line->count; k++) {
    const TextPiece *pc = &l->pieces[k];
    if (pc->end <= a || pc->start >= b) continue;
    int xs = pc->x + text_piece_x(t, l, k, a > pc->start ? a : pc->start);
    int xe = pc->x + text_piece_x(t, l, k, b < pc->end ? b : pc->end);
    if (!any || xs < *x0) *x0 = xs;
    if (!any || xe > *x1) *x1 = xe;
    any = true;
  }
  return any && *x1 > *x0;
}

int ui_readalong_rects(const UiView *v, int i, uint32_t shift, Rect *out, int max) {
  const Widget *w = &v->widgets[i];
  const TextLayout *l = w->text;
  uint32_t a = shift + v->lit_start, b = shift + v->lit_end;
  int x, y, n = 0, pad = theme_dp(&v->theme, LIT_PAD_DP);
  text_origin(w, &x, &y);
  for (int li = 0; li < l->nlines && n < max; li++) {
    int x0 = 0, x1 = 0;
    if (!lit_on_line(v->ui->text, l, li, a, b, &x0, &x1)) continue;
    int off = w->offsets ? w->offsets[li] : 0;
    out[n++] = (Rect){x + off + x0 - pad, y + l->lines[li].y, x1 - x0 + 2 * pad, l->line_height};
  }
  return n;
}

void ui_readalong_draw(UiView *v, Render *r, int i, uint32_t shift) {
  const Widget *w = &v->widgets[i];
  int x, y;
  text_origin(w, &x, &y);
  Rect marks[8];
  int n = ui_readalong_rects(v, i, shift, marks, 8);
  for (int k = 0; k < n; k++) {
    render_round_rect(r, marks[k], theme_dp(&v->theme, LIT_RADIUS_DP), lit_marker);
    render_clip(r, marks[k]); /* the text again, in ink, inside the marker only */
    render_text(r, w->text, x, y, v->theme.ink, w->offsets, NULL, 0);
    render_unclip(r);
  }
}

char *ui_view_highlighted(const UiView *v) {
  uint32_t shift = 0;
  int i = ui_readalong_widget(v, &shift);
  if (i < 0) return NULL;
  const char *text = v->widgets[i].text->text;
  size_t n = strlen(text);
  uint32_t a = shift + v->lit_start, b = shift + v->lit_end;
  if (a >= n || b <= a) return NULL;
  return xstrndup(text + a, (b > n ? n : b) - a);
}
