-- expect: page needs a table
page(42)
