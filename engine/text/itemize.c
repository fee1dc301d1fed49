/* itemize.c — which face draws each code point. SDL2_ttf has no font fallback, so a
   paragraph is cut into runs per face here and each run is shaped on its own. */
#include "core/utf8.h"
#include "text/internal.h"

/* The face of a script's own block, or -1 for everything else. The dandas (U+0964,
   U+0965) sit in the Devanagari block but Bengali uses them too: they are common. */
static int text_script_face(uint32_t cp) {
  if (cp >= 0x0E00 && cp <= 0x0E7F) return TEXT_FACE_THAI;
  if (cp == 0x0964 || cp == 0x0965) return -1;
  if ((cp >= 0x0900 && cp <= 0x097F) || (cp >= 0xA8E0 && cp <= 0xA8FF))
    return TEXT_FACE_DEVANAGARI;
  if (cp >= 0x0980 && cp <= 0x09FF) return TEXT_FACE_BENGALI;
  if ((cp >= 0x1000 && cp <= 0x109F) || (cp >= 0xA9E0 && cp <= 0xA9FF) ||
      (cp >= 0xAA60 && cp <= 0xAA7F))
    return TEXT_FACE_MYANMAR;
  if ((cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x19E0 && cp <= 0x19FF)) return TEXT_FACE_KHMER;
  return -1;
}

bool text_is_common(uint32_t cp) {
  if (cp < 0x80) return !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || cp == 0x0964 ||
         cp == 0x0965 || (cp >= 0x2000 && cp <= 0x2BFF) || /* punctuation .. arrows */
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE1F) ||
         (cp >= 0xFE30 && cp <= 0xFE6F) || cp == 0xFFFC || cp == 0xFFFD ||
         (cp >= 0x1F000 && cp <= 0x1FAFF); /* emoji and pictographs */
}

/* Invisible format characters: HarfBuzz hides them, so they never need a face of their
   own and must not split a run (a ZWSP between two Thai words). */
static bool text_is_invisible(uint32_t cp) {
  return cp == '\n' || cp == 0x00AD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
}

typedef struct TextFonts { /* the fonts one call uses, looked up once each */
  Text *t;
  TextWeight weight;
  int size;
  TTF_Font *font[TEXT_FACE_COUNT];
  bool looked[TEXT_FACE_COUNT];
} TextFonts;

static TTF_Font *text_fonts_get(TextFonts *fs, int face) {
  if (!fs->looked[face]) {
    fs->font[face] = text_font(fs->t, face, fs->weight, fs->size);
    fs->looked[face] = true;
  }
  return fs->font[face];
}

static bool text_has_glyph(TextFonts *fs, int face, uint32_t cp) {
  TTF_Font *font = text_fonts_get(fs, face);
  return font && TTF_GlyphIsProvided32(font, cp);
}

/* A common character neither its neighbour's face nor Latin nor Symbols has: a danda
   after "OTP" or "999" belongs to the paragraph's script. Try the script seen last, then
   every script face (loaded only in this rare case). -1 if none has it. */
static int text_any_script_face(TextFonts *fs, int script, uint32_t cp) {
  if (script >= 0 && text_has_glyph(fs, script, cp)) return script;
  for (int face = 0; face < TEXT_FACE_COUNT; face++)
    if (face != fs->t->latin && face != TEXT_FACE_SYMBOLS && face != script &&
        text_has_glyph(fs, face, cp))
      return face;
  return -1;
}

int text_itemize(Text *t, const uint32_t *cps, int n, TextWeight weight, int size,
                 uint8_t *faces) {
  TextFonts fs = {.t = t, .weight = weight, .size = size};
  int missing = 0, script = -1; /* the last script face seen in this paragraph */
  for (int i = 0; i < n; i++) {
    uint32_t cp = cps[i];
    int prev = i > 0 ? faces[i - 1] : -1;
    /* marks, joiners and conjunct consonants belong to their base's face: shaping a
       cluster across two fonts would put the marks on dotted circles */
    if (prev >= 0 && (text_is_invisible(cp) ||
                      !utf8_cluster_break(i > 1 ? cps[i - 2] : 0, cps[i - 1], cp))) {
      faces[i] = (uint8_t)prev;
      continue;
    }
    int face = text_script_face(cp);
    /* a dotted circle carrying a mark (a keyboard key's "◌้") is drawn by the mark's
       script face, which has one, so the two shape as one cluster */
    if (cp == 0x25CC && i + 1 < n && utf8_is_mark(cps[i + 1])) face = text_script_face(cps[i + 1]);
    if (face >= 0 && text_fonts_get(&fs, face) && (cp != 0x25CC || text_has_glyph(&fs, face, cp))) {
      faces[i] = (uint8_t)face;
      script = face;
      continue;
    }
    /* a script face may lack what its text uses: Noto Sans Thai has no ASCII digits or
       letters and little ASCII punctuation */
    if (prev >= 0 && text_is_common(cp) && text_has_glyph(&fs, prev, cp))
      faces[i] = (uint8_t)prev;
    else if (text_is_invisible(cp) || text_has_glyph(&fs, t->latin, cp))
      faces[i] = (uint8_t)t->latin;
    else if (text_has_glyph(&fs, TEXT_FACE_SYMBOLS, cp))
      faces[i] = TEXT_FACE_SYMBOLS;
    else if ((face = text_any_script_face(&fs, script, cp)) >= 0)
      faces[i] = (uint8_t)face;
    else {
      faces[i] = (uint8_t)t->latin; /* nobody has it: Noto Sans draws its missing-glyph box */
      missing++;
    }
  }
  return missing;
}
