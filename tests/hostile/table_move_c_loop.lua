-- expect: no screen within
table.move({}, 1, 1e14, 2)
