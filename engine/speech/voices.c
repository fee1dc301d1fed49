/* voices.c — which languages espeak-ng can read, asked of its data folder without
   loading the library: the kiosk hides the speaker in a language it cannot read,
   before a learner taps it (loading espeak-ng to ask would cost every start). Also
   the voices that are installed but unusable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "speech/speech.h"

/* Where espeak_ng_InitializePath(NULL) looks: $ESPEAK_DATA_PATH/espeak-ng-data, else
   the folder Debian's build names (multiarch: amd64, arm64, armhf), else the upstream
   default. */
static const char *const speech_data_dirs[] = {
    "/usr/lib/x86_64-linux-gnu/espeak-ng-data", "/usr/lib/aarch64-linux-gnu/espeak-ng-data",
    "/usr/lib/arm-linux-gnueabihf/espeak-ng-data", "/usr/share/espeak-ng-data"};

/* Burmese was here until prepare.c kept its clauses short enough for espeak-ng 1.51 (see
   PREPARE_MY_CLAUSE_BYTES): a voice that aborts on some texts is fixed in the text. */
const char *speech_voice_problem(const char *lang) {
  size_t n = lang ? strcspn(lang, "-_") : 0;
  if (n == 0 || n >= 8) return "no language";
  if (!speech_has_language(lang)) return "espeak-ng has no voice for it (Debian package espeak-ng-data)";
  return NULL;
}

bool speech_has_language(const char *lang) {
  char code[8] = "";
  size_t n = lang ? strcspn(lang, "-_") : 0;
  if (n == 0 || n >= sizeof code) return false;
  for (size_t i = 0; i < n; i++) {
    char c = lang[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false; /* a name, not a path */
    code[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  char path[512];
  const char *env = getenv("ESPEAK_DATA_PATH");
  if (env && *env) { /* espeak-ng uses it when the folder is there, as here */
    snprintf(path, sizeof path, "%s/espeak-ng-data", env);
    if (fs_is_dir(path)) {
      snprintf(path, sizeof path, "%s/espeak-ng-data/%s_dict", env, code);
      return fs_is_file(path);
    }
  }
  for (size_t i = 0; i < sizeof speech_data_dirs / sizeof *speech_data_dirs; i++) {
    if (!fs_is_dir(speech_data_dirs[i])) continue;
    /* each language's voice needs its pronunciation dictionary, <code>_dict */
    snprintf(path, sizeof path, "%s/%s_dict", speech_data_dirs[i], code);
    return fs_is_file(path);
  }
  return false;
}
