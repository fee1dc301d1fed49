-- The benchmark pack: two one-screen lessons in English and Thai, drawn the same way by
-- tests/bench/floor.c (its texts are copied there: change both together).
return {
  id = "bench",
  version = "0.1.0",
  languages = { "en", "th" },
  lessons = {
    { id = "page", file = "lessons/page.lua", topic = "fraud", minutes = 1 },
    { id = "question", file = "lessons/question.lua", topic = "fraud", minutes = 1 },
  },
}
