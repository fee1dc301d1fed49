-- English texts of lesson L09 (Not your fault). Malaysia: RM, +60 numbers.
-- SENSITIVE: third person, no images, no sexual detail, calm and supportive.
return {
  l09_not_your_fault = {
    title = "Not your fault",
    summary = "Help a friend who is being threatened online.",

    intro_title = "A friend needs you",
    intro_text = "In this lesson, a friend asks you for help. Someone online is "
      .. "threatening him. There are no pictures, and you can stop at any time.",

    -- the chat
    friend_name = "Hafiz",
    chat_can_i_tell = "Can I tell you something? 😞",
    chat_what_happened = "I met someone online. They were so nice, so I sent them a "
      .. "private photo.",
    chat_threat = "Now they say they'll send it to my family if I don't pay RM500 "
      .. "tonight 😭",
    reply_why = "Why did you send it?!",
    reply_why_fb = "Being shocked is natural, but blame makes people hide. He was "
      .. "tricked. It is not his fault.",
    reply_not_fault = "It's not your fault. I'm here. We'll sort this out.",
    reply_not_fault_fb = "Yes. Kindness first helps him feel safe enough to act. The "
      .. "person making threats is the one doing wrong.",
    reply_ignore = "Just ignore it, it's nothing.",
    reply_ignore_fb = "To him it is serious. He needs you to listen and help him take "
      .. "the next steps.",
    chat_should_pay = "Thank you 😢 Should I just pay? They said they will delete it.",
    reply_dont_pay = "Don't pay. Paying rarely makes them stop.",
    reply_dont_pay_fb = "Right. Often they ask for more after the first payment.",
    reply_pay = "Maybe pay, so it ends.",
    reply_pay_fb = "Paying rarely ends it. They often ask again, even from new "
      .. "numbers.",
    chat_keep_talking = "Should I keep talking to them? Or delete the whole chat?",
    reply_delete = "Delete everything.",
    reply_delete_fb = "Deleting loses the proof. Save it first, then report and "
      .. "block.",
    reply_save = "Stop replying. Screenshot the chat and their profile first.",
    reply_save_fb = "Yes. The proof helps the app and the police act. Then report and "
      .. "block.",
    reply_beg = "Keep talking and beg them to stop.",
    reply_beg_fb = "Every reply gives them a new chance to push. It is OK to stop "
      .. "replying.",
    chat_parents = "Done. But I'm so scared my parents will find out.",
    reply_secret = "Then keep it a secret.",
    reply_secret_fb = "A secret leaves him alone with this. A trusted adult can help.",
    reply_together = "Let's tell someone you trust together, like your sister.",
    reply_together_fb = "Good. He does not have to face this alone. You can call a "
      .. "helpline together too.",
    chat_thanks = "OK. Thank you for not judging me ❤",

    step_question = "Hafiz has saved the screenshots. What should he do next?",
    step_pay_little = "Pay a small amount to buy time",
    step_pay_little_fb = "Any payment shows he will pay, so they ask for more.",
    step_report = "Report the account in the app, then block it",
    step_report_fb = "Right. A report helps the app stop this account. Blocking stops "
      .. "its messages.",
    step_angry = "Send them an angry message",
    step_angry_fb = "Any reply keeps the chat going. A report and a block are "
      .. "stronger.",

    tools_title = "The photo can be blocked",
    tools_text = "Some services make a digital fingerprint of a photo, so websites "
      .. "can find and remove copies. The photo itself stays on your phone.",
    tool_question = "Hafiz is 16. Which service fits him?",
    tool_take_it_down = "Take It Down",
    tool_take_it_down_fb = "Right. Take It Down is for photos taken before age 18.",
    tool_stopncii = "StopNCII",
    tool_stopncii_fb = "StopNCII is for photos taken at 18 or older. Hafiz is 16, so "
      .. "Take It Down fits.",
    tool_pay = "Paying the person to delete it",
    tool_pay_fb = "They cannot be trusted to delete it. A removal service and a "
      .. "report work better.",

    -- the inbox
    inbox_question = "Hafiz gets these messages. Safe or scam?",
    num_new = "+60 11-5093 2284",
    time_a = "Mon 22:10",
    msg_new_number = "It's me again, new number. Pay RM800 now or everyone sees it.",
    why_new_number = "The same threat from a new number. Don't reply or pay. Save it, "
      .. "report and block.",
    name_friend = "Aina",
    time_b = "Tue 16:45",
    msg_friend = "Hey, you seemed quiet today. Want to talk? I'm here ❤",
    why_friend = "A friend checking in. No demands, just care.",
    name_stranger = "Mira",
    time_c = "Wed 21:30",
    msg_stranger = "Hi cutie 😉 Let's chat on another app, just us. Send me a photo "
      .. "of you?",
    why_stranger = "A flirty stranger who wants a private chat and photos. This is "
      .. "how it often starts.",
    name_app = "App Safety Team",
    time_d = "Thu 10:02",
    msg_report = "Thanks for your report. We reviewed the account and removed it. You "
      .. "don't need to do anything else.",
    why_report = "A notice after his own report. It asks for nothing.",

    end_title = "You are not alone",
    end_text = "If this ever happens to you or a friend: it is not your fault, and "
      .. "help is there. Tap Get help to see who you can call.",

    take_not_fault = "It is never your fault. The person making threats is doing "
      .. "wrong.",
    take_steps = "Don't pay. Stop replying, save the proof, report and block.",
    take_tell = "Tell someone you trust. Take It Down (under 18) and StopNCII (18+) "
      .. "can help.",
  },
}
