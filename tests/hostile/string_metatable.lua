-- expect: attempt to index a string value
getmetatable("").__index = function() end
