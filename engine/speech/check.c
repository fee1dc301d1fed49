/* check.c — the pack checker's part for speech: every recording is one the kiosk can
   play and belongs to a text, and espeak-ng can read every text of every language. */
#include <dirent.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "lesson/lesson.h"
#include "speech/internal.h"

#define CHECK_MAX_FILES 20000 /* recordings looked at in one language folder */
#define CHECK_SILENCE_RMS 100.0 /* of 32767: below this a "reading" is silence */

static void add_line(char ***lines, int *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void add_line(char ***lines, int *n, const char *fmt, ...) {
  char line[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  *lines = xrealloc(*lines, sizeof(char *) * (size_t)(*n + 1));
  (*lines)[(*n)++] = xstrdup(line);
}

static bool declared(const PackInfo *info, const char *lang) {
  for (int i = 0; i < info->nlanguages; i++)
    if (strcmp(info->languages[i], lang) == 0) return true;
  return false;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in a folder, sorted (so reports read the same on every machine). */
static int list_folder(const char *dir, char ***names) {
  *names = NULL;
  DIR *d = opendir(dir);
  if (!d) return 0;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < CHECK_MAX_FILES) {
    if (e->d_name[0] == '.') continue;
    *names = xrealloc(*names, sizeof(char *) * (size_t)(n + 1));
    (*names)[n++] = xstrdup(e->d_name);
  }
  closedir(d);
  if (n) qsort(*names, (size_t)n, sizeof(char *), compare_names);
  return n;
}

static void free_names(char **names, int n) {
  for (int i = 0; i < n; i++) free(names[i]);
  free(names);
}

/* The recordings of one language; returns how many texts have a good one. */
static int check_recordings(const char *dir, const char *lang, const StringTable *t, SpeechCheck *out) {
  char *audio = path_join(dir, "audio"), *folder = path_join(audio, lang);
  free(audio);
  char **names;
  int n = list_folder(folder, &names), good = 0;
  for (int i = 0; i < n; i++) {
    size_t len = strlen(names[i]);
    bool ogg = len > 4 && strcmp(names[i] + len - 4, ".ogg") == 0;
    bool wav = len > 4 && strcmp(names[i] + len - 4, ".wav") == 0;
    if (!ogg && !wav) {
      add_line(&out->problems, &out->nproblems, "audio/%s/%s: a recording must be .ogg or .wav", lang, names[i]);
      continue;
    }
    char *key = xstrndup(names[i], len - 4);
    char *path = path_join(folder, names[i]);
    Error err;
    SpeechRecordingInfo info;
    const char *text = t ? strings_get(t, key) : NULL;
    char *pattern = text ? markup_plain(text, NULL) : NULL;
    if (!text)
      add_line(&out->problems, &out->nproblems, "audio/%s/%s: strings/%s.lua has no text '%s'", lang,
               names[i], lang, key);
    else if (strchr(pattern, MARKUP_WILDCARD))
      add_line(&out->problems, &out->nproblems,
               "audio/%s/%s: the text has {variables} the kiosk fills in (help-line numbers): "
               "leave it to the voice", lang, names[i]);
    else if (!speech_recording_check(path, &info, &err)) {
      size_t skip = strncmp(err.msg, path, strlen(path)) == 0 ? strlen(path) + 2 : 0; /* "PATH: " */
      add_line(&out->problems, &out->nproblems, "audio/%s/%s: %s", lang, names[i],
               err.msg + (skip <= strlen(err.msg) ? skip : 0));
    }
    else
      good++;
    free(pattern);
    free(path);
    free(key);
  }
  free_names(names, n);
  free(folder);
  return good;
}

static double rms(const SpeechAudio *a) {
  double sum = 0;
  size_t n = a->frames * (size_t)(a->channels ? a->channels : 1);
  for (size_t i = 0; i < n; i++) sum += (double)a->pcm[i] * a->pcm[i];
  return n ? sqrt(sum / (double)n) : 0;
}

static bool has_words(const char *text) {
  for (const unsigned char *p = (const unsigned char *)text; *p; p++)
    if (*p >= 0x80 || (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')) return true;
  return false;
}

/* espeak-ng reads every text of t once, in LANG's voice; FILE names t's strings file in
   reports ("ne" for strings/ne.lua, "ne-MY" for the country file strings/ne-MY.lua). */
static void check_synthesis(Speech *s, const char *file, const char *lang, const StringTable *t,
                            SpeechCheck *out) {
  for (int i = 0; i < strings_count(t); i++) {
    const char *key = strings_key(t, i);
    char *text = markup_plain(strings_get(t, key), "");
    if (has_words(text)) {
      SpeechItem item = {text, lang, NULL};
      SpeechAudio a;
      Error err;
      if (!speech_render(s, &item, 1, &a, &err))
        add_line(&out->problems, &out->nproblems, "strings/%s.lua: %s: %s", file, key, err.msg);
      else if (a.frames == 0 || rms(&a) < CHECK_SILENCE_RMS)
        add_line(&out->problems, &out->nproblems, "strings/%s.lua: %s: espeak-ng read it as silence", file, key);
      speech_audio_free(&a);
    }
    free(text);
  }
}

bool speech_check_pack(Speech *s, const char *dir, SpeechCheck *out, Error *err) {
  memset(out, 0, sizeof *out);
  PackInfo *info = pack_info_load(dir, err);
  if (!info) return false;
  char *strings_dir = path_join(dir, "strings");
  for (int l = 0; l < info->nlanguages; l++) {
    const char *lang = info->languages[l];
    Error serr;
    StringTable *t = strings_load(strings_dir, lang, &serr);
    if (!t) add_line(&out->problems, &out->nproblems, "%s", serr.msg);
    int recorded = check_recordings(dir, lang, t, out);
    /* an installed voice known to fail: the kiosk hides the speaker in that language,
       so there is nothing to check but recordings (a missing voice is a problem below) */
    const char *no_voice = speech_has_language(lang) ? speech_voice_problem(lang) : NULL;
    if (t && no_voice)
      add_line(&out->notes, &out->nnotes, "%s: %d of %d texts recorded; not read aloud: %s", lang,
               recorded, strings_count(t), no_voice);
    else if (t) {
      add_line(&out->notes, &out->nnotes, "%s: %d of %d texts recorded", lang, recorded, strings_count(t));
      check_synthesis(s, lang, lang, t, out);
    }
    strings_free(t);
  }
  /* the country files (strings/ne-MY.lua): each of their own texts, read by the same path
     in their language's voice (the rest of what a learner there hears is the base file's,
     read above); a language whose voice is known to fail is noted above already */
  char locales[PACK_MAX_LANGUAGES * 4][PACK_LOCALE_MAX];
  int nlocales = pack_info_locales(info, locales, PACK_MAX_LANGUAGES * 4);
  for (int l = info->nlanguages; l < nlocales; l++) {
    char lang[PACK_LOCALE_MAX];
    snprintf(lang, sizeof lang, "%.*s", (int)strcspn(locales[l], "-"), locales[l]);
    Error serr;
    StringTable *t = strings_load(strings_dir, locales[l], &serr);
    if (!t) add_line(&out->problems, &out->nproblems, "%s", serr.msg);
    else if (!(speech_has_language(lang) && speech_voice_problem(lang))) check_synthesis(s, locales[l], lang, t, out);
    strings_free(t);
  }
  free(strings_dir);
  /* recordings in a language the pack does not declare would never be played */
  char *audio = path_join(dir, "audio");
  char **names;
  int n = list_folder(audio, &names);
  for (int i = 0; i < n; i++)
    if (!declared(info, names[i]))
      add_line(&out->problems, &out->nproblems, "audio/%s: the pack has no language '%s'", names[i], names[i]);
  free_names(names, n);
  free(audio);
  pack_info_free(info);
  return true;
}

void speech_check_free(SpeechCheck *c) {
  for (int i = 0; i < c->nproblems; i++) free(c->problems[i]);
  for (int i = 0; i < c->nnotes; i++) free(c->notes[i]);
  free(c->problems);
  free(c->notes);
  memset(c, 0, sizeof *c);
}
