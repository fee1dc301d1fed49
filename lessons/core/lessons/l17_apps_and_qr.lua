-- L17 Is that app safe? (harmful app files and QR codes sent in chats)
-- Some scam messages send an app file (an APK: a "parcel tracker", a "wedding card",
-- a "tax refund") instead of a link; installed, it can read messages and one-time
-- codes. Learners sort messages with and without app files, find the red flags in a
-- "refund" message, answer the phone's own install warning, help a friend who
-- installed one, learn that you never scan a QR code to receive money, and recall the
-- habits that keep a phone safe. Codes and bank safety as in research/lessons.md
-- 2.1-2.2 (open the official app yourself; if details went out, call the bank and the
-- scam line at once); 3 for tone. The general advice on app files and QR codes is not
-- in the research file and needs a subject expert's review (see pack.lua).

page {
  title = "intro_title",
  text = "intro_text",
  image = "warning",
}

sort {
  id = "app_msgs",
  question = "sort_question",
  { id = "parcel_apk", message = sms { from = "parcel_number", time = "time_0930", text = "sms_parcel" },
    scam = true, why = "why_parcel" },
  { id = "bank_store", message = sms { from = "bank_name", time = "time_1045", text = "sms_bank" },
    scam = false, why = "why_bank" },
  { id = "wedding_apk", message = thread { from = "wedding_number", "wedding_1", "wedding_2" },
    scam = true, why = "why_wedding" },
  { id = "friend_store", message = thread { from = "friend_name", "friend_1", "friend_2" },
    scam = false, why = "why_friend" },
}

spot_flags {
  id = "refund_flags",
  title = "flags_title",
  message = sms { from = "refund_number", time = "time_1512", text = "sms_refund" },
  flags = {
    refund = "flag_refund",
    file = "flag_file",
    allow = "flag_allow",
    rush = "flag_rush",
  },
}

choose {
  id = "install_warning",
  question = "warning_question",
  { "warning_settings", feedback = "warning_settings_fb" },
  { "warning_cancel", correct = true, feedback = "warning_cancel_fb" },
  { "warning_once", feedback = "warning_once_fb" },
}

choose {
  id = "already_installed",
  question = "installed_question",
  { "installed_wait", feedback = "installed_wait_fb" },
  { "installed_offline", correct = true, feedback = "installed_offline_fb" },
  { "installed_login", feedback = "installed_login_fb" },
}

page {
  title = "qr_title",
  text = "qr_text",
}

local buyer = chat { id = "qr_chat", with = "buyer_name", app = "marketplace_app" }
buyer:says "b_hi"
buyer:says "b_qr"
local first = buyer:reply {
  id = "qr_reply",
  { "r_scan_pin", feedback = "r_scan_pin_fb" },
  { "r_my_qr", correct = true, feedback = "r_my_qr_fb" },
  { "r_scan_only", feedback = "r_scan_only_fb" },
}
if first == "r_my_qr" then
  buyer:says "b_push"
  buyer:reply {
    id = "qr_push_reply",
    { "r_ok_scan", feedback = "r_ok_scan_fb" },
    { "r_still_my_qr", correct = true, feedback = "r_still_my_qr_fb" },
  }
end
buyer:says "b_gone"
buyer:show()

choose_all {
  id = "phone_habits",
  question = "habits_question",
  { "habit_store", correct = true, feedback = "habit_store_fb" },
  { "habit_unknown_off", correct = true, feedback = "habit_unknown_off_fb" },
  { "habit_friend_files", feedback = "habit_friend_files_fb" },
  { "habit_qr_trusted", correct = true, feedback = "habit_qr_trusted_fb" },
}

result {
  takeaways = { "take_store", "take_qr", "take_offline" },
  help = "scam",
}
