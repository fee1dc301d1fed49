-- expect: used more than 64 MiB
local s = "x" for i = 1, 40 do s = s .. s end
