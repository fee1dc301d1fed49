/* keymaps.c — the on-screen keyboard's layouts: Latin, and beside it the learner's own
   script, so passphrase practice works in their language.

   Each layout is the one the learner's USB keyboard has (the system's XKB layout), so
   the keys are where a learner who has typed before expects them:
   - Thai: Kedmanee (XKB "th", TIS 820-2538), the layout on every Thai keyboard and
     phone. Its four rows of letters are kept whole (its number row holds ค ต จ ข ช);
     only the two obsolete letters ฃ ฅ on the backslash key are left out.
   - Nepali: the romanized (phonetic) layout (XKB "np"): क on k, स on s, म on m. Nepali
     teenagers type on phones and school computers in Latin letters first, and the
     romanized layout puts each letter where its sound is on that QWERTY keyboard; the
     traditional typewriter layout (Nepali "Traditional", Preeti) is a typist's
     skill, learnt at work. The Devanagari digits row is left out (the 123 layer has
     digits), as are ॐ and ः.
   A key types exactly one character, as the hardware key does: a vowel sign or tone mark
   joins the letter before it when the text is shaped. */
#include <string.h>

#include "core/utf8.h"
#include "ui/internal.h"

static const KeyLayout latin = {
    "ABC", UI_KEYBOARD_SCRIPTS, 3,
    {{"qwertyuiop", "asdfghjkl", "zxcvbnm"}, {"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"}},
};

static const KeyLayout symbols = {
    "123", "", 3,
    {{"1234567890", "@#$%&*-_!", "?,.'/+="}, {"1234567890", "@#$%&*-_!", "?,.'/+="}},
};

static const KeyLayout thai = {
    "กขค", "ก–ฮ  A–Z  0–9", 4,
    {{"ๅ/-ภถุึคตจขช", "ๆไำพะัีรนยบล", "ฟหกดเ้่าสวง", "ผปแอิืทมใฝ"},
     {"+๑๒๓๔ู฿๕๖๗๘๙", "๐\"ฎฑธํ๊ณฯญฐ,", "ฤฆฏโฌ็๋ษศซ.", "()ฉฮฺ์?ฒฬฦ"}},
};

static const KeyLayout nepali = {
    "कखग", "क–ह  A–Z  0–9", 3,
    {{"टौेरतयुिोपइए", "ासदउगहजकल", "षडचवबनम,।्"},
     {"ठऔैृथञूीओफईऐ", "आशधऊघअझख॥", "ऋढछँभणंङ.?"}},
};

UiKeyboard ui_keyboard_for(const char *lang) {
  if (lang && strncmp(lang, "th", 2) == 0 && (!lang[2] || lang[2] == '-')) return UI_KEYBOARD_THAI;
  if (lang && strncmp(lang, "ne", 2) == 0 && (!lang[2] || lang[2] == '-')) return UI_KEYBOARD_NEPALI;
  return UI_KEYBOARD_LATIN;
}

void ui_set_keyboard(Ui *ui, UiKeyboard kb) {
  ui->keyboard = kb == UI_KEYBOARD_THAI || kb == UI_KEYBOARD_NEPALI ? kb : UI_KEYBOARD_LATIN;
}

const KeyLayout *ui_keymap(UiKeyboard kb) {
  return kb == UI_KEYBOARD_THAI ? &thai : (kb == UI_KEYBOARD_NEPALI ? &nepali : &latin);
}

const KeyLayout *ui_keymap_symbols(void) { return &symbols; }

const KeyLayout *ui_keymap_shown(const UiView *v, bool *shifted) {
  *shifted = false;
  if (v->symbols) return &symbols;
  *shifted = v->shift;
  return v->latin ? &latin : ui_keymap(v->ui->keyboard);
}

int ui_keymap_row(const char *row, uint32_t *out, int max) {
  size_t len = strlen(row), i = 0;
  int n = 0;
  while (i < len && n < max) out[n++] = utf8_next(row, len, &i);
  return n;
}

bool ui_keymap_typable(uint32_t c) {
  return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0x24F) || /* Latin */
         (c >= 0x0900 && c <= 0x09FF) ||                          /* Devanagari, Bengali */
         (c >= 0x0E01 && c <= 0x0E5B) ||                          /* Thai */
         (c >= 0x1000 && c <= 0x109F) ||                          /* Myanmar */
         c == 0x200C || c == 0x200D;                              /* ZWNJ, ZWJ (conjuncts) */
}
