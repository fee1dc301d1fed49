-- English texts of lesson L13 (Spot-check). Malaysia: RM, +60 numbers.
-- PosExpress, MyBank, CoinRiseX and the shops are invented names.
return {
  l13_spot_check = {
    title = "Spot-check",
    summary = "A quick mixed quiz to review all the lessons.",

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
    job_no_visa = "A free flight, and \"no work visa needed\"",
    job_no_visa_fb = "Real work abroad needs a work visa. A free ticket is bait.",
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
    romance_no = "Don't send money. Ask for a live video call, and talk to someone "
      .. "you trust.",
    romance_no_fb = "Yes. A real partner can meet you on video and doesn't need "
      .. "your money.",

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
  },
}
