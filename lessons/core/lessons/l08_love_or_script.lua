-- L08 Love or a script? (romance scams)
-- Learners chat with a sweet online "partner" who never can video call or meet, then
-- has an emergency and says how to pay. They find the red flags in his messages, pick
-- safe ways to check someone met online (talk to someone you trust, search the photos;
-- not meeting alone, and not trusting a video call, which can be faked), and sort
-- genuine and fake messages.
-- Red flags and safe actions: research/lessons.md section 2.6 (romance scams).
-- Age-appropriate and non-sexual by design.

page {
  title = "intro_title",
  text = "intro_text",
  image = "heart",
}

local adam = chat { id = "sweet_chat", with = "partner_name" }

-- Three weeks of sweet messages
adam:says "chat_morning"
adam:says "chat_weeks"
local first = adam:reply {
  id = "video_reply",
  { "reply_video", correct = true, feedback = "reply_video_fb" },
  { "reply_me_too", feedback = "reply_me_too_fb" },
}
if first == "reply_video" then
  adam:says "chat_camera_video"
else
  adam:says "chat_camera_soon"
end
adam:says "chat_rig"
adam:reply {
  id = "excuse_reply",
  { "reply_ok", feedback = "reply_ok_fb" },
  { "reply_see_first", correct = true, feedback = "reply_see_first_fb" },
}

-- A week later: the emergency
page {
  title = "later_title",
  text = "later_text",
}
adam:says "chat_hospital"
adam:says "chat_gift_cards"
adam:reply {
  id = "money_reply",
  { "reply_send", feedback = "reply_send_fb" },
  { "reply_some", feedback = "reply_some_fb" },
  { "reply_no_money", correct = true, feedback = "reply_no_money_fb" },
}
adam:says "chat_guilt"
local second = adam:reply {
  id = "guilt_reply",
  { "reply_give_in", feedback = "reply_give_in_fb" },
  { "reply_tell_sister", correct = true, feedback = "reply_tell_sister_fb" },
}
if second == "reply_tell_sister" then
  adam:says "chat_quiet"
else
  adam:says "chat_send_codes"
end
adam:show()

spot_flags {
  id = "script_flags",
  title = "flags_title",
  text = "flags_text",
  message = thread { from = "partner_name", "flag_msg_1", "flag_msg_2", "flag_msg_3" },
  flags = {
    no_call = "flag_no_call",
    emergency = "flag_emergency",
    pay_how = "flag_pay_how",
    rush = "flag_rush",
  },
}

-- Not "meet in a public place" nor "a live call shows their real face": learners are
-- 13 to 24, under-18s should not meet online-only contacts, and video can be faked or
-- recorded (issue 13). A new id: the right answers changed.
choose_all {
  id = "check_someone",
  question = "check_question",
  { "check_trusted", correct = true, feedback = "check_trusted_fb" },
  { "check_search", correct = true, feedback = "check_search_fb" },
  { "check_meet_alone", feedback = "check_meet_alone_fb" },
  { "check_video_proof", feedback = "check_video_proof_fb" },
}

sort {
  id = "inbox",
  question = "inbox_question",
  { id = "meet_public", message = sms { from = "name_a", time = "time_a", text = "msg_meet" },
    scam = false, why = "why_meet" },
  { id = "customs_gift", message = sms { from = "name_b", time = "time_b", text = "msg_customs" },
    scam = true, why = "why_customs" },
  { id = "video_family", message = sms { from = "name_c", time = "time_c", text = "msg_video" },
    scam = false, why = "why_video" },
  { id = "crypto_ticket", message = sms { from = "name_d", time = "time_d", text = "msg_crypto" },
    scam = true, why = "why_crypto" },
}

result {
  takeaways = { "take_no_money", "take_check", "take_not_fault" },
  help = "scam",
}
