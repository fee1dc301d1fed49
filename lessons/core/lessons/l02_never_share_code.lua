-- L02 Never share the code (one-time codes and account takeover)
-- Learners work out what a surprise code means, sort code texts into safe and scam,
-- answer someone who says they are from the bank (a branching chat), help a friend
-- who already gave his code away, and switch on two-step verification.
-- Red flags and safe actions: research/lessons.md section 2.2 (and 2.1 for the bank texts).

page {
  title = "intro_title",
  text = "intro_text",
  image = "code",
}

choose {
  id = "surprise_code",
  question = "surprise_question",
  { "surprise_login", correct = true, feedback = "surprise_login_fb" },
  { "surprise_mistake", feedback = "surprise_mistake_fb" },
  { "surprise_reply", feedback = "surprise_reply_fb" },
}

sort {
  id = "code_texts",
  question = "inbox_question",
  { id = "bank_tac", message = sms { from = "bank_name", time = "time_0940", text = "sms_tac" },
    scam = false, why = "why_tac" },
  { id = "frozen", message = sms { from = "bank_name", time = "time_1012", text = "sms_frozen" },
    scam = true, why = "why_frozen" },
  { id = "bank_notice", message = sms { from = "bank_name", time = "time_1130", text = "sms_notice" },
    scam = false, why = "why_notice" },
  { id = "reward", message = sms { from = "reward_number", time = "time_1404", text = "sms_reward" },
    scam = true, why = "why_reward" },
}

page {
  title = "call_title",
  text = "call_text",
}

-- The "bank": every branch ends with the learner refusing or being told how to stop.
local bank = chat { id = "bank_chat", with = "bank_contact" }
bank:says "bank_transfer"
bank:says "bank_ask"
local first = bank:reply {
  id = "bank_reply",
  { "bank_give", danger = true, feedback = "bank_give_fb" },
  { "bank_check", correct = true, feedback = "bank_check_fb" },
  { "bank_hangup", correct = true, feedback = "bank_hangup_fb" },
}
if first == "bank_give" then
  bank:says "bank_more"
  bank:reply {
    id = "bank_more_reply",
    { "more_give", danger = true, feedback = "more_give_fb" },
    { "more_stop", correct = true, feedback = "more_stop_fb" },
  }
elseif first == "bank_check" then
  bank:says "bank_proof"
  bank:says "bank_hurry"
  bank:reply {
    id = "bank_push_reply",
    { "push_give", danger = true, feedback = "push_give_fb" },
    { "push_hangup", correct = true, feedback = "push_hangup_fb" },
  }
else
  bank:says "bank_threat"
  bank:reply {
    id = "bank_threat_reply",
    { "threat_give", danger = true, feedback = "threat_give_fb" },
    { "threat_hangup", correct = true, feedback = "threat_hangup_fb" },
  }
end
bank:says "bank_gone"
bank:show()

choose {
  id = "after_share",
  question = "after_share_question",
  { "share_call_bank", correct = true, feedback = "share_call_bank_fb" },
  { "share_wait", feedback = "share_wait_fb" },
  { "share_quiet", feedback = "share_quiet_fb" },
}

page {
  title = "tsv_title",
  text = "tsv_text",
}

choose {
  id = "tsv_where",
  question = "tsv_where_question",
  { "tsv_settings", correct = true, feedback = "tsv_settings_fb" },
  { "tsv_message", feedback = "tsv_message_fb" },
  { "tsv_friend", feedback = "tsv_friend_fb" },
}

choose {
  id = "pin_who",
  question = "pin_who_question",
  { "pin_me", correct = true, feedback = "pin_me_fb" },
  { "pin_friend", feedback = "pin_friend_fb" },
  { "pin_staff", feedback = "pin_staff_fb" },
}

choose_all {
  id = "safe_habits",
  question = "habits_question",
  { "habit_secret", correct = true, feedback = "habit_secret_fb" },
  { "habit_2step", correct = true, feedback = "habit_2step_fb" },
  { "habit_callback", correct = true, feedback = "habit_callback_fb" },
  { "habit_name", feedback = "habit_name_fb" },
}

result {
  takeaways = { "take_never", "take_call", "take_2step" },
  help = "scam",
}
