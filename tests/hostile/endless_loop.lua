-- expect: ran too long
while true do end
