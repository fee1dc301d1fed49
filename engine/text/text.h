/* text.h — fonts per script, shaping (SDL2_ttf with HarfBuzz), line breaking that never
   splits a grapheme cluster and breaks Thai (libthai) and Burmese (ICU) between words,
   measuring.
   Knows nothing of screens: it lays out one paragraph at a given width. */
#ifndef TEXT_TEXT_H
#define TEXT_TEXT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "core/log.h"

typedef struct Text Text; /* fonts and caches; one per process */

typedef enum TextWeight { TEXT_REGULAR, TEXT_BOLD } TextWeight;

typedef struct TextStyle {
  int size;          /* font size in pixels, as TTF_OpenFont takes it */
  TextWeight weight;
} TextStyle;

/* A tagged byte range of the input (e.g. a red flag): pieces never straddle a span
   boundary, and carry its tag. */
typedef struct TextSpan {
  uint32_t start, end;
  int tag; /* > 0 */
} TextSpan;

/* A run of one line drawn with one font face. */
typedef struct TextPiece {
  uint32_t start, end; /* bytes of layout->text */
  int x, width;        /* pixels from the start of the line */
  int tag;             /* the span it lies in, 0 for none */
  int face;            /* font face (opaque; text_render_piece uses it) */
  int y;               /* top of its text_render_piece surface from the top of the line
                          (may be negative: the surface has room for tall marks) */
} TextPiece;

typedef struct TextLine {
  int first, count; /* its pieces */
  int y;            /* top of the line, from the top of the paragraph */
  int width;        /* advance of the line, trailing spaces excluded */
} TextLine;

typedef struct TextLayout {
  char *text;       /* the paragraph (a copy) */
  TextStyle style;
  int max_width;
  TextPiece *pieces;
  int npieces;
  TextLine *lines;
  int nlines;
  int line_height;  /* every line of a paragraph has the same height */
  int baseline;     /* from the top of a line */
  int width;        /* the widest line */
  int height;       /* nlines * line_height */
  bool cut_word;    /* a word wider than max_width had to be cut between clusters */
  bool missing_glyph; /* a character no installed font can draw (shown as a box) */
} TextLayout;

/* Opens the font set. font_dir NULL means the system folders of fonts-noto-core and
   fonts-dejavu-core. Fails only when no Latin font at all can be found. Problems found
   later (a font that cannot be read, no shaping, no Thai dictionary, no ICU) go to log, copied
   here; NULL drops them. */
Text *text_new(const char *font_dir, const Log *log, Error *err);
void text_free(Text *t);

/* True when the fonts a language's script needs are installed ("th" needs Noto Sans
   Thai, "ne" Noto Sans Devanagari, ...); err names the missing font file. */
bool text_language_supported(Text *t, const char *lang, Error *err);

/* Loads ahead what laying out text in lang will need (libthai's dictionary for "th", 31 M
   instructions; ICU's Burmese breaker for "my"), so that it can be done while the screen
   is idle rather than at a tap.
   Otherwise it is loaded when first needed. */
void text_prepare(Text *t, const char *lang);

/* Opens the font lang's text is set in at style and shapes a few letters with it, so
   that the first screen using that size and weight does not pay for opening it (the
   font's shaping plan and layout tables: 0.5-1.5 M instructions each); for idle time.
   True when it opened one, false when it was open already or cannot be. */
bool text_warm(Text *t, const char *lang, TextStyle style);

/* Lays out UTF-8 text (invalid bytes are drawn as U+FFFD) in lines no wider than
   max_width pixels (<= 0: no limit). '\n' forces a line break; each '\n' ends a line,
   so "a\n\nb" is 3 lines and a final '\n' adds none. Empty text gives 0 lines and
   height 0. layout->text is the input with invalid bytes as U+FFFD, tabs as spaces and
   other control characters dropped (the input itself when it is clean UTF-8); spans
   index the input. Spaces at the end of a line are neither counted nor drawn; a single
   grapheme cluster wider than max_width still gets a line of its own. Text beyond
   64 KiB is dropped. Never fails; caller frees. */
TextLayout *text_layout(Text *t, const char *utf8, const TextSpan *spans, int nspans,
                        TextStyle style, int max_width);
void text_layout_free(TextLayout *layout);

/* Byte offsets where words begin inside runs of text without spaces (Thai from libthai's
   dictionary, Burmese from ICU's), in order, at most max; returns the count. Speech uses
   them to read Thai and Burmese word by word and to light each word. */
int text_word_starts(Text *t, const char *utf8, uint32_t *starts, int max);

/* Why UTF-8 text looks like Burmese in the Zawgyi encoding rather than Unicode (one
   line, for a pack checker's report), or NULL when it does not. The kiosk draws Unicode
   Burmese only; Zawgyi text shows garbled in its fonts. */
const char *text_zawgyi_reason(const char *utf8);

/* How many words a run of Thai or Burmese letters holds, by libthai's or ICU's
   dictionary (neither script puts spaces between words); 1 when there is no
   dictionary. For counting the words of a practice passphrase typed in Thai or Burmese. */
int text_unspaced_words(Text *t, const uint32_t *cps, int n);

/* Width and height of text laid out with no width limit (one line unless it holds
   '\n'); empty text measures 0 x 0. */
void text_measure(Text *t, const char *utf8, TextStyle style, int *width, int *height);

/* Glyphs drawn into memory: 32-bit ARGB pixels (white ink, alpha coverage), rows pitch
   bytes apart. text/ makes them; render/ turns them into textures. */
typedef struct TextBitmap {
  int width, height, pitch;
  uint32_t *pixels;
} TextBitmap;

void text_bitmap_free(TextBitmap *b);

/* Renders piece i as white glyphs on transparent, for the renderer to tint and cache. For a paragraph placed at (x, y), draw it unscaled with its top-left at
   (x + piece.x, y + line.y + piece.y): pieces of all faces then share the line's
   baseline, y + line.y + layout->baseline. The surface depends only on the piece's text,
   face, style.size and style.weight, so it may be cached under those. Caller frees the
   bitmap (text_bitmap_free); NULL for an empty piece. */
TextBitmap *text_render_piece(Text *t, const TextLayout *layout, int piece);

/* Pixels from the start of piece i to byte b inside it (b at a code point boundary;
   clamped to the piece), shaped with the piece's face: where a word inside a piece
   begins and ends, for lighting the word being read aloud. */
int text_piece_x(Text *t, const TextLayout *layout, int piece, uint32_t b);

#endif
