-- L19 A friend who wants secrets (grooming that is not about money)
-- SENSITIVE. Told from an older cousin's view: a 14-year-old's kind "friend" from an
-- online game gives gifts, asks for secrets, wants to move to a private app and to
-- meet alone. Nobody asks for money. Learners find the warning signs in his messages,
-- talk with her calmly and without blame (a chat), recall the signs and choose what
-- helps. No sexual content. Tone and help as in research/lessons.md 3 (no blame, the
-- young person is never at fault, tell a trusted adult, help at every point); the
-- "talk it out" habit as in Be Internet Awesome (section 1). pack.lua marks this
-- lesson sensitive = true, so the kiosk shows its content note.

page {
  title = "intro_title",
  text = "intro_text",
  image = "chat",
}

page {
  title = "story_title",
  text = "story_text",
}

spot_flags {
  id = "kai_flags",
  title = "flags_title",
  text = "flags_text",
  message = thread { from = "kai_name", "kai_1", "kai_2", "kai_3" },
  flags = {
    special = "flag_special",
    gift = "flag_gift",
    secret = "flag_secret",
    private = "flag_private",
    meet = "flag_meet",
  },
}

local nurul = chat { id = "cousin_chat", with = "cousin_name" }
nurul:says "n_best_friend"
nurul:reply {
  id = "first_reply",
  { "r_angry", feedback = "r_angry_fb" },
  { "r_calm", correct = true, feedback = "r_calm_fb" },
}
nurul:says "n_like_what"
nurul:reply {
  id = "signs_reply",
  { "r_maybe_ok", feedback = "r_maybe_ok_fb" },
  { "r_signs", correct = true, feedback = "r_signs_fb" },
}
nurul:says "n_sad"
local third = nurul:reply {
  id = "adult_reply",
  { "r_adult", correct = true, feedback = "r_adult_fb" },
  { "r_keep_secret", feedback = "r_keep_secret_fb" },
}
if third == "r_keep_secret" then
  nurul:says "n_unsure"
  nurul:me "r_adult_after"
end
nurul:says "n_thanks"
nurul:show()

choose_all {
  id = "grooming_signs",
  question = "signs_question",
  { "sign_secrets", correct = true, feedback = "sign_secrets_fb" },
  { "sign_gifts", correct = true, feedback = "sign_gifts_fb" },
  { "sign_game_talk", feedback = "sign_game_talk_fb" },
  { "sign_meet_alone", correct = true, feedback = "sign_meet_alone_fb" },
}

choose {
  id = "what_helps",
  question = "helps_question",
  { "helps_goodbye", feedback = "helps_goodbye_fb" },
  { "helps_report", correct = true, feedback = "helps_report_fb" },
  { "helps_delete", feedback = "helps_delete_fb" },
}

page {
  title = "end_title",
  text = "end_text",
}

-- no score here: this lesson is about someone else's safety, not a test
result {
  score = false,
  takeaways = { "take_signs", "take_calm", "take_tell" },
  help = "child",
}
