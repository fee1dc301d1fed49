/* runner.c — a lesson run: a child process holding one sandboxed Lua state, talking to
   the engine over a socket in frames [u32 length][u8 type][payload].

     child -> engine   'S' screen   'W' warning line   'E' error line   'D' done
     engine -> child   'A' answer

   The process is the backstop the Lua sandbox cannot be on its own: a C library call
   that never returns (pattern backtracking, a huge string.rep of ""), a VM bug or a
   crash ends the child, never the kiosk. The child cannot write files (RLIMIT_FSIZE 0)
   and holds no descriptor but its socket and stderr. */
#include <errno.h>
#include <lauxlib.h>
#include <poll.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/fs.h"
#include "core/mem.h"
#include "lesson/convert.h"
#include "lesson/lesson.h"
#include "lesson/sandbox.h"

#define FRAME_MAX (1u << 20)   /* a Screen is at most ~100 KiB */
#define RUN_MAX_SCREENS 2000   /* a lesson is 5-10 minutes: this is a runaway loop */
#define RUN_MAX_WARNINGS 200
#define CHILD_CPU_SECONDS 120  /* the CPU a whole run may use; learners' time is free */

/* The wall-clock limit between two screens: the caller's, else KIOSK_LESSON_STEP_MS
   (make bench plays lessons under callgrind, some fifty times slower), else the default. */
static int step_ms(const LessonOptions *opt) {
  if (opt->step_ms) return opt->step_ms;
  const char *env = getenv("KIOSK_LESSON_STEP_MS");
  long v = env ? strtol(env, NULL, 10) : 0;
  return v >= 1000 && v <= 3600000 ? (int)v : LESSON_DEFAULT_STEP_MS;
}

static const unsigned char prelude_code[] = {
#include "prelude.inc"
};

/* ---- frames ------------------------------------------------------------------------ */

static bool write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  while (len > 0) {
    ssize_t w = send(fd, p, len, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    len -= (size_t)w;
  }
  return true;
}

static bool send_frame(int fd, char type, const void *data, size_t len) {
  unsigned char head[5] = {(unsigned char)(len + 1), (unsigned char)((len + 1) >> 8),
                           (unsigned char)((len + 1) >> 16), (unsigned char)((len + 1) >> 24),
                           (unsigned char)type};
  return write_all(fd, head, 5) && write_all(fd, data, len);
}

static uint64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

typedef enum ReadStatus { READ_OK, READ_EOF, READ_TIMEOUT, READ_BAD } ReadStatus;

/* Reads exactly n bytes before deadline (0 = wait for ever). */
static ReadStatus read_full(int fd, void *buf, size_t n, uint64_t deadline) {
  char *p = buf;
  while (n > 0) {
    if (deadline) {
      uint64_t now = now_ms();
      if (now >= deadline) return READ_TIMEOUT;
      struct pollfd pfd = {fd, POLLIN, 0};
      int rc = poll(&pfd, 1, (int)(deadline - now));
      if (rc < 0 && errno == EINTR) continue;
      if (rc < 0) return READ_BAD;
      if (rc == 0) return READ_TIMEOUT;
    }
    ssize_t r = read(fd, p, n);
    if (r < 0) {
      if (errno == EINTR) continue;
      return READ_BAD;
    }
    if (r == 0) return READ_EOF;
    p += r;
    n -= (size_t)r;
  }
  return READ_OK;
}

static ReadStatus read_frame(int fd, char *type, Buf *payload, uint64_t deadline) {
  unsigned char head[5];
  ReadStatus st = read_full(fd, head, 5, deadline);
  if (st != READ_OK) return st;
  uint32_t len = (uint32_t)head[0] | (uint32_t)head[1] << 8 | (uint32_t)head[2] << 16 |
                 (uint32_t)head[3] << 24;
  if (len < 1 || len > FRAME_MAX) return READ_BAD;
  *type = (char)head[4];
  buf_reset(payload);
  char chunk[4096];
  for (size_t left = len - 1; left > 0;) {
    size_t k = left < sizeof chunk ? left : sizeof chunk;
    st = read_full(fd, chunk, k, deadline);
    if (st != READ_OK) return st == READ_EOF ? READ_BAD : st;
    buf_add(payload, chunk, k);
    left -= k;
  }
  if (!payload->data) buf_adds(payload, "");
  return READ_OK;
}

/* ---- the child --------------------------------------------------------------------- */

/* The child cannot write files (RLIMIT_FSIZE 0). The coverage build (make test, make
   coverage: -DKIOSK_COVERAGE) lets it write its line counters, which _exit would
   otherwise lose, so what lessons run is counted too. */
#ifdef KIOSK_COVERAGE
void __gcov_dump(void);
#define CHILD_MAX_FILE_BYTES RLIM_INFINITY
#define coverage_dump() __gcov_dump()
#else
#define CHILD_MAX_FILE_BYTES 0
#define coverage_dump() ((void)0)
#endif

/* The child's only way out: a quick exit (nothing of the engine's to flush or free). */
static _Noreturn void child_exit(void) {
  coverage_dump();
  _exit(0);
}

typedef struct Child {
  int fd;
  const LessonSource *src;
  const LessonOptions *opt;
  Sandbox *sb;
  lua_State *co;      /* the lesson's main coroutine: the only one that may show a screen */
  bool shown;         /* the last yield came from l_show, not from coroutine.yield */
  Texts texts;
  Screen *screen;
  int points, max, screens;
} Child;

static void child_send_text(Child *c, char type, const char *text) {
  if (!send_frame(c->fd, type, text, strlen(text))) child_exit();
}

static _Noreturn void child_fatal(void *ud, const char *reason) {
  Child *c = ud;
  child_send_text(c, 'E', reason);
  child_exit();
}

static void child_warn(void *ud, const char *msg) { child_send_text(ud, 'W', msg); }

static void child_print(void *ud, const char *line) {
  char msg[ERROR_MAX];
  snprintf(msg, sizeof msg, "print: %s", line);
  child_send_text(ud, 'W', msg);
}

/* "…/l01.lua:12: attempt to call a nil value" -> "line 12: attempt to call a nil value";
   false when the message names no line. */
static bool short_where(const char *msg, char *out, size_t outlen) {
  const char *p = strstr(msg, ".lua:");
  if (p) {
    const char *q = p + 5;
    const char *digits = q;
    while (*q >= '0' && *q <= '9') q++;
    if (q > digits && q[0] == ':' && q[1] == ' ') {
      snprintf(out, outlen, "line %.*s: %s", (int)(q - digits), digits, q + 2);
      return true;
    }
  }
  snprintf(out, outlen, "%s", msg);
  return false;
}

/* The line of the lesson thread L is stopped at ("line 12"), for messages. */
static void lesson_where_in(Child *c, lua_State *L, char *out, size_t outlen) {
  lua_Debug ar;
  for (int level = 0; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && ar.source[0] == '@' && ar.currentline > 0 &&
        strcmp(ar.source + 1, c->src->file) == 0) {
      snprintf(out, outlen, "line %d", ar.currentline);
      return;
    }
  }
  snprintf(out, outlen, "lesson");
}

static void lesson_where(Child *c, char *out, size_t outlen) { lesson_where_in(c, c->co, out, outlen); }

/* The prelude's one way to show a screen: yields the screen table to the engine. Only
   the lesson's main coroutine may. Asked inside a coroutine the lesson made, the yield
   would hand the screen (and whatever proved it genuine) to the lesson, which could then
   pass a forged screen off as the prelude's; so the running thread is checked here, and
   l_show itself marks the yield as genuine, where no lesson value can reach. */
static int l_show(lua_State *L) {
  Child *c = lua_touserdata(L, lua_upvalueindex(1));
  if (L != c->co) {
    char where[64], msg[ERROR_MAX];
    lesson_where_in(c, L, where, sizeof where);
    snprintf(msg, sizeof msg, "%s: only the lesson itself can show a screen, not a coroutine it made", where);
    child_fatal(c, msg);
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  c->shown = true;
  return lua_yield(L, 1);
}

static int l_score(lua_State *L) {
  Child *c = lua_touserdata(L, lua_upvalueindex(1));
  lua_pushinteger(L, c->points);
  lua_pushinteger(L, c->max);
  return 2;
}

typedef struct ConvertCall {
  Child *child;
  const char *where;
  Screen *screen;
  Error err;
} ConvertCall;

static int convert_protected(lua_State *L) {
  ConvertCall *call = lua_touserdata(L, 1);
  call->screen = convert_screen(L, 2, &call->child->texts, call->where, &call->err);
  return 0;
}

static void push_answer(lua_State *co, const Screen *s, const Answer *a, Grade g) {
  lua_createtable(co, 0, 6);
  lua_pushinteger(co, a->choice >= 0 ? a->choice + 1 : 0);
  lua_setfield(co, -2, "choice");
  lua_createtable(co, 8, 0);
  int n = s->kind == SCREEN_MULTI ? s->noptions : (s->kind == SCREEN_FLAGS ? s->nflags : 0);
  for (int i = 0, k = 0; i < n; i++)
    if (a->picked & (1u << i)) {
      lua_pushinteger(co, i + 1);
      lua_rawseti(co, -2, ++k);
    }
  lua_setfield(co, -2, "picked");
  lua_pushinteger(co, a->misses);
  lua_setfield(co, -2, "misses");
  lua_pushboolean(co, g.correct);
  lua_setfield(co, -2, "correct");
  lua_pushinteger(co, g.points);
  lua_setfield(co, -2, "points");
  lua_pushinteger(co, g.max);
  lua_setfield(co, -2, "max");
}

static void limit_child(void) {
  struct rlimit zero = {0, 0}, cpu = {CHILD_CPU_SECONDS, CHILD_CPU_SECONDS + 5},
                files = {8, 8}, written = {CHILD_MAX_FILE_BYTES, CHILD_MAX_FILE_BYTES};
  setrlimit(RLIMIT_FSIZE, &written); /* no file can be written, whatever happens */
  setrlimit(RLIMIT_CORE, &zero);
  setrlimit(RLIMIT_CPU, &cpu);
  setrlimit(RLIMIT_NOFILE, &files);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}

/* The texts of LANG at the kiosk's country (strings/LANG-CC.lua over strings/LANG.lua). */
static StringTable *child_strings(Child *c, const char *lang) {
  char *dir = path_join(c->src->pack_dir, "strings");
  char *name = xasprintf("%s.lua", lang);
  char *path = path_join(dir, name);
  StringTable *t = NULL;
  if (fs_exists(path)) { /* a FIFO or a link is an error, not a missing language */
    Error err;
    t = strings_load_locale(dir, lang, c->opt->country, &err);
    if (!t) child_fatal(c, err.msg);
  } else if (fs_is_dir(dir)) {
    char msg[ERROR_MAX];
    snprintf(msg, sizeof msg, "no translations for '%s' (strings/%s.lua)", lang, lang);
    child_warn(c, msg);
  }
  free(path);
  free(name);
  free(dir);
  return t;
}

/* Everything a run needs, read before the limits fall: the texts, a sandbox with the
   prelude, the lesson file; then the limits, and the lesson's main coroutine. */
static void child_setup(Child *c) {
  const LessonOptions *opt = c->opt;
  const char *lang = opt->lang ? opt->lang : "en";
  StringTable *strings = child_strings(c, lang);
  StringTable *english = strcmp(lang, "en") == 0 ? strings : child_strings(c, "en");
  c->texts = (Texts){.lang = strings, .fallback = english, .lang_code = lang,
                     .section = c->src->lesson_id, .vars = opt->vars, .nvars = opt->nvars,
                     .warn = child_warn, .warn_ud = c};

  SandboxLimits limits = {
      opt->memory ? opt->memory : LESSON_DEFAULT_MEMORY,
      opt->instructions ? opt->instructions : LESSON_DEFAULT_INSTRUCTIONS,
      step_ms(opt),
  };
  /* with a core to itself the lesson meets the in-VM clock before the process watchdog,
     so the reason is precise; on a busy machine the watchdog (wall clock) still ends it */
  limits.cpu_ms = limits.cpu_ms * 4 / 5;
  c->sb = sandbox_new(SANDBOX_LESSON, &limits, child_fatal, c, opt->seed);
  if (!c->sb) child_fatal(c, "cannot create a Lua state");
  sandbox_set_print(c->sb, child_print, c);
  lua_State *L = sandbox_state(c->sb);

  Error err;
  if (!sandbox_load_string(c->sb, (const char *)prelude_code, sizeof prelude_code, "=prelude",
                           &err))
    child_fatal(c, err.msg);
  lua_pushlightuserdata(L, c);
  lua_pushcclosure(L, l_show, 1);
  lua_pushstring(L, lang);
  lua_pushlightuserdata(L, c);
  lua_pushcclosure(L, l_score, 1);
  if (lua_pcall(L, 3, 0, 0) != LUA_OK) child_fatal(c, sandbox_error_text(L, -1));

  if (!sandbox_load_file(c->sb, c->src->file, LESSON_MAX_FILE, &err)) {
    char msg[ERROR_MAX];
    short_where(err.msg, msg, sizeof msg);
    child_fatal(c, msg);
  }
  limit_child(); /* everything is read: from here on nothing is opened */
  c->co = lua_newthread(L);
  lua_pushvalue(L, -2);
  lua_xmove(L, c->co, 1);
}

/* Resumes the lesson (with nargs values on its stack) until it shows its next screen;
   returns the screen, or ends the child when the lesson ends or breaks a rule. */
static Screen *child_next_screen(Child *c, int nargs) {
  lua_State *L = sandbox_state(c->sb);
  sandbox_budget_reset(c->sb);
  int nres = 0;
  int rc = lua_resume(c->co, L, nargs, &nres);
  if (rc == LUA_OK) {
    send_frame(c->fd, 'D', "", 0);
    child_exit();
  }
  if (rc != LUA_YIELD) {
    char msg[ERROR_MAX], where[64], full[ERROR_MAX];
    if (short_where(sandbox_error_text(c->co, -1), msg, sizeof msg)) child_fatal(c, msg);
    lesson_where(c, where, sizeof where); /* the stack is still there after an error */
    snprintf(full, sizeof full, "%s: %s", where, msg);
    child_fatal(c, full);
  }
  char where[64], msg[ERROR_MAX];
  lesson_where(c, where, sizeof where);
  bool ours = c->shown && nres == 1;
  c->shown = false;
  if (!ours) {
    snprintf(msg, sizeof msg, "%s: coroutine.yield was used outside a coroutine the lesson made",
             where);
    child_fatal(c, msg);
  }
  ConvertCall call = {c, where, NULL, {{0}}};
  lua_pushcfunction(L, convert_protected);
  lua_pushlightuserdata(L, &call);
  lua_xmove(c->co, L, 1); /* the screen table */
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    snprintf(msg, sizeof msg, "%s: %s", where, sandbox_error_text(L, -1));
    child_fatal(c, msg);
  }
  if (!call.screen) {
    snprintf(msg, sizeof msg, "%s: %s", where, call.err.msg);
    child_fatal(c, msg);
  }
  if (++c->screens > RUN_MAX_SCREENS) {
    snprintf(msg, sizeof msg, "%s: showed more than %d screens (a loop that never ends?)",
             where, RUN_MAX_SCREENS);
    child_fatal(c, msg);
  }
  if (call.screen->kind == SCREEN_RESULT) {
    call.screen->score = c->points;
    call.screen->max = c->max;
  }
  return call.screen;
}

/* Grades the engine's answer to the screen on show, adds it to the score and hands it
   to the lesson as the value its page{} call returns. */
static void child_answer(Child *c, const Answer *a) {
  if (!screen_answer_valid(c->screen, a)) child_fatal(c, "the engine sent an impossible answer");
  Grade g = screen_grade(c->screen, a);
  if (screen_is_question(c->screen)) {
    c->points += g.points;
    c->max += g.max;
  }
  push_answer(c->co, c->screen, a, g);
}

static void child_main(int fd, const LessonSource *src, const LessonOptions *opt) {
  Child child = {.fd = fd, .src = src, .opt = opt};
  Child *c = &child;
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  child_setup(c);
  Buf frame = {0};
  for (int nargs = 0;; nargs = 1) {
    screen_free(c->screen);
    c->screen = child_next_screen(c, nargs);
    buf_reset(&frame);
    screen_encode(c->screen, &frame);
    if (!send_frame(fd, 'S', frame.data, frame.len)) child_exit();

    char type;
    Answer a;
    Error err;
    if (read_frame(fd, &type, &frame, 0) != READ_OK || type != 'A' ||
        !answer_decode(frame.data, frame.len, &a, &err))
      child_exit();
    if (a.status != ANSWER_GIVEN) child_exit(); /* the learner left: nothing more to run */
    child_answer(c, &a);
  }
}

/* ---- the engine's side -------------------------------------------------------------- */

struct LessonRun {
  pid_t pid;
  int fd;
  char *file;
  int step_ms;
  bool over;
  Screen *last; /* the screen last handed out, to grade its answer */
  int points, max;
  char **warnings;
  int nwarnings;
};

LessonRun *lesson_start(const LessonSource *src, const LessonOptions *given, Error *err) {
  LessonOptions scaled = *given, *opt = &scaled;
  scaled.step_ms = step_ms(given) * sandbox_test_slowdown(); /* KIOSK_LESSON_STEP_MS still counts */
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    error_set(err, "lesson %s: cannot create a socket: %s", src->file, strerror(errno));
    return NULL;
  }
  fflush(NULL); /* or buffered output would be written twice */
  pid_t pid = fork();
  if (pid < 0) {
    error_set(err, "lesson %s: cannot start: %s", src->file, strerror(errno));
    close(sv[0]);
    close(sv[1]);
    return NULL;
  }
  if (pid == 0) {
    close(sv[0]);
    if (sv[1] != 3) {
      dup2(sv[1], 3);
      close(sv[1]);
    }
    closefrom(4);
    child_main(3, src, opt);
    child_exit();
  }
  close(sv[1]);
  LessonRun *run = xcalloc(1, sizeof *run);
  run->pid = pid;
  run->fd = sv[0];
  run->file = xstrdup(src->file);
  run->step_ms = step_ms(opt);
  return run;
}

static void reap(LessonRun *run, bool kill_it, int *status) {
  if (run->pid <= 0) return;
  if (kill_it) kill(run->pid, SIGKILL);
  int st = 0;
  while (waitpid(run->pid, &st, 0) < 0 && errno == EINTR) {
  }
  if (status) *status = st;
  run->pid = -1;
}

/* After its 'E' frame the child ends by itself (child_fatal). The coverage build lets it
   finish writing its line counters first: killed at once, it lost the counts of every
   lesson error path (convert.c's refusals read as never run). Bounded, so a child that
   does not end is killed as before; other builds kill at once. */
static void reap_after_error(LessonRun *run) {
#ifdef KIOSK_COVERAGE
  for (int waited = 0; run->pid > 0 && waited < 5000; waited += 5) {
    int st;
    pid_t r = waitpid(run->pid, &st, WNOHANG);
    if (r == run->pid) run->pid = -1;
    else if (r < 0 && errno != EINTR) break;
    else usleep(5000);
  }
#endif
  reap(run, true, NULL);
}

static LessonStatus failed(LessonRun *run, Error *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static LessonStatus failed(LessonRun *run, Error *err, const char *fmt, ...) {
  char reason[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(reason, sizeof reason, fmt, ap);
  va_end(ap);
  error_set(err, "lesson %s: %s", run->file, reason);
  reap(run, true, NULL);
  run->over = true;
  return LESSON_FAILED;
}

static void add_warning(LessonRun *run, const char *text) {
  if (run->nwarnings >= RUN_MAX_WARNINGS) return;
  run->warnings = xrealloc(run->warnings, sizeof(char *) * (size_t)(run->nwarnings + 1));
  run->warnings[run->nwarnings++] = xstrdup(text);
}

LessonStatus lesson_next(LessonRun *run, const Answer *answer, Screen **screen, Error *err) {
  *screen = NULL;
  if (run->over) return failed(run, err, "the lesson has already ended");
  Buf frame = {0};
  if (answer) {
    if (!run->last || !screen_answer_valid(run->last, answer)) {
      buf_free(&frame);
      return failed(run, err, "an answer that does not fit the screen");
    }
    if (screen_is_question(run->last)) {
      Grade g = screen_grade(run->last, answer);
      run->points += g.points;
      run->max += g.max;
    }
    answer_encode(answer, &frame);
    send_frame(run->fd, 'A', frame.data, frame.len); /* a dead child shows up below */
  }
  screen_free(run->last);
  run->last = NULL;
  uint64_t deadline = now_ms() + (uint64_t)run->step_ms;
  LessonStatus result;
  for (;;) {
    char type;
    ReadStatus st = read_frame(run->fd, &type, &frame, deadline);
    if (st == READ_TIMEOUT) {
      result = failed(run, err, "stopped: no screen within %d s (stuck inside a library call?)",
                      run->step_ms / 1000);
      break;
    }
    if (st != READ_OK) {
      int status = 0;
      reap(run, st == READ_BAD, &status);
      if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
        result = failed(run, err, "stopped: used more than %d s of processor time", CHILD_CPU_SECONDS);
      else if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
        result = failed(run, err, "the lesson runner crashed (signal %d)", WTERMSIG(status));
      else
        result = failed(run, err, "the lesson runner ended without a reason");
      break;
    }
    if (type == 'W') {
      add_warning(run, frame.data);
      continue;
    }
    if (type == 'E') {
      reap_after_error(run);
      result = failed(run, err, "%s", frame.data);
      break;
    }
    if (type == 'D') {
      reap(run, false, NULL);
      run->over = true;
      result = LESSON_DONE;
      break;
    }
    if (type == 'S') {
      Error e;
      Screen *s = screen_decode(frame.data, frame.len, &e);
      if (!s) {
        result = failed(run, err, "sent a bad screen: %s", e.msg);
        break;
      }
      *screen = s;
      run->last = screen_clone(s); /* the caller owns *screen; this grades its answer */
      result = LESSON_SCREEN;
      break;
    }
    result = failed(run, err, "the lesson runner sent an unknown message");
    break;
  }
  buf_free(&frame);
  return result;
}

int lesson_warning_count(const LessonRun *run) { return run->nwarnings; }

const char *lesson_warning(const LessonRun *run, int i) {
  return i >= 0 && i < run->nwarnings ? run->warnings[i] : NULL;
}

void lesson_score(const LessonRun *run, int *points, int *max) {
  *points = run->points;
  *max = run->max;
}

void lesson_stop(LessonRun *run) {
  if (!run) return;
  reap(run, true, NULL);
  close(run->fd);
  screen_free(run->last);
  for (int i = 0; i < run->nwarnings; i++) free(run->warnings[i]);
  free(run->warnings);
  free(run->file);
  free(run);
}
