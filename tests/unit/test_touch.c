/* test_touch.c — touch as a thumb and a first-time reader meet it: the tap guard after a
   new screen or new feedback, a press that counts only on the control where it began,
   red flags with thumb-sized hit areas where the nearest flag wins, found flags marked
   by more than colour, missed ones (in the review) dashed and marked with a
   warning sign apart from found ones, neighbouring flags kept apart, the "tap the message" hint that
   fades after the first tap, and look-alike addresses never split across lines. */
#include "contrast.h"
#include "play/kiosk_words.h"
#include "testutil.h"
#include "ui_fixture.h"

static void setup(void) { ui_fixture_setup(-1); }

static Screen *choice(int n) {
  Screen *s = screen_new(SCREEN_CHOICE);
  s->id = sdup(s, "q");
  s->text = sdup(s, "What do you do?");
  for (int i = 0; i < n; i++) {
    char id[8];
    snprintf(id, sizeof id, "o%d", i);
    s->options[i] = (Option){sdup(s, id), sdup(s, "An answer"), sdup(s, "Because."), i == 0, false};
  }
  s->noptions = n;
  return s;
}

/* A message whose flags are given as {start, end} byte ranges of text. */
static Screen *message(const char *body, const uint32_t (*ranges)[2], int nflags) {
  Screen *s = screen_new(SCREEN_FLAGS);
  s->id = sdup(s, "f");
  s->message.from.text = sdup(s, "+60 11-2938 4410");
  s->message.nparts = 1;
  RichText *r = &s->message.parts[0];
  r->text = sdup(s, body);
  r->nspans = nflags;
  r->spans = arena_alloc(s->arena, sizeof(FlagSpan) * (size_t)(nflags ? nflags : 1));
  for (int i = 0; i < nflags; i++) {
    r->spans[i] = (FlagSpan){ranges[i][0], ranges[i][1], i};
    char id[8];
    snprintf(id, sizeof id, "f%d", i);
    s->flags[i] = (Flag){sdup(s, id), sdup(s, "Why it is a red flag.")};
  }
  s->nflags = nflags;
  return s;
}

static const Widget *find(const UiView *v, int action) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].action == action) return &v->widgets[i];
  return NULL;
}

static UiEvent tap_at(UiView *v, int x, int y, uint64_t when) {
  Input down = {.kind = INPUT_PRESS, .x = x, .y = y, .touch = true};
  Input up = {.kind = INPUT_RELEASE, .x = x, .y = y, .touch = true};
  ui_view_input(v, &down, when);
  return ui_view_input(v, &up, when + 30);
}

static UiEvent tap(UiView *v, const Widget *w, uint64_t when) {
  ck_assert_ptr_nonnull(w);
  return tap_at(v, w->r.x + w->r.w / 2, w->r.y + w->r.h / 2, when);
}

static int segment_of_flag(const UiView *v, int flag) {
  for (int i = 0; i < v->nsegments; i++)
    if (v->segments[i].flag == flag) return i;
  return -1;
}

/* ---- the tap guard ---------------------------------------------------------------- */

START_TEST(test_a_new_screen_ignores_taps_during_its_guard) {
  Screen *s = choice(3);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 1000);
  ck_assert_int_eq(ui_view_ready_ms(v, 1000), UI_TAP_GUARD_MS);
  ck_assert_int_eq(tap(v, find(v, ACT_OPTION + 1), 1100), UI_NOTHING); /* a tap meant for the last screen */
  ck_assert(!ui_view_in_feedback(v));
  ck_assert_int_eq(ui_view_ready_ms(v, 1000 + UI_TAP_GUARD_MS), 0);
  ck_assert_int_eq(tap(v, find(v, ACT_OPTION + 1), 1000 + UI_TAP_GUARD_MS), UI_FEEDBACK);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_a_double_tap_never_skips_the_feedback) {
  Screen *s = choice(3);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  /* a quick second and third tap where Continue now is (the feedback's guard) */
  ck_assert_int_eq(tap(v, find(v, ACT_OPTION + 2), 400), UI_FEEDBACK);
  const Widget *next = find(v, ACT_NEXT);
  ck_assert_int_eq(tap(v, next, 480), UI_NOTHING);
  ck_assert_int_eq(tap(v, next, 560), UI_NOTHING);
  ck_assert(ui_view_in_feedback(v));
  ck_assert_int_eq(tap(v, find(v, ACT_NEXT), 400 + UI_TAP_GUARD_MS + 50), UI_ANSWERED);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_keys_wait_for_the_guard_too) {
  Screen *s = choice(3);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  Input tab = {.kind = INPUT_KEY, .key = KEY_TAB}, enter = {.kind = INPUT_KEY, .key = KEY_ENTER};
  ck_assert_int_eq(ui_view_input(v, &tab, 100), UI_NOTHING);
  ck_assert_int_eq(ui_view_input(v, &tab, 400), UI_CHANGED);
  ck_assert_int_eq(ui_view_input(v, &enter, 450), UI_FEEDBACK);
  ck_assert_int_eq(ui_view_input(v, &enter, 500), UI_NOTHING); /* Enter held or bounced */
  ck_assert(ui_view_in_feedback(v));
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_the_guard_is_a_setting_and_restarts_when_a_screen_returns) {
  ui_set_tap_guard(ui, 0);
  Screen *s = choice(3);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(ui_view_ready_ms(v, 0), 0);
  ui_view_free(v);
  ui_set_tap_guard(ui, 5000); /* bounded */
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(ui_view_ready_ms(v, 0), UI_TAP_GUARD_MAX_MS);
  ui_set_tap_guard(ui, 500);
  ui_view_guard(v, 10000); /* e.g. back from Get help */
  ck_assert_int_eq(ui_view_ready_ms(v, 10000), 500);
  ck_assert_int_eq(tap(v, find(v, ACT_OPTION), 10200), UI_NOTHING);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_a_press_acts_only_where_it_ends_on_the_same_control) {
  Screen *s = choice(3);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const Widget *a = find(v, ACT_OPTION + 0), *b = find(v, ACT_OPTION + 1);
  Input down = {.kind = INPUT_PRESS, .x = a->r.x + 10, .y = a->r.y + 10, .touch = true};
  Input up = {.kind = INPUT_RELEASE, .x = b->r.x + 10, .y = b->r.y + 10, .touch = true};
  ui_view_input(v, &down, 500);
  ck_assert_int_eq(ui_view_input(v, &up, 560), UI_CHANGED); /* slid onto another answer */
  ck_assert(!ui_view_in_feedback(v));
  /* a press begun during the guard does nothing even if released after it */
  UiView *w = ui_view_new(ui, s, NULL, 800, 480, NULL, 1000);
  a = find(w, ACT_OPTION + 0);
  down = (Input){.kind = INPUT_PRESS, .x = a->r.x + 10, .y = a->r.y + 10, .touch = true};
  up = down;
  up.kind = INPUT_RELEASE;
  ui_view_input(w, &down, 1200);
  ck_assert_int_eq(ui_view_input(w, &up, 1400), UI_NOTHING);
  ck_assert(!ui_view_in_feedback(w));
  ui_view_free(w);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* ---- red flags -------------------------------------------------------------------- */

static const uint32_t two_lines[2][2] = {{0, 22}, {43, 53}};
static const char two_lines_text[] = "Your parcel is on hold at the depot today. Pay RM1.50 to release it.";

START_TEST(test_every_flag_hit_area_is_at_least_48dp_tall_and_wide) {
  static const int sizes[][2] = {{800, 480}, {1024, 600}, {1920, 1080}, {480, 800}};
  Screen *s = message(two_lines_text, two_lines, 2);
  for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
    UiView *v = ui_view_new(ui, s, NULL, sizes[k][0], sizes[k][1], NULL, 0);
    int flags = 0, min = ui_view_dp(v, 48);
    for (int i = 0; i < v->nwidgets; i++) {
      const Widget *w = &v->widgets[i];
      if (w->kind != W_HIT || w->action < ACT_SEGMENT) continue;
      if (v->segments[w->action - ACT_SEGMENT].flag < 0) {
        ck_assert_int_eq(w->hit.w, 0); /* plain words are hit only on themselves */
        continue;
      }
      ck_assert_msg(w->hit.h >= min && w->hit.w >= min, "flag piece hit %dx%d < %d px at %dx%d", w->hit.w,
                    w->hit.h, min, sizes[k][0], sizes[k][1]);
      ck_assert(w->hit.y < w->r.y && w->hit.y + w->hit.h > w->r.y + w->r.h); /* beyond the glyphs */
      flags++;
    }
    ck_assert_int_ge(flags, 2);
    ui_view_free(v);
  }
  screen_free(s);
}
END_TEST

START_TEST(test_a_tap_just_off_a_flag_finds_it) {
  static const uint32_t r[1][2] = {{0, 10}};
  Screen *s = message("Pay RM1.50 now.", r, 1);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const Widget *flag = find(v, ACT_SEGMENT + segment_of_flag(v, 0));
  ck_assert_ptr_nonnull(flag);
  /* 12 dp under the glyphs, and 6 dp left of them: a thumb's miss still finds it */
  ck_assert_int_eq(tap_at(v, flag->r.x + flag->r.w / 2, flag->r.y + flag->r.h + ui_view_dp(v, 12), 500), UI_CHANGED);
  ck_assert_uint_eq(v->answer.picked, 1u);
  ck_assert_int_eq(v->answer.misses, 0);
  ui_view_free(v);
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  flag = find(v, ACT_SEGMENT + segment_of_flag(v, 0));
  ck_assert_int_eq(tap_at(v, flag->r.x - ui_view_dp(v, 6), flag->r.y + flag->r.h / 2, 500), UI_CHANGED);
  ck_assert_uint_eq(v->answer.picked, 1u);
  /* right on plain words: a miss, as before */
  int plain = -1;
  for (int i = 0; i < v->nsegments && plain < 0; i++)
    if (v->segments[i].flag < 0 && v->segments[i].field == 2) plain = i;
  ck_assert_int_ge(plain, 0);
  tap(v, find(v, ACT_SEGMENT + plain), 900);
  ck_assert_int_eq(v->answer.misses, 1);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

static long dist2(Rect r, int x, int y) {
  long dx = x < r.x ? r.x - x : (x >= r.x + r.w ? x - (r.x + r.w - 1) : 0);
  long dy = y < r.y ? r.y - y : (y >= r.y + r.h ? y - (r.y + r.h - 1) : 0);
  return dx * dx + dy * dy;
}

START_TEST(test_an_ambiguous_tap_picks_the_nearest_flag) {
  /* two flags one space apart: their hit areas overlap above, below and between them,
     and every tap there finds the flag nearer to it */
  static const uint32_t r[2][2] = {{0, 10}, {11, 16}};
  Screen *s = message("Pay RM1.50 today.", r, 2);
  UiView *probe = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const Widget *wa = find(probe, ACT_SEGMENT + segment_of_flag(probe, 0));
  const Widget *wb = find(probe, ACT_SEGMENT + segment_of_flag(probe, 1));
  Rect a = wa->r, b = wb->r, ha = wa->hit, hb = wb->hit;
  ui_view_free(probe);
  ck_assert_int_lt(hb.x, ha.x + ha.w); /* the areas overlap */
  int tried = 0;
  for (int y = ha.y; y < a.y; y += 3)
    for (int x = hb.x; x < ha.x + ha.w; x += 2) {
      long da = dist2(a, x, y), db = dist2(b, x, y);
      if (da == db) continue;
      UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
      ck_assert_int_eq(tap_at(v, x, y, 500), UI_CHANGED);
      ck_assert_msg(v->answer.picked == (da < db ? 1u : 2u), "tap at (%d,%d), %ld from the first, %ld from the second, found %u",
                    x, y, da, db, v->answer.picked);
      ck_assert_int_eq(v->answer.misses, 0);
      ui_view_free(v);
      tried++;
    }
  ck_assert_int_ge(tried, 10);
  screen_free(s);
}
END_TEST

START_TEST(test_found_flags_are_outlined_at_3_to_1_and_marked_by_a_flag) {
  Screen *s = message(two_lines_text, two_lines, 2);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  tap(v, find(v, ACT_SEGMENT + segment_of_flag(v, 1)), 500);
  int outlines = 0, marks = 0;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->kind == W_ICON && w->icon == ICON_FLAG) marks++;
    if (w->kind != W_BOX || w->border_width == 0 || w->bg.r != v->theme.accent_soft.r ||
        w->bg.b != v->theme.accent_soft.b)
      continue;
    outlines++;
    ck_assert_int_ge(w->border_width, ui_view_dp(v, 2));
    ck_assert_msg(test_contrast(w->border, v->theme.bubble_in) >= 3.0, "outline on the bubble %.2f:1",
                  test_contrast(w->border, v->theme.bubble_in));
    ck_assert(test_contrast(w->border, v->theme.phone_bg) >= 3.0);
  }
  ck_assert_int_ge(outlines, 1);
  ck_assert_int_eq(marks, 1); /* one flag found, one mark beside its line */
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* Lesson 01's red-flag message in four scripts, with three of its flags. */
static const struct {
  const char *lang, *text, *flags[3];
} REVIEWS[] = {
    {"en", "SongDee Express: Your parcel is on hold. Pay 19 baht within 24 hours or it will be "
           "returned: songdee-th.co/pay",
     {"Pay 19 baht", "within 24 hours", "songdee-th.co/pay"}},
    {"th", "SongDee Express: พัสดุของคุณถูกพักไว้ ชำระ 19 บาท ภายใน 24 ชม. ไม่อย่างนั้นจะตีกลับ: "
           "songdee-th.co/pay",
     {"ชำระ 19 บาท", "ภายใน 24 ชม.", "songdee-th.co/pay"}},
    {"ne", "SongDee Express: तपाईंको पार्सल रोकिएको छ। २४ घण्टाभित्र १९ बाट तिर्नुहोस्, नत्र फिर्ता "
           "पठाइनेछ: songdee-th.co/pay",
     {"२४ घण्टाभित्र", "१९ बाट तिर्नुहोस्", "songdee-th.co/pay"}},
    {"my", "PosExpress: သင့်ပါဆယ်ကို ဆိုင်းငံ့ထားပါတယ်။ ၂၄ နာရီအတွင်း ၁.၅၀ ရင်းဂစ် ပေးပါ၊ "
           "မဟုတ်ရင် ပြန်ပို့ပါမယ်: posexpress-my.co/pay",
     {"၂၄ နာရီအတွင်း", "၁.၅၀ ရင်းဂစ် ပေးပါ", "posexpress-my.co/pay"}},
};

/* The flag whose tappable part is drawn at r (an outline round its letters, inside the
   part's hit area), or -1. */
static int flag_drawn_at(const UiView *v, Rect r) {
  int cx = r.x + r.w / 2, cy = r.y + r.h / 2;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    int seg = w->action - ACT_SEGMENT;
    if (w->kind == W_HIT && seg >= 0 && seg < v->nsegments && cx >= w->r.x && cx < w->r.x + w->r.w &&
        cy >= w->r.y && cy < w->r.y + w->r.h)
      return v->segments[seg].flag;
  }
  return -1;
}

START_TEST(test_missed_flags_are_dashed_and_marked_missed_apart_from_found_ones) {
  KioskWords words;
  Error err;
  ck_assert_msg(kiosk_words_load(&words, "assets", REVIEWS[_i].lang, "MY", &err), "%s", err.msg);
  ui_set_words(ui, &words.ui);
  const char *text_ = REVIEWS[_i].text;
  uint32_t ranges[3][2];
  for (int f = 0; f < 3; f++) {
    const char *at = strstr(text_, REVIEWS[_i].flags[f]);
    ck_assert_ptr_nonnull(at);
    ranges[f][0] = (uint32_t)(at - text_);
    ranges[f][1] = ranges[f][0] + (uint32_t)strlen(REVIEWS[_i].flags[f]);
  }
  Screen *s = message(text_, ranges, 3);
  static const int sizes[][2] = {{800, 480}, {1280, 720}};
  for (int z = 0; z < 2; z++) {
    UiView *v = ui_view_new(ui, s, NULL, sizes[z][0], sizes[z][1], NULL, 0);
    ui_view_show_answer(v, &(Answer){ANSWER_GIVEN, -1, 1u, 0}); /* the first found, two missed */
    const Theme *t = &v->theme;
    int solid = 0, dashed = 0, warnings = 0, missed_seen = 0;
    for (int i = 0; i < v->nwidgets; i++) {
      const Widget *w = &v->widgets[i];
      if (w->kind == W_ICON && w->icon == ICON_WARNING) {
        warnings++;
        ck_assert(test_contrast(w->fg, t->phone_bg) >= 3.0);
      }
      if (w->kind != W_BOX || !w->border_width) continue;
      int flag = flag_drawn_at(v, w->r);
      if (flag < 0) continue; /* not a part of the message (the phone, a card) */
      if (flag == 0) {        /* found: a solid outline */
        ck_assert(!w->dashed);
        solid++;
        continue;
      }
      ck_assert_msg(w->dashed, "%s: missed flag %d drawn with a solid outline", REVIEWS[_i].lang, flag);
      dashed++;
      ck_assert_int_ge(w->border_width, ui_view_dp(v, 2));
      ck_assert_msg(test_contrast(w->border, t->bubble_in) >= 3.0, "dashes on the bubble %.2f:1",
                    test_contrast(w->border, t->bubble_in));
      ck_assert(test_contrast(w->border, w->bg) >= 3.0);
      ck_assert(test_contrast(w->border, t->phone_bg) >= 3.0);
      if (missed_seen & (1 << flag)) continue;
      missed_seen |= 1 << flag;
      /* a warning sign in the phone's margin beside the line where it starts */
      bool marked = false;
      for (int k = 0; k < v->nwidgets; k++) {
        const Widget *m = &v->widgets[k];
        marked |= m->kind == W_ICON && m->icon == ICON_WARNING && m->r.x + m->r.w <= w->r.x &&
                  m->r.y < w->r.y + w->r.h && m->r.y + m->r.h > w->r.y;
      }
      ck_assert_msg(marked, "%s: no warning sign beside missed flag %d", REVIEWS[_i].lang, flag);
    }
    ck_assert_int_ge(solid, 1);
    ck_assert_int_ge(dashed, 2);
    ck_assert_int_eq(missed_seen, 6); /* flags 1 and 2 */
    ck_assert_int_ge(warnings, 2);    /* beside a line in the phone, and on the card */
    /* the card names the mark in the learner's language */
    ck_assert_msg(ui_view_shows(v, words.ui.missed), "%s: '%s' not shown", REVIEWS[_i].lang, words.ui.missed);
    char *problems[8];
    int n = ui_view_problems(v, problems, 8);
    for (int k = 0; k < n; k++) free(problems[k]);
    ck_assert_msg(n == 0, "%s %dx%d: %d layout problems", REVIEWS[_i].lang, sizes[z][0], sizes[z][1], n);
    ui_view_free(v);
  }
  screen_free(s);
  ui_set_words(ui, ui_default_words());
  kiosk_words_free(&words);
}
END_TEST

START_TEST(test_neighbouring_flags_keep_a_visible_gap) {
  static const uint32_t r[2][2] = {{0, 10}, {11, 26}}; /* "Pay RM1.50" "within 24 hours" */
  Screen *s = message("Pay RM1.50 within 24 hours please.", r, 2);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ui_view_show_answer(v, &(Answer){ANSWER_GIVEN, -1, 3u, 0}); /* both found: both drawn */
  const Widget *boxes[8];
  int n = 0;
  for (int i = 0; i < v->nwidgets && n < 8; i++)
    if (v->widgets[i].kind == W_BOX && v->widgets[i].border_width && v->widgets[i].border.r == v->theme.accent.r)
      boxes[n++] = &v->widgets[i];
  ck_assert_int_eq(n, 2);
  const Widget *a = boxes[0]->r.x < boxes[1]->r.x ? boxes[0] : boxes[1];
  const Widget *b = a == boxes[0] ? boxes[1] : boxes[0];
  ck_assert(a->r.y < b->r.y + b->r.h && b->r.y < a->r.y + a->r.h); /* side by side */
  /* a space of 4 px at 800x480 holds a hairline of each, a pixel from either letter */
  ck_assert_int_ge(b->r.x - (a->r.x + a->r.w), ui_view_dp(v, DP_FLAG_CLEAR));
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* No part of a red-flag message begins with a danda or comma: a sentence ends after the
   whole danda (it was cut inside its three bytes, so the danda began the next part), and
   closing punctuation right after a flag goes with the flag. */
START_TEST(test_no_part_begins_with_closing_punctuation) {
  const char *body = "PosExpress: तपाईंको पार्सल रोकिएको छ। २४ घण्टाभित्र १.५० रिंगिट तिर्नुहोस्, नत्र फिर्ता पठाइनेछ।";
  const char *a = "२४ घण्टाभित्र", *b = "१.५० रिंगिट तिर्नुहोस्";
  uint32_t r[2][2] = {{(uint32_t)(strstr(body, a) - body), 0}, {(uint32_t)(strstr(body, b) - body), 0}};
  r[0][1] = r[0][0] + (uint32_t)strlen(a);
  r[1][1] = r[1][0] + (uint32_t)strlen(b);
  Screen *s = message(body, (const uint32_t(*)[2])r, 2);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  int parts = 0;
  for (int i = 0; i < v->nsegments; i++) {
    const Segment *g = &v->segments[i];
    if (g->field != 2) continue;
    ck_assert_msg(((unsigned char)body[g->start] & 0xC0) != 0x80, "part %d begins inside a character", i);
    const char *at = body + g->start;
    while (*at == ' ') at++;
    ck_assert_msg(strncmp(at, "।", strlen("।")) && *at != ',', "part %d begins '%.8s'", i, at);
    parts++;
  }
  ck_assert_int_ge(parts, 4);
  ck_assert_uint_eq(v->segments[segment_of_flag(v, 1)].end, r[1][1] + 1); /* and its comma */
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* ---- flag outlines keep clear of the letters ---------------------------------------- */

/* A message written with its flags marked as in a strings file: "{id|words}". */
static Screen *marked(const char *markup) {
  char body[1024];
  uint32_t ranges[SCREEN_MAX_FLAGS][2];
  size_t n = 0;
  int nflags = 0;
  for (const char *p = markup; *p && n < sizeof body - 1; p++) {
    if (*p == '{' && nflags < SCREEN_MAX_FLAGS) {
      p = strchr(p, '|');
      ranges[nflags][0] = (uint32_t)n;
    } else if (*p == '}') ranges[nflags++][1] = (uint32_t)n;
    else body[n++] = *p;
  }
  body[n] = '\0';
  return message(body, (const uint32_t(*)[2])ranges, nflags);
}

#define INK_ALPHA 48 /* coverage at which a pixel shows as part of a letter (about 1/5) */

/* Where the view's text near rect `near` has ink: w x h bytes, 1 under a letter. Each
   piece placed as render_text draws it (text_render_piece's placement). Caller frees. */
static unsigned char *ink_mask(const UiView *v, int w, int h, Rect near) {
  unsigned char *ink = calloc((size_t)w * (size_t)h, 1);
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *tw = &v->widgets[i];
    if (tw->kind != W_TEXT || !tw->text || tw->r.x >= near.x + near.w || tw->r.x + tw->r.w <= near.x ||
        tw->r.y >= near.y + near.h || tw->r.y + tw->r.h <= near.y)
      continue;
    const TextLayout *l = tw->text;
    for (int li = 0; li < l->nlines; li++)
      for (int k = l->lines[li].first; k < l->lines[li].first + l->lines[li].count; k++) {
        TextBitmap *b = text_render_piece(text, l, k);
        if (!b) continue;
        int x0 = tw->r.x + (tw->offsets ? tw->offsets[li] : 0) + l->pieces[k].x;
        int y0 = tw->r.y + l->lines[li].y + l->pieces[k].y;
        for (int y = 0; y < b->height; y++)
          for (int x = 0; x < b->width; x++) {
            uint32_t px = b->pixels[(size_t)y * (size_t)(b->pitch / 4) + (size_t)x];
            int sx = x0 + x, sy = y0 + y;
            if ((px >> 24) >= INK_ALPHA && sx >= 0 && sy >= 0 && sx < w && sy < h) ink[sy * w + sx] = 1;
          }
        text_bitmap_free(b);
      }
  }
  return ink;
}

/* Whether pixel (x, y) is on a box's border as view.c draws it: render_round_outline
   inside r grown by its outset, cut to r (its rounded corners counted generously: the
   whole ring and a pixel either side). */
static bool on_outline(const Widget *w, int x, int y) {
  Rect r = {w->r.x - w->outset[0], w->r.y - w->outset[1], w->r.w + w->outset[0] + w->outset[2],
            w->r.h + w->outset[1] + w->outset[3]};
  int t = w->border_width, k = w->radius;
  if (x < w->r.x || y < w->r.y || x >= w->r.x + w->r.w || y >= w->r.y + w->r.h) return false;
  if (k > r.w / 2) k = r.w / 2;
  if (k > r.h / 2) k = r.h / 2;
  if (k < t) k = t;
  int cx = x < r.x + k ? r.x + k : (x >= r.x + r.w - k ? r.x + r.w - k : -1);
  int cy = y < r.y + k ? r.y + k : (y >= r.y + r.h - k ? r.y + r.h - k : -1);
  if (cx >= 0 && cy >= 0) { /* a corner: the ring around (cx, cy) */
    double dx = x + 0.5 - cx, dy = y + 0.5 - cy, d2 = dx * dx + dy * dy;
    return d2 >= (k - t - 1.0) * (k - t - 1.0) && d2 <= (k + 1.0) * (k + 1.0);
  }
  return x < r.x + t || x >= r.x + r.w - t || y < r.y + t || y >= r.y + r.h - t;
}

/* Lesson 01's red-flag message (its sender's number left out) in the languages written
   with Latin letters, Thai, Burmese, Nepali and Bengali; and Thai flags that touch the
   words beside them with no space (lesson 07). */
static const char *const OUTLINED[] = {
    "PosExpress: Your parcel is on hold. {f|Pay RM1.50} {f|within 24 hours} or it will be returned: "
    "{f|posexpress-my.co/pay}",
    "SongDee Express: Your parcel is on hold. {f|Pay 19 baht} {f|within 24 hours} or it will be "
    "returned: {f|songdee-th.co/pay}",
    "PosExpress: Bungkusan anda ditahan. {f|Bayar RM1.50} {f|dalam 24 jam} atau ia akan dipulangkan: "
    "{f|posexpress-my.co/bayar}",
    "PosExpress: Paketmu tertahan. {f|Bayar RM1.50} {f|dalam 24 jam} atau paket dikembalikan: "
    "{f|posexpress-my.co/bayar}",
    "SongDee Express: พัสดุของคุณถูกพักไว้ {f|ชำระ 19 บาท} {f|ภายใน 24 ชม.} ไม่อย่างนั้นจะตีกลับ: "
    "{f|songdee-th.co/pay}",
    "คุณต้องจ่าย{f|ภาษี 20% (10,520 บาท)} และ{f|ค่าตรวจสอบบัญชี}ก่อน ชำระ{f|ภายใน 24 ชั่วโมง} "
    "ไม่อย่างนั้น{f|บัญชีของคุณจะถูกอายัด}",
    "PosExpress: သင့်ပါဆယ်ကို ဆိုင်းငံ့ထားပါတယ်။ {f|၂၄ နာရီအတွင်း} {f|၁.၅၀ ရင်းဂစ် ပေးပါ}၊ "
    "မဟုတ်ရင် ပြန်ပို့ပါမယ်: {f|posexpress-my.co/pay}",
    "ParcelGhar: तपाईंको पार्सल रोकिएको छ। {f|२४ घण्टाभित्र} {f|रु. १५० तिर्नुहोस्}, नत्र फिर्ता पठाइनेछ: "
    "{f|parcelghar-np.co/pay}",
    "PosExpress: তোমার পার্সেল আটকে আছে। {f|২৪ ঘণ্টার মধ্যে} {f|১.৫০ রিঙ্গিত দাও}, নইলে ফেরত যাবে: "
    "{f|posexpress-my.co/pay}",
};

/* Every flag's outline in the review (found ones solid, missed ones dashed) keeps at
   least a pixel (1 dp) clear of every letter, its own and its neighbours', above, below
   and beside it; and two flags' outlines never meet: they stay at least a pixel apart.
   At three sizes, with and without Larger text. Thai lesson 01's "ชำระ 19 บาท" and
   "ภายใน 24 ชม." (one narrow space apart) had outlines over ภ and ท; letters never move
   for it (the layout before a tap would show where the flags are). */
START_TEST(test_flag_outlines_keep_clear_of_the_letters_and_of_each_other) {
  static const int sizes[][2] = {{800, 480}, {1280, 720}, {1920, 1080}};
  Screen *s = marked(OUTLINED[_i]);
  for (int z = 0; z < 6; z++) {
    int W = sizes[z % 3][0], H = sizes[z % 3][1];
    ui_set_text_scale(ui, z < 3 ? 1.0f : 1.25f);
    for (unsigned found = 0; found < 2; found++) {
      UiView *v = ui_view_new(ui, s, NULL, W, H, NULL, 0);
      /* every flag found, or every other one (found and missed side by side) */
      ui_view_show_answer(v, &(Answer){ANSWER_GIVEN, -1, (found ? ~0u : 0x55555555u) & ((1u << s->nflags) - 1), 0});
      int clear = ui_view_dp(v, 1) > 1 ? ui_view_dp(v, 1) : 1, outlines = 0;
      const Widget *box[SCREEN_MAX_FLAGS * 4];
      Rect near = {0, 0, 0, 0};
      for (int i = 0; i < v->nwidgets; i++) {
        const Widget *w = &v->widgets[i];
        if (w->kind != W_BOX || !w->border_width || flag_drawn_at(v, w->r) < 0) continue;
        ck_assert_int_lt(outlines, (int)(sizeof box / sizeof box[0]));
        box[outlines++] = w;
        int x0 = near.w && near.x < w->r.x ? near.x : w->r.x, y0 = near.w && near.y < w->r.y ? near.y : w->r.y;
        int x1 = near.w && near.x + near.w > w->r.x + w->r.w ? near.x + near.w : w->r.x + w->r.w;
        int y1 = near.w && near.y + near.h > w->r.y + w->r.h ? near.y + near.h : w->r.y + w->r.h;
        near = (Rect){x0, y0, x1 - x0, y1 - y0};
      }
      unsigned char *ink = ink_mask(v, W, H, near);
      for (int b = 0; b < outlines; b++) { /* every pixel of its outline, and round it */
        const Widget *w = box[b];
        for (int y = w->r.y; y < w->r.y + w->r.h; y++)
          for (int x = w->r.x; x < w->r.x + w->r.w; x++) {
            if (!on_outline(w, x, y)) continue;
            for (int dy = -clear; dy <= clear; dy++)
              for (int dx = -clear; dx <= clear; dx++) {
                int ix = x + dx, iy = y + dy; /* (ck_assert per pixel would take minutes) */
                if (ix >= 0 && iy >= 0 && ix < W && iy < H && ink[iy * W + ix])
                  ck_abort_msg("case %d at %dx%d%s: a letter's ink at (%d,%d) under or against flag %d's outline "
                               "(%d,%d %dx%d)", _i, W, H, z < 3 ? "" : " (Larger text)", ix, iy,
                               flag_drawn_at(v, w->r), w->r.x, w->r.y, w->r.w, w->r.h);
              }
          }
      }
      ck_assert_int_ge(outlines, s->nflags);
      for (int a = 0; a < outlines; a++)
        for (int b = 0; b < outlines; b++) {
          Rect ra = box[a]->r, rb = box[b]->r;
          if (a == b || flag_drawn_at(v, ra) == flag_drawn_at(v, rb)) continue;
          bool apart = ra.x + ra.w < rb.x || rb.x + rb.w < ra.x || ra.y + ra.h < rb.y || rb.y + rb.h < ra.y;
          ck_assert_msg(apart, "case %d at %dx%d: flags %d and %d's outlines meet (%d..%d, %d..%d)", _i, W,
                        H, flag_drawn_at(v, ra), flag_drawn_at(v, rb), ra.x, ra.x + ra.w, rb.x, rb.x + rb.w);
        }
      free(ink);
      ui_view_free(v);
    }
  }
  ui_set_text_scale(ui, 1.0f);
  screen_free(s);
}
END_TEST

/* Thai with digits is shaped in three pieces (Thai, digits, Thai); a flag over them is
   still one highlight on its line, so the learner sees two flags, not six boxes. */
START_TEST(test_a_flag_that_changes_script_is_one_highlight) {
  const char *body = "ชำระ 19 บาท ภายใน 24 ชม. ไม่อย่างนั้นจะตีกลับ";
  const char *fee = "ชำระ 19 บาท", *soon = "ภายใน 24 ชม.";
  uint32_t r[2][2];
  r[0][0] = (uint32_t)(strstr(body, fee) - body);
  r[0][1] = r[0][0] + (uint32_t)strlen(fee);
  r[1][0] = (uint32_t)(strstr(body, soon) - body);
  r[1][1] = r[1][0] + (uint32_t)strlen(soon);
  Screen *s = message(body, (const uint32_t(*)[2])r, 2);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ui_view_show_answer(v, &(Answer){ANSWER_GIVEN, -1, 3u, 0});
  int n = 0, mid = -1;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->kind != W_BOX || !w->border_width || w->border.r != v->theme.accent.r) continue;
    if (mid < 0) mid = w->r.y + w->r.h / 2;
    ck_assert(w->r.y < mid && mid < w->r.y + w->r.h); /* both parts fit on the first line */
    n++;
  }
  ck_assert_int_eq(n, 2);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

static int hints(const UiView *v) {
  int n = 0;
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].hint) n++;
  return n;
}

START_TEST(test_the_tap_hint_shows_until_the_first_tap_then_fades_out) {
  Screen *s = message(two_lines_text, two_lines, 2);
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_gt(hints(v), 0);
  bool icon = false;
  for (int i = 0; i < v->nwidgets; i++) icon |= v->widgets[i].hint && v->widgets[i].icon == ICON_TAP;
  ck_assert(icon);
  ck_assert_int_eq(ui_view_wake_ms(v, 400), -1); /* still: no animation, no wake-ups */
  tap(v, find(v, ACT_SEGMENT + segment_of_flag(v, 0)), 400);
  ck_assert_int_ge(ui_view_wake_ms(v, 440), 0); /* fading: frames to draw */
  ck_assert_int_le(ui_view_wake_ms(v, 440), 20);
  ck_assert_uint_le(v->anim_until, 430 + UI_FADE_MS);
  v->drawn_at = v->anim_until; /* the last frame is drawn */
  ck_assert_int_eq(ui_view_wake_ms(v, v->anim_until + 1), -1);
  ck_assert_int_le(UI_FADE_MS, 200);
  ui_view_free(v);
  /* with Reduce motion it goes at once */
  ui_set_reduce_motion(ui, true);
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  tap(v, find(v, ACT_SEGMENT + segment_of_flag(v, 0)), 400);
  ck_assert_int_eq(ui_view_wake_ms(v, 440), -1);
  ck_assert_int_eq(hints(v), 0);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_a_look_alike_address_is_never_split_at_its_hyphen) {
  TextStyle style = {17, TEXT_REGULAR};
  const char *sms = "Pay now or it will be returned: posexpress-my.co/pay";
  int full, h;
  text_measure(text, "Pay now or it will be returned: posexpress-", style, &full, &h);
  for (int w = full - 40; w <= full + 40; w += 4) { /* around the width that split it */
    TextLayout *l = text_layout(text, sms, NULL, 0, style, w);
    for (int i = 0; i < l->nlines; i++) {
      const TextLine *line = &l->lines[i];
      const TextPiece *last = &l->pieces[line->first + line->count - 1];
      ck_assert_msg(l->text[last->end - 1] != '-' || last->end < 40, "split after '%.*s' at width %d",
                    (int)last->end, l->text, w);
    }
    text_layout_free(l);
  }
  /* a hyphen in an ordinary word still wraps */
  TextLayout *l = text_layout(text, "a well-known e-mail", NULL, 0, style, 60);
  ck_assert_int_ge(l->nlines, 2);
  text_layout_free(l);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("touch");
  TCase *tc = tcase_create("touch");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_a_new_screen_ignores_taps_during_its_guard);
  tcase_add_test(tc, test_a_double_tap_never_skips_the_feedback);
  tcase_add_test(tc, test_keys_wait_for_the_guard_too);
  tcase_add_test(tc, test_the_guard_is_a_setting_and_restarts_when_a_screen_returns);
  tcase_add_test(tc, test_a_press_acts_only_where_it_ends_on_the_same_control);
  tcase_add_test(tc, test_every_flag_hit_area_is_at_least_48dp_tall_and_wide);
  tcase_add_test(tc, test_a_tap_just_off_a_flag_finds_it);
  tcase_add_test(tc, test_an_ambiguous_tap_picks_the_nearest_flag);
  tcase_add_test(tc, test_found_flags_are_outlined_at_3_to_1_and_marked_by_a_flag);
  tcase_add_loop_test(tc, test_missed_flags_are_dashed_and_marked_missed_apart_from_found_ones, 0,
                      (int)(sizeof REVIEWS / sizeof REVIEWS[0]));
  tcase_add_test(tc, test_neighbouring_flags_keep_a_visible_gap);
  tcase_add_test(tc, test_no_part_begins_with_closing_punctuation);
  tcase_add_loop_test(tc, test_flag_outlines_keep_clear_of_the_letters_and_of_each_other, 0,
                      (int)(sizeof OUTLINED / sizeof OUTLINED[0]));
  tcase_add_test(tc, test_a_flag_that_changes_script_is_one_highlight);
  tcase_add_test(tc, test_the_tap_hint_shows_until_the_first_tap_then_fades_out);
  tcase_add_test(tc, test_a_look_alike_address_is_never_split_at_its_hyphen);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
