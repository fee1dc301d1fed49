-- expect: global 'io'
io.open("written-by-lesson", "w"):write("x")
