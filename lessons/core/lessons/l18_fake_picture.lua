-- L18 A fake picture is not your fault (sextortion with AI-made nude images)
-- SENSITIVE. Told from the outside: a friend (17) gets a threat about a fake naked
-- picture that an app made from her normal profile photo; she never sent any photo.
-- No images, no sexual detail. Learners answer her with belief and support (a chat),
-- choose the next step, learn about removal help (and its limits), and sort the
-- messages she gets afterwards (support, new threats, a paid "removal" offer).
-- Safe actions: research/lessons.md 2.6 (sextortion: not your fault, stop replying,
-- don't pay, save the evidence, report and block, tell someone you trust; Take It
-- Down under 18 and StopNCII 18+) and 3 (trauma-informed: lead with "not your fault",
-- no blame, help at every point). The picture itself is never forwarded: she is under
-- 18. pack.lua marks this lesson sensitive = true, so the kiosk shows its content note.

page {
  title = "intro_title",
  text = "intro_text",
  image = "flag",
}

page {
  title = "fake_title",
  text = "fake_text",
}

local farah = chat { id = "friend_chat", with = "friend_name" }
farah:says "f_can_i_show"
farah:says "f_fake"
farah:show()
farah:says "f_threat"
farah:reply {
  id = "first_reply",
  { "r_believe", correct = true, feedback = "r_believe_fb" },
  { "r_why_post", feedback = "r_why_post_fb" },
  { "r_send_me", feedback = "r_send_me_fb" },
}
farah:says "f_pay"
farah:reply {
  id = "pay_reply",
  { "r_no_pay", correct = true, feedback = "r_no_pay_fb" },
  { "r_pay", feedback = "r_pay_fb" },
}
farah:says "f_answer"
farah:reply {
  id = "answer_reply",
  { "r_argue", feedback = "r_argue_fb" },
  { "r_stop_save", correct = true, feedback = "r_stop_save_fb" },
}
farah:says "f_nobody"
farah:reply {
  id = "tell_reply",
  { "r_secret", feedback = "r_secret_fb" },
  { "r_trusted", correct = true, feedback = "r_trusted_fb" },
}
farah:says "f_thanks"
farah:show()

choose {
  id = "next_step",
  question = "step_question",
  { "step_report", correct = true, feedback = "step_report_fb" },
  { "step_post", feedback = "step_post_fb" },
  { "step_delete_all", feedback = "step_delete_all_fb" },
}

page {
  title = "remove_title",
  text = "remove_text",
}

sort {
  id = "inbox",
  question = "inbox_question",
  { id = "new_number_threat", message = sms { from = "num_new", time = "time_a", text = "msg_new_number" },
    scam = true, why = "why_new_number" },
  { id = "friend_support", message = sms { from = "name_friend", time = "time_b", text = "msg_friend" },
    scam = false, why = "why_friend" },
  { id = "paid_removal", message = sms { from = "num_removal", time = "time_c", text = "msg_removal" },
    scam = true, why = "why_removal" },
  { id = "report_done", message = sms { from = "name_app", time = "time_d", text = "msg_report" },
    scam = false, why = "why_report" },
}

page {
  title = "end_title",
  text = "end_text",
}

-- no score here: a number on this topic would feel like a judgement
result {
  score = false,
  takeaways = { "take_not_fault", "take_steps", "take_help" },
  help = "child",
}
