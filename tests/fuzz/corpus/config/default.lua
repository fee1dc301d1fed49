-- kiosk.lua: the settings of this kiosk.
-- Staff may change them here with a plain text editor; the kiosk reads this
-- file when it starts. A value it cannot use is named on the staff screen and
-- its default is used instead. Keep text in "double quotes" and the comma at
-- the end of each setting. Lines starting with -- are notes for people.
return {
  -- A random name for this kiosk, made on its first run. It names exported
  -- statistics (never a person). Small letters, digits and "-", at most 39.
  kiosk_id = "kiosk-1c4ec1188852",

  -- The country, as two capital letters ("MY", "TH", "NP", "ID", "PH",
  -- "KH", "BD"). Changing it in staff mode also replaces the help lines
  -- below with that country's lines from the kiosk's catalogue.
  country = "MY",

  -- The languages offered to learners, in this order: codes such as "en",
  -- "ms", "th", "ne" (at most 8).
  languages = { "en", "ms", "th", "ne" },

  -- The language a new learner starts in: one of the languages above.
  default_language = "en",

  -- Seconds without a touch on a learner screen before the kiosk asks
  -- "Are you still there?" (from 15 to 3600; normally 90).
  idle_seconds = 90,

  -- The same on the screen at the end of a lesson (from 10 to 3600;
  -- normally 30).
  result_idle_seconds = 30,

  -- How the screen is mounted, in degrees: 0, 90, 180 or 270.
  rotation = 0,

  -- true: learners' text starts large. false: normal size.
  large_text = false,

  -- The staff PIN, kept only as a scrambled hash: set or change the PIN in
  -- staff mode, never here. "" means no PIN has been set yet.
  pin_hash = "",

  -- Help lines shown to learners. topic is one of:
  -- "trafficking", "scam", "child", "cyber", "women" or "emergency".
  -- A lesson on a topic shows the first line of that topic with show = true.
  -- number is what to dial (or an address); source and date say where it
  -- was found. show = false keeps a number that could not be confirmed out
  -- of sight. Call every number once yourself before relying on it.
  helplines = {
    {
      topic = "trafficking",
      name = "MAPO human trafficking hotline",
      number = "03-8000 8000",
      source = "https://malaymail.com/amp/news/malaysia/2021/06/10/anti-trafficking-association-urges-public-to-report-activities-to-authoriti/1981220 (Malay Mail)",
      date = "2021-06-10",
      show = true,
    },
    {
      topic = "trafficking",
      name = "MAPO human trafficking reports (email)",
      number = "mapo_tip@moha.gov.my",
      source = "https://malaymail.com/amp/news/malaysia/2021/06/10/anti-trafficking-association-urges-public-to-report-activities-to-authoriti/1981220 (Malay Mail)",
      date = "2021-06-10",
      show = true,
    },
    {
      topic = "scam",
      name = "National Scam Response Centre (NSRC)",
      number = "997",
      source = "https://www.bernama.com/en/news.php?id=2529896 (Bernama)",
      date = "2026-03-03",
      show = true,
    },
    {
      topic = "child",
      name = "Talian Kasih (children and families)",
      number = "15999",
      source = "https://thestar.com.my/news/nation/2024/04/24/doing-right-by-abused-kids (The Star)",
      date = "2024-04-24",
      show = true,
    },
    {
      topic = "child",
      name = "Talian Kasih (WhatsApp)",
      number = "019-261 5999",
      source = "https://thestar.com.my/news/nation/2024/04/24/doing-right-by-abused-kids (The Star)",
      date = "2024-04-24",
      show = true,
    },
  },
}
