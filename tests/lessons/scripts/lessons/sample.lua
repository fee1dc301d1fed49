page { title = "title", text = "intro" }
sort { id = "cards", question = "safe_or_scam",
  { id = "parcel", message = sms { from = "sender", time = "time", text = "parcel" }, scam = true, why = "why_parcel" } }
spot_flags { id = "flags", message = sms { from = "sender", time = "time", text = "parcel" },
  flags = { fee = "why_fee", deadline = "why_deadline", link = "why_link" } }
choose { id = "otp", question = "otp_q", { "otp_give", feedback = "otp_give_fb" },
  { "otp_keep", correct = true, feedback = "otp_keep_fb" } }
choose_all { id = "signs", question = "signs_q", { "sign_rush", correct = true, feedback = "sign_rush_fb" },
  { "sign_hello", feedback = "sign_hello_fb" } }
local c = chat { id = "chat", with = "friend" }
c:says "ask"
c:reply { id = "reply", { "otp_give", feedback = "otp_give_fb" }, { "otp_keep", correct = true, feedback = "otp_keep_fb" } }
result { takeaways = { "take" }, help = "scam" }
