-- English texts of lesson L03 (Lock your accounts). Malaysia. Nobody types a password:
-- the passwords below are examples to choose between.
return {
  l03_lock_accounts = {
    title = "Lock your accounts",
    summary = "Strong passwords and a second lock.",

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
    why_fake_delete = "A free e-mail address, a deadline and a link that asks for your "
      .. "password. Open the app yourself instead.",
    sms_changed = "ChatMe: Your password was changed today at 14:10. Not you? Open the "
      .. "app and tap \"Secure my account\".",
    why_changed = "It tells you what happened and sends you to the app, not to a link.",
    friend_name = "Mei Ling",
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
}
