/* screen.c — Screen and Answer: construction, grading, alternatives, checks, JSON. */
#include "screen/screen.h"

#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"

static const char *const kind_names[SCREEN_KIND_COUNT] = {
    "page", "choice", "multi", "flags", "chat", "decide", "result", "password",
};

Screen *screen_new(ScreenKind kind) {
  Arena *a = arena_new();
  Screen *s = arena_alloc(a, sizeof *s);
  s->arena = a;
  s->kind = kind;
  return s;
}

void screen_free(Screen *s) {
  if (s) arena_free(s->arena);
}

const char *screen_kind_name(ScreenKind kind) {
  return (unsigned)kind < SCREEN_KIND_COUNT ? kind_names[kind] : "?";
}

bool screen_kind_from_name(const char *name, ScreenKind *kind) {
  for (int k = 0; k < SCREEN_KIND_COUNT; k++)
    if (strcmp(name, kind_names[k]) == 0) {
      *kind = (ScreenKind)k;
      return true;
    }
  return false;
}

bool screen_is_question(const Screen *s) {
  return s->kind != SCREEN_PAGE && s->kind != SCREEN_RESULT;
}

bool screen_has_feedback(const Screen *s) {
  return s->kind == SCREEN_CHOICE || s->kind == SCREEN_PASSWORD || s->kind == SCREEN_MULTI ||
         s->kind == SCREEN_FLAGS || s->kind == SCREEN_DECIDE || (s->kind == SCREEN_CHAT && s->noptions > 0);
}

Answer answer_continue(void) {
  Answer a = {.status = ANSWER_GIVEN, .choice = ANSWER_NO_CHOICE};
  return a;
}

static uint32_t all_bits(int n) { return n >= 32 ? 0xFFFFFFFFu : ((1u << n) - 1u); }

static uint32_t correct_mask(const Screen *s) {
  uint32_t m = 0;
  for (int i = 0; i < s->noptions; i++)
    if (s->options[i].correct) m |= 1u << i;
  return m;
}

static bool any_correct(const Screen *s) { return correct_mask(s) != 0; }

bool screen_answer_valid(const Screen *s, const Answer *a) {
  if (a->status != ANSWER_GIVEN) return true;
  switch (s->kind) {
  case SCREEN_PAGE:
  case SCREEN_RESULT:
    return true;
  case SCREEN_CHOICE:
  case SCREEN_PASSWORD:
    return a->choice >= 0 && a->choice < s->noptions;
  case SCREEN_CHAT:
    return s->noptions == 0 ? true : (a->choice >= 0 && a->choice < s->noptions);
  case SCREEN_DECIDE:
    return a->choice == ANSWER_SAFE || a->choice == ANSWER_SCAM;
  case SCREEN_MULTI:
    return (a->picked & ~all_bits(s->noptions)) == 0;
  case SCREEN_FLAGS:
    return (a->picked & ~all_bits(s->nflags)) == 0 && a->misses >= 0 &&
           a->misses <= SCREEN_MAX_MISSES;
  default:
    return false;
  }
}

static int popcount32(uint32_t v) {
  int n = 0;
  for (; v; v &= v - 1) n++;
  return n;
}

Grade screen_grade(const Screen *s, const Answer *a) {
  Grade g = {0, 0, true};
  if (a->status != ANSWER_GIVEN || !screen_answer_valid(s, a)) {
    g.correct = false;
    g.max = s->kind == SCREEN_FLAGS ? s->nflags : (screen_is_question(s) ? 1 : 0);
    if (s->kind == SCREEN_CHAT && !any_correct(s)) g.max = 0;
    return g;
  }
  switch (s->kind) {
  case SCREEN_CHOICE:
  case SCREEN_PASSWORD:
    g.max = 1;
    g.correct = s->options[a->choice].correct;
    break;
  case SCREEN_CHAT:
    if (s->noptions > 0 && any_correct(s)) {
      g.max = 1;
      g.correct = s->options[a->choice].correct;
    }
    break;
  case SCREEN_MULTI:
    g.max = 1;
    g.correct = a->picked == correct_mask(s);
    break;
  case SCREEN_DECIDE:
    g.max = 1;
    g.correct = (a->choice == ANSWER_SCAM) == s->scam;
    break;
  case SCREEN_FLAGS:
    g.max = s->nflags;
    g.points = popcount32(a->picked);
    g.correct = g.points == s->nflags;
    return g;
  default:
    return g;
  }
  g.points = g.correct && g.max ? 1 : 0;
  return g;
}

int screen_alternatives(const Screen *s, Answer *out, int max) {
  int n = 0;
#define PUSH(...)                                                                          \
  do {                                                                                     \
    if (n < max) out[n++] = (Answer){.status = ANSWER_GIVEN, __VA_ARGS__};                 \
  } while (0)
  switch (s->kind) {
  case SCREEN_CHOICE:
  case SCREEN_CHAT:
  case SCREEN_PASSWORD:
    for (int i = 0; i < s->noptions; i++) PUSH(.choice = i);
    if (s->kind == SCREEN_CHAT && s->noptions == 0) PUSH(.choice = ANSWER_NO_CHOICE);
    break;
  case SCREEN_DECIDE:
    PUSH(.choice = ANSWER_SAFE);
    PUSH(.choice = ANSWER_SCAM);
    break;
  case SCREEN_MULTI: {
    uint32_t right = correct_mask(s), wrong = all_bits(s->noptions) & ~right;
    PUSH(.choice = ANSWER_NO_CHOICE, .picked = right);
    if (wrong) PUSH(.choice = ANSWER_NO_CHOICE, .picked = wrong);
    break;
  }
  case SCREEN_FLAGS:
    PUSH(.choice = ANSWER_NO_CHOICE, .picked = all_bits(s->nflags));
    PUSH(.choice = ANSWER_NO_CHOICE, .picked = 0, .misses = 1);
    if (s->nflags > 1) PUSH(.choice = ANSWER_NO_CHOICE, .picked = 1);
    break;
  default:
    PUSH(.choice = ANSWER_NO_CHOICE);
    break;
  }
#undef PUSH
  return n;
}

/* ---- structural checks ---------------------------------------------------------- */

static bool id_ok(const char *id) {
  if (!id || !*id || strlen(id) > SCREEN_MAX_ID) return false;
  for (const char *p = id; *p; p++) {
    char c = *p;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-' || c == '.'))
      return false;
  }
  return true;
}

static bool text_ok(const char *t, const char *what, Error *err) {
  if (!t) return true;
  size_t n = strlen(t);
  if (n > SCREEN_MAX_TEXT)
    return error_set(err, "%s is too long (%zu bytes, limit %d)", what, n, SCREEN_MAX_TEXT);
  if (!utf8_valid(t, n)) return error_set(err, "%s is not valid UTF-8", what);
  return true;
}

static bool rich_ok(const RichText *r, int nflags, const char *what, bool *seen, Error *err) {
  if (!text_ok(r->text, what, err)) return false;
  uint32_t len = r->text ? (uint32_t)strlen(r->text) : 0, last = 0;
  for (int i = 0; i < r->nspans; i++) {
    const FlagSpan *sp = &r->spans[i];
    if (sp->start > sp->end || sp->end > len || sp->start < last)
      return error_set(err, "%s: red-flag span %d is out of place", what, i + 1);
    if (sp->flag < 0 || sp->flag >= nflags)
      return error_set(err, "%s: red-flag span %d names no flag", what, i + 1);
    if (sp->start == sp->end) return error_set(err, "%s: red flag %d is empty", what, i + 1);
    seen[sp->flag] = true;
    last = sp->end;
  }
  return true;
}

static bool message_ok(const Screen *s, Error *err) {
  const Message *m = &s->message;
  if (m->nparts < 1 || m->nparts > SCREEN_MAX_PARTS)
    return error_set(err, "message has %d parts (1 to %d allowed)", m->nparts, SCREEN_MAX_PARTS);
  bool seen[SCREEN_MAX_FLAGS] = {false};
  if (!rich_ok(&m->from, s->nflags, "message sender", seen, err)) return false;
  if (!rich_ok(&m->subject, s->nflags, "message subject", seen, err)) return false;
  for (int i = 0; i < m->nparts; i++) {
    if (!m->parts[i].text) return error_set(err, "message part %d has no text", i + 1);
    if (!rich_ok(&m->parts[i], s->nflags, "message text", seen, err)) return false;
  }
  if (!text_ok(m->app, "app name", err) || !text_ok(m->time, "message time", err)) return false;
  for (int f = 0; f < s->nflags; f++)
    if (!seen[f])
      return error_set(err, "red flag '%s' is not marked in the message text", s->flags[f].id);
  return true;
}

static bool options_ok(const Screen *s, int min, Error *err) {
  if (s->noptions < min || s->noptions > SCREEN_MAX_OPTIONS)
    return error_set(err, "%s '%s' has %d options (%d to %d allowed)", screen_kind_name(s->kind),
                     s->id, s->noptions, min, SCREEN_MAX_OPTIONS);
  for (int i = 0; i < s->noptions; i++) {
    const Option *o = &s->options[i];
    if (!id_ok(o->id)) return error_set(err, "option %d has a bad id", i + 1);
    if (!o->text || !*o->text) return error_set(err, "option '%s' has no text", o->id);
    if (!text_ok(o->text, "option text", err) || !text_ok(o->feedback, "feedback", err))
      return false;
    if (o->danger && o->correct)
      return error_set(err, "option '%s' is marked both correct and danger", o->id);
    for (int j = 0; j < i; j++)
      if (strcmp(s->options[j].id, o->id) == 0)
        return error_set(err, "option id '%s' is used twice", o->id);
  }
  return true;
}

bool screen_check(const Screen *s, Error *err) {
  if ((unsigned)s->kind >= SCREEN_KIND_COUNT) return error_set(err, "unknown screen kind");
  if (screen_is_question(s) && !id_ok(s->id))
    return error_set(err, "%s screen needs an id of letters, digits, '_', '-' or '.' (at most %d)",
                     screen_kind_name(s->kind), SCREEN_MAX_ID);
  if (!text_ok(s->title, "title", err) || !text_ok(s->text, "text", err) ||
      !text_ok(s->why, "explanation", err) || !text_ok(s->contact, "contact", err) ||
      !text_ok(s->app, "app name", err) || !text_ok(s->help, "help topic", err))
    return false;
  if (s->steps < 0 || s->step < 0 || s->step > s->steps || s->steps > 100)
    return error_set(err, "bad step %d of %d", s->step, s->steps);
  switch (s->kind) {
  case SCREEN_PAGE:
    if (!s->title && !s->text) return error_set(err, "page has neither title nor text");
    break;
  case SCREEN_CHOICE:
  case SCREEN_MULTI:
    if (!s->text) return error_set(err, "%s '%s' has no question", screen_kind_name(s->kind), s->id);
    if (!options_ok(s, 2, err)) return false;
    if (!any_correct(s))
      return error_set(err, "%s '%s' has no correct option", screen_kind_name(s->kind), s->id);
    break;
  case SCREEN_CHAT:
    if (s->nbubbles < 1 || s->nbubbles > SCREEN_MAX_BUBBLES)
      return error_set(err, "chat '%s' has %d messages (1 to %d allowed)", s->id, s->nbubbles,
                       SCREEN_MAX_BUBBLES);
    for (int i = 0; i < s->nbubbles; i++)
      if (!s->bubbles[i].text || !text_ok(s->bubbles[i].text, "chat message", err))
        return error_set(err, "chat '%s': message %d has no text", s->id, i + 1);
    if (s->noptions && !options_ok(s, 1, err)) return false;
    break;
  case SCREEN_FLAGS:
    if (s->nflags < 1 || s->nflags > SCREEN_MAX_FLAGS)
      return error_set(err, "flags '%s' has %d red flags (1 to %d allowed)", s->id, s->nflags,
                       SCREEN_MAX_FLAGS);
    for (int i = 0; i < s->nflags; i++) {
      if (!id_ok(s->flags[i].id)) return error_set(err, "red flag %d has a bad id", i + 1);
      if (!s->flags[i].explain || !text_ok(s->flags[i].explain, "red-flag explanation", err))
        return error_set(err, "red flag '%s' has no explanation", s->flags[i].id);
      for (int j = 0; j < i; j++)
        if (strcmp(s->flags[j].id, s->flags[i].id) == 0)
          return error_set(err, "red flag '%s' is declared twice", s->flags[i].id);
    }
    if (!message_ok(s, err)) return false;
    break;
  case SCREEN_DECIDE:
    if (s->nflags != 0) return error_set(err, "decide card '%s' cannot mark red flags", s->id);
    if (!message_ok(s, err)) return false;
    if (!s->why) return error_set(err, "decide card '%s' has no explanation", s->id);
    break;
  case SCREEN_PASSWORD: {
    static const char *const levels[] = {"weak", "fair", "strong"};
    if (!s->text) return error_set(err, "password '%s' has no question", s->id);
    if (!options_ok(s, 3, err)) return false;
    if (s->noptions != 3) return error_set(err, "password '%s' needs the levels weak, fair and strong", s->id);
    for (int i = 0; i < 3; i++)
      if (strcmp(s->options[i].id, levels[i]) != 0 || s->options[i].correct != (i == 2))
        return error_set(err, "password '%s': level %d must be '%s'%s", s->id, i + 1, levels[i],
                         i == 2 ? " (the right one)" : "");
    break;
  }
  case SCREEN_RESULT:
    if (s->ntakeaways < 0 || s->ntakeaways > SCREEN_MAX_TAKEAWAYS)
      return error_set(err, "result has %d takeaways (at most %d)", s->ntakeaways,
                       SCREEN_MAX_TAKEAWAYS);
    for (int i = 0; i < s->ntakeaways; i++)
      if (!s->takeaways[i] || !text_ok(s->takeaways[i], "takeaway", err))
        return error_set(err, "takeaway %d has no text", i + 1);
    if (s->score < 0 || s->max < 0 || s->score > s->max || s->max > SCREEN_MAX_POINTS)
      return error_set(err, "bad score %d of %d", s->score, s->max);
    break;
  default:
    break;
  }
  return true;
}

/* ---- digest --------------------------------------------------------------------- */

static void fnv(uint64_t *h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) {
    *h ^= b[i];
    *h *= 1099511628211ULL;
  }
}

static void fnv_str(uint64_t *h, const char *s) {
  if (s) fnv(h, s, strlen(s) + 1);
  else fnv(h, "\xff", 1);
}

static void fnv_int(uint64_t *h, int v) { fnv(h, &v, sizeof v); }

static void fnv_rich(uint64_t *h, const RichText *r) {
  fnv_str(h, r->text);
  for (int i = 0; i < r->nspans; i++) fnv(h, &r->spans[i], sizeof r->spans[i]);
}

uint64_t screen_digest(const Screen *s) {
  uint64_t h = 14695981039346656037ULL;
  fnv_int(&h, s->kind);
  fnv_str(&h, s->id);
  fnv_str(&h, s->title);
  fnv_str(&h, s->text);
  fnv_str(&h, s->image);
  fnv_int(&h, s->step);
  fnv_int(&h, s->steps);
  for (int i = 0; i < s->noptions; i++) {
    fnv_str(&h, s->options[i].id);
    fnv_str(&h, s->options[i].text);
    fnv_str(&h, s->options[i].feedback);
    fnv_int(&h, s->options[i].correct);
    fnv_int(&h, s->options[i].danger);
  }
  fnv_rich(&h, &s->message.from);
  fnv_rich(&h, &s->message.subject);
  for (int i = 0; i < s->message.nparts; i++) fnv_rich(&h, &s->message.parts[i]);
  for (int i = 0; i < s->nflags; i++) {
    fnv_str(&h, s->flags[i].id);
    fnv_str(&h, s->flags[i].explain);
  }
  fnv_int(&h, s->scam);
  fnv_str(&h, s->why);
  fnv_str(&h, s->contact);
  for (int i = 0; i < s->nbubbles; i++) {
    fnv_str(&h, s->bubbles[i].text);
    fnv_int(&h, s->bubbles[i].mine);
  }
  for (int i = 0; i < s->ntakeaways; i++) fnv_str(&h, s->takeaways[i]);
  fnv_int(&h, s->score);
  fnv_int(&h, s->max);
  fnv_int(&h, s->hide_score);
  fnv_int(&h, s->unscored);
  return h;
}

/* ---- JSON ----------------------------------------------------------------------- */

static void json_field(Buf *b, const char *key, const char *val) {
  if (!val) return;
  buf_printf(b, ",\"%s\":", key);
  buf_add_json_string(b, val);
}

static void json_rich(Buf *b, const char *key, const RichText *r, const Screen *s) {
  if (!r->text) return;
  buf_printf(b, ",\"%s\":", key);
  buf_add_json_string(b, r->text);
  if (r->nspans) {
    buf_printf(b, ",\"%s_flags\":[", key);
    for (int i = 0; i < r->nspans; i++) {
      buf_printf(b, "%s{\"flag\":", i ? "," : "");
      buf_add_json_string(b, s->flags[r->spans[i].flag].id);
      buf_printf(b, ",\"start\":%u,\"end\":%u}", r->spans[i].start, r->spans[i].end);
    }
    buf_addc(b, ']');
  }
}

static void json_message(Buf *b, const Screen *s) {
  const Message *m = &s->message;
  static const char *const kinds[] = {"sms", "email", "chat", "post"};
  buf_printf(b, ",\"message\":{\"kind\":\"%s\"", kinds[m->kind & 3]);
  json_field(b, "app", m->app);
  json_field(b, "time", m->time);
  json_rich(b, "from", &m->from, s);
  json_rich(b, "subject", &m->subject, s);
  buf_adds(b, ",\"parts\":[");
  for (int i = 0; i < m->nparts; i++) {
    buf_adds(b, i ? ",{" : "{");
    Buf part = {0};
    json_rich(&part, "text", &m->parts[i], s);
    buf_adds(b, part.data + 1); /* drop the leading comma */
    buf_free(&part);
    buf_addc(b, '}');
  }
  buf_adds(b, "]}");
}

void screen_to_json(const Screen *s, Buf *b) {
  buf_printf(b, "{\"screen\":\"%s\"", screen_kind_name(s->kind));
  json_field(b, "id", s->id);
  json_field(b, "title", s->title);
  json_field(b, "text", s->text);
  json_field(b, "image", s->image);
  json_field(b, "audio", s->audio);
  if (s->steps) buf_printf(b, ",\"step\":%d,\"steps\":%d", s->step, s->steps);
  if (s->noptions) {
    buf_adds(b, ",\"options\":[");
    for (int i = 0; i < s->noptions; i++) {
      const Option *o = &s->options[i];
      buf_adds(b, i ? ",{\"id\":" : "{\"id\":");
      buf_add_json_string(b, o->id);
      json_field(b, "text", o->text);
      json_field(b, "feedback", o->feedback);
      buf_printf(b, ",\"correct\":%s%s}", o->correct ? "true" : "false", o->danger ? ",\"danger\":true" : "");
    }
    buf_addc(b, ']');
  }
  if (s->kind == SCREEN_FLAGS || s->kind == SCREEN_DECIDE) json_message(b, s);
  if (s->nflags) {
    buf_adds(b, ",\"flags\":[");
    for (int i = 0; i < s->nflags; i++) {
      buf_adds(b, i ? ",{\"id\":" : "{\"id\":");
      buf_add_json_string(b, s->flags[i].id);
      json_field(b, "explain", s->flags[i].explain);
      buf_addc(b, '}');
    }
    buf_addc(b, ']');
  }
  if (s->kind == SCREEN_DECIDE) {
    buf_printf(b, ",\"scam\":%s", s->scam ? "true" : "false");
    json_field(b, "why", s->why);
  }
  if (s->kind == SCREEN_CHAT) {
    json_field(b, "contact", s->contact);
    json_field(b, "app", s->app);
    buf_adds(b, ",\"bubbles\":[");
    for (int i = 0; i < s->nbubbles; i++) {
      buf_printf(b, "%s{\"from\":\"%s\",\"text\":", i ? "," : "", s->bubbles[i].mine ? "me" : "them");
      buf_add_json_string(b, s->bubbles[i].text);
      buf_addc(b, '}');
    }
    buf_addc(b, ']');
  }
  if (s->kind == SCREEN_RESULT) {
    buf_printf(b, ",\"score\":%d,\"max\":%d%s", s->score, s->max, s->hide_score ? ",\"hide_score\":true" : "");
    json_field(b, "help", s->help);
    buf_adds(b, ",\"takeaways\":[");
    for (int i = 0; i < s->ntakeaways; i++) {
      if (i) buf_addc(b, ',');
      buf_add_json_string(b, s->takeaways[i]);
    }
    buf_addc(b, ']');
  }
  buf_addc(b, '}');
}

void answer_to_json(const Screen *s, const Answer *a, Buf *b) {
  static const char *const status[] = {"answered", "quit", "timeout"};
  buf_printf(b, "{\"answer\":\"%s\"", status[a->status % 3]);
  json_field(b, "id", s->id);
  if (a->status == ANSWER_GIVEN) {
    if ((s->kind == SCREEN_CHOICE || s->kind == SCREEN_CHAT || s->kind == SCREEN_PASSWORD) && a->choice >= 0 &&
        a->choice < s->noptions) {
      buf_adds(b, ",\"chose\":");
      buf_add_json_string(b, s->options[a->choice].id);
    } else if (s->kind == SCREEN_DECIDE) {
      buf_printf(b, ",\"chose\":\"%s\"", a->choice == ANSWER_SCAM ? "scam" : "safe");
    } else if (s->kind == SCREEN_MULTI || s->kind == SCREEN_FLAGS) {
      buf_adds(b, ",\"picked\":[");
      int n = s->kind == SCREEN_MULTI ? s->noptions : s->nflags, k = 0;
      for (int i = 0; i < n; i++)
        if (a->picked & (1u << i)) {
          if (k++) buf_addc(b, ',');
          buf_add_json_string(b, s->kind == SCREEN_MULTI ? s->options[i].id : s->flags[i].id);
        }
      buf_addc(b, ']');
      if (s->kind == SCREEN_FLAGS) buf_printf(b, ",\"misses\":%d", a->misses);
    }
  }
  Grade g = screen_grade(s, a);
  if (g.max) buf_printf(b, ",\"points\":%d,\"max\":%d,\"correct\":%s", g.points, g.max,
                        g.correct ? "true" : "false");
  buf_addc(b, '}');
}
