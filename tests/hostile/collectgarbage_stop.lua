-- expect: option 'stop' is not allowed
collectgarbage("stop")
