/* packinfo.c — pack.lua read as data, lesson sources, version numbers. */
#include <dirent.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"
#include "lesson/data.h"
#include "lesson/lesson.h"

#define PACK_INFO_MAX_FILE (64 * 1024)
#define PACK_ID_MAX 48

static bool name_ok(const char *s, size_t max) {
  size_t n = s ? strlen(s) : 0;
  if (n == 0 || n > max) return false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
      return false;
  }
  return true;
}

bool version_valid(const char *v) {
  if (!v) return false;
  int parts = 0;
  const char *p = v;
  while (*p) {
    int digits = 0;
    while (*p >= '0' && *p <= '9') {
      p++;
      if (++digits > 6) return false;
    }
    if (!digits) return false;
    parts++;
    if (*p == '.') p++;
    else if (*p) return false;
  }
  return parts >= 1 && parts <= 3 && p[-1] != '.';
}

int version_compare(const char *a, const char *b) {
  bool va = version_valid(a), vb = version_valid(b);
  if (!va || !vb) return (int)va - (int)vb;
  for (;;) {
    long x = strtol(a, (char **)&a, 10), y = strtol(b, (char **)&b, 10);
    if (x != y) return x < y ? -1 : 1;
    if (*a == '.') a++;
    if (*b == '.') b++;
    if (!*a && !*b) return 0;
  }
}

typedef struct PackRead {
  PackInfo *info;
  const char *path;
} PackRead;

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

static bool read_lesson(lua_State *L, int idx, int n, PackRead *r, Error *err) {
  PackLesson *pl = &r->info->lessons[n];
  const char *id = data_raw_string(L, idx, "id"), *file = data_raw_string(L, idx, "file");
  const char *icon = data_raw_string(L, idx, "icon"), *topic = data_raw_string(L, idx, "topic");
  if (!name_ok(id, PACK_ID_MAX))
    return error_set(err, "%s: lesson %d needs an id of lower-case letters, digits, '_' or '-'",
                     r->path, n + 1);
  if (!file || !path_is_safe_relative(file))
    return error_set(err, "%s: lesson '%s' needs a file inside the pack", r->path, id);
  if (icon && !path_is_safe_relative(icon))
    return error_set(err, "%s: lesson '%s' has an icon outside the pack", r->path, id);
  if (!name_ok(topic, PACK_ID_MAX))
    return error_set(err, "%s: lesson '%s' needs a topic", r->path, id);
  lua_pushliteral(L, "minutes");
  lua_rawget(L, idx);
  int minutes = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
  lua_pop(L, 1);
  if (minutes < 1 || minutes > 60)
    return error_set(err, "%s: lesson '%s' needs minutes between 1 and 60", r->path, id);
  lua_pushliteral(L, "sensitive");
  lua_rawget(L, idx);
  pl->sensitive = lua_toboolean(L, -1);
  lua_pop(L, 1);
  for (int i = 0; i < n; i++)
    if (strcmp(r->info->lessons[i].id, id) == 0)
      return error_set(err, "%s: lesson id '%s' is used twice", r->path, id);
  pl->id = xstrdup(id);
  pl->file = xstrdup(file);
  pl->topic = xstrdup(topic);
  pl->icon = dup_or_null(icon);
  pl->minutes = minutes;
  r->info->nlessons = n + 1;
  return true;
}

/* t[key], a list of names, joined with spaces into *out (NULL when absent). Each must be
   one of allowed[0..n) (lesson ids or languages). */
static bool read_name_list(lua_State *L, int t, const char *key, char *const *allowed, int n,
                           size_t stride, char **out, const char *what, PackRead *r, Error *err) {
  *out = NULL;
  lua_pushstring(L, key);
  int type = lua_rawget(L, t);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return true;
  }
  if (type != LUA_TTABLE) return error_set(err, "%s: %s: %s must be a list", r->path, what, key);
  int list = lua_gettop(L);
  Buf b = {0};
  buf_adds(&b, "");
  bool ok = true;
  for (lua_Integer i = 1; ok && i <= (lua_Integer)lua_rawlen(L, list); i++) {
    const char *name = lua_rawgeti(L, list, i) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    bool known = false;
    for (int k = 0; name && k < n; k++)
      if (strcmp(*(char *const *)((const char *)allowed + (size_t)k * stride), name) == 0) known = true;
    if (!known)
      ok = error_set(err, "%s: %s: %s names '%s', which the pack does not have", r->path, what, key,
                     name ? name : "?");
    else buf_printf(&b, "%s%s", b.len ? " " : "", name);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (ok) *out = xstrdup(b.data);
  buf_free(&b);
  return ok;
}

static bool date_valid(const char *d) {
  if (!d || strlen(d) != 10) return false;
  for (int i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  return true;
}

/* reviews = { { kind =, status = "done"|"needed", role =, date =, langs =, lessons =,
   note = }, ... } */
static bool read_reviews(lua_State *L, PackRead *r, Error *err) {
  PackInfo *p = r->info;
  lua_pushliteral(L, "reviews");
  int type = lua_rawget(L, 1);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return true;
  }
  if (type != LUA_TTABLE) return error_set(err, "%s: reviews must be a list", r->path);
  int list = lua_gettop(L);
  lua_Integer n = (lua_Integer)lua_rawlen(L, list);
  if (n > PACK_MAX_REVIEWS) return error_set(err, "%s: more than %d reviews", r->path, PACK_MAX_REVIEWS);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, list, i) != LUA_TTABLE) return error_set(err, "%s: review %d must be a table", r->path, (int)i);
    int t = lua_gettop(L);
    char what[32];
    snprintf(what, sizeof what, "review %d", (int)i);
    const char *kind = data_raw_string(L, t, "kind"), *status = data_raw_string(L, t, "status");
    const char *role = data_raw_string(L, t, "role"), *date = data_raw_string(L, t, "date");
    static const char *const kinds[] = {"native", "subject", "survivor", "author"};
    bool kind_ok = false;
    for (size_t k = 0; kind && k < sizeof kinds / sizeof *kinds; k++) kind_ok |= strcmp(kind, kinds[k]) == 0;
    if (!kind_ok)
      return error_set(err, "%s: %s: kind must be native, subject, survivor or author", r->path, what);
    if (!status || (strcmp(status, "done") != 0 && strcmp(status, "needed") != 0))
      return error_set(err, "%s: %s: status must be \"done\" or \"needed\"", r->path, what);
    PackReview *v = &p->reviews[p->nreviews++];
    v->kind = xstrdup(kind);
    v->done = strcmp(status, "done") == 0;
    if (v->done && (!role || !*role || !date_valid(date)))
      return error_set(err, "%s: %s: a done review needs a role (never a name) and a date like"
                       " \"2026-12-05\"", r->path, what);
    if (date && !date_valid(date))
      return error_set(err, "%s: %s: date must look like \"2026-12-05\"", r->path, what);
    v->role = dup_or_null(role);
    v->date = dup_or_null(date);
    v->note = dup_or_null(data_raw_string(L, t, "note"));
    if (!read_name_list(L, t, "langs", p->languages, p->nlanguages, sizeof(char *), &v->langs, what, r, err) ||
        !read_name_list(L, t, "lessons", &p->lessons[0].id, p->nlessons, sizeof(PackLesson), &v->lessons,
                        what, r, err))
      return false;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return true;
}

/* path = { start = { ids }, rest = { ids } }: the short set to start with, then the order
   of the rest. Lessons it leaves out follow in pack order. */
static bool read_path(lua_State *L, PackRead *r, Error *err) {
  PackInfo *p = r->info;
  bool placed[PACK_MAX_LESSONS] = {false};
  lua_pushliteral(L, "path");
  int type = lua_rawget(L, 1);
  if (type != LUA_TNIL && type != LUA_TTABLE) return error_set(err, "%s: path must be a table", r->path);
  static const char *const parts[] = {"start", "rest"};
  for (int part = 0; type == LUA_TTABLE && part < 2; part++) {
    lua_pushstring(L, parts[part]);
    if (lua_rawget(L, -2) == LUA_TTABLE) {
      int list = lua_gettop(L);
      for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, list); i++) {
        const char *id = lua_rawgeti(L, list, i) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        int found = -1;
        for (int k = 0; id && k < p->nlessons; k++)
          if (strcmp(p->lessons[k].id, id) == 0) found = k;
        if (found < 0)
          return error_set(err, "%s: path.%s names '%s', which is not a lesson of the pack", r->path,
                           parts[part], id ? id : "?");
        if (placed[found]) return error_set(err, "%s: path names '%s' twice", r->path, id);
        placed[found] = true;
        p->path[p->npath++] = found;
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 1);
    if (part == 0) p->nstart = p->npath;
  }
  lua_pop(L, 1);
  for (int k = 0; k < p->nlessons; k++)
    if (!placed[k]) p->path[p->npath++] = k;
  return true;
}

static bool read_pack(lua_State *L, void *ud, Error *err) {
  PackRead *r = ud;
  PackInfo *p = r->info;
  if (lua_type(L, 1) != LUA_TTABLE) return error_set(err, "%s: must return a table", r->path);
  const char *id = data_raw_string(L, 1, "id"), *version = data_raw_string(L, 1, "version");
  const char *min_engine = data_raw_string(L, 1, "min_engine");
  if (!name_ok(id, PACK_ID_MAX))
    return error_set(err, "%s: id must be lower-case letters, digits, '_' or '-'", r->path);
  if (!version_valid(version))
    return error_set(err, "%s: version must look like \"1.0.0\"", r->path);
  if (min_engine && !version_valid(min_engine))
    return error_set(err, "%s: min_engine must look like \"0.1.0\"", r->path);
  p->id = xstrdup(id);
  p->version = xstrdup(version);
  p->min_engine = xstrdup(min_engine ? min_engine : "0.0.0");

  lua_pushliteral(L, "languages");
  if (lua_rawget(L, 1) != LUA_TTABLE) return error_set(err, "%s: languages must be a list", r->path);
  int langs = lua_gettop(L);
  lua_Integer nl = (lua_Integer)lua_rawlen(L, langs);
  if (nl < 1 || nl > PACK_MAX_LANGUAGES)
    return error_set(err, "%s: 1 to %d languages", r->path, PACK_MAX_LANGUAGES);
  for (lua_Integer i = 1; i <= nl; i++) {
    lua_rawgeti(L, langs, i);
    const char *l = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (!name_ok(l, 8)) return error_set(err, "%s: language %d is not a code like \"th\"", r->path, (int)i);
    p->languages[p->nlanguages++] = xstrdup(l);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);

  lua_pushliteral(L, "review");
  if (lua_rawget(L, 1) == LUA_TTABLE)
    for (int i = 0; i < p->nlanguages; i++)
      p->review[i] = dup_or_null(data_raw_string(L, -1, p->languages[i]));
  lua_pop(L, 1);

  lua_pushliteral(L, "lessons");
  if (lua_rawget(L, 1) != LUA_TTABLE) return error_set(err, "%s: lessons must be a list", r->path);
  int lessons = lua_gettop(L);
  lua_Integer n = (lua_Integer)lua_rawlen(L, lessons);
  if (n < 1 || n > PACK_MAX_LESSONS)
    return error_set(err, "%s: 1 to %d lessons", r->path, PACK_MAX_LESSONS);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, lessons, i) != LUA_TTABLE)
      return error_set(err, "%s: lesson %d must be a table", r->path, (int)i);
    if (!read_lesson(L, lua_gettop(L), (int)i - 1, r, err)) return false;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (!read_reviews(L, r, err) || !read_path(L, r, err)) return false;
  /* the older per-language notes are native reviews still needed */
  for (int i = 0; i < p->nlanguages && p->nreviews < PACK_MAX_REVIEWS; i++)
    if (p->review[i])
      p->reviews[p->nreviews++] = (PackReview){xstrdup("native"), false, NULL, NULL,
                                               xstrdup(p->languages[i]), NULL, xstrdup(p->review[i])};
  return true;
}

/* One country file's answer for every lesson of the pack. */
typedef struct PackLocaleChanges {
  char locale[PACK_LOCALE_MAX];
  bool all;                      /* a top-level word, a section no lesson owns, or no load */
  bool lesson[PACK_MAX_LESSONS]; /* the lessons whose own section it has */
  struct PackLocaleChanges *next;
} PackLocaleChanges;

struct PackLocaleCache {
  PackLocaleChanges *first;
};

PackInfo *pack_info_load(const char *pack_dir, Error *err) {
  char *path = path_join(pack_dir, "pack.lua");
  PackInfo *p = xcalloc(1, sizeof *p);
  p->dir = xstrdup(pack_dir);
  p->locale_cache = xcalloc(1, sizeof *p->locale_cache);
  PackRead r = {p, path};
  bool ok = data_eval(path, PACK_INFO_MAX_FILE, read_pack, &r, err);
  free(path);
  if (!ok) {
    pack_info_free(p);
    return NULL;
  }
  return p;
}

char *pack_info_review_report(const PackInfo *p) {
  Buf b = {0};
  buf_adds(&b, "");
  for (int i = 0; i < p->nreviews; i++) {
    const PackReview *v = &p->reviews[i];
    buf_printf(&b, "review %s [%s] %s", v->kind, v->langs ? v->langs : "all languages",
               v->done ? "done" : "NEEDED");
    if (v->done) buf_printf(&b, " by %s on %s", v->role, v->date);
    buf_printf(&b, " (%s)", v->lessons ? v->lessons : "all lessons");
    if (v->note) buf_printf(&b, ": %s", v->note);
    buf_addc(&b, '\n');
  }
  if (!p->nreviews) buf_adds(&b, "review: none recorded (add reviews = { ... } to pack.lua)\n");
  return buf_take(&b);
}

const PackLesson *pack_info_lesson(const PackInfo *p, const char *id) {
  for (int i = 0; i < p->nlessons; i++)
    if (strcmp(p->lessons[i].id, id) == 0) return &p->lessons[i];
  return NULL;
}

int pack_info_locales(const PackInfo *p, char out[][PACK_LOCALE_MAX], int max) {
  int n = 0;
  for (int g = 0; g < p->nlanguages && n < max; g++) snprintf(out[n++], PACK_LOCALE_MAX, "%s", p->languages[g]);
  char *strings = path_join(p->dir, "strings");
  struct dirent **names;
  int k = scandir(strings, &names, NULL, alphasort);
  free(strings);
  for (int i = 0; i < k; i++) {
    const char *f = names[i]->d_name, *dash = strchr(f, '-');
    size_t len = strlen(f);
    bool locale = dash && len == (size_t)(dash - f) + 7 && strcmp(f + len - 4, ".lua") == 0;
    for (int g = 0; locale && g < p->nlanguages && n < max; g++)
      if (strlen(p->languages[g]) == (size_t)(dash - f) && strncmp(f, p->languages[g], dash - f) == 0)
        snprintf(out[n++], PACK_LOCALE_MAX, "%.*s", (int)(len - 4), f);
    free(names[i]);
  }
  if (k > 0) free(names);
  return n;
}

static int pack_lesson_index(const PackInfo *p, const char *id, size_t n) {
  for (int l = 0; l < p->nlessons; l++)
    if (strlen(p->lessons[l].id) == n && strncmp(p->lessons[l].id, id, n) == 0) return l;
  return -1;
}

/* Loads strings/LOCALE.lua once and notes which lessons it changes. */
static PackLocaleChanges *locale_changes_read(const PackInfo *p, const char *locale) {
  PackLocaleChanges *c = xcalloc(1, sizeof *c);
  snprintf(c->locale, sizeof c->locale, "%s", locale);
  char *strings = path_join(p->dir, "strings");
  Error err;
  StringTable *t = strings_load(strings, locale, &err);
  free(strings);
  c->all = !t; /* explored, so the run reports why the file does not load */
  for (int i = 0; t && i < strings_count(t) && !c->all; i++) {
    const char *key = strings_key(t, i), *dot = strchr(key, '.');
    int l = dot ? pack_lesson_index(p, key, (size_t)(dot - key)) : -1;
    if (l < 0) c->all = true; /* a top-level word, or a section of words no one lesson owns */
    else c->lesson[l] = true;
  }
  strings_free(t);
  return c;
}

bool pack_info_locale_changes(const PackInfo *p, const char *locale, const char *lesson_id) {
  if (!strchr(locale, '-')) return true; /* a declared language: the lesson's own words */
  PackLocaleChanges *c = p->locale_cache->first;
  while (c && strcmp(c->locale, locale) != 0) c = c->next;
  if (!c) {
    c = locale_changes_read(p, locale);
    c->next = p->locale_cache->first; /* the cache is the pack's own, filled as asked */
    p->locale_cache->first = c;
  }
  int l = pack_lesson_index(p, lesson_id, strlen(lesson_id));
  return c->all || (l >= 0 && c->lesson[l]);
}

void pack_info_free(PackInfo *p) {
  if (!p) return;
  for (PackLocaleChanges *c = p->locale_cache->first, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  free(p->locale_cache);
  free(p->dir);
  free(p->id);
  free(p->version);
  free(p->min_engine);
  for (int i = 0; i < p->nlanguages; i++) {
    free(p->languages[i]);
    free(p->review[i]);
  }
  for (int i = 0; i < p->nreviews; i++) {
    PackReview *v = &p->reviews[i];
    free(v->kind);
    free(v->role);
    free(v->date);
    free(v->langs);
    free(v->lessons);
    free(v->note);
  }
  for (int i = 0; i < p->nlessons; i++) {
    free(p->lessons[i].id);
    free(p->lessons[i].file);
    free(p->lessons[i].topic);
    free(p->lessons[i].icon);
  }
  free(p);
}

/* ---- lesson sources -------------------------------------------------------------- */

LessonSource *lesson_source_from_pack(const PackInfo *pack, const PackLesson *lesson) {
  LessonSource *src = xcalloc(1, sizeof *src);
  src->file = path_join(pack->dir, lesson->file);
  src->pack_dir = xstrdup(pack->dir);
  src->lesson_id = xstrdup(lesson->id);
  return src;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

LessonSource *lesson_source_new(const char *spec, Error *err) {
  if (ends_with(spec, ".lua")) {
    if (!fs_is_file(spec)) {
      error_set(err, fs_exists(spec) ? "lesson %s: not a regular file" : "lesson %s: no such file", spec);
      return NULL;
    }
    LessonSource *src = xcalloc(1, sizeof *src);
    src->file = xstrdup(spec);
    char *dir = path_dirname(spec);
    const char *base = path_basename(spec);
    src->lesson_id = xstrndup(base, strlen(base) - 4);
    /* PACK/lessons/x.lua belongs to PACK when PACK has a pack.lua */
    char *parent = path_dirname(dir);
    char *manifest = path_join(parent, "pack.lua");
    if (strcmp(path_basename(dir), "lessons") == 0 && fs_is_file(manifest)) {
      src->pack_dir = parent;
      parent = NULL;
      PackInfo *p = pack_info_load(src->pack_dir, NULL);
      char *rel = xasprintf("lessons/%s", base);
      for (int i = 0; p && i < p->nlessons; i++)
        if (strcmp(p->lessons[i].file, rel) == 0) {
          free(src->lesson_id);
          src->lesson_id = xstrdup(p->lessons[i].id);
        }
      free(rel);
      pack_info_free(p);
      free(dir);
    } else {
      src->pack_dir = dir;
    }
    free(parent);
    free(manifest);
    return src;
  }
  char *pack_dir = path_dirname(spec);
  const char *id = path_basename(spec);
  PackInfo *p = pack_info_load(pack_dir, err);
  free(pack_dir);
  if (!p) return NULL;
  const PackLesson *pl = pack_info_lesson(p, id);
  LessonSource *src = NULL;
  if (pl) src = lesson_source_from_pack(p, pl);
  else error_set(err, "pack %s has no lesson '%s'", p->dir, id);
  pack_info_free(p);
  return src;
}

void lesson_source_free(LessonSource *src) {
  if (!src) return;
  free(src->file);
  free(src->pack_dir);
  free(src->lesson_id);
  free(src);
}
