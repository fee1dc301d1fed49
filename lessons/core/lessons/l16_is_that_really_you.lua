-- L16 Is that really you? (deepfake voices and faces)
-- A call in a cousin's copied voice asks for money in a hurry; learners check by
-- calling back on a number they know or asking for a family code word (a branching
-- chat), learn what a code word is, find the red flags in an investment ad that uses a
-- famous face, sort real and fake posts, and pick the checks that still work when a
-- voice or a face can be copied. Money-request and investment red flags as in
-- research/lessons.md 2.2 (call the person another way), 2.6 (an emergency, a rush,
-- how to pay) and 2.7 (guaranteed profits); tone as in 3 (no fear, no blame).

page {
  title = "intro_title",
  text = "intro_text",
  image = "help",
}

local call = chat { id = "voice_call", with = "caller_number", app = "call_app" }
call:says "s_hi"
call:says "s_accident"
call:show()
call:says "s_hurry"
local first = call:reply {
  id = "money_reply",
  { "r_send", feedback = "r_send_fb" },
  { "r_call_back", correct = true, feedback = "r_call_back_fb" },
  { "r_code_word", correct = true, feedback = "r_code_word_fb" },
}
if first == "r_send" then
  call:says "s_more"
  call:reply {
    id = "more_reply",
    { "r_send_more", feedback = "r_send_more_fb" },
    { "r_check_now", correct = true, feedback = "r_check_now_fb" },
  }
elseif first == "r_call_back" then
  call:says "s_phone_broken"
  call:reply {
    id = "broken_reply",
    { "r_ok_send", feedback = "r_ok_send_fb" },
    { "r_call_mum", correct = true, feedback = "r_call_mum_fb" },
  }
else
  call:says "s_forgot"
  call:reply {
    id = "forgot_reply",
    { "r_ok_send", feedback = "r_ok_send_fb" },
    { "r_no_word", correct = true, feedback = "r_no_word_fb" },
  }
end
call:says "call_ended"
call:show()

page {
  title = "real_title",
  text = "real_text",
}

page {
  title = "code_title",
  text = "code_text",
}

choose {
  id = "code_word",
  question = "code_question",
  { "code_birthday", feedback = "code_birthday_fb" },
  { "code_secret_word", correct = true, feedback = "code_secret_word_fb" },
  { "code_post", feedback = "code_post_fb" },
}

spot_flags {
  id = "ad_flags",
  title = "flags_title",
  text = "flags_text",
  message = post { from = "ad_from", app = "app_facebook", time = "ad_time", text = "ad_text" },
  flags = {
    famous = "flag_famous",
    guarantee = "flag_guarantee",
    rush = "flag_rush",
    link = "flag_link",
  },
}

sort {
  id = "posts",
  question = "sort_question",
  { id = "leader_ad", message = post { from = "leader_from", app = "youtube_app", time = "time_leader",
      text = "leader_text" },
    scam = true, why = "why_leader" },
  { id = "singer_song", message = post { from = "singer_from", app = "instagram_app", time = "time_singer",
      text = "singer_text" },
    scam = false, why = "why_singer" },
  { id = "news_warning", message = post { from = "news_from", app = "app_facebook", time = "time_news",
      text = "news_text" },
    scam = false, why = "why_news" },
  { id = "new_number_money", message = thread { from = "newnum_number", "newnum_1", "newnum_2" },
    scam = true, why = "why_newnum" },
}

choose {
  id = "spot_fake_video",
  question = "video_question",
  { "video_look", feedback = "video_look_fb" },
  { "video_source", correct = true, feedback = "video_source_fb" },
  { "video_likes", feedback = "video_likes_fb" },
}

choose_all {
  id = "checks_that_work",
  question = "checks_question",
  { "check_call_back", correct = true, feedback = "check_call_back_fb" },
  { "check_code_word", correct = true, feedback = "check_code_word_fb" },
  { "check_sounds_right", feedback = "check_sounds_right_fb" },
  { "check_ask_someone", correct = true, feedback = "check_ask_someone_fb" },
}

result {
  takeaways = { "take_copied", "take_check", "take_famous" },
  help = "scam",
}
