/* kiosk_words.c — the engine's words from a string table. */
#include "play/kiosk_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"

bool kiosk_words_load(KioskWords *w, const char *assets_dir, const char *lang, const char *country,
                      Error *err) {
  memset(w, 0, sizeof *w);
  w->ui = *ui_default_words();
  char *dir = path_join(assets_dir, "strings");
  w->table = strings_load_locale(dir, lang, country, err);
  free(dir);
  int n;
  const UiWordKey *keys = ui_word_keys(&n);
  for (int i = 0; i < n; i++) {
    char key[80];
    snprintf(key, sizeof key, "ui.%s", keys[i].key);
    const char *text = strings_get(w->table, key);
    size_t len = strlen(key);
    if (!text && len > 4 && strcmp(key + len - 4, "_one") == 0) {
      /* a language without a singular form (Malay, Thai) has no "_one" word: its
         plain word serves for 1 too, unless that word is itself English */
      key[len - 4] = '\0';
      if (strings_get(w->table, key)) memset((char *)&w->ui + keys[i].offset, 0, sizeof text);
      continue;
    }
    if (text) {
      memcpy((char *)&w->ui + keys[i].offset, &text, sizeof text);
    } else if (w->missing++ == 0) {
      snprintf(w->first_missing, sizeof w->first_missing, "%s", key);
    }
  }
  return w->table != NULL;
}

void kiosk_words_free(KioskWords *w) {
  strings_free(w->table);
  w->table = NULL;
}
