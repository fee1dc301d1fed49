-- expect: attempt to call a nil value (field 'dump')
load(string.dump(function() end))()
