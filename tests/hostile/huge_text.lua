-- expect: too long
page { title = string.rep("x", 100000) }
