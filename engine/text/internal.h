/* internal.h — what the files of the text module share: the font set (font.c), the
   face of each code point (itemize.c) and the break opportunities (breaks.c).
   Nothing here is visible outside engine/text. */
#ifndef TEXT_INTERNAL_H
#define TEXT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL_ttf.h>
#include <thai/thbrk.h>

#include "text/text.h"

/* One face per script the kiosk serves; TextPiece.face holds one of these. */
typedef enum TextFace {
  TEXT_FACE_LATIN,      /* Noto Sans: Latin, Greek, Cyrillic, digits, punctuation */
  TEXT_FACE_THAI,
  TEXT_FACE_DEVANAGARI, /* Nepali, Hindi, Marathi */
  TEXT_FACE_BENGALI,
  TEXT_FACE_MYANMAR,
  TEXT_FACE_KHMER,
  TEXT_FACE_SYMBOLS,    /* DejaVu Sans: ticks, arrows and whatever the others lack */
  TEXT_FACE_COUNT
} TextFace;

/* Font sizes are clamped to this range: below it glyphs are unreadable, above it a
   single glyph bitmap outgrows any screen and FreeType's caches grow with size². */
#define TEXT_MIN_SIZE 6
#define TEXT_MAX_SIZE 400

/* A TTF_Font per (face, weight, size). A screen uses two or three sizes, two weights
   and two or three faces; each font holds a FreeType size object, a glyph cache and
   HarfBuzz's copy of the layout tables (~160 KB for Noto Sans). The kiosk's ten text
   roles in two languages, readied ahead (text_warm), and the language picker's names
   stay open together. */
#define TEXT_MAX_FONTS 32

typedef struct TextIcu TextIcu; /* icu.c */
typedef struct TextWidths TextWidths; /* widths.c */

typedef struct TextFile { /* one font file, read into memory once, opened at any size */
  char *data;
  size_t len;
  int state;              /* TEXT_FILE_UNTRIED, _LOADED or _MISSING */
  char *why;              /* why it could not be read (owned), for error messages */
} TextFile;

enum { TEXT_FILE_UNTRIED, TEXT_FILE_LOADED, TEXT_FILE_MISSING };

typedef struct TextFont {
  TTF_Font *font;  /* owned; reads from its TextFile's data */
  int face, size;
  TextWeight weight;
  uint64_t used;   /* clock value of the last lookup, for least-recently-used eviction */
} TextFont;

struct Text {
  char *dirs[2];                          /* Noto folder, DejaVu folder (owned) */
  TextFile files[TEXT_FACE_COUNT][2];     /* [face][weight] */
  TextFont fonts[TEXT_MAX_FONTS];
  int nfonts;
  uint64_t clock;
  int latin;            /* TEXT_FACE_LATIN, or TEXT_FACE_SYMBOLS when Noto Sans is absent */
  ThBrk *thai;          /* libthai's dictionary breaker, made on first Thai text (owned) */
  bool thai_tried;
  TextIcu *icu;         /* ICU's Burmese breaker, made on first Burmese text (owned) */
  bool icu_tried;
  TextWidths *widths;   /* runs' advance widths, kept across layouts (owned; made on first use) */
  bool owns_ttf_init;   /* text_new called TTF_Init, so text_free calls TTF_Quit */
  bool warned_shaping;  /* the "no HarfBuzz" warning was logged */
  Log log;              /* where warnings for staff go (the caller's) */
};

/* The font of face at size (clamped), opening it on first use; NULL when the face's
   file is missing or unreadable. Borrowed: valid until TEXT_MAX_FONTS other (face,
   weight, size) combinations have been asked for, which one layout never does. */
TTF_Font *text_font(Text *t, int face, TextWeight weight, int size);

int text_clamp_size(int size);

/* The advance of len bytes of UTF-8 shaped as one run of face at weight and size (as
   TTF_SizeUTF8 measures it; 0 when the face's font cannot be read), remembered across
   layouts by those (widths.c). size must already be clamped. */
int text_run_advance(Text *t, int face, TextWeight weight, int size, const char *s, size_t len);
void text_widths_free(Text *t);

/* Rows a piece's surface keeps above its face's ascent line (render.c); TextPiece.y
   accounts for them. */
int text_headroom(int size);

/* Fills faces[i] (a TextFace) for each of the n code points: script faces for script
   blocks, the previous face for marks and for common characters it has, else the Latin
   face, else the symbols face. */
int text_itemize(Text *t, const uint32_t *cps, int n, TextWeight weight, int size,
                  uint8_t *faces);

/* Script-neutral characters (spaces, digits, punctuation, symbols): they join the face
   of the text around them. */
bool text_is_common(uint32_t cp);
bool text_is_space(uint32_t cp); /* a breakable space that collapses at a line end */

/* True when a line may begin at code point i (0 < i < n): not inside a grapheme
   cluster, not between a Thai leading vowel or SARA AM and the consonant they belong to,
   not before a Burmese consonant that closes the syllable before it (one with an asat,
   or stacked under the next with U+1039), and not before a sign that closes the text
   before it (Thai ๆ, Burmese ။). */
bool text_may_cut(const uint32_t *cps, int n, int i);

enum { TEXT_BREAK_NONE, TEXT_BREAK_ALLOW, TEXT_BREAK_MUST };

/* Fills brk[i] with the kind of line break allowed after code point i; never inside a
   grapheme cluster except the mandatory one after '\n'. */
void text_find_breaks(Text *t, const uint32_t *cps, int n, uint8_t *brk);

/* True when a break after code point i would fall inside a web address or file name:
   cps[i] and cps[i + 1] belong to one run of ASCII non-space characters holding a '/',
   an '@' or a '.' before a letter ("songdee-th.co/" | "pay", "bit.ly/win-" | "50000").
   Line layout keeps such a run whole on the next line when it fits there. */
bool text_in_address(const uint32_t *cps, int n, int i);

/* True when a break after code point i falls inside a Burmese phrase: no space (nor
   U+200B) on either side of it. Burmese writes a space between phrases, and ICU's word
   boundaries inside one are often not a reader's (its dictionary lacks ပုံမှန်
   "regular": ပုံ|မှန်လစာ), so line layout breaks inside a phrase only when the phrase
   opens the line or is wider than one. */
bool text_in_phrase(const uint32_t *cps, int n, int i);

typedef enum TextIcuLang { TEXT_ICU_BURMESE, TEXT_ICU_THAI } TextIcuLang;

/* ICU's line breaks (icu.c) for Burmese or Thai: sets brk[start + k - 1] to
   TEXT_BREAK_ALLOW for each boundary k inside the run [start, start + len) of that
   script's code points. False when ICU cannot be loaded or has no breaker for the
   language (logged once). */
bool text_icu_breaks(Text *t, TextIcuLang lang, const uint32_t *cps, int start, int len,
                     uint8_t *brk);
bool text_icu_prepare(Text *t, TextIcuLang lang); /* loads it ahead; false as above */

/* Takes back the breaks in brk that would start a line with a Burmese particle leaning
   on the word before it (ပါ, မယ်, ကို...) or end one with a lone prefix (မ, အ)
   (particles.c). */
void text_myanmar_particles(const uint32_t *cps, int n, uint8_t *brk);
void text_icu_free(Text *t);

#endif
