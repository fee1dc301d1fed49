-- The core lesson pack, bundled with the kiosk. Data only: the kiosk reads this file
-- in a sandbox with no libraries. Titles and texts live in strings/<lang>.lua.
return {
  id = "core",
  version = "1.0.0",
  min_engine = "0.1.0",
  languages = { "en" },
  lessons = {
    { id = "l01_message_real", file = "lessons/l01_message_real.lua",
      topic = "fraud", minutes = 6 },
  },
}
