/* data.h — (internal to lesson/) evaluates a Lua data file (pack.lua, a string table)
   in a sandbox with no libraries and lets a reader turn its result into C structs. */
#ifndef LESSON_DATA_H
#define LESSON_DATA_H

#include <lua.h>

#include "core/error.h"

/* Reads the value at stack index 1 (the file's result). Runs protected: a Lua memory
   error inside becomes an ordinary failure. */
typedef bool (*DataReader)(lua_State *L, void *ud, Error *err);

bool data_eval(const char *path, size_t max_bytes, DataReader reader, void *ud, Error *err);

/* Raw field access for readers (no metamethods can run): t[key] if it is a string. */
const char *data_raw_string(lua_State *L, int table, const char *key);

#endif
