-- English texts of lesson L07 (Too good to be true). Malaysia: RM, +60 numbers, WhatsApp.
-- {id|words} marks a red flag the learner can tap. BitNara is an invented app name.
return {
  l07_too_good_to_be_true = {
    title = "Too good to be true",
    summary = "Spot the friendly chat that ends in a fake investment.",

    intro_title = "A text from a stranger",
    intro_text = "Some scams start with one friendly text and go on for weeks. "
      .. "Follow this chat day by day, and choose your replies.",

    -- the chat
    scam_name = "Mei Ling",
    day1_hi = "Hi Jason! Are we still on for dinner tonight? 😊",
    day1_wrong = "Sorry, wrong number.",
    day1_wrong_fb = "Short and polite. That is all a stranger needs from you.",
    day1_who = "No Jason here 😄 Who are you?",
    day1_who_fb = "Being friendly is normal. But a question invites a stranger to keep "
      .. "chatting. A short reply is enough.",
    day1_sorry = "Oh, so sorry! 😅 You seem kind. I'm Mei Ling, from Penang.",
    day1_friends = "Can we be friends? 😊",
    day1_sure = "Sure, why not!",
    day1_sure_fb = "It feels nice, and many people say yes. But a wrong number that "
      .. "turns into a friendship is how this scam often starts.",
    day1_no_thanks = "No thanks. Take care!",
    day1_no_thanks_fb = "Good. A \"wrong number\" that quickly wants to be friends is "
      .. "a known scam opening.",

    day5_title = "Day 5",
    day5_text = "Mei Ling writes every morning. She asks about your day and sends "
      .. "photos of food and travel.",
    day5_morning = "Good morning! ☀️ Did you eat yet?",
    day5_win = "Guess what, I made RM3,000 this week with crypto 😎",
    day5_how = "Wow! How did you do that?",
    day5_how_fb = "Big crypto wins from a new online friend are a red flag. She wants "
      .. "you to ask.",
    day5_no_money = "Nice. But I don't talk money with people I've never met.",
    day5_no_money_fb = "Smart. Money talk from someone you only know online is a "
      .. "warning sign.",

    day9_title = "Day 9",
    day9_text = "The chat feels like a real friendship now. Then Mei Ling asks for "
      .. "something.",
    day9_app = "My uncle works for a trading app called BitNara. I can teach you! 😉",
    day9_start = "Start small, just RM500. You can take it out any time 😊",
    day9_try = "OK, just RM500 to try.",
    day9_try_fb = "Never invest on tips from someone you met online. The app is fake, "
      .. "even when it shows profits.",
    day9_link = "Send me the link, I'll just look.",
    day9_link_fb = "Just looking is how it starts. The fake app shows big \"profits\" "
      .. "to pull you in.",
    day9_stop = "No. I'm stopping this chat now.",
    day9_stop_fb = "Well done. Stopping the chat and blocking her is the safest "
      .. "choice.",
    day9_sad = "Why?? I thought we were friends 😢",
    day9_yay = "Yay! 😍 Here is the link: bitnara-pro.com",

    -- the platform message
    yes_title = "What if you said yes?",
    yes_text = "Jun got the same kind of chat and said yes. In three weeks his "
      .. "BitNara app showed RM8,000 profit. Then he tried to take his money out.",
    flags_title = "Find the red flags",
    flags_text = "Jun got this message in the app. Tap the parts that look "
      .. "suspicious.",
    platform_name = "BitNara Support",
    flag_msg_1 = "Dear client, your withdrawal of RM8,420 is on hold.",
    flag_msg_2 = "First you must pay a {tax|20% tax (RM1,684)} and an {audit|account "
      .. "audit fee}.",
    flag_msg_3 = "Pay {deadline|within 24 hours} or {frozen|your account will be "
      .. "frozen}.",
    flag_tax = "A real platform does not ask for new money before you can take out "
      .. "your own. The \"tax\" is a trick.",
    flag_audit = "An \"audit fee\" is one more made-up fee. After it, there will be "
      .. "another.",
    flag_deadline = "A deadline rushes you to pay before you stop and ask someone.",
    flag_frozen = "A threat to freeze your money is pressure. The \"profit\" on the "
      .. "screen was never real.",

    next_question = "Jun has already paid RM2,000 in fees. Now they want more. What "
      .. "should he do?",
    next_pay = "Pay this last fee to get it all back",
    next_pay_fb = "There is no last fee. Each payment leads to a new one.",
    next_report = "Stop paying, save the chats, report fast",
    next_report_fb = "Yes. He should call his bank and the scam hotline quickly. "
      .. "Acting fast gives the best chance.",
    next_ask_mei = "Ask Mei Ling what to do",
    next_ask_mei_fb = "Mei Ling is part of the scam. She will push him to pay more.",
    next_quiet = "Keep quiet, because he feels ashamed",
    next_quiet_fb = "Feeling ashamed is normal, but it is not his fault. Speaking up "
      .. "early helps.",

    typing_title = "Who is typing?",
    typing_text = "Often \"Mei Ling\" is not real. Many people typing these chats were "
      .. "tricked into a job abroad and forced to scam. They are victims too.",

    -- the inbox
    inbox_question = "Safe or scam?",
    num_a = "+60 13-447 2109",
    time_a = "Mon 19:42",
    sms_real_wrong = "Oops, sorry! Wrong number. I meant to text my cousin 😅",
    why_real_wrong = "A real wrong number says sorry and stops. It asks for nothing "
      .. "and does not try to make friends.",
    num_b = "+60 11-3380 9172",
    time_b = "Tue 08:15",
    sms_wrong_friend = "Sorry, wrong number! 😅 But you seem so nice. Can we be "
      .. "friends? I'm Vivian 😊",
    why_wrong_friend = "A wrong number that turns into a friendship offer is how this "
      .. "scam starts.",
    friend_name = "Hafiz",
    time_c = "Wed 17:30",
    sms_friend_plan = "Futsal moved to 9pm tonight Same court. You coming?",
    why_friend_plan = "A friend you know, about a plan you share. No money, no link.",
    online_friend = "Vivian",
    time_d = "Thu 21:05",
    sms_crypto_tip = "My app made me RM4,200 this month 😎 Start with RM500, I'll "
      .. "guide you!",
    why_crypto_tip = "Crypto wins and an app tip from someone you only know online. "
      .. "Never invest on their advice.",

    take_online_tips = "Never invest on tips from someone you met online.",
    take_fees = "Fees to \"release\" your money are a trick. Pay nothing more.",
    take_report = "Stop, save the chats and report fast. It is not your fault.",
  },
}
