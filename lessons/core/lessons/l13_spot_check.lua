-- L13 Spot-check (spaced review of L01-L12 and L14-L19)
-- A mixed quiz that brings back cues from every lesson: a phone inbox with real and
-- fake messages (parcel fee, requested bank code, code "sent by mistake", mule offer,
-- real job), the red flags of an investment withdrawal fee, job-offer red flags, a
-- passport kept by an employer, a romance money request, sextortion ("not your
-- fault"), loan-app permissions, and from L14-L19 a task-job text, a fake officer's
-- "safe account", a copied voice asking for money, an app file in a text and the
-- signs of grooming. Research: lessons.md sections 2.1-2.9, 5
-- ("Repetition": spaced retrieval) and 6.

page {
  title = "intro_title",
  text = "intro_text",
  image = "star",
}

sort {
  id = "mixed_inbox",
  question = "inbox_question",
  { id = "parcel_fee", message = sms { from = "parcel_number", time = "time_0905", text = "sms_parcel" },
    scam = true, why = "why_parcel" },
  { id = "bank_code", message = sms { from = "bank_name", time = "time_0931", text = "sms_bank_code" },
    scam = false, why = "why_bank_code" },
  { id = "code_mistake", message = thread { from = "friend_name", "code_1", "code_2" },
    scam = true, why = "why_code_mistake" },
  { id = "real_job", message = post { from = "job_from", app = "app_facebook", time = "time_job",
      text = "job_text" },
    scam = false, why = "why_real_job" },
  { id = "mule_offer", message = sms { from = "mule_number", time = "time_1544", text = "sms_mule" },
    scam = true, why = "why_mule" },
  { id = "task_job", message = sms { from = "task_number", time = "time_1620", text = "sms_task" },
    scam = true, why = "why_task" },
}

spot_flags {
  id = "withdraw_flags",
  title = "flags_title",
  message = thread { from = "coach_name", "coach_1", "coach_2", "coach_3" },
  flags = {
    profit = "flag_profit",
    fee = "flag_fee",
    rush = "flag_rush",
  },
}

choose_all {
  id = "job_signs",
  question = "job_question",
  { "job_easy_pay", correct = true, feedback = "job_easy_pay_fb" },
  { "job_contract", feedback = "job_contract_fb" },
  { "job_no_visa", correct = true, feedback = "job_no_visa_fb" },
  { "job_fee", correct = true, feedback = "job_fee_fb" },
}

choose {
  id = "passport",
  question = "passport_question",
  { "passport_normal", feedback = "passport_normal_fb" },
  { "passport_control", correct = true, feedback = "passport_control_fb" },
  { "passport_receipt", feedback = "passport_receipt_fb" },
}

choose {
  id = "romance",
  question = "romance_question",
  { "romance_send", feedback = "romance_send_fb" },
  { "romance_half", feedback = "romance_half_fb" },
  { "romance_no", correct = true, feedback = "romance_no_fb" },
}

choose {
  id = "sextortion",
  question = "sext_question",
  { "sext_not_fault", correct = true, feedback = "sext_not_fault_fb" },
  { "sext_blame", feedback = "sext_blame_fb" },
  { "sext_pay", feedback = "sext_pay_fb" },
}

choose {
  id = "loan_permissions",
  question = "loan_question",
  { "loan_allow", feedback = "loan_allow_fb" },
  { "loan_deny", correct = true, feedback = "loan_deny_fb" },
}

-- the threats of L14-L19: fake officers, copied voices, app files, grooming
choose {
  id = "officer_call",
  question = "officer_question",
  { "officer_move", feedback = "officer_move_fb" },
  { "officer_hang_up", correct = true, feedback = "officer_hang_up_fb" },
  { "officer_secret", feedback = "officer_secret_fb" },
}

choose {
  id = "voice_call",
  question = "voice_question",
  { "voice_send", feedback = "voice_send_fb" },
  { "voice_half", feedback = "voice_half_fb" },
  { "voice_check", correct = true, feedback = "voice_check_fb" },
}

choose {
  id = "app_file",
  question = "apk_question",
  { "apk_install", feedback = "apk_install_fb" },
  { "apk_delete", correct = true, feedback = "apk_delete_fb" },
}

choose {
  id = "grooming",
  question = "groom_question",
  { "groom_sign", correct = true, feedback = "groom_sign_fb" },
  { "groom_fine", feedback = "groom_fine_fb" },
  { "groom_quit", feedback = "groom_quit_fb" },
}

result {
  takeaways = { "take_stop", "take_real", "take_help" },
  help = "scam",
}
