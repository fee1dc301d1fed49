-- expect: coroutine.yield was used outside
coroutine.yield({ kind = "page", title = "x" })
