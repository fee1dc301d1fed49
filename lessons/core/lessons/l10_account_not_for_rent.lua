-- L10 Your account isn't for rent (money mules)
-- Learners sort offers that want their bank account from normal messages about
-- money, answer a friend-of-a-friend who wants to "borrow" their account, learn what
-- can happen to the account owner, and what to do if an account was already handed
-- over. Red flags, consequences and safe actions: research/lessons.md section 2.8.
-- The Malaysian penalties appear only in the en and ms texts; th and ne describe the
-- risk in general terms.

page {
  title = "intro_title",
  text = "intro_text",
  image = "card",
}

sort {
  id = "offers",
  question = "offers_question",
  { id = "rent_post", message = post { from = "rent_post_from", app = "app_facebook",
      time = "time_post", text = "rent_post_text" },
    scam = true, why = "why_rent_post" },
  { id = "bank_card", message = sms { from = "bank_name", time = "time_0930", text = "sms_bank_card" },
    scam = false, why = "why_bank_card" },
  { id = "friend_wallet", message = thread { from = "wallet_friend", "wallet_1", "wallet_2" },
    scam = true, why = "why_friend_wallet" },
  { id = "shop_job", message = post { from = "shop_from", app = "app_facebook",
      time = "time_shop", text = "shop_text" },
    scam = false, why = "why_shop_job" },
  { id = "open_account", message = sms { from = "open_number", time = "time_1410", text = "sms_open" },
    scam = true, why = "why_open_account" },
}

page {
  title = "why_title",
  text = "why_text",
}

local hafiz = chat { id = "mule_chat", with = "chat_name" }
hafiz:says "chat_hi"
hafiz:says "chat_offer"
local first = hafiz:reply {
  id = "mule_reply",
  { "reply_how", feedback = "reply_how_fb" },
  { "reply_no", correct = true, feedback = "reply_no_fb" },
}
if first == "reply_how" then
  hafiz:says "chat_need"
  hafiz:reply {
    id = "mule_details_reply",
    { "reply_give", feedback = "reply_give_fb" },
    { "reply_stop", correct = true, feedback = "reply_stop_fb" },
  }
else
  hafiz:says "chat_push"
  hafiz:reply {
    id = "mule_push_reply",
    { "reply_ok_once", feedback = "reply_ok_once_fb" },
    { "reply_still_no", correct = true, feedback = "reply_still_no_fb" },
  }
end
hafiz:says "chat_gone"
hafiz:show()

choose {
  id = "owner_risk",
  question = "risk_question",
  { "risk_none", feedback = "risk_none_fb" },
  { "risk_charge", correct = true, feedback = "risk_charge_fb" },
  { "risk_boss", feedback = "risk_boss_fb" },
}

choose {
  id = "already_gave",
  question = "gave_question",
  { "gave_wait", feedback = "gave_wait_fb" },
  { "gave_ask_back", feedback = "gave_ask_back_fb" },
  { "gave_bank_police", correct = true, feedback = "gave_bank_police_fb" },
}

choose_all {
  id = "mule_signs",
  question = "signs_question",
  { "sign_pay_for_account", correct = true, feedback = "sign_pay_for_account_fb" },
  { "sign_card_pin", correct = true, feedback = "sign_card_pin_fb" },
  { "sign_salary", feedback = "sign_salary_fb" },
  { "sign_everyone", correct = true, feedback = "sign_everyone_fb" },
}

result {
  takeaways = { "take_never_rent", "take_say_no", "take_act" },
  help = "scam",
}
