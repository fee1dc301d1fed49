/* missed.c — the questions most learners get wrong, worst first, with the wrong choice
   made most often: what trainers should teach next.

   Counted over first attempts at graded questions (a retry after feedback is not a
   second learner), in ONE pass over the answers with two small hash tables: SQL grouping
   by three text keys and again per wrong choice took over a second for 300,000 answers.
   Distinct visits (for "<k") are counted as changes of visit along the stream, which is
   exact when each visit's answers come together: always in a kiosk's store (one learner
   at a time, rows in order); a central database where that fails is read again sorted. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "stats/internal.h"

/* ---- a byte-string -> int map (open addressing, linear probing) ---------------------- */

typedef struct Slot {
  uint64_t hash;
  size_t off, len; /* the key in keys.data */
  int value;
  bool used;
} Slot;

typedef struct ByteMap {
  Slot *slot;
  size_t cap, count;
  Buf keys;
} ByteMap;

static uint64_t hash_bytes(const void *p, size_t n) { /* FNV-1a, then a final mix */
  const unsigned char *c = p;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ c[i]) * 1099511628211ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}

static void map_grow(ByteMap *m) {
  size_t cap = m->cap ? m->cap * 2 : 1024;
  Slot *slot = xcalloc(cap, sizeof *slot);
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->slot[i].used) continue;
    size_t j = m->slot[i].hash & (cap - 1);
    while (slot[j].used) j = (j + 1) & (cap - 1);
    slot[j] = m->slot[i];
  }
  free(m->slot);
  m->slot = slot;
  m->cap = cap;
}

/* The value for key, added as 0 when new (*added says so). */
static int *map_get(ByteMap *m, const void *key, size_t n, bool *added) {
  if ((m->count + 1) * 2 > m->cap) map_grow(m);
  uint64_t h = hash_bytes(key, n);
  size_t j = h & (m->cap - 1);
  for (; m->slot[j].used; j = (j + 1) & (m->cap - 1)) {
    Slot *s = &m->slot[j];
    if (s->hash == h && s->len == n && memcmp(m->keys.data + s->off, key, n) == 0) {
      *added = false;
      return &s->value;
    }
  }
  Slot *s = &m->slot[j];
  s->used = true;
  s->hash = h;
  s->off = m->keys.len;
  s->len = n;
  s->value = 0;
  buf_add(&m->keys, key, n);
  m->count++;
  *added = true;
  return &s->value;
}

static void map_free(ByteMap *m) {
  free(m->slot);
  buf_free(&m->keys);
}

/* ---- the count ----------------------------------------------------------------------- */

typedef struct Group {
  StatsMissedX x;
  int best;                        /* how often common_wrong was chosen */
  int64_t last_visit, last_wrong;  /* the visits counted last */
} Group;

typedef struct Count {
  ByteMap groups, choices;
  Group *g;
  size_t n, cap;
  int64_t visit;  /* the stream's last visit */
  bool unordered; /* a visit came back after another: counts would be wrong */
} Count;

static int worst_first(const void *pa, const void *pb) {
  const StatsMissedX *a = &((const Group *)pa)->x, *b = &((const Group *)pb)->x;
  if (a->r.wrong != b->r.wrong) return a->r.wrong > b->r.wrong ? -1 : 1;
  double ra = (double)a->r.wrong / a->r.answers, rb = (double)b->r.wrong / b->r.answers;
  if (ra != rb) return ra > rb ? -1 : 1;
  int c = strcmp(a->r.pack_id, b->r.pack_id);
  if (!c) c = strcmp(a->r.lesson_id, b->r.lesson_id);
  return c ? c : strcmp(a->r.question_id, b->r.question_id);
}

static void copy_id(char *dst, size_t n, const char *src) {
  size_t len = strlen(src);
  if (len >= n) len = n - 1;
  memcpy(dst, src, len);
  dst[len] = '\0';
}

static void set_common_wrong(StatsMissed *m, const char *chosen) {
  size_t len = strlen(chosen);
  if (len < sizeof m->common_wrong) {
    memcpy(m->common_wrong, chosen, len + 1);
    return;
  }
  /* too long for the row: cut at an id boundary and say so */
  len = sizeof m->common_wrong - 5;
  while (len > 0 && chosen[len] != ',') len--;
  memcpy(m->common_wrong, chosen, len);
  memcpy(m->common_wrong + len, ",...", 5);
}

/* One answer row: its group, the visit counted once per group, the wrong choice. */
static void count_row(Count *c, sqlite3_stmt *s) {
  const char *pack = (const char *)sqlite3_column_text(s, 0), *lesson = (const char *)sqlite3_column_text(s, 1);
  const char *question = (const char *)sqlite3_column_text(s, 2), *chosen = (const char *)sqlite3_column_text(s, 3);
  bool wrong = sqlite3_column_int(s, 4) == 0, added;
  int64_t visit = sqlite3_column_int64(s, 5);
  if (!pack || !lesson || !question || !chosen) return;
  if (visit < c->visit) c->unordered = true;
  c->visit = visit;
  char key[STATS_MAX_PACK_ID + STATS_MAX_LESSON_ID + STATS_MAX_QUESTION_ID + 8];
  size_t lp = strlen(pack), ll = strlen(lesson), lq = strlen(question);
  if (lp + ll + lq + 3 > sizeof key) return; /* longer than any id we record */
  memcpy(key, pack, lp + 1);
  memcpy(key + lp + 1, lesson, ll + 1);
  memcpy(key + lp + ll + 2, question, lq + 1);
  int *index = map_get(&c->groups, key, lp + ll + lq + 3, &added);
  if (added) {
    if (c->n == c->cap) c->g = xrealloc(c->g, (c->cap = c->cap ? c->cap * 2 : 64) * sizeof *c->g);
    Group *n = &c->g[c->n];
    memset(n, 0, sizeof *n);
    copy_id(n->x.r.pack_id, sizeof n->x.r.pack_id, pack);
    copy_id(n->x.r.lesson_id, sizeof n->x.r.lesson_id, lesson);
    copy_id(n->x.r.question_id, sizeof n->x.r.question_id, question);
    n->last_visit = n->last_wrong = -1;
    *index = (int)c->n++;
  }
  Group *grp = &c->g[*index];
  grp->x.r.answers++;
  if (grp->last_visit != visit) grp->x.answer_visits++;
  grp->last_visit = visit;
  if (!wrong) return;
  grp->x.r.wrong++;
  if (grp->last_wrong != visit) grp->x.wrong_visits++;
  grp->last_wrong = visit;
  char ck[sizeof(int) + SCREEN_MAX_FLAGS * (STATS_MAX_QUESTION_ID + 1)];
  size_t lc = strlen(chosen);
  if (lc > sizeof ck - sizeof(int)) lc = sizeof ck - sizeof(int);
  memcpy(ck, index, sizeof(int));
  memcpy(ck + sizeof(int), chosen, lc);
  int *times = map_get(&c->choices, ck, sizeof(int) + lc, &added);
  ++*times;
  if (*times > grp->best || (*times == grp->best && strcmp(chosen, grp->x.r.common_wrong) < 0)) {
    grp->best = *times;
    set_common_wrong(&grp->x.r, chosen);
  }
}

static void count_free(Count *c) {
  map_free(&c->groups);
  map_free(&c->choices);
  free(c->g);
  memset(c, 0, sizeof *c);
}

/* The filter as in queries.c: ?1 kiosk (NULL = all), ?2 period on/off, ?3 its start. */
int stats_q_missed(sqlite3 *db, const StatsFilter *f, StatsMissedX *rows, int max) {
#define MISSED_QUERY                                                                          \
  "SELECT r.pack_id, r.lesson_id, a.question_id, a.chosen, a.correct, r.visit_id"             \
  " FROM answers a JOIN runs r ON r.id = a.run_id JOIN visits v ON v.id = r.visit_id"         \
  " WHERE a.attempts = 1 AND a.max_points > 0 AND (?1 IS NULL OR v.kiosk_id = ?1)"            \
  " AND (?2 = 0 OR (r.start_trusted = 1 AND r.start_wall_ms >= ?3))"
  static const char *const queries[2] = {MISSED_QUERY, MISSED_QUERY " ORDER BY r.visit_id"};
  Count c = {0};
  for (int sorted = 0; sorted < 2; sorted++) {
    sqlite3_stmt *s = stats_db_prepare(db, queries[sorted], NULL);
    if (!s) return 0;
    if (f->kiosk) sqlite3_bind_text(s, 1, f->kiosk, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 2, f->period);
    sqlite3_bind_int64(s, 3, f->since_ms);
    c.visit = INT64_MIN;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW && !c.unordered) count_row(&c, s);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) { /* 0 on failure, never a partial count */
      count_free(&c);
      return 0;
    }
    if (!c.unordered) break;
    count_free(&c);
  }
  /* only questions someone got wrong, worst first */
  size_t kept = 0;
  for (size_t i = 0; i < c.n; i++)
    if (c.g[i].x.r.wrong > 0) c.g[kept++] = c.g[i];
  if (kept) qsort(c.g, kept, sizeof *c.g, worst_first);
  int n = 0;
  for (; n < max && (size_t)n < kept; n++) rows[n] = c.g[n].x;
  count_free(&c);
  return n;
}
