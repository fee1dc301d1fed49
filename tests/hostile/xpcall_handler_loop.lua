-- expect: ran too long
xpcall(error, function() while true do end end)
