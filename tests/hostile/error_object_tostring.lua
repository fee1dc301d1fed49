-- expect: error object is not a string
error(setmetatable({}, { __tostring = function() while true do end end }))
