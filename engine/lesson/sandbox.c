/* sandbox.c — a Lua state for untrusted code. The rules follow Redis's scripting
   sandbox and the checklist in research/engines.md: whitelist libraries, text chunks
   only, refuse __gc, budget memory through the allocator and instructions through a
   count hook that coroutines inherit. C functions that loop without returning to the VM
   (pattern backtracking, string.rep of empty strings) cannot be stopped from inside; the
   lesson runner's process watchdog is the backstop for those. */
#include "lesson/sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"

#define HOOK_EVERY 1000          /* VM instructions between hook calls */
#define CLOCK_EVERY 64           /* hook calls between clock reads */
#define LOAD_MAX (256 * 1024)    /* bytes a lesson may pass to load(): far above any lesson */
#define PRINT_MAX_LINES 40       /* print() is for authors debugging, not a log flood */
#define PRINT_MAX_BYTES 200

struct Sandbox {
  lua_State *L;
  SandboxLimits limits;
  size_t used;
  bool refused;        /* the last allocation was refused; a second refusal is final */
  uint64_t executed;   /* instructions since the last budget reset */
  uint64_t deadline_ms; /* on this thread's processor-time clock */
  unsigned hook_calls;
  SandboxFatal fatal;
  void *fatal_ud;
  void (*print)(void *ud, const char *line);
  void *print_ud;
  int printed;
};

/* The processor time this thread has used. A lesson runs alone in its child process,
   data files on the caller's thread: either way only the sandboxed code's own work
   counts, so a busy machine never stops a lesson that an idle one would let finish. */
static uint64_t cpu_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static Sandbox *sandbox_of(lua_State *L) {
  void *ud = NULL;
  lua_getallocf(L, &ud);
  return ud;
}

/* Raises the limit: fatal in strict mode, an ordinary error otherwise. */
static void violation(Sandbox *sb, lua_State *L, const char *reason) {
  if (sb->fatal) sb->fatal(sb->fatal_ud, reason);
  luaL_error(L, "%s", reason);
}

static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Sandbox *sb = ud;
  if (ptr == NULL) osize = 0; /* osize is a type tag when ptr is NULL */
  if (nsize == 0) {
    free(ptr);
    sb->used -= osize;
    return NULL;
  }
  if (nsize > osize && sb->used - osize + nsize > sb->limits.memory) {
    /* Lua runs a full collection and retries once, so a second refusal is real; a
       block bigger than half the budget can never fit (and lauxlib's buffers do not
       retry at all). */
    if ((sb->refused || nsize > sb->limits.memory / 2) && sb->fatal) {
      char reason[128];
      snprintf(reason, sizeof reason, "used more than %zu MiB of memory",
               sb->limits.memory >> 20);
      sb->fatal(sb->fatal_ud, reason);
    }
    sb->refused = true;
    return NULL;
  }
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  sb->refused = false;
  sb->used = sb->used - osize + nsize;
  return p;
}

static void sb_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  Sandbox *sb = sandbox_of(L);
  sb->executed += HOOK_EVERY;
  if (sb->executed > sb->limits.instructions) {
    char reason[160];
    snprintf(reason, sizeof reason,
             "ran too long without showing a screen (more than %llu million instructions)",
             (unsigned long long)(sb->limits.instructions / 1000000u));
    violation(sb, L, reason);
  }
  if (++sb->hook_calls % CLOCK_EVERY == 0 && cpu_now_ms() > sb->deadline_ms) {
    char reason[160];
    snprintf(reason, sizeof reason,
             "used more than %d ms of processor time without showing a screen",
             sb->limits.cpu_ms);
    violation(sb, L, reason);
  }
}

static int sb_panic(lua_State *L) {
  Sandbox *sb = sandbox_of(L);
  const char *msg = sandbox_error_text(L, -1);
  if (sb->fatal) sb->fatal(sb->fatal_ud, msg);
  log_fatal("unprotected Lua error", msg);
}

const char *sandbox_error_text(lua_State *L, int idx) {
  /* Never call __tostring: an error object is lesson data and may be hostile. */
  if (lua_type(L, idx) == LUA_TSTRING) return lua_tostring(L, idx);
  if (lua_type(L, idx) == LUA_TNIL) return "error with no message";
  return "error object is not a string";
}

/* ---- wrapped base functions ------------------------------------------------------ */

static int l_load(lua_State *L) {
  if (lua_type(L, 1) == LUA_TSTRING && lua_rawlen(L, 1) > LOAD_MAX)
    return luaL_error(L, "load: chunk larger than %d bytes", LOAD_MAX);
  int top = lua_gettop(L);
  lua_settop(L, 4); /* fixed slots; an absent env must stay absent, not become nil */
  lua_pushvalue(L, lua_upvalueindex(1)); /* the original load */
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_pushliteral(L, "t"); /* text only, whatever the caller asked: bytecode can crash the VM */
  if (top >= 4) lua_pushvalue(L, 4);
  lua_call(L, top >= 4 ? 4 : 3, 2);
  return 2;
}

static int l_setmetatable(lua_State *L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "setmetatable: __gc finalizers are not allowed in lessons");
    lua_pop(L, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

static int l_collectgarbage(lua_State *L) {
  const char *opt = luaL_optstring(L, 1, "collect");
  static const char *const allowed[] = {"collect", "count", "step", "isrunning", NULL};
  for (int i = 0; allowed[i]; i++)
    if (strcmp(opt, allowed[i]) == 0) {
      lua_pushvalue(L, lua_upvalueindex(1));
      lua_insert(L, 1);
      lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
      return lua_gettop(L);
    }
  return luaL_error(L, "collectgarbage: option '%s' is not allowed in lessons", opt);
}

static int l_print(lua_State *L) {
  Sandbox *sb = sandbox_of(L);
  if (!sb->print || sb->printed > PRINT_MAX_LINES) return 0;
  if (sb->printed++ == PRINT_MAX_LINES) {
    sb->print(sb->print_ud, "(further print output suppressed)");
    return 0;
  }
  char out[PRINT_MAX_BYTES + 1];
  size_t used = 0;
  int n = lua_gettop(L);
  for (int i = 1; i <= n && used < PRINT_MAX_BYTES; i++) {
    size_t len;
    const char *s = luaL_tolstring(L, i, &len); /* may run __tostring: hooked Lua */
    if (i > 1) out[used++] = '\t';
    size_t k = len < PRINT_MAX_BYTES - used ? len : PRINT_MAX_BYTES - used;
    memcpy(out + used, s, k);
    used += k;
    lua_pop(L, 1);
  }
  out[used] = '\0';
  sb->print(sb->print_ud, out);
  return 0;
}

/* Replaces _G[name] by a C closure holding the original as upvalue 1. */
static void wrap_global(lua_State *L, const char *name, lua_CFunction f) {
  lua_getglobal(L, name);
  lua_pushcclosure(L, f, 1);
  lua_setglobal(L, name);
}

static void open_lesson_libs(lua_State *L, uint64_t seed) {
  static const luaL_Reg libs[] = {
      {LUA_GNAME, luaopen_base},         {LUA_TABLIBNAME, luaopen_table},
      {LUA_STRLIBNAME, luaopen_string},  {LUA_MATHLIBNAME, luaopen_math},
      {LUA_UTF8LIBNAME, luaopen_utf8},   {LUA_COLIBNAME, luaopen_coroutine},
      {NULL, NULL},
  };
  for (const luaL_Reg *lib = libs; lib->func; lib++) {
    luaL_requiref(L, lib->name, lib->func, 1);
    lua_pop(L, 1);
  }
  /* Whitelist by removal of what the base library adds beyond it. */
  static const char *const removed[] = {"dofile", "loadfile", "require", "warn", NULL};
  for (int i = 0; removed[i]; i++) {
    lua_pushnil(L);
    lua_setglobal(L, removed[i]);
  }
  wrap_global(L, "load", l_load);
  wrap_global(L, "setmetatable", l_setmetatable);
  wrap_global(L, "collectgarbage", l_collectgarbage);
  lua_pushcfunction(L, l_print);
  lua_setglobal(L, "print");

  lua_getglobal(L, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump"); /* bytecode out means bytecode back in somewhere */
  lua_pop(L, 1);

  /* Lock the string metatable (CVE-2025-46818 was a writable one). */
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);

  /* Deterministic randomness: the same seed replays the same lesson. */
  lua_getglobal(L, LUA_MATHLIBNAME);
  lua_getfield(L, -1, "randomseed");
  lua_pushinteger(L, (lua_Integer)(seed & 0x7FFFFFFFFFFFFFFFull));
  lua_call(L, 1, 0);
  lua_pop(L, 1);
}

Sandbox *sandbox_new(SandboxLibs libs, const SandboxLimits *limits, SandboxFatal fatal,
                     void *fatal_ud, uint64_t seed) {
  Sandbox *sb = xcalloc(1, sizeof *sb);
  sb->limits = *limits;
  sb->fatal = fatal;
  sb->fatal_ud = fatal_ud;
  /* The base libraries need well under 1 MiB; creation cannot fail for lack of budget. */
  size_t requested = sb->limits.memory;
  sb->limits.memory = requested > (1u << 20) ? requested : (1u << 20);
  sb->L = lua_newstate(sb_alloc, sb);
  if (!sb->L) {
    free(sb);
    return NULL;
  }
  lua_atpanic(sb->L, sb_panic);
  if (libs == SANDBOX_LESSON) open_lesson_libs(sb->L, seed);
  sandbox_budget_reset(sb);
  /* Set before any coroutine exists: lua_newthread copies the hook of its creator. */
  lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, HOOK_EVERY);
  return sb;
}

lua_State *sandbox_state(Sandbox *sb) { return sb->L; }

void sandbox_budget_reset(Sandbox *sb) {
  sb->executed = 0;
  sb->hook_calls = 0;
  sb->deadline_ms = cpu_now_ms() + (uint64_t)sb->limits.cpu_ms;
}

size_t sandbox_memory_used(const Sandbox *sb) { return sb->used; }

#define SANDBOX_MAX_SLOWDOWN 100

int sandbox_test_slowdown(void) {
  const char *s = getenv("KIOSK_TEST_SLOWDOWN");
  char *end = NULL;
  long n = s ? strtol(s, &end, 10) : 1;
  return s && (!*s || *end || n < 1 || n > SANDBOX_MAX_SLOWDOWN) ? 1 : (int)n;
}

bool sandbox_load_string(Sandbox *sb, const char *code, size_t len, const char *chunkname,
                         Error *err) {
  int rc = luaL_loadbufferx(sb->L, code, len, chunkname, "t");
  if (rc != LUA_OK) {
    error_set(err, "%s", sandbox_error_text(sb->L, -1));
    lua_pop(sb->L, 1);
    return false;
  }
  return true;
}

bool sandbox_load_file(Sandbox *sb, const char *path, size_t max_bytes, Error *err) {
  size_t len;
  char *code = fs_read_file(path, max_bytes, &len, err);
  if (!code) return false;
  char *chunkname = xasprintf("@%s", path);
  bool ok = sandbox_load_string(sb, code, len, chunkname, err);
  free(chunkname);
  free(code);
  return ok;
}

void sandbox_set_print(Sandbox *sb, void (*print)(void *ud, const char *line), void *ud) {
  sb->print = print;
  sb->print_ud = ud;
}

void sandbox_free(Sandbox *sb) {
  if (!sb) return;
  lua_close(sb->L);
  free(sb);
}
