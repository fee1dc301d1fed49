/* datatree.c — a Lua data file copied into a plain C tree (data_load and friends). */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/utf8.h"
#include "lesson/data.h"
#include "lesson/lesson.h"

#define TREE_MAX_DEPTH 8       /* settings nest two or three levels */
#define TREE_MAX_VALUES 50000  /* bounds memory for a hostile file */

typedef struct Field {
  char *name; /* NULL for array items */
  int index;  /* 1-based for array items */
  DataValue *value;
} Field;

struct DataValue {
  DataType type;
  bool boolean;
  double number;
  char *string;
  Field *fields; /* tables: string-keyed fields and array items, in traversal order */
  int nfields;
  int count;     /* #t: array items 1..count all present */
};

typedef struct TreeRead {
  DataValue *root;
  int values;
  const char *path;
} TreeRead;

static DataValue *copy(lua_State *L, int idx, int depth, TreeRead *r, Error *err);

static bool copy_table(lua_State *L, int idx, int depth, DataValue *v, TreeRead *r, Error *err) {
  if (depth > TREE_MAX_DEPTH) return error_set(err, "%s: tables nested too deep", r->path);
  luaL_checkstack(L, 4, "data");
  int cap = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    Field f = {NULL, 0, NULL};
    if (lua_type(L, -2) == LUA_TSTRING) {
      size_t n;
      const char *k = lua_tolstring(L, -2, &n);
      f.name = utf8_sanitize(k, n);
    } else if (lua_isinteger(L, -2) && lua_tointeger(L, -2) >= 1 && lua_tointeger(L, -2) <= TREE_MAX_VALUES) {
      f.index = (int)lua_tointeger(L, -2);
    } else {
      lua_pop(L, 2);
      return error_set(err, "%s: keys must be names or list positions", r->path);
    }
    f.value = copy(L, lua_gettop(L), depth + 1, r, err);
    lua_pop(L, 1);
    if (!f.value) {
      lua_pop(L, 1);
      free(f.name);
      return false;
    }
    if (v->nfields == cap) {
      cap = cap ? cap * 2 : 8;
      v->fields = xrealloc(v->fields, sizeof(Field) * (size_t)cap);
    }
    v->fields[v->nfields++] = f;
  }
  /* the array part: 1..n with every position present */
  for (int n = 1;; n++) {
    bool found = false;
    for (int i = 0; i < v->nfields && !found; i++) found = !v->fields[i].name && v->fields[i].index == n;
    if (!found) break;
    v->count = n;
  }
  return true;
}

static DataValue *copy(lua_State *L, int idx, int depth, TreeRead *r, Error *err) {
  if (++r->values > TREE_MAX_VALUES) {
    error_set(err, "%s: more than %d values", r->path, TREE_MAX_VALUES);
    return NULL;
  }
  DataValue *v = xcalloc(1, sizeof *v);
  switch (lua_type(L, idx)) {
  case LUA_TBOOLEAN:
    v->type = DATA_BOOLEAN;
    v->boolean = lua_toboolean(L, idx);
    break;
  case LUA_TNUMBER:
    v->type = DATA_NUMBER;
    v->number = lua_tonumber(L, idx);
    break;
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    v->type = DATA_STRING;
    v->string = utf8_sanitize(s, n);
    break;
  }
  case LUA_TTABLE:
    v->type = DATA_TABLE;
    if (!copy_table(L, idx, depth, v, r, err)) {
      data_free(v);
      return NULL;
    }
    break;
  default:
    error_set(err, "%s: only text, numbers, true/false and tables are allowed (found a %s)",
              r->path, luaL_typename(L, idx));
    free(v);
    return NULL;
  }
  return v;
}

static bool read_tree(lua_State *L, void *ud, Error *err) {
  TreeRead *r = ud;
  if (lua_type(L, 1) != LUA_TTABLE) return error_set(err, "%s: must return a table { ... }", r->path);
  r->root = copy(L, 1, 0, r, err);
  return r->root != NULL;
}

DataValue *data_load(const char *path, size_t max_bytes, Error *err) {
  TreeRead r = {NULL, 0, path};
  if (!data_eval(path, max_bytes, read_tree, &r, err)) {
    data_free(r.root);
    return NULL;
  }
  return r.root;
}

DataType data_type(const DataValue *v) { return v ? v->type : DATA_NIL; }

const DataValue *data_field(const DataValue *t, const char *key) {
  if (!t || t->type != DATA_TABLE) return NULL;
  for (int i = 0; i < t->nfields; i++)
    if (t->fields[i].name && strcmp(t->fields[i].name, key) == 0) return t->fields[i].value;
  return NULL;
}

const DataValue *data_item(const DataValue *t, int index) {
  if (!t || t->type != DATA_TABLE) return NULL;
  for (int i = 0; i < t->nfields; i++)
    if (!t->fields[i].name && t->fields[i].index == index) return t->fields[i].value;
  return NULL;
}

int data_count(const DataValue *t) { return t && t->type == DATA_TABLE ? t->count : 0; }

static const Field *named(const DataValue *t, int i) {
  if (!t || t->type != DATA_TABLE || i < 0) return NULL;
  for (int k = 0; k < t->nfields; k++)
    if (t->fields[k].name && i-- == 0) return &t->fields[k];
  return NULL;
}

int data_nfields(const DataValue *t) {
  int n = 0;
  while (named(t, n)) n++;
  return n;
}

const char *data_field_name(const DataValue *t, int i) {
  const Field *f = named(t, i);
  return f ? f->name : NULL;
}

const DataValue *data_field_value(const DataValue *t, int i) {
  const Field *f = named(t, i);
  return f ? f->value : NULL;
}

const char *data_string(const DataValue *v) { return v && v->type == DATA_STRING ? v->string : NULL; }

bool data_number(const DataValue *v, double *out) {
  if (!v || v->type != DATA_NUMBER) return false;
  *out = v->number;
  return true;
}

bool data_boolean(const DataValue *v, bool *out) {
  if (!v || v->type != DATA_BOOLEAN) return false;
  *out = v->boolean;
  return true;
}

void data_free(DataValue *v) {
  if (!v) return;
  for (int i = 0; i < v->nfields; i++) {
    free(v->fields[i].name);
    data_free(v->fields[i].value);
  }
  free(v->fields);
  free(v->string);
  free(v);
}
