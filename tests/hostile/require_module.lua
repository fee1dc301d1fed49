-- expect: global 'require'
require("io")
