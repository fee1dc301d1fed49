-- English texts of the core pack: one section per lesson (the lesson file names
-- its texts by key). {flag|words} marks a red flag the learner can tap; {help.scam}
-- and the like are filled in with the kiosk's help numbers.
return {
  pack = {
    title = "Stay safe online",
  },

  -- For the trainer's guide (kiosk pack guide): the introduction and what to do if
  -- someone tells you about abuse or exploitation.
  guide = {
    intro = "These lessons are short and active. Learners can stop at any time, and Get "
      .. "help is always on screen. For a group session, each lesson below has its "
      .. "aim, what learners practise, the key messages and questions to talk about.",
    disclosure_1 = "Listen calmly and believe them. Say: \"Thank you for telling me. It "
      .. "is not your fault.\"",
    disclosure_2 = "Don't ask for details or push for the whole story. Don't promise to "
      .. "keep it secret: say who you will tell, and why.",
    disclosure_3 = "If anyone is in danger now, call the emergency line.",
    disclosure_4 = "Follow your organisation's safeguarding policy and tell your "
      .. "safeguarding lead. Note only what was said, in their words, and keep it "
      .. "private.",
    disclosure_5 = "Offer the help lines below. Let them choose what to do next when "
      .. "they are safe to choose.",
    disclosure_6 = "Look after yourself too: talk it over with your supervisor.",
  },

  l01_message_real = {
    title = "Is this message real?",
    summary = "Tell real texts from fake ones.",
    guide_aim = "Tell real messages from fake ones, and know what to do after a click.",
    guide_practise = "Sorting an inbox of real and fake texts, finding the red flags in "
      .. "a parcel-fee text, answering a friend who asks for a code.",
    guide_prompt_1 = "What messages like these have you or your family received?",
    guide_prompt_2 = "A text shows your bank's name. Why doesn't that prove it is real?",
    guide_prompt_3 = "What would you do in the first ten minutes after tapping a bad "
      .. "link?",

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
    why_bank_spend = "It asks for nothing and tells you to call the number on your "
      .. "card. The name MyBank alone would not prove it is real: names can be faked.",
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
    time_1322 = "Today 13:22",
    sms_bank_locked = "MyBank: Your account is locked for your safety. Log in within 1 "
      .. "hour to keep it open: mybank-secure.co/login",
    why_bank_locked = "It shows MyBank's name, and it can even land in your bank's real "
      .. "chat. Names can be faked. The rush and the link give it away: open your "
      .. "bank's app yourself.",

    flags_title = "Find the red flags",
    parcel_number_flag = "{sender|+60 11-2938 4410}",
    sms_parcel_flags = "PosExpress: Your parcel is on hold. {fee|Pay RM1.50} "
      .. "{deadline|within 24 hours} or it will be returned: {link|posexpress-my.co/pay}",
    flag_sender = "A personal mobile number. But a company name would prove nothing "
      .. "either: sender names can be faked.",
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
    sign_bank_name = "It shows your bank's name as the sender",
    sign_bank_name_fb = "A name proves nothing. Scammers can make a text show any "
      .. "sender, and they often know your name too.",

    take_links = "A sender's name proves nothing. Don't tap links in surprise messages: "
      .. "open the official app.",
    take_codes = "Never share a one-time code, not even with a friend.",
    take_act_fast = "If you shared details, call your bank and the scam hotline at once.",
  },

  l02_never_share_code = {
    title = "Never share the code",
    summary = "Keep one-time codes to yourself.",
    guide_aim = "Never share a one-time code, and switch on two-step verification.",
    guide_practise = "Reading a surprise code, sorting bank texts, refusing a fake bank "
      .. "officer in a chat, turning on two-step verification.",
    guide_prompt_1 = "Why do scammers want a code that only works once?",
    guide_prompt_2 = "A caller knows your name and card number. What does that prove?",
    guide_prompt_3 = "Who in your family could use help turning on two-step "
      .. "verification?",

    intro_title = "Your code is a key",
    intro_text = "A one-time code (OTP or TAC) works like a key. Whoever has it can open "
      .. "your account or move your money. Let's practise keeping it safe.",

    surprise_question = "You did not ask for a code, but this text arrives: \"WhatsApp "
      .. "code: 381-204. Don't share this code.\" What is going on?",
    surprise_login = "Someone is trying to log in to my WhatsApp",
    surprise_login_fb = "Yes. Someone typed your number. Without the code they can't get "
      .. "in, so keep it to yourself.",
    surprise_mistake = "WhatsApp sent it by mistake",
    surprise_mistake_fb = "A code comes when someone types your number to log in. It is "
      .. "not a mistake. Keep it secret.",
    surprise_reply = "I should reply and ask who sent it",
    surprise_reply_fb = "No need to reply. Just keep the code to yourself and turn on "
      .. "two-step verification.",

    inbox_question = "Safe or scam?",
    time_0940 = "Today 09:40",
    time_1012 = "Today 10:12",
    time_1130 = "Today 11:30",
    time_1404 = "Today 14:04",
    bank_name = "MyBank",
    sms_tac = "MyBank: Your TAC is 604118 to send RM50.00 to SITI AMINAH. Never share "
      .. "this TAC with anyone.",
    why_tac = "You started this transfer yourself, and it names the amount and the "
      .. "person. The code is only for you to type.",
    sms_frozen = "MyBank: Your account is frozen. Reply with the 6-digit TAC we sent you "
      .. "to unlock it today.",
    why_frozen = "It shows MyBank's name, but names can be faked, even inside your "
      .. "bank's real chat. A bank never asks you to send a code back.",
    sms_notice = "MyBank: We will never call, text or message you to ask for your TAC, "
      .. "PIN or password. If anyone does, stop and call us.",
    why_notice = "This reminder asks for nothing. Real banks send warnings like this.",
    reward_number = "+60 16-338 9120",
    sms_reward = "Congrats! You have an RM100 reward in your e-wallet Our agent will "
      .. "call you. Give them the code we send to claim it.",
    why_reward = "A prize that needs your code is a trick. The code lets them into your "
      .. "e-wallet.",

    call_title = "A message from \"your bank\"",
    call_text = "Later, someone messages you on WhatsApp. The profile has the bank's name "
      .. "and logo. What would you do?",

    bank_contact = "MyBank Support",
    bank_transfer = "MyBank fraud team here. Someone is taking RM2,300 from your card "
      .. "ending 4471!",
    bank_ask = "To stop it, tell me the code we just sent to your phone.",
    bank_give = "OK, it's 519027",
    bank_give_fb = "A bank never asks for your code. That code approves the transfer, so "
      .. "now they can take the money.",
    bank_check = "How do I know you are really the bank?",
    bank_check_fb = "Good question. But a scammer will always say yes. The surest check "
      .. "is to call the bank yourself.",
    bank_hangup = "I'll call the number on my card.",
    bank_hangup_fb = "Yes. The number on your card always reaches the real bank. Anyone "
      .. "can copy a bank's name and logo.",
    bank_more = "Thank you. One more code is coming. Send that too, so we can fully "
      .. "protect you.",
    more_give = "OK, here: 207733",
    more_give_fb = "Each code lets them take more money. It is never too late to stop.",
    more_stop = "Wait. I'm calling my bank now.",
    more_stop_fb = "Good. Call the number on your card, so the bank can block the card "
      .. "fast.",
    bank_proof = "Fraud team, staff no. MB4471. I know your name and card number, so "
      .. "you can trust me.",
    bank_hurry = "Quick! In 5 minutes the money is gone!",
    push_give = "OK, OK. It's 519027",
    push_give_fb = "Knowing your name or card number proves nothing. Scammers buy leaked "
      .. "details. The rush is the trick.",
    push_hangup = "I'm calling the number on my card.",
    push_hangup_fb = "Well done. A real bank officer is happy when you check.",
    bank_threat = "If you leave this chat, we will close your account today!",
    threat_give = "Sorry! Here's the code: 519027",
    threat_give_fb = "Threats are meant to make you act fast. Your bank won't close your "
      .. "account because you called it.",
    threat_hangup = "I'm still calling my bank myself.",
    threat_hangup_fb = "Right. Stay calm and call. Your bank can check in a minute.",
    bank_gone = "(This account has left WhatsApp.)",

    after_share_question = "Your friend Hafiz gave his code to a \"bank\" caller. What "
      .. "should he do first?",
    share_call_bank = "Call his bank now, on the number on his card",
    share_call_bank_fb = "Yes. The bank can block the card and stop the money. Then he "
      .. "should call the scam hotline.",
    share_wait = "Wait to see if money goes missing",
    share_wait_fb = "Minutes count. The sooner the bank knows, the more money it can save.",
    share_quiet = "Keep quiet, because he feels silly",
    share_quiet_fb = "Scammers trick people every day. It is not his fault, and telling "
      .. "the bank fast helps.",

    tsv_title = "Add a second lock",
    tsv_text = "Two-step verification adds a PIN that only you know. Even if a thief "
      .. "gets your code, they still can't get in.",
    tsv_where_question = "How do you turn on two-step verification in WhatsApp?",
    tsv_settings = "Settings › Account › Two-step verification",
    tsv_settings_fb = "Yes. Tap Turn on, choose a 6-digit PIN and add your email, in case "
      .. "you forget the PIN.",
    tsv_message = "Send a message to WhatsApp support",
    tsv_message_fb = "No need to message anyone. You switch it on yourself, in Settings.",
    tsv_friend = "Ask a friend to set it up for me",
    tsv_friend_fb = "Set it up yourself, so that only you know the PIN.",

    pin_who_question = "You chose a two-step PIN. Who should know it?",
    pin_me = "Only me",
    pin_me_fb = "Right. If you forget it, you can reset it with your email.",
    pin_friend = "My best friend, just in case",
    pin_friend_fb = "Keep it to yourself. If you forget it, your email can reset it.",
    pin_staff = "Bank or app staff, if they ask",
    pin_staff_fb = "Real staff never ask for your PIN. Anyone who asks is trying to get in.",

    habits_question = "Which of these keep your accounts safe?",
    habit_secret = "Keep codes and PINs to myself",
    habit_secret_fb = "A good habit: a code is only for you, the person who asked for it.",
    habit_2step = "Turn on two-step verification",
    habit_2step_fb = "A good habit: it is a second lock that a code alone can't open.",
    habit_callback = "Call back on a number I already have",
    habit_callback_fb = "A good habit: the number on your card or in the bank's app "
      .. "reaches the real bank.",
    habit_name = "Share the code if the caller knows my name",
    habit_name_fb = "Not safe: scammers often know your name and card digits. That "
      .. "proves nothing.",

    take_never = "Never share a one-time code, not with the bank, not with a friend.",
    take_call = "Someone says they are the bank? Stop, and call the number on your card.",
    take_2step = "Turn on two-step verification and keep its PIN to yourself.",
  },

  l03_lock_accounts = {
    title = "Lock your accounts",
    summary = "Strong passwords and a second lock.",
    guide_aim = "Make strong passphrases and add a second lock to accounts.",
    guide_practise = "Choosing the strongest password, typing a practice passphrase "
      .. "(never saved), refusing a \"free diamonds\" seller, finding two-step settings.",
    guide_prompt_1 = "What makes a password easy to guess?",
    guide_prompt_2 = "Where could you keep backup codes safely?",
    guide_prompt_3 = "Why do games and free gifts ask for passwords?",

    intro_title = "Lock your accounts",
    intro_text = "Your accounts hold your chats, photos and money. A strong password and "
      .. "a second lock keep them yours. Let's practise.",

    strongest_question = "Which password is the hardest to guess?",
    pw_name = "Aiman2005",
    pw_name_fb = "A name and a birth year are easy to guess. Computers try them first.",
    pw_symbols = "P@ssw0rd!",
    pw_symbols_fb = "Computers know the trick of swapping letters for symbols. And it is "
      .. "short.",
    pw_phrase = "kite onion lamp river shoe",
    pw_phrase_fb = "Yes. Five random words are long, easy to remember and very hard to "
      .. "guess.",
    pw_numbers = "12345678",
    pw_numbers_fb = "This is one of the most used passwords in the world. It is guessed "
      .. "at once.",

    build_question = "Make your own passphrase. Which words are best?",
    phrase_famous = "i love you forever",
    phrase_famous_fb = "Famous phrases and song lines are some of the first things "
      .. "computers try.",
    phrase_personal = "aiman ipoh milo cat 2005",
    phrase_personal_fb = "Your name, town and pet are easy to find on your profile. Pick "
      .. "words with no link to you.",
    phrase_short = "tiger bus",
    phrase_short_fb = "Two words are too short. Use 5 to 7 words.",
    phrase_random = "tiger spoon cloud bus window",
    phrase_random_fb = "Great: five words with no link to you or to each other. Use a "
      .. "new one for every account.",
    try_question = "Now make a practice passphrase: type five random words with spaces "
      .. "between them. Not a password you really use! Nothing you type is saved.",
    try_weak = "Easy to guess",
    try_weak_fb = "Short passwords, common words and runs like 12345 are guessed in "
      .. "seconds. Try five random words, with spaces.",
    try_fair = "Better, but not there yet",
    try_fair_fb = "Getting there! Add random words until you have five. Longer is "
      .. "stronger.",
    try_strong = "Strong",
    try_strong_fb = "Strong! Five words with no link to each other are long and hard to "
      .. "guess. Make a new one like it for each real account, and keep it to yourself.",
    try_again_title = "One more try",
    try_again_text = "Pick five words that have nothing to do with you or with each "
      .. "other: an animal, a food, a colour, a tool and a place.",


    seller_name = "Diamond Shop",
    seller_hi = "Hi! 😊 Today only: 5,000 free diamonds for your game!",
    seller_ask = "Just send me your game login and password. I'll add the diamonds in "
      .. "5 minutes.",
    seller_send = "OK! Here's my login and password.",
    seller_send_fb = "With your password, they can lock you out and sell your account. A "
      .. "real top-up only needs your player ID.",
    seller_no = "No thanks. I never share my password.",
    seller_no_fb = "Right. A real top-up only needs your player ID, never your password.",
    seller_code = "Thanks 😊 Now send me the 6-digit code you just got.",
    code_send = "Here it is: 550218",
    code_send_fb = "That code was your second lock. With it they can get in. Change your "
      .. "password now.",
    code_stop = "No! I'm changing my password now.",
    code_stop_fb = "Good save. Your second lock stopped them. Change your password, then "
      .. "log out other devices.",
    seller_push = "Bro, everyone does it 😅 The offer ends in 10 minutes!",
    push_give = "OK fine, just this once.",
    push_give_fb = "The rush is the trick. An offer that needs your password is not a "
      .. "real offer.",
    push_block = "No. I'm blocking and reporting you.",
    push_block_fb = "Well done. Reporting helps protect other players too.",
    seller_gone = "(Diamond Shop has left the chat.)",

    alerts_question = "Safe or scam?",
    time_0812 = "Today 08:12",
    time_0930 = "Today 09:30",
    time_1410 = "Today 14:10",
    app_name = "ChatMe",
    sms_login = "ChatMe: New login on a phone in Ipoh. Was this you? If not, open the "
      .. "ChatMe app and change your password.",
    why_login = "It asks for nothing and sends you to the app itself. Alerts like this "
      .. "help you.",
    mail_app = "Mail",
    fake_sender = "ChatMe Support <chatme.help@gmail.com>",
    fake_subject = "Your account will be deleted",
    fake_body = "Someone reported your account. Confirm your password within 24 hours "
      .. "to keep it:",
    fake_link = "chatme-verify.net/login",
    why_fake_delete = "Anyone can type \"ChatMe Support\" as a name. A free e-mail "
      .. "address, a deadline and a link asking for your password give it away. Open "
      .. "the app yourself.",
    sms_changed = "ChatMe: Your password was changed today at 14:10. Not you? Open the "
      .. "app and tap \"Secure my account\".",
    why_changed = "It tells you what happened and sends you to the app, not to a link.",
    friend_name = "Mei",
    vote_1 = "Hi! Can you vote for me in a contest? 😊",
    vote_2 = "I need your ChatMe password to log in and vote for me.",
    why_vote = "No vote needs your password. Your friend's account may have been taken "
      .. "over. Call her to check.",

    mfa_title = "Add a second lock",
    mfa_text = "With two-step verification, a thief needs your password and your phone. "
      .. "Let's switch it on.",
    mfa_where_question = "You open the app's Settings. Where do you find two-step "
      .. "verification?",
    where_security = "Security, or Password and security",
    where_security_fb = "Yes. Most apps keep it there. In WhatsApp, look under Account.",
    where_notifications = "Notifications",
    where_notifications_fb = "Notifications only change your alerts. Look under Security.",
    where_profile = "Edit profile",
    where_profile_fb = "Your profile is your name and photo. Look under Security.",

    mfa_backup_question = "The app gives you backup codes, in case you lose your phone. "
      .. "What do you do?",
    backup_keep = "Write them down and keep them safe at home",
    backup_keep_fb = "Yes. If you lose your phone, these codes let you back in.",
    backup_group = "Post them in my group chat to keep them",
    backup_group_fb = "Everyone in the group could use them to get into your account.",
    backup_skip = "Ignore them",
    backup_skip_fb = "Without them, a lost phone can lock you out. Keep them somewhere "
      .. "safe.",

    habits_question = "Which habits keep your accounts safe?",
    habit_different = "A different password for every account",
    habit_different_fb = "A good habit: if one site leaks, your other accounts stay safe.",
    habit_manager = "A password manager to remember them",
    habit_manager_fb = "A good habit: it keeps all your passwords locked behind one strong one.",
    habit_update = "Updating my phone and apps",
    habit_update_fb = "A good habit: updates fix holes that thieves use.",
    habit_same = "One password for everything, so I don't forget",
    habit_same_fb = "Not safe: if one site leaks it, thieves try it on all your accounts.",

    take_phrase = "Use a passphrase of 5 random words, different for every account.",
    take_share = "Never give your password to anyone: not a friend, not a seller.",
    take_2step = "Turn on two-step verification and keep the backup codes safe.",
  },

  l04_dream_job = {
    title = "Dream job or trap?",
    summary = "Spot fake job offers abroad.",
    guide_aim = "Spot a job trap abroad, and know what a fair offer looks like.",
    guide_practise = "Finding red flags in a job ad, sorting real and fake offers, "
      .. "replying to a recruiter, advising a friend.",
    guide_prompt_1 = "An employer pays your flight. What else must be true before it is "
      .. "safe?",
    guide_prompt_2 = "Why do recruiters say \"go as a tourist\"?",
    guide_prompt_3 = "A friend's friend went with this agent. Does that make it safe?",

    intro_title = "Dream job or trap?",
    intro_text = "Many people find good work abroad. But some job offers are traps: "
      .. "people are cheated, stuck far from home and forced to work. "
      .. "Let's practise telling a real offer from a trap.",

    -- Fake Facebook ad (spot the flags)
    ad_flags_title = "Find the red flags in this job ad",
    ad_from = "Nuvaro Career Asia",
    ad_app = "Facebook",
    ad_time = "3 h ago",
    ad_text = "★ HIRING NOW ★ Customer service staff in Bangkok. {pay|Salary RM7,000 a "
      .. "month}, {easy|no experience needed, just typing}. Free flight and hotel! "
      .. "{visa|No contract or work visa needed: come as a tourist.} {contact|Apply "
      .. "on Telegram only: @nuvaro_hr}. Only 5 places left!",
    flag_pay = "Very high pay for simple work is the most common bait.",
    flag_easy = "\"No experience needed\" with big pay is too good to be true.",
    flag_visa = "A real job abroad comes with a contract, a work visa and labour "
      .. "approval. Going as a tourist leaves you with no protection.",
    flag_contact = "No company address, just a Telegram name. A real employer can be checked.",

    -- Sort: real or trap?
    sort_question = "Real job or trap?",
    hotel_from = "Hotel Seri Kenanga, Kuantan",
    hotel_app = "Facebook",
    hotel_time = "Yesterday",
    hotel_text = "We are hiring front desk staff. RM1,900 a month plus EPF and SOCSO. "
      .. "Walk-in interview at our hotel, Mon to Fri, 10am to 4pm. "
      .. "We never ask for any payment.",
    why_hotel = "A real place you can visit, normal pay, an interview in person, and no fees.",
    typing_from = "@kerja.senang.overseas",
    typing_app = "TikTok",
    typing_time = "2 d ago",
    typing_text = "Easy typing job abroad ✈ Earn RM8,000 a month! We pay your ticket. "
      .. "Just go as a tourist, we settle the rest. DM me now!",
    why_typing = "Huge pay for typing, and you are told to pose as a tourist. That is a trap.",
    agency_from = "Pelangi Talent Agency (licensed)",
    agency_app = "Facebook",
    agency_time = "1 w ago",
    agency_text = "Hotel jobs in Dubai. Pay AED 2,500 a month. The employer pays your "
      .. "work visa and flight. You sign a contract before you go. "
      .. "Come to our office in Petaling Jaya. No fees for workers.",
    why_agency = "A contract before you go, a work visa, an office you can visit and no "
      .. "fees. An employer paying your flight is fair hiring. You can still check "
      .. "the agency's licence.",
    fee_from = "Japan Kerja Cepat",
    fee_app = "Facebook",
    fee_time = "5 h ago",
    fee_text = "Factory jobs in Japan! Pay RM3,500 processing fee to book your place. "
      .. "Visa ready in 3 days. Limited slots, pay today!",
    why_fee = "You should not pay to get a job. A fee and a rush are warning signs.",

    -- Recruiter chat
    chat_intro_title = "You send a message",
    chat_intro_text = "You ask about the Bangkok job from the ad. A recruiter answers "
      .. "on Telegram. Choose your replies.",
    recruiter_name = "Mira (HR)",
    chat_hi = "Hi dear! Thanks for your interest 😊",
    chat_start = "You can start next week. We will send your air ticket today!",
    reply_company = "What is the company's name? Can I see the contract?",
    reply_company_fb = "Good question. A real employer gives its name and a written "
      .. "contract before you go.",
    reply_passport = "OK! Do you need a photo of my passport?",
    reply_passport_fb = "Slow down. First find out who the employer is. Your passport "
      .. "details can be misused.",
    chat_passport_yes = "Yes, send it now 😊 The contract you sign when you arrive.",
    chat_no_contract = "Contract you sign when you arrive. Don't worry, many Malaysians work with us.",
    chat_tourist = "At the airport, say you are going on holiday. Don't say 'work', OK?",
    reply_lie = "OK, I'll say I'm on holiday.",
    reply_lie_fb = "Being told to lie at the airport is a big red flag. Without a work "
      .. "visa, you have no protection there.",
    reply_why_lie = "Why lie? A real job has a work visa.",
    reply_why_lie_fb = "Exactly. A real job abroad comes with a work visa. Posing as a "
      .. "tourist is a sign of a trap.",
    chat_change = "Small change: you fly to Bangkok, then a car takes you across the "
      .. "border to our new office.",
    chat_fee = "Pay RM1,500 for training first. We will keep your passport safe for you.",
    reply_pay = "OK, I'll transfer the money.",
    reply_pay_fb = "The place changed, they want a fee and your passport. These are "
      .. "three signs of a trap.",
    reply_check = "No. I'll check this with the labour office first.",
    reply_check_fb = "Well done. A changing place, a fee and someone keeping your "
      .. "passport are signs of a trap.",
    chat_push = "Many people want this job. Decide today or lose it!",
    chat_send_more = "Great! Also send RM500 for the hotel, OK? 😊",

    -- A friend shares an offer
    friend_question = "Your friend Hafiz shares a job like this. He says: \"My cousin's "
      .. "friend went. Let's go together!\" What do you do?",
    friend_go = "Apply together. A friend's friend went.",
    friend_go_fb = "Recruiters often reach people through friends. A friend's word does "
      .. "not make a job safe.",
    friend_check = "Show him the red flags and check the job with the labour office",
    friend_check_fb = "Great. Checking protects you both. The government labour office "
      .. "can tell you if an agency is licensed.",
    friend_ask = "Ask the recruiter if the job is real",
    friend_ask_fb = "A recruiter who is lying will just say yes. Ask someone who does "
      .. "not earn from the job.",

    -- Recall
    signs_question = "Which of these are signs of a job trap?",
    sign_tourist = "You are told to say you are a tourist",
    sign_tourist_fb = "Real jobs come with a work visa. You never need to lie.",
    sign_passport = "Someone wants to keep your passport",
    sign_passport_fb = "Your passport should stay with you, always.",
    sign_free_flight = "The employer pays your flight",
    sign_free_flight_fb = "That can be fair: good employers often pay. What matters is "
      .. "a contract, a work visa and labour approval.",
    sign_place = "The job's country or city changes",
    sign_place_fb = "If the place changes, stop and check the whole offer again.",

    take_too_good = "Big pay for easy work and \"no contract, no visa, go as a tourist\" "
      .. "are bait.",
    take_real_job = "A real job has a contract, a work visa and labour approval. The "
      .. "employer may pay your flight. You never pay a fee, give up your passport or "
      .. "lie.",
    take_check = "Check every job abroad with the government labour office before you go.",
  },

  l05_check_before_you_go = {
    title = "Check before you go",
    summary = "Plan a safe job abroad.",
    guide_aim = "Make the checks a safe job abroad needs, and leave with a personal "
      .. "plan.",
    guide_practise = "Checking an agency, refusing a fee, keeping a passport, building "
      .. "a plan card from their own choices.",
    guide_prompt_1 = "Which government office checks agencies here, and how would you "
      .. "reach it?",
    guide_prompt_2 = "What would you put on your plan card?",
    guide_prompt_3 = "Why might someone agree to pay a fee, and what could help them "
      .. "say no?",

    intro_title = "Check before you go",
    intro_text = "You want to work abroad and send money home. Good plan! An agent "
      .. "offers you a hotel job in Dubai. Let's make the checks that keep you safe.",

    agency_question = "The agent, Encik Zul, says his agency is licensed. "
      .. "How do you make sure?",
    agency_gov = "Check the agency with the government labour office",
    agency_gov_fb = "Right. The government office knows which agencies are licensed. "
      .. "Asking is free.",
    agency_page = "Look at the agency's Facebook page and reviews",
    agency_page_fb = "Pages and reviews are easy to fake. Only the government office "
      .. "can tell you if an agency is licensed.",
    agency_word = "Trust him. My neighbour went with him.",
    agency_word_fb = "Your neighbour means well, but can't know if the agency is "
      .. "licensed. Check with the government office.",
    agency_after_check = "You ask the labour office. The agency is on its list of "
      .. "licensed agencies. Good start!",
    agency_after_skip = "You skip the check. Later your sister asks the labour office "
      .. "for you: the agency is licensed. Lucky! Next time, check it yourself.",

    fee_question = "Encik Zul says: \"Pay RM4,000 to get this job. Cash only, this "
      .. "week.\" What do you do?",
    fee_pay = "Pay it. Good jobs cost money.",
    fee_pay_fb = "Workers should not pay to get a job. Under fair hiring rules, the "
      .. "employer pays these costs.",
    fee_loan = "Borrow it from him and pay back from my salary",
    fee_loan_fb = "A debt to the agent gives him power over you. Fair jobs don't "
      .. "charge workers at all.",
    fee_refuse = "Say no, and ask the labour office about the fee",
    fee_refuse_fb = "Well done. A fair job does not charge you. The employer pays the costs.",
    fee_after_refuse = "You say no. Encik Zul agrees that the employer will pay. "
      .. "Paying nothing for your job is how it should be.",
    fee_after_pay = "You paid. A week later, Encik Zul wants RM1,000 more for "
      .. "\"training\". Debts like this can trap people. You stop paying and ask the "
      .. "labour office for advice.",

    sort_question = "Encik Zul sends more messages. Safe or scam?",
    agent_name = "Encik Zul (agent)",
    msg_contract = "Here is your contract in Malay. Read it at home and ask me anything.",
    why_contract = "A written contract in your language, before you go, is what a "
      .. "fair job gives you.",
    msg_no_contract = "No need for a contract lah. Trust me, I've sent many people.",
    why_no_contract = "Without a written contract, nobody can prove what pay and work "
      .. "you were promised.",
    msg_employer_pays = "Good news: your employer pays your visa and flight. You pay "
      .. "nothing for the job.",
    why_employer_pays = "That is fair hiring: the employer pays these costs, and you "
      .. "still get a contract and a work visa before you go.",
    msg_place_changed = "Change of plan: the hotel is now in another country. Same "
      .. "pay, just come.",
    why_place_changed = "When the place changes, the whole offer changes. Stop and "
      .. "check it again.",

    passport_question = "At the airport, Encik Zul says: \"Give me your passport. "
      .. "I'll keep it safe for you.\" What do you do?",
    passport_give = "Give it. He is helping me.",
    passport_give_fb = "Your passport belongs to you. Whoever holds it can stop you "
      .. "leaving or changing jobs.",
    passport_keep = "Keep it, and say politely that I keep my own passport",
    passport_keep_fb = "Right. Keep your passport with you. A fair employer does not "
      .. "need to hold it.",
    passport_half = "Give it, but take a photo of it first",
    passport_half_fb = "A photo is useful, but it can't get you home. Keep the real "
      .. "passport yourself.",
    passport_after_give = "Later, Encik Zul says you must pay off a \"debt\" before "
      .. "you get your passport back. Holding passports is a way to control people. "
      .. "Keep yours with you.",

    plan_question = "Before you fly, what goes in your safety plan?",
    plan_route = "Give my family my flight, address and employer's name",
    plan_route_fb = "Yes. Your family know where you are and who to contact.",
    plan_numbers = "Save the embassy and hotline numbers in my phone",
    plan_numbers_fb = "Yes. If something goes wrong, you know who to call.",
    plan_secret = "Keep the trip secret until I arrive",
    plan_secret_fb = "Secrets help people who cheat workers. Share your plan.",
    plan_passport = "Keep my passport with me",
    plan_passport_fb = "Yes. Your passport stays with you, always.",

    plan_card_title = "My plan before I go",
    plan_agency_done = "✓ Agency checked with the labour office",
    plan_agency_todo = "→ Next time, check the agency myself first",
    plan_fee_none = "✓ No fee paid for the job",
    plan_fee_paid = "→ I paid a fee: ask the labour office for help",
    plan_contract = "→ Read my contract, in my language, before I go",
    plan_passport_kept = "✓ My passport stays with me",
    plan_passport_given = "→ Get my passport back; if I can't, get help",
    plan_family_done = "✓ Family has my flight, address and employer",
    plan_family_todo = "→ Tell my family my flight, address and employer",
    plan_numbers_done = "✓ Embassy and hotline numbers saved (tap Get help)",
    plan_numbers_todo = "→ Save the embassy and hotline numbers (tap Get help)",

    take_check = "Check the agency with the government labour office before you pay "
      .. "or sign.",
    take_no_fee = "Never pay for a job, and keep your own passport.",
    take_plan = "Give family your route, and save the embassy and hotline numbers.",
  },

  l06_if_someone_is_stuck = {
    title = "If someone is stuck",
    summary = "Help a friend trapped by a job abroad.",
    guide_aim = "Recognise signs that someone is held and forced to work, and know who "
      .. "can help.",
    guide_practise = "Answering a cousin held in a scam compound with kindness, "
      .. "choosing safe next steps, saying that people forced to scam are victims.",
    guide_prompt_1 = "Why does blame make it harder for someone to ask for help?",
    guide_prompt_2 = "Why is confronting the bosses or posting online risky?",
    guide_prompt_3 = "What do you know about the embassy and the hotline here?",

    intro_title = "A message from your cousin",
    intro_text = "Your cousin Farid went abroad for a customer-service job. He was so "
      .. "happy. Two months later, he messages you late at night.",

    cousin_name = "Farid",
    c_hi = "Hey. Are you awake? Can we talk?",
    c_not_job = "The job is not what they said. It's not customer service.",
    c_passport = "They took our passports on the first day. Now they say I owe "
      .. "RM20,000 for the ticket and food.",
    c_not_free = "We are not allowed to leave the building.",
    c_forced = "They make us chat with strangers online and trick them into sending "
      .. "money. I feel terrible.",
    r_blame = "How could you fall for that?",
    r_blame_fb = "Blame makes people go quiet. He was tricked by people who do this "
      .. "every day. It's not his fault.",
    r_support = "I'm really glad you told me. This is not your fault.",
    r_support_fb = "Yes. Kind words help him keep talking to you, and that is how "
      .. "help can reach him.",
    r_run = "Just run away tonight!",
    r_run_fb = "Trying to escape alone can be risky. Trained people can plan a safer "
      .. "way out.",
    c_hurt = "I didn't know. They seemed so real.",
    r_sorry = "Sorry, that came out wrong. It's not your fault.",
    c_cant_run = "I can't. The doors are locked and I don't know this place.",
    c_thanks = "Thank you. I was scared to tell anyone.",
    c_phone = "I can only use my phone late at night.",
    r_location = "Can you send your location, or the name of the building or street?",
    r_location_fb = "Good. Location details help the hotline and the embassy to find him.",
    r_confront = "Give me your boss's number. I'll tell him to let you go.",
    r_confront_fb = "Confronting the bosses can make things harder for Farid. Leave "
      .. "that to the hotline and the embassy.",
    r_post = "I'll post about this on Facebook so everyone knows.",
    r_post_fb = "The bosses might see a public post. Share details privately with "
      .. "the hotline instead.",
    c_please_dont = "Please don't. That could make things worse for me.",
    r_location_after = "OK. Can you send me your location instead?",
    c_location = "Location sent. It's a tall building with a blue gate, next to a "
      .. "big hotel.",
    r_bye = "OK. Tell me when you are out.",
    r_bye_fb = "He needs you now. Keep in touch so he does not feel alone.",
    r_stay = "I'm getting help. Same time tomorrow? Delete this chat if that's safer.",
    r_stay_fb = "Staying in touch gives him hope. Let him decide what is safe for him.",
    c_ok = "OK. Tomorrow at 11. Thank you so much.",
    c_dont_go = "Please don't disappear. Can we talk tomorrow at 11?",
    r_yes_tomorrow = "Yes. I'll be here. I'm getting help.",

    signs_question = "Which signs show that Farid is not free?",
    sign_passport = "They took his passport",
    sign_passport_fb = "Taking passports stops people from leaving.",
    sign_debt = "He \"owes\" a big debt he never agreed to",
    sign_debt_fb = "Made-up debts are used to keep people working.",
    sign_homesick = "He misses home and the food",
    sign_homesick_fb = "Many people feel homesick abroad. That alone is normal.",
    sign_not_free = "He is not allowed to leave the building",
    sign_not_free_fb = "Not being free to leave is a clear sign of trafficking.",

    step_question = "What do you do now?",
    step_wait = "Wait a few weeks and see",
    step_wait_fb = "It is better to get help early. Farid has already asked you.",
    step_hotline = "Contact the trafficking hotline or the embassy, and give the location",
    step_hotline_fb = "Yes. They know how to help people get out safely. Tap Get help "
      .. "to see the numbers and when each line is open.",
    step_pay = "Send money to pay his debt",
    step_pay_fb = "The debt is made up. Paying can lead to more demands. Ask the "
      .. "hotline first.",
    step_go = "Travel there and bring him home yourself",
    step_go_fb = "This could put you both at risk. Let trained people handle it.",

    c_next_night = "Hi, it's me again.",
    c_worry = "I'm scared. I tricked people. Will the police arrest me?",
    r_victim = "You were forced. That makes you a victim, not a criminal. Let's get "
      .. "help from people who know that.",
    r_victim_fb = "Right. People forced to scam are victims of trafficking. Some have "
      .. "still been treated as criminals, so a trafficking hotline or the embassy, "
      .. "who know this, can speak up for him.",
    r_criminal = "Maybe. You did scam people.",
    r_criminal_fb = "He was forced. People made to scam are victims of trafficking, "
      .. "not criminals. Fear can stop him asking for help.",
    c_relief = "Thank you for not judging me. I'll wait for the call.",
    c_ashamed = "I know. I feel so ashamed.",
    r_victim_after = "Sorry. You were forced. You're a victim, not a criminal, and "
      .. "we'll find people who know that.",

    scale_title = "Farid is not alone",
    scale_text = "UN experts say at least 120,000 people in Myanmar and about "
      .. "100,000 in Cambodia may be held in scam centres. Many are young and have "
      .. "studied. It can happen to anyone, and it is never their fault.",

    take_signs = "A taken passport, a made-up debt, not being free to leave, being "
      .. "forced to scam: these are signs of trafficking.",
    take_act = "Stay calm and kind. Get the location, don't confront, and contact the "
      .. "trafficking hotline or embassy.",
    take_victims = "People forced to scam are victims, not criminals. Get help from "
      .. "people who know that.",
  },

  l07_too_good_to_be_true = {
    title = "Too good to be true",
    summary = "Spot the friendly chat that ends in a fake investment.",
    guide_aim = "Spot the friendly chat that ends in a fake investment.",
    guide_practise = "Following a \"wrong number\" chat over days, finding the red flags "
      .. "in a withdrawal-fee message, deciding what a victim should do next.",
    guide_prompt_1 = "Why does the scam take weeks before money comes up?",
    guide_prompt_2 = "Who might be typing these messages, and why?",
    guide_prompt_3 = "What would you say to a friend who already paid fees?",

    intro_title = "A text from a stranger",
    intro_text = "Some scams start with one friendly text and go on for weeks. "
      .. "Follow this chat day by day, and choose your replies.",

    -- the chat
    scam_name = "Lina",
    day1_hi = "Hi Jason! Are we still on for dinner tonight? 😊",
    day1_wrong = "Sorry, wrong number.",
    day1_wrong_fb = "Short and polite. That is all a stranger needs from you.",
    day1_who = "No Jason here 😄 Who are you?",
    day1_who_fb = "Being friendly is normal. But a question invites a stranger to keep "
      .. "chatting. A short reply is enough.",
    day1_sorry = "Oh, so sorry! 😅 You seem kind. I'm Lina, from Penang.",
    day1_friends = "Can we be friends? 😊",
    day1_sure = "Sure, why not!",
    day1_sure_fb = "It feels nice, and many people say yes. But a wrong number that "
      .. "turns into a friendship is how this scam often starts.",
    day1_no_thanks = "No thanks. Take care!",
    day1_no_thanks_fb = "Good. A \"wrong number\" that quickly wants to be friends is "
      .. "a known scam opening.",

    day5_title = "Day 5",
    day5_text = "Lina writes every morning. She asks about your day and sends "
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
    day9_text = "The chat feels like a real friendship now. Then Lina asks for "
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
    yes_text = "Ravi got the same kind of chat and said yes. In three weeks his "
      .. "BitNara app showed RM8,000 profit. Then he tried to take his money out.",
    flags_title = "Find the red flags",
    flags_text = "Ravi got this message in the app. Tap the parts that look "
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

    next_question = "Ravi has already paid RM2,000 in fees. Now they want more. What "
      .. "should he do?",
    next_pay = "Pay this last fee to get it all back",
    next_pay_fb = "There is no last fee. Each payment leads to a new one.",
    next_report = "Stop paying, save the chats, report fast",
    next_report_fb = "Yes. He should call his bank and the scam hotline quickly. "
      .. "Acting fast gives the best chance.",
    next_ask_mei = "Ask Lina what to do",
    next_ask_mei_fb = "Lina is part of the scam. She will push him to pay more.",
    next_quiet = "Keep quiet, because he feels ashamed",
    next_quiet_fb = "Feeling ashamed is normal, but it is not his fault. Speaking up "
      .. "early helps.",

    typing_title = "Who is typing?",
    typing_text = "Often \"Lina\" is not real. Many people typing these chats were "
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
      .. "friends? I'm Lina 😊",
    why_wrong_friend = "A wrong number that turns into a friendship offer is how this "
      .. "scam starts.",
    friend_name = "Hafiz",
    time_c = "Wed 17:30",
    sms_friend_plan = "Futsal moved to 9pm tonight Same court. You coming?",
    why_friend_plan = "A friend you know, about a plan you share. No money, no link.",
    online_friend = "Lina",
    time_d = "Thu 21:05",
    sms_crypto_tip = "My app made me RM4,200 this month 😎 Start with RM500, I'll "
      .. "guide you!",
    why_crypto_tip = "Crypto wins and an app tip from someone you only know online. "
      .. "Never invest on their advice.",

    take_online_tips = "Never invest on tips from someone you met online.",
    take_fees = "Fees to \"release\" your money are a trick. Pay nothing more.",
    take_report = "Stop, save the chats and report fast. It is not your fault.",
  },

  l08_love_or_script = {
    title = "Love or a script?",
    summary = "Spot the online sweetheart who only wants money.",
    guide_aim = "Tell real care from a romance script, and stay safe with people met "
      .. "online.",
    guide_practise = "Chatting with an online sweetheart, finding red flags, choosing "
      .. "safe ways to check someone, sorting messages.",
    guide_prompt_1 = "Why is a video call not proof today?",
    guide_prompt_2 = "What would you tell a younger friend who wants to meet someone "
      .. "from an app?",
    guide_prompt_3 = "Who could you talk to if a new partner asks for money?",

    intro_title = "Love or a script?",
    intro_text = "Many people make real friends and partners online. But some "
      .. "sweethearts follow a script to get money. Let's practise spotting it.",

    -- the chat
    partner_name = "Adam",
    chat_morning = "Good morning, dear ❤️ You are the first thing I think of every "
      .. "day.",
    chat_weeks = "Three weeks of chatting and I feel I have known you forever 😊",
    reply_video = "Let's do a video call tonight!",
    reply_video_fb = "Asking is fair. Watch what he says. But a video call alone can't "
      .. "prove much: video can be faked.",
    reply_me_too = "Me too ❤️",
    reply_me_too_fb = "It is nice to feel liked! After three weeks, it is also fair to "
      .. "ask questions and to talk to someone you trust.",
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
    flags_text = "Adam sent these messages to Mei. Tap the parts that look "
      .. "suspicious.",
    flag_msg_1 = "I miss you so much ❤️ I want to see you, but {no_call|my camera "
      .. "is still broken}.",
    flag_msg_2 = "{emergency|My flight home was cancelled. I need RM1,800 for a new "
      .. "ticket.}",
    flag_msg_3 = "{pay_how|Please send it as crypto to this wallet.} {rush|I need it "
      .. "today!}",
    flag_no_call = "There is always an excuse not to call or meet. That is part of the "
      .. "script.",
    flag_emergency = "A sudden emergency that only your money can fix is part of the "
      .. "script.",
    flag_pay_how = "He tells her how to pay: crypto, gift cards or a transfer. This "
      .. "money is hard to get back.",
    flag_rush = "Rushing her leaves no time to think or to ask someone.",

    check_question = "Which ways help you check someone you met online?",
    check_trusted = "Talk it over with someone you trust",
    check_trusted_fb = "Yes. Someone outside the chat can see a script more easily.",
    check_search = "Search their photos online",
    check_search_fb = "Yes. A photo search can show pictures stolen from someone else.",
    check_meet_alone = "Meet them alone, somewhere quiet",
    check_meet_alone_fb = "Never meet someone you only know online alone. Under 18? "
      .. "Don't meet them at all: talk to a trusted adult first.",
    check_video_proof = "Trust them once you see them on video",
    check_video_proof_fb = "Video can be faked or recorded. Don't do anything on camera "
      .. "you wouldn't want shared.",

    -- the inbox
    inbox_question = "Safe or scam?",
    name_a = "Aina",
    time_a = "Mon 16:20",
    msg_meet = "Hey! Bubble tea after class on Friday? Farah is coming too 😊",
    why_meet = "A friend from class, a plan with other friends, in a public place. No "
      .. "money asked.",
    name_b = "Dr. Ryan ❤️",
    time_b = "Tue 23:48",
    msg_customs = "Dear, customs is holding my gift for you. Pay the RM950 fee with "
      .. "gift cards and it is yours!",
    why_customs = "Someone you never met asks for money and tells you to pay with "
      .. "gift cards.",
    name_c = "Hafiz",
    time_c = "Wed 19:05",
    msg_video = "Video call later? I want you to meet my little sister 😄",
    why_video = "A friend you already know wants you to meet his sister. Nothing to pay.",
    name_d = "Captain Leo",
    time_d = "Thu 02:13",
    msg_crypto = "I can't video call from the army base. Send me crypto for my ticket "
      .. "and I'll fly to you ❤️",
    why_crypto = "No video call, and money in crypto for a ticket. Two red flags "
      .. "together.",

    take_no_money = "Never send money or gift cards to someone you have only met "
      .. "online.",
    take_check = "Always an excuse not to meet? Red flag. Video can be faked, so talk "
      .. "to someone you trust.",
    take_not_fault = "Talk to someone you trust. Being fooled is not your fault.",
  },

  l09_not_your_fault = {
    title = "Not your fault",
    summary = "Help a friend who is being threatened online.",
    guide_aim = "Support a friend threatened over a private photo, with no blame.",
    guide_practise = "Answering a friend with kindness, refusing to pay or send more, "
      .. "saving proof, choosing a removal tool and the real places to report.",
    guide_prompt_1 = "What are kind first words when someone tells you this?",
    guide_prompt_2 = "Why should nobody forward a private photo, even to warn others?",
    guide_prompt_3 = "Which adults here could a young person go to?",

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
    chat_one_more = "It's me again. They say if I send one more photo, they'll leave me "
      .. "alone.",
    reply_no_more = "Don't send more. More photos only give them more to threaten with.",
    reply_no_more_fb = "Right. A promise to stop is part of the threat. Sending more "
      .. "never ends it.",
    reply_one_more = "Maybe send one, if it ends this.",
    reply_one_more_fb = "It won't end it. They will ask again and have more to threaten "
      .. "with. Don't send more.",
    chat_keep_talking = "Should I keep talking to them? Or delete the whole chat?",
    reply_delete = "Delete everything.",
    reply_delete_fb = "Deleting loses the proof. Save it first, then report and "
      .. "block.",
    reply_save = "Stop replying. Screenshot the chat and their profile, not the photo.",
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
    tools_text = "Some services make a digital fingerprint of a photo, so apps that "
      .. "take part can find and remove copies. The photo itself stays on your phone.",
    tool_question = "Hafiz is 16. Which service fits him?",
    tool_take_it_down = "Take It Down",
    tool_take_it_down_fb = "Right. Take It Down is for photos taken before age 18.",
    tool_stopncii = "StopNCII",
    tool_stopncii_fb = "StopNCII is for photos taken at 18 or older. Hafiz is 16, so "
      .. "Take It Down fits.",
    tool_pay = "Paying the person to delete it",
    tool_pay_fb = "They cannot be trusted to delete it. A removal service and a "
      .. "report work better.",
    routes_question = "Where can Hafiz report it?",
    route_app = "The app's own Report button",
    route_app_fb = "Yes. Report the account and the messages inside the app.",
    route_helpline = "A helpline or the police",
    route_helpline_fb = "Yes. Tap Get help to see who answers here.",
    route_removal = "Take It Down, because he is 16",
    route_removal_fb = "Yes. It can stop the photo spreading on apps that take part.",
    route_stranger = "Someone online who offers to delete it for a fee",
    route_stranger_fb = "That is another scam. Nobody can promise to delete it for "
      .. "money.",

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
    msg_fake_safety = "App Safety Team: We saw your report. To remove the photo "
      .. "everywhere, log in here today: safety-check.co/remove",
    why_fake_safety = "Real apps answer reports inside the app, not by a text with a "
      .. "link. This one wants his login: report it too.",
    forward_question = "Someone in your class group shares a private photo of a "
      .. "classmate. What do you do?",
    fw_report = "Don't pass it on. Report it and tell a trusted adult.",
    fw_report_fb = "Yes. That protects your classmate. The one who shared it is doing "
      .. "wrong, not them.",
    fw_warn = "Forward it to friends to warn them",
    fw_warn_fb = "Never forward an image of someone under 18, not even to warn. It "
      .. "hurts them again, and it can be a crime.",
    fw_save = "Save a copy as proof",
    fw_save_fb = "Don't keep or pass on the photo yourself. Report it, and let a "
      .. "trusted adult and the police handle it.",

    end_title = "You are not alone",
    end_text = "If this ever happens to you or a friend: it is not your fault, and "
      .. "help is there. Tap Get help to see who you can call.",

    take_not_fault = "It is never your fault. Tell someone you trust.",
    take_steps = "Don't pay and don't send more. Stop replying, save the chat, report "
      .. "and block.",
    take_tell = "Never pass on a private photo of anyone under 18. Take It Down (under "
      .. "18) and StopNCII (18+) help on apps that take part.",
  },

  l10_account_not_for_rent = {
    title = "Your account isn't for rent",
    summary = "Say no to \"easy money\" for your bank account.",
    guide_aim = "Say no to offers to rent, lend or sell a bank account.",
    guide_practise = "Sorting mule offers from normal messages, refusing a recruiter, "
      .. "learning the legal risk, acting if an account was already given away.",
    guide_prompt_1 = "Why do scammers need other people's accounts?",
    guide_prompt_2 = "How could you say no to a friend who asks?",
    guide_prompt_3 = "What should someone do if they already gave away their card?",

    intro_title = "Your account isn't for rent",
    intro_text = "Some people offer \"easy money\" to use your bank account, e-wallet "
      .. "or ATM card. It sounds harmless. It is not. Let's learn to spot these offers.",

    offers_question = "Safe or scam?",
    app_facebook = "Facebook",
    time_post = "2 h",
    time_shop = "Yesterday",
    time_0930 = "Today 09:30",
    time_1410 = "Today 14:10",

    rent_post_from = "Easy Cash MY",
    rent_post_text = "Earn RM500 a week from home! Just rent us your bank account. "
      .. "No work, no risk. DM now!",
    why_rent_post = "Money for doing nothing with your account is a trap. Scammers "
      .. "want it to move stolen money.",

    bank_name = "MyBank",
    sms_bank_card = "MyBank: Your new debit card was posted to your home address. "
      .. "Never give your card or PIN to anyone.",
    why_bank_card = "Your own bank, telling you to keep your card to yourself. "
      .. "It asks for nothing.",

    wallet_friend = "Zack",
    wallet_1 = "Bro, can my boss send some money to your e-wallet?",
    wallet_2 = "Then you send it on to me. I'll give you RM100 😎",
    why_friend_wallet = "Even from a friend, this is a mule job. The money may be "
      .. "stolen, and it passes through your name.",

    shop_from = "Kedai Buku Ceria",
    shop_text = "We're hiring! Part-time cashier, RM9 an hour. Come to the shop for "
      .. "an interview. Pay goes into your own bank account.",
    why_shop_job = "A real job: real work, an interview in the shop, and pay into an "
      .. "account only you control.",

    open_number = "+60 11-5820 3317",
    sms_open = "Get RM300! Open a new bank account, then give us the card and PIN. "
      .. "We handle the rest.",
    why_open_account = "Opening an account for someone else is a mule trick. Whatever "
      .. "they do with it is done in your name.",

    why_title = "Why do they want your account?",
    why_text = "Scam money needs somewhere to go. Your account hides the real "
      .. "scammer. When the police follow the money, it leads to you.",

    chat_name = "Kamal",
    chat_hi = "Hi! Aina gave me your number 😊",
    chat_offer = "Want RM800? Just lend me your bank account for one month. No work!",
    reply_how = "Sounds easy. What do you need?",
    reply_how_fb = "It does sound easy, and that is the trick. Money just for "
      .. "lending your account is a big red flag.",
    reply_no = "No thanks. My account is only for me.",
    reply_no_fb = "Well done. A clear no is all you need.",
    chat_need = "Only your banking app login, your card and the codes the bank sends you.",
    reply_give = "OK, I'll send them tonight.",
    reply_give_fb = "With your login, card and codes, he controls your account. "
      .. "You can still stop: say no and tell your bank.",
    reply_stop = "That's my whole account. No way.",
    reply_stop_fb = "Right. No real company needs your login, card or codes.",
    chat_push = "Come on, everyone does it. It's not illegal, it's just an account 😉",
    reply_ok_once = "Fine, just for one month.",
    reply_ok_once_fb = "Pressure is part of the trick. Letting someone use your "
      .. "account is a crime, even for one month.",
    reply_still_no = "It is illegal. My answer is still no.",
    reply_still_no_fb = "Well done. You did not let the pressure change your answer.",
    chat_gone = "(Kamal has stopped replying.)",

    risk_question = "Scam money went through your account. What can happen to you?",
    risk_none = "Nothing. It was not my money.",
    risk_none_fb = "Sadly not. The account is in your name, so the police will "
      .. "come to you first.",
    risk_charge = "The bank can freeze it, and I can be charged.",
    risk_charge_fb = "Yes. In Malaysia it can mean a fine of RM10,000 to RM100,000, "
      .. "1 to 7 years in jail, or both.",
    risk_boss = "Only the boss gets in trouble.",
    risk_boss_fb = "The boss is often hard to find. The account owner is easy to "
      .. "find, and can be charged.",

    gave_question = "Ravi gave his ATM card to a \"boss\" last week. Now he is "
      .. "worried. What should he do?",
    gave_wait = "Keep quiet and hope nothing happens",
    gave_wait_fb = "Every day, more scam money can pass through. Acting now is "
      .. "much better for him.",
    gave_ask_back = "Ask the boss to give the card back",
    gave_ask_back_fb = "The boss may never give it back. The bank can block the "
      .. "card today.",
    gave_bank_police = "Call his bank to block it, then go to the police",
    gave_bank_police_fb = "Yes. Telling them early shows he wants to stop it. "
      .. "Asking for help is the right step.",

    signs_question = "Which of these are signs of a money mule offer?",
    sign_pay_for_account = "Money just for using your account",
    sign_pay_for_account_fb = "Real jobs pay for work, not for your account.",
    sign_card_pin = "They ask for your card, PIN or app login",
    sign_card_pin_fb = "These are the keys to your account. Keep them to yourself.",
    sign_salary = "Your boss pays your salary into your account",
    sign_salary_fb = "That is normal. Your own pay, for your own work.",
    sign_everyone = "\"Everyone does it, it's not illegal\"",
    sign_everyone_fb = "It is illegal. This line is said to calm your worries.",

    take_never_rent = "Never rent, lend or sell your bank account, e-wallet or ATM card.",
    take_say_no = "Money just for using your account is a trap. Say no.",
    take_act = "Already gave it away? Call your bank and the police today.",
  },

  l11_fast_cash = {
    title = "Fast cash, heavy cost",
    summary = "Spot fake loan apps before they trap you.",
    guide_aim = "Spot illegal loan apps, and get help if one is harassing you.",
    guide_practise = "Finding red flags in a loan offer, refusing app permissions, "
      .. "sorting loan messages, helping a harassed friend.",
    guide_prompt_1 = "Why does a loan app want your contacts?",
    guide_prompt_2 = "Where can people borrow safely here?",
    guide_prompt_3 = "How can we support someone who feels ashamed of a debt?",

    intro_title = "Fast cash, heavy cost",
    intro_text = "Need money fast? Fake loan apps promise easy cash, then take much "
      .. "more than they give. Let's learn to spot them.",

    time_0812 = "Today 08:12",
    time_1015 = "Mon 10:15",
    time_2231 = "Mon 22:31",
    time_1120 = "Tue 11:20",
    time_0900 = "Wed 09:00",
    time_0647 = "Thu 06:47",

    flags_title = "Find the red flags in this offer",
    offer_number_flag = "{sender|+60 11-6034 2287}",
    sms_offer_flags = "DanaKilat: Get RM3,000 today! {fee|First pay a RM150 "
      .. "processing fee}. Only {interest|2% interest a day}, {term|pay back in 7 days}. "
      .. "Get the app: {link|danakilat-pinjam.apk}",
    flag_sender = "You never asked for a loan. Offers by text from a personal number "
      .. "are a sign of an illegal lender.",
    flag_fee = "Real lenders take no fee before you get the money. Often the loan "
      .. "never comes.",
    flag_interest = "2% a day is about 60% a month. The debt grows very fast.",
    flag_term = "7 days is very short. It is made so you pay late, and then pay more.",
    flag_link = "An app file from a text link, not from the official app store. "
      .. "Don't install it.",

    perm_question = "The app asks for these. Which should a loan app never need?",
    perm_contacts = "Your contacts",
    perm_contacts_fb = "Fake lenders copy your contacts to shame you in front of "
      .. "friends and family.",
    perm_photos = "Your photos",
    perm_photos_fb = "Your photos have nothing to do with a loan. They can be used "
      .. "to scare you.",
    perm_name = "Your name and phone number",
    perm_name_fb = "Normal. A lender needs to know who you are and how to reach you.",
    perm_location = "Your location",
    perm_location_fb = "A loan does not need to know where you are. It helps them "
      .. "scare you.",

    popup_question = "The app shows: \"DanaKilat wants to see your contacts.\" "
      .. "What do you tap?",
    popup_allow = "Allow. I need the money fast.",
    popup_allow_fb = "Once allowed, the app can copy all your contacts in seconds. "
      .. "Your friends could get rude messages.",
    popup_later = "Allow now, turn it off later.",
    popup_later_fb = "Later is too late: the list is copied at once.",
    popup_deny = "Don't allow, and delete the app.",
    popup_deny_fb = "Yes. A loan that needs your contacts is not a real loan.",

    sort_question = "Safe or scam?",
    bank_name = "MyBank",
    sms_bank_approved = "MyBank: Your personal loan of RM2,000 is approved. You pay "
      .. "RM95 a month for 24 months. See details in the MyBank app.",
    why_bank_approved = "You applied yourself in your bank's app. Clear monthly "
      .. "payments, no link, no fee first.",
    instant_number = "+60 13-778 0154",
    sms_instant = "Need cash? RM5,000 in 5 minutes! No IC, no checks. Reply YES now!",
    why_instant = "An offer you never asked for, with no checks at all. Real lenders "
      .. "check who you are.",
    release_number = "+60 16-239 8841",
    sms_release = "Your RM3,000 loan is ready! Transfer RM200 \"insurance\" today to "
      .. "release it.",
    why_release = "A fee before the money comes is the trick. After you pay, there "
      .. "is often another fee, and no loan.",
    sms_bank_reminder = "MyBank: Your loan payment of RM95 is due on 5 June. Pay in "
      .. "the MyBank app. Questions? Call the number on your card.",
    why_bank_reminder = "A calm reminder from your own bank. No threats, no link.",
    threat_number = "+60 11-2094 6673",
    sms_threat = "You are LATE! Pay RM900 today or we message all your contacts. "
      .. "Police will arrest you tonight!",
    why_threat = "Shaming and fake police threats are how illegal lenders collect. "
      .. "Real lenders don't do this.",

    bridge_title = "Already stuck with a loan app?",
    bridge_text = "Some apps send rude messages to your friends and family. That is "
      .. "wrong, and it is not your fault. You can get help.",

    harassed_question = "Siti's loan app is messaging her friends. She feels ashamed. "
      .. "What should she do?",
    harassed_pay = "Pay whatever they ask so it stops",
    harassed_pay_fb = "Paying rarely stops it. They often come back and ask for more.",
    harassed_hide = "Keep it secret and hope it stops",
    harassed_hide_fb = "She is not to blame, and she does not have to face this alone.",
    harassed_report = "Save the messages, report them, and warn her friends",
    harassed_report_fb = "Yes. Saved messages help the police. The shame belongs to "
      .. "the lender, not to Siti.",

    check_question = "You really need a loan. What do you check first?",
    check_downloads = "That the app has lots of downloads",
    check_downloads_fb = "Fake apps can have many downloads and fake reviews.",
    check_licence = "That the lender is licensed, on the official list",
    check_licence_fb = "Yes. If a lender is not on the government's list, don't "
      .. "borrow. Your bank can also help.",
    check_speed = "That the money comes fast",
    check_speed_fb = "Fast money is the hook. Speed tells you nothing about safety.",

    take_licence = "Check the lender's licence before you borrow.",
    take_no_fee = "Never pay a fee to get a loan.",
    take_permissions = "A loan app never needs your contacts, photos or location.",
  },

  l12_where_to_get_help = {
    title = "Where to get help",
    summary = "Know who to call, what to keep, and why to be fast.",
    guide_aim = "Match each problem to the right help, act fast and keep the evidence.",
    guide_practise = "Matching stories to kinds of help, answering a friend who was "
      .. "scammed, choosing what evidence to keep.",
    guide_prompt_1 = "Which help line here would you call first for each story?",
    guide_prompt_2 = "Why does the first hour matter after a scam?",
    guide_prompt_3 = "What stops people from asking for help, and what helps?",

    intro_title = "Where to get help",
    intro_text = "When something goes wrong, you are not alone, and it is not your "
      .. "fault. Different problems need different help. Let's match them.",

    scam_question = "Aina paid RM800 to an online seller 20 minutes ago. Now the "
      .. "seller has blocked her. Who can help first?",
    scam_wait = "Nobody yet. The seller may reply in a few days.",
    scam_wait_fb = "Waiting lets the money move on. Acting fast is what counts.",
    scam_line = "The scam hotline and her bank, right away",
    scam_line_fb = "Yes. The sooner she calls, the better the chance to stop the money.",
    scam_post = "Her friends on Facebook",
    scam_post_fb = "Warning others is kind, but it can't stop the money. Call "
      .. "first, post later.",

    tr_question = "Ravi's cousin went abroad for a job. Now her boss keeps her "
      .. "passport, and she can't leave. Who can help?",
    tr_hotline = "The trafficking hotline or the embassy",
    tr_hotline_fb = "Yes. Give them as many details as you can, like where she is. "
      .. "She is a victim, not a criminal.",
    tr_scam_line = "The scam hotline",
    tr_scam_line_fb = "The scam line helps with lost money. A person who is held "
      .. "needs the trafficking hotline or the embassy.",
    tr_wait = "Nobody. She should wait until her contract ends.",
    tr_wait_fb = "Taking her passport is a sign of control. She needs help now.",

    ch_question = "Nurul, 14, gets threats from someone online who wants money. "
      .. "She is scared to tell her parents. Who can she talk to?",
    ch_pay = "Nobody. She should pay so it stops.",
    ch_pay_fb = "Paying rarely stops threats. She deserves help, not more pressure.",
    ch_secret = "Nobody. She should keep it secret.",
    ch_secret_fb = "She should not carry this alone. It is not her fault.",
    ch_helpline = "A child and youth helpline",
    ch_helpline_fb = "Yes. They listen without judging and help her with the next "
      .. "steps.",

    bk_question = "Daniel's phone was stolen, with his banking app on it. Who "
      .. "should he call first?",
    bk_bank = "His bank, to lock his account",
    bk_bank_fb = "Yes. The bank can lock the app and cards at once. Then he can "
      .. "tell the police.",
    bk_trafficking = "The trafficking hotline",
    bk_trafficking_fb = "That line is for people forced to work or held. Here the "
      .. "bank is fastest.",
    bk_wait = "Nobody. He will buy a new phone next week.",
    bk_wait_fb = "Whoever has the phone may try to get in. Call the bank today.",

    friend_title = "A friend needs you",
    friend_text = "Your friend Mei sends you a message. She has just been tricked "
      .. "by a scammer. How do you help?",

    chat_name = "Mei",
    chat_1 = "I paid RM350 for concert tickets",
    chat_2 = "The seller just blocked me",
    chat_3 = "I feel so stupid",
    reply_blame = "Why did you pay a stranger?",
    reply_blame_fb = "Blame makes people hide. Scammers are skilled, and anyone "
      .. "can be tricked.",
    reply_forget = "Forget it, the money is gone.",
    reply_forget_fb = "Not always. If she calls fast, the money can sometimes be "
      .. "stopped.",
    reply_help = "It's not your fault. Let's call the scam line and your bank now.",
    reply_help_fb = "Yes. Kind words and fast action. Together it's easier.",
    chat_sad = "I just don't know what to do now...",
    reply_sorry_help = "Sorry. It's not your fault. Let's call the scam line together.",
    reply_sorry_help_fb = "Yes. It's never too late to be kind. Calling together "
      .. "makes it easier.",
    reply_later = "Let's talk about it tomorrow.",
    reply_later_fb = "Tomorrow may be too late to stop the money. She needs help now.",
    chat_ok = "Thank you. OK, let's call.",
    chat_quiet = "OK...",

    ev_question = "What should Mei keep to show the bank and police?",
    ev_screens = "Screenshots of the chat",
    ev_screens_fb = "Yes. They show what was said, and by whom.",
    ev_account = "The account or number she paid",
    ev_account_fb = "Yes. It helps trace where the money went.",
    ev_delete = "Nothing. She should delete the chat.",
    ev_delete_fb = "Deleting removes the proof. She can mute the chat instead.",
    ev_receipt = "The receipt of her transfer",
    ev_receipt_fb = "Yes. It shows when she paid, and how much.",

    fast_question = "When should Mei call?",
    fast_tomorrow = "Tomorrow, when she feels calmer",
    fast_tomorrow_fb = "Feeling upset is normal, but money moves fast. You can "
      .. "help her call now.",
    fast_sure = "Only when she is sure it was a scam",
    fast_sure_fb = "She does not need to be sure. The helpline can check with her.",
    fast_now = "Right away, ideally within the hour",
    fast_now_fb = "Yes. The first hour matters most for stopping the money.",

    button_title = "Help is one tap away",
    button_text = "The Get help button at the top of the screen shows the help "
      .. "numbers for this country. You can tap it at any time.",

    take_match = "Lost money: scam line and bank. Forced work: trafficking hotline.",
    take_fast = "Act fast, ideally within the hour, and keep the evidence.",
    take_button = "Tap Get help to see the numbers for this country.",
  },

  l13_spot_check = {
    title = "Spot-check",
    summary = "A quick mixed quiz to review all the lessons.",
    guide_aim = "Bring back the key cues of all the lessons.",
    guide_practise = "A mixed quiz: real and fake messages, job and investment red "
      .. "flags, romance and sextortion, loan apps.",
    guide_prompt_1 = "Which question was hardest, and why?",
    guide_prompt_2 = "Which red flag will you remember most?",
    guide_prompt_3 = "What will you tell a friend or family member this week?",

    intro_title = "Spot-check",
    intro_text = "A quick review of all the lessons. Some messages are real, some "
      .. "are fake. Take your time.",

    inbox_question = "Safe or scam?",
    app_facebook = "Facebook",
    time_0905 = "Today 09:05",
    time_0931 = "Today 09:31",
    time_1544 = "Today 15:44",
    time_job = "3 h",

    parcel_number = "+60 11-3092 7745",
    sms_parcel = "PosExpress: Parcel on hold. Pay RM2.90 today or it goes back: "
      .. "posexpres-my.co/p",
    why_parcel = "A small fee, a rush and a strange link: a parcel scam.",

    bank_name = "MyBank",
    sms_bank_code = "MyBank: Your TAC is 391045 for your login. Never share this "
      .. "code with anyone.",
    why_bank_code = "A code you asked for by logging in, with a warning to keep it "
      .. "secret. Real, but only for you.",

    friend_name = "Aina",
    code_1 = "Hi! I sent a 6-digit code to your phone by mistake 😅",
    code_2 = "Can you send it to me quickly?",
    why_code_mistake = "A code \"sent by mistake\" is a classic trick. Aina's "
      .. "account may be hacked. Call her first.",

    job_from = "Restoran Selera Kita",
    job_text = "Hiring: kitchen helper in Shah Alam. RM1,700 a month, training "
      .. "given. Walk in for an interview, Mon to Fri.",
    why_real_job = "A real place, a normal wage, and you meet them in person. No "
      .. "fee, no travel abroad.",

    mule_number = "+60 17-406 2281",
    sms_mule = "Want RM500? Rent us your ATM card for 2 weeks. Easy money, no risk!",
    why_mule = "Renting out your card makes you a money mule. It is a crime, and "
      .. "the risk is all yours.",

    flags_title = "Lina, who you met online, sends this. Find the red flags.",
    coach_name = "Lina",
    coach_1 = "Great news! Your CoinRiseX account shows {profit|RM12,400 profit}!",
    coach_2 = "To take it out, you must {fee|first pay 15% tax}: RM1,860.",
    coach_3 = "{rush|Pay today}, or your account will be frozen.",
    flag_profit = "Big early profits on a screen are not real money. They are shown "
      .. "so you pay in more.",
    flag_fee = "Real platforms don't ask for a fee or tax before you can take out "
      .. "your own money.",
    flag_rush = "A deadline makes you pay before you stop to think or ask someone.",

    job_question = "A job offer abroad comes by Telegram. Which are red flags?",
    job_easy_pay = "High pay for easy work, no experience needed",
    job_easy_pay_fb = "Too good to be true. Scam jobs promise big pay for simple tasks.",
    job_contract = "A written contract with the company's name",
    job_contract_fb = "A good sign. Still check the offer with the official agency "
      .. "before you go.",
    job_no_visa = "No work visa: \"just go as a tourist\"",
    job_no_visa_fb = "Real work abroad needs a contract and a work visa. The employer "
      .. "may pay your flight, but never skip these checks.",
    job_fee = "You must pay a recruitment fee first",
    job_fee_fb = "Workers should never pay recruitment fees.",

    passport_question = "Siti starts a job abroad. Her boss says: \"I'll keep your "
      .. "passport safe for you.\" What is true?",
    passport_normal = "That's normal and kind",
    passport_normal_fb = "It may sound kind, but workers should keep their own passport.",
    passport_control = "She should keep it. Taking it is a sign of control.",
    passport_control_fb = "Yes. If she can't get it back, the trafficking hotline or "
      .. "embassy can help.",
    passport_receipt = "It's fine if he gives her a receipt",
    passport_receipt_fb = "A receipt doesn't help if she can't leave. Her passport "
      .. "belongs with her.",

    romance_question = "Someone you have dated online for months, but never met, "
      .. "asks for RM2,000 for a ticket to visit you. What do you do?",
    romance_send = "Send it. Love means trust.",
    romance_send_fb = "Money for a ticket is a classic romance-scam request.",
    romance_half = "Send half, to be safe",
    romance_half_fb = "Any amount is lost. Often they ask again and again.",
    romance_no = "Don't send money, and talk to someone you trust.",
    romance_no_fb = "Yes. Someone who cares doesn't need your money. Even a video call "
      .. "can be faked, so it proves little.",

    sext_question = "Someone threatens to share Farah's private photos unless she "
      .. "pays. What do you tell her first?",
    sext_not_fault = "It's not your fault. Don't pay. Save the chat, block, report.",
    sext_not_fault_fb = "Yes. Kindness first. Then help her keep proof, report, and "
      .. "call a helpline.",
    sext_blame = "You shouldn't have sent them.",
    sext_blame_fb = "Blame hurts and makes people hide. The person threatening her "
      .. "is the one doing wrong.",
    sext_pay = "Pay fast so it ends.",
    sext_pay_fb = "Paying rarely stops it. They often come back for more.",

    loan_question = "A loan app asks to see your contacts and photos. What do you do?",
    loan_allow = "Allow it. The app needs it for the loan.",
    loan_allow_fb = "A real loan never needs them. Fake lenders use them to shame you.",
    loan_deny = "Don't allow it, and don't use the app.",
    loan_deny_fb = "Yes. Check the lender's licence, and never pay a fee first.",

    take_stop = "Fees, rush, codes and secrets are red flags. Stop and check.",
    take_real = "Most messages are real. Check calmly; you don't need to fear "
      .. "everything.",
    take_help = "If something goes wrong, it is not your fault. Get help fast.",

    -- from L14-L19
    task_number = "+60 11-6034 8817",
    time_1620 = "Today 16:20",
    sms_task = "Part-time job! Like 3 videos, get RM30. Earn RM800 a day. Add me on "
      .. "Telegram: @coach_vivian",
    why_task = "Big pay for likes, from a job you never asked for. Later they ask you "
      .. "to pay in: a task scam.",

    officer_question = "A caller says he is the police: \"Move your savings to a safe "
      .. "account, and tell no one.\" What do you do?",
    officer_move = "Move the money, to clear my name",
    officer_move_fb = "There is no safe account. Police never ask you to move money.",
    officer_hang_up = "Hang up, and call the police station myself",
    officer_hang_up_fb = "Yes. Call on a number you find yourself. Then tell someone "
      .. "you trust.",
    officer_secret = "Keep it secret while I think",
    officer_secret_fb = "The secret is part of the trick. Talk to someone you trust.",

    voice_question = "Siti's voice calls from a new number: \"Send RM1,500 now. Don't "
      .. "tell anyone!\" What do you do first?",
    voice_send = "Send it. It's her voice.",
    voice_send_fb = "A voice can be copied. Check first.",
    voice_half = "Send half, to be safe",
    voice_half_fb = "Any amount can be lost. Check first.",
    voice_check = "Hang up and call her usual number",
    voice_check_fb = "Yes. Or ask for your family code word.",

    apk_question = "A text says: \"Install Refund_Claim.apk to get your refund.\" "
      .. "What do you do?",
    apk_install = "Install it. A refund is good news.",
    apk_install_fb = "An app file from a text can take over your phone.",
    apk_delete = "Don't install it. Delete the message.",
    apk_delete_fb = "Yes. Install apps only from the official app store.",

    groom_question = "Nurul, 14, has an online friend. He gives her gifts and says: "
      .. "\"Don't tell your mum about us.\" What is true?",
    groom_sign = "It's a warning sign. She should tell an adult she trusts.",
    groom_sign_fb = "Yes. And she is not in trouble for telling.",
    groom_fine = "It's fine, he is kind to her",
    groom_fine_fb = "Kindness plus secrets is a warning sign.",
    groom_quit = "She should quit games forever",
    groom_quit_fb = "Games are fine. Secrets and pressure are the problem. Telling an "
      .. "adult helps.",
  },

  l14_fake_officer_call = {
    title = "Is it really the police?",
    summary = "Fake police, court and tax calls.",
    guide_aim = "Know that police, courts and tax offices never ask for money by phone, "
      .. "and hang up safely.",
    guide_practise = "Taking a fake courier-then-police call, finding the red flags in "
      .. "a fake warrant, sorting real and fake messages, helping a relative who "
      .. "already paid.",
    guide_prompt_1 = "Why do these callers tell you to keep the call secret?",
    guide_prompt_2 = "How would you find the real number of the police or a court here?",
    guide_prompt_3 = "What would you say to a relative who already moved money?",

    intro_title = "Is it really the police?",
    intro_text = "Some scammers pretend to be the police, a court or the tax office. "
      .. "They sound serious. Then they ask for money. Let's practise what "
      .. "to do.",

    -- the call
    caller_courier = "+60 3-2718 4402",
    call_app = "Phone call",
    c_parcel = "Hello, this is PosExpress. A parcel in your name was stopped.",
    c_connect = "It has fake passports inside. I will connect you to the police now.",
    r_connect = "Oh no! Yes, please connect me.",
    r_connect_fb = "This is how the trick starts. A real courier does not pass your "
      .. "call to the police.",
    r_hang_up_first = "That's not my parcel. I'll call PosExpress myself.",
    r_hang_up_first_fb = "Yes. Hang up, then call the number in the company's real app "
      .. "or website.",
    o_badge = "(A new voice) Police here. Officer no. 4471. Your name is linked to a "
      .. "money crime.",
    o_secret = "This case is secret. Do not tell your family or your bank.",
    r_secret_ok = "OK, I won't tell anyone.",
    r_secret_ok_fb = "Real police never ask you to hide a case from your family. The "
      .. "secret stops you from checking.",
    r_call_station = "I'll hang up and call the police station myself.",
    r_call_station_fb = "Right. Call the police on a number you find yourself, not one "
      .. "the caller gives you.",
    o_safe_account = "To clear your name, move your savings to our safe account today.",
    r_transfer = "OK. Where do I send it?",
    r_transfer_fb = "There is no \"safe account\". Police never ask you to move money. "
      .. "It is never too late to stop.",
    r_no_money = "No. The police don't ask for money. I'm hanging up.",
    r_no_money_fb = "Well done. Hanging up is always allowed.",
    o_threat = "If you hang up, you will be arrested today!",
    r_stay_on = "Sorry! I'll stay on the line.",
    r_stay_on_fb = "The threat is meant to keep you on the line. Nobody is arrested "
      .. "for ending a call.",
    c_arrest = "Wait! If you hang up, the police will arrest you today!",
    r_scared_stay = "Oh no. OK, I'll stay.",
    r_scared_stay_fb = "Feeling scared is normal. That is what they want. You can "
      .. "always hang up and check.",
    r_end_call = "I'm hanging up now. I will check myself.",
    r_end_call_fb = "Right. A real office is happy when you check.",
    call_ended = "(Call ended.)",

    video_title = "Uniforms can be fake",
    video_text = "Some callers move to a video call. They wear a uniform and sit in an "
      .. "\"office\". They send papers with stamps. Uniforms, stamps and badges are easy "
      .. "to fake.",

    -- the fake warrant
    flags_title = "Find the red flags",
    flags_text = "The \"officer\" sends this. Tap the parts that look suspicious.",
    officer_name = "Officer 4471",
    warrant_1 = "COURT ORDER: {arrest|You will be arrested at 5 pm today}.",
    warrant_2 = "{secret|Do not tell your family or your bank.} {stay|Stay on the video "
      .. "call with me.}",
    warrant_3 = "To stop the arrest, {transfer|move RM8,000 to the safe account} below.",
    flag_arrest = "A threat with a deadline rushes you. Real courts send letters and "
      .. "give you time.",
    flag_secret = "Secrets stop you from asking someone. Real police don't need them.",
    flag_stay = "Keeping you on a call stops you from checking with anyone else.",
    flag_transfer = "There is no safe account. Police, courts and tax offices never "
      .. "ask you to move money.",

    -- safe or scam
    sort_question = "Safe or scam?",
    time_0910 = "Today 09:10",
    time_1125 = "Today 11:25",
    time_1540 = "Today 15:40",
    bank_name = "MyBank",
    sms_bank_warning = "MyBank: We will never ask you to move money to a \"safe "
      .. "account\". If a caller does, hang up and call us.",
    why_bank_warning = "A warning that asks for nothing. Real banks send these.",
    court_number = "+60 11-7042 6618",
    sms_court = "COURT: You missed a hearing. Pay RM2,500 today to stop your arrest. "
      .. "Call the officer: 011-7042 6618",
    why_court = "A court does not text you to pay today. The arrest threat is there to "
      .. "scare you.",
    friend_name = "Aina",
    friend_1 = "My mum got a call from \"the police\" today 😟",
    friend_2 = "They asked her to move money. She hung up and called the station. Was "
      .. "that right?",
    why_friend_asks = "A friend asking for advice. Yes, her mum did the right thing.",
    tax_number = "+60 16-330 5127",
    sms_tax = "TAX OFFICE: You have a RM412 refund. Log in to claim it today: "
      .. "tax-refund-my.co/claim",
    why_tax = "A surprise refund and a strange link. It wants your bank login.",

    -- someone already paid
    paid_question = "Your uncle moved RM6,000 to a \"safe account\" an hour ago. Now "
      .. "he is unsure. What should he do?",
    paid_wait = "Wait for the officer to call back",
    paid_wait_fb = "The officer is not real. Waiting gives the money time to move on.",
    paid_secret = "Keep it secret, as the officer said",
    paid_secret_fb = "The secret was part of the trick. Telling people is how help "
      .. "comes.",
    paid_call = "Call his bank and the scam line now",
    paid_call_fb = "Yes. Acting fast can stop the money. It is not his fault: these "
      .. "callers trick people every day.",

    signs_question = "Which are signs of a fake officer?",
    sign_safe_account = "Asks you to move money to a \"safe account\"",
    sign_safe_account_fb = "Yes. Real officers never ask you to move money.",
    sign_secret = "Tells you to keep it secret, even from family",
    sign_secret_fb = "Yes. Secrets stop you from checking.",
    sign_case_no = "Gives you a case number",
    sign_case_no_fb = "Anyone can make up a case number. It proves nothing, good or "
      .. "bad.",
    sign_arrest = "Threatens arrest today unless you pay",
    sign_arrest_fb = "Yes. Fear and a deadline are the scammer's tools.",

    take_never_money = "Police, courts and tax offices never ask you to move money "
      .. "by phone.",
    take_hang_up = "Hang up. Call the office on a number you find yourself.",
    take_act_fast = "Money already moved? Call your bank and the scam line at once.",
  },

  l15_task_job = {
    title = "Paid to like videos?",
    summary = "Spot the \"task job\" trap.",
    guide_aim = "Spot the paid \"task\" job that makes you pay in, and the fake help that "
      .. "charges to get money back.",
    guide_practise = "Finding red flags in an invitation, taking part in a task chat, "
      .. "helping a friend who lost money and is offered paid \"recovery\", sorting "
      .. "real and fake job posts.",
    guide_prompt_1 = "Why does the first small payment feel so convincing?",
    guide_prompt_2 = "What makes a real job different from these task jobs?",
    guide_prompt_3 = "Who can really help someone get money back, and do they charge?",

    intro_title = "Paid to like videos?",
    intro_text = "A message offers money for tiny tasks: like videos, follow shops, "
      .. "rate hotels. The first pay is real. Then they ask you to pay in. Let's see "
      .. "how the trap works.",

    -- the invitation
    flags_title = "Find the red flags",
    invite_number = "+60 11-6034 8817",
    time_1012 = "Today 10:12",
    sms_invite = "Hi! {unasked|Your number was chosen} for a part-time job. {easy|Like "
      .. "3 videos, get RM30.} {daily|Earn up to RM800 a day} from home. {move|Add "
      .. "me on Telegram to start:} @coach_vivian",
    flag_unasked = "You never applied. Real employers don't pick random numbers.",
    flag_easy = "Real money for a few taps is bait. It is not a real job.",
    flag_daily = "Pay this high for easy work is too good to be true.",
    flag_move = "Moving you to a private app makes it harder to report them.",

    -- the chat
    coach_name = "Coach Vivian",
    telegram_app = "Telegram",
    v_welcome = "Welcome! Like these 3 videos and send me screenshots 😊",
    v_paid = "Well done! RM30 is in your e-wallet now 😄",
    v_vip = "Now the VIP tasks. Pay RM100 first, get RM130 back in 10 minutes.",
    r_pay_vip = "OK! RM100 sent.",
    r_pay_vip_fb = "The first RM30 was paid to win your trust. Paying to get paid is "
      .. "the trap.",
    r_never_pay = "A real job never asks me to pay. I'm out.",
    r_never_pay_fb = "Yes. A job pays you. You never pay to work.",
    v_combo = "You got RM130 back! Next is a combo task. Pay RM1,000 first.",
    v_negative = "Oh no, your balance is negative. Pay RM2,500 to unlock your money.",
    r_pay_unlock = "OK, I'll pay so I get it all back.",
    r_pay_unlock_fb = "Each payment leads to a new \"fee\". The money on the screen is "
      .. "not real.",
    r_stop_report = "No. I'm not paying more. I'm reporting this.",
    r_stop_report_fb = "Right. Stop, keep the chat, and call your bank and the scam "
      .. "line.",
    v_group = "Everyone in our group earns! Look at their screenshots 😎",
    r_group_ok = "OK, if they earn, it must be real.",
    r_group_ok_fb = "The group can be full of fake accounts. Screenshots are easy to "
      .. "make.",
    r_still_no = "Still no. I'm blocking you.",
    r_still_no_fb = "Good. Block and report the account.",
    v_gone = "(Coach Vivian has left the chat.)",

    -- Ravi and the "recovery" offer
    ravi_title = "Ravi said yes",
    ravi_text = "Your friend Ravi did the tasks. He paid in again and again. Now "
      .. "RM3,600 is gone. He feels ashamed. It is not his fault: the trap is built "
      .. "to fool people.",
    recovery_question = "Then Ravi gets this: \"We are Asset Recovery Team. We can "
      .. "get your RM3,600 back. Fee: RM500.\" What should he do?",
    recovery_pay = "Pay the fee to get the money back",
    recovery_pay_fb = "This is a second scam. No one can promise your money back for "
      .. "a fee.",
    recovery_free = "Call the scam line and his bank. Their help is free.",
    recovery_free_fb = "Yes. Real help never charges a fee. Keep the chat as proof.",
    recovery_login = "Give them his bank login so they can check",
    recovery_login_fb = "Never share a bank login. They could take what is left.",

    -- safe or scam
    sort_question = "Real job or scam?",
    app_facebook = "Facebook",
    tiktok_app = "TikTok",
    cafe_from = "Kopi Corner Ipoh",
    time_cafe = "2 h",
    cafe_text = "Part-time barista wanted. Weekends, RM9 an hour. Come in for a "
      .. "chat with the manager.",
    why_cafe = "A real shop, a normal wage, and you meet in person. You pay nothing.",
    like_from = "@easy.cash.daily",
    time_like = "5 h",
    like_text = "Like & subscribe, earn RM500 a day! No experience. DM me now!",
    why_like = "Big pay for likes is the task trap. DMs lead to a private chat.",
    review_number = "+60 17-285 0946",
    time_1433 = "Today 14:33",
    sms_review = "Rate hotels from home! Top up RM200 to open your account, then earn "
      .. "daily.",
    why_review = "A job that needs you to top up first is a scam.",
    shop_from = "Kedai Buku Ceria",
    time_shop = "1 d",
    shop_text = "We're hiring a weekend cashier. Apply at our shop counter with your "
      .. "IC. Training given.",
    why_shop = "A known shop, a real counter, training given. Nothing to pay.",

    signs_question = "Which are signs of a task scam?",
    sign_pay_in = "You must pay in to unlock your pay",
    sign_pay_in_fb = "Yes. A real job never asks you to pay to get paid.",
    sign_unasked = "A job offer you never applied for",
    sign_unasked_fb = "Yes. Surprise offers by text are a common start.",
    sign_payslip = "A shift plan and a payslip",
    sign_payslip_fb = "These are normal for a real job.",
    sign_tiny_task = "Big pay for likes or reviews",
    sign_tiny_task_fb = "Yes. Too good to be true.",

    take_work_pays = "A real job pays you. It never asks you to pay first.",
    take_bait = "Small early payouts are bait. Stop before you pay in.",
    take_recovery = "No one can charge a fee to get your money back. Real help is free.",
  },

  l16_is_that_really_you = {
    title = "Is that really you?",
    summary = "Copied voices and faces that ask for money.",
    guide_aim = "Check a money request even when the voice or face is one you know.",
    guide_practise = "Answering a call in a cousin's copied voice, choosing a family "
      .. "code word, finding the red flags in an investment ad with a famous face, "
      .. "sorting real and fake posts.",
    guide_prompt_1 = "What word could your family use as a code word?",
    guide_prompt_2 = "Why do these calls always ask you to hurry and keep it secret?",
    guide_prompt_3 = "How could you check an ad that shows a famous person?",

    intro_title = "Is that really you?",
    intro_text = "Computers can now copy a person's voice and face. A short video "
      .. "online can be enough. Simple checks still work. Let's practise them.",

    -- the call
    caller_number = "+60 11-2294 7730",
    call_app = "Phone call",
    s_hi = "(A voice just like your cousin Siti's) Hi, it's me, Siti! This is my new "
      .. "number.",
    s_accident = "I hit a car by accident. I must pay RM1,500 now, or they call the "
      .. "police.",
    s_hurry = "Please send it fast. And don't tell Mum, OK?",
    r_send = "Oh no! OK, I'll send it now.",
    r_send_fb = "It sounds like her, but a voice can be copied. Check first, even when "
      .. "you feel worried.",
    r_call_back = "I'll hang up and call your usual number.",
    r_call_back_fb = "Yes. Call her on the number you already have. The real Siti "
      .. "will answer.",
    r_code_word = "What's our family code word?",
    r_code_word_fb = "Good. A word only your family knows is hard to copy.",
    s_more = "Thank you! Oh no, they want RM1,000 more.",
    r_send_more = "OK, I'll send more.",
    r_send_more_fb = "More requests are a sign of a scam. It is never too late to stop "
      .. "and check.",
    r_check_now = "Wait. I'm calling your old number first.",
    r_check_now_fb = "Right. Then call your bank and the scam line about the money you "
      .. "sent.",
    s_phone_broken = "No! My old phone is broken. There's no time!",
    r_ok_send = "OK, OK. I'll send it.",
    r_ok_send_fb = "The rush is part of the trick. A few minutes to check is always OK.",
    r_call_mum = "Then I'll call Mum and check with her.",
    r_call_mum_fb = "Right. Check with another family member you trust.",
    s_forgot = "I forgot it! Please, I'm scared. Just send it!",
    r_no_word = "No code word, no money. I'm calling you back.",
    r_no_word_fb = "Well done. The real Siti will understand.",
    call_ended = "(Call ended.)",

    real_title = "The real Siti",
    real_text = "You call Siti's usual number. She answers from work. She is fine. "
      .. "She never called you. Someone copied her voice from her videos online.",

    code_title = "A family code word",
    code_text = "Agree on a secret word with your family, face to face. Never post it "
      .. "or text it. If a call asks for money, ask for the word.",
    code_question = "Which is a good family code word?",
    code_birthday = "Siti's birthday",
    code_birthday_fb = "Birthdays are often online. A stranger could find it.",
    code_secret_word = "A funny word we chose together, like \"purple mango\"",
    code_secret_word_fb = "Yes. Random words that were never posted are hard to guess.",
    code_post = "A word we share in the family group chat",
    code_post_fb = "Chats can be hacked. Agree on the word face to face.",

    -- the ad
    flags_title = "Find the red flags",
    flags_text = "This ad uses a famous face. Tap the parts that look suspicious.",
    app_facebook = "Facebook",
    ad_from = "Sponsored",
    ad_time = "Ad",
    ad_text = "{famous|Singer Lara Aziz}: \"I made RM50,000 in one week with "
      .. "QuantumProfit AI!\" {guarantee|No risk, guaranteed profit.} {rush|Only 20 "
      .. "places left today.} {link|Join: qprofit-ai.co}",
    flag_famous = "A famous face proves nothing. The video or quote may be fake.",
    flag_guarantee = "No real investment is without risk. \"Guaranteed\" is a lie.",
    flag_rush = "A rush stops you from checking.",
    flag_link = "A strange link, not a licensed company you can check.",

    -- safe or scam
    sort_question = "Real or fake?",
    youtube_app = "YouTube",
    instagram_app = "Instagram",
    leader_from = "Money News Today",
    time_leader = "Ad",
    leader_text = "VIDEO: A top minister says \"Put in RM1,000, get RM10,000 back in a "
      .. "month!\" Sign up now.",
    why_leader = "Leaders don't sell quick profits in ads. This video is likely fake.",
    singer_from = "Lara Aziz ✓",
    time_singer = "3 h",
    singer_text = "My new song comes out on Friday! Thank you for waiting 😊",
    why_singer = "A singer posting about her own song on her own page. Nothing to pay.",
    news_from = "City News",
    time_news = "1 d",
    news_text = "Fake videos of famous people are used in investment ads. Check "
      .. "before you pay.",
    why_news = "A warning that asks for nothing. Good advice.",
    newnum_number = "+60 16-704 1193",
    newnum_1 = "It's me, Siti! This is my new number 😊",
    newnum_2 = "Can you pay a bill for me? RM800. Don't call, I'm in a meeting.",
    why_newnum = "A new number, money, and \"don't call\". Call her old number to "
      .. "check.",

    video_question = "How can you tell if a video of a famous person is real?",
    video_look = "Look closely at the face and lips",
    video_look_fb = "Fakes are getting very good. You often can't tell by looking.",
    video_source = "Check their official page or the real news",
    video_source_fb = "Yes. Check where it came from. Famous people don't sell secret "
      .. "profits in ads.",
    video_likes = "Trust it if it has many likes",
    video_likes_fb = "Likes and comments can be bought or faked.",

    checks_question = "Which checks still work when voices can be copied?",
    check_call_back = "Call back on a number I already have",
    check_call_back_fb = "Yes. The real person answers their real phone.",
    check_code_word = "Ask for our family code word",
    check_code_word_fb = "Yes. A copy can't know a word that was never posted.",
    check_sounds_right = "The voice sounds exactly right",
    check_sounds_right_fb = "A copied voice can sound exactly right. The sound proves "
      .. "nothing.",
    check_ask_someone = "Ask someone I trust first",
    check_ask_someone_fb = "Yes. A calm second opinion helps.",

    take_copied = "A voice or a face can be copied. A money request always needs a "
      .. "check.",
    take_check = "Hang up and call back on a number you know. Use a family code word.",
    take_famous = "Famous faces in investment ads are often fake.",
  },

  l17_apps_and_qr = {
    title = "Is that app safe?",
    summary = "App files and QR codes sent in chats.",
    guide_aim = "Install apps only from the official store, and know that no QR code "
      .. "pays you.",
    guide_practise = "Sorting messages with app files, finding the red flags in a "
      .. "refund message, answering the phone's install warning, helping a friend who "
      .. "installed a file, answering a buyer who sends a QR code.",
    guide_prompt_1 = "Have you seen a message with a file that ends in .apk? What did "
      .. "it promise?",
    guide_prompt_2 = "What should someone do first if they installed a strange app?",
    guide_prompt_3 = "Why do you never need to scan a QR code to receive money?",

    intro_title = "Is that app safe?",
    intro_text = "Some scam messages send an app file, not a link. Once installed, it "
      .. "can read your messages and your codes. Let's practise keeping your phone "
      .. "safe.",

    -- safe or scam
    sort_question = "Safe or scam?",
    time_0930 = "Today 09:30",
    time_1045 = "Today 10:45",
    parcel_number = "+60 11-5280 3316",
    sms_parcel = "PosExpress: We missed you. Install our tracking app to get your "
      .. "parcel: PosExpress_Track.apk",
    why_parcel = "A file ending in .apk is an app. Real couriers use the official app "
      .. "store, not files in texts.",
    bank_name = "MyBank",
    sms_bank = "MyBank: Our app is only in the official app store. We never send "
      .. "app files in texts or chats.",
    why_bank = "A reminder that asks for nothing. Banks send these.",
    wedding_number = "+60 13-884 2051",
    wedding_1 = "You're invited to our wedding! 😍",
    wedding_2 = "Open the card here: Wedding_Card.apk",
    why_wedding = "A wedding card is a picture, not an app. An .apk file can take "
      .. "over your phone.",
    friend_name = "Daniel",
    friend_1 = "Found a fun quiz game 😄",
    friend_2 = "It's in the app store, search \"Brain Buddies\"",
    why_friend = "A friend you know, sending you to the official store. No file, no "
      .. "link.",

    -- the refund message
    flags_title = "Find the red flags",
    refund_number = "+60 17-661 2094",
    time_1512 = "Today 15:12",
    sms_refund = "{refund|You have a RM350 refund!} {file|Install Refund_Claim.apk to "
      .. "get it.} {allow|Tap Allow on every pop-up.} {rush|Offer ends tonight.}",
    flag_refund = "Surprise money you never asked for is bait.",
    flag_file = "An app file from a text can spy on your phone. Use the official "
      .. "app store only.",
    flag_allow = "Pop-ups ask for powers over your phone. Tapping Allow gives them "
      .. "away.",
    flag_rush = "A deadline rushes you, so you don't stop to check.",

    warning_question = "You tapped an app file by mistake. Your phone says: \"For "
      .. "your security, your phone can't install unknown apps from this source.\" "
      .. "What do you tap?",
    warning_settings = "Settings, to allow it",
    warning_settings_fb = "That switch lets the file in. Leave it off.",
    warning_cancel = "Cancel, then delete the file",
    warning_cancel_fb = "Yes. Your phone just protected you.",
    warning_once = "Allow it just this once",
    warning_once_fb = "Once is enough for a harmful app to get in.",

    installed_question = "Daniel installed an app from a chat. Now his phone acts "
      .. "strange. What should he do first?",
    installed_wait = "Wait and see what happens",
    installed_wait_fb = "The app may be reading his codes now. Acting fast is better.",
    installed_offline = "Turn off data and Wi-Fi, then call his bank from another "
      .. "phone",
    installed_offline_fb = "Yes. Offline, the app can't send his data. Then a phone "
      .. "shop can help reset the phone.",
    installed_login = "Open his bank app to check his money",
    installed_login_fb = "Not on that phone: the app may see his password. Call the "
      .. "bank from another phone.",

    qr_title = "QR codes",
    qr_text = "A QR code can open a website, log in to an account or make a payment. "
      .. "Scan codes only from shops and people you trust. You never scan a code to "
      .. "receive money.",

    -- the buyer
    buyer_name = "Buyer: Jack",
    marketplace_app = "Marketplace",
    b_hi = "Hi! I want your old phone. RM400 OK?",
    b_qr = "I'll pay now. Scan my QR code to receive the money 😊",
    r_scan_pin = "OK, scanning now. It asks for my PIN.",
    r_scan_pin_fb = "Scanning and typing your PIN sends money out, not in. Money in "
      .. "never needs your PIN.",
    r_my_qr = "No thanks. Here is my own QR code. You pay me.",
    r_my_qr_fb = "Yes. The buyer pays you. You never scan to receive.",
    r_scan_only = "I'll scan it, but I won't type my PIN.",
    r_scan_only_fb = "Still risky: a code can open a fake login page. Share your own "
      .. "QR instead.",
    b_push = "Your QR doesn't work for me. Just scan mine, it's faster!",
    r_ok_scan = "OK, I'll scan yours.",
    r_ok_scan_fb = "A real buyer can pay you another way. Pushing you to scan is the "
      .. "trick.",
    r_still_my_qr = "Then pay by bank transfer to my account.",
    r_still_my_qr_fb = "Right. There are safe ways to get paid. You choose them.",
    b_gone = "(Jack has left the chat.)",

    habits_question = "Which habits keep your phone safe?",
    habit_store = "Install apps only from the official app store",
    habit_store_fb = "Yes. Store apps are checked. Files from chats are not.",
    habit_unknown_off = "Keep \"install unknown apps\" switched off",
    habit_unknown_off_fb = "Yes. That switch is your phone's guard.",
    habit_friend_files = "Open app files if a friend sent them",
    habit_friend_files_fb = "A friend's account can be hacked. An app file in a chat "
      .. "is never safe.",
    habit_qr_trusted = "Scan QR codes only from places I trust",
    habit_qr_trusted_fb = "Yes. And never to receive money.",

    take_store = "Install apps only from the official app store. Never a file from "
      .. "a chat.",
    take_qr = "You never scan a QR code to receive money.",
    take_offline = "Installed something strange? Go offline, and call your bank from "
      .. "another phone.",
  },

  l18_fake_picture = {
    title = "A fake picture is not your fault",
    summary = "Help a friend threatened with a fake picture.",
    guide_aim = "Support a friend threatened with a fake nude picture, without blame.",
    guide_practise = "Answering a friend with belief and care, choosing not to pay or "
      .. "reply, choosing the next step, learning about removal services and their "
      .. "limits, sorting the messages she gets afterwards.",
    guide_prompt_1 = "What kind words help when a friend tells you something like "
      .. "this?",
    guide_prompt_2 = "Why is a fake picture never the fault of the person in it?",
    guide_prompt_3 = "Who could a young person here tell, and how could they report "
      .. "it?",

    intro_title = "A friend needs you",
    intro_text = "In this lesson, a friend gets a threat about a fake picture. There "
      .. "are no pictures, and you can stop at any time.",

    fake_title = "Fake pictures",
    fake_text = "Some apps can turn a normal photo into a fake naked picture. The "
      .. "person in the photo did nothing wrong. The fault is with whoever made it.",

    -- the chat
    friend_name = "Farah",
    f_can_i_show = "Can I tell you something? I feel sick 😞",
    f_fake = "Someone made a fake naked picture of me, from my profile photo. I never "
      .. "sent anything like that!",
    f_threat = "They say pay RM300 tonight, or they send it to everyone I know 😭",
    r_believe = "I believe you. It's fake, and it's not your fault.",
    r_believe_fb = "Yes. She did nothing wrong. The person making threats is the one "
      .. "doing wrong.",
    r_why_post = "Why do you post photos online?",
    r_why_post_fb = "Posting normal photos is fine. Blame makes people hide. The fault "
      .. "is with whoever made the fake.",
    r_send_me = "Send it to me so I can see.",
    r_send_me_fb = "No need to see it. Sharing it spreads it. She is under 18, so "
      .. "nobody should ever share it.",
    f_pay = "Should I just pay? Then they'll stop, right?",
    r_no_pay = "Don't pay. Paying rarely makes them stop.",
    r_no_pay_fb = "Right. They often ask again, even from new numbers.",
    r_pay = "Maybe pay, so it ends.",
    r_pay_fb = "Paying shows them she will pay. They usually ask for more.",
    f_answer = "Should I tell them it's fake? Argue with them?",
    r_argue = "Yes, tell them off!",
    r_argue_fb = "Arguing keeps them talking and pushing. It is OK to stop replying.",
    r_stop_save = "Stop replying. Save the messages and their account name.",
    r_stop_save_fb = "Yes. Keep proof of the threat. Don't forward the picture itself.",
    f_nobody = "I don't want anyone to know 😢",
    r_secret = "OK, it stays between us.",
    r_secret_fb = "A secret leaves her alone with this. A trusted adult can act fast.",
    r_trusted = "Let's tell an adult you trust, together. We can call a helpline too.",
    r_trusted_fb = "Good. She does not have to face this alone.",
    f_thanks = "OK. Thank you for believing me ❤",

    step_question = "Farah saved the messages. What should she do next?",
    step_report = "Report the account and the picture in the app, then block",
    step_report_fb = "Yes. Big apps ban fake nude pictures. A report helps them "
      .. "remove it. Blocking stops the messages.",
    step_post = "Post that the picture is fake, so everyone knows",
    step_post_fb = "That can bring more eyes to it. A quiet report works better.",
    step_delete_all = "Delete all her accounts and disappear",
    step_delete_all_fb = "She does not have to hide. She did nothing wrong. Report and "
      .. "block first.",

    remove_title = "Help to remove it",
    remove_text = "Services such as Take It Down (under 18) and StopNCII (18 and over) "
      .. "can help stop copies being shared. They work only on apps that take part. A "
      .. "helpline can help you use them.",

    -- the inbox
    inbox_question = "Farah gets these messages. Safe or scam?",
    num_new = "+60 11-4820 6613",
    time_a = "Mon 22:15",
    msg_new_number = "New number. Last chance. Pay RM500 or everyone sees it.",
    why_new_number = "The same threat from a new number. Don't reply or pay. Save it, "
      .. "report and block.",
    name_friend = "Aina",
    time_b = "Tue 16:40",
    msg_friend = "Hey, I'm here for you. No questions. Walk home together? ❤",
    why_friend = "A friend who cares. No demands.",
    num_removal = "+60 17-390 5521",
    time_c = "Wed 11:05",
    msg_removal = "Cyber Clean Team: We can delete your picture from the whole "
      .. "internet. Fee: RM250.",
    why_removal = "Nobody can wipe the whole internet for a fee. Real removal help is "
      .. "free.",
    name_app = "ChatMe Safety",
    time_d = "Thu 09:30",
    msg_report = "Thanks for your report. We removed the post and the account. If you "
      .. "see it again, report it again.",
    why_report = "A reply to her own report. It asks for nothing and gives a real next "
      .. "step.",

    end_title = "You are not alone",
    end_text = "If this happens to you: it is not your fault. A fake picture says "
      .. "nothing about you. Help is there. Tap Get help to see who you can call.",

    take_not_fault = "A fake picture is never your fault. The person making threats is "
      .. "doing wrong.",
    take_steps = "Don't pay, don't reply, don't forward it. Save the messages, report "
      .. "and block.",
    take_help = "Tell an adult you trust. A helpline and removal services can help.",
  },

  l19_secret_friend = {
    title = "A friend who wants secrets",
    summary = "Spot grooming, and help a younger cousin.",
    guide_aim = "Spot the signs of grooming, and help a younger person calmly and "
      .. "without blame.",
    guide_practise = "Finding the warning signs in a game friend's messages, talking "
      .. "with a 14-year-old cousin kindly, recalling the signs, choosing what helps.",
    guide_prompt_1 = "Why might someone online ask a young person to keep secrets?",
    guide_prompt_2 = "How can you listen to a young person without making them feel "
      .. "blamed?",
    guide_prompt_3 = "Which trusted adults can young people here go to?",

    intro_title = "A friend who wants secrets",
    intro_text = "Some adults pretend to be young online, to get close to children. "
      .. "They are kind at first. This lesson shows the signs and how to help. There "
      .. "are no pictures, and you can stop at any time.",

    story_title = "Nurul's new friend",
    story_text = "Your cousin Nurul is 14. She loves an online game. A player called "
      .. "Kai_17 is always kind to her. She shows you their chat.",

    -- Kai's messages
    flags_title = "Find the warning signs",
    flags_text = "Kai_17 sent these to Nurul. Tap the parts that worry you.",
    kai_name = "Kai_17",
    kai_1 = "You're so mature for 14 😊 {special|Nobody gets you like I do.}",
    kai_2 = "{gift|I sent you 500 gems as a gift!} {secret|Don't tell your mum about "
      .. "us, she won't understand.}",
    kai_3 = "{private|Let's chat on another app, just us.} {meet|Can we meet on "
      .. "Saturday? Come alone.}",
    flag_special = "Making her feel only he understands her pulls her away from family "
      .. "and friends.",
    flag_gift = "Gifts can make a young person feel they owe something back.",
    flag_secret = "A safe friend never asks a child to keep secrets from parents.",
    flag_private = "A private app hides the chat from the game's safety team and from "
      .. "family.",
    flag_meet = "Meeting someone known only online, alone, is never safe for a "
      .. "14-year-old.",

    -- the chat with Nurul
    cousin_name = "Nurul",
    n_best_friend = "Kai is my best friend! You won't tell Mum, right? 😟",
    r_angry = "What?! That's so silly. Block him now!",
    r_angry_fb = "She might stop talking to you. She did nothing wrong. Calm words "
      .. "keep her talking.",
    r_calm = "I'm glad you showed me. Some things he says worry me.",
    r_calm_fb = "Yes. Staying calm and kind helps her keep talking to you.",
    n_like_what = "Like what? He's really nice to me.",
    r_maybe_ok = "Maybe it's fine, if he's really 17.",
    r_maybe_ok_fb = "Even a real 17-year-old should not ask a 14-year-old for secrets "
      .. "or to meet alone.",
    r_signs = "A real friend doesn't ask you to keep secrets from Mum, or to meet alone.",
    r_signs_fb = "Right. Secrets and meeting alone are warning signs, even from someone "
      .. "nice.",
    n_sad = "But he'll be sad if I stop talking to him.",
    r_adult = "You're not in trouble. Let's tell your mum together, and report him.",
    r_adult_fb = "Yes. A trusted adult can keep her safe. She is not in trouble.",
    r_keep_secret = "OK, I won't tell anyone.",
    r_keep_secret_fb = "The secret leaves her alone with this. A trusted adult needs to "
      .. "know.",
    n_unsure = "Really? I don't know...",
    r_adult_after = "Actually, I'm worried. Let's tell your mum together. You're not in "
      .. "trouble.",
    n_thanks = "OK... Thank you for not being angry with me.",

    signs_question = "Which are warning signs of grooming?",
    sign_secrets = "Asks her to keep secrets from family",
    sign_secrets_fb = "Yes. Secrets stop adults from seeing what is going on.",
    sign_gifts = "Gives gifts, like game gems",
    sign_gifts_fb = "Yes. Gifts can make her feel she owes him.",
    sign_game_talk = "Chats about the game they both play",
    sign_game_talk_fb = "Talking about a game is normal. Watch for secrets, gifts and "
      .. "pressure.",
    sign_meet_alone = "Asks to meet alone",
    sign_meet_alone_fb = "Yes. This is a serious sign. Tell an adult now.",

    helps_question = "Nurul and her mum want to stop this. What helps most?",
    helps_goodbye = "Nurul meets Kai once, to say goodbye",
    helps_goodbye_fb = "Never meet him. He may not be who he says he is.",
    helps_report = "Save the chat, report Kai in the game, then block him",
    helps_report_fb = "Yes. A report helps the game stop him. Her mum or a helpline "
      .. "can also tell the police.",
    helps_delete = "Delete the chat and forget it",
    helps_delete_fb = "The chat is proof. Save it first, then report and block.",

    end_title = "If it happens to you",
    end_text = "If someone online makes you feel uneasy, you can stop replying at any "
      .. "time. You are not in trouble for telling. Tell an adult you trust, or tap "
      .. "Get help.",

    take_signs = "Secrets, gifts, private apps and meeting alone are warning signs.",
    take_calm = "Stay calm and kind. The young person is never to blame.",
    take_tell = "Tell a trusted adult. Save the chat, report and block.",
  },
}
