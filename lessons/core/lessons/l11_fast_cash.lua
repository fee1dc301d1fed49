-- L11 Fast cash, heavy cost (fake loan apps)
-- Learners find the red flags in a loan offer text, decide which phone permissions a
-- loan app never needs and what to tap when one asks, sort real and fake loan
-- messages, and help a friend whose loan app is harassing her.
-- Red flags and safe actions: research/lessons.md section 2.9.

page {
  title = "intro_title",
  text = "intro_text",
  image = "coins",
}

spot_flags {
  id = "offer_flags",
  title = "flags_title",
  message = sms { from = "offer_number_flag", time = "time_0812", text = "sms_offer_flags" },
  flags = {
    sender = "flag_sender",
    fee = "flag_fee",
    interest = "flag_interest",
    term = "flag_term",
    link = "flag_link",
  },
}

choose_all {
  id = "permissions",
  question = "perm_question",
  { "perm_contacts", correct = true, feedback = "perm_contacts_fb" },
  { "perm_photos", correct = true, feedback = "perm_photos_fb" },
  { "perm_name", feedback = "perm_name_fb" },
  { "perm_location", correct = true, feedback = "perm_location_fb" },
}

choose {
  id = "popup",
  question = "popup_question",
  { "popup_allow", feedback = "popup_allow_fb" },
  { "popup_later", feedback = "popup_later_fb" },
  { "popup_deny", correct = true, feedback = "popup_deny_fb" },
}

sort {
  id = "loan_msgs",
  question = "sort_question",
  { id = "bank_approved", message = sms { from = "bank_name", time = "time_1015", text = "sms_bank_approved" },
    scam = false, why = "why_bank_approved" },
  { id = "instant_cash", message = sms { from = "instant_number", time = "time_2231", text = "sms_instant" },
    scam = true, why = "why_instant" },
  { id = "release_fee", message = sms { from = "release_number", time = "time_1120", text = "sms_release" },
    scam = true, why = "why_release" },
  { id = "bank_reminder", message = sms { from = "bank_name", time = "time_0900", text = "sms_bank_reminder" },
    scam = false, why = "why_bank_reminder" },
  { id = "threat", message = sms { from = "threat_number", time = "time_0647", text = "sms_threat" },
    scam = true, why = "why_threat" },
}

page {
  title = "bridge_title",
  text = "bridge_text",
}

choose {
  id = "harassed",
  question = "harassed_question",
  { "harassed_pay", feedback = "harassed_pay_fb" },
  { "harassed_hide", feedback = "harassed_hide_fb" },
  { "harassed_report", correct = true, feedback = "harassed_report_fb" },
}

choose {
  id = "first_check",
  question = "check_question",
  { "check_downloads", feedback = "check_downloads_fb" },
  { "check_licence", correct = true, feedback = "check_licence_fb" },
  { "check_speed", feedback = "check_speed_fb" },
}

result {
  takeaways = { "take_licence", "take_no_fee", "take_permissions" },
  help = "scam",
}
