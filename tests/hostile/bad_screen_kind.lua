-- expect: coroutine.yield was used outside
coroutine.yield()
