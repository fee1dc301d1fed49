/* test_keyboard.c — the passphrase keyboard in the learner's script: Thai (Kedmanee),
   Nepali (romanized), Bengali (Probhat) and Burmese (Myanmar Unicode) layouts beside Latin, phrases tapped on them and rated in Unicode
   words, a real keyboard's characters in any script the kiosk writes, Space that types
   a space and Enter that checks, Backspace that takes one character, and keys that fit
   and are big enough at every size. */
#include "testutil.h"
#include "core/utf8.h"
#include "play/kiosk_words.h"
#include "ui_fixture.h"

static void setup(void) { ui_fixture_setup(0); }

static Screen *password(void) {
  Screen *s = screen_new(SCREEN_PASSWORD);
  s->id = sdup(s, "pw");
  s->text = sdup(s, "Make a practice passphrase from five words.");
  static const char *const ids[3] = {"weak", "fair", "strong"};
  for (int i = 0; i < 3; i++) s->options[i] = (Option){sdup(s, ids[i]), sdup(s, ids[i]), sdup(s, "Because."), i == 2, false};
  s->noptions = 3;
  return s;
}

#define find ui_fixture_find
#define tap ui_fixture_tap

static UiEvent key(UiView *v, Key k, uint32_t ch) {
  Input in = {.kind = INPUT_KEY, .key = k, .ch = ch};
  return ui_view_input(v, &in, 0);
}

/* Taps utf8 on the on-screen keys as a learner would; returns how many taps were on the
   script key (the learner's script <-> Latin). */
static int tap_text(UiView *v, const char *utf8) {
  size_t len = strlen(utf8), i = 0;
  int script_taps = 0;
  while (i < len) {
    uint32_t c = utf8_next(utf8, len, &i);
    int before = ui_view_typed_length(v);
    for (int taps = 0; ui_view_typed_length(v) == before; taps++) {
      ck_assert_msg(taps < 4, "U+%04X took more than 4 taps", c);
      Input down, up;
      ck_assert_msg(ui_view_tap_char(v, c, &down, &up), "no key for U+%04X", c);
      ui_view_input(v, &down, 0);
      int w = -1;
      for (int k = 0; k < v->nwidgets && w < 0; k++)
        if (v->widgets[k].action != ACT_NONE && down.x >= v->widgets[k].r.x && down.x < v->widgets[k].r.x + v->widgets[k].r.w &&
            down.y >= v->widgets[k].r.y && down.y < v->widgets[k].r.y + v->widgets[k].r.h)
          w = k;
      if (w >= 0 && v->widgets[w].action == ACT_KEY_SCRIPT) script_taps++;
      ui_view_input(v, &up, 0);
    }
  }
  return script_taps;
}

static int codepoints(const char *s) {
  int n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

START_TEST(test_each_language_gets_its_layout) {
  ck_assert_int_eq(ui_keyboard_for("th"), UI_KEYBOARD_THAI);
  ck_assert_int_eq(ui_keyboard_for("th-MY"), UI_KEYBOARD_THAI);
  ck_assert_int_eq(ui_keyboard_for("ne"), UI_KEYBOARD_NEPALI);
  ck_assert_int_eq(ui_keyboard_for("ne-MY"), UI_KEYBOARD_NEPALI);
  ck_assert_int_eq(ui_keyboard_for("en"), UI_KEYBOARD_LATIN);
  ck_assert_int_eq(ui_keyboard_for("bn"), UI_KEYBOARD_BENGALI);
  ck_assert_int_eq(ui_keyboard_for("bn-MY"), UI_KEYBOARD_BENGALI);
  ck_assert_int_eq(ui_keyboard_for("my"), UI_KEYBOARD_BURMESE);
  ck_assert_int_eq(ui_keyboard_for("my-TH"), UI_KEYBOARD_BURMESE);
  ck_assert_int_eq(ui_keyboard_for("ms"), UI_KEYBOARD_LATIN);
  ck_assert_int_eq(ui_keyboard_for("mya"), UI_KEYBOARD_LATIN);
  ck_assert_int_eq(ui_keyboard_for("new"), UI_KEYBOARD_LATIN);
  ck_assert_int_eq(ui_keyboard_for(NULL), UI_KEYBOARD_LATIN);
}
END_TEST

/* Phrases tapped on the Kedmanee keys (tone marks and vowels on their own keys,
   Shift for ู), the romanized Devanagari keys (् for conjuncts), the Probhat Bengali
   keys and the Myanmar keys, with no trip to Latin, rated by their words: five are
   strong (Thai and Burmese need no spaces between them: libthai's and ICU's
   dictionaries find them), three fair, a love word twice weak, a run of digits weak.
   Each key sequence gives the text in Unicode's order, so it shapes as written:
   - Bengali: a vowel sign after its consonant (ি is drawn before হ, typed after it), ো
     as one key, the hasanta ্ joining দ and র into দ্র, the reph of র্ষ, ড় (U+09DC) on
     Shift+r, the independent vowel আ on its own key;
   - Burmese: ေ and the medial ြ after their consonant (both are drawn before it), the
     asat ် closing a syllable, the kinzi of သင်္ဘော (င ် ္ then ဘ), ျ, ့ and း. */
START_TEST(test_phrases_in_each_script_are_tapped_on_their_keys_and_rated_by_words) {
  static const struct { UiKeyboard kb; const char *phrase; int level, why, words; } cases[] = {
      {UI_KEYBOARD_THAI, "แมว ช้าง ต้นไม้ ทะเล ภูเขา", 2, UI_PASSWORD_WORDS, 5},
      {UI_KEYBOARD_THAI, "แมวช้างต้นไม้ทะเลภูเขา", 2, UI_PASSWORD_WORDS, 5},
      {UI_KEYBOARD_THAI, "แมว ช้าง ทะเล", 1, UI_PASSWORD_FEW_WORDS, 3},
      {UI_KEYBOARD_NEPALI, "बिरालो हात्ती रूख समुद्र पहाड", 2, UI_PASSWORD_WORDS, 5},
      {UI_KEYBOARD_NEPALI, "माया माया", 0, UI_PASSWORD_FEW_WORDS, 0},
      {UI_KEYBOARD_BENGALI, "বোতল হাতি গাছ সমুদ্র আকাশ", 2, UI_PASSWORD_WORDS, 5},
      {UI_KEYBOARD_BENGALI, "বি\u09DCাল বর্ষা নদী", 1, UI_PASSWORD_FEW_WORDS, 3},
      {UI_KEYBOARD_BENGALI, "তুমি আমার", 0, UI_PASSWORD_FEW_WORDS, 0},
      {UI_KEYBOARD_BENGALI, "১২৩৪৫৬৭৮৯", 0, UI_PASSWORD_RUN, 0},
      /* র‍্যালি (rally) with ZWJ, ক্‌ত with ZWNJ: the joiner keys */
      {UI_KEYBOARD_BENGALI, "\u09B0\u200D\u09CD\u09AF\u09BE\u09B2\u09BF নদী আকাশ", 1, UI_PASSWORD_FEW_WORDS, 3},
      {UI_KEYBOARD_BENGALI, "\u0995\u09CD\u200C\u09A4 বোতল হাতি গাছ আকাশ", 2, UI_PASSWORD_WORDS, 5},
      {UI_KEYBOARD_BURMESE, "ကြောင် သင်္ဘော ကျောင်း မြို့ တောင်", 2, UI_PASSWORD_WORDS, 5},
      {UI_KEYBOARD_BURMESE, "ကြောင်သင်္ဘောကျောင်းမြို့တောင်", 2, UI_PASSWORD_WORDS, 5},
      {UI_KEYBOARD_BURMESE, "ကြောင် သင်္ဘော ကျောင်း", 1, UI_PASSWORD_FEW_WORDS, 3},
      {UI_KEYBOARD_BURMESE, "ချစ် ချစ်", 0, UI_PASSWORD_FEW_WORDS, 0},
      {UI_KEYBOARD_BURMESE, "၁၂၃၄၅၆၇၈", 0, UI_PASSWORD_RUN, 0},
  };
  Screen *s = password();
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    ui_set_keyboard(ui, cases[i].kb);
    UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
    ck_assert_int_eq(tap_text(v, cases[i].phrase), 0);
    ck_assert_str_eq(v->typed, cases[i].phrase);
    ck_assert_int_eq(ui_view_typed_length(v), codepoints(cases[i].phrase)); /* characters, not bytes */
    ck_assert_int_eq(ui_view_meter(v), cases[i].level);
    ck_assert_int_eq(tap(v, ACT_CHECK), UI_FEEDBACK);
    ck_assert_msg(v->answer.choice == cases[i].level && v->pw_why == cases[i].why, "'%s': level %d why %d",
                  cases[i].phrase, v->answer.choice, v->pw_why);
    ck_assert_int_eq(v->pw_words, cases[i].words);
    ck_assert_int_eq(v->ntyped, 0); /* forgotten once rated */
    ui_view_free(v);
  }
  screen_free(s);
}
END_TEST

/* The keys themselves: which key types what, on which level, as the XKB files have
   them (bd(probhat), mm); the layout key names the script; marks sit on a dotted circle. */
static const char *key_label_of(UiView *v, uint32_t c, bool *shifted) {
  Input down, up;
  if (!ui_view_tap_char(v, c, &down, &up)) return NULL;
  *shifted = v->shift;
  for (int k = 0; k < v->nwidgets; k++) {
    const Widget *w = &v->widgets[k];
    if (w->action >= ACT_KEY_CHAR && w->text && down.x >= w->r.x && down.x < w->r.x + w->r.w && down.y >= w->r.y &&
        down.y < w->r.y + w->r.h)
      return w->text->text;
  }
  return NULL;
}

START_TEST(test_bengali_and_burmese_keys_are_where_their_layouts_put_them) {
  static const struct { UiKeyboard kb; uint32_t c; bool shift; const char *label; } keys[] = {
      {UI_KEYBOARD_BENGALI, 0x0995, false, "ক"},  {UI_KEYBOARD_BENGALI, 0x09BF, false, "◌ি"},
      {UI_KEYBOARD_BENGALI, 0x0987, true, "ই"},   {UI_KEYBOARD_BENGALI, 0x09CD, false, "◌্"},
      {UI_KEYBOARD_BENGALI, 0x09DC, true, "\u09DC"}, {UI_KEYBOARD_BENGALI, 0x099E, true, "ঞ"},
      {UI_KEYBOARD_BENGALI, 0x09CE, true, "ৎ"},   {UI_KEYBOARD_BENGALI, 0x0981, true, "◌ঁ"},
      /* the joiners show what they make (ya-phala after র, a visible hasanta) */
      {UI_KEYBOARD_BENGALI, 0x200D, false, "\u09B0\u200D\u09CD\u09AF"},
      {UI_KEYBOARD_BENGALI, 0x200C, false, "\u0995\u09CD\u200C\u09A4"},
      {UI_KEYBOARD_BENGALI, 0x0965, true, "॥"},
      {UI_KEYBOARD_BURMESE, 0x1000, false, "က"},  {UI_KEYBOARD_BURMESE, 0x1031, false, "◌ေ"},
      {UI_KEYBOARD_BURMESE, 0x103A, false, "◌်"}, {UI_KEYBOARD_BURMESE, 0x1039, true, "◌္"},
      {UI_KEYBOARD_BURMESE, 0x101B, true, "ရ"},   {UI_KEYBOARD_BURMESE, 0x103E, true, "◌ှ"},
      {UI_KEYBOARD_BURMESE, 0x104F, false, "၏"},  {UI_KEYBOARD_BURMESE, 0x104B, true, "။"},
  };
  Screen *s = password();
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    ui_set_keyboard(ui, keys[i].kb);
    UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
    ck_assert(ui_view_shows(v, keys[i].kb == UI_KEYBOARD_BENGALI ? "ক–হ" : "က–အ"));
    if (keys[i].shift) tap(v, ACT_KEY_SHIFT);
    bool shifted = false;
    const char *label = key_label_of(v, keys[i].c, &shifted);
    ck_assert_msg(label && strcmp(label, keys[i].label) == 0 && shifted == keys[i].shift, "U+%04X: key '%s'%s",
                  keys[i].c, label ? label : "(none)", shifted ? " shifted" : "");
    ck_assert_ptr_nonnull(find(v, ACT_KEY_SCRIPT));
    ck_assert_str_eq(find(v, ACT_KEY_SCRIPT)->text->text, "ABC");
    ui_view_free(v);
  }
  screen_free(s);
}
END_TEST

/* Latin letters and digits are one key away from the learner's script, and back; a
   vowel sign or tone mark is labelled on a dotted circle, not floating on nothing. */
START_TEST(test_latin_and_digits_sit_beside_the_script) {
  ui_set_keyboard(ui, UI_KEYBOARD_THAI);
  Screen *s = password();
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_ptr_nonnull(find(v, ACT_KEY_SCRIPT));
  bool tone = false, consonant = false;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->action < ACT_KEY_CHAR || !w->text) continue;
    tone |= strcmp(w->text->text, "◌้") == 0;
    consonant |= strcmp(w->text->text, "ก") == 0;
  }
  ck_assert(tone && consonant);
  ck_assert(ui_view_shows(v, "ก–ฮ")); /* the empty field says what the keys type */
  ck_assert_int_eq(tap_text(v, "กa7ข"), 2); /* to Latin, and back */
  ck_assert_str_eq(v->typed, "กa7ข");
  ui_view_free(v);
  ui_set_keyboard(ui, UI_KEYBOARD_LATIN); /* English: no script key */
  v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  ck_assert_ptr_null(find(v, ACT_KEY_SCRIPT));
  Input down, up;
  ck_assert(!ui_view_tap_char(v, 0x0E01, &down, &up)); /* no Thai key */
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* A real keyboard: Space types a space in the field (it used to check the phrase),
   Return checks it, Backspace takes one character (a tone mark), any script the kiosk
   writes is taken, and what is not text is not. */
START_TEST(test_space_types_a_space_and_return_checks) {
  Screen *s = password();
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  const char *typed = "kite onion";
  for (const char *c = typed; *c; c++) ck_assert_int_eq(key(v, KEY_CHAR, (unsigned char)*c), UI_CHANGED);
  ck_assert_str_eq(v->typed, "kite onion");
  ck_assert(!ui_view_in_feedback(v));
  ck_assert_int_eq(key(v, KEY_CHAR, 0x0E01), UI_CHANGED); /* ก */
  ck_assert_int_eq(key(v, KEY_CHAR, 0x0E49), UI_CHANGED); /* ้ */
  ck_assert_int_eq(key(v, KEY_CHAR, 0x1000), UI_CHANGED); /* က: Burmese from its layout */
  ck_assert_int_eq(key(v, KEY_BACKSPACE, 0), UI_CHANGED);
  ck_assert_int_eq(key(v, KEY_BACKSPACE, 0), UI_CHANGED);
  ck_assert_str_eq(v->typed, "kite onionก");
  key(v, KEY_CHAR, 0x1F600); /* an emoji */
  key(v, KEY_CHAR, 0x07);    /* a control character */
  ck_assert_str_eq(v->typed, "kite onionก");
  ck_assert_int_eq(key(v, KEY_ENTER, 0), UI_FEEDBACK);
  ui_view_free(v);
  /* on a question Space presses what has the focus, as Enter does */
  Screen *q = screen_new(SCREEN_CHOICE);
  q->id = sdup(q, "q");
  q->text = sdup(q, "What do you do?");
  for (int i = 0; i < 2; i++) q->options[i] = (Option){sdup(q, i ? "b" : "a"), sdup(q, "An answer"), sdup(q, "Why."), i == 0, false};
  q->noptions = 2;
  v = ui_view_new(ui, q, NULL, 800, 480, NULL, 0);
  ck_assert_int_eq(key(v, KEY_TAB, 0), UI_CHANGED);
  ck_assert_int_eq(key(v, KEY_CHAR, ' '), UI_FEEDBACK);
  ui_view_free(v);
  screen_free(q);
  screen_free(s);
}
END_TEST

/* A sign typed in the order it is written, before its consonant (ေ then က, as Burmese
   was typed in Zawgyi; ি then ক, as Bangladesh's Bijoy keyboard takes it), still
   gives Unicode's order, which shapes whole; text typed in Unicode's order is never
   moved. The same from the on-screen keys and a USB keyboard. */
START_TEST(test_a_sign_typed_before_its_consonant_goes_after_it) {
  static const struct { const char *keys, *typed; } cases[] = {
      {"ေကာ", "ကော"},
      {"ေြကာင်", "ကြောင်"},          /* ေ and ြ both before က */
      {"ြေကာင်", "ကြောင်"},
      {"ေကျာင်း", "ကျောင်း"},        /* the medial after the moved ေ goes before it */
      {"သင်္ေဘာ", "သင်္ဘော"}, /* kinzi, then ေ before ဘ */
      {"ကြွ", "ကြွ"},               /* Unicode's order: nothing moves */
      {"ကေက", "ကေက"},
      {"িক", "কি"},
      {"িক্ষ", "ক্ষি"},                /* the conjunct's virama and consonant too */
      {"েবা", "\u09AC\u09C7\u09BE"}, /* ে + া: ো in two keys */
      {"কিক", "কিক"},
      {"ৈ ি", "ৈ ি"},                /* no consonant comes: the signs stay */
      {"िक", "कि"},
  };
  Screen *s = password();
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    for (int usb = 0; usb < 2; usb++) {
      const char *k = cases[i].keys;
      size_t first = 0;
      uint32_t c0 = utf8_next(k, strlen(k), &first); /* the script of the keys */
      ui_set_keyboard(ui, c0 >= 0x1000 ? UI_KEYBOARD_BURMESE : (c0 >= 0x0980 ? UI_KEYBOARD_BENGALI : UI_KEYBOARD_NEPALI));
      UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
      size_t len = strlen(k), at = 0;
      while (at < len) {
        char one[8] = "";
        size_t from = at;
        uint32_t c = utf8_next(k, len, &at);
        memcpy(one, k + from, at - from);
        if (usb) key(v, KEY_CHAR, c);
        else tap_text(v, one);
      }
      ck_assert_msg(strcmp(v->typed, cases[i].typed) == 0, "%s keys '%s' typed '%s', not '%s'", usb ? "USB" : "on-screen",
                    cases[i].keys, v->typed, cases[i].typed);
      ui_view_free(v);
    }
  screen_free(s);
}
END_TEST

/* The space bar reads in the learner's language, or shows the space bar's sign (⎵,
   for Burmese): never the English word "space" on a keyboard of another script
   (Burmese had it). */
START_TEST(test_the_space_key_is_not_english_on_another_script) {
  static const char *const langs[] = {"th", "ne", "bn", "my"};
  Screen *s = password();
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++) {
    KioskWords words;
    Error err;
    ck_assert_msg(kiosk_words_load(&words, "assets", langs[i], NULL, &err), "%s", err.msg);
    Ui *own = ui_new(text, &words.ui);
    ui_set_keyboard(own, ui_keyboard_for(langs[i]));
    UiView *v = ui_view_new(own, s, NULL, 800, 480, NULL, 0);
    const Widget *space = find(v, ACT_KEY_SPACE);
    ck_assert_ptr_nonnull(space);
    const char *label = space->text->text;
    bool sign = false; /* or the space bar's sign, drawn inside the key */
    for (int k = 0; k < v->nwidgets; k++)
      sign |= v->widgets[k].kind == W_ICON && v->widgets[k].icon == ICON_SPACE && v->widgets[k].r.x >= space->r.x &&
              v->widgets[k].r.x + v->widgets[k].r.w <= space->r.x + space->r.w;
    ck_assert_msg(*label || sign, "%s: an empty space key", langs[i]);
    ck_assert_msg(!sign || strcmp(langs[i], "my") == 0, "%s: a word was expected", langs[i]);
    for (const char *c = label; *c; c++)
      ck_assert_msg(!((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z'), "%s: the space key reads '%s'", langs[i], label);
    ui_view_free(v);
    ui_free(own);
    kiosk_words_free(&words);
  }
  screen_free(s);
}
END_TEST

START_TEST(test_the_field_holds_64_characters_in_any_script) {
  ui_set_keyboard(ui, UI_KEYBOARD_THAI);
  Screen *s = password();
  UiView *v = ui_view_new(ui, s, NULL, 800, 480, NULL, 0);
  for (int i = 0; i < UI_PASSWORD_MAX + 10; i++) key(v, KEY_CHAR, 0x0E01 + (uint32_t)(i % 40));
  ck_assert_int_eq(ui_view_typed_length(v), UI_PASSWORD_MAX);
  ck_assert_int_eq(v->ntyped, UI_PASSWORD_MAX * 3); /* whole characters, 3 bytes each */
  ck_assert_int_eq(v->nproblems, 0);
  ui_view_free(v);
  screen_free(s);
}
END_TEST

/* Every layer of each layout fits at every size; keys are finger-sized (48 dp, less a
   pixel of rounding) in landscape, and the keyboard does not move when the learner
   switches script. */
START_TEST(test_each_layout_fits_and_its_keys_are_big_enough) {
  static const int sizes[][2] = {{800, 480}, {1024, 600}, {1920, 1080}, {480, 800}};
  static const UiKeyboard kbs[] = {UI_KEYBOARD_THAI, UI_KEYBOARD_NEPALI, UI_KEYBOARD_BENGALI, UI_KEYBOARD_BURMESE};
  static const int nkeys[] = {12 + 12 + 11 + 10 + 6, 12 + 9 + 10 + 6, 11 + 13 + 9 + 10 + 6,
                              10 + 13 + 10 + 10 + 6}; /* and shift, back, 123, script, space, check */
  UiFrame frame = {.title = "Lesson", .progress = 30, .help_button = true, .exit_button = true};
  Screen *s = password();
  for (size_t b = 0; b < sizeof kbs / sizeof kbs[0]; b++) {
    ui_set_keyboard(ui, kbs[b]);
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
      char *problems[8];
      int n = ui_check_fit(ui, s, &frame, sizes[k][0], sizes[k][1], problems, 8);
      for (int i = 0; i < n; i++) {
        fprintf(stderr, "%dx%d: %s\n", sizes[k][0], sizes[k][1], problems[i]);
        free(problems[i]);
      }
      ck_assert_int_eq(n, 0);
      UiView *v = ui_view_new(ui, s, &frame, sizes[k][0], sizes[k][1], NULL, 0);
      int keys = 0, min = ui_view_dp(v, 48) - 1;
      for (int i = 0; i < v->nwidgets; i++) {
        const Widget *w = &v->widgets[i];
        if (w->kind != W_BUTTON || (w->action < ACT_KEY && w->action != ACT_CHECK)) continue;
        keys++;
        ck_assert_int_ge(w->r.h, min);
        if (sizes[k][0] > sizes[k][1]) ck_assert_msg(w->r.w >= min, "a key %d px wide at %dx%d", w->r.w, sizes[k][0], sizes[k][1]);
      }
      ck_assert_int_eq(keys, nkeys[b]);
      int top = find(v, ACT_KEY_SPACE)->r.y;
      tap(v, ACT_KEY_SCRIPT); /* Latin: three rows, the same keyboard */
      ck_assert_int_eq(find(v, ACT_KEY_SPACE)->r.y, top);
      ui_view_free(v);
    }
  }
  screen_free(s);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("keyboard");
  TCase *tc = tcase_create("keyboard");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_each_language_gets_its_layout);
  tcase_add_test(tc, test_phrases_in_each_script_are_tapped_on_their_keys_and_rated_by_words);
  tcase_add_test(tc, test_bengali_and_burmese_keys_are_where_their_layouts_put_them);
  tcase_add_test(tc, test_latin_and_digits_sit_beside_the_script);
  tcase_add_test(tc, test_space_types_a_space_and_return_checks);
  tcase_add_test(tc, test_a_sign_typed_before_its_consonant_goes_after_it);
  tcase_add_test(tc, test_the_space_key_is_not_english_on_another_script);
  tcase_add_test(tc, test_the_field_holds_64_characters_in_any_script);
  tcase_add_test(tc, test_each_layout_fits_and_its_keys_are_big_enough);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
