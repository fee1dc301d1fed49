-- English texts of lesson L01 (Is this message real?). Malaysia: RM, +60 numbers.
-- {id|words} marks a red flag the learner can tap.
return {
  l01_message_real = {
    title = "Is this message real?",
    summary = "Tell real texts from fake ones.",

    intro_title = "Is this message real?",
    intro_text = "Scammers send texts that look like they come from a bank, a parcel "
      .. "company or a friend. Most messages you get are real. Let's practise "
      .. "telling the two apart.",

    inbox_question = "Safe or scam?",
    time_0915 = "Today 09:15",
    time_1002 = "Today 10:02",
    time_1130 = "Today 11:30",
    time_1247 = "Today 12:47",
    time_1305 = "Today 13:05",
    bank_name = "MyBank",
    sms_bank_spend = "MyBank: You spent RM45.90 at City Books on your card ending 4471. "
      .. "Not you? Call the number on the back of your card.",
    why_bank_spend = "It gives facts, asks for nothing, and tells you to use the "
      .. "number you already have. That is how real banks write.",
    parcel_number = "+60 11-2938 4410",
    sms_parcel = "PosExpress: Your parcel is on hold. Pay RM1.50 within 24 hours or it "
      .. "will be returned: posexpress-my.co/pay",
    why_parcel = "A small fee, a deadline and a strange link. Parcel companies do not "
      .. "ask you to pay by text.",
    friend_name = "Aina",
    sms_friend = "See you at the library at 4! I'll bring the notes 😊",
    why_friend = "A friend you know, about a plan you made. Nothing to pay, no link, "
      .. "no code.",
    prize_number = "+60 17-552 0183",
    sms_prize = "CONGRATS! You won RM5,000 in our lucky draw! Claim now before midnight: "
      .. "bit.ly/win-rm5000",
    why_prize = "You cannot win a draw you never entered. The rush and the short link "
      .. "hide where it really goes.",
    sms_bank_code = "MyBank: Your code is 482913. It expires in 3 minutes. Never share "
      .. "this code with anyone, not even bank staff.",
    why_bank_code = "You asked for this code yourself, and the message tells you to "
      .. "keep it secret. Real, but only for you.",

    flags_title = "Find the red flags",
    parcel_number_flag = "{sender|+60 11-2938 4410}",
    sms_parcel_flags = "PosExpress: Your parcel is on hold. {fee|Pay RM1.50} "
      .. "{deadline|within 24 hours} or it will be returned: {link|posexpress-my.co/pay}",
    flag_sender = "A parcel company does not text from a personal mobile number.",
    flag_fee = "A small fee makes you pay without thinking. They want your card "
      .. "details, not the RM1.50.",
    flag_deadline = "A deadline rushes you, so you do not stop to check.",
    flag_link = "This is not the company's real website. Open the official app or "
      .. "type the address yourself.",

    after_click_question = "Your cousin tapped the link and typed her card number. "
      .. "What should she do now?",
    after_click_wait = "Wait and see if money goes missing",
    after_click_wait_fb = "Waiting gives scammers time. Every minute counts.",
    after_click_call = "Call her bank now, then the scam hotline",
    after_click_call_fb = "Yes. Acting fast can stop the money leaving. Falling for "
      .. "a scam is not her fault.",
    after_click_delete = "Delete the message and forget it",
    after_click_delete_fb = "The card details are already out. She needs to tell "
      .. "the bank so it can block the card.",

    chat_friend_name = "Daniel",
    chat_hi = "Hey! I sent a 6-digit code to your phone by mistake 😅",
    chat_ask_code = "Can you send it to me? It's urgent!",
    reply_send_code = "Sure, here it is: 482913",
    reply_send_code_fb = "That code unlocks your account. Daniel's account was "
      .. "taken over, and now yours could be too.",
    reply_call_first = "Why? I'll call you first.",
    reply_call_first_fb = "Good thinking. A code is like a key. Check by calling your "
      .. "friend on a number you know.",
    chat_thanks_code = "Thanks!!",
    chat_more_money = "Btw can you lend me RM200? I'll pay you back tomorrow",
    chat_push = "No time to call!! Just send it please",
    reply_fine = "OK fine, it's 482913",
    reply_fine_fb = "Pressure is a scammer's tool. A real friend can wait a minute.",
    reply_no_call = "No. I'm calling you now.",
    reply_no_call_fb = "Well done. When you call, the real Daniel can tell you his "
      .. "account was stolen.",
    chat_gone_quiet = "(Daniel has gone quiet.)",

    signs_question = "Which of these are signs of a scam message?",
    sign_fee = "It asks you to pay a small fee",
    sign_fee_fb = "A small fee is a trick to get your card details.",
    sign_rush = "It rushes you: \"within 24 hours\"",
    sign_rush_fb = "Rushing you is how scammers stop you checking.",
    sign_code = "It asks for a code or a password",
    sign_code_fb = "No real company or friend needs your code.",
    sign_name = "It uses your real name",
    sign_name_fb = "Scammers often know your name. It does not make a message safe "
      .. "or fake.",

    take_links = "Don't tap links in surprise messages. Open the official app instead.",
    take_codes = "Never share a one-time code, not even with a friend.",
    take_act_fast = "If you shared details, call your bank and the scam hotline at once.",
  },
}
