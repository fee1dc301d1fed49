-- expect: more than 2000 screens
while true do page { title = "t" } end
