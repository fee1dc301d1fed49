-- expect: no screen within
string.rep("", 1e15)
