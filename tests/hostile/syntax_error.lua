-- expect: near <eof>
page { title = "t" }
page { title = 
