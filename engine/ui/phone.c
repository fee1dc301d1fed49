/* phone.c — messages drawn as they look on a phone: an SMS thread, an e-mail, a social
   media post, a chat. On a red-flag screen every part of the message is tappable (flags
   and the plain words between them alike, so neither a finger nor the keyboard can tell
   which parts are flags before tapping). */
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "ui/internal.h"

#define BUBBLE_MAX_WIDTH 85 /* percent of the phone's width, as messaging apps do */

typedef struct Phone {
  Rect screen;     /* inside the bezel */
  int x, y, w;     /* the body column being filled */
  int bottom;
} Phone;

static Phone phone_frame(UiView *v, Rect rect) {
  const Theme *t = &v->theme;
  int bezel = theme_dp(t, DP_BEZEL);
  ui_add_box(v, rect, t->bezel, theme_dp(t, DP_BEZEL_RADIUS));
  Phone p = {0};
  p.screen = (Rect){rect.x + bezel, rect.y + bezel, rect.w - 2 * bezel, rect.h - 2 * bezel};
  v->phone_gutter = p.screen.x + theme_dp(t, DP_PHONE_PAD) / 2; /* flags' marks */
  ui_add_box(v, p.screen, t->phone_bg, theme_dp(t, DP_SCREEN_RADIUS));
  return p;
}

static void phone_bar(UiView *v, Phone *p, Color bg, int h) {
  const Theme *t = &v->theme;
  ui_add_box(v, (Rect){p->screen.x, p->screen.y, p->screen.w, h}, bg, theme_dp(t, DP_SCREEN_RADIUS));
  ui_add_box(v, (Rect){p->screen.x, p->screen.y + h / 2, p->screen.w, h - h / 2}, bg, 0); /* square bottom */
  int pad = theme_dp(t, DP_PHONE_PAD);
  p->x = p->screen.x + pad;
  p->w = p->screen.w - 2 * pad;
  p->y = p->screen.y + h + pad;
  p->bottom = p->screen.y + p->screen.h - pad;
}

/* ---- tappable message text ---------------------------------------------------------- */

static bool sentence_end(const char *s, uint32_t i, uint32_t end) {
  unsigned char c = (unsigned char)s[i];
  if (c == '\n') return true;
  if ((c == '.' || c == '!' || c == '?') && i + 1 < end && s[i + 1] == ' ') return true;
  /* Devanagari danda, and the space that separates Thai phrases */
  if (c == 0xE0 && i + 2 < end && (unsigned char)s[i + 1] == 0xA5 && (unsigned char)s[i + 2] == 0xA4) return true;
  if (c == ' ' && i > 2 && (unsigned char)s[i - 3] == 0xE0 && (unsigned char)s[i - 2] == 0xB8) return true;
  if (c == ' ' && i > 2 && (unsigned char)s[i - 3] == 0xE0 && (unsigned char)s[i - 2] == 0xB9) return true;
  return false;
}

static bool blank(const char *s, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; i++)
    if (s[i] != ' ' && s[i] != '\n') return false;
  return true;
}

static void add_segment(UiView *v, int field, uint32_t a, uint32_t b, int flag, const char *text,
                        TextSpan *spans, int *nspans) {
  if (a >= b || (flag == FLAG_TAP_NONE && blank(text, a, b))) return;
  if (v->nsegments >= VIEW_MAX_SEGMENTS) {
    ui_problem(v, "message with too many parts to tap", text);
    return;
  }
  v->segments[v->nsegments] = (Segment){field, a, b, flag};
  spans[(*nspans)++] = (TextSpan){a, b, v->nsegments + 1};
  v->nsegments++;
}

/* Closing punctuation right after a flag ("तिर्नुहोस्,", "ပေးပါ၊") goes with the flag:
   a part must not begin with a comma or danda torn from its word. Returns where the
   flag's part ends. */
static uint32_t with_closing_punctuation(const char *s, uint32_t end, uint32_t limit) {
  for (;;) {
    size_t at = end;
    if (at >= limit) return end;
    uint32_t c = utf8_next(s, limit, &at);
    bool closing = (c > 0 && c < 0x80 && strchr(",.:;!?)", (int)c)) || c == 0x201D || c == 0x0964 ||
                   c == 0x0965 || c == 0x104A || c == 0x104B || c == 0x0E2F;
    if (!closing) return end;
    end = (uint32_t)at;
  }
}

/* Splits a field into segments: its red flags, and the plain words between them cut at
   sentence ends. Returns the span count. */
static int segment_field(UiView *v, int field, const RichText *rt, TextSpan *spans) {
  int n = 0;
  uint32_t pos = 0, len = (uint32_t)strlen(rt->text);
  for (int k = 0; k <= rt->nspans; k++) {
    uint32_t stop = k < rt->nspans ? rt->spans[k].start : len;
    uint32_t start = pos;
    for (uint32_t i = pos; i < stop; i++)
      if (sentence_end(rt->text, i, stop)) {
        uint32_t e = i + 1; /* after the whole character: a danda is 3 bytes */
        while (e < stop && ((unsigned char)rt->text[e] & 0xC0) == 0x80) e++;
        add_segment(v, field, start, e, FLAG_TAP_NONE, rt->text, spans, &n);
        start = e;
        i = e - 1;
      }
    add_segment(v, field, start, stop, FLAG_TAP_NONE, rt->text, spans, &n);
    if (k < rt->nspans) {
      uint32_t limit = k + 1 < rt->nspans ? rt->spans[k + 1].start : len;
      uint32_t end = with_closing_punctuation(rt->text, rt->spans[k].end, limit);
      add_segment(v, field, rt->spans[k].start, end, rt->spans[k].flag, rt->text, spans, &n);
      pos = end;
    }
  }
  return n;
}

/* Neighbouring parts' hit areas keep a gap: a press lights one part, never two. The
   space between two parts is split at its middle whether either is a flag or not, so
   a pressed or focused part shows nothing of which parts are flags; the outlines of
   found flags are placed round their letters apart from this (outline.c). */
static void separate(UiView *v, PartBox *boxes, int n) {
  int gap = theme_dp(&v->theme, DP_FLAG_GAP);
  for (int i = 0; i < n; i++)
    for (int k = 0; k < n; k++) {
      Rect *a = &boxes[i].r, *b = &boxes[k].r;
      if (boxes[i].seg == boxes[k].seg || a->y != b->y || a->x > b->x) continue;
      int end = a->x + a->w;
      if (end + gap <= b->x) continue;
      int mid = (end + b->x) / 2, b_end = b->x + b->w;
      a->w = mid - gap / 2 - a->x;
      b->x = mid + (gap - gap / 2);
      b->w = b_end - b->x;
      if (a->w < 1) a->w = 1;
      if (b->w < 1) b->w = 1;
    }
}

/* A red flag's highlight. Found: outlined in the flag colour (3:1 against the bubble and
   the screen). Missed, in the review: a dashed outline in the "not quite" colour (4.9:1
   on the bubble), so found and missed differ in shape, not only in colour. */
static void flag_highlight(UiView *v, const PartBox *b, bool found) {
  const Theme *t = &v->theme;
  Widget *hl = ui_add_box(v, b->outline, found ? t->accent_soft : t->bad_soft, theme_dp(t, DP_FLAG_RADIUS));
  hl->border = found ? t->accent : t->bad;
  hl->border_width = theme_dp(t, DP_FLAG_OUTLINE);
  hl->dashed = !found;
  for (int s = 0; s < 4; s++) hl->outset[s] = b->outset[s];
}

/* Marks in the phone's margin, one beside each line that holds the start of a flag: a
   flag where every flag starting there was found, a warning sign where one was missed
   (the sign the explanation card of a missed flag carries with "You missed this one"). */
typedef struct FlagMark {
  int y, h;
  bool missed;
} FlagMark;

static void flag_marks(UiView *v, const FlagMark *marks, int n) {
  const Theme *t = &v->theme;
  int size = theme_dp(t, DP_FLAG_BADGE);
  for (int i = 0; v->phone_gutter && i < n; i++) {
    bool missed = false, first = true;
    for (int j = 0; j < n; j++) {
      if (marks[j].y != marks[i].y) continue;
      missed |= marks[j].missed;
      if (j < i) first = false;
    }
    if (!first) continue;
    Widget *w = ui_add(v, W_ICON, (Rect){v->phone_gutter - size / 2, marks[i].y + (marks[i].h - size) / 2, size, size});
    w->icon = missed ? ICON_WARNING : ICON_FLAG;
    w->fg = missed ? t->bad : t->accent;
  }
}

/* Lays out a message field; on a red-flag screen every part becomes a tap target and
   found (or, in feedback, missed) flags are highlighted. A flag's hit area is at least
   a touch target tall and reaches beyond its glyphs; plain words are hit only on
   themselves. Returns the text widget. */
static Widget *rich(UiView *v, int field, const RichText *rt, TextRole role, Color c, int x, int y,
                    int w) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  bool tappable = s->kind == SCREEN_FLAGS;
  TextSpan spans[VIEW_MAX_SEGMENTS];
  int nspans = tappable ? segment_field(v, field, rt, spans) : 0;
  TextLayout *l = text_layout(v->ui->text, rt->text, spans, nspans, theme_text(t, role, v->tscale), w);
  if (l->cut_word) ui_problem(v, "a word too long for the phone", rt->text);
  PartBox boxes[VIEW_MAX_WIDGETS / 2];
  int nboxes = 0, pad = theme_dp(t, DP_FLAG_PAD), inset = theme_dp(t, DP_HAIRLINE);
  for (int li = 0; tappable && li < l->nlines; li++) {
    const TextLine *line = &l->lines[li];
    for (int k = line->first; k < line->first + line->count; k++) {
      const TextPiece *pc = &l->pieces[k];
      if (pc->tag <= 0) continue;
      PartBox *prev = nboxes ? &boxes[nboxes - 1] : NULL;
      if (prev && k > line->first && prev->seg == pc->tag - 1) { /* a change of face: one box */
        prev->r.w = x + pc->x + pc->width + pad - prev->r.x;
        prev->last = k;
        continue;
      }
      if (nboxes == (int)(sizeof boxes / sizeof boxes[0])) continue;
      int flag = v->segments[pc->tag - 1].flag;
      bool drawn = flag >= 0 && ((v->answer.picked & (1u << flag)) || v->phase == PHASE_FEEDBACK);
      boxes[nboxes++] = (PartBox){{x + pc->x - pad, y + line->y + inset, pc->width + 2 * pad, l->line_height - 2 * inset},
                                  pc->tag - 1, li, k, k, drawn, {0, 0, 0, 0}, {0, 0, 0, 0}};
    }
  }
  separate(v, boxes, nboxes);
  bool any_drawn = false;
  for (int i = 0; i < nboxes; i++) any_drawn |= boxes[i].drawn;
  if (any_drawn) ui_place_outlines(v, l, x, y, boxes, nboxes);
  int touch = t->touch, reach = theme_dp(t, DP_FLAG_HIT_X), nmarks = 0;
  FlagMark marks[VIEW_MAX_SEGMENTS];
  for (int i = 0; i < nboxes; i++) {
    Rect r = boxes[i].r;
    int seg = boxes[i].seg, flag = v->segments[seg].flag;
    bool first_piece = true;
    for (int j = 0; j < i; j++)
      if (boxes[j].seg == seg) first_piece = false;
    if (boxes[i].drawn) {
      bool found = v->answer.picked & (1u << flag);
      flag_highlight(v, &boxes[i], found);
      if (first_piece && nmarks < VIEW_MAX_SEGMENTS) marks[nmarks++] = (FlagMark){r.y, r.h, !found};
    }
    Widget *hit = ui_add(v, W_HIT, r);
    hit->action = ACT_SEGMENT + seg;
    if (flag >= 0) {
      Rect h = {r.x - reach, r.y, r.w + 2 * reach, r.h};
      if (h.h < touch) {
        h.y -= (touch - h.h) / 2;
        h.h = touch;
      }
      if (h.w < touch) {
        h.x -= (touch - h.w) / 2;
        h.w = touch;
      }
      hit->hit = h;
    }
    /* one focus stop per segment, however many lines it wraps over */
    hit->focusable = first_piece;
  }
  flag_marks(v, marks, nmarks);
  Widget *tw = ui_add(v, W_TEXT, (Rect){x, y, w, l->height});
  tw->text = l;
  tw->fg = c;
  return tw;
}

static void body_text(UiView *v, Phone *p, int field, const RichText *rt, TextRole role, Color c) {
  if (!rt->text) return;
  Widget *w = rich(v, field, rt, role, c, p->x, p->y, p->w);
  p->y += w->r.h + theme_dp(&v->theme, DP_PARA_GAP);
}

/* A sender or contact name centred in the app bar (one line; more is a problem). */
static void bar_name(UiView *v, const Phone *p, const RichText *name, const char *plain, int x,
                     int bar, Color c) {
  const Theme *t = &v->theme;
  TextStyle style = theme_text(t, ROLE_PHONE_BOLD, v->tscale);
  int w = p->screen.x + p->screen.w - x - theme_dp(t, DP_APP_BAR_END), tw, th;
  text_measure(v->ui->text, "Ag", style, &tw, &th);
  int y = p->screen.y + (bar - th) / 2;
  Widget *label = NULL;
  if (name && name->text) label = rich(v, 0, name, ROLE_PHONE_BOLD, c, x, y, w);
  else if (plain) label = ui_add_text(v, plain, ROLE_PHONE_BOLD, c, x, y, w, false);
  if (label && label->text->nlines > 1) ui_problem(v, "name longer than the app bar", label->text->text);
}

static void avatar(UiView *v, int x, int y, int size, Color c) {
  ui_add_box(v, (Rect){x, y, size, size}, c, size / 2);
}

/* ---- the message kinds ----------------------------------------------------------------- */

static void sms(UiView *v, Phone *p, const Message *m) {
  const Theme *t = &v->theme;
  int bar = theme_dp(t, DP_APP_BAR_SMS), size = theme_dp(t, DP_AVATAR);
  phone_bar(v, p, t->phone_bar, bar);
  avatar(v, p->screen.x + theme_dp(t, DP_AVATAR_X), p->screen.y + (bar - size) / 2, size, (Color){0x9A, 0xA5, 0xB1, 255});
  bar_name(v, p, &m->from, NULL, p->screen.x + theme_dp(t, DP_AVATAR_X) + size + theme_dp(t, DP_AVATAR_GAP), bar, t->ink);
  if (m->time) {
    Widget *time = ui_add_text(v, m->time, ROLE_PHONE_SMALL, t->ink_soft, p->x, p->y, p->w, true);
    p->y += time->r.h + theme_dp(t, DP_TIME_GAP);
  }
  /* one grey bubble holding every paragraph, as an SMS inbox shows it */
  int inner = theme_dp(t, DP_SMS_INNER);
  int bw = p->w * 90 / 100;
  Widget *bubble = ui_add_box(v, (Rect){p->x, p->y, bw, 0}, t->bubble_in, theme_dp(t, DP_SMS_RADIUS));
  Phone in = *p;
  in.x = p->x + inner;
  in.w = bw - 2 * inner;
  in.y = p->y + inner;
  for (int i = 0; i < m->nparts; i++) body_text(v, &in, 2 + i, &m->parts[i], ROLE_PHONE, t->ink);
  bubble->r.h = in.y - theme_dp(t, DP_PARA_GAP) + inner - p->y;
  p->y += bubble->r.h + theme_dp(t, DP_PARA_GAP);
}

static void email(UiView *v, Phone *p, const Message *m) {
  const Theme *t = &v->theme;
  int bar = theme_dp(t, DP_APP_BAR_EMAIL);
  phone_bar(v, p, t->phone_bar, bar);
  bar_name(v, p, NULL, m->app, p->x, bar, t->ink);
  body_text(v, p, 0, &m->from, ROLE_PHONE_BOLD, t->ink);
  if (m->time) {
    Widget *time = ui_add_text(v, m->time, ROLE_PHONE_SMALL, t->ink_soft, p->x, p->y - theme_dp(t, DP_TIME_GAP), p->w, false);
    p->y = time->r.y + time->r.h + theme_dp(t, DP_TIME_GAP);
  }
  body_text(v, p, 1, &m->subject, ROLE_PHONE_BOLD, t->ink);
  ui_add_box(v, (Rect){p->x, p->y, p->w, theme_dp(t, DP_HAIRLINE) > 0 ? theme_dp(t, DP_HAIRLINE) : 1}, t->line, 0);
  p->y += theme_dp(t, DP_PARA_GAP);
  for (int i = 0; i < m->nparts; i++) body_text(v, p, 2 + i, &m->parts[i], ROLE_PHONE, t->ink);
}

static void post(UiView *v, Phone *p, const Message *m) {
  const Theme *t = &v->theme;
  int bar = theme_dp(t, DP_APP_BAR_EMAIL);
  phone_bar(v, p, (Color){0x2F, 0x5D, 0xA8, 255}, bar);
  bar_name(v, p, NULL, m->app, p->x, bar, t->primary_ink);
  int size = theme_dp(t, DP_AVATAR);
  avatar(v, p->x, p->y, size, (Color){0xE0, 0x8E, 0x3B, 255});
  Phone head = *p;
  head.x = p->x + size + theme_dp(t, DP_AVATAR_GAP);
  head.w = p->w - size - theme_dp(t, DP_AVATAR_GAP);
  body_text(v, &head, 0, &m->from, ROLE_PHONE_BOLD, t->ink);
  if (m->time) {
    Widget *time = ui_add_text(v, m->time, ROLE_PHONE_SMALL, t->ink_soft, head.x, head.y - theme_dp(t, DP_PARA_GAP), head.w, false);
    head.y = time->r.y + time->r.h + theme_dp(t, DP_TIME_GAP);
  }
  p->y = head.y > p->y + size + theme_dp(t, DP_AVATAR_GAP) ? head.y : p->y + size + theme_dp(t, DP_AVATAR_GAP);
  for (int i = 0; i < m->nparts; i++) body_text(v, p, 2 + i, &m->parts[i], ROLE_PHONE, t->ink);
}

static void chat_header(UiView *v, Phone *p, const char *name, const RichText *rich_name, const char *app) {
  const Theme *t = &v->theme;
  int bar = theme_dp(t, DP_APP_BAR_SMS), size = theme_dp(t, DP_AVATAR);
  Color green = {0x1E, 0x6F, 0x5C, 255};
  phone_bar(v, p, green, bar);
  if (app) { /* which app it is (WhatsApp, Telegram, LINE...): small, at the right */
    TextLayout *l = text_layout(v->ui->text, app, NULL, 0, theme_text(t, ROLE_PHONE_SMALL, v->tscale),
                                p->screen.w / 3);
    Widget *w = ui_add(v, W_TEXT, (Rect){p->screen.x + p->screen.w - l->width - theme_dp(t, DP_AVATAR_X),
                                         p->screen.y + (bar - l->height) / 2, l->width, l->height});
    w->text = l;
    w->fg = (Color){255, 255, 255, 200};
  }
  avatar(v, p->screen.x + theme_dp(t, DP_AVATAR_X), p->screen.y + (bar - size) / 2, size, (Color){0xC9, 0xE4, 0xDC, 255});
  bar_name(v, p, rich_name, name, p->screen.x + theme_dp(t, DP_AVATAR_X) + size + theme_dp(t, DP_AVATAR_GAP), bar,
           t->primary_ink);
}

static void thread(UiView *v, Phone *p, const Message *m) {
  const Theme *t = &v->theme;
  chat_header(v, p, NULL, &m->from, m->app);
  if (m->time) {
    Widget *time = ui_add_text(v, m->time, ROLE_PHONE_SMALL, t->ink_soft, p->x, p->y, p->w, true);
    p->y += time->r.h + theme_dp(t, DP_TIME_GAP);
  }
  int inner = theme_dp(t, DP_BUBBLE_INNER);
  for (int i = 0; i < m->nparts; i++) {
    Widget *bubble = ui_add_box(v, (Rect){p->x, p->y, p->w * BUBBLE_MAX_WIDTH / 100, 0}, t->bubble_in, theme_dp(t, DP_BUBBLE_RADIUS));
    Phone in = *p;
    in.x = p->x + inner;
    in.w = bubble->r.w - 2 * inner;
    in.y = p->y + inner;
    body_text(v, &in, 2 + i, &m->parts[i], ROLE_PHONE, t->ink);
    bubble->r.h = in.y - theme_dp(t, DP_PARA_GAP) + inner - p->y;
    p->y += bubble->r.h + theme_dp(t, DP_PARA_GAP);
  }
}

/* Before the first tap: a finger on the phone says the message itself can be tapped.
   It sits in the screen's lower right corner, below the message when there is room,
   else on the bezel; it fades once the learner has tapped (view.c). */
static void tap_hint(UiView *v, const Phone *p) {
  const Theme *t = &v->theme;
  int size = theme_dp(t, DP_TAP_HINT), bezel = theme_dp(t, DP_BEZEL);
  Rect r = {p->screen.x + p->screen.w - size - bezel, p->screen.y + p->screen.h - size - bezel, size, size};
  if (p->y > r.y) r.x = p->screen.x + p->screen.w + bezel / 2 - size / 2; /* on the bezel */
  Widget *disc = ui_add_box(v, r, t->card, size / 2);
  disc->border = t->accent;
  disc->border_width = theme_dp(t, DP_BORDER);
  disc->hint = true;
  int in = size / 6;
  Widget *icon = ui_add(v, W_ICON, (Rect){r.x + in, r.y + in, size - 2 * in, size - 2 * in});
  icon->icon = ICON_TAP;
  icon->fg = t->accent;
  icon->hint = true;
}

void ui_build_phone(UiView *v, Rect rect) {
  const Message *m = &v->s->message;
  v->in_phone = true;
  Phone p = phone_frame(v, rect);
  switch (m->kind) {
  case MESSAGE_EMAIL:
    email(v, &p, m);
    break;
  case MESSAGE_POST:
    post(v, &p, m);
    break;
  case MESSAGE_CHAT:
    thread(v, &p, m);
    break;
  default:
    sms(v, &p, m);
    break;
  }
  if (p.y - theme_dp(&v->theme, DP_PARA_GAP) > p.bottom)
    ui_problem(v, "message does not fit on the phone", m->nparts ? m->parts[m->nparts - 1].text : NULL);
  if (v->s->kind == SCREEN_FLAGS && v->phase == PHASE_ASK && !v->hint_gone) tap_hint(v, &p);
  v->in_phone = false;
}

/* ---- chat simulation ------------------------------------------------------------------ */

typedef struct Bub {
  const char *text;
  bool mine, typing, fresh;
  TextLayout *layout;
  int w, h;
} Bub;

void ui_build_chat_phone(UiView *v, Rect rect, uint64_t now) {
  (void)now;
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  v->in_phone = true;
  Phone p = phone_frame(v, rect);
  chat_header(v, &p, s->contact, NULL, s->app);
  /* a decorative message box at the bottom, as in any chat app */
  int input_h = theme_dp(t, DP_CHAT_INPUT_H);
  ui_add_box(v, (Rect){p.x, p.bottom - input_h, p.w, input_h}, t->phone_bar, input_h / 2);
  int bottom = p.bottom - input_h - theme_dp(t, DP_PARA_GAP);

  Bub list[SCREEN_MAX_BUBBLES + 2];
  int n = 0, fresh_seen = 0;
  for (int i = 0; i < s->nbubbles; i++) {
    const Bubble *b = &s->bubbles[i];
    if (b->fresh && !b->mine) {
      if (fresh_seen >= v->revealed) break; /* not typed yet */
      fresh_seen++;
    }
    list[n++] = (Bub){b->text, b->mine, false, b->fresh, NULL, 0, 0};
  }
  if (v->revealed < v->nfresh) list[n++] = (Bub){v->ui->words->typing, false, true, true, NULL, 0, 0};
  if (v->phase == PHASE_FEEDBACK && s->noptions > 0 && v->answer.choice >= 0)
    list[n++] = (Bub){s->options[v->answer.choice].text, true, false, true, NULL, 0, 0};

  int inner = theme_dp(t, DP_BUBBLE_INNER), maxw = p.w * BUBBLE_MAX_WIDTH / 100;
  for (int i = 0; i < n; i++) {
    TextRole role = list[i].typing ? ROLE_PHONE_SMALL : ROLE_PHONE;
    list[i].layout = text_layout(v->ui->text, list[i].text, NULL, 0, theme_text(t, role, v->tscale),
                                 maxw - 2 * inner);
    list[i].w = list[i].layout->width + 2 * inner;
    list[i].h = list[i].layout->height + 2 * inner;
  }
  /* newest at the bottom; older ones scroll away at the top as on a phone */
  int y = bottom, first = n;
  for (int i = n - 1; i >= 0; i--) {
    if (y - list[i].h < p.y) {
      /* new messages must all be in view while the learner reads them; once they have
         answered, their reply may push the first ones up, as in any chat app */
      if (list[i].fresh && v->phase == PHASE_ASK) ui_problem(v, "new chat messages do not fit on the phone", list[i].text);
      break;
    }
    y -= list[i].h + theme_dp(t, DP_PARA_GAP);
    first = i;
  }
  y += theme_dp(t, DP_PARA_GAP);
  for (int i = 0; i < first; i++) text_layout_free(list[i].layout);
  int newest = -1; /* the message that appeared last rises in (view.c) */
  for (int i = first; i < n; i++)
    if (list[i].fresh && !list[i].mine && !list[i].typing) newest = i;
  for (int i = first; i < n; i++) {
    int x = list[i].mine ? p.x + p.w - list[i].w : p.x;
    if (i == newest) v->bubble_from = v->nwidgets;
    ui_add_box(v, (Rect){x, y, list[i].w, list[i].h}, list[i].mine ? t->bubble_out : t->bubble_in, theme_dp(t, DP_BUBBLE_RADIUS));
    Widget *w = ui_add(v, W_TEXT, (Rect){x + inner, y + inner, list[i].w - 2 * inner, list[i].h - 2 * inner});
    w->text = list[i].layout;
    w->fg = list[i].typing ? t->ink_soft : t->ink;
    if (i == newest) v->bubble_to = v->nwidgets;
    y += list[i].h + theme_dp(t, DP_PARA_GAP);
  }
  v->in_phone = false;
}
