/* explore.c — plays a lesson again and again until every answer of every screen it can
   reach has been given once: a depth-first search over choices that skips branches
   already covered, bounded by a number of runs. Lessons replay exactly (fixed random
   seed), so a run can be steered down a path by repeating its first answers. */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "play/internal.h"

typedef struct Plan {
  int *path;       /* answer index for each screen to replay */
  int len;
  uint64_t target; /* (screen, answer) this plan exists to cover */
} Plan;

typedef struct Explore {
  Plan *stack;
  int nstack, capstack;
  DigestSet covered; /* (screen digest, answer index) pairs already given */
  int *path;         /* answers of the current run */
  int len, cap;
  const Plan *plan;  /* being replayed */
} Explore;

static uint64_t pair(uint64_t digest, int alt) {
  return digest ^ ((uint64_t)(alt + 1) * 0xD6E8FEB86659FD93ull);
}

static void push_plan(Explore *e, int len, int alt, uint64_t target) {
  if (e->nstack == e->capstack) {
    e->capstack = e->capstack ? e->capstack * 2 : 32;
    e->stack = xrealloc(e->stack, sizeof(Plan) * (size_t)e->capstack);
  }
  Plan *p = &e->stack[e->nstack++];
  p->len = len + 1;
  p->path = xmalloc(sizeof(int) * (size_t)p->len);
  if (len) memcpy(p->path, e->path, sizeof(int) * (size_t)len);
  p->path[len] = alt;
  p->target = target;
}

static bool choose_explore(Player *p, const Screen *s, int step, Answer *a, void *ud, Error *err) {
  (void)p;
  (void)err;
  Explore *e = ud;
  Answer alts[SCREEN_MAX_ALTERNATIVES];
  int n = screen_alternatives(s, alts, (int)(sizeof alts / sizeof alts[0]));
  uint64_t d = screen_digest(s);
  int pick;
  if (e->plan && step < e->plan->len) {
    pick = e->plan->path[step] < n ? e->plan->path[step] : 0;
  } else {
    pick = 0;
    for (int i = n - 1; i >= 0; i--)
      if (!digest_set_has(&e->covered, pair(d, i))) pick = i; /* the first uncovered */
    for (int i = n - 1; i >= 0; i--) /* the others wait their turn, deepest first */
      if (i != pick && !digest_set_has(&e->covered, pair(d, i))) push_plan(e, step, i, pair(d, i));
  }
  digest_set_add(&e->covered, pair(d, pick));
  if (e->len == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 64;
    e->path = xrealloc(e->path, sizeof(int) * (size_t)e->cap);
  }
  e->path[e->len++] = pick;
  *a = alts[pick];
  return true;
}

LessonStatus player_explore(Player *p, Error *err) {
  Explore e = {0};
  int max_runs = p->opt->max_runs > 0 ? p->opt->max_runs : PLAY_EXPLORE_RUNS;
  LessonStatus st = player_run(p, choose_explore, &e, err);
  while (st != LESSON_FAILED && e.nstack > 0) {
    Plan plan = e.stack[--e.nstack];
    if (!digest_set_has(&e.covered, plan.target)) {
      if (p->runs >= max_runs) {
        player_problem(p, "explore stopped after %d runs; some branches were not reached", max_runs);
        free(plan.path);
        break;
      }
      e.plan = &plan;
      e.len = 0;
      st = player_run(p, choose_explore, &e, err);
      e.plan = NULL;
    }
    free(plan.path);
  }
  for (int i = 0; i < e.nstack; i++) free(e.stack[i].path);
  free(e.stack);
  free(e.path);
  digest_set_free(&e.covered);
  return st;
}
