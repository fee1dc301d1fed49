-- English texts of lesson L11 (Fast cash, heavy cost). Malaysia: RM, +60 numbers.
-- DanaKilat is an invented lender name.
return {
  l11_fast_cash = {
    title = "Fast cash, heavy cost",
    summary = "Spot fake loan apps before they trap you.",

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

    harassed_question = "Sara's loan app is messaging her friends. She feels ashamed. "
      .. "What should she do?",
    harassed_pay = "Pay whatever they ask so it stops",
    harassed_pay_fb = "Paying rarely stops it. They often come back and ask for more.",
    harassed_hide = "Keep it secret and hope it stops",
    harassed_hide_fb = "She is not to blame, and she does not have to face this alone.",
    harassed_report = "Save the messages, report them, and warn her friends",
    harassed_report_fb = "Yes. Saved messages help the police. The shame belongs to "
      .. "the lender, not to Sara.",

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
}
