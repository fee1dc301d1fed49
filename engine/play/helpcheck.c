/* helpcheck.c — (play/) the pack checker's test of a pack's help references against the
   help catalogue. Every topic a lesson's result names, and every {help.X} in its texts,
   must give a line in every country the catalogue covers, for a learner of every
   language of the pack: a lesson that names help the catalogue cannot give would show a
   learner nothing, or a raw {help.X}, at the moment help is offered. The kiosk's own
   configuration comes from the same catalogue (config_set_country), so what passes here
   is what a kiosk of that country shows. */
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "play/internal.h"

static bool has_var(const LessonVar *vars, int n, const char *name, size_t len) {
  for (int i = 0; i < n; i++)
    if (strlen(vars[i].name) == len && memcmp(vars[i].name, name, len) == 0) return true;
  return false;
}

/* The {help.X} of lesson id's texts in t that vars cannot fill, each logged. */
static int check_vars(const StringTable *t, const char *lesson, const char *lang, const char *country,
                      const LessonVar *vars, int nvars, const Log *log) {
  int problems = 0;
  size_t idlen = strlen(lesson);
  for (int k = 0; k < strings_count(t); k++) {
    const char *key = strings_key(t, k);
    if (strncmp(key, lesson, idlen) != 0 || key[idlen] != '.') continue;
    for (const char *at = strings_get(t, key); *at; at++) {
      if (at[0] == '{' && at[1] == '{') { /* a literal brace, as the lesson's texts read */
        at++;
        continue;
      }
      if (at[0] != '{' || strncmp(at + 1, "help.", 5) != 0) continue;
      const char *name = at + 1;
      size_t len = strcspn(name, "}{|");
      if (name[len] != '}' || has_var(vars, nvars, name, len)) continue;
      log_printf(log, "lesson %s [%s]: %s: {%.*s} names a help line the catalogue has none of in %s",
                 lesson, lang, key, (int)len, name, country);
      problems++;
    }
  }
  return problems;
}

/* A learner of lang is abroad here, and the catalogue has no embassy of home here. */
static bool embassy_missing(const Config *c, const char *lang) {
  const Helpline *embassy[1];
  const char *home = config_home_country(c, lang);
  return home && strcmp(home, c->country) != 0 && config_embassies(c, lang, embassy, 1) == 0;
}

/* The topic's lines in c for a learner of lang. */
static int check_topic(const Config *c, const char *lesson, const char *topic, const char *lang,
                       const Log *log) {
  const Helpline *offered[CONFIG_MAX_OFFERED];
  if (config_help_offered(c, topic, lang, offered, CONFIG_MAX_OFFERED) == 0) {
    log_printf(log, "lesson %s: its result offers \"%s\" help, but the catalogue has no line for it "
               "(nor an emergency line) in %s", lesson, topic, c->country);
    return 1;
  }
  if (strcmp(topic, "embassy") != 0 || !embassy_missing(c, lang)) return 0;
  log_printf(log, "lesson %s [%s]: its result offers the embassy, but the catalogue has no embassy "
             "of %s in %s", lesson, lang, config_home_country(c, lang), c->country);
  return 1;
}

int play_check_help(const PackInfo *info, const char *pack_dir, const char *assets,
                    const PlayHelpRefs *refs, const Log *log, int *embassy_gaps) {
  Error err;
  int problems = 0;
  *embassy_gaps = 0;
  char countries[CONFIG_MAX_COUNTRIES][4];
  int ncountries = config_catalogue_countries(assets, countries, CONFIG_MAX_COUNTRIES, &err);
  if (ncountries <= 0) {
    log_printf(log, "help catalogue: %s", ncountries < 0 ? err.msg : "it covers no country");
    return 1;
  }
  for (int l = 0; l < info->nlessons; l++)
    for (int i = 0; i < refs[l].ntopics; i++)
      if (!config_topic_known(refs[l].topics[i])) {
        log_printf(log, "lesson %s: its result offers \"%s\" help, which is no topic of the catalogue",
                   info->lessons[l].id, refs[l].topics[i]);
        problems++;
      }
  char *dir = path_join(pack_dir, "strings");
  StringTable **base = xcalloc((size_t)info->nlanguages, sizeof *base); /* LANG.lua, read once */
  Config *c = xmalloc(sizeof *c);
  for (int k = 0; k < ncountries; k++) {
    config_defaults(c, assets);
    if (!config_set_country(c, countries[k], assets, &err)) {
      log_printf(log, "help catalogue: %s", err.msg);
      problems++;
      continue;
    }
    LessonVar vars[PLAY_MAX_LESSON_VARS];
    int nvars = play_lesson_vars(c, vars, PLAY_MAX_LESSON_VARS);
    for (int g = 0; g < info->nlanguages; g++) {
      const char *lang = info->languages[g];
      char regional[32], file[48];
      StringTable *own = NULL; /* LANG-CC.lua over LANG.lua, where the pack has one */
      if (strings_locale_name(lang, countries[k], regional, sizeof regional) &&
          strcmp(regional, lang) != 0) {
        snprintf(file, sizeof file, "%s.lua", regional);
        char *path = path_join(dir, file);
        if (fs_is_file(path)) own = strings_load_locale(dir, lang, countries[k], NULL);
        free(path);
      }
      if (!own && !base[g]) base[g] = strings_load(dir, lang, NULL);
      const StringTable *t = own ? own : base[g];
      bool offers_embassy = false;
      for (int l = 0; l < info->nlessons; l++) {
        const char *id = info->lessons[l].id;
        for (int i = 0; i < refs[l].ntopics; i++) {
          const char *topic = refs[l].topics[i];
          if (!config_topic_known(topic)) continue;
          problems += check_topic(c, id, topic, lang, log);
          offers_embassy |= strcmp(topic, "trafficking") == 0;
        }
        if (t) problems += check_vars(t, id, lang, countries[k], vars, nvars, log);
      }
      /* trafficking help offers the embassy beside the hotline; where the catalogue
         has none, Get help asks the learner to ask staff (counted, not a failure) */
      if (offers_embassy && embassy_missing(c, lang)) (*embassy_gaps)++;
      strings_free(own);
    }
  }
  for (int g = 0; g < info->nlanguages; g++) strings_free(base[g]);
  free(base);
  free(c);
  free(dir);
  return problems;
}
