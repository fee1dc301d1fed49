/* font.c — the font set: which file serves which script, files read once and opened
   lazily at each size, a bounded cache of open fonts, languages to faces. */
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>
#include <strings.h>

#include "core/fs.h"
#include "core/mem.h"
#include "text/internal.h"

#define TEXT_NOTO_DIR "/usr/share/fonts/truetype/noto"     /* fonts-noto-core */
#define TEXT_DEJAVU_DIR "/usr/share/fonts/truetype/dejavu" /* fonts-dejavu-core */

/* The largest Noto or DejaVu face is under 1 MB; this only stops a misconfigured
   folder from making us read something huge. */
#define TEXT_MAX_FONT_BYTES (16u << 20)

/* Size used to check at start-up that the Latin file really is a font. */
#define TEXT_PROBE_SIZE 16

typedef struct TextFaceInfo {
  const char *files[2]; /* [TEXT_REGULAR], [TEXT_BOLD] */
  int dir;              /* index into Text.dirs */
  const char *script;   /* ISO 15924 tag: HarfBuzz never guesses it inside SDL_ttf */
  const char *package;  /* for staff: what to install */
  const char *sample;   /* a few letters of the script, shaped by text_warm */
} TextFaceInfo;

static const TextFaceInfo text_faces[TEXT_FACE_COUNT] = {
    [TEXT_FACE_LATIN] = {{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}, 0, "Latn",
                         "fonts-noto-core", "Aa"},
    [TEXT_FACE_THAI] = {{"NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"}, 0, "Thai",
                        "fonts-noto-core", "ไทย"},
    [TEXT_FACE_DEVANAGARI] = {{"NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"},
                              0, "Deva", "fonts-noto-core", "नेपाली"},
    [TEXT_FACE_BENGALI] = {{"NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"}, 0, "Beng",
                           "fonts-noto-core", "বাংলা"},
    [TEXT_FACE_MYANMAR] = {{"NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"}, 0, "Mymr",
                           "fonts-noto-core", "မြန်မာ"},
    [TEXT_FACE_KHMER] = {{"NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"}, 0, "Khmr",
                         "fonts-noto-core", "ខ្មែរ"},
    /* DejaVu is the last resort for symbols; as a Latin stand-in it shapes as Latin */
    [TEXT_FACE_SYMBOLS] = {{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}, 1, "Latn",
                           "fonts-dejavu-core", "Aa"},
};

/* Lesson languages (ISO 639-1) whose script is not Latin. */
static const struct {
  const char *lang;
  int face;
} text_languages[] = {
    {"th", TEXT_FACE_THAI},       {"ne", TEXT_FACE_DEVANAGARI}, {"hi", TEXT_FACE_DEVANAGARI},
    {"mr", TEXT_FACE_DEVANAGARI}, {"my", TEXT_FACE_MYANMAR},    {"km", TEXT_FACE_KHMER},
    {"bn", TEXT_FACE_BENGALI},
};

int text_clamp_size(int size) {
  return size < TEXT_MIN_SIZE ? TEXT_MIN_SIZE : size > TEXT_MAX_SIZE ? TEXT_MAX_SIZE : size;
}

static char *text_file_path(const Text *t, int face, TextWeight weight) {
  return path_join(t->dirs[text_faces[face].dir], text_faces[face].files[weight]);
}

/* Maps a face's file on first use, read-only: FreeType touches only the glyphs a
   screen needs, straight from the page cache (reading whole fonts into memory cost
   start-up time and page faults, measured by make bench). realpath first: font
   packages on some systems are symlink farms. */
static void text_file_load(Text *t, int face, TextWeight weight) {
  TextFile *file = &t->files[face][weight];
  char *path = text_file_path(t, face, weight);
  char *real = realpath(path, NULL);
  int fd = real ? open(real, O_RDONLY | O_CLOEXEC) : -1;
  struct stat st;
  if (fd < 0) {
    file->why = xasprintf("%s: not found", path);
  } else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
             (uint64_t)st.st_size > TEXT_MAX_FONT_BYTES) {
    file->why = xasprintf("%s: not a usable font file", path);
  } else {
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) file->why = xasprintf("%s: cannot map it: %s", path, strerror(errno));
    else {
      file->data = map;
      file->len = (size_t)st.st_size;
    }
  }
  if (fd >= 0) close(fd);
  free(real);
  file->state = file->data ? TEXT_FILE_LOADED : TEXT_FILE_MISSING;
  free(path);
}

/* The file a (face, weight) is drawn from: Bold falls back to Regular. */
static TextFile *text_file(Text *t, int face, TextWeight weight) {
  TextFile *file = &t->files[face][weight];
  if (file->state == TEXT_FILE_UNTRIED) text_file_load(t, face, weight);
  if (file->state == TEXT_FILE_LOADED) return file;
  return weight == TEXT_BOLD ? text_file(t, face, TEXT_REGULAR) : NULL;
}

static void text_font_close(TextFont *f) {
  if (f->font) TTF_CloseFont(f->font);
  f->font = NULL;
}

/* The font already open for (face, weight, size), weight and size as text_font
   normalises them; NULL when none is. */
static TextFont *text_font_open(Text *t, int face, TextWeight weight, int size) {
  for (int i = 0; i < t->nfonts; i++) {
    TextFont *f = &t->fonts[i];
    if (f->face == face && f->weight == weight && f->size == size) return f;
  }
  return NULL;
}

TTF_Font *text_font(Text *t, int face, TextWeight weight, int size) {
  if (face < 0 || face >= TEXT_FACE_COUNT) return NULL;
  weight = weight == TEXT_BOLD ? TEXT_BOLD : TEXT_REGULAR;
  size = text_clamp_size(size);
  t->clock++;
  TextFont *open = text_font_open(t, face, weight, size);
  if (open) {
    open->used = t->clock;
    return open->font;
  }
  TextFile *file = text_file(t, face, weight);
  if (!file) return NULL;
  SDL_RWops *rw = SDL_RWFromConstMem(file->data, (int)file->len);
  TTF_Font *font = rw ? TTF_OpenFontRW(rw, 1, size) : NULL;
  if (!font) {
    /* keep the data: fonts opened from it at other sizes may still be reading it */
    file->state = TEXT_FILE_MISSING;
    free(file->why);
    file->why = xasprintf("%s is not a font SDL_ttf can open: %s", text_faces[face].files[weight],
                          TTF_GetError());
    log_printf(&t->log, "text: %s", file->why);
    return NULL;
  }
  /* Unhinted outlines, anti-aliased. SDL_ttf's default runs each glyph's TrueType
     bytecode (FreeType's TT_RunIns: 28 M of the 75 M instructions to the first frame,
     10-16 M of a tap that meets new glyphs); the auto-hinter's light mode costs 70 % of
     that. At 14-48 px on these screens the three look alike in Latin, Thai and
     Devanagari (make bench's screenshots, compared at 4x); unhinted stems are a shade
     softer. */
  TTF_SetFontHinting(font, TTF_HINTING_NONE);
  /* Without "Deva", SDL_ttf leaves the script unknown and Devanagari conjuncts and the
     reph fall apart (VERIFIED.md); -1 means SDL_ttf was built without HarfBuzz. */
  if (TTF_SetFontScriptName(font, text_faces[face].script) < 0 && !t->warned_shaping) {
    t->warned_shaping = true;
    log_printf(&t->log, "text: SDL_ttf cannot shape (built without HarfBuzz?): %s; "
                        "Thai, Devanagari and other scripts will look wrong",
               TTF_GetError());
  }
  TextFont *slot;
  if (t->nfonts < TEXT_MAX_FONTS) {
    slot = &t->fonts[t->nfonts++];
  } else {
    slot = &t->fonts[0];
    for (int i = 1; i < t->nfonts; i++)
      if (t->fonts[i].used < slot->used) slot = &t->fonts[i];
    text_font_close(slot);
  }
  *slot = (TextFont){.font = font, .face = face, .size = size, .weight = weight, .used = t->clock};
  return font;
}

Text *text_new(const char *font_dir, const Log *log, Error *err) {
  Text *t = xcalloc(1, sizeof *t);
  if (log) t->log = *log;
  t->dirs[0] = xstrdup(font_dir ? font_dir : TEXT_NOTO_DIR);
  t->dirs[1] = xstrdup(font_dir ? font_dir : TEXT_DEJAVU_DIR);
  if (!TTF_WasInit()) {
    if (TTF_Init() < 0) {
      error_set(err, "cannot start SDL_ttf: %s", TTF_GetError());
      text_free(t);
      return NULL;
    }
    t->owns_ttf_init = true;
  }
  /* Noto Sans is the Latin face; DejaVu Sans stands in when only it is installed */
  static const int candidates[] = {TEXT_FACE_LATIN, TEXT_FACE_SYMBOLS};
  for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
    if (text_font(t, candidates[i], TEXT_REGULAR, TEXT_PROBE_SIZE)) {
      t->latin = candidates[i];
      return t;
    }
  }
  error_set(err, "no Latin font: %s; %s (install fonts-noto-core or fonts-dejavu-core)",
            t->files[TEXT_FACE_LATIN][TEXT_REGULAR].why,
            t->files[TEXT_FACE_SYMBOLS][TEXT_REGULAR].why);
  text_free(t);
  return NULL;
}

void text_free(Text *t) {
  if (!t) return;
  for (int i = 0; i < t->nfonts; i++) text_font_close(&t->fonts[i]);
  for (int face = 0; face < TEXT_FACE_COUNT; face++)
    for (int w = 0; w < 2; w++) {
      if (t->files[face][w].data) munmap(t->files[face][w].data, t->files[face][w].len);
      free(t->files[face][w].why);
    }
  if (t->thai) th_brk_delete(t->thai);
  text_icu_free(t);
  text_widths_free(t);
  free(t->dirs[0]);
  free(t->dirs[1]);
  if (t->owns_ttf_init) TTF_Quit();
  free(t);
}

/* The face a language's text is set in: its script's, else the Latin face. */
static int text_language_face(const Text *t, const char *lang) {
  int face = t->latin;
  /* "th", "th-TH" and "th_TH" all mean Thai */
  size_t n = lang ? strcspn(lang, "-_") : 0;
  for (size_t i = 0; i < sizeof text_languages / sizeof text_languages[0]; i++)
    if (n == strlen(text_languages[i].lang) && strncasecmp(lang, text_languages[i].lang, n) == 0)
      face = text_languages[i].face;
  return face;
}

bool text_language_supported(Text *t, const char *lang, Error *err) {
  int face = text_language_face(t, lang);
  if (text_font(t, face, TEXT_REGULAR, TEXT_PROBE_SIZE)) return true;
  return error_set(err, "language \"%s\" needs a font that cannot be read: %s (Debian package %s)",
                   lang ? lang : "", t->files[face][TEXT_REGULAR].why, text_faces[face].package);
}

/* A font opened at a new size has a HarfBuzz face of its own (SDL_ttf makes one per
   font): its first shaping reads the layout tables and builds a shaping plan, 0.5-1.5 M
   instructions for Noto Sans, and a screen meeting three new sizes paid that at a tap.
   Shaping the script's sample once leaves both cached in the font. */
bool text_warm(Text *t, const char *lang, TextStyle style) {
  int face = text_language_face(t, lang);
  TextWeight weight = style.weight == TEXT_BOLD ? TEXT_BOLD : TEXT_REGULAR;
  int size = text_clamp_size(style.size);
  if (text_font_open(t, face, weight, size)) return false;
  TTF_Font *font = text_font(t, face, weight, size);
  int w, h;
  if (font) TTF_SizeUTF8(font, text_faces[face].sample, &w, &h);
  return font != NULL;
}
