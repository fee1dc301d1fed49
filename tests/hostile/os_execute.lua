-- expect: global 'os'
os.execute("touch written-by-lesson")
