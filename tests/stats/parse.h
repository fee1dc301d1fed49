/* parse.h — strict little readers for what a stats export writes, so the tests check the
   files the way a spreadsheet or an LRS would read them: RFC 4180 CSV (CRLF records,
   quoted fields with doubled quotes) and JSON (RFC 8259, into a small tree).
   Header-only, like testutil.h: each test binary is one .c file. */
#ifndef TESTS_STATS_PARSE_H
#define TESTS_STATS_PARSE_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h" /* xmalloc and friends: a test that runs out of memory just stops */

/* ---- CSV ------------------------------------------------------------------------------ */

typedef struct CsvTable {
  int rows, cols;      /* cols of the header; every row must have as many */
  char ***cell;        /* cell[row][col], row 0 the header */
  char error[128];     /* "" when the text is valid RFC 4180 */
} CsvTable;

static inline void csv_push(char ***row, int *n, char *field) {
  *row = xrealloc(*row, sizeof **row * (size_t)(*n + 1));
  (*row)[(*n)++] = field;
}

/* Parses text; every record must end with CRLF (a bare LF or CR outside quotes is an
   error), quotes only around a whole field. */
static inline CsvTable csv_parse(const char *text) {
  CsvTable t = {0, 0, NULL, ""};
  const char *p = text;
  while (*p) {
    char **row = NULL;
    int n = 0;
    for (;;) {
      size_t cap = 16, len = 0;
      char *f = xmalloc(cap);
      if (*p == '"') {
        p++;
        for (;;) {
          if (!*p) {
            strcpy(t.error, "unterminated quoted field");
            free(f);
            return t;
          }
          if (*p == '"' && p[1] == '"') p++;
          else if (*p == '"') break;
          if (len + 2 > cap) f = xrealloc(f, cap *= 2);
          f[len++] = *p++;
        }
        p++;
      } else {
        while (*p && *p != ',' && *p != '\r' && *p != '\n') {
          if (*p == '"') {
            strcpy(t.error, "quote inside an unquoted field");
            free(f);
            return t;
          }
          if (len + 2 > cap) f = xrealloc(f, cap *= 2);
          f[len++] = *p++;
        }
      }
      f[len] = '\0';
      csv_push(&row, &n, f);
      if (*p == ',') {
        p++;
        continue;
      }
      if (p[0] == '\r' && p[1] == '\n') {
        p += 2;
        break;
      }
      strcpy(t.error, *p ? "record not ended by CRLF" : "last record not ended by CRLF");
      return t;
    }
    if (t.rows == 0) t.cols = n;
    if (n != t.cols) {
      strcpy(t.error, "a record with a different number of fields");
      return t;
    }
    t.cell = xrealloc(t.cell, sizeof *t.cell * (size_t)(t.rows + 1));
    t.cell[t.rows++] = row;
  }
  return t;
}

/* The column with this header name, or -1. */
static inline int csv_col(const CsvTable *t, const char *name) {
  for (int c = 0; t->rows > 0 && c < t->cols; c++)
    if (strcmp(t->cell[0][c], name) == 0) return c;
  return -1;
}

static inline const char *csv_get(const CsvTable *t, int row, const char *name) {
  int c = csv_col(t, name);
  return c < 0 || row >= t->rows ? NULL : t->cell[row][c];
}

static inline void csv_free(CsvTable *t) {
  for (int r = 0; r < t->rows; r++) {
    for (int c = 0; c < t->cols; c++) free(t->cell[r][c]);
    free(t->cell[r]);
  }
  free(t->cell);
}

/* ---- JSON ----------------------------------------------------------------------------- */

typedef enum JsonType { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } JsonType;

typedef struct Json {
  JsonType type;
  bool boolean;
  double number;
  char *string;         /* JSON_STRING (escapes decoded; \u only below 0x80 here) */
  int n;                /* items of an array or members of an object */
  char **keys;
  struct Json **items;
} Json;

static inline void json_free(Json *j) {
  if (!j) return;
  for (int i = 0; i < j->n; i++) {
    if (j->keys) free(j->keys[i]);
    json_free(j->items[i]);
  }
  free(j->keys);
  free(j->items);
  free(j->string);
  free(j);
}

static inline void json_ws(const char **p) {
  while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r') (*p)++;
}

static inline char *json_parse_string(const char **p) {
  if (**p != '"') return NULL;
  (*p)++;
  size_t cap = 16, len = 0;
  char *s = xmalloc(cap);
  for (;;) {
    unsigned char c = (unsigned char)**p;
    if (c == '\0' || c < 0x20) {
      free(s);
      return NULL;
    }
    (*p)++;
    if (c == '"') break;
    if (c == '\\') {
      char e = **p;
      (*p)++;
      switch (e) {
      case '"': case '\\': case '/': c = (unsigned char)e; break;
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'n': c = '\n'; break;
      case 'r': c = '\r'; break;
      case 't': c = '\t'; break;
      case 'u': {
        unsigned v = 0;
        for (int i = 0; i < 4; i++) {
          char h = **p;
          (*p)++;
          int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
          if (d < 0) {
            free(s);
            return NULL;
          }
          v = v * 16 + (unsigned)d;
        }
        c = v < 0x80 ? (unsigned char)v : '?';
        break;
      }
      default: free(s); return NULL;
      }
    }
    if (len + 2 > cap) s = xrealloc(s, cap *= 2);
    s[len++] = (char)c;
  }
  s[len] = '\0';
  return s;
}

static inline Json *json_value(const char **p, int depth);

static inline Json *json_new(JsonType t) {
  Json *j = xcalloc(1, sizeof *j);
  j->type = t;
  return j;
}

static inline Json *json_container(const char **p, int depth, bool object) {
  Json *j = json_new(object ? JSON_OBJECT : JSON_ARRAY);
  (*p)++;
  json_ws(p);
  if (**p == (object ? '}' : ']')) {
    (*p)++;
    return j;
  }
  for (;;) {
    char *key = NULL;
    json_ws(p);
    if (object) {
      key = json_parse_string(p);
      json_ws(p);
      if (!key || **p != ':') {
        free(key);
        json_free(j);
        return NULL;
      }
      (*p)++;
    }
    Json *v = json_value(p, depth + 1);
    if (!v) {
      free(key);
      json_free(j);
      return NULL;
    }
    j->items = xrealloc(j->items, sizeof *j->items * (size_t)(j->n + 1));
    if (object) j->keys = xrealloc(j->keys, sizeof *j->keys * (size_t)(j->n + 1));
    if (object) j->keys[j->n] = key;
    j->items[j->n++] = v;
    json_ws(p);
    if (**p == ',') {
      (*p)++;
      continue;
    }
    if (**p == (object ? '}' : ']')) {
      (*p)++;
      return j;
    }
    json_free(j);
    return NULL;
  }
}

static inline Json *json_value(const char **p, int depth) {
  if (depth > 64) return NULL;
  json_ws(p);
  const char *s = *p;
  if (*s == '{' || *s == '[') return json_container(p, depth, *s == '{');
  if (*s == '"') {
    char *str = json_parse_string(p);
    if (!str) return NULL;
    Json *j = json_new(JSON_STRING);
    j->string = str;
    return j;
  }
  if (strncmp(s, "true", 4) == 0 || strncmp(s, "false", 5) == 0) {
    Json *j = json_new(JSON_BOOL);
    j->boolean = *s == 't';
    *p += j->boolean ? 4 : 5;
    return j;
  }
  if (strncmp(s, "null", 4) == 0) {
    *p += 4;
    return json_new(JSON_NULL);
  }
  /* number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  const char *q = s;
  if (*q == '-') q++;
  if (*q == '0') q++;
  else if (*q >= '1' && *q <= '9') while (*q >= '0' && *q <= '9') q++;
  else return NULL;
  if (*q == '.') {
    q++;
    if (!(*q >= '0' && *q <= '9')) return NULL;
    while (*q >= '0' && *q <= '9') q++;
  }
  if (*q == 'e' || *q == 'E') {
    q++;
    if (*q == '+' || *q == '-') q++;
    if (!(*q >= '0' && *q <= '9')) return NULL;
    while (*q >= '0' && *q <= '9') q++;
  }
  Json *j = json_new(JSON_NUMBER);
  j->number = strtod(s, NULL);
  *p = q;
  return j;
}

/* One whole JSON text (nothing but white space after it), or NULL. */
static inline Json *json_parse(const char *text) {
  const char *p = text;
  Json *j = json_value(&p, 0);
  if (!j) return NULL;
  json_ws(&p);
  if (*p) {
    json_free(j);
    return NULL;
  }
  return j;
}

static inline Json *json_get(const Json *j, const char *key) {
  if (!j || j->type != JSON_OBJECT) return NULL;
  for (int i = 0; i < j->n; i++)
    if (strcmp(j->keys[i], key) == 0) return j->items[i];
  return NULL;
}

/* A member by path "a.b.c", or NULL. */
static inline Json *json_path(const Json *j, const char *path) {
  char buf[128];
  strncpy(buf, path, sizeof buf - 1);
  buf[sizeof buf - 1] = '\0';
  const Json *at = j;
  for (char *save = NULL, *k = strtok_r(buf, ".", &save); k && at; k = strtok_r(NULL, ".", &save))
    at = json_get(at, k);
  return (Json *)at;
}

static inline const char *json_str(const Json *j, const char *path) {
  const Json *v = json_path(j, path);
  return v && v->type == JSON_STRING ? v->string : NULL;
}

#endif
