/* strings.c — translation tables: strings/<lang>.lua flattened to sorted dotted keys. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "lesson/data.h"
#include "lesson/lesson.h"

#define STRINGS_MAX_FILE (1024 * 1024) /* a whole pack's texts in one language */
#define STRINGS_MAX_ENTRIES 20000
#define STRINGS_MAX_DEPTH 4            /* pack.section.key is deep enough */
#define STRINGS_MAX_KEY 128

typedef struct Entry {
  char *key, *text;
} Entry;

struct StringTable {
  Entry *entries;
  int n, cap;
};

typedef struct Walk {
  StringTable *t;
  const char *path;
} Walk;

static bool key_ok(const char *k, size_t n) {
  if (n == 0 || n > STRINGS_MAX_KEY) return false;
  for (size_t i = 0; i < n; i++) {
    char c = k[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-'))
      return false;
  }
  return true;
}

static bool walk(lua_State *L, int idx, Buf *prefix, int depth, Walk *w, Error *err) {
  if (depth > STRINGS_MAX_DEPTH)
    return error_set(err, "%s: tables nested deeper than %d", w->path, STRINGS_MAX_DEPTH);
  luaL_checkstack(L, 4, "strings");
  size_t base = prefix->len;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    if (lua_type(L, -2) != LUA_TSTRING) {
      error_set(err, "%s: every key must be a name (found a %s key in '%s')", w->path,
                luaL_typename(L, -2), prefix->len ? prefix->data : "top level");
      lua_pop(L, 2);
      return false;
    }
    size_t klen;
    const char *k = lua_tolstring(L, -2, &klen);
    if (!key_ok(k, klen)) {
      lua_pop(L, 2);
      return error_set(err, "%s: bad key name '%.40s'", w->path, k);
    }
    if (base) buf_addc(prefix, '.');
    buf_add(prefix, k, klen);
    if (lua_type(L, -1) == LUA_TSTRING) {
      if (w->t->n >= STRINGS_MAX_ENTRIES) {
        lua_pop(L, 2);
        return error_set(err, "%s: more than %d strings", w->path, STRINGS_MAX_ENTRIES);
      }
      size_t vlen;
      const char *v = lua_tolstring(L, -1, &vlen);
      if (w->t->n == w->t->cap) {
        w->t->cap = w->t->cap ? w->t->cap * 2 : 64;
        w->t->entries = xrealloc(w->t->entries, sizeof(Entry) * (size_t)w->t->cap);
      }
      w->t->entries[w->t->n].key = xstrdup(prefix->data);
      w->t->entries[w->t->n].text = utf8_sanitize(v, vlen);
      w->t->n++;
    } else if (lua_type(L, -1) == LUA_TTABLE) {
      if (!walk(L, lua_gettop(L), prefix, depth + 1, w, err)) {
        lua_pop(L, 2);
        return false;
      }
    } else {
      error_set(err, "%s: '%s' must be text in quotes, not a %s", w->path, prefix->data,
                luaL_typename(L, -1));
      lua_pop(L, 2);
      return false;
    }
    prefix->len = base;
    prefix->data[base] = '\0';
    lua_pop(L, 1);
  }
  return true;
}

static int entry_cmp(const void *a, const void *b) {
  return strcmp(((const Entry *)a)->key, ((const Entry *)b)->key);
}

static bool read_strings(lua_State *L, void *ud, Error *err) {
  Walk *w = ud;
  if (lua_type(L, 1) != LUA_TTABLE)
    return error_set(err, "%s: must return a table of texts ({ key = \"text\", ... })", w->path);
  Buf prefix = {0};
  buf_adds(&prefix, "");
  bool ok = walk(L, 1, &prefix, 1, w, err);
  buf_free(&prefix);
  return ok;
}

StringTable *strings_load(const char *dir, const char *lang, Error *err) {
  for (const char *p = lang; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || *p == '-' || (*p >= 'A' && *p <= 'Z'))) {
      error_set(err, "bad language code '%s'", lang);
      return NULL;
    }
  char *name = xasprintf("%s.lua", lang);
  char *path = path_join(dir, name);
  free(name);
  StringTable *t = xcalloc(1, sizeof *t);
  Walk w = {t, path};
  bool ok = data_eval(path, STRINGS_MAX_FILE, read_strings, &w, err);
  if (ok && t->n > 1) {
    qsort(t->entries, (size_t)t->n, sizeof(Entry), entry_cmp);
    for (int i = 1; i < t->n; i++)
      if (strcmp(t->entries[i - 1].key, t->entries[i].key) == 0) {
        error_set(err, "%s: '%s' is defined twice", path, t->entries[i].key);
        ok = false;
        break;
      }
  }
  free(path);
  if (!ok) {
    strings_free(t);
    return NULL;
  }
  return t;
}

static bool lower_letters(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < 'a' || s[i] > 'z') return false;
  return true;
}

static bool country_code(const char *s) {
  return s && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == '\0';
}

bool strings_locale_name(const char *lang, const char *country, char *out, size_t n) {
  if (n) out[0] = '\0';
  if (!lang) return false;
  const char *dash = strchr(lang, '-');
  size_t base = dash ? (size_t)(dash - lang) : strlen(lang);
  if (base < 2 || base > 3 || !lower_letters(lang, base)) return false;
  if (dash && !country_code(dash + 1)) return false;
  if (!dash && country && *country && !country_code(country)) return false;
  int w = dash || !country || !*country ? snprintf(out, n, "%s", lang)
                                        : snprintf(out, n, "%s-%s", lang, country);
  if (w < 0 || (size_t)w >= n) {
    if (n) out[0] = '\0';
    return false;
  }
  return true;
}

/* Puts every entry of over into t (replacing texts of keys both have); empties over. */
static void overlay(StringTable *t, StringTable *over) {
  int base = t->n;
  for (int i = 0; i < over->n; i++) {
    Entry *e = bsearch(&over->entries[i], t->entries, (size_t)base, sizeof(Entry), entry_cmp);
    if (e) {
      free(e->text);
      e->text = over->entries[i].text;
      free(over->entries[i].key);
      continue;
    }
    if (t->n == t->cap) {
      t->cap = t->cap ? t->cap * 2 : 64;
      t->entries = xrealloc(t->entries, sizeof(Entry) * (size_t)t->cap);
    }
    t->entries[t->n++] = over->entries[i];
  }
  over->n = 0;
  if (t->n > base) qsort(t->entries, (size_t)t->n, sizeof(Entry), entry_cmp);
}

StringTable *strings_load_locale(const char *dir, const char *lang, const char *country,
                                 Error *err) {
  char locale[16];
  if (!strings_locale_name(lang, country, locale, sizeof locale)) {
    error_set(err, "bad language code '%s'%s%s", lang ? lang : "", country && *country ? " for country " : "",
              country && *country ? country : "");
    return NULL;
  }
  char *dash = strchr(locale, '-');
  char base[8];
  snprintf(base, sizeof base, "%.*s", dash ? (int)(dash - locale) : (int)strlen(locale), locale);
  StringTable *t = strings_load(dir, base, err);
  if (!t || !dash) return t;
  char *name = xasprintf("%s.lua", locale);
  char *path = path_join(dir, name);
  bool regional = fs_is_file(path);
  free(path);
  free(name);
  if (!regional) return t;
  StringTable *over = strings_load(dir, locale, err);
  if (!over) {
    strings_free(t);
    return NULL;
  }
  overlay(t, over);
  strings_free(over);
  return t;
}

const char *strings_get(const StringTable *t, const char *key) {
  if (!t) return NULL;
  Entry probe = {(char *)key, NULL};
  const Entry *e = bsearch(&probe, t->entries, (size_t)t->n, sizeof(Entry), entry_cmp);
  return e ? e->text : NULL;
}

int strings_count(const StringTable *t) { return t ? t->n : 0; }

const char *strings_key(const StringTable *t, int i) {
  return t && i >= 0 && i < t->n ? t->entries[i].key : NULL;
}

char *strings_fill(const char *pattern, const char *const *names, const char *const *values, int n) {
  Buf b = {0};
  buf_adds(&b, "");
  for (const char *p = pattern; *p;) {
    int hit = -1;
    for (int i = 0; *p == '{' && i < n; i++) {
      size_t k = strlen(names[i]);
      if (strncmp(p + 1, names[i], k) == 0 && p[k + 1] == '}') hit = i;
    }
    if (hit < 0) {
      buf_addc(&b, *p++);
      continue;
    }
    buf_adds(&b, values[hit]);
    p += strlen(names[hit]) + 2;
  }
  return buf_take(&b);
}

void strings_free(StringTable *t) {
  if (!t) return;
  for (int i = 0; i < t->n; i++) {
    free(t->entries[i].key);
    free(t->entries[i].text);
  }
  free(t->entries);
  free(t);
}
