-- L09 Not your fault (sextortion)
-- SENSITIVE. Told from the outside: a friend asks the learner for advice because someone
-- online is threatening to share a private photo unless he pays. No images, no sexual
-- detail. Learners answer him with support (don't pay, don't send more, save the chat),
-- pick the safe steps, the right removal tool and the real places to report, sort
-- messages he receives (real support, new threats, a fake "safety team"), and learn never
-- to pass on a private photo of anyone under 18.
-- Safe actions: research/lessons.md section 2.6 (sextortion) and section 3
-- (trauma-informed: lead with "not your fault", no blame, help at every point).
-- pack.lua should mark this lesson sensitive = true, so the kiosk shows its content note.

-- not a test: feedback never calls an answer wrong in red, and the result shows no score
no_score()

page {
  title = "intro_title",
  text = "intro_text",
  image = "umbrella",
}

local friend = chat { id = "friend_chat", with = "friend_name" }
friend:says "chat_can_i_tell"
friend:says "chat_what_happened"
friend:show()
friend:says "chat_threat"
friend:reply {
  id = "first_reply",
  { "reply_why", feedback = "reply_why_fb" },
  { "reply_not_fault", correct = true, feedback = "reply_not_fault_fb" },
  { "reply_ignore", feedback = "reply_ignore_fb" },
}
friend:says "chat_should_pay"
friend:reply {
  id = "pay_reply",
  { "reply_dont_pay", correct = true, feedback = "reply_dont_pay_fb" },
  { "reply_pay", feedback = "reply_pay_fb" },
}
friend:says "chat_keep_talking"
friend:reply {
  id = "evidence_reply",
  { "reply_delete", feedback = "reply_delete_fb" },
  { "reply_save", correct = true, feedback = "reply_save_fb" },
  { "reply_beg", feedback = "reply_beg_fb" },
}
friend:says "chat_parents"
friend:reply {
  id = "tell_reply",
  { "reply_secret", feedback = "reply_secret_fb" },
  { "reply_together", correct = true, feedback = "reply_together_fb" },
}
friend:says "chat_thanks"
friend:show()

-- the next day: a new chat, so the explorer need not try it after every earlier reply
local later = chat { id = "friend_chat_later", with = "friend_name" }
later:says "chat_one_more"
later:reply {
  id = "more_reply",
  { "reply_no_more", correct = true, feedback = "reply_no_more_fb" },
  { "reply_one_more", feedback = "reply_one_more_fb" },
}
later:show()

choose {
  id = "next_step",
  question = "step_question",
  { "step_pay_little", feedback = "step_pay_little_fb" },
  { "step_report", correct = true, feedback = "step_report_fb" },
  { "step_angry", feedback = "step_angry_fb" },
}

page {
  title = "tools_title",
  text = "tools_text",
}

choose {
  id = "which_tool",
  question = "tool_question",
  { "tool_take_it_down", correct = true, feedback = "tool_take_it_down_fb" },
  { "tool_stopncii", feedback = "tool_stopncii_fb" },
  { "tool_pay", feedback = "tool_pay_fb" },
}

choose_all {
  id = "report_routes",
  question = "routes_question",
  { "route_app", correct = true, feedback = "route_app_fb" },
  { "route_helpline", correct = true, feedback = "route_helpline_fb" },
  { "route_removal", correct = true, feedback = "route_removal_fb" },
  { "route_stranger", feedback = "route_stranger_fb" },
}

sort {
  id = "inbox",
  question = "inbox_question",
  { id = "new_number_threat", message = sms { from = "num_new", time = "time_a", text = "msg_new_number" },
    scam = true, why = "why_new_number" },
  { id = "friend_checks_in", message = sms { from = "name_friend", time = "time_b", text = "msg_friend" },
    scam = false, why = "why_friend" },
  { id = "flirty_stranger", message = sms { from = "name_stranger", time = "time_c", text = "msg_stranger" },
    scam = true, why = "why_stranger" },
  -- real apps answer reports inside the app: a "safety team" text with a link is a scam
  { id = "fake_safety_team", message = sms { from = "name_app", time = "time_d", text = "msg_fake_safety" },
    scam = true, why = "why_fake_safety" },
}

choose {
  id = "forward_photo",
  question = "forward_question",
  { "fw_report", correct = true, feedback = "fw_report_fb" },
  { "fw_warn", feedback = "fw_warn_fb" },
  { "fw_save", feedback = "fw_save_fb" },
}

page {
  title = "end_title",
  text = "end_text",
}

-- no score here: a number on this topic would feel like a judgement
result {
  score = false,
  takeaways = { "take_not_fault", "take_steps", "take_tell" },
  help = "child",
}
