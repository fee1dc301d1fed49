/* convert.c — from the Lua table a lesson yields to a checked, translated Screen.
   Only raw table access is used, so no lesson metamethod runs while we read. */
#include "lesson/convert.h"

#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/fs.h"
#include "core/mem.h"
#include "core/utf8.h"

#define MAX_WARNED 200
#define MAX_SPANS (SCREEN_MAX_FLAGS * 4)

/* ---- translation ----------------------------------------------------------------- */

static void warn_once(Texts *t, const char *key, const char *msg) {
  for (int i = 0; i < t->nwarned; i++)
    if (strcmp(t->warned[i], key) == 0) return;
  if (t->nwarned < MAX_WARNED) {
    t->warned = xrealloc(t->warned, sizeof(char *) * (size_t)(t->nwarned + 1));
    t->warned[t->nwarned++] = xstrdup(key);
  }
  if (t->warn) t->warn(t->warn_ud, msg);
}

static const char *lookup(const StringTable *table, const char *section, const char *key) {
  if (!table) return NULL;
  if (section) {
    char full[256];
    snprintf(full, sizeof full, "%s.%s", section, key);
    const char *s = strings_get(table, full);
    if (s) return s;
  }
  return strings_get(table, key);
}

static const char *translate(Texts *t, const char *key, const char *where) {
  const char *s = lookup(t->lang, t->section, key);
  if (s) return s;
  s = lookup(t->fallback, t->section, key);
  char msg[ERROR_MAX];
  if (s) {
    snprintf(msg, sizeof msg, "%s: string '%.60s' is missing in '%s' (English shown)", where,
             key, t->lang_code);
    warn_once(t, key, msg);
    return s;
  }
  snprintf(msg, sizeof msg, "%s: string '%.60s' is missing in every language", where, key);
  warn_once(t, key, msg);
  return key;
}

static const char *var_value(const Texts *t, const char *name, size_t n) {
  if (n == 4 && memcmp(name, "lang", 4) == 0) return t->lang_code;
  for (int i = 0; i < t->nvars; i++)
    if (strlen(t->vars[i].name) == n && memcmp(t->vars[i].name, name, n) == 0)
      return t->vars[i].value;
  return NULL;
}

static bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '.' || c == '-';
}

typedef struct SpanList {
  FlagSpan span[MAX_SPANS];
  char id[MAX_SPANS][SCREEN_MAX_ID + 1];
  int n;
} SpanList;

/* Expands {var}, {flag|words}, {{ and }} of src into out. Flags become spans when
   spans is non-NULL and plain words otherwise. */
static void expand(Texts *t, const char *src, const char *where, Buf *out, SpanList *spans) {
  size_t n = strlen(src);
  for (size_t i = 0; i < n; i++) {
    char c = src[i];
    if ((c == '{' || c == '}') && i + 1 < n && src[i + 1] == c) {
      buf_addc(out, c);
      i++;
      continue;
    }
    if (c != '{') {
      buf_addc(out, c);
      continue;
    }
    size_t j = i + 1;
    while (j < n && name_char(src[j])) j++;
    if (j < n && j > i + 1 && src[j] == '}') { /* {variable} */
      const char *v = var_value(t, src + i + 1, j - i - 1);
      if (v) {
        buf_adds(out, v);
      } else {
        char msg[ERROR_MAX];
        snprintf(msg, sizeof msg, "%s: unknown variable {%.*s}", where, (int)(j - i - 1), src + i + 1);
        warn_once(t, src + i, msg);
        buf_add(out, src + i, j - i + 1);
      }
      i = j;
      continue;
    }
    if (j < n && j > i + 1 && src[j] == '|') { /* {flag|words} */
      size_t k = j + 1;
      while (k < n && src[k] != '}' && src[k] != '{') k++;
      if (k < n && src[k] == '}') {
        uint32_t start = (uint32_t)out->len;
        buf_add(out, src + j + 1, k - j - 1);
        size_t idlen = j - i - 1;
        if (spans && spans->n < MAX_SPANS && idlen <= SCREEN_MAX_ID && k > j + 1) {
          spans->span[spans->n] = (FlagSpan){start, (uint32_t)out->len, -1};
          memcpy(spans->id[spans->n], src + i + 1, idlen);
          spans->id[spans->n][idlen] = '\0';
          spans->n++;
        }
        i = k;
        continue;
      }
    }
    buf_addc(out, c); /* a lone brace is just a brace */
  }
}

void texts_expand(Texts *t, const char *key, const char *where, Buf *out) {
  expand(t, translate(t, key, where), where, out, NULL);
}

void texts_free_warned(Texts *t) {
  for (int i = 0; i < t->nwarned; i++) free(t->warned[i]);
  free(t->warned);
  t->warned = NULL;
  t->nwarned = 0;
}

/* ---- reading the table ------------------------------------------------------------ */

typedef struct Conv {
  lua_State *L;
  Texts *t;
  const char *where;
  Screen *s;
  Error *err;
  bool bad;
} Conv;

static bool fail(Conv *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fail(Conv *c, const char *fmt, ...) {
  if (!c->bad) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
  }
  c->bad = true;
  return false;
}

/* Pushes t[key] (raw) and returns its type. */
static int get(Conv *c, int idx, const char *key) {
  lua_pushstring(c->L, key);
  return lua_rawget(c->L, idx);
}

/* A field that must be a string or absent; returns NULL when absent (or wrong). */
static const char *raw_string(Conv *c, int idx, const char *key, const char *what) {
  int type = get(c, idx, key);
  const char *s = NULL;
  if (type == LUA_TSTRING) s = lua_tostring(c->L, -1);
  else if (type != LUA_TNIL) fail(c, "%s must be a text key in quotes, not a %s", what, lua_typename(c->L, type));
  lua_pop(c->L, 1); /* the table keeps the string alive */
  return s;
}

/* Translates and expands key; the source is sanitised first so that span positions
   taken during expansion hold in the final text. */
static char *expand_clean(Conv *c, const char *key, SpanList *spans, size_t *len) {
  const char *src = translate(c->t, key, c->where);
  char *clean = utf8_sanitize(src, strlen(src));
  Buf b = {0};
  buf_adds(&b, "");
  expand(c->t, clean, c->where, &b, spans);
  free(clean);
  char *s = arena_strndup(c->s->arena, b.data, b.len);
  *len = b.len;
  buf_free(&b);
  return s;
}

static char *text_of(Conv *c, const char *key) {
  size_t len;
  return key ? expand_clean(c, key, NULL, &len) : NULL;
}

static char *text_field(Conv *c, int idx, const char *key, const char *what) {
  return text_of(c, raw_string(c, idx, key, what));
}

#define CONVERT_MAX_LINES 12 /* a card of lines; more would not fit one screen anyway */

/* A page's text: one key, or a list of keys shown one per line, so a lesson can build a
   card from the learner's own answers (L05's plan). */
static char *text_or_lines(Conv *c, int idx, const char *key, const char *what) {
  if (get(c, idx, key) != LUA_TTABLE) {
    lua_pop(c->L, 1);
    return text_field(c, idx, key, what);
  }
  int list = lua_gettop(c->L);
  lua_Integer n = (lua_Integer)lua_rawlen(c->L, list);
  if (n < 1 || n > CONVERT_MAX_LINES) {
    fail(c, "%s as a list needs 1 to %d text keys", what, CONVERT_MAX_LINES);
    lua_pop(c->L, 1);
    return NULL;
  }
  Buf b = {0};
  buf_adds(&b, "");
  for (lua_Integer i = 1; i <= n; i++) {
    const char *line = lua_rawgeti(c->L, list, i) == LUA_TSTRING ? lua_tostring(c->L, -1) : NULL;
    if (!line) fail(c, "%s line %d must be a text key in quotes", what, (int)i);
    else buf_printf(&b, "%s%s", i > 1 ? "\n" : "", text_of(c, line));
    lua_pop(c->L, 1);
  }
  lua_pop(c->L, 1);
  char *s = arena_strndup(c->s->arena, b.data, b.len);
  buf_free(&b);
  return s;
}

static char *asset_field(Conv *c, int idx, const char *key) {
  const char *name = raw_string(c, idx, key, key);
  if (!name) return NULL;
  Buf b = {0};
  buf_adds(&b, "");
  expand(c->t, name, c->where, &b, NULL); /* allows {lang} in narration file names */
  char *s = NULL;
  if (!path_is_safe_relative(b.data)) fail(c, "%s '%s' must be a file name inside the pack's assets", key, b.data);
  else s = arena_strdup(c->s->arena, b.data);
  buf_free(&b);
  return s;
}

static bool bool_field(Conv *c, int idx, const char *key) {
  get(c, idx, key);
  bool v = lua_toboolean(c->L, -1);
  lua_pop(c->L, 1);
  return v;
}

static int int_field(Conv *c, int idx, const char *key) {
  get(c, idx, key);
  int v = 0;
  if (lua_isinteger(c->L, -1)) {
    lua_Integer i = lua_tointeger(c->L, -1);
    v = i < 0 ? -1 : (i > 1000 ? 1000 : (int)i);
  }
  lua_pop(c->L, 1);
  return v;
}

/* Pushes the array field and returns its length, or -1 (nothing pushed) when absent. */
static int array_field(Conv *c, int idx, const char *key, const char *what) {
  int type = get(c, idx, key);
  if (type == LUA_TNIL) {
    lua_pop(c->L, 1);
    return -1;
  }
  if (type != LUA_TTABLE) {
    lua_pop(c->L, 1);
    fail(c, "%s must be a list { ... }", what);
    return -1;
  }
  lua_Unsigned n = lua_rawlen(c->L, -1);
  return n > 1000 ? 1000 : (int)n;
}

static void read_options(Conv *c, int idx) {
  int n = array_field(c, idx, "options", "options");
  if (n < 0) return;
  int list = lua_gettop(c->L);
  if (n > SCREEN_MAX_OPTIONS) {
    fail(c, "a question can have at most %d options", SCREEN_MAX_OPTIONS);
    n = SCREEN_MAX_OPTIONS;
  }
  for (int i = 0; i < n && !c->bad; i++) {
    if (lua_rawgeti(c->L, list, i + 1) != LUA_TTABLE) {
      lua_pop(c->L, 1);
      fail(c, "option must be a table");
      break;
    }
    int o = lua_gettop(c->L);
    Option *opt = &c->s->options[i];
    opt->id = arena_strdup(c->s->arena, raw_string(c, o, "id", "option id"));
    opt->text = text_field(c, o, "text", "option text");
    opt->feedback = text_field(c, o, "feedback", "feedback");
    opt->correct = bool_field(c, o, "correct");
    opt->danger = bool_field(c, o, "danger");
    lua_pop(c->L, 1);
    c->s->noptions = i + 1;
  }
  lua_pop(c->L, 1);
}

static void rich_of(Conv *c, const char *key, RichText *r, SpanList *spans) {
  if (!key) return;
  int first = spans ? spans->n : 0;
  size_t len;
  r->text = expand_clean(c, key, spans, &len);
  if (spans && spans->n > first) {
    r->nspans = spans->n - first;
    r->spans = arena_alloc(c->s->arena, sizeof(FlagSpan) * (size_t)r->nspans);
    for (int i = 0; i < r->nspans; i++) {
      r->spans[i] = spans->span[first + i];
      r->spans[i].flag = first + i; /* span number for now; mapped to a flag below */
    }
  }
}

static void read_message(Conv *c, int idx, SpanList *spans) {
  int type = get(c, idx, "message");
  if (type != LUA_TTABLE) {
    lua_pop(c->L, 1);
    fail(c, "needs a message = sms { ... }");
    return;
  }
  int m = lua_gettop(c->L);
  Message *msg = &c->s->message;
  const char *kind = raw_string(c, m, "kind", "message kind");
  if (kind && strcmp(kind, "email") == 0) msg->kind = MESSAGE_EMAIL;
  else if (kind && strcmp(kind, "post") == 0) msg->kind = MESSAGE_POST;
  else if (kind && strcmp(kind, "chat") == 0) msg->kind = MESSAGE_CHAT;
  else msg->kind = MESSAGE_SMS;
  rich_of(c, raw_string(c, m, "from", "from"), &msg->from, spans);
  rich_of(c, raw_string(c, m, "subject", "subject"), &msg->subject, spans);
  msg->app = text_field(c, m, "app", "app");
  msg->time = text_field(c, m, "time", "time");
  int n = array_field(c, m, "parts", "message text");
  if (n >= 0) {
    int parts = lua_gettop(c->L);
    if (n > SCREEN_MAX_PARTS) n = SCREEN_MAX_PARTS;
    for (int i = 0; i < n && !c->bad; i++) {
      lua_rawgeti(c->L, parts, i + 1);
      const char *key = lua_type(c->L, -1) == LUA_TSTRING ? lua_tostring(c->L, -1) : NULL;
      if (!key) fail(c, "message text must be a text key");
      else rich_of(c, key, &msg->parts[msg->nparts++], spans);
      lua_pop(c->L, 1);
    }
    lua_pop(c->L, 1);
  }
  lua_pop(c->L, 1);
}

/* Flags are ordered by where they first appear in the message, so the explanations
   read in the same order as the message. */
static void read_flags(Conv *c, int idx, SpanList *spans) {
  if (get(c, idx, "flags") != LUA_TTABLE) {
    lua_pop(c->L, 1);
    fail(c, "needs flags = { flag_id = \"explanation_key\" }");
    return;
  }
  int ft = lua_gettop(c->L);
  Screen *s = c->s;
  for (int i = 0; i < spans->n && !c->bad; i++) {
    int f = 0;
    while (f < s->nflags && strcmp(s->flags[f].id, spans->id[i]) != 0) f++;
    if (f == s->nflags) {
      lua_pushstring(c->L, spans->id[i]);
      if (lua_rawget(c->L, ft) != LUA_TSTRING) {
        lua_pop(c->L, 1);
        fail(c, "the message marks red flag '%s' but flags has no explanation for it", spans->id[i]);
        break;
      }
      if (s->nflags == SCREEN_MAX_FLAGS) {
        lua_pop(c->L, 1);
        fail(c, "too many red flags in one message");
        break;
      }
      s->flags[f].id = arena_strdup(s->arena, spans->id[i]);
      s->flags[f].explain = text_of(c, lua_tostring(c->L, -1));
      lua_pop(c->L, 1);
      s->nflags++;
    }
    spans->span[i].flag = f;
  }
  /* declared but never marked: report it, naming the language that lost the marker */
  lua_pushnil(c->L);
  while (!c->bad && lua_next(c->L, ft)) {
    const char *id = lua_type(c->L, -2) == LUA_TSTRING ? lua_tostring(c->L, -2) : "?";
    bool found = false;
    for (int f = 0; f < s->nflags; f++)
      if (strcmp(s->flags[f].id, id) == 0) found = true;
    if (!found) {
      lua_pop(c->L, 2);
      fail(c, "red flag '%s' is not marked {%s|...} in the message text", id, id);
      break;
    }
    lua_pop(c->L, 1);
  }
  lua_pop(c->L, 1);
  /* point every span at its flag */
  Message *m = &s->message;
  RichText *fields[2 + SCREEN_MAX_PARTS] = {&m->from, &m->subject};
  int nf = 2;
  for (int i = 0; i < m->nparts; i++) fields[nf++] = &m->parts[i];
  for (int i = 0; i < nf; i++)
    for (int k = 0; k < fields[i]->nspans; k++)
      fields[i]->spans[k].flag = spans->span[fields[i]->spans[k].flag].flag;
}

static void read_bubbles(Conv *c, int idx) {
  int n = array_field(c, idx, "bubbles", "bubbles");
  if (n < 0) return;
  int list = lua_gettop(c->L);
  int first = n > SCREEN_MAX_BUBBLES ? n - SCREEN_MAX_BUBBLES : 0; /* older ones scrolled away */
  for (int i = first; i < n && !c->bad; i++) {
    if (lua_rawgeti(c->L, list, i + 1) != LUA_TTABLE) {
      lua_pop(c->L, 1);
      continue;
    }
    int b = lua_gettop(c->L);
    Bubble *bub = &c->s->bubbles[c->s->nbubbles++];
    bub->text = text_field(c, b, "text", "chat message");
    bub->mine = bool_field(c, b, "mine");
    bub->fresh = bool_field(c, b, "fresh");
    lua_pop(c->L, 1);
  }
  lua_pop(c->L, 1);
}

static void read_takeaways(Conv *c, int idx) {
  int n = array_field(c, idx, "takeaways", "takeaways");
  if (n < 0) return;
  int list = lua_gettop(c->L);
  if (n > SCREEN_MAX_TAKEAWAYS) {
    fail(c, "at most %d takeaways", SCREEN_MAX_TAKEAWAYS);
    n = SCREEN_MAX_TAKEAWAYS;
  }
  for (int i = 0; i < n && !c->bad; i++) {
    lua_rawgeti(c->L, list, i + 1);
    if (lua_type(c->L, -1) == LUA_TSTRING)
      c->s->takeaways[c->s->ntakeaways++] = text_of(c, lua_tostring(c->L, -1));
    else
      fail(c, "takeaways must be text keys");
    lua_pop(c->L, 1);
  }
  lua_pop(c->L, 1);
}

Screen *convert_screen(lua_State *L, int idx, Texts *t, const char *where, Error *err) {
  idx = lua_absindex(L, idx);
  luaL_checkstack(L, 8, "screen");
  if (lua_type(L, idx) != LUA_TTABLE) {
    error_set(err, "a screen must be a table");
    return NULL;
  }
  lua_pushliteral(L, "kind");
  const char *kind_name = lua_rawget(L, idx) == LUA_TSTRING ? lua_tostring(L, -1) : "";
  ScreenKind kind;
  bool known = screen_kind_from_name(kind_name, &kind);
  lua_pop(L, 1);
  if (!known) {
    error_set(err, "unknown screen kind");
    return NULL;
  }
  Conv c = {L, t, where, screen_new(kind), err, false};
  Screen *s = c.s;
  s->id = arena_strdup(s->arena, raw_string(&c, idx, "id", "id"));
  s->title = text_field(&c, idx, "title", "title");
  s->unscored = bool_field(&c, idx, "unscored");
  s->text = kind == SCREEN_PAGE ? text_or_lines(&c, idx, "text", "text")
                                 : text_field(&c, idx, "text", "text");
  s->image = asset_field(&c, idx, "image");
  s->audio = asset_field(&c, idx, "audio");
  s->step = int_field(&c, idx, "step");
  s->steps = int_field(&c, idx, "steps");
  SpanList *spans = NULL;
  switch (kind) {
  case SCREEN_CHOICE:
  case SCREEN_MULTI:
  case SCREEN_PASSWORD:
    read_options(&c, idx);
    break;
  case SCREEN_FLAGS:
    spans = xcalloc(1, sizeof *spans);
    read_message(&c, idx, spans);
    if (!c.bad) read_flags(&c, idx, spans);
    break;
  case SCREEN_DECIDE:
    read_message(&c, idx, NULL);
    s->scam = bool_field(&c, idx, "scam");
    s->why = text_field(&c, idx, "why", "why");
    break;
  case SCREEN_CHAT:
    s->contact = text_field(&c, idx, "contact", "with");
    s->app = text_field(&c, idx, "app", "app");
    read_bubbles(&c, idx);
    read_options(&c, idx);
    break;
  case SCREEN_RESULT: {
    read_takeaways(&c, idx);
    const char *help = raw_string(&c, idx, "help", "help");
    s->help = arena_strdup(s->arena, help);
    s->hide_score = bool_field(&c, idx, "hide_score");
    break;
  }
  default:
    break;
  }
  free(spans);
  if (c.bad || !screen_check(s, err)) {
    screen_free(s);
    return NULL;
  }
  return s;
}
