-- English texts of lesson L12 (Where to get help). Malaysia: RM.
-- No help-line numbers here: the kiosk shows them from its country configuration.
return {
  l12_where_to_get_help = {
    title = "Where to get help",
    summary = "Know who to call, what to keep, and why to be fast.",

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

    ch_question = "Nurul, 16, gets threats from someone online who wants money. "
      .. "She is scared to tell her parents. Who can she talk to?",
    ch_pay = "Nobody. She should pay so it stops.",
    ch_pay_fb = "Paying rarely stops threats. She deserves help, not more pressure.",
    ch_secret = "Nobody. She should keep it secret.",
    ch_secret_fb = "She should not carry this alone. It is not her fault.",
    ch_helpline = "A child and youth helpline",
    ch_helpline_fb = "Yes. They listen without judging and help her with the next "
      .. "steps.",

    bk_question = "Wei Jie's phone was stolen, with his banking app on it. Who "
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
}
