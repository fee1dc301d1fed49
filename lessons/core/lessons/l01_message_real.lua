-- L01 Is this message real? (SMS and e-mail phishing)
-- Learners sort a phone inbox into safe and scam (a scam shows the bank's own name: a
-- sender's name proves nothing), find the red flags in a parcel-fee text, and answer a
-- friend whose account was taken over and who asks for a code.
-- Red flags and safe actions: research/lessons.md sections 2.1 and 2.2.

page {
  title = "intro_title",
  text = "intro_text",
  image = "phone",
}

sort {
  id = "inbox",
  question = "inbox_question",
  { id = "bank_spend", message = sms { from = "bank_name", time = "time_0915", text = "sms_bank_spend" },
    scam = false, why = "why_bank_spend" },
  { id = "parcel_fee", message = sms { from = "parcel_number", time = "time_1002", text = "sms_parcel" },
    scam = true, why = "why_parcel" },
  { id = "friend_meet", message = sms { from = "friend_name", time = "time_1130", text = "sms_friend" },
    scam = false, why = "why_friend" },
  { id = "prize", message = sms { from = "prize_number", time = "time_1247", text = "sms_prize" },
    scam = true, why = "why_prize" },
  { id = "bank_code", message = sms { from = "bank_name", time = "time_1305", text = "sms_bank_code" },
    scam = false, why = "why_bank_code" },
  -- the same sender name as the real texts: a name proves nothing (issue 13)
  { id = "bank_locked", message = sms { from = "bank_name", time = "time_1322", text = "sms_bank_locked" },
    scam = true, why = "why_bank_locked" },
}

spot_flags {
  id = "parcel_flags",
  title = "flags_title",
  message = sms { from = "parcel_number_flag", time = "time_1002", text = "sms_parcel_flags" },
  flags = {
    sender = "flag_sender",
    fee = "flag_fee",
    deadline = "flag_deadline",
    link = "flag_link",
  },
}

choose {
  id = "after_click",
  question = "after_click_question",
  { "after_click_wait", feedback = "after_click_wait_fb" },
  { "after_click_call", correct = true, feedback = "after_click_call_fb" },
  { "after_click_delete", feedback = "after_click_delete_fb" },
}

local friend = chat { id = "code_chat", with = "chat_friend_name" }
friend:says "chat_hi"
friend:says "chat_ask_code"
local reply = friend:reply {
  id = "code_reply",
  { "reply_send_code", feedback = "reply_send_code_fb" },
  { "reply_call_first", correct = true, feedback = "reply_call_first_fb" },
}
if reply == "reply_send_code" then
  friend:says "chat_thanks_code"
  friend:says "chat_more_money"
else
  friend:says "chat_push"
  friend:reply {
    id = "code_push_reply",
    { "reply_fine", feedback = "reply_fine_fb" },
    { "reply_no_call", correct = true, feedback = "reply_no_call_fb" },
  }
  friend:says "chat_gone_quiet"
end
friend:show()

choose_all {
  id = "signs",
  question = "signs_question",
  { "sign_fee", correct = true, feedback = "sign_fee_fb" },
  { "sign_rush", correct = true, feedback = "sign_rush_fb" },
  { "sign_code", correct = true, feedback = "sign_code_fb" },
  { "sign_bank_name", feedback = "sign_bank_name_fb" },
}

result {
  takeaways = { "take_links", "take_codes", "take_act_fast" },
  help = "scam",
}
