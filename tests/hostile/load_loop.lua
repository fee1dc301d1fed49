-- expect: ran too long
load("while true do end")()
