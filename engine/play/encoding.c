/* encoding.c — the pack checker's check of its texts' encoding: Burmese must be in
   Unicode, not Zawgyi (text_zawgyi_reason), or the kiosk draws it garbled. Every
   strings file of the pack is read, regional files (ne-MY.lua) too. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "lesson/lesson.h"
#include "play/internal.h"
#include "text/text.h"

#define ENCODING_MAX_FILES 256 /* far above a pack's languages and regions */

int play_check_encoding(const char *pack_dir, const Log *log) {
  char *dir = path_join(pack_dir, "strings");
  DIR *d = opendir(dir);
  int problems = 0, files = 0;
  for (struct dirent *e; d && (e = readdir(d)) && files < ENCODING_MAX_FILES;) {
    size_t n = strlen(e->d_name);
    if (e->d_name[0] == '.' || n <= 4 || strcmp(e->d_name + n - 4, ".lua") != 0) continue;
    files++;
    char lang[64];
    snprintf(lang, sizeof lang, "%.*s", (int)(n - 4), e->d_name);
    StringTable *t = strings_load(dir, lang, NULL); /* a broken file is the explorer's to report */
    for (int i = 0; t && i < strings_count(t); i++) {
      const char *why = text_zawgyi_reason(strings_get(t, strings_key(t, i)));
      if (!why) continue;
      problems++;
      log_printf(log, "pack %s: strings/%s, %s: looks like Zawgyi, not Unicode: %s. The kiosk "
                      "shows Unicode Burmese only: convert the text (e.g. with Rabbit or "
                      "myanmar-tools)", pack_dir, e->d_name, strings_key(t, i), why);
    }
    strings_free(t);
  }
  if (d) closedir(d);
  free(dir);
  return problems;
}
