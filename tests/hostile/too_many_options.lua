-- expect: at most 6 options
choose { id = "q", question = "q", "a", "b", "c", "d", "e", "f", "g" }
