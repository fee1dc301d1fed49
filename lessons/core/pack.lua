-- The core lesson pack, bundled with the kiosk. Data only: the kiosk reads this file
-- in a sandbox with no libraries. Titles and texts live in strings/<lang>.lua.
-- Topics group the menu: fraud (online fraud and scams), accounts (cybercrime and
-- account safety), migration (trafficking and unsafe migration), help (getting help).
-- sensitive = true shows a content note before the lesson starts. icon names one of the
-- kiosk's drawn pictures (lessons/API.md) or a PNG in assets/.
return {
  id = "core",
  version = "1.0.0",
  min_engine = "0.1.0",
  languages = { "en", "ms", "th", "ne" },
  -- Written by the project team, not yet read by native speakers: every text in these
  -- languages needs a native speaker's review before a program uses it with learners.
  review = {
    ms = "Needs review by a native Malay speaker: register (aku/kau between friends), terms such as keldai akaun, frasa laluan, app trading, and the WhatsApp menu names. Lessons L14 and later (the threats of 2024-2026) are unreviewed in full.",
    th = "Needs review by a native Thai speaker: lesson titles, terms such as บัญชีม้า, ค่าหัวคิว, รหัสผ่านแบบวลี, generic names of help lines, and recruitment-fee wording (licensed agencies may charge capped fees). Lessons L14 and later (the threats of 2024-2026) are unreviewed in full.",
    ne = "Needs review by a native Nepali speaker: terms such as दुई-चरण प्रमाणीकरण, झिक्ने अनुरोध, श्रम स्वीकृति, the money-mule wording, Devanagari digits in amounts, and the free-visa-free-ticket fee wording. Lessons L14 and later (the threats of 2024-2026) are unreviewed in full.",
  },
  lessons = {
    { id = "l01_message_real", file = "lessons/l01_message_real.lua", topic = "fraud", minutes = 6, icon = "phone" },
    { id = "l02_never_share_code", file = "lessons/l02_never_share_code.lua", topic = "accounts", minutes = 7, icon = "code" },
    { id = "l03_lock_accounts", file = "lessons/l03_lock_accounts.lua", topic = "accounts", minutes = 7, icon = "lock" },
    { id = "l04_dream_job", file = "lessons/l04_dream_job.lua", topic = "migration", minutes = 8, icon = "suitcase" },
    { id = "l05_check_before_you_go", file = "lessons/l05_check_before_you_go.lua", topic = "migration", minutes = 7, icon = "passport" },
    { id = "l06_if_someone_is_stuck", file = "lessons/l06_if_someone_is_stuck.lua", topic = "migration", minutes = 7, icon = "people", sensitive = true },
    { id = "l07_too_good_to_be_true", file = "lessons/l07_too_good_to_be_true.lua", topic = "fraud", minutes = 7, icon = "chart" },
    { id = "l08_love_or_script", file = "lessons/l08_love_or_script.lua", topic = "fraud", minutes = 7, icon = "heart" },
    { id = "l09_not_your_fault", file = "lessons/l09_not_your_fault.lua", topic = "accounts", minutes = 7, icon = "umbrella", sensitive = true },
    { id = "l10_account_not_for_rent", file = "lessons/l10_account_not_for_rent.lua", topic = "fraud", minutes = 6, icon = "card" },
    { id = "l11_fast_cash", file = "lessons/l11_fast_cash.lua", topic = "fraud", minutes = 7, icon = "coins" },
    { id = "l12_where_to_get_help", file = "lessons/l12_where_to_get_help.lua", topic = "help", minutes = 6, icon = "signpost" },
    { id = "l14_fake_officer_call", file = "lessons/l14_fake_officer_call.lua", topic = "fraud", minutes = 7, icon = "shield" },
    { id = "l15_task_job", file = "lessons/l15_task_job.lua", topic = "fraud", minutes = 7, icon = "tick" },
    { id = "l13_spot_check", file = "lessons/l13_spot_check.lua", topic = "help", minutes = 8, icon = "star" },
  },
}
