-- A test pack: one lesson in English, Thai and Nepali that touches every screen kind,
-- so shaping and line breaking are checked on real screens at every size.
return {
  id = "scripts",
  version = "0.1.0",
  languages = { "en", "th", "ne" },
  lessons = {
    { id = "sample", file = "lessons/sample.lua", topic = "fraud", minutes = 3 },
  },
}
