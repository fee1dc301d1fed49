-- L04 Dream job or trap? (fake job offers abroad)
-- Learners find the red flags in a social-media job ad, sort real and fake job ads,
-- answer a recruiter in a chat, decide what to do when a friend shares an offer,
-- and recall the signs of a job trap.
-- Red flags and safe actions: research/lessons.md section 2.4 (and 3 for tone).

page {
  title = "intro_title",
  text = "intro_text",
  image = "suitcase",
}

spot_flags {
  id = "ad_flags",
  title = "ad_flags_title",
  message = post { from = "ad_from", app = "ad_app", time = "ad_time", text = "ad_text" },
  flags = {
    pay = "flag_pay",
    easy = "flag_easy",
    visa = "flag_visa", -- a free flight is not a flag: employers paying it is fair hiring
    contact = "flag_contact",
  },
}

sort {
  id = "job_ads",
  question = "sort_question",
  { id = "hotel_real",
    message = post { from = "hotel_from", app = "hotel_app", time = "hotel_time", text = "hotel_text" },
    scam = false, why = "why_hotel" },
  { id = "typing_trap",
    message = post { from = "typing_from", app = "typing_app", time = "typing_time", text = "typing_text" },
    scam = true, why = "why_typing" },
  { id = "agency_real",
    message = post { from = "agency_from", app = "agency_app", time = "agency_time", text = "agency_text" },
    scam = false, why = "why_agency" },
  { id = "fee_trap",
    message = post { from = "fee_from", app = "fee_app", time = "fee_time", text = "fee_text" },
    scam = true, why = "why_fee" },
}

page {
  title = "chat_intro_title",
  text = "chat_intro_text",
}

local recruiter = chat { id = "recruiter_chat", with = "recruiter_name" }
recruiter:says "chat_hi"
recruiter:says "chat_start"
local first = recruiter:reply {
  id = "first_reply",
  { "reply_company", correct = true, feedback = "reply_company_fb" },
  { "reply_passport", feedback = "reply_passport_fb" },
}
if first == "reply_passport" then
  recruiter:says "chat_passport_yes"
else
  recruiter:says "chat_no_contract"
end
recruiter:says "chat_tourist"
recruiter:reply {
  id = "tourist_reply",
  { "reply_lie", feedback = "reply_lie_fb" },
  { "reply_why_lie", correct = true, feedback = "reply_why_lie_fb" },
}
recruiter:says "chat_change"
recruiter:says "chat_fee"
local last = recruiter:reply {
  id = "last_reply",
  { "reply_pay", feedback = "reply_pay_fb" },
  { "reply_check", correct = true, feedback = "reply_check_fb" },
}
if last == "reply_check" then
  recruiter:says "chat_push"
else
  recruiter:says "chat_send_more"
end
recruiter:show()

choose {
  id = "friend_shares",
  question = "friend_question",
  { "friend_go", feedback = "friend_go_fb" },
  { "friend_check", correct = true, feedback = "friend_check_fb" },
  { "friend_ask", feedback = "friend_ask_fb" },
}

choose_all {
  id = "trap_signs",
  question = "signs_question",
  { "sign_tourist", correct = true, feedback = "sign_tourist_fb" },
  { "sign_passport", correct = true, feedback = "sign_passport_fb" },
  { "sign_place", correct = true, feedback = "sign_place_fb" },
  { "sign_free_flight", feedback = "sign_free_flight_fb" },
}

result {
  takeaways = { "take_too_good", "take_real_job", "take_check" },
  help = "trafficking",
}
