-- expect: global 'loadfile'
loadfile("/etc/passwd")
