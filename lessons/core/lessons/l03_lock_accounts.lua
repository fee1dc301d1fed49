-- L03 Lock your accounts (passwords, passphrases and two-step verification)
-- Learners pick the strongest password, choose the best words for a passphrase, type a
-- practice passphrase of their own (the kiosk rates it and forgets it: the lesson only
-- learns "weak", "fair" or "strong"), refuse a "free diamonds" seller who
-- wants their login, sort account alerts into real and fake, walk through switching on
-- two-step verification, and pick the habits that keep accounts safe.
-- Facts: research/lessons.md section 2.3 (and 2.1/2.2 for the fake alerts and the code).

page {
  title = "intro_title",
  text = "intro_text",
  image = "lock",
}

choose {
  id = "strongest",
  question = "strongest_question",
  { "pw_name", feedback = "pw_name_fb" },
  { "pw_symbols", feedback = "pw_symbols_fb" },
  { "pw_phrase", correct = true, feedback = "pw_phrase_fb" },
  { "pw_numbers", feedback = "pw_numbers_fb" },
}

choose {
  id = "build_phrase",
  question = "build_question",
  { "phrase_famous", feedback = "phrase_famous_fb" },
  { "phrase_personal", feedback = "phrase_personal_fb" },
  { "phrase_short", feedback = "phrase_short_fb" },
  { "phrase_random", correct = true, feedback = "phrase_random_fb" },
}

local level = try_password {
  id = "try_phrase",
  question = "try_question",
  weak = { "try_weak", feedback = "try_weak_fb" },
  fair = { "try_fair", feedback = "try_fair_fb" },
  strong = { "try_strong", feedback = "try_strong_fb" },
}
if level ~= "strong" then
  page { title = "try_again_title", text = "try_again_text" }
  try_password {
    id = "try_phrase_again",
    question = "try_question",
    weak = { "try_weak", feedback = "try_weak_fb" },
    fair = { "try_fair", feedback = "try_fair_fb" },
    strong = { "try_strong", feedback = "try_strong_fb" },
  }
end

local seller = chat { id = "seller_chat", with = "seller_name" }
seller:says "seller_hi"
seller:says "seller_ask"
local first = seller:reply {
  id = "seller_reply",
  { "seller_send", feedback = "seller_send_fb" },
  { "seller_no", correct = true, feedback = "seller_no_fb" },
}
if first == "seller_send" then
  -- the password alone is not enough for them when two-step verification is on
  seller:says "seller_code"
  seller:reply {
    id = "seller_code_reply",
    { "code_send", danger = true, feedback = "code_send_fb" },
    { "code_stop", correct = true, feedback = "code_stop_fb" },
  }
else
  seller:says "seller_push"
  seller:reply {
    id = "seller_push_reply",
    { "push_give", danger = true, feedback = "push_give_fb" },
    { "push_block", correct = true, feedback = "push_block_fb" },
  }
end
seller:says "seller_gone"
seller:show()

sort {
  id = "account_alerts",
  question = "alerts_question",
  { id = "login_alert", message = sms { from = "app_name", time = "time_0812", text = "sms_login" },
    scam = false, why = "why_login" },
  { id = "fake_delete",
    message = email { app = "mail_app", from = "fake_sender", subject = "fake_subject",
                      time = "time_0930", "fake_body", "fake_link" },
    scam = true, why = "why_fake_delete" },
  { id = "pw_changed", message = sms { from = "app_name", time = "time_1410", text = "sms_changed" },
    scam = false, why = "why_changed" },
  { id = "friend_vote", message = thread { from = "friend_name", "vote_1", "vote_2" },
    scam = true, why = "why_vote" },
}

page {
  title = "mfa_title",
  text = "mfa_text",
}

choose {
  id = "mfa_where",
  question = "mfa_where_question",
  { "where_security", correct = true, feedback = "where_security_fb" },
  { "where_notifications", feedback = "where_notifications_fb" },
  { "where_profile", feedback = "where_profile_fb" },
}

choose {
  id = "mfa_backup",
  question = "mfa_backup_question",
  { "backup_keep", correct = true, feedback = "backup_keep_fb" },
  { "backup_group", feedback = "backup_group_fb" },
  { "backup_skip", feedback = "backup_skip_fb" },
}

choose_all {
  id = "habits",
  question = "habits_question",
  { "habit_different", correct = true, feedback = "habit_different_fb" },
  { "habit_manager", correct = true, feedback = "habit_manager_fb" },
  { "habit_update", correct = true, feedback = "habit_update_fb" },
  { "habit_same", feedback = "habit_same_fb" },
}

result {
  takeaways = { "take_phrase", "take_share", "take_2step" },
  help = "scam",
}
