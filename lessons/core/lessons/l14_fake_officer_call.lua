-- L14 Is it really the police? (fake police, court and tax calls)
-- Malaysia's "Macau scam" and Thailand's call-centre gangs follow one script: a
-- courier or bank says something is wrong, passes the call to a fake officer, who
-- threatens arrest, demands secrecy and asks the learner to move money to a "safe
-- account". Learners take the call (a branching chat), find the red flags in a fake
-- warrant, sort real and fake messages, help a relative who already paid, and recall
-- the signs. Safe action as in research/lessons.md 2.1/2.2 (hang up, call the office on
-- a number you find yourself, call the bank and the scam line at once if money moved)
-- and 3 (it is never the victim's fault).

page {
  title = "intro_title",
  text = "intro_text",
  image = "shield",
}

local call = chat { id = "officer_call", with = "caller_courier", app = "call_app" }
call:says "c_parcel"
call:says "c_connect"
local first = call:reply {
  id = "courier_reply",
  { "r_connect", feedback = "r_connect_fb" },
  { "r_hang_up_first", correct = true, feedback = "r_hang_up_first_fb" },
}
if first == "r_connect" then
  call:says "o_badge"
  call:says "o_secret"
  local second = call:reply {
    id = "secret_reply",
    { "r_secret_ok", feedback = "r_secret_ok_fb" },
    { "r_call_station", correct = true, feedback = "r_call_station_fb" },
  }
  if second == "r_secret_ok" then
    call:says "o_safe_account"
    call:reply {
      id = "transfer_reply",
      { "r_transfer", feedback = "r_transfer_fb" },
      { "r_no_money", correct = true, feedback = "r_no_money_fb" },
    }
  else
    call:says "o_threat"
    call:reply {
      id = "threat_reply",
      { "r_stay_on", feedback = "r_stay_on_fb" },
      { "r_end_call", correct = true, feedback = "r_end_call_fb" },
    }
  end
else
  call:says "c_arrest"
  call:reply {
    id = "arrest_reply",
    { "r_scared_stay", feedback = "r_scared_stay_fb" },
    { "r_end_call", correct = true, feedback = "r_end_call_fb" },
  }
end
call:says "call_ended"
call:show()

page {
  title = "video_title",
  text = "video_text",
}

spot_flags {
  id = "warrant_flags",
  title = "flags_title",
  text = "flags_text",
  message = thread { from = "officer_name", "warrant_1", "warrant_2", "warrant_3" },
  flags = {
    arrest = "flag_arrest",
    secret = "flag_secret",
    stay = "flag_stay",
    transfer = "flag_transfer",
  },
}

sort {
  id = "official_msgs",
  question = "sort_question",
  { id = "bank_warning", message = sms { from = "bank_name", time = "time_0910", text = "sms_bank_warning" },
    scam = false, why = "why_bank_warning" },
  { id = "court_fine", message = sms { from = "court_number", time = "time_1125", text = "sms_court" },
    scam = true, why = "why_court" },
  { id = "friend_asks", message = thread { from = "friend_name", "friend_1", "friend_2" },
    scam = false, why = "why_friend_asks" },
  { id = "tax_refund", message = sms { from = "tax_number", time = "time_1540", text = "sms_tax" },
    scam = true, why = "why_tax" },
}

choose {
  id = "already_paid",
  question = "paid_question",
  { "paid_wait", feedback = "paid_wait_fb" },
  { "paid_secret", feedback = "paid_secret_fb" },
  { "paid_call", correct = true, feedback = "paid_call_fb" },
}

choose_all {
  id = "officer_signs",
  question = "signs_question",
  { "sign_safe_account", correct = true, feedback = "sign_safe_account_fb" },
  { "sign_secret", correct = true, feedback = "sign_secret_fb" },
  { "sign_case_no", feedback = "sign_case_no_fb" },
  { "sign_arrest", correct = true, feedback = "sign_arrest_fb" },
}

result {
  takeaways = { "take_never_money", "take_hang_up", "take_act_fast" },
  help = "scam",
}
