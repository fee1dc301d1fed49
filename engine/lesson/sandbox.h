/* sandbox.h — (internal to lesson/) a Lua state that untrusted code cannot escape:
   whitelisted libraries only, text chunks only, a memory ceiling, an instruction budget. */
#ifndef LESSON_SANDBOX_H
#define LESSON_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#include "core/error.h"

typedef enum SandboxLibs {
  SANDBOX_DATA,  /* no libraries at all: for pack.lua and string tables */
  SANDBOX_LESSON /* base (filtered), table, string (filtered), math, utf8, coroutine */
} SandboxLibs;

typedef struct Sandbox Sandbox;

/* Called when code exceeds a limit in strict mode (the lesson runner ends the process
   with the reason); when NULL the limit raises an ordinary Lua error instead. */
typedef void (*SandboxFatal)(void *ud, const char *reason);

typedef struct SandboxLimits {
  size_t memory;          /* bytes of Lua heap */
  uint64_t instructions;  /* VM instructions per sandbox_budget_reset */
  int cpu_ms;             /* processor time of the calling thread per sandbox_budget_reset:
                             time spent waiting for a core on a loaded machine is not the
                             code's doing, so only a watchdog outside the sandbox counts
                             wall-clock time */
} SandboxLimits;

Sandbox *sandbox_new(SandboxLibs libs, const SandboxLimits *limits, SandboxFatal fatal,
                     void *fatal_ud, uint64_t seed);
lua_State *sandbox_state(Sandbox *sb);
/* Starts a fresh instruction and processor-time budget (before each resume of the lesson). */
void sandbox_budget_reset(Sandbox *sb);
size_t sandbox_memory_used(const Sandbox *sb);

/* Loads a text chunk (never bytecode) from a file of at most max_bytes; pushes the
   function. chunkname is used in error messages. */
bool sandbox_load_file(Sandbox *sb, const char *path, size_t max_bytes, Error *err);
bool sandbox_load_string(Sandbox *sb, const char *code, size_t len, const char *chunkname,
                         Error *err);

/* The message of the error value on top of the stack, without running metamethods. */
const char *sandbox_error_text(lua_State *L, int idx);

/* Routes the lesson's print() to this function (bounded by the sandbox). */
void sandbox_set_print(Sandbox *sb, void (*print)(void *ud, const char *line), void *ud);

/* KIOSK_TEST_SLOWDOWN=N (1 to 100; 1 when unset or not such a number): how many times
   the callers stretch their time limits (a lesson step's watchdog and in-VM clock, a
   data file's clock), never the instruction or memory budgets. Under qemu-user, or the
   sanitizers on a loaded machine, code runs many times slower than on any Pi, and a test
   of the instruction budget must not be won by the clock. */
int sandbox_test_slowdown(void);

void sandbox_free(Sandbox *sb);

#endif
