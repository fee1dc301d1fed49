/* icu.c — Burmese line breaks from ICU's dictionary (libicu), opened on first Burmese
   text through core/dl: linked, libicuuc and the libstdc++ it brings would cost every
   start of the kiosk their relocations, for a language few kiosks show.
   Thai stays with libthai (breaks.c): measured on the core pack's Thai (README, "Line
   breaking"), ICU agreed on 92 % of the breaks and was twice as fast, but split words
   libthai keeps whole ("เป็นก|ลุ่ม", "ทำตา|มน") in the lessons' own sentences. ICU's
   Thai breaker is asked only where a Thai paragraph wraps, to veto libthai's breaks
   inside words its dictionary lacks (แช|ท, วอ|ลเล็ต, นาย|จ้าง). */
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
  UBreakIterator *thai; /* made on the first Thai paragraph that wraps */
  bool thai_tried;
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


/* Thai's breaker, tried once: without it Thai breaks are libthai's alone. */
static void text_icu_open_thai(Text *t, TextIcu *icu) {
  icu->thai_tried = true;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *it = icu->open(UBRK_LINE, "th", NULL, 0, &status);
  if (U_FAILURE(status)) {
    log_printf(&t->log, "text: ICU has no Thai line breaker (%s): Thai breaks are "
                        "libthai's alone", icu->error_name(status));
    it = NULL;
  }
  icu->thai = it;
}

/* ICU's breaker for LANG: Burmese's, made with the library; Thai's on first use. */
static UBreakIterator *text_icu_breaker(Text *t, TextIcuLang lang) {
  TextIcu *icu = text_icu(t);
  if (!icu) return NULL;
  if (lang == TEXT_ICU_BURMESE) return icu->burmese;
  if (!icu->thai_tried) text_icu_open_thai(t, icu);
  return icu->thai;
}

bool text_icu_prepare(Text *t, TextIcuLang lang) { return text_icu_breaker(t, lang) != NULL; }

bool text_icu_breaks(Text *t, TextIcuLang lang, const uint32_t *cps, int start, int len,
                     uint8_t *brk) {
  UBreakIterator *it = text_icu_breaker(t, lang);
  if (!it) return false;
  TextIcu *icu = t->icu;
  UChar units[TEXT_ICU_CHUNK];
  for (int off = 0; off < len; off += TEXT_ICU_CHUNK) {
    int m = len - off < TEXT_ICU_CHUNK ? len - off : TEXT_ICU_CHUNK;
    for (int k = 0; k < m; k++) units[k] = (UChar)cps[start + off + k];
    UErrorCode status = U_ZERO_ERROR;
    icu->set_text(it, units, m, &status);
    if (U_FAILURE(status)) return false;
    for (int32_t b = icu->first(it); b != UBRK_DONE; b = icu->next(it))
      if (b > 0 && b < m) brk[start + off + b - 1] = TEXT_BREAK_ALLOW;
  }
  return true;
}

void text_icu_free(Text *t) {
  if (!t->icu) return;
  t->icu->close(t->icu->burmese);
  if (t->icu->thai) t->icu->close(t->icu->thai);
  free(t->icu);
  t->icu = NULL;
}
