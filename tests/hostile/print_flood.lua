-- expect: without showing a screen
for i = 1, 1e9 do print(string.rep("spam", 100)) end
