-- English texts of lesson L02 (Never share the code). Malaysia: RM, +60 numbers, TAC.
return {
  l02_never_share_code = {
    title = "Never share the code",
    summary = "Keep one-time codes to yourself.",

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
    frozen_number = "+60 11-6203 7754",
    sms_frozen = "MyBank: Your account is frozen. Reply with the 6-digit TAC we sent you "
      .. "to unlock it today.",
    why_frozen = "A bank never asks you to send a code back. And a bank doesn't text "
      .. "from a personal mobile number.",
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
    bank_proof = "I'm Officer Farid, staff no. MB4471. I know your name and card number, "
      .. "so you can trust me.",
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
}
