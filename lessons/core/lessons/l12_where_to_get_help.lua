-- L12 Where to get help (reporting)
-- A matching game: for each short story the learner picks the kind of help that fits
-- first (scam line and bank, trafficking hotline or embassy, child and youth helpline,
-- bank). Then a friend who was scammed asks for support: answer kindly, save the
-- evidence, act fast. Research: lessons.md section 4 (help lines; NSRC advice to call
-- within 30-60 minutes) and section 3 (no victim-blaming, help at every point).
-- The texts name kinds of help, never numbers: the Get help button and the result
-- screen show the numbers configured for the kiosk's country.

page {
  title = "intro_title",
  text = "intro_text",
  image = "signpost",
}

choose {
  id = "match_scam",
  question = "scam_question",
  { "scam_wait", feedback = "scam_wait_fb" },
  { "scam_line", correct = true, feedback = "scam_line_fb" },
  { "scam_post", feedback = "scam_post_fb" },
}

choose {
  id = "match_trafficking",
  question = "tr_question",
  { "tr_hotline", correct = true, feedback = "tr_hotline_fb" },
  { "tr_scam_line", feedback = "tr_scam_line_fb" },
  { "tr_wait", feedback = "tr_wait_fb" },
}

choose {
  id = "match_child",
  question = "ch_question",
  { "ch_pay", feedback = "ch_pay_fb" },
  { "ch_secret", feedback = "ch_secret_fb" },
  { "ch_helpline", correct = true, feedback = "ch_helpline_fb" },
}

choose {
  id = "match_bank",
  question = "bk_question",
  { "bk_bank", correct = true, feedback = "bk_bank_fb" },
  { "bk_trafficking", feedback = "bk_trafficking_fb" },
  { "bk_wait", feedback = "bk_wait_fb" },
}

page {
  title = "friend_title",
  text = "friend_text",
}

local mei = chat { id = "friend_chat", with = "chat_name" }
mei:says "chat_1"
mei:says "chat_2"
mei:says "chat_3"
local reply = mei:reply {
  id = "friend_reply",
  { "reply_blame", feedback = "reply_blame_fb" },
  { "reply_forget", feedback = "reply_forget_fb" },
  { "reply_help", correct = true, feedback = "reply_help_fb" },
}
if reply == "reply_help" then
  mei:says "chat_ok"
else
  mei:says "chat_sad"
  local again = mei:reply {
    id = "friend_reply_again",
    { "reply_sorry_help", correct = true, feedback = "reply_sorry_help_fb" },
    { "reply_later", feedback = "reply_later_fb" },
  }
  if again == "reply_sorry_help" then
    mei:says "chat_ok"
  else
    mei:says "chat_quiet"
  end
end
mei:show()

choose_all {
  id = "evidence",
  question = "ev_question",
  { "ev_screens", correct = true, feedback = "ev_screens_fb" },
  { "ev_account", correct = true, feedback = "ev_account_fb" },
  { "ev_delete", feedback = "ev_delete_fb" },
  { "ev_receipt", correct = true, feedback = "ev_receipt_fb" },
}

choose {
  id = "act_fast",
  question = "fast_question",
  { "fast_tomorrow", feedback = "fast_tomorrow_fb" },
  { "fast_sure", feedback = "fast_sure_fb" },
  { "fast_now", correct = true, feedback = "fast_now_fb" },
}

page {
  title = "button_title",
  text = "button_text",
}

result {
  takeaways = { "take_match", "take_fast", "take_button" },
  help = "scam",
}
