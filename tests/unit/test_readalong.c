/* test_readalong.c — reading aloud on the screen: the word being read lit on the laid-out
   text, through every word of a block in order, in English, Malay, Thai and Nepali
   (real espeak-ng timings through the kiosk's reader); a paragraph tapped to hear it;
   buttons, red-flag parts and a typed passphrase never taken for a block; the speaker in
   the same place on every screen; and the reader's one voice: stopped at once, never
   two at a time, on a WAV's clock. */
#include <math.h>
#include <stdint.h>
#include <sys/stat.h>

#include "core/fs.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "play/reader.h"
#include "render/audio.h"
#include "speech_samples.h"
#include "testutil.h"
#include "ui/internal.h"

#define STEP_MS 5 /* shorter than any word */

static Text *text;
static Ui *ui;
static char *dir;

static void setup(void) {
  Error err;
  text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  ui = ui_new(text, ui_default_words());
  ui_set_tap_guard(ui, 0);
  ui_set_read_taps(ui, true);
  dir = test_tmpdir();
}

static void teardown(void) {
  ui_free(ui);
  text_free(text);
  test_rmtree(dir);
  free(dir);
}

static int breaker(void *ud, const char *s, uint32_t *starts, int max) { return text_word_starts(ud, s, starts, max); }

static char *sdup(Screen *s, const char *t) { return arena_strdup(s->arena, t); }

static Screen *page(const char *title, const char *body) {
  Screen *s = screen_new(SCREEN_PAGE);
  s->id = sdup(s, "p");
  s->title = sdup(s, title);
  s->text = sdup(s, body);
  return s;
}

static const Widget *find(const UiView *v, int action) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].action == action) return &v->widgets[i];
  return NULL;
}

static const Widget *showing(const UiView *v, const char *t) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].text && strcmp(v->widgets[i].text->text, t) == 0) return &v->widgets[i];
  return NULL;
}

static UiEvent tap_at(UiView *v, int x, int y) {
  Input down = {.kind = INPUT_PRESS, .x = x, .y = y, .touch = true};
  Input up = {.kind = INPUT_RELEASE, .x = x, .y = y, .touch = true};
  ui_view_input(v, &down, 0);
  return ui_view_input(v, &up, 0);
}

static UiEvent tap(UiView *v, const Widget *w) {
  ck_assert_ptr_nonnull(w);
  return tap_at(v, w->r.x + w->r.w / 2, w->r.y + w->r.h / 2);
}

/* What a voice reads: letters, marks and digits of any script (not spaces,
   punctuation, the danda or pictographs). */
static bool spoken(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return cp >= 0xC0 && cp != 0x0964 && cp != 0x0965 && cp != 0x0E2F && !(cp >= 0x2000 && cp <= 0x2BFF);
}

static bool spoken_between(const char *t, size_t from, size_t to) {
  for (size_t i = from; i < to;)
    if (spoken(utf8_next(t, to, &i))) return true;
  return false;
}

/* The marker of the lit words: its rectangles (one per line), inside the widget. */
static int lit_rects(const UiView *v, Rect *out, int max) {
  uint32_t shift = 0;
  int i = ui_readalong_widget(v, &shift);
  return i < 0 ? 0 : ui_readalong_rects(v, i, shift, out, max);
}

/* ---- the lit word ------------------------------------------------------------------------ */

START_TEST(test_the_lit_word_moves_through_every_word_in_order_in_four_scripts) {
  Error err;
  Speech *speech = speech_new(&err);
  ck_assert_msg(speech != NULL, "%s", err.msg);
  speech_set_breaker(speech, breaker, text);
  for (int k = 0; k < NSAMPLES; k++) {
    for (int size = 0; size < 2; size++) {
      int w = size ? 1920 : 800, h = size ? 1080 : 480;
      Screen *s = page("Read along", samples[k].text);
      UiView *v = ui_view_new(ui, s, NULL, w, h, NULL, 0);
      Audio *audio = audio_open_clock();
      PlayReader *r = play_reader_new(speech, audio, true);
      SpeechItem item = {samples[k].text, samples[k].lang, NULL};
      audio_clock(audio, 0);
      play_reader_say(r, &item, 1, "sample");
      ck_assert(play_reader_speaking(r));
      size_t len = strlen(samples[k].text), end = 0;
      uint32_t last = UINT32_MAX;
      Rect prev = {0, -1, 0, 0};
      int words = 0;
      for (uint64_t t = 0; play_reader_speaking(r) && t < 120000; t += STEP_MS) {
        audio_clock(audio, t);
        play_reader_pump(r);
        const char *lit;
        uint32_t a, b;
        if (!play_reader_word(r, &lit, &a, &b) || a == last) continue;
        last = a;
        ck_assert_msg(a >= end, "%s: the lit word went back to byte %u", samples[k].lang, a);
        ck_assert_msg(!spoken_between(samples[k].text, end, a), "%s: a word before byte %u was never lit",
                      samples[k].lang, a);
        ck_assert(ui_view_highlight(v, lit, a, b));
        char *shown = ui_view_highlighted(v);
        ck_assert_ptr_nonnull(shown);
        ck_assert_int_eq(strlen(shown), b - a);
        ck_assert(memcmp(shown, samples[k].text + a, b - a) == 0);
        free(shown);
        Rect m[4];
        int n = lit_rects(v, m, 4);
        ck_assert_msg(n >= 1, "%s: word at %u lit nowhere", samples[k].lang, a);
        const Widget *body = showing(v, samples[k].text);
        ck_assert_ptr_nonnull(body);
        ck_assert(m[0].w > 0 && m[0].x >= body->r.x - theme_dp(&v->theme, 4) &&
                  m[0].x + m[0].w <= body->r.x + body->r.w + theme_dp(&v->theme, 8));
        ck_assert(m[0].y >= body->r.y && m[0].y + m[0].h <= body->r.y + body->r.h);
        /* reading order on the page: right along a line, then down to the next */
        ck_assert_msg(m[0].y > prev.y || (m[0].y == prev.y && m[0].x >= prev.x + prev.w - theme_dp(&v->theme, 8)),
                      "%s at %dx%d: the word at byte %u is lit before the one before it", samples[k].lang, w, h, a);
        prev = m[n - 1];
        end = b;
        words++;
      }
      ck_assert_msg(!spoken_between(samples[k].text, end, len), "%s: the last words were never lit", samples[k].lang);
      ck_assert_msg(words >= 10, "%s: only %d words lit", samples[k].lang, words);
      ck_assert(!play_reader_speaking(r));
      play_reader_pump(r);
      const char *none;
      uint32_t a, b;
      ck_assert(!play_reader_word(r, &none, &a, &b)); /* heard to the end: nothing lit */
      play_reader_free(r);
      audio_close(audio);
      ui_view_free(v);
      screen_free(s);
    }
  }
  speech_free(speech);
}
END_TEST

START_TEST(test_a_word_is_lit_on_a_button_and_nothing_when_cleared) {
  Screen *s = screen_new(SCREEN_CHOICE);
  s->id = sdup(s, "q");
  s->text = sdup(s, "Which one is safe?");
  s->options[0] = (Option){.id = sdup(s, "a"), .text = sdup(s, "Call the bank on the number on your card"), .correct = true};
  s->options[1] = (Option){.id = sdup(s, "b"), .text = sdup(s, "Reply with the code")};
  s->noptions = 2;
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const char *o = s->options[0].text;
  ck_assert(ui_view_highlight(v, o, 9, 13)); /* "bank" */
  char *lit = ui_view_highlighted(v);
  ck_assert_str_eq(lit, "bank");
  free(lit);
  Rect m[2];
  ck_assert_int_eq(lit_rects(v, m, 2), 1);
  const Widget *b = find(v, ACT_OPTION);
  ck_assert(m[0].x > b->r.x && m[0].x + m[0].w < b->r.x + b->r.w && m[0].y >= b->r.y);
  ck_assert(!ui_view_highlight(v, "A text the screen does not show", 0, 4));
  ck_assert_ptr_null(ui_view_highlighted(v));
  ui_view_highlight(v, NULL, 0, 0);
  ck_assert_ptr_null(ui_view_highlighted(v));
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* ---- a block tapped to hear it ---------------------------------------------------------- */

START_TEST(test_tapping_a_paragraph_asks_to_hear_just_it) {
  Screen *s = page("Is this message real?", "Most messages you get are real. Let's practise telling the two apart.");
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(tap(v, showing(v, s->text)), UI_READ);
  ck_assert_str_eq(ui_view_read_text(v), s->text);
  ck_assert_int_eq(tap(v, showing(v, s->title)), UI_READ);
  ck_assert_str_eq(ui_view_read_text(v), s->title);
  ck_assert_int_eq(tap(v, find(v, ACT_NEXT)), UI_ANSWERED); /* a button stays a button */
  Input down, up;
  ck_assert(ui_view_tap_text(v, "practise telling", &down, &up));
  ck_assert(!ui_view_tap_text(v, "words nowhere on it", &down, &up));
  ui_view_free(v);
  ui_set_read_taps(ui, false); /* speech off: text is just text */
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(tap(v, showing(v, s->text)), UI_NOTHING);
  ck_assert_ptr_null(ui_view_read_text(v));
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_a_red_flag_tap_finds_the_flag_not_a_block) {
  Screen *s = screen_new(SCREEN_FLAGS);
  s->id = sdup(s, "f");
  s->message.from.text = sdup(s, "+60 11-2938 4410");
  s->message.nparts = 1;
  RichText *r = &s->message.parts[0];
  r->text = sdup(s, "Your parcel is on hold. Pay RM1.50 now. Thanks!");
  r->nspans = 1;
  r->spans = arena_alloc(s->arena, sizeof(FlagSpan));
  r->spans[0] = (FlagSpan){24, 34, 0};
  s->nflags = 1;
  s->flags[0] = (Flag){sdup(s, "fee"), sdup(s, "A small fee is a trick.")};
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const Widget *flag = find(v, ACT_SEGMENT + ui_view_flag_part(v, 0));
  ck_assert_int_eq(tap(v, flag), UI_CHANGED);
  Answer a;
  ui_view_answer(v, &a);
  ck_assert_uint_eq(a.picked, 1); /* found, as without reading aloud */
  ui_view_free(v);
  screen_free(s);
}
END_TEST

START_TEST(test_a_typed_passphrase_is_never_a_block_nor_lit) {
  Screen *s = screen_new(SCREEN_PASSWORD);
  s->id = sdup(s, "pw");
  s->text = sdup(s, "Make a passphrase from five words.");
  const char *levels[3] = {"Weak", "Fair", "Strong"};
  for (int i = 0; i < 3; i++) s->options[i] = (Option){.id = sdup(s, levels[i]), .text = sdup(s, levels[i])};
  s->noptions = 3;
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const char *typed = "zebra";
  for (const char *c = typed; *c; c++) {
    Input down, up;
    ck_assert(ui_view_tap_char(v, *c, &down, &up));
    ui_view_input(v, &down, 0);
    ui_view_input(v, &up, 0);
  }
  ck_assert_int_eq(ui_view_typed_length(v), 5);
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->text && strstr(w->text->text, "zebra")) {
      ck_assert(w->secret);
      ck_assert_int_ne(w->action, ACT_READ);
      ck_assert_int_eq(tap(v, w), UI_NOTHING);
      ck_assert_ptr_null(ui_view_read_text(v));
    }
  }
  ck_assert(!ui_view_highlight(v, "zebra", 0, 5)); /* the field is secret: never lit */
  ck_assert_int_eq(ui_view_meter(v), 0);            /* its level may be read */
  Input down, up;
  ck_assert(ui_view_tap_text(v, "Weak", &down, &up));
  ui_view_input(v, &down, 0);
  ck_assert_int_eq(ui_view_input(v, &up, 0), UI_READ);
  ck_assert_str_eq(ui_view_read_text(v), "Weak");
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* ---- the speaker ------------------------------------------------------------------------- */

START_TEST(test_the_speaker_is_in_the_same_place_on_every_screen) {
  const int sizes[2][2] = {{800, 480}, {1920, 1080}};
  for (int k = 0; k < 2; k++) {
    int w = sizes[k][0], h = sizes[k][1];
    UiFrame lesson = {.title = "Is this message real?", .progress = 30, .help_button = true,
                      .exit_button = true, .speaker = true};
    UiFrame menu = {.title = "Stay safe online", .progress = -1, .help_button = true, .speaker = true};
    UiFrame attract = {.progress = -1, .speaker = true};
    Screen *s = page("A page", "Some words.");
    Panel lang = {.kind = PANEL_LANGUAGES, .title = "Choose your language", .nitems = 2,
                  .toggle = "Read aloud to me", .toggle_on = true};
    lang.items[0].label = "English";
    lang.items[1].label = "ไทย";
    Panel welcome = {.kind = PANEL_ATTRACT, .title = "Stay safe online", .text = "Short games.",
                     .nlines = 1, .lines = {"Touch to start"}};
    UiView *views[3] = {ui_view_new(ui, s, &lesson, w, h, NULL, 0), ui_panel_view_new(ui, &lang, &menu, w, h, 0),
                        ui_panel_view_new(ui, &welcome, &attract, w, h, 0)};
    const Widget *first = find(views[0], ACT_SPEAK);
    ck_assert_ptr_nonnull(first);
    ck_assert_int_ge(first->r.w, theme_dp(&views[0]->theme, 44)); /* a thumb's size */
    ck_assert_int_ge(first->r.x + first->r.w, w - theme_dp(&views[0]->theme, DP_BAR_SPACING) - 1);
    for (int i = 0; i < 3; i++) {
      const Widget *sp = find(views[i], ACT_SPEAK);
      ck_assert_msg(sp && memcmp(&sp->r, &first->r, sizeof sp->r) == 0, "view %d at %dx%d: speaker moved", i, w, h);
      ck_assert_int_eq(tap(views[i], sp), UI_SPEAK);
      char *problems[4];
      int n = ui_view_problems(views[i], problems, 4);
      for (int p = 0; p < n; p++) {
        ck_assert_msg(0, "view %d at %dx%d: %s", i, w, h, problems[p]);
        free(problems[p]);
      }
    }
    ck_assert(ui_view_set_speaking(views[0], true));
    ck_assert(!ui_view_set_speaking(views[0], true));
    ck_assert_int_eq(tap(views[1], find(views[1], UI_ACT_TOGGLE)), UI_ACTION);
    ck_assert_int_eq(ui_view_action(views[1]), UI_ACT_TOGGLE);
    for (int i = 0; i < 3; i++) ui_view_free(views[i]);
    screen_free(s);
  }
}
END_TEST

/* ---- one voice ---------------------------------------------------------------------------- */

static char *read_file(const char *path) {
  Error err;
  char *t = fs_read_file(path, 1 << 20, NULL, &err);
  ck_assert_msg(t != NULL, "%s", err.msg);
  return t;
}

/* RMS of the WAV's samples in [from_ms, to_ms). */
static double wav_rms(const char *path, int from_ms, int to_ms) {
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  fseek(f, 44 + (long)from_ms * AUDIO_RATE / 1000 * 2, SEEK_SET);
  double sum = 0;
  long n = 0;
  int16_t x;
  for (long i = 0; i < (long)(to_ms - from_ms) * AUDIO_RATE / 1000 && fread(&x, 2, 1, f) == 1; i++, n++)
    sum += (double)x * x;
  fclose(f);
  return n ? sqrt(sum / (double)n) : 0;
}

START_TEST(test_the_reader_stops_at_once_and_never_speaks_twice_at_a_time) {
  Error err;
  Speech *speech = speech_new(&err);
  ck_assert_msg(speech != NULL, "%s", err.msg);
  char *wav = path_join(dir, "voice.wav");
  Audio *audio = audio_open_wav(wav, &err);
  ck_assert_msg(audio != NULL, "%s", err.msg);
  PlayReader *r = play_reader_new(speech, audio, true);
  audio_clock(audio, 0);
  SpeechItem first = {samples[0].text, "en", NULL};
  play_reader_say(r, &first, 1, "first");
  uint64_t t = 0;
  for (; t <= 1500; t += 20) audio_clock(audio, t), play_reader_pump(r);
  ck_assert(play_reader_speaking(r));
  SpeechItem second = {"Most messages you get are real.", "en", NULL};
  play_reader_say(r, &second, 1, "second"); /* the first stops here, at 1500 ms */
  for (; t <= 2500; t += 20) audio_clock(audio, t), play_reader_pump(r);
  play_reader_stop(r);                      /* and the second here */
  ck_assert(!play_reader_speaking(r));
  for (; t < 4000; t += 20) audio_clock(audio, t), play_reader_pump(r);
  play_reader_free(r);
  ck_assert(audio_finish(audio, &err));
  audio_close(audio);
  char *tpath = xasprintf("%s.timeline", wav);
  char *tl = read_file(tpath);
  /* every voice that starts was stopped or ended before it: one voice at a time */
  int open = 0, starts = 0, stops = 0;
  for (char *line = strtok(tl, "\n"); line; line = strtok(NULL, "\n")) {
    if (strstr(line, " voice start")) {
      ck_assert_msg(open == 0, "two voices at once: %s", line);
      open++;
      starts++;
    }
    if (strstr(line, " voice stop") || strstr(line, " voice end")) {
      open--;
      stops++;
    }
    if (strstr(line, " voice stop"))
      ck_assert_msg(strncmp(line, "1500 ", 5) == 0 || strncmp(line, "2500 ", 5) == 0, "stopped late: %s", line);
  }
  ck_assert_int_eq(starts, 2);
  ck_assert_int_eq(stops, 2);
  ck_assert(wav_rms(wav, 100, 1500) > 300);  /* speech... */
  ck_assert(wav_rms(wav, 1600, 2500) > 300);
  ck_assert(wav_rms(wav, 2500, 4000) < 10);  /* ...and silence the moment it stops */
  free(tl);
  free(tpath);
  free(wav);
  speech_free(speech);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("readalong");
  TCase *tc = tcase_create("readalong");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_the_lit_word_moves_through_every_word_in_order_in_four_scripts);
  tcase_add_test(tc, test_a_word_is_lit_on_a_button_and_nothing_when_cleared);
  tcase_add_test(tc, test_tapping_a_paragraph_asks_to_hear_just_it);
  tcase_add_test(tc, test_a_red_flag_tap_finds_the_flag_not_a_block);
  tcase_add_test(tc, test_a_typed_passphrase_is_never_a_block_nor_lit);
  tcase_add_test(tc, test_the_speaker_is_in_the_same_place_on_every_screen);
  tcase_add_test(tc, test_the_reader_stops_at_once_and_never_speaks_twice_at_a_time);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
