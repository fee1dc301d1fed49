/* wire.c — the binary form of Screens and Answers between the lesson runner process and
   the engine. Little-endian, length-prefixed; the decoder trusts nothing. */
#include <string.h>

#include "screen/screen.h"

#define WIRE_VERSION 1
#define WIRE_NULL 0xFFFFFFFFu

/* ---- encoding ------------------------------------------------------------------- */

static void put_u8(Buf *b, unsigned v) {
  unsigned char c = (unsigned char)v;
  buf_add(b, &c, 1);
}

static void put_u32(Buf *b, uint32_t v) {
  unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                        (unsigned char)(v >> 24)};
  buf_add(b, c, 4);
}

static void put_str(Buf *b, const char *s) {
  if (!s) {
    put_u32(b, WIRE_NULL);
    return;
  }
  size_t n = strlen(s);
  put_u32(b, (uint32_t)n);
  buf_add(b, s, n);
}

static void put_rich(Buf *b, const RichText *r) {
  put_str(b, r->text);
  put_u8(b, (unsigned)r->nspans);
  for (int i = 0; i < r->nspans; i++) {
    put_u32(b, r->spans[i].start);
    put_u32(b, r->spans[i].end);
    put_u8(b, (unsigned)r->spans[i].flag);
  }
}

void screen_encode(const Screen *s, Buf *b) {
  put_u8(b, WIRE_VERSION);
  put_u8(b, s->kind);
  put_str(b, s->id);
  put_str(b, s->title);
  put_str(b, s->text);
  put_str(b, s->image);
  put_str(b, s->audio);
  put_u32(b, (uint32_t)s->step);
  put_u32(b, (uint32_t)s->steps);
  put_u8(b, (unsigned)s->noptions);
  for (int i = 0; i < s->noptions; i++) {
    put_str(b, s->options[i].id);
    put_str(b, s->options[i].text);
    put_str(b, s->options[i].feedback);
    put_u8(b, (unsigned)(s->options[i].correct | (s->options[i].danger << 1)));
  }
  const Message *m = &s->message;
  put_u8(b, m->kind);
  put_rich(b, &m->from);
  put_rich(b, &m->subject);
  put_u8(b, (unsigned)m->nparts);
  for (int i = 0; i < m->nparts; i++) put_rich(b, &m->parts[i]);
  put_str(b, m->app);
  put_str(b, m->time);
  put_u8(b, (unsigned)s->nflags);
  for (int i = 0; i < s->nflags; i++) {
    put_str(b, s->flags[i].id);
    put_str(b, s->flags[i].explain);
  }
  put_u8(b, s->scam);
  put_str(b, s->why);
  put_str(b, s->contact);
  put_str(b, s->app);
  put_u8(b, (unsigned)s->nbubbles);
  for (int i = 0; i < s->nbubbles; i++) {
    put_str(b, s->bubbles[i].text);
    put_u8(b, (unsigned)(s->bubbles[i].mine | (s->bubbles[i].fresh << 1)));
  }
  put_u8(b, (unsigned)s->ntakeaways);
  for (int i = 0; i < s->ntakeaways; i++) put_str(b, s->takeaways[i]);
  put_str(b, s->help);
  put_u32(b, (uint32_t)s->score);
  put_u32(b, (uint32_t)s->max);
  put_u8(b, (unsigned)(s->hide_score | (s->unscored << 1)));
}

void answer_encode(const Answer *a, Buf *b) {
  put_u8(b, WIRE_VERSION);
  put_u8(b, a->status);
  put_u32(b, (uint32_t)a->choice);
  put_u32(b, a->picked);
  put_u32(b, (uint32_t)a->misses);
}

/* ---- decoding ------------------------------------------------------------------- */

typedef struct Reader {
  const unsigned char *p, *end;
  bool bad;
  Arena *arena;
} Reader;

static unsigned get_u8(Reader *r) {
  if (r->bad || r->p >= r->end) {
    r->bad = true;
    return 0;
  }
  return *r->p++;
}

static uint32_t get_u32(Reader *r) {
  if (r->bad || r->end - r->p < 4) {
    r->bad = true;
    return 0;
  }
  uint32_t v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 |
               (uint32_t)r->p[3] << 24;
  r->p += 4;
  return v;
}

static int get_count(Reader *r, int max) {
  unsigned n = get_u8(r);
  if ((int)n > max) r->bad = true;
  return r->bad ? 0 : (int)n;
}

static char *get_str(Reader *r) {
  uint32_t n = get_u32(r);
  if (r->bad || n == WIRE_NULL) return NULL;
  if (n > SCREEN_MAX_TEXT || (size_t)(r->end - r->p) < n) {
    r->bad = true;
    return NULL;
  }
  if (memchr(r->p, '\0', n)) { /* an embedded NUL would hide the rest of the text */
    r->bad = true;
    return NULL;
  }
  char *s = arena_strndup(r->arena, (const char *)r->p, n);
  r->p += n;
  return s;
}

static void get_rich(Reader *r, RichText *t) {
  t->text = get_str(r);
  t->nspans = get_count(r, SCREEN_MAX_FLAGS * 4);
  if (t->nspans) t->spans = arena_alloc(r->arena, sizeof(FlagSpan) * (size_t)t->nspans);
  for (int i = 0; i < t->nspans; i++) {
    t->spans[i].start = get_u32(r);
    t->spans[i].end = get_u32(r);
    t->spans[i].flag = (int)get_u8(r);
  }
}

Screen *screen_decode(const void *data, size_t len, Error *err) {
  Reader r = {data, (const unsigned char *)data + len, false, NULL};
  if (get_u8(&r) != WIRE_VERSION) {
    error_set(err, "screen data has an unknown version");
    return NULL;
  }
  unsigned kind = get_u8(&r);
  if (kind >= SCREEN_KIND_COUNT) {
    error_set(err, "screen data has an unknown kind %u", kind);
    return NULL;
  }
  Screen *s = screen_new((ScreenKind)kind);
  r.arena = s->arena;
  s->id = get_str(&r);
  s->title = get_str(&r);
  s->text = get_str(&r);
  s->image = get_str(&r);
  s->audio = get_str(&r);
  s->step = (int)get_u32(&r);
  s->steps = (int)get_u32(&r);
  s->noptions = get_count(&r, SCREEN_MAX_OPTIONS);
  for (int i = 0; i < s->noptions; i++) {
    s->options[i].id = get_str(&r);
    s->options[i].text = get_str(&r);
    s->options[i].feedback = get_str(&r);
    unsigned bits = get_u8(&r);
    s->options[i].correct = bits & 1;
    s->options[i].danger = (bits >> 1) & 1;
  }
  Message *m = &s->message;
  m->kind = (MessageKind)(get_u8(&r) & 3);
  get_rich(&r, &m->from);
  get_rich(&r, &m->subject);
  m->nparts = get_count(&r, SCREEN_MAX_PARTS);
  for (int i = 0; i < m->nparts; i++) get_rich(&r, &m->parts[i]);
  m->app = get_str(&r);
  m->time = get_str(&r);
  s->nflags = get_count(&r, SCREEN_MAX_FLAGS);
  for (int i = 0; i < s->nflags; i++) {
    s->flags[i].id = get_str(&r);
    s->flags[i].explain = get_str(&r);
  }
  s->scam = get_u8(&r) != 0;
  s->why = get_str(&r);
  s->contact = get_str(&r);
  s->app = get_str(&r);
  s->nbubbles = get_count(&r, SCREEN_MAX_BUBBLES);
  for (int i = 0; i < s->nbubbles; i++) {
    s->bubbles[i].text = get_str(&r);
    unsigned bits = get_u8(&r);
    s->bubbles[i].mine = bits & 1;
    s->bubbles[i].fresh = (bits >> 1) & 1;
  }
  s->ntakeaways = get_count(&r, SCREEN_MAX_TAKEAWAYS);
  for (int i = 0; i < s->ntakeaways; i++) s->takeaways[i] = get_str(&r);
  s->help = get_str(&r);
  s->score = (int)get_u32(&r);
  s->max = (int)get_u32(&r);
  unsigned scoring = get_u8(&r);
  s->hide_score = scoring & 1;
  s->unscored = (scoring >> 1) & 1;
  if (r.bad || r.p != r.end) {
    error_set(err, "screen data is malformed");
    screen_free(s);
    return NULL;
  }
  if (!screen_check(s, err)) {
    screen_free(s);
    return NULL;
  }
  return s;
}

bool answer_decode(const void *data, size_t len, Answer *a, Error *err) {
  Reader r = {data, (const unsigned char *)data + len, false, NULL};
  if (get_u8(&r) != WIRE_VERSION) return error_set(err, "answer data has an unknown version");
  unsigned status = get_u8(&r);
  a->choice = (int)get_u32(&r);
  a->picked = get_u32(&r);
  a->misses = (int)get_u32(&r);
  if (r.bad || r.p != r.end || status > ANSWER_TIMEOUT)
    return error_set(err, "answer data is malformed");
  a->status = (AnswerStatus)status;
  return true;
}

Screen *screen_clone(const Screen *s) {
  Buf b = {0};
  screen_encode(s, &b);
  Screen *copy = screen_decode(b.data, b.len, NULL);
  buf_free(&b);
  return copy;
}
