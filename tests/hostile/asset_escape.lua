-- expect: must be a file name inside the pack
page { title = "t", image = "../../etc/passwd" }
