/* data.c — Lua data files, evaluated with no libraries, a memory ceiling and a budget. */
#include "lesson/data.h"

#include <lauxlib.h>

#include "lesson/sandbox.h"

#define DATA_MEMORY (16u << 20)
#define DATA_INSTRUCTIONS 20000000ull
#define DATA_CPU_MS 3000

typedef struct ReaderCall {
  DataReader reader;
  void *ud;
  Error *err;
  bool ok;
} ReaderCall;

static int run_reader(lua_State *L) {
  ReaderCall *call = lua_touserdata(L, 1);
  lua_remove(L, 1); /* the data value is now at index 1 */
  call->ok = call->reader(L, call->ud, call->err);
  return 0;
}

bool data_eval(const char *path, size_t max_bytes, DataReader reader, void *ud, Error *err) {
  SandboxLimits limits = {DATA_MEMORY, DATA_INSTRUCTIONS, DATA_CPU_MS * sandbox_test_slowdown()};
  Sandbox *sb = sandbox_new(SANDBOX_DATA, &limits, NULL, NULL, 0);
  if (!sb) return error_set(err, "%s: cannot create a Lua state", path);
  lua_State *L = sandbox_state(sb);
  bool ok = false;
  if (!sandbox_load_file(sb, path, max_bytes, err)) goto done;
  if (lua_pcall(L, 0, 1, 0) != LUA_OK) {
    error_set(err, "%s", sandbox_error_text(L, -1));
    goto done;
  }
  ReaderCall call = {reader, ud, err, false};
  lua_pushcfunction(L, run_reader);
  lua_pushlightuserdata(L, &call);
  lua_pushvalue(L, -3);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    error_set(err, "%s: %s", path, sandbox_error_text(L, -1));
    goto done;
  }
  ok = call.ok;
done:
  sandbox_free(sb);
  return ok;
}

const char *data_raw_string(lua_State *L, int table, const char *key) {
  if (lua_type(L, table) != LUA_TTABLE) return NULL;
  lua_pushstring(L, key);
  int t = lua_rawget(L, table < 0 ? table - 1 : table);
  const char *s = t == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
  lua_pop(L, 1); /* the string stays alive: it is referenced by the table */
  return s;
}
