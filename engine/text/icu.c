/* icu.c — Burmese line breaks from ICU's dictionary (libicu), opened on first Burmese
   text through core/dl: linked, libicuuc and the libstdc++ it brings would cost every
   start of the kiosk their relocations, for a language few kiosks show.
   Thai stays with libthai (breaks.c): measured on the core pack's Thai (README, "Line
   breaking"), ICU agreed on 92 % of the breaks and was twice as fast, but split words
   libthai keeps whole ("เป็นก|ลุ่ม", "ทำตา|มน") in the lessons' own sentences. */
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uvernum.h>

#include "core/dl.h"
#include "core/mem.h"
#include "text/internal.h"

/* ICU renames every C function with its major version (ubrk_open -> ubrk_open_72, by
   macros in its headers); the header we build against says which, and the soname
   carries the same number. */
#define TEXT_ICU_LIBRARY "libicuuc.so." U_ICU_VERSION_SHORT

/* ICU takes UTF-16; Burmese is all in the Basic Multilingual Plane, one unit a code
   point. Longer runs are broken in chunks, as libthai's are. */
#define TEXT_ICU_CHUNK 1024

struct TextIcu {
  UBreakIterator *(*open)(UBreakIteratorType, const char *, const UChar *, int32_t, UErrorCode *);
  void (*set_text)(UBreakIterator *, const UChar *, int32_t, UErrorCode *);
  int32_t (*first)(UBreakIterator *);
  int32_t (*next)(UBreakIterator *);
  void (*close)(UBreakIterator *);
  const char *(*error_name)(UErrorCode);
  UBreakIterator *burmese;
};

static void *text_icu_symbol(const char *name, bool *ok) {
  void *sym = dl_symbol(TEXT_ICU_LIBRARY, name);
  if (!sym) *ok = false;
  return sym;
}

/* The breaker, made on first use; NULL (and one warning for staff) without ICU. */
static TextIcu *text_icu(Text *t) {
  if (t->icu_tried) return t->icu;
  t->icu_tried = true;
  TextIcu *icu = xcalloc(1, sizeof *icu);
  bool ok = true;
/* fn is stringized here, before the headers' renaming macros can expand it */
#define TEXT_ICU_LOAD(field, fn) \
  (icu->field = (__typeof__(icu->field))text_icu_symbol(#fn "_" U_ICU_VERSION_SHORT, &ok))
  TEXT_ICU_LOAD(open, ubrk_open);
  TEXT_ICU_LOAD(set_text, ubrk_setText);
  TEXT_ICU_LOAD(first, ubrk_first);
  TEXT_ICU_LOAD(next, ubrk_next);
  TEXT_ICU_LOAD(close, ubrk_close);
  TEXT_ICU_LOAD(error_name, u_errorName);
  if (!ok) {
    log_printf(&t->log, "text: %s (package libicu%s): Burmese will wrap between syllables, "
                        "not words", dl_why(), U_ICU_VERSION_SHORT);
    free(icu);
    return NULL;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu->burmese = icu->open(UBRK_LINE, "my", NULL, 0, &status);
  if (U_FAILURE(status) || !icu->burmese) {
    log_printf(&t->log, "text: ICU has no Burmese line breaker (%s): Burmese will wrap "
                        "between syllables, not words", icu->error_name(status));
    free(icu);
    return NULL;
  }
  t->icu = icu;
  return icu;
}

bool text_icu_prepare(Text *t) { return text_icu(t) != NULL; }

bool text_icu_breaks(Text *t, const uint32_t *cps, int start, int len, uint8_t *brk) {
  TextIcu *icu = text_icu(t);
  if (!icu) return false;
  UChar units[TEXT_ICU_CHUNK];
  for (int off = 0; off < len; off += TEXT_ICU_CHUNK) {
    int m = len - off < TEXT_ICU_CHUNK ? len - off : TEXT_ICU_CHUNK;
    for (int k = 0; k < m; k++) units[k] = (UChar)cps[start + off + k];
    UErrorCode status = U_ZERO_ERROR;
    icu->set_text(icu->burmese, units, m, &status);
    if (U_FAILURE(status)) return false;
    for (int32_t b = icu->first(icu->burmese); b != UBRK_DONE; b = icu->next(icu->burmese))
      if (b > 0 && b < m) brk[start + off + b - 1] = TEXT_BREAK_ALLOW;
  }
  return true;
}

void text_icu_free(Text *t) {
  if (!t->icu) return;
  t->icu->close(t->icu->burmese);
  free(t->icu);
  t->icu = NULL;
}
