/* narration.c — a pack's recorded narration, found from the text on screen: each
   audio/<lang>/<key>.ogg (or .wav) is matched to the text of <key> in strings/<lang>.lua.
   A text with {variables} (help-line numbers) is left to the voice: a recording cannot
   know the numbers of the kiosk it plays on. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "lesson/lesson.h"
#include "speech/internal.h"

#define NARRATION_MAX_FILES 20000 /* one per string at most (STRINGS_MAX_ENTRIES) */

typedef struct NarrationEntry {
  char *pattern; /* the text as shown */
  char *path;
} NarrationEntry;

struct SpeechNarration {
  NarrationEntry *entries;
  int n;
};

/* "key.ogg" or "key.wav": the key, else NULL. Caller frees. */
static char *key_of(const char *name) {
  size_t n = strlen(name);
  if (n < 5 || name[0] == '.') return NULL;
  if (strcmp(name + n - 4, ".ogg") != 0 && strcmp(name + n - 4, ".wav") != 0) return NULL;
  return xstrndup(name, n - 4);
}

SpeechNarration *speech_narration_open(const char *dir, const char *lang, Error *err) {
  if (err) err->msg[0] = '\0';
  char *audio = path_join(dir, "audio");
  char *folder = path_join(audio, lang);
  free(audio);
  DIR *d = fs_is_dir(folder) ? opendir(folder) : NULL;
  if (!d) {
    free(folder);
    return NULL;
  }
  char *strings_dir = path_join(dir, "strings");
  StringTable *t = strings_load(strings_dir, lang, err);
  free(strings_dir);
  if (!t) {
    closedir(d);
    free(folder);
    return NULL;
  }
  SpeechNarration *n = xcalloc(1, sizeof *n);
  int cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n->n < NARRATION_MAX_FILES) {
    char *key = key_of(e->d_name);
    const char *text = key ? strings_get(t, key) : NULL;
    char *pattern = text ? markup_plain(text, NULL) : NULL;
    if (pattern && strchr(pattern, MARKUP_WILDCARD)) { /* the kiosk fills in its own numbers */
      free(pattern);
      pattern = NULL;
    }
    if (pattern) {
      if (n->n == cap) {
        cap = cap ? cap * 2 : 64;
        n->entries = xrealloc(n->entries, sizeof(NarrationEntry) * (size_t)cap);
      }
      n->entries[n->n++] = (NarrationEntry){pattern, path_join(folder, e->d_name)};
    }
    free(key);
  }
  closedir(d);
  strings_free(t);
  free(folder);
  return n;
}

const char *speech_narration_find(const SpeechNarration *n, const char *text) {
  if (!n || !text) return NULL;
  for (int i = 0; i < n->n; i++)
    if (markup_matches(n->entries[i].pattern, text)) return n->entries[i].path;
  return NULL;
}

void speech_narration_free(SpeechNarration *n) {
  if (!n) return;
  for (int i = 0; i < n->n; i++) {
    free(n->entries[i].pattern);
    free(n->entries[i].path);
  }
  free(n->entries);
  free(n);
}
