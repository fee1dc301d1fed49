-- L15 Paid to like videos? (task scams and recovery-fee scams)
-- A "part-time job" pays a little for liking videos, then asks the learner to pay in
-- for bigger tasks, then says the balance is stuck until they pay more. Learners find
-- the red flags in the invitation, take part in the chat (a branching chat), help a
-- friend who lost money and is then offered paid "recovery", sort real and fake job
-- posts, and recall the signs. Same pattern as the withdrawal fees of research/
-- lessons.md 2.7 (early profits, then fees before you can take money out) and the
-- "easy pay, no experience" job flags of 2.4; victims are tricked, never to blame (3).

page {
  title = "intro_title",
  text = "intro_text",
  image = "tick",
}

spot_flags {
  id = "invite_flags",
  title = "flags_title",
  message = sms { from = "invite_number", time = "time_1012", text = "sms_invite" },
  flags = {
    unasked = "flag_unasked",
    easy = "flag_easy",
    daily = "flag_daily",
    move = "flag_move",
  },
}

local coach = chat { id = "task_chat", with = "coach_name", app = "telegram_app" }
coach:says "v_welcome"
coach:says "v_paid"
coach:show()
coach:says "v_vip"
local first = coach:reply {
  id = "vip_reply",
  { "r_pay_vip", feedback = "r_pay_vip_fb" },
  { "r_never_pay", correct = true, feedback = "r_never_pay_fb" },
}
if first == "r_pay_vip" then
  coach:says "v_combo"
  coach:says "v_negative"
  coach:reply {
    id = "unlock_reply",
    { "r_pay_unlock", feedback = "r_pay_unlock_fb" },
    { "r_stop_report", correct = true, feedback = "r_stop_report_fb" },
  }
else
  coach:says "v_group"
  coach:reply {
    id = "group_reply",
    { "r_group_ok", feedback = "r_group_ok_fb" },
    { "r_still_no", correct = true, feedback = "r_still_no_fb" },
  }
end
coach:says "v_gone"
coach:show()

page {
  title = "ravi_title",
  text = "ravi_text",
}

choose {
  id = "recovery_offer",
  question = "recovery_question",
  { "recovery_pay", feedback = "recovery_pay_fb" },
  { "recovery_free", correct = true, feedback = "recovery_free_fb" },
  { "recovery_login", feedback = "recovery_login_fb" },
}

sort {
  id = "job_posts",
  question = "sort_question",
  { id = "cafe_job", message = post { from = "cafe_from", app = "app_facebook", time = "time_cafe", text = "cafe_text" },
    scam = false, why = "why_cafe" },
  { id = "like_job", message = post { from = "like_from", app = "tiktok_app", time = "time_like", text = "like_text" },
    scam = true, why = "why_like" },
  { id = "review_job", message = sms { from = "review_number", time = "time_1433", text = "sms_review" },
    scam = true, why = "why_review" },
  { id = "shop_job", message = post { from = "shop_from", app = "app_facebook", time = "time_shop", text = "shop_text" },
    scam = false, why = "why_shop" },
}

choose_all {
  id = "task_signs",
  question = "signs_question",
  { "sign_pay_in", correct = true, feedback = "sign_pay_in_fb" },
  { "sign_unasked", correct = true, feedback = "sign_unasked_fb" },
  { "sign_payslip", feedback = "sign_payslip_fb" },
  { "sign_tiny_task", correct = true, feedback = "sign_tiny_task_fb" },
}

result {
  takeaways = { "take_work_pays", "take_bait", "take_recovery" },
  help = "scam",
}
