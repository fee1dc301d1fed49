-- The example lesson of lessons/API.md, kept here so the documentation is tested.
return {
  id = "example",
  version = "0.1.0",
  languages = { "en" },
  lessons = {
    { id = "l99_example", file = "lessons/l99_example.lua", topic = "fraud", minutes = 3 },
  },
}
