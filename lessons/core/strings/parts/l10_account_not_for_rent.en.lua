-- English texts of lesson L10 (Your account isn't for rent). Malaysia: RM, +60 numbers.
-- The penalties are Malaysia's (research/lessons.md 2.8).
return {
  l10_account_not_for_rent = {
    title = "Your account isn't for rent",
    summary = "Say no to \"easy money\" for your bank account.",

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

    wallet_friend = "Danish",
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

    chat_name = "Hafiz",
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
    chat_gone = "(Hafiz has stopped replying.)",

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

    gave_question = "Amir gave his ATM card to a \"boss\" last week. Now he is "
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
}
