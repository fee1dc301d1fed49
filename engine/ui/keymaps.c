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
   - Bengali: Probhat (XKB "bd(probhat)", the same as "in(ben_probhat)"), the phonetic
     layout: ক on k, স on s, ম on m, with the independent vowel on Shift (ই on
     Shift+i beside ি on i). Bangladesh's national layout (XKB "bd", BDS 1738) puts the
     independent vowels আ ই উ এ ও on a third level (AltGr), which an on-screen keyboard
     would hide behind a third layer; Probhat reaches every letter in two, and its
     sound-to-key rule is the one the Nepali layout follows. Its number row is kept (the
     Bengali digits, and ঞ ৎ ৳ on Shift), and so are its joiner keys, ZWJ on ` and ZWNJ
     on \\ (Shift gives ॥ there): র + ZWJ + ্ + য writes the ya-phala of র‍্যাব, where
     র্য would take a reph, and ZWNJ keeps a hasanta visible (ক্‌ত, not ক্ত). An
     invisible character cannot be its own label, so each key shows an example of what
     it makes (KeyLayout.joiners). ZWJ stays on its key with Shift.
   - Burmese: the Myanmar Unicode layout (XKB "mm"), the one standard Unicode layout
     (Myanmar3's): the keys of the old typewriter layout, so ေ on a, ် on f, ္ on Shift+f.
     Its number row is kept (ရ is Shift+7, ဍ ဋ beside it); the ` key's ဎ is left out.
   A key types exactly one character, as the hardware key does: a vowel sign or tone mark
   joins the letter before it when the text is shaped (and a sign tapped before its
   consonant, in the order it is written, is put after it: compose.c). */
#include <string.h>

#include "core/utf8.h"
#include "ui/internal.h"

static const KeyLayout latin = {
    "ABC", UI_KEYBOARD_SCRIPTS, {NULL, NULL}, 3,
    {{"qwertyuiop", "asdfghjkl", "zxcvbnm"}, {"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"}},
};

static const KeyLayout symbols = {
    "123", "", {NULL, NULL}, 3,
    {{"1234567890", "@#$%&*-_!", "?,.'/+="}, {"1234567890", "@#$%&*-_!", "?,.'/+="}},
};

static const KeyLayout thai = {
    "กขค", "ก–ฮ  A–Z  0–9", {NULL, NULL}, 4,
    {{"ๅ/-ภถุึคตจขช", "ๆไำพะัีรนยบล", "ฟหกดเ้่าสวง", "ผปแอิืทมใฝ"},
     {"+๑๒๓๔ู฿๕๖๗๘๙", "๐\"ฎฑธํ๊ณฯญฐ,", "ฤฆฏโฌ็๋ษศซ.", "()ฉฮฺ์?ฒฬฦ"}},
};

static const KeyLayout nepali = {
    "कखग", "क–ह  A–Z  0–9", {NULL, NULL}, 3,
    {{"टौेरतयुिोपइए", "ासदउगहजकल", "षडचवबनम,।्"},
     {"ठऔैृथञूीओफईऐ", "आशधऊघअझख॥", "ऋढछँभणंङ.?"}},
};

/* ড় ঢ় য় are the single code points Probhat types (U+09DC U+09DD U+09DF), written as
   escapes because an editor may store them decomposed (ড + ়); so are the joiners,
   which an editor does not show at all. */
static const KeyLayout bengali = {
    "কখগ", "ক–হ  A–Z  0–9", {"\u0995\u09CD\u200C\u09A4", "\u09B0\u200D\u09CD\u09AF"}, 4,
    {{"\u200D১২৩৪৫৬৭৮৯০", "দূীরটএুিওপেো\u200C", "াসডতগহজকল", "\u09DFশচআবনম,।্"},
     {"\u200D!@#৳%^ঞৎ()", "ধঊঈ\u09DCঠঐউইঔফৈৌ॥", "অষঢথঘঃঝখং", "য\u09DDছঋভণঙৃঁ?"}},
};

static const KeyLayout burmese = {
    "ကခဂ", "က–အ  A–Z  0–9", {NULL, NULL}, 4,
    {{"၁၂၃၄၅၆၇၈၉၀", "ဆတနမအပကငသစဟဩ၏", "ေျိ်ါ့ြုူး", "ဖထခလဘညာ,./"},
     {"ဍၒဋ$%^ရ*()", "ဈဝဣ၎ဤ၌ဥ၍ဿဏဧဪ\\", "ဗှီ္ွံဲဒဓဂ", "ဇဌဃဠယဉဦ၊။?"}},
};

/* lang's layout: its primary subtag ("th", "th-MY"). */
static bool lang_is(const char *lang, const char *code) {
  return lang && strncmp(lang, code, 2) == 0 && (!lang[2] || lang[2] == '-');
}

UiKeyboard ui_keyboard_for(const char *lang) {
  static const struct { const char *lang; UiKeyboard kb; } own[] = {
      {"th", UI_KEYBOARD_THAI}, {"ne", UI_KEYBOARD_NEPALI}, {"bn", UI_KEYBOARD_BENGALI}, {"my", UI_KEYBOARD_BURMESE}};
  for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
    if (lang_is(lang, own[i].lang)) return own[i].kb;
  return UI_KEYBOARD_LATIN;
}

void ui_set_keyboard(Ui *ui, UiKeyboard kb) {
  ui->keyboard = kb > UI_KEYBOARD_LATIN && kb <= UI_KEYBOARD_BURMESE ? kb : UI_KEYBOARD_LATIN;
}

const KeyLayout *ui_keymap(UiKeyboard kb) {
  switch (kb) {
  case UI_KEYBOARD_THAI: return &thai;
  case UI_KEYBOARD_NEPALI: return &nepali;
  case UI_KEYBOARD_BENGALI: return &bengali;
  case UI_KEYBOARD_BURMESE: return &burmese;
  default: return &latin;
  }
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
