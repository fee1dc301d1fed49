-- First screen a page: start-up time and peak memory.
page { title = "title", text = "intro" }
