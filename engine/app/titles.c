/* titles.c — the lesson titles the menu and the dashboard show, in each offered
   language: all the kiosk itself needs of the packs' strings. A pack's strings file
   holds every text of every lesson (77-160 KB of Lua, 14-27 M instructions to read), so
   each language's is read once, while the kiosk idles after its first frame or when
   first needed, and only the titles are kept. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/internal.h"
#include "core/fs.h"
#include "core/mem.h"

/* The slot of a language code: its place among the offered languages, or the spare
   slot for English, the fallback of every language, when it is not offered. */
static int slot_of(const App *app, const char *lang) {
  for (int i = 0; i < app->nlangs; i++)
    if (strcmp(app->langs[i], lang) == 0) return i;
  return CONFIG_MAX_LANGUAGES;
}

static int lessons_of(const LibraryPack *p) { return p->info ? p->info->nlessons : 0; }

static void load(App *app, int slot, const char *lang) {
  AppTitles *t = &app->titles[slot];
  int n = 0;
  for (int i = 0; i < app->library->npacks; i++) n += lessons_of(&app->library->packs[i]);
  t->title = xcalloc((size_t)n + 1, sizeof *t->title);
  t->count = n;
  t->loaded = true;
  for (int i = 0, at = 0; i < app->library->npacks; i++) {
    const LibraryPack *p = &app->library->packs[i];
    if (!p->info) continue;
    char *dir = path_join(p->dir, "strings");
    /* lang-CC over lang (the kiosk's country); a missing language: English shows */
    StringTable *table = strings_load_locale(dir, lang, app->config.country, NULL);
    free(dir);
    for (int k = 0; k < p->info->nlessons; k++, at++) {
      char key[160];
      snprintf(key, sizeof key, "%s.title", p->info->lessons[k].id);
      const char *s = strings_get(table, key);
      t->title[at] = s ? xstrdup(s) : NULL;
    }
    strings_free(table);
  }
}

static const char *title_in(App *app, int slot, const char *lang, int pack, int lesson) {
  if (!app->titles[slot].loaded) load(app, slot, lang);
  int at = lesson;
  for (int i = 0; i < pack; i++) at += lessons_of(&app->library->packs[i]);
  return app->titles[slot].title[at];
}

const char *app_lesson_title(App *app, int pack, int lesson) {
  if (!app->library || pack < 0 || pack >= app->library->npacks || lesson < 0 ||
      lesson >= lessons_of(&app->library->packs[pack]))
    return NULL;
  const char *s = title_in(app, app->lang, app->langs[app->lang], pack, lesson);
  return s ? s : title_in(app, slot_of(app, "en"), "en", pack, lesson);
}

bool app_titles_load_next(App *app, bool current_only) {
  if (!app->library) return false;
  if (!app->titles[app->lang].loaded) {
    load(app, app->lang, app->langs[app->lang]);
    return true;
  }
  for (int i = 0; i < app->nlangs && !current_only; i++) {
    if (app->titles[i].loaded) continue;
    load(app, i, app->langs[i]);
    return true;
  }
  int en = slot_of(app, "en");
  if (current_only || app->titles[en].loaded) return false;
  load(app, en, "en");
  return true;
}

void app_titles_forget(App *app) {
  for (int s = 0; s <= CONFIG_MAX_LANGUAGES; s++) {
    AppTitles *t = &app->titles[s];
    for (int k = 0; k < t->count; k++) free(t->title[k]);
    free(t->title);
    memset(t, 0, sizeof *t);
  }
}
