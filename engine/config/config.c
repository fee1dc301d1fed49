/* config.c — the settings file DATA/kiosk.lua: safe defaults, reading with a check of
   every value, and the help-line catalogue. A settings file is edited by hand on site,
   so nothing in it may stop the kiosk: a bad value costs one warning and its default.
   Writing the file is in config_save.c, the staff PIN in pin.c. */
#include "config/config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "config/internal.h"
#include "core/fs.h"
#include "core/mem.h"
#include "lesson/lesson.h"

#define CATALOGUE_FILE "helplines.lua"
#define CONFIG_FILE_MAX (64 * 1024)     /* a filled-in kiosk.lua is about 5 KiB */
#define CATALOGUE_FILE_MAX (256 * 1024) /* room for every country of the region */
#define FOUND_MAX 40 /* bytes of a bad value quoted back: enough to recognise it */
#define KIOSK_ID_RANDOM_BYTES 6 /* 48 bits: no two kiosks of a project will collide */

const char *const config_topic_names[CONFIG_NTOPIC_NAMES] = {"trafficking", "scam",      "child",
                                                             "cyber",       "women",     "emergency",
                                                             "embassy",     "removal"};
const char *const config_topics[CONFIG_NTOPICS] = {"trafficking", "scam",      "child",
                                                   "cyber",       "women",     "emergency",
                                                   "embassy",     "removal"};

static const char *const default_languages[] = {"en", "ms", "th", "ne"};
#define DEFAULT_NLANGUAGES ((int)(sizeof default_languages / sizeof *default_languages))

/* ---- warnings ----------------------------------------------------------------------- */

static void warn(Config *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void warn(Config *c, const char *fmt, ...) {
  if (c->nwarnings >= CONFIG_MAX_WARNINGS) return;
  char *line = c->warnings[c->nwarnings++];
  if (c->nwarnings == CONFIG_MAX_WARNINGS) {
    /* the last slot says the list is cut, so staff do not think it complete */
    snprintf(line, sizeof c->warnings[0], CONFIG_FILE ": more problems than can be listed;"
             " fix these and restart to see the rest");
    return;
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof c->warnings[0], fmt, ap);
  va_end(ap);
  for (char *p = line; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
}

/* Copies at most max bytes of s into out, never cutting a UTF-8 sequence; newlines
   become spaces so a warning stays one line. */
static void clip(const char *s, size_t max, char *out, size_t n) {
  size_t len = strlen(s);
  if (len > max) {
    len = max;
    while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80) len--;
  }
  if (len >= n) len = n - 1;
  memcpy(out, s, len);
  out[len] = '\0';
  for (char *p = out; *p; p++)
    if (*p == '\n') *p = ' ';
  if (len < strlen(s) && len + 4 < n) strcat(out, "...");
}

/* What a bad value was, for "(found ...)". */
static void describe(const DataValue *v, char *out, size_t n) {
  double d;
  bool b;
  switch (data_type(v)) {
  case DATA_STRING: {
    char text[FOUND_MAX + 8];
    clip(data_string(v), FOUND_MAX, text, sizeof text);
    snprintf(out, n, "\"%s\"", text);
    break;
  }
  case DATA_NUMBER:
    data_number(v, &d);
    snprintf(out, n, "%g", d);
    break;
  case DATA_BOOLEAN:
    data_boolean(v, &b);
    snprintf(out, n, "%s", b ? "true" : "false");
    break;
  case DATA_TABLE:
    snprintf(out, n, "a table { ... }");
    break;
  default:
    snprintf(out, n, "nothing");
    break;
  }
}

/* ---- value checks ------------------------------------------------------------------- */

/* One line of printable text that fits a field of size n (the NUL included). */
static bool text_fits(const char *s, size_t n, bool may_be_empty) {
  if (!s || (!may_be_empty && !*s) || strlen(s) >= n) return false;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p < 0x20 || *p == 0x7F) return false;
  return true;
}

static bool is_lower(char ch) { return ch >= 'a' && ch <= 'z'; }
static bool is_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

static bool country_valid(const char *s) {
  return s && is_upper(s[0]) && is_upper(s[1]) && s[2] == '\0';
}

/* "en", "nep", "pt-BR": 2 or 3 small letters, optionally "-" and a region. */
static bool language_valid(const char *s) {
  if (!s) return false;
  int n = 0;
  while (is_lower(s[n])) n++;
  if (n < 2 || n > 3) return false;
  if (s[n] == '\0') return true;
  return s[n] == '-' && is_upper(s[n + 1]) && is_upper(s[n + 2]) && s[n + 3] == '\0';
}

static bool kiosk_id_valid(const char *s) {
  if (!s || !*s || strlen(s) >= sizeof ((Config *)0)->kiosk_id) return false;
  for (const char *p = s; *p; p++)
    if (!is_lower(*p) && !is_digit(*p) && *p != '-') return false;
  return true;
}

static bool pin_hash_valid(const char *s) {
  if (!s) return false;
  if (!*s) return true;
  if (strncmp(s, CONFIG_HASH_PREFIX, strlen(CONFIG_HASH_PREFIX)) != 0) return false;
  if (strlen(s) >= sizeof ((Config *)0)->pin_hash) return false;
  for (const char *p = s; *p; p++)
    if (*p <= ' ' || *p > '~') return false; /* crypto_pwhash_str output is ASCII */
  return true;
}

bool config_topic_known(const char *topic) {
  for (int i = 0; topic && i < CONFIG_NTOPICS; i++)
    if (strcmp(topic, config_topics[i]) == 0) return true;
  return false;
}

/* A catalogue id: small letters, digits and "_", as in "my_nsrc". */
static bool id_valid(const char *s, size_t n) {
  if (!s || !*s || strlen(s) >= n) return false;
  for (const char *p = s; *p; p++)
    if (!is_lower(*p) && !is_digit(*p) && *p != '_') return false;
  return true;
}

/* "HH:MM" with HH 00-24 and MM 00-59; returns the characters read (5) or 0. */
static int clock_time(const char *s) {
  if (!is_digit(s[0]) || !is_digit(s[1]) || s[2] != ':' || !is_digit(s[3]) || !is_digit(s[4]))
    return 0;
  int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
  return h <= 24 && m <= 59 ? 5 : 0;
}

/* "24h", "HH:MM-HH:MM" or "mon-fri HH:MM-HH:MM": what the kiosk can say in every language. */
static bool hours_valid(const char *s) {
  if (strcmp(s, "24h") == 0) return true;
  if (strncmp(s, "mon-fri ", 8) == 0) s += 8;
  int a = clock_time(s);
  return a && s[a] == '-' && clock_time(s + a + 1) && s[a + 6] == '\0';
}

/* The value as an int when it is a whole number in [min, max]. */
static bool whole_number(const DataValue *v, int min, int max, int *out) {
  double d;
  if (!data_number(v, &d) || !(d >= min && d <= max) || d != (double)(int)d) return false;
  *out = (int)d;
  return true;
}

/* ---- help lines --------------------------------------------------------------------- */

static const char *const helpline_fields[] = {"id",     "topic",   "name",    "number",
                                              "hours",  "min_age", "max_age", "home",
                                              "source", "date",    "seen",    "show",
                                              NULL};

static bool is_one_of(const char *name, const char *const *names) {
  for (int i = 0; names[i]; i++)
    if (strcmp(name, names[i]) == 0) return true;
  return false;
}

/* Reads one text field of a help line; false with why filled when it is unusable. */
static bool helpline_text(const DataValue *t, const char *key, char *dst, size_t n,
                          const char *fallback, char *why, size_t whyn) {
  const DataValue *v = data_field(t, key);
  if (!v && fallback) {
    snprintf(dst, n, "%s", fallback);
    return true;
  }
  const char *s = data_string(v);
  if (text_fits(s, n, fallback != NULL)) {
    snprintf(dst, n, "%s", s);
    return true;
  }
  char found[FOUND_MAX + 24];
  describe(v, found, sizeof found);
  snprintf(why, whyn, "%s must be one line of text of %s%zu bytes (found %s)", key,
           fallback ? "up to " : "1 to ", n - 1, found);
  return false;
}

/* Reads a help line { topic =, name =, number =, source =, date =, show = }. source,
   date and show may be left out (staff adding a local line may not have them). */
static bool helpline_read(const DataValue *t, Helpline *h, char *why, size_t whyn) {
  char found[FOUND_MAX + 24];
  memset(h, 0, sizeof *h);
  if (data_type(t) != DATA_TABLE) {
    describe(t, found, sizeof found);
    snprintf(why, whyn, "must be { topic = ..., name = ..., number = ... } (found %s)", found);
    return false;
  }
  const DataValue *topic = data_field(t, "topic");
  if (!config_topic_known(data_string(topic))) {
    describe(topic, found, sizeof found);
    snprintf(why, whyn, "topic must be one of trafficking, scam, child, cyber, women,"
             " emergency, embassy, removal (found %s)", found);
    return false;
  }
  snprintf(h->topic, sizeof h->topic, "%s", data_string(topic));
  if (!helpline_text(t, "id", h->id, sizeof h->id, "", why, whyn) ||
      !helpline_text(t, "name", h->name, sizeof h->name, NULL, why, whyn) ||
      !helpline_text(t, "number", h->number, sizeof h->number, NULL, why, whyn) ||
      !helpline_text(t, "hours", h->hours, sizeof h->hours, "", why, whyn) ||
      !helpline_text(t, "home", h->home, sizeof h->home, "", why, whyn) ||
      !helpline_text(t, "source", h->source, sizeof h->source, "", why, whyn) ||
      !helpline_text(t, "date", h->date, sizeof h->date, "n.d.", why, whyn) ||
      !helpline_text(t, "seen", h->seen, sizeof h->seen, "", why, whyn))
    return false;
  if (*h->id && !id_valid(h->id, sizeof h->id)) {
    snprintf(why, whyn, "id must be small letters, digits and \"_\" (found \"%s\")", h->id);
    return false;
  }
  if (*h->hours && !hours_valid(h->hours)) {
    snprintf(why, whyn, "hours must be \"24h\", \"07:30-21:00\" or \"mon-fri 09:00-15:00\""
             " (found \"%s\")", h->hours);
    return false;
  }
  bool embassy = strcmp(h->topic, "embassy") == 0;
  if (embassy != (*h->home != '\0') || (*h->home && !country_valid(h->home))) {
    snprintf(why, whyn, embassy ? "an embassy needs home = the country whose embassy it is,"
                                  " such as \"NP\" (found \"%s\")"
                                : "home is only for embassies (found \"%s\")", h->home);
    return false;
  }
  static const char *const ages[] = {"min_age", "max_age"};
  int *age[] = {&h->min_age, &h->max_age};
  for (int i = 0; i < 2; i++) {
    const DataValue *v = data_field(t, ages[i]);
    if (v && !whole_number(v, 1, 99, age[i])) {
      describe(v, found, sizeof found);
      snprintf(why, whyn, "%s must be a whole number of years from 1 to 99 (found %s)", ages[i],
               found);
      return false;
    }
  }
  if (h->min_age && h->max_age && h->min_age > h->max_age) {
    snprintf(why, whyn, "min_age %d is above max_age %d", h->min_age, h->max_age);
    return false;
  }
  const DataValue *show = data_field(t, "show");
  h->show = true;
  if (show && !data_boolean(show, &h->show)) {
    describe(show, found, sizeof found);
    snprintf(why, whyn, "show must be true or false (found %s)", found);
    return false;
  }
  return true;
}

/* Appends the catalogue's list NAME to lines/n, checking every entry. */
static bool catalogue_list(const DataValue *root, const char *name, const char *path,
                           Helpline *lines, int *n, Error *err) {
  const DataValue *list = data_field(root, name);
  if (!list) return true;
  if (data_type(list) != DATA_TABLE)
    return error_set(err, "%s: %s must be a list of help lines", path, name);
  for (int i = 0; i < data_count(list); i++) {
    if (*n == CONFIG_MAX_HELPLINES)
      return error_set(err, "%s: %s has more help lines than fit (%d with " CONFIG_INTL ")", path,
                       name, CONFIG_MAX_HELPLINES);
    char why[200];
    if (!helpline_read(data_item(list, i + 1), &lines[*n], why, sizeof why))
      return error_set(err, "%s: %s[%d]: %s", path, name, i + 1, why);
    for (int k = 0; lines[*n].id[0] && k < *n; k++)
      if (strcmp(lines[k].id, lines[*n].id) == 0)
        return error_set(err, "%s: %s[%d]: id \"%s\" is used twice", path, name, i + 1,
                         lines[*n].id);
    (*n)++;
  }
  return true;
}

/* Reads the catalogue's lines for country, then the INTL lines, into lines/n (all or
   nothing), and the languages' home countries into homes (when not NULL). */
static bool catalogue_read(const char *assets_dir, const char *country, Helpline *lines,
                           int *n, Config *homes_into, Error *err) {
  char *path = path_join(assets_dir ? assets_dir : ".", CATALOGUE_FILE);
  DataValue *root = data_load(path, CATALOGUE_FILE_MAX, err);
  bool ok = false;
  if (!root) goto done;
  const DataValue *list = data_field(root, country);
  if (data_type(list) != DATA_TABLE || data_count(list) == 0) {
    error_set(err, "%s: no help lines for country \"%s\"", path, country);
    goto done;
  }
  Helpline *read = xcalloc(CONFIG_MAX_HELPLINES, sizeof(Helpline));
  int count = 0;
  ok = catalogue_list(root, country, path, read, &count, err) &&
       catalogue_list(root, CONFIG_INTL, path, read, &count, err);
  if (ok) {
    *n = count;
    memcpy(lines, read, sizeof(Helpline) * (size_t)count);
  }
  free(read);
  if (ok && homes_into) {
    const DataValue *map = data_field(root, "homes");
    homes_into->nhomes = 0;
    for (int i = 0; i < data_nfields(map) && homes_into->nhomes < CONFIG_MAX_HOMES; i++) {
      const char *lang = data_field_name(map, i), *home = data_string(data_field_value(map, i));
      if (!language_valid(lang) || !country_valid(home)) {
        ok = error_set(err, "%s: homes: \"%s\" = \"%s\" is not a language and a country", path,
                       lang, home ? home : "");
        break;
      }
      ConfigHome *h = &homes_into->homes[homes_into->nhomes++];
      snprintf(h->lang, sizeof h->lang, "%s", lang);
      snprintf(h->country, sizeof h->country, "%s", home);
    }
  }
done:
  data_free(root);
  free(path);
  return ok;
}

int config_catalogue_countries(const char *assets_dir, char (*out)[4], int max, Error *err) {
  char *path = path_join(assets_dir ? assets_dir : ".", CATALOGUE_FILE);
  DataValue *root = data_load(path, CATALOGUE_FILE_MAX, err);
  free(path);
  if (!root) return -1;
  int n = 0;
  for (int i = 0; i < data_nfields(root) && n < max; i++) {
    const char *name = data_field_name(root, i); /* "homes" and "INTL" are no country */
    if (country_valid(name) && data_type(data_field_value(root, i)) == DATA_TABLE)
      snprintf(out[n++], 4, "%s", name);
  }
  data_free(root);
  return n;
}

/* The catalogue's lines for c->country, or none and a warning. */
static void helplines_from_catalogue(Config *c, const char *assets_dir) {
  Error err;
  c->nhelplines = 0;
  if (!catalogue_read(assets_dir, c->country, c->helplines, &c->nhelplines, c, &err))
    warn(c, "no help lines will be shown: %s", err.msg);
}

/* Only the languages' home countries (kiosk.lua holds its own help lines). */
static void homes_from_catalogue(Config *c, const char *assets_dir) {
  Helpline *lines = xcalloc(CONFIG_MAX_HELPLINES, sizeof(Helpline));
  int n = 0;
  Error err;
  if (!catalogue_read(assets_dir, c->country, lines, &n, c, &err))
    warn(c, "embassies cannot be matched to languages: %s", err.msg);
  free(lines);
}

/* The helplines = { ... } of kiosk.lua: bad entries are left out one by one. */
static void helplines_read(Config *c, const DataValue *list) {
  c->nhelplines = 0;
  int count = data_count(list);
  for (int i = 0; i < count; i++) {
    const DataValue *entry = data_item(list, i + 1);
    if (c->nhelplines == CONFIG_MAX_HELPLINES) {
      warn(c, CONFIG_FILE ": helplines lists %d lines; only the first %d are used", count,
           CONFIG_MAX_HELPLINES);
      break;
    }
    char why[160];
    if (!helpline_read(entry, &c->helplines[c->nhelplines], why, sizeof why)) {
      warn(c, CONFIG_FILE ": helplines[%d]: %s; that help line is left out", i + 1, why);
      continue;
    }
    c->nhelplines++;
    for (int k = 0; k < data_nfields(entry); k++)
      if (!is_one_of(data_field_name(entry, k), helpline_fields)) {
        char name[FOUND_MAX + 8];
        clip(data_field_name(entry, k), FOUND_MAX, name, sizeof name);
        warn(c, CONFIG_FILE ": helplines[%d]: unknown field \"%s\" ignored", i + 1, name);
      }
  }
  if (data_nfields(list) > 0)
    warn(c, CONFIG_FILE ": helplines must be a plain list { { ... }, { ... } }; named"
         " entries were ignored");
}

const Helpline *config_helpline(const Config *c, const char *topic) {
  for (int i = 0; topic && i < c->nhelplines; i++)
    if (c->helplines[i].show && strcmp(c->helplines[i].topic, topic) == 0)
      return &c->helplines[i];
  return NULL;
}

const char *config_home_country(const Config *c, const char *lang) {
  char base[8];
  /* "ne-MY" is still Nepali: the region is where the kiosk is, not where one is from */
  snprintf(base, sizeof base, "%.*s", lang ? (int)strcspn(lang, "-") : 0, lang ? lang : "");
  for (int i = 0; i < c->nhomes; i++)
    if (strcmp(c->homes[i].lang, base) == 0) return c->homes[i].country;
  return NULL;
}

int config_embassies(const Config *c, const char *lang, const Helpline **out, int max) {
  const char *home = config_home_country(c, lang);
  int n = 0;
  if (!c->show_embassy || !home || strcmp(home, c->country) == 0) return 0;
  for (int i = 0; i < c->nhelplines && n < max; i++) {
    const Helpline *h = &c->helplines[i];
    if (h->show && strcmp(h->topic, "embassy") == 0 && strcmp(h->home, home) == 0) out[n++] = h;
  }
  return n;
}

static void offer(const Helpline **out, int *n, int max, const Helpline *h) {
  if (!h || *n >= max) return;
  for (int i = 0; i < *n; i++)
    if (out[i] == h || strcmp(out[i]->number, h->number) == 0) return;
  out[(*n)++] = h;
}

int config_help_offered(const Config *c, const char *topic, const char *lang,
                        const Helpline **out, int max) {
  int n = 0;
  const Helpline *first = config_helpline(c, topic);
  if (!first) first = config_helpline(c, "emergency");
  offer(out, &n, max, first);
  if (first && first->max_age && first->max_age < CONFIG_LEARNER_MAX_AGE) {
    const Helpline *older = NULL;
    for (int i = 0; i < c->nhelplines && !older; i++) {
      const Helpline *h = &c->helplines[i];
      if (h->show && strcmp(h->topic, first->topic) == 0 && h != first &&
          (!h->max_age || h->max_age > first->max_age) &&
          (!h->min_age || h->min_age <= first->max_age + 1))
        older = h;
    }
    offer(out, &n, max, older ? older : config_helpline(c, "emergency"));
  }
  if (topic && strcmp(topic, "trafficking") == 0) {
    const Helpline *embassy[1];
    if (config_embassies(c, lang, embassy, 1)) offer(out, &n, max, embassy[0]);
  }
  return n;
}

bool config_set_country(Config *c, const char *country, const char *assets_dir, Error *err) {
  if (!country_valid(country))
    return error_set(err, "country must be two capital letters such as \"MY\" (found \"%s\")",
                     country ? country : "");
  Helpline *lines = xcalloc(CONFIG_MAX_HELPLINES, sizeof(Helpline));
  int n = 0;
  bool ok = catalogue_read(assets_dir, country, lines, &n, c, err);
  if (ok) {
    snprintf(c->country, sizeof c->country, "%s", country);
    memcpy(c->helplines, lines, sizeof(Helpline) * (size_t)n);
    c->nhelplines = n;
  }
  free(lines);
  return ok;
}

/* ---- defaults ----------------------------------------------------------------------- */

static void new_kiosk_id(char *out, size_t n) {
  unsigned char bytes[KIOSK_ID_RANDOM_BYTES];
  char hex[2 * KIOSK_ID_RANDOM_BYTES + 1];
  /* sodium_init may run any number of times. It fails only without a random source,
     and then randombytes_buf aborts: the only sane end on such a board. */
  int ready = sodium_init();
  (void)ready;
  randombytes_buf(bytes, sizeof bytes);
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  snprintf(out, n, "kiosk-%s", hex);
}

/* Everything but the help lines. */
static void defaults_without_helplines(Config *c) {
  memset(c, 0, sizeof *c);
  new_kiosk_id(c->kiosk_id, sizeof c->kiosk_id);
  snprintf(c->country, sizeof c->country, "%s", CONFIG_DEFAULT_COUNTRY);
  for (int i = 0; i < DEFAULT_NLANGUAGES; i++)
    snprintf(c->languages[i], sizeof c->languages[i], "%s", default_languages[i]);
  c->nlanguages = DEFAULT_NLANGUAGES;
  snprintf(c->default_language, sizeof c->default_language, "%s", default_languages[0]);
  c->idle_seconds = CONFIG_IDLE_DEFAULT;
  c->result_idle_seconds = CONFIG_RESULT_IDLE_DEFAULT;
  c->rotation = 0;
  c->large_text = false;
  c->tap_guard_ms = CONFIG_TAP_GUARD_DEFAULT;
  c->reduce_motion = false;
  c->stats_keep_days = CONFIG_KEEP_DAYS_DEFAULT;
  c->stats_max_mb = CONFIG_STATS_MB_DEFAULT;
  c->speech = true;
  c->read_aloud = false;
  c->sounds = true;
  c->volume = CONFIG_VOLUME_DEFAULT;
  c->show_embassy = true;
  c->pin_hash[0] = '\0';
}

void config_defaults(Config *c, const char *assets_dir) {
  defaults_without_helplines(c);
  helplines_from_catalogue(c, assets_dir);
}

/* ---- reading kiosk.lua -------------------------------------------------------------- */

static const char *const config_fields[] = {
    "kiosk_id", "country", "languages", "default_language", "idle_seconds",
    "result_idle_seconds", "rotation", "large_text", "tap_guard_ms", "reduce_motion", "pin_hash",
    "helplines", "stats_keep_days", "stats_max_mb", "speech", "read_aloud", "sounds", "volume",
    "show_embassy", NULL};

static void read_seconds(Config *c, const DataValue *root, const char *key, int *out,
                         int min) {
  const DataValue *v = data_field(root, key);
  if (!v || whole_number(v, min, CONFIG_IDLE_MAX, out)) return;
  char found[FOUND_MAX + 24];
  describe(v, found, sizeof found);
  warn(c, CONFIG_FILE ": %s must be a number from %d to %d (found %s); using %d", key, min,
       CONFIG_IDLE_MAX, found, *out);
}

static void read_kiosk_id(Config *c, const DataValue *root) {
  const DataValue *v = data_field(root, "kiosk_id");
  char found[FOUND_MAX + 24];
  if (!v) {
    /* not silent like other missing settings: a new id at every start would split
       this kiosk's exported statistics */
    warn(c, CONFIG_FILE ": kiosk_id is missing; using \"%s\" until it is written into the"
         " file", c->kiosk_id);
  } else if (kiosk_id_valid(data_string(v))) {
    snprintf(c->kiosk_id, sizeof c->kiosk_id, "%s", data_string(v));
  } else {
    describe(v, found, sizeof found);
    warn(c, CONFIG_FILE ": kiosk_id must be 1 to %zu small letters, digits or \"-\" (found"
         " %s); using \"%s\"", sizeof c->kiosk_id - 1, found, c->kiosk_id);
  }
}

static void read_country(Config *c, const DataValue *root) {
  const DataValue *v = data_field(root, "country");
  if (!v) return;
  if (country_valid(data_string(v))) {
    snprintf(c->country, sizeof c->country, "%s", data_string(v));
    return;
  }
  char found[FOUND_MAX + 24];
  describe(v, found, sizeof found);
  warn(c, CONFIG_FILE ": country must be two capital letters such as \"MY\" (found %s);"
       " using \"%s\"", found, c->country);
}

/* All or nothing: a half-read list would offer languages nobody chose. */
static void read_languages(Config *c, const DataValue *root) {
  const DataValue *v = data_field(root, "languages");
  if (!v) return;
  char why[120] = "";
  char found[FOUND_MAX + 24];
  int n = data_count(v);
  if (data_type(v) != DATA_TABLE || data_nfields(v) > 0) {
    describe(v, found, sizeof found);
    snprintf(why, sizeof why, "must be a list such as { \"en\", \"ms\" } (found %s)", found);
  } else if (n == 0) {
    snprintf(why, sizeof why, "must list at least one language");
  } else if (n > CONFIG_MAX_LANGUAGES) {
    snprintf(why, sizeof why, "lists %d languages; at most %d are allowed", n,
             CONFIG_MAX_LANGUAGES);
  }
  for (int i = 0; !*why && i < n; i++) {
    const char *code = data_string(data_item(v, i + 1));
    if (!language_valid(code)) {
      describe(data_item(v, i + 1), found, sizeof found);
      snprintf(why, sizeof why, "entry %d must be a code such as \"en\" or \"pt-BR\" (found %s)",
               i + 1, found);
    }
    for (int k = 0; !*why && k < i; k++)
      if (strcmp(code, data_string(data_item(v, k + 1))) == 0)
        snprintf(why, sizeof why, "lists \"%s\" twice", code);
  }
  if (*why) {
    warn(c, CONFIG_FILE ": languages %s; using en, ms, th, ne", why);
    return;
  }
  for (int i = 0; i < n; i++)
    snprintf(c->languages[i], sizeof c->languages[i], "%s", data_string(data_item(v, i + 1)));
  c->nlanguages = n;
}

static bool language_offered(const Config *c, const char *code) {
  for (int i = 0; code && i < c->nlanguages; i++)
    if (strcmp(c->languages[i], code) == 0) return true;
  return false;
}

static void read_default_language(Config *c, const DataValue *root) {
  const DataValue *v = data_field(root, "default_language");
  char fallback[sizeof c->default_language];
  snprintf(fallback, sizeof fallback, "%s",
           language_offered(c, c->default_language) ? c->default_language : c->languages[0]);
  if (v && language_offered(c, data_string(v))) {
    snprintf(c->default_language, sizeof c->default_language, "%s", data_string(v));
    return;
  }
  if (v) {
    char found[FOUND_MAX + 24], offered[CONFIG_MAX_LANGUAGES * 10] = "";
    describe(v, found, sizeof found);
    for (int i = 0; i < c->nlanguages; i++) {
      if (i) strcat(offered, ", ");
      strcat(offered, c->languages[i]);
    }
    warn(c, CONFIG_FILE ": default_language must be one of the languages offered (%s)"
         " (found %s); using \"%s\"", offered, found, fallback);
  }
  /* also when absent: the default "en" may not be among the languages the file offers */
  snprintf(c->default_language, sizeof c->default_language, "%s", fallback);
}

static void read_rotation(Config *c, const DataValue *root) {
  const DataValue *v = data_field(root, "rotation");
  int r;
  if (!v) return;
  if (whole_number(v, 0, 270, &r) && r % 90 == 0) {
    c->rotation = r;
    return;
  }
  char found[FOUND_MAX + 24];
  describe(v, found, sizeof found);
  warn(c, CONFIG_FILE ": rotation must be 0, 90, 180 or 270 (found %s); using %d", found,
       c->rotation);
}

static void read_boolean(Config *c, const DataValue *root, const char *key, bool *out) {
  const DataValue *v = data_field(root, key);
  if (!v || data_boolean(v, out)) return;
  char found[FOUND_MAX + 24];
  describe(v, found, sizeof found);
  warn(c, CONFIG_FILE ": %s must be true or false (found %s); using %s", key, found,
       *out ? "true" : "false");
}

static void read_number(Config *c, const DataValue *root, const char *key, int max, int *out) {
  const DataValue *v = data_field(root, key);
  if (!v || whole_number(v, 0, max, out)) return;
  char found[FOUND_MAX + 24];
  describe(v, found, sizeof found);
  warn(c, CONFIG_FILE ": %s must be a number from 0 to %d (found %s); using %d", key, max, found, *out);
}

static void read_pin_hash(Config *c, const DataValue *root) {
  const DataValue *v = data_field(root, "pin_hash");
  if (!v) return;
  if (pin_hash_valid(data_string(v))) {
    snprintf(c->pin_hash, sizeof c->pin_hash, "%s", data_string(v));
    return;
  }
  /* never quote this value: someone may have typed the PIN itself here */
  warn(c, CONFIG_FILE ": pin_hash must be \"\" or a hash made by the kiosk (starting"
       " \"" CONFIG_HASH_PREFIX "\"); it was ignored, so no staff PIN is set");
}

static void read_helplines(Config *c, const DataValue *root, const char *assets_dir) {
  const DataValue *v = data_field(root, "helplines");
  if (data_type(v) == DATA_TABLE) {
    helplines_read(c, v);
    return;
  }
  if (v) {
    char found[FOUND_MAX + 24];
    describe(v, found, sizeof found);
    warn(c, CONFIG_FILE ": helplines must be a list { { topic = ..., name = ...,"
         " number = ... }, ... } (found %s); using the catalogue's lines for %s", found,
         c->country);
  }
  helplines_from_catalogue(c, assets_dir);
}

static void read_settings(Config *c, const DataValue *root, const char *assets_dir) {
  read_kiosk_id(c, root);
  read_country(c, root);
  read_languages(c, root);
  read_default_language(c, root);
  read_seconds(c, root, "idle_seconds", &c->idle_seconds, CONFIG_IDLE_MIN);
  read_seconds(c, root, "result_idle_seconds", &c->result_idle_seconds,
               CONFIG_RESULT_IDLE_MIN);
  read_rotation(c, root);
  read_boolean(c, root, "large_text", &c->large_text);
  read_number(c, root, "tap_guard_ms", CONFIG_TAP_GUARD_MAX, &c->tap_guard_ms);
  read_boolean(c, root, "reduce_motion", &c->reduce_motion);
  read_number(c, root, "stats_keep_days", CONFIG_KEEP_DAYS_MAX, &c->stats_keep_days);
  read_number(c, root, "stats_max_mb", CONFIG_STATS_MB_MAX, &c->stats_max_mb);
  read_boolean(c, root, "speech", &c->speech);
  read_boolean(c, root, "read_aloud", &c->read_aloud);
  read_boolean(c, root, "sounds", &c->sounds);
  read_number(c, root, "volume", 100, &c->volume);
  read_boolean(c, root, "show_embassy", &c->show_embassy);
  read_pin_hash(c, root);
  read_helplines(c, root, assets_dir);
  if (!c->nhomes) homes_from_catalogue(c, assets_dir);
  for (int i = 0; i < data_nfields(root); i++)
    if (!is_one_of(data_field_name(root, i), config_fields)) {
      char name[FOUND_MAX + 8];
      clip(data_field_name(root, i), FOUND_MAX, name, sizeof name);
      warn(c, CONFIG_FILE ": unknown setting \"%s\" ignored (check its spelling)", name);
    }
  if (data_count(root) > 0)
    warn(c, CONFIG_FILE ": values without a name (name = value) were ignored");
}

/* The loader's message with the folder dropped: warnings are short, and staff know
   where the file is. */
static const char *from_file_name(const char *msg) {
  const char *at = strstr(msg, CONFIG_FILE);
  return at ? at : msg;
}

bool config_load(Config *c, const char *data_dir, const char *assets_dir, Error *err) {
  char *path = path_join(data_dir, CONFIG_FILE);
  bool ok = true;
  struct stat st;
  int found = stat(path, &st);
  if (found != 0 && errno == ENOENT) {
    /* first run: write the defaults out so staff can find and edit them */
    config_defaults(c, assets_dir);
    ok = config_save(c, data_dir, err);
  } else if (found != 0 || !S_ISREG(st.st_mode) || access(path, R_OK) != 0) {
    const char *why = found == 0 && !S_ISREG(st.st_mode) ? "not a regular file" : strerror(errno);
    ok = error_set(err, "%s: cannot be read (%s); using the default settings", path, why);
    config_defaults(c, assets_dir);
  } else {
    Error why;
    DataValue *root = data_load(path, CONFIG_FILE_MAX, &why);
    if (root) {
      defaults_without_helplines(c);
      read_settings(c, root, assets_dir);
      data_free(root);
      /* a file from before it was kept private (or copied in by hand): its PIN hash is
         for the kiosk's user only, as config_save writes it (a read-only card, which
         staff are told about, keeps it as it is) */
      if ((st.st_mode & 077) && chmod(path, 0600) != 0 && errno != EROFS)
        warn(c, CONFIG_FILE ": others can read it and it cannot be made private (%s)", strerror(errno));
    } else {
      /* a typo must not cost staff their file: leave it for them to correct */
      config_defaults(c, assets_dir);
      warn(c, CONFIG_FILE " is broken, so every setting is at its default (the file was"
           " left unchanged: correct it and restart): %s", from_file_name(why.msg));
    }
  }
  free(path);
  return ok;
}
