-- expect: without showing a screen
local line = string.rep("spam", 100)
for i = 1, 1e9 do print(line) end
