/* zawgyi.c — telling Zawgyi from Unicode Burmese. Zawgyi, still common on phones in
   Myanmar, puts Burmese glyphs on Myanmar code points in visual order with its own
   meanings, so its text looks right only in a Zawgyi font and is garbled (dotted
   circles, misplaced vowels) in Noto Sans Myanmar. The rules are the sequence rules
   behind Rabbit's converter and Google's myanmar-tools detector, kept to those that
   well-formed Unicode Burmese never breaks, so a Unicode text is never flagged. */
#include <stddef.h>
#include <string.h>

#include "core/utf8.h"
#include "text/text.h"

static bool zawgyi_is_consonant(uint32_t cp) { return cp >= 0x1000 && cp <= 0x1021; }

static bool zawgyi_is_medial(uint32_t cp) { return cp >= 0x103B && cp <= 0x103E; }

/* What a Unicode U+1031 (the e-vowel, drawn before its consonant but stored after it)
   may follow: a consonant or independent vowel, a medial, or U+200C/U+200D. */
static bool zawgyi_e_may_follow(uint32_t cp) {
  return (cp >= 0x1000 && cp <= 0x102A) || zawgyi_is_medial(cp) || cp == 0x103F ||
         cp == 0x200C || cp == 0x200D;
}

const char *text_zawgyi_reason(const char *utf8) {
  if (!utf8) return NULL;
  size_t len = strlen(utf8), i = 0;
  uint32_t prev = 0;
  while (i < len) {
    uint32_t cp = utf8_next(utf8, len, &i);
    size_t after = i;
    uint32_t next = after < len ? utf8_next(utf8, len, &after) : 0;
    /* Zawgyi's stacked consonants, kinzi and alternate medials; Unicode has Mon, Shan
       and Karen letters there, which Burmese text never uses */
    if (cp >= 0x1060 && cp <= 0x1097)
      return "it uses Zawgyi's stacked and alternate forms (U+1060..U+1097), which "
             "Burmese in Unicode never does";
    /* Zawgyi types the e-vowel first, where it is drawn: ေက for Unicode's ကေ */
    if (cp == 0x1031 && !zawgyi_e_may_follow(prev) &&
        (zawgyi_is_consonant(next) || zawgyi_is_medial(next)))
      return "the e-vowel (U+1031) comes before its consonant, as Zawgyi types it; "
             "Unicode stores it after";
    /* Zawgyi's medial ra (U+103B there) also comes first */
    if (cp == 0x103B && !zawgyi_is_consonant(prev) && zawgyi_is_consonant(next))
      return "a medial (U+103B) comes before its consonant, as Zawgyi's ra does";
    /* U+1039 is Zawgyi's asat; in Unicode it stacks the consonant that must follow it */
    if (cp == 0x1039 && !zawgyi_is_consonant(next))
      return "U+1039 is followed by no consonant: Zawgyi's asat, where Unicode has U+103A";
    /* U+103A is Zawgyi's medial ya: the aa-vowel after it is Zawgyi's ကျာ, never a
       Unicode asat, which comes after its syllable's aa (ကော်). (An u-vowel may follow
       a Unicode asat: ကျွန်ုပ်.) */
    if (cp == 0x103A && (next == 0x102B || next == 0x102C))
      return "the aa-vowel follows U+103A, as after Zawgyi's medial ya; in Unicode U+103A "
             "is the asat, after the vowel";
    prev = cp;
  }
  return NULL;
}
