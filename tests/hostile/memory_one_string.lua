-- expect: used more than 64 MiB
local s = string.rep("x", 1e9)
