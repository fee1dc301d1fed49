-- L06 If someone is stuck (scam compounds and forced criminality)
-- Told from a friend's point of view: a cousin who went abroad for a job messages
-- that things are not as promised. Learners answer him kindly, recognise the signs
-- of control and choose who to contact. People forced to scam are victims.
-- Sources: research/lessons.md sections 2.5 (signs, response, scale) and 3
-- (trauma-informed: no graphic content, no blame; the pack marks it sensitive so
-- the kiosk shows its content note first).

-- not a test: feedback never calls an answer wrong in red, and the result shows no score
no_score()

page {
  title = "intro_title",
  text = "intro_text",
  image = "people",
}

local cousin = chat { id = "cousin_chat", with = "cousin_name" }
cousin:says "c_hi"
cousin:says "c_not_job"
cousin:show() -- two at a time: at 18 px three new messages do not fit a small phone
cousin:says "c_passport"
cousin:show()
cousin:says "c_not_free"
cousin:says "c_forced"
local first = cousin:reply {
  id = "first_reply",
  { "r_blame", feedback = "r_blame_fb" },
  { "r_support", correct = true, feedback = "r_support_fb" },
  { "r_run", feedback = "r_run_fb" },
}
if first == "r_blame" then
  cousin:says "c_hurt"
  cousin:me "r_sorry"
  cousin:show()
elseif first == "r_run" then
  cousin:says "c_cant_run"
else
  cousin:says "c_thanks"
end
cousin:says "c_phone"
local where = cousin:reply {
  id = "location_reply",
  { "r_location", correct = true, feedback = "r_location_fb" },
  { "r_confront", feedback = "r_confront_fb" },
  { "r_post", feedback = "r_post_fb" },
}
if where ~= "r_location" then
  cousin:says "c_please_dont"
  cousin:me "r_location_after"
  cousin:show()
end
cousin:says "c_location"
local stay = cousin:reply {
  id = "stay_reply",
  { "r_bye", feedback = "r_bye_fb" },
  { "r_stay", correct = true, feedback = "r_stay_fb" },
}
if stay == "r_bye" then
  cousin:says "c_dont_go"
  cousin:me "r_yes_tomorrow"
else
  cousin:says "c_ok"
end
cousin:show()

choose_all {
  id = "signs",
  question = "signs_question",
  { "sign_passport", correct = true, feedback = "sign_passport_fb" },
  { "sign_debt", correct = true, feedback = "sign_debt_fb" },
  { "sign_homesick", feedback = "sign_homesick_fb" },
  { "sign_not_free", correct = true, feedback = "sign_not_free_fb" },
}

choose {
  id = "next_step",
  question = "step_question",
  { "step_wait", feedback = "step_wait_fb" },
  { "step_hotline", correct = true, feedback = "step_hotline_fb" },
  { "step_pay", feedback = "step_pay_fb" },
  { "step_go", feedback = "step_go_fb" },
}

local later = chat { id = "cousin_chat_later", with = "cousin_name" }
later:says "c_next_night"
later:says "c_worry"
local victim = later:reply {
  id = "victim_reply",
  { "r_victim", correct = true, feedback = "r_victim_fb" },
  { "r_criminal", feedback = "r_criminal_fb" },
}
if victim == "r_victim" then
  later:says "c_relief"
else
  later:says "c_ashamed"
  later:me "r_victim_after"
end
later:show()

page {
  title = "scale_title",
  text = "scale_text",
}

-- no score here: this lesson is about someone else's hard time, not a test
result {
  score = false,
  takeaways = { "take_signs", "take_act", "take_victims" },
  help = "trafficking",
}
