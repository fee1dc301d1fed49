/* build.c — the layout of each screen kind: pages, questions, safe-or-scam cards,
   red-flag screens, chats and the result, for landscape and portrait viewports. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "ui/internal.h"

static const UiWords *words(const UiView *v) { return v->ui->words; }

void ui_text_in(UiView *v, Area *a, const char *text, TextRole role, Color c, const char *what) {
  if (!text || !*text) return;
  Widget *w = ui_add_text(v, text, role, c, a->x, a->y, a->w, false);
  a->y += w->r.h + v->theme.gap;
  if (a->y - v->theme.gap > a->bottom) ui_problem(v, what, text);
}

/* The primary action at the bottom right of the area; the area shrinks above it. */
void ui_primary(UiView *v, Area *a, const char *label, int action) {
  int pad = theme_dp(&v->theme, DP_PRIMARY_PAD);
  int tw, th;
  text_measure(v->ui->text, label, theme_text(&v->theme, ROLE_BUTTON, v->tscale), &tw, &th);
  int bw = tw + 2 * pad;
  int min = theme_dp(&v->theme, DP_PRIMARY_MIN_W);
  if (bw < min) bw = min;
  if (bw > a->w) bw = a->w;
  int h = v->theme.touch;
  Widget *b = ui_add_button(v, (Rect){a->x + a->w - bw, a->bottom - h, bw, h}, label, BTN_PRIMARY, action);
  b->primary = true;
  if (b->r.h > h) { /* wrapped: grow upwards */
    b->r.y -= b->r.h - h;
  }
  a->bottom = b->r.y - v->theme.gap;
}

/* A card: an optional heading, with an optional icon before it, over a text. */
static void card_with(UiView *v, Area *a, Icon icon, const char *heading, Color heading_color,
                      const char *text, Color bg, const char *what) {
  int pad = theme_dp(&v->theme, DP_CARD_PAD);
  Widget *box = ui_add(v, W_BOX, (Rect){a->x, a->y, a->w, 0});
  box->bg = bg;
  box->radius = v->theme.radius;
  Area in = {a->x + pad, a->y + pad, a->w - 2 * pad, a->bottom - pad};
  if (heading && icon != ICON_COUNT) {
    int size = theme_dp(&v->theme, DP_MARK), shift = size + v->theme.gap / 2;
    Area head = {in.x + shift, in.y, in.w - shift, in.bottom};
    Widget *h = ui_add_text(v, heading, ROLE_HEADING, heading_color, head.x, head.y, head.w, false);
    Widget *i = ui_add(v, W_ICON, (Rect){in.x, in.y + (h->text->line_height - size) / 2, size, size});
    i->icon = icon;
    i->fg = heading_color;
    in.y += h->r.h + v->theme.gap;
  } else if (heading) {
    ui_text_in(v, &in, heading, ROLE_HEADING, heading_color, what);
  }
  if (text) ui_text_in(v, &in, text, ROLE_BODY, v->theme.ink, what);
  box->r.h = in.y - v->theme.gap + pad - a->y;
  a->y += box->r.h + v->theme.gap;
  if (a->y - v->theme.gap > a->bottom) ui_problem(v, what, text ? text : heading);
}

static void card(UiView *v, Area *a, const char *heading, Color heading_color, const char *text,
                 Color bg, const char *what) {
  card_with(v, a, ICON_COUNT, heading, heading_color, text, bg, what);
}

/* ---- chrome ----------------------------------------------------------------------- */

Area ui_content_area(UiView *v) {
  int top = v->frame.title ? v->theme.bar_h : 0;
  Area a = {v->theme.margin, top + v->theme.margin, v->width - 2 * v->theme.margin,
            v->height - v->theme.margin};
  return a;
}

/* The speaker: at the right end of the bar, the same place on every screen (a screen
   without a bar has it there too); lit while the screen is read. Returns its left edge. */
static int speaker_button(UiView *v, int right) {
  const Theme *t = &v->theme;
  int bh = t->bar_h - 2 * theme_dp(t, DP_BAR_INSET);
  Widget *b = ui_add_button(v, (Rect){right - bh, theme_dp(t, DP_BAR_INSET), bh, bh}, "", BTN_BAR, ACT_SPEAK);
  b->r.h = bh;
  b->icon = ICON_SPEAKER; /* drawn with the button: lit or not as the voice speaks */
  return b->r.x;
}

/* The lesson title fits the bar in at most two lines at the bar's size (18 px at
   800x480, the body's floor: it never shrinks to fit) within the bar's fixed height. */
static bool title_fits(UiView *v, int w) {
  const Theme *t = &v->theme;
  if (w <= 0) return false;
  TextLayout *l = text_layout(v->ui->text, v->frame.title, NULL, 0, theme_text(t, ROLE_BAR, v->tscale), w);
  bool fits = l->nlines <= 2 && l->height <= t->bar_h && !l->cut_word;
  text_layout_free(l);
  return fits;
}

static void build_bar(UiView *v) {
  const Theme *t = &v->theme;
  int right = v->width - theme_dp(t, DP_BAR_SPACING);
  if (!v->frame.title) {
    if (v->frame.speaker) speaker_button(v, right);
    return;
  }
  Widget *bar = ui_add(v, W_BOX, (Rect){0, 0, v->width, t->bar_h});
  bar->bg = t->bar;
  if (v->frame.speaker) right = speaker_button(v, right) - theme_dp(t, DP_BAR_SPACING);
  int bh = t->bar_h - 2 * theme_dp(t, DP_BAR_INSET);
  if (v->frame.help_button) {
    int tw, th;
    text_measure(v->ui->text, words(v)->get_help, theme_text(t, ROLE_BUTTON, v->tscale), &tw, &th);
    int bw = tw + theme_dp(t, DP_HELP_BUTTON_AIR);
    Widget *b = ui_add_button(v, (Rect){right - bw, theme_dp(t, DP_BAR_INSET), bw, bh}, words(v)->get_help,
                              BTN_HELP, ACT_HELP);
    b->r.h = bh; /* the bar is the bar: a long word shows as a problem instead */
    if (b->text->nlines > 1) ui_problem(v, "Get help label", words(v)->get_help);
    for (int i = 0; i < b->text->nlines; i++) b->offsets[i] += theme_dp(t, DP_HELP_LABEL_SHIFT);
    Widget *icon = ui_add(v, W_ICON, (Rect){b->r.x + theme_dp(t, DP_HELP_ICON_X), b->r.y + (bh - theme_dp(t, DP_HELP_ICON)) / 2,
                                             theme_dp(t, DP_HELP_ICON), theme_dp(t, DP_HELP_ICON)});
    icon->icon = ICON_HELP;
    icon->fg = t->primary_ink;
    right = b->r.x - theme_dp(t, DP_BAR_SPACING);
  }
  int left = theme_dp(t, DP_BAR_TITLE_X);
  if (v->frame.exit_button) {
    int tw, th;
    const char *label = v->frame.exit_label ? v->frame.exit_label : words(v)->back;
    text_measure(v->ui->text, label, theme_text(t, ROLE_SMALL, v->tscale), &tw, &th);
    int bw = tw + theme_dp(t, DP_BAR_BUTTON_AIR);
    /* a title that fits in no two lines beside "Back to menu" keeps its words, and Back
       yields its label: a square with the close cross, which phone users read as leaving
       (and "Leave this lesson?" asks before anything is lost). The title is what the
       learner is reading about; Get help keeps its words, for a learner who needs it. */
    if (!t->portrait && !title_fits(v, right - bw - theme_dp(t, DP_BAR_SPACING) - left)) {
      Widget *b = ui_add_button(v, (Rect){right - bh, theme_dp(t, DP_BAR_INSET), bh, bh}, "", BTN_BAR, ACT_EXIT);
      b->r.h = bh;
      int size = theme_dp(t, DP_SPEAKER_ICON);
      Widget *icon = ui_add(v, W_ICON, (Rect){b->r.x + (bh - size) / 2, b->r.y + (bh - size) / 2, size, size});
      icon->icon = ICON_CLOSE;
      icon->fg = t->bar_ink;
      right = b->r.x - theme_dp(t, DP_BAR_SPACING);
    } else {
      Widget *b = ui_add_button(v, (Rect){right - bw, theme_dp(t, DP_BAR_INSET), bw, bh}, label, BTN_BAR, ACT_EXIT);
      if (b->text->nlines > 1) ui_problem(v, "Back label", label);
      b->r.h = bh;
      right = b->r.x - theme_dp(t, DP_BAR_SPACING);
    }
  }
  /* a portrait screen's bar is its buttons' (Back, Get help, the speaker): a title
     with no room beside them is left out rather than wrapped out of the bar; the
     screen under it names the lesson or the topic */
  if (!t->portrait || title_fits(v, right - left)) {
    Widget *title = ui_add_text(v, v->frame.title, ROLE_BAR, t->bar_ink, left, 0, right - left, false);
    int y = (t->bar_h - title->r.h) / 2;
    title->r.y = y > 0 ? y : 0;
    if (!title_fits(v, right - left)) ui_problem(v, "lesson title in the top bar", v->frame.title);
  }
  if (v->frame.progress >= 0) {
    int ph = theme_dp(t, DP_PROGRESS_H);
    Widget *track = ui_add(v, W_BOX, (Rect){0, t->bar_h - ph, v->width, ph});
    track->bg = (Color){255, 255, 255, 50};
    Widget *done = ui_add(v, W_BOX, (Rect){0, t->bar_h - ph, v->width * v->frame.progress / 100, ph});
    done->bg = t->accent_soft;
  }
}

/* The top bar is the same on every screen: its height and its words keep their size
   whatever the text size the learner chose. */
void ui_build_bar(UiView *v) {
  float learner_scale = v->tscale;
  v->tscale = 1.0f;
  build_bar(v);
  v->tscale = learner_scale;
}

/* ---- page ----------------------------------------------------------------------- */

/* A page's image: a PNG from the pack, or one of the engine's drawn pictures on a soft
   disc, the same style as the lesson's icon in the menu. */
static void image_box(UiView *v, Rect r, const char *name) {
  Icon drawn = icon_named(name);
  if (drawn != ICON_COUNT) {
    int size = r.w < r.h ? r.w : r.h;
    size = size < theme_dp(&v->theme, DP_PICTURE_MAX) ? size : theme_dp(&v->theme, DP_PICTURE_MAX);
    Rect disc = {r.x + (r.w - size) / 2, r.y + (r.h - size) / 2, size, size};
    Widget *bg = ui_add(v, W_BOX, disc);
    bg->bg = v->theme.selected;
    bg->radius = size / 2;
    Widget *w = ui_add(v, W_ICON, (Rect){disc.x + size / 5, disc.y + size / 5, size * 3 / 5, size * 3 / 5});
    w->icon = drawn;
    w->fg = v->theme.primary;
    return;
  }
  const char *path = ui_image_path(v, name);
  if (!path) return;
  Widget *w = ui_add(v, W_IMAGE, r);
  w->image = path;
}

static void build_page(UiView *v, Area a) {
  const Screen *s = v->s;
  ui_primary(v, &a, words(v)->next, ACT_NEXT);
  if (s->audio) {
    Widget *b = ui_add_button(v, (Rect){a.x, a.bottom + v->theme.gap, theme_dp(&v->theme, DP_LISTEN_W),
                                        v->theme.touch}, words(v)->listen, BTN_OPTION, ACT_LISTEN);
    (void)b;
  }
  if (s->image) {
    if (v->theme.portrait) {
      int h = (a.bottom - a.y) * 2 / 5;
      image_box(v, (Rect){a.x, a.y, a.w, h}, s->image);
      a.y += h + v->theme.gap;
    } else {
      int w = a.w * 2 / 5;
      image_box(v, (Rect){a.x, a.y, w, a.bottom - a.y}, s->image);
      a.x += w + v->theme.margin;
      a.w -= w + v->theme.margin;
    }
  }
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, s->title, ROLE_TITLE, v->theme.ink, "page title");
  ui_text_in(v, &a, s->text, ROLE_BODY, v->theme.ink, "page text");
  ui_scroll_end(v, &a);
}

/* ---- choices -------------------------------------------------------------------- */

/* Stacks option buttons in one column, or two when one does not fit. */
static void option_buttons(UiView *v, Area *a, bool multi) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  int n = s->noptions, inset = multi ? theme_dp(t, DP_TICK_INSET) : 0;
  int total = 0;
  for (int i = 0; i < n; i++) total += ui_button_height(v, s->options[i].text, a->w - inset) + t->gap;
  int bottom = v->region.h ? v->region.y + v->region.h : a->bottom; /* the screen's, not the scroll's */
  int cols = (total - t->gap > bottom - a->y && n >= 4) ? 2 : 1;
  int cw = cols == 2 ? (a->w - t->gap) / 2 : a->w;
  int y = a->y, row_h = 0;
  for (int i = 0; i < n; i++) {
    int col = cols == 2 ? i % 2 : 0;
    if (col == 0 && i > 0) y += row_h + t->gap;
    if (col == 0) row_h = 0;
    int h = ui_button_height(v, s->options[i].text, cw - inset);
    if (cols == 2 && i + 1 < n && col == 0) {
      int h2 = ui_button_height(v, s->options[i + 1].text, cw - inset);
      if (h2 > h) h = h2;
    }
    Rect r = {a->x + col * (cw + t->gap), y, cw, h};
    Widget *b = ui_add_button_inset(v, r, s->options[i].text, BTN_OPTION, ACT_OPTION + i, inset);
    if (row_h < b->r.h) row_h = b->r.h;
    if (multi) {
      bool on = v->answer.picked & (1u << i);
      int box = theme_dp(t, DP_TICK_BOX);
      Widget *mark = ui_add(v, W_BOX, (Rect){r.x + theme_dp(t, DP_TICK_BOX_X), r.y + (b->r.h - box) / 2, box, box});
      mark->radius = theme_dp(t, DP_TICK_BOX_RADIUS);
      mark->bg = on ? t->primary : t->card;
      mark->border = on ? t->primary : t->ink_soft;
      mark->border_width = theme_dp(t, DP_BORDER);
      if (on) {
        Widget *tick = ui_add(v, W_ICON, mark->r);
        tick->icon = ICON_TICK;
        tick->fg = t->primary_ink;
        b->bg = t->selected;
        b->border = t->primary;
      }
    }
  }
  a->y = y + row_h + t->gap;
}

static void build_question(UiView *v, Area a, bool multi) {
  const Screen *s = v->s;
  if (multi) ui_primary(v, &a, words(v)->check, ACT_CHECK);
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, s->title, ROLE_SMALL, v->theme.ink_soft, "question title");
  ui_text_in(v, &a, s->text, ROLE_HEADING, v->theme.ink, "question");
  /* Check with nothing ticked: a nudge, in the hint's place, instead of an answer */
  if (multi && v->nudge) ui_text_in(v, &a, words(v)->pick_one, ROLE_SMALL, v->theme.accent, "hint");
  else if (multi) ui_text_in(v, &a, words(v)->pick_all, ROLE_SMALL, v->theme.ink_soft, "hint");
  option_buttons(v, &a, multi);
  ui_scroll_end(v, &a);
}

/* The heading of an answer's feedback, in words that fit the screen kind: "That's
   right!" for a question, "Good reply" in a chat; a clear, kind warning for a choice
   that does real harm (giving away a code); in a lesson that is not a test a wrong
   choice gets no verdict at all, only its explanation. NULL: no heading. */
typedef struct Verdict {
  const char *word;
  Color color;
  Icon icon;   /* ICON_COUNT: none */
  Color bg;    /* the feedback card */
} Verdict;

static Verdict verdict(const UiView *v, const Option *o) {
  const Theme *t = &v->theme;
  const UiWords *w = words(v);
  bool chat = v->s->kind == SCREEN_CHAT;
  if (o->danger) return (Verdict){w->danger, t->accent, ICON_WARNING, t->accent_soft};
  if (o->correct) return (Verdict){chat ? w->reply_good : w->right_choice, t->good, ICON_TICK, t->card};
  if (v->s->unscored) return (Verdict){NULL, t->ink, ICON_COUNT, t->card};
  return (Verdict){chat ? w->reply_not : w->not_quite, t->bad, ICON_COUNT, t->card};
}

static void verdict_card(UiView *v, Area *a, Verdict vd, const char *text, const char *what) {
  card_with(v, a, vd.icon, vd.word, vd.color, text, vd.bg, what);
}

/* One answer shown after the fact, with a mark in front of it. */
static Widget *marked_option_as(UiView *v, Area *a, const Option *o, Icon mark, Color fg, Color bg,
                                Color border) {
  const Theme *t = &v->theme;
  int inset = theme_dp(t, DP_MARK_INSET);
  Widget *b = ui_add_button_inset(v, (Rect){a->x, a->y, a->w, 0}, o->text, BTN_OPTION, ACT_NONE, inset);
  b->focusable = false;
  int compact = b->text->height + theme_dp(t, DP_MARK_VPAD);
  if (compact < b->r.h) b->r.h = compact;
  b->bg = bg;
  b->border = border;
  int size = theme_dp(t, DP_MARK);
  Rect r = {b->r.x + theme_dp(t, DP_MARK_X), b->r.y + (b->r.h - size) / 2, size, size};
  if (mark == ICON_COUNT) { /* an empty box: not ticked, and rightly so */
    Widget *box = ui_add(v, W_BOX, r);
    box->border = t->ink_soft;
    box->border_width = theme_dp(t, DP_BORDER);
    box->radius = theme_dp(t, DP_TICK_BOX_RADIUS);
  } else {
    Widget *icon = ui_add(v, W_ICON, r);
    icon->icon = mark;
    icon->fg = fg;
  }
  a->y += b->r.h + t->gap;
  if (a->y - t->gap > a->bottom) ui_problem(v, "answer", o->text);
  return b;
}

/* The learner's choice: ticked right, crossed wrong, or (in a lesson that is not a
   test) simply pointed at. */
static void chosen_option(UiView *v, Area *a, const Option *o) {
  const Theme *t = &v->theme;
  if (o->correct) marked_option_as(v, a, o, ICON_TICK, t->good, t->good_soft, t->good);
  else if (v->s->unscored) marked_option_as(v, a, o, ICON_ARROW_RIGHT, t->ink_soft, t->card, t->line);
  else marked_option_as(v, a, o, ICON_CROSS, t->bad, t->bad_soft, t->bad);
}

static void build_choice_feedback(UiView *v, Area a) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  const Option *o = &s->options[v->answer.choice];
  ui_primary(v, &a, words(v)->next, ACT_NEXT);
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, s->text, ROLE_BODY, t->ink_soft, "question");
  chosen_option(v, &a, o);
  if (!o->correct)
    for (int i = 0; i < s->noptions; i++)
      if (s->options[i].correct) marked_option_as(v, &a, &s->options[i], ICON_TICK, t->good, t->good_soft, t->good);
  verdict_card(v, &a, verdict(v, o), o->feedback, "feedback");
  ui_scroll_end(v, &a);
}

/* PASSWORD: the level reached, drawn as the meter the learner watched, then what the
   phrase lacked (or why it is strong) and the lesson's own word on that level. The
   rows of the other levels, which the learner never chose, are not shown. */
static void build_password_feedback(UiView *v, Area a) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  const UiWords *w = words(v);
  int level = v->answer.choice < 0 ? 0 : (v->answer.choice > 2 ? 2 : v->answer.choice);
  ui_primary(v, &a, w->next, ACT_NEXT);
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, s->text, ROLE_BODY, t->ink_soft, "question");
  Color c = level == 2 ? t->good : (level == 1 ? t->accent : t->bad);
  int sw = theme_dp(t, DP_METER_W), sh = theme_dp(t, DP_METER_H), g = theme_dp(t, DP_METER_GAP);
  TextStyle hs = theme_text(t, ROLE_HEADING, v->tscale);
  for (int i = 0; i < 3; i++) {
    Widget *seg = ui_add(v, W_BOX, (Rect){a.x + i * (sw + g), a.y + (hs.size * 13 / 10 - sh) / 2, sw, sh});
    seg->bg = i <= level ? c : t->line;
    seg->radius = sh / 2;
  }
  int lx = 3 * (sw + g) + theme_dp(t, DP_METER_LABEL_GAP);
  Area label = {a.x + lx, a.y, a.w - lx, a.bottom};
  ui_text_in(v, &label, s->options[level].text, ROLE_HEADING, level == 0 && s->unscored ? t->ink : c, "password level");
  a.y = label.y;
  const char *why[] = {w->pw_short, w->pw_common, w->pw_run, NULL, w->pw_words, w->pw_varied};
  char *reason = v->pw_why == UI_PASSWORD_FEW_WORDS
                     ? ui_format_n(w->pw_few_words, w->pw_few_words_one, v->pw_words, 0, w->digits)
                     : ui_format(why[v->pw_why], 0, 0);
  card(v, &a, NULL, t->ink, reason, level == 2 ? t->good_soft : t->card, "why");
  free(reason);
  ui_text_in(v, &a, s->options[level].feedback, ROLE_BODY, t->ink, "feedback");
  ui_scroll_end(v, &a);
}

static void build_multi_feedback(UiView *v, Area a) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  const UiWords *w = words(v);
  ui_primary(v, &a, w->next, ACT_NEXT);
  ui_scroll_begin(v, &a);
  int signs = 0, found = 0, wrong = 0;
  for (int i = 0; i < s->noptions; i++) {
    bool ticked = v->answer.picked & (1u << i);
    signs += s->options[i].correct;
    found += ticked && s->options[i].correct;
    wrong += ticked && !s->options[i].correct;
  }
  /* partial credit: "You found 2 of 3", never a bare "Not quite" */
  char *heading = found == signs && !wrong ? xstrdup(w->all_found) : ui_format_digits(w->found_some, found, signs, w->digits);
  ui_text_in(v, &a, heading, ROLE_HEADING, found == signs && !wrong ? t->good : t->ink, "feedback heading");
  free(heading);
  for (int i = 0; i < s->noptions; i++) {
    const Option *o = &s->options[i];
    bool ticked = v->answer.picked & (1u << i);
    /* three marks a learner tells apart without colour: a tick (ticked, and right), a
       warning sign (a right one they missed), a cross (ticked, but not one of them);
       an empty box for one rightly left empty */
    const char *caption = NULL;
    if (ticked && o->correct) {
      marked_option_as(v, &a, o, ICON_TICK, t->good, t->good_soft, t->good);
    } else if (o->correct) {
      marked_option_as(v, &a, o, ICON_WARNING, t->accent, t->accent_soft, t->accent);
      caption = w->mark_missed;
    } else if (ticked && !s->unscored) {
      marked_option_as(v, &a, o, ICON_CROSS, t->bad, t->bad_soft, t->bad);
      caption = w->mark_wrong;
    } else if (ticked) {
      marked_option_as(v, &a, o, ICON_ARROW_RIGHT, t->ink_soft, t->card, t->line);
    } else {
      marked_option_as(v, &a, o, ICON_COUNT, t->ink_soft, t->card, t->line);
    }
    if (!caption && !o->feedback) continue;
    Area in = {a.x + theme_dp(t, DP_NOTE_INSET), a.y - t->gap / 2, a.w - theme_dp(t, DP_NOTE_INSET), a.bottom};
    if (caption) { /* what the mark means, in its colour; then why */
      ui_text_in(v, &in, caption, ROLE_SMALL, o->correct ? (ticked ? t->good : t->accent) : t->bad, "mark");
      in.y -= t->gap / 2;
    }
    ui_text_in(v, &in, o->feedback, ROLE_SMALL, t->ink, "feedback");
    a.y = in.y;
  }
  ui_scroll_end(v, &a);
}

/* ---- messages on a phone: decide and red flags ------------------------------------ */

static void split_phone(UiView *v, Area content, Rect *phone, Area *panel) {
  const Theme *t = &v->theme;
  if (t->portrait) {
    int h = (content.bottom - content.y) * 11 / 20;
    *phone = (Rect){content.x, content.y, content.w, h};
    *panel = (Area){content.x, content.y + h + t->margin, content.w, content.bottom};
    return;
  }
  int pw = content.w * 47 / 100;
  if (pw > theme_dp(t, DP_PHONE_MAX_W)) pw = theme_dp(t, DP_PHONE_MAX_W);
  *phone = (Rect){content.x, content.y, pw, content.bottom - content.y};
  *panel = (Area){content.x + pw + t->margin + t->gap, content.y,
                  content.w - pw - t->margin - t->gap, content.bottom};
}

/* "You said: [shield] Safe": what the learner chose, as the other kinds show it. */
static void said(UiView *v, Area *a, bool scam) {
  const Theme *t = &v->theme;
  const UiWords *w = words(v);
  char *line = xasprintf("%s %s", w->you_said, scam ? w->scam : w->safe);
  int size = theme_dp(t, DP_MARK);
  Area in = {a->x + size + t->gap / 2, a->y, a->w - size - t->gap / 2, a->bottom};
  Widget *text = ui_add_text(v, line, ROLE_BODY, t->ink, in.x, in.y, in.w, false);
  Widget *icon = ui_add(v, W_ICON, (Rect){a->x, a->y + (text->text->line_height - size) / 2, size, size});
  icon->icon = scam ? ICON_WARNING : ICON_SHIELD;
  icon->fg = scam ? t->accent : t->good;
  a->y += text->r.h + t->gap;
  if (a->y - t->gap > a->bottom) ui_problem(v, "what the learner said", line);
  free(line);
}

static void build_decide(UiView *v, Area content) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  Rect phone;
  Area a;
  split_phone(v, content, &phone, &a);
  ui_build_phone(v, phone);
  if (v->phase == PHASE_FEEDBACK) {
    bool said_scam = v->answer.choice == ANSWER_SCAM, right = said_scam == s->scam;
    ui_primary(v, &a, words(v)->next, ACT_NEXT);
    ui_scroll_begin(v, &a);
    if (right || !s->unscored)
      ui_text_in(v, &a, right ? words(v)->right : words(v)->not_quite, ROLE_TITLE, right ? t->good : t->bad,
                 "feedback heading");
    said(v, &a, said_scam);
    ui_text_in(v, &a, s->scam ? words(v)->is_scam : words(v)->is_safe, ROLE_HEADING, t->ink, "verdict");
    ui_text_in(v, &a, s->why, ROLE_BODY, t->ink, "explanation");
    ui_scroll_end(v, &a);
    return;
  }
  ui_scroll_begin(v, &a);
  if (s->steps) {
    char *step = ui_format_digits(words(v)->card, s->step, s->steps, words(v)->digits);
    ui_text_in(v, &a, step, ROLE_SMALL, t->ink_soft, "card number");
    free(step);
  }
  ui_text_in(v, &a, s->text, ROLE_HEADING, t->ink, "question");
  int h = t->touch + theme_dp(t, DP_DECIDE_EXTRA_H);
  int size = theme_dp(t, DP_DECIDE_ICON);
  const struct { const char *label; int action; Icon icon; Color c; } choice[2] = {
      {words(v)->safe, ACT_SAFE, ICON_SHIELD, t->good},
      {words(v)->scam, ACT_SCAM, ICON_WARNING, t->accent},
  };
  for (int i = 0; i < 2; i++) {
    Widget *b = ui_add_button(v, (Rect){a.x, a.y, a.w, h}, choice[i].label, BTN_OPTION, choice[i].action);
    b->offsets[0] = (b->r.w - b->text->lines[0].width) / 2 + size / 2;
    for (int k = 1; k < b->text->nlines; k++) b->offsets[k] = b->offsets[0];
    Widget *icon = ui_add(v, W_ICON, (Rect){b->r.x + b->offsets[0] - size - theme_dp(t, DP_DECIDE_ICON_GAP),
                                             b->r.y + (b->r.h - size) / 2, size, size});
    icon->icon = choice[i].icon;
    icon->fg = choice[i].c;
    a.y += b->r.h + t->gap;
  }
  ui_scroll_end(v, &a);
}

static void build_flags(UiView *v, Area content) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  Rect phone;
  Area a;
  split_phone(v, content, &phone, &a);
  ui_build_phone(v, phone);
  Grade g = screen_grade(s, &v->answer);
  if (v->phase == PHASE_FEEDBACK) {
    /* one explanation at a time: the flag tapped for review, else the first missed
       one, else the first; every flag stays tappable in the phone */
    ui_primary(v, &a, words(v)->next, ACT_NEXT);
    ui_scroll_begin(v, &a);
    char *found = ui_format_digits(words(v)->found, g.points, g.max, words(v)->digits);
    ui_text_in(v, &a, g.correct ? words(v)->found_all : found, ROLE_HEADING, g.correct ? t->good : t->ink,
            "result");
    free(found);
    ui_text_in(v, &a, words(v)->tap_review, ROLE_SMALL, t->ink_soft, "hint");
    int show = v->review_flag;
    for (int f = 0; show < 0 && f < s->nflags; f++)
      if (!(v->answer.picked & (1u << f))) show = f;
    if (show < 0) show = 0;
    bool missed = !(v->answer.picked & (1u << show));
    /* a missed flag's card carries the warning sign that marks it in the phone */
    card_with(v, &a, missed ? ICON_WARNING : ICON_COUNT, missed ? words(v)->missed : NULL, t->bad,
              s->flags[show].explain, missed ? t->bad_soft : t->accent_soft, "flag explanation");
    ui_scroll_end(v, &a);
    return;
  }
  ui_primary(v, &a, words(v)->done, ACT_DONE);
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, s->title, ROLE_HEADING, t->ink, "title");
  ui_text_in(v, &a, s->text ? s->text : words(v)->tap_flags, ROLE_BODY, t->ink, "instructions");
  char *found = ui_format_digits(words(v)->found, g.points, g.max, words(v)->digits);
  ui_text_in(v, &a, found, ROLE_HEADING, t->accent, "counter");
  free(found);
  if (v->last_flag >= 0)
    card(v, &a, NULL, t->ink, s->flags[v->last_flag].explain, t->accent_soft, "flag explanation");
  else if (v->last_flag == FLAG_TAP_MISS)
    card(v, &a, NULL, t->ink, words(v)->looks_normal, t->card, "note");
  ui_scroll_end(v, &a);
}

/* ---- chat ----------------------------------------------------------------------- */

static void build_chat(UiView *v, Area content) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  Rect phone;
  Area a;
  split_phone(v, content, &phone, &a);
  ui_build_chat_phone(v, phone, 0);
  if (v->revealed < v->nfresh) return; /* read first, answer after */
  if (s->noptions == 0) {
    ui_primary(v, &a, words(v)->next, ACT_NEXT);
    ui_scroll_begin(v, &a);
    ui_text_in(v, &a, s->text, ROLE_BODY, t->ink, "text");
    ui_scroll_end(v, &a);
    return;
  }
  if (v->phase == PHASE_FEEDBACK) {
    const Option *o = &s->options[v->answer.choice];
    ui_primary(v, &a, words(v)->next, ACT_NEXT);
    Verdict vd = verdict(v, o);
    if (screen_grade(s, &v->answer).max == 0) vd.word = NULL; /* no reply is wrong here */
    vd.bg = vd.bg.r == t->card.r && vd.bg.g == t->card.g ? t->bg : vd.bg; /* no card on the page */
    ui_scroll_begin(v, &a);
    verdict_card(v, &a, vd, o->feedback, "feedback");
    ui_scroll_end(v, &a);
    return;
  }
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, s->text ? s->text : words(v)->reply, ROLE_HEADING, t->ink, "question");
  option_buttons(v, &a, false);
  ui_scroll_end(v, &a);
}

/* ---- result --------------------------------------------------------------------- */

/* The help line for the lesson's topic; where a country has none (Nepal has no scam
   line) the emergency line, so the result never leaves a learner with nowhere to turn. */
const UiHelpline *ui_helpline_for(const Ui *ui, const char *topic) {
  const char *tries[2] = {topic, "emergency"};
  for (int k = 0; k < 2; k++)
    for (int i = 0; tries[k] && i < ui->nhelp; i++)
      if (strcmp(ui->help[i].topic, tries[k]) == 0) return &ui->help[i];
  return NULL;
}


/* The help lines for the lesson's topic, as the caller offered them (the line, one for
   older learners, the learner's embassy); where the country has none, its emergency
   line, so the result never leaves a learner with nowhere to turn. */
static int helplines(const UiView *v, const char *topic, const UiHelpline **out) {
  const char *tries[2] = {topic, "emergency"};
  int n = 0;
  for (int k = 0; k < 2 && n == 0; k++)
    for (int i = 0; tries[k] && i < v->ui->nhelp && n < UI_RESULT_HELPLINES; i++)
      if (strcmp(v->ui->help[i].topic, tries[k]) == 0) out[n++] = &v->ui->help[i];
  return n;
}

/* The role a help line's number is drawn in, W wide: large, or smaller for an address
   ("kualalumpur.thaiembassy.org" is one word, never cut); ROLE_COUNT when none fits,
   and then the help box goes under the take-aways at full width. */
static TextRole help_number_role(UiView *v, const char *number, TextRole want, int w) {
  const TextRole tries[] = {want, ROLE_BODY, ROLE_SMALL};
  for (int i = 0; i < 3; i++) {
    TextLayout *l = text_layout(v->ui->text, number, NULL, 0, theme_text(&v->theme, tries[i], v->tscale), w > 1 ? w : 1);
    bool cut = l->cut_word;
    text_layout_free(l);
    if (!cut) return tries[i];
  }
  return ROLE_COUNT;
}

static bool help_numbers_fit(UiView *v, const UiHelpline **lines, int n, int w) {
  for (int i = 0; i < n; i++)
    if (help_number_role(v, lines[i]->number, n > 1 ? ROLE_HEADING : ROLE_TITLE, w) == ROLE_COUNT) return false;
  return true;
}

/* "Want to talk to someone?" and the first n of the result's lines, in a box at the
   top of a; a's y moves under it. */
static void help_box(UiView *v, Area *a, const UiHelpline **lines, int n, int nlines) {
  const Theme *t = &v->theme;
  int pad = theme_dp(t, DP_CARD_PAD);
  Widget *box = ui_add(v, W_BOX, (Rect){a->x, a->y, a->w, 0});
  box->bg = t->card;
  box->radius = t->radius;
  box->border = t->help;
  box->border_width = theme_dp(t, DP_BORDER);
  Area in = {a->x + pad, a->y + pad, a->w - 2 * pad, a->bottom - pad};
  ui_text_in(v, &in, words(v)->need_help, ROLE_HEADING, t->help, "help line");
  for (int i = 0; i < n; i++) {
    ui_text_in(v, &in, lines[i]->name, ROLE_SMALL, t->ink, "help line");
    in.y -= t->gap / 2;
    TextRole role = help_number_role(v, lines[i]->number, nlines > 1 ? ROLE_HEADING : ROLE_TITLE, in.w);
    ui_text_in(v, &in, lines[i]->number, role == ROLE_COUNT ? ROLE_SMALL : role, t->ink, "help number");
    if (lines[i]->note && *lines[i]->note) {
      in.y -= t->gap / 2;
      ui_text_in(v, &in, lines[i]->note, ROLE_SMALL, t->ink_soft, "help hours");
    }
  }
  box->r.h = in.y - t->gap + pad - a->y;
  a->y += box->r.h + t->gap;
}

/* What the column beside the take-aways holds (help_column). */
typedef enum Beside {
  BESIDE_HELP_AND_CARD, /* the help box, the card under it */
  BESIDE_CARD,          /* the card and the lines' numbers; the box goes under the take-aways */
  BESIDE_HELP,          /* the help box; the card goes under the take-aways */
  BESIDE_NONE           /* not even the box fits beside: result_columns_scroll */
} Beside;

/* The first n lines as a name and a number each, at the top of a. */
static void help_numbers(UiView *v, Area *a, const UiHelpline **lines, int n) {
  const Theme *t = &v->theme;
  for (int i = 0; i < n; i++) {
    ui_text_in(v, a, lines[i]->name, ROLE_SMALL, t->help, "help line");
    a->y -= t->gap / 2;
    TextRole role = help_number_role(v, lines[i]->number, ROLE_HEADING, a->w);
    ui_text_in(v, a, lines[i]->number, role == ROLE_COUNT ? ROLE_SMALL : role, t->ink, "help number");
  }
}

/* The column beside the take-aways: the help box with the take-home card under it; when
   the card has no room under every line, the box shows fewer (the card and Get help
   hold them all); when it has none even under one (800x480), the first lines' numbers
   and the card, and the box goes under the take-aways. Where a line's number (a web
   address) does not fit the column (numbers false), only the card goes beside. */
static Beside help_column(UiView *v, Area right, const UiHelpline **lines, int nlines, bool numbers) {
  for (int shown = numbers ? nlines : 0; shown >= 1; shown--) {
    Mark m = ui_mark(v);
    Area col = right;
    help_box(v, &col, lines, shown, nlines);
    if (col.y <= col.bottom && ui_add_card(v, &col, lines, nlines, false)) return BESIDE_HELP_AND_CARD;
    ui_back_to(v, m);
  }
  for (int shown = numbers ? nlines : 0; shown >= 0; shown--) {
    Mark m = ui_mark(v);
    Area col = right;
    help_numbers(v, &col, lines, shown);
    if (v->nproblems == m.problems && ui_add_card(v, &col, lines, nlines, false)) return BESIDE_CARD;
    ui_back_to(v, m);
  }
  if (!numbers) return BESIDE_NONE;
  Mark m = ui_mark(v);
  Area col = right;
  help_box(v, &col, lines, nlines, nlines);
  if (col.y - v->theme.gap <= col.bottom && v->nproblems == m.problems) return BESIDE_HELP;
  ui_back_to(v, m);
  return BESIDE_NONE;
}

/* What the lesson leaves the learner with, at the top of a: its badge (grown in and
   named when earned now), its title, the score and the take-aways. */
static void result_lesson(UiView *v, Area *a) {
  const Screen *s = v->s;
  const Theme *t = &v->theme;
  int star = theme_dp(t, DP_RESULT_BADGE);
  ui_add_badge(v, (Rect){a->x, a->y, star, star}, v->frame.badge);
  Area title = {a->x + star + t->gap, a->y, a->w - star - t->gap, a->bottom};
  ui_text_in(v, &title, s->title ? s->title : words(v)->complete, ROLE_TITLE, t->ink, "result title");
  if (v->frame.badge) {
    title.y -= t->gap / 2;
    ui_text_in(v, &title, words(v)->badge_earned, ROLE_OPTION, t->primary, "badge earned");
  }
  a->y = title.y > a->y + star + t->gap ? title.y : a->y + star + t->gap;
  if (s->max > 0 && !s->hide_score) {
    char *score = ui_format_digits(words(v)->score, s->score, s->max, words(v)->digits);
    ui_text_in(v, a, score, ROLE_HEADING, t->primary, "score");
    free(score);
  }
  if (s->ntakeaways) ui_text_in(v, a, words(v)->takeaways, ROLE_SMALL, t->ink_soft, "takeaways heading");
  int size = theme_dp(t, DP_TAKEAWAY_TICK);
  for (int i = 0; i < s->ntakeaways; i++) {
    Widget *tick = ui_add(v, W_ICON, (Rect){a->x, a->y + theme_dp(t, DP_TAKEAWAY_TICK_Y), size, size});
    tick->icon = ICON_TICK;
    tick->fg = t->good;
    Area in = {a->x + size + t->gap, a->y, a->w - size - t->gap, a->bottom};
    ui_text_in(v, &in, s->takeaways[i], ROLE_BODY, t->ink, "takeaway");
    a->y = in.y;
  }
}

/* The primary button at the top of a, at its right, where it scrolls with the content;
   a's y moves under it. */
static void primary_under(UiView *v, Area *a, const char *label, int action) {
  Area row = *a;
  row.bottom = a->y + v->theme.touch;
  ui_primary(v, &row, label, action);
  Widget *b = &v->widgets[v->nwidgets - 1];
  b->r.y = a->y; /* a label that wrapped grew it upwards */
  a->y += b->r.h + v->theme.gap;
}

/* The two columns of result_columns_scroll: the right one pct % of a's width, its box
   with the first shown lines (without numbers: the box goes under the take-aways, the
   card alone beside them), the card under the shorter column where it has room, and
   Finish at the end of the right one; returns where the longer column ends. */
static int result_columns(UiView *v, Area a, const UiHelpline **lines, int shown, int nlines, int pct,
                          bool numbers) {
  const Theme *t = &v->theme;
  int rw = a.w * pct / 100;
  Area left = a, right = a;
  left.w = a.w - rw - t->margin;
  right.x = a.x + left.w + t->margin;
  right.w = rw;
  result_lesson(v, &left);
  if (numbers) help_box(v, &right, lines, shown, nlines);
  else help_box(v, &left, lines, nlines, nlines);
  Area *shorter = right.y <= left.y ? &right : &left, *other = shorter == &left ? &right : &left;
  if (!ui_add_card(v, shorter, lines, nlines, false)) /* too narrow for the code */
    ui_add_card(v, other, lines, nlines, true);
  primary_under(v, &right, words(v)->finish, ACT_NEXT);
  return left.y > right.y ? left.y : right.y;
}

/* When not even the help box (or the card) fits beside the take-aways (Burmese at
   800x480, or Larger text): both columns scroll together, the box beside the take-aways
   and the card under the shorter column, split where the longer is shortest, so the
   screen is as long as one column, not as both one under the other (that ran past three
   screens). Finish scrolls with them, at the end of the right column, so the text has
   the whole height (a row kept for it left Burmese L04 3.4 screens long with Larger
   text at 800x480). Where that is still too long the box shows fewer lines, as beside
   (the card and Get help hold them all). False, and nothing added, when no split keeps
   every number whole. */
static bool result_columns_scroll(UiView *v, Area a, const UiHelpline **lines, int nlines, bool numbers) {
  static const int splits[] = {40, 35, 30, 50, 60}; /* the right column's share, % */
  ui_scroll_begin(v, &a);
  int best = 0, shown = nlines;
  for (;; shown--) {
    int best_end = -1;
    for (int i = 0; i < (int)(sizeof splits / sizeof splits[0]); i++) {
      Mark m = ui_mark(v);
      int end = result_columns(v, a, lines, shown, nlines, splits[i], numbers);
      bool whole = v->nproblems == m.problems; /* no number cut in a narrow column */
      ui_back_to(v, m);
      if (whole && (best_end < 0 || end < best_end)) best = i, best_end = end;
    }
    if (!numbers && best_end < 0) return false;
    if (!numbers || shown == 1 || (best_end >= 0 && ui_scroll_fits(v, best_end))) break;
  }
  a.y = result_columns(v, a, lines, shown, nlines, splits[best], numbers);
  ui_scroll_end(v, &a);
  return true;
}

/* The result with the column beside the take-aways (help_column), else both columns
   scrolling (result_columns_scroll), else one under the other (portrait, or no line).
   long_ok false: a column beside that leaves the take-aways too narrow for three
   screens (Burmese L06 with Larger text at 1024x600 was 3.5) gives way to both columns
   scrolling; returns false, and adds nothing, when it would be kept. */
static bool result_layout(UiView *v, Area a, const UiHelpline **lines, int nlines, bool long_ok) {
  const Theme *t = &v->theme;
  int pad = theme_dp(t, DP_CARD_PAD), rw = a.w * 2 / 5;
  bool beside = nlines && !t->portrait;
  bool numbers = beside && help_numbers_fit(v, lines, nlines, rw - 2 * pad);
  Beside col = BESIDE_HELP;
  Area left = a;
  Mark m = ui_mark(v);
  if (beside) {
    Area right = a;
    left.w = a.w - rw - t->margin;
    right.x = a.x + left.w + t->margin;
    right.w = rw;
    ui_primary(v, &right, words(v)->finish, ACT_NEXT);
    col = help_column(v, right, lines, nlines, numbers);
    if (col == BESIDE_NONE) {
      ui_back_to(v, m);
      if (result_columns_scroll(v, a, lines, nlines, numbers)) return true;
      beside = false; /* one under the other, at the whole width */
      left = a;
    }
  }
  ui_scroll_begin(v, &left);
  result_lesson(v, &left);
  if (nlines && (!beside || col == BESIDE_CARD)) help_box(v, &left, lines, nlines, nlines);
  /* the card under the take-aways (it scrolls) where the column beside has no room */
  if (!beside || col == BESIDE_HELP) ui_add_card(v, &left, lines, nlines, true);
  /* one under the other (portrait): Finish after the lines and the card, as in two
     scrolling columns, so the text has the whole height (Burmese L04 with Larger text
     at 480x800 was just over three screens) */
  if (!beside) primary_under(v, &left, words(v)->finish, ACT_NEXT);
  if (beside && !long_ok && !ui_scroll_fits(v, left.y)) {
    ui_back_to(v, m);
    if (result_columns_scroll(v, a, lines, nlines, numbers)) return true;
    return false;
  }
  ui_scroll_end(v, &left);
  return true;
}

static void build_result(UiView *v, Area a) {
  const UiHelpline *lines[UI_RESULT_HELPLINES];
  int nlines = helplines(v, v->s->help, lines);
  if (!result_layout(v, a, lines, nlines, false)) result_layout(v, a, lines, nlines, true);
}

/* ---- dispatch ------------------------------------------------------------------- */

void ui_build(UiView *v) {
  if (v->panel) {
    ui_build_panel(v);
    v->bar_from = v->nwidgets;
    ui_build_bar(v);
    ui_check_overlaps(v);
    ui_check_text_sizes(v);
    return;
  }
  Area a = ui_content_area(v);
  const Screen *s = v->s;
  switch (s->kind) {
  case SCREEN_PAGE:
    build_page(v, a);
    break;
  case SCREEN_CHOICE:
    if (v->phase == PHASE_FEEDBACK) build_choice_feedback(v, a);
    else build_question(v, a, false);
    break;
  case SCREEN_PASSWORD:
    if (v->phase == PHASE_FEEDBACK) build_password_feedback(v, a);
    else ui_build_password(v, a);
    break;
  case SCREEN_MULTI:
    if (v->phase == PHASE_FEEDBACK) build_multi_feedback(v, a);
    else build_question(v, a, true);
    break;
  case SCREEN_DECIDE:
    build_decide(v, a);
    break;
  case SCREEN_FLAGS:
    build_flags(v, a);
    break;
  case SCREEN_CHAT:
    build_chat(v, a);
    break;
  case SCREEN_RESULT:
    build_result(v, a);
    break;
  default:
    break;
  }
  v->bar_from = v->nwidgets;
  ui_build_bar(v);
  ui_check_text_sizes(v);
}
