-- L07 Too good to be true (investment and crypto scams, "pig butchering")
-- A time-lapse chat: a "wrong number" text turns into a daily friendly chat, then talk
-- of crypto wins and an invitation to a trading app. Learners then find the red flags
-- in the app's "withdrawal on hold" message, decide what a victim should do next, learn
-- that the person typing is often forced to scam, and sort a mixed inbox.
-- Red flags and safe actions: research/lessons.md section 2.7 (and 2.5, 3 for framing).

page {
  title = "intro_title",
  text = "intro_text",
  image = "chart",
}

local mei = chat { id = "wrong_number", with = "scam_name" }

-- Day 1: the "wrong number"
mei:says "day1_hi"
mei:reply {
  id = "day1_reply",
  { "day1_wrong", correct = true, feedback = "day1_wrong_fb" },
  { "day1_who", feedback = "day1_who_fb" },
}
mei:says "day1_sorry"
mei:says "day1_friends"
mei:reply {
  id = "day1_friends_reply",
  { "day1_sure", feedback = "day1_sure_fb" },
  { "day1_no_thanks", correct = true, feedback = "day1_no_thanks_fb" },
}

-- Day 5: daily friendly chat, then talk of crypto wins
page {
  title = "day5_title",
  text = "day5_text",
}
mei:says "day5_morning"
mei:says "day5_win"
mei:reply {
  id = "day5_reply",
  { "day5_how", feedback = "day5_how_fb" },
  { "day5_no_money", correct = true, feedback = "day5_no_money_fb" },
}

-- Day 9: the invitation to a "trading app"
page {
  title = "day9_title",
  text = "day9_text",
}
mei:says "day9_app"
mei:says "day9_start"
local invite = mei:reply {
  id = "day9_reply",
  { "day9_try", feedback = "day9_try_fb" },
  { "day9_link", feedback = "day9_link_fb" },
  { "day9_stop", correct = true, feedback = "day9_stop_fb" },
}
if invite == "day9_stop" then
  mei:says "day9_sad"
else
  mei:says "day9_yay"
end
mei:show()

-- What happens to someone who says yes
page {
  title = "yes_title",
  text = "yes_text",
}

spot_flags {
  id = "withdraw_flags",
  title = "flags_title",
  text = "flags_text",
  message = thread { from = "platform_name", "flag_msg_1", "flag_msg_2", "flag_msg_3" },
  flags = {
    tax = "flag_tax",
    audit = "flag_audit",
    deadline = "flag_deadline",
    frozen = "flag_frozen",
  },
}

choose {
  id = "victim_next",
  question = "next_question",
  { "next_pay", feedback = "next_pay_fb" },
  { "next_report", correct = true, feedback = "next_report_fb" },
  { "next_ask_mei", feedback = "next_ask_mei_fb" },
  { "next_quiet", feedback = "next_quiet_fb" },
}

page {
  title = "typing_title",
  text = "typing_text",
}

sort {
  id = "inbox",
  question = "inbox_question",
  { id = "real_wrong_number", message = sms { from = "num_a", time = "time_a", text = "sms_real_wrong" },
    scam = false, why = "why_real_wrong" },
  { id = "wrong_to_friend", message = sms { from = "num_b", time = "time_b", text = "sms_wrong_friend" },
    scam = true, why = "why_wrong_friend" },
  { id = "friend_plan", message = sms { from = "friend_name", time = "time_c", text = "sms_friend_plan" },
    scam = false, why = "why_friend_plan" },
  { id = "crypto_tip", message = sms { from = "online_friend", time = "time_d", text = "sms_crypto_tip" },
    scam = true, why = "why_crypto_tip" },
}

result {
  takeaways = { "take_online_tips", "take_fees", "take_report" },
  help = "scam",
}
