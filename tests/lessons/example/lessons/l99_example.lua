-- A short lesson that uses every kind of screen.

page {
  title = "intro_title",
  text = "intro_text",
  image = "inbox.png",            -- optional: assets/inbox.png in the pack
}

sort {                            -- safe or scam? one card per message
  id = "inbox",
  question = "safe_or_scam",
  { id = "bank", message = sms { from = "bank_name", time = "time_am", text = "sms_bank" },
    scam = false, why = "why_bank" },
  { id = "parcel", message = sms { from = "parcel_number", text = "sms_parcel" },
    scam = true, why = "why_parcel" },
}

spot_flags {                      -- tap the suspicious parts of a message
  id = "parcel_flags",
  message = sms { from = "parcel_number", text = "sms_parcel_flags" },
  flags = {
    fee = "why_fee",              -- marked {fee|...} in the text
    link = "why_link",            -- marked {link|...} in the text
  },
}

local answer = choose {           -- one answer, with feedback for each
  id = "what_next",
  question = "what_next_question",
  { "call_bank", correct = true, feedback = "call_bank_why" },
  { "wait", feedback = "wait_why" },
}

if answer == "wait" then          -- lessons can branch on an answer
  page { text = "every_minute_counts" }
end

choose_all {                      -- tick every right answer, then check
  id = "signs",
  question = "signs_question",
  { "sign_rush", correct = true, feedback = "sign_rush_why" },
  { "sign_hello", feedback = "sign_hello_why" },
}

local friend = chat { id = "code_chat", with = "friend_name" }
friend:says "hi"
friend:says "send_code"
friend:reply {
  id = "code_reply",
  { "sure", feedback = "sure_why" },
  { "call_first", correct = true, feedback = "call_first_why" },
}
friend:says "ok_bye"
friend:show()

result {
  takeaways = { "take_1", "take_2" },
  help = "scam",                  -- shows the scam help line of the kiosk's country
}
