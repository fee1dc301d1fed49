-- English texts of lesson L08 (Love or a script?). Malaysia: RM, +60 numbers.
-- {id|words} marks a red flag the learner can tap. Kept age-appropriate, non-sexual.
return {
  l08_love_or_script = {
    title = "Love or a script?",
    summary = "Spot the online sweetheart who only wants money.",

    intro_title = "Love or a script?",
    intro_text = "Many people make real friends and partners online. But some "
      .. "sweethearts follow a script to get money. Let's practise spotting it.",

    -- the chat
    partner_name = "Adam",
    chat_morning = "Good morning, dear ❤️ You are the first thing I think of every "
      .. "day.",
    chat_weeks = "Three weeks of chatting and I feel I have known you forever 😊",
    reply_video = "Let's do a video call tonight!",
    reply_video_fb = "Good idea. A video call is an easy way to check someone is who "
      .. "they say.",
    reply_me_too = "Me too ❤️",
    reply_me_too_fb = "It is nice to feel liked! After three weeks, it is also fair to "
      .. "check who he is, for example on a video call.",
    chat_camera_video = "I'd love to, but my camera is broken 😢",
    chat_camera_soon = "I wish we could video call, but my camera is broken 😢",
    chat_rig = "And the internet on the oil rig is so slow. Soon, I promise!",
    reply_ok = "OK, no problem.",
    reply_ok_fb = "There is always a reason he can't call or meet. That is a red "
      .. "flag.",
    reply_see_first = "We've chatted for weeks. I want to see you first.",
    reply_see_first_fb = "Fair. Someone who really cares will understand that you "
      .. "want to see them.",

    later_title = "A week later",
    later_text = "Adam sends a worried message late at night.",
    chat_hospital = "My mum is in hospital 😭 I need RM3,000 today.",
    chat_gift_cards = "My card doesn't work here. Please buy gift cards and send me "
      .. "the codes ❤️",
    reply_send = "OK, I'll send it. I love you.",
    reply_send_fb = "A sudden emergency, and he tells you to pay with gift cards. "
      .. "That is the script. The money would be gone.",
    reply_some = "I only have RM500. Is that OK?",
    reply_some_fb = "Any amount is too much. After a small payment, more requests "
      .. "follow.",
    reply_no_money = "Sorry, I don't send money to someone I've never met.",
    reply_no_money_fb = "Well done. Saying no to money requests keeps you safe, even "
      .. "when you care about someone.",
    chat_guilt = "If you really loved me, you would help 😢",
    reply_give_in = "OK. I don't want to lose you.",
    reply_give_in_fb = "Guilt is a way to push you. Real love does not need money to "
      .. "prove it.",
    reply_tell_sister = "No. I'm going to talk to my sister about this.",
    reply_tell_sister_fb = "Good. Someone you trust can help you see the script "
      .. "clearly.",
    chat_quiet = "(Adam stopped replying.)",
    chat_send_codes = "Thank you!! Send the codes now, quickly ❤️",

    -- red flags
    flags_title = "Find the red flags",
    flags_text = "Adam sent these messages to Nisha. Tap the parts that look "
      .. "suspicious.",
    flag_msg_1 = "I miss you so much ❤️ I want to see you, but {no_call|my camera "
      .. "is still broken}.",
    flag_msg_2 = "{emergency|My flight home was cancelled. I need RM1,800 for a new "
      .. "ticket.}",
    flag_msg_3 = "{pay_how|Please send it as crypto to this wallet.} {rush|I need it "
      .. "today!}",
    flag_no_call = "He can never video call or meet. A real person can show their "
      .. "face.",
    flag_emergency = "A sudden emergency that only your money can fix is part of the "
      .. "script.",
    flag_pay_how = "He tells her how to pay: crypto, gift cards or a transfer. This "
      .. "money is hard to get back.",
    flag_rush = "Rushing her leaves no time to think or to ask someone.",

    check_question = "Which ways help you check someone you met online?",
    check_video = "Ask for a live video call",
    check_video_fb = "A live call shows their real face.",
    check_meet = "Meet in a busy public place, with a friend",
    check_meet_fb = "Meeting in a safe place shows who they are.",
    check_photos = "Trust them if they send lots of photos",
    check_photos_fb = "Photos can be stolen. They prove nothing.",
    check_test_money = "Send a small amount to test them",
    check_test_money_fb = "Money proves nothing. It only shows you will pay.",

    -- the inbox
    inbox_question = "Safe or scam?",
    name_a = "Iman",
    time_a = "Mon 16:20",
    msg_meet = "Hey! Bubble tea after class on Friday? My friend Sara is coming too 😊",
    why_meet = "Meeting in person, in a public place, with friends. No money asked.",
    name_b = "Dr. Ryan ❤️",
    time_b = "Tue 23:48",
    msg_customs = "Dear, customs is holding my gift for you. Pay the RM950 fee with "
      .. "gift cards and it is yours!",
    why_customs = "Someone you never met asks for money and tells you to pay with "
      .. "gift cards.",
    name_c = "Arif",
    time_c = "Wed 19:05",
    msg_video = "Video call later? I want you to meet my little sister 😄",
    why_video = "He wants you to see him and his family. Nothing to pay.",
    name_d = "Captain Leo",
    time_d = "Thu 02:13",
    msg_crypto = "I can't video call from the army base. Send me crypto for my ticket "
      .. "and I'll fly to you ❤️",
    why_crypto = "No video call, and money in crypto for a ticket. Two red flags "
      .. "together.",

    take_no_money = "Never send money or gift cards to someone you have only met "
      .. "online.",
    take_check = "A real person can video call or meet. Always an excuse? Red flag.",
    take_not_fault = "Talk to someone you trust. Being fooled is not your fault.",
  },
}
