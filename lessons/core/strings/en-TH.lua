-- English texts for a kiosk in Thailand (issue 13, "language is not country"): en.lua is
-- set in Malaysia, so an English-reading learner at a Thai kiosk gets Thai scam texts
-- here: the messages of L01, L02, L10 and L11 come from Thai numbers (+66), name the
-- made-up Thai bank and courier of th.lua (SabaiBank, SongDee Express), ask for baht
-- with the amounts the Thai texts use, and say OTP (Thai banks' word) instead of TAC.
-- L04's job trap is set as th.lua sets it (a job "in Malaysia", reached through Kuala
-- Lumpur), its amounts in baht and its real hotel job with social security, not
-- Malaysia's EPF and SOCSO. L10 does not quote Malaysia's mule law here
-- (research/lessons.md has none for Thailand): it says what th.lua says, that the owner
-- can be questioned, the account frozen and a criminal case brought. Everything not here is read from en.lua (strings/LANG-CC.lua over
-- strings/LANG.lua; lessons/API.md).
return {
  l01_message_real = {
    bank_name = "SabaiBank",
    sms_bank_spend = "SabaiBank: You spent 350.00 baht at City Books on your card ending 4471. "
      .. "Not you? Call the number on the back of your card.",
    why_bank_spend = "It asks for nothing and tells you to call the number on your card. The name "
      .. "SabaiBank alone would not prove it is real: names can be faked.",
    parcel_number = "+66 81 293 8441",
    sms_parcel = "SongDee Express: Your parcel is on hold. Pay 19 baht within 24 hours or it "
      .. "will be returned: songdee-th.co/pay",
    prize_number = "+66 95 552 0183",
    sms_prize = "CONGRATS! You won 50,000 baht in our lucky draw! Claim now before midnight: "
      .. "bit.ly/win-50000",
    sms_bank_code = "SabaiBank: Your code is 482913. It expires in 3 minutes. Never share this "
      .. "code with anyone, not even bank staff.",
    sms_bank_locked = "SabaiBank: Your account is locked for your safety. Log in within 1 hour "
      .. "to keep it open: sabaibank-secure.co/login",
    why_bank_locked = "It shows SabaiBank's name, and it can even land in your bank's real chat. "
      .. "Names can be faked. The rush and the link give it away: open your bank's app yourself.",
    parcel_number_flag = "{sender|+66 81 293 8441}",
    sms_parcel_flags = "SongDee Express: Your parcel is on hold. {fee|Pay 19 baht} "
      .. "{deadline|within 24 hours} or it will be returned: {link|songdee-th.co/pay}",
    flag_fee = "A small fee makes you pay without thinking. They want your card details, not "
      .. "the 19 baht.",
    chat_more_money = "Btw can you lend me 1,500 baht? I'll pay you back tomorrow",
  },
  l02_never_share_code = {
    bank_contact = "SabaiBank Support",
    bank_name = "SabaiBank",
    bank_transfer = "SabaiBank fraud team here. Someone is taking 20,000 baht from your card "
      .. "ending 4471!",
    reward_number = "+66 92 338 9120",
    sms_frozen = "SabaiBank: Your account is frozen. Reply with the 6-digit OTP we sent you "
      .. "to unlock it today.",
    sms_notice = "SabaiBank: We will never call, text or message you to ask for your OTP, "
      .. "PIN or password. If anyone does, stop and call us.",
    sms_reward = "Congrats! You have an 500 baht reward in your e-wallet Our agent will call "
      .. "you. Give them the code we send to claim it.",
    sms_tac = "SabaiBank: Your OTP is 604118 to send 500.00 baht to SUDA JAINGAM. Never "
      .. "share this OTP with anyone.",
    why_frozen = "It shows SabaiBank's name, but names can be faked, even inside your bank's "
      .. "real chat. A bank never asks you to send a code back.",
  },
  l04_dream_job = {
    ad_text = "★ HIRING NOW ★ Customer service staff in Malaysia. {pay|Salary 50,000 baht a "
      .. "month}, {easy|no experience needed, just typing}. Free flight and hotel! {visa|No "
      .. "contract or work visa needed: come as a tourist.} {contact|Apply on Telegram only: "
      .. "@nuvaro_hr}. Only 5 places left!",
    agency_text = "Hotel jobs in Dubai. Pay AED 2,500 a month. The employer pays your work "
      .. "visa and flight. You sign a contract before you go. Come to our office in Bangkok. "
      .. "No fees for workers.",
    chat_change = "Small change: you fly to Kuala Lumpur, then a car takes you across the "
      .. "border to our new office.",
    chat_fee = "Pay 10,000 baht for training first. We will keep your passport safe for you.",
    chat_intro_text = "You ask about the Malaysia job from the ad. A recruiter answers on "
      .. "Telegram. Choose your replies.",
    chat_no_contract = "Contract you sign when you arrive. Don't worry, many people like you "
      .. "work with us.",
    chat_send_more = "Great! Also send 3,000 baht for the hotel, OK? 😊",
    fee_from = "Japan Jobs Fast",
    fee_text = "Factory jobs in Japan! Pay 35,000 baht processing fee to book your place. "
      .. "Visa ready in 3 days. Limited slots, pay today!",
    hotel_text = "We are hiring front desk staff. 13,000 baht a month plus social security. "
      .. "Walk-in interview at our hotel, Mon to Fri, 10am to 4pm. We never ask for any "
      .. "payment.",
    typing_text = "Easy typing job abroad ✈ Earn 60,000 baht a month! We pay your ticket. "
      .. "Just go as a tourist, we settle the rest. DM me now!",
  },
  l10_account_not_for_rent = {
    bank_name = "SabaiBank",
    chat_offer = "Want 6,000 baht? Just lend me your bank account for one month. No work!",
    open_number = "+66 82 415 7730",
    rent_post_from = "Easy Cash TH",
    rent_post_text = "Earn 5,000 baht a week from home! Just rent us your bank account. No "
      .. "work, no risk. DM now!",
    risk_charge_fb = "Yes. The police can question the account owner, the bank can freeze "
      .. "the account, and the owner can face a criminal case.",
    shop_from = "Yim Yaem Books",
    shop_text = "We're hiring! Part-time cashier, 50 baht an hour. Come to the shop for an "
      .. "interview. Pay goes into your own bank account.",
    sms_bank_card = "SabaiBank: Your new debit card was posted to your home address. Never "
      .. "give your card or PIN to anyone.",
    sms_open = "Get 2,000 baht! Open a new bank account, then give us the card and PIN. We "
      .. "handle the rest.",
    wallet_2 = "Then you send it on to me. I'll give you 500 baht 😎",
  },
  l11_fast_cash = {
    bank_name = "SabaiBank",
    instant_number = "+66 94 318 2206",
    offer_number_flag = "{sender|+66 89 552 0417}",
    release_number = "+66 61 207 8853",
    sms_bank_approved = "SabaiBank: Your personal loan of 20,000 baht is approved. You pay "
      .. "950 baht a month for 24 months. See details in the SabaiBank app.",
    sms_bank_reminder = "SabaiBank: Your loan payment of 950 baht is due on 5 June. Pay in "
      .. "the SabaiBank app. Questions? Call the number on your card.",
    sms_instant = "Need cash? 20,000 baht in 5 minutes! No ID, no checks. Reply YES now!",
    sms_offer_flags = "DanaKilat: Get 10,000 baht today! {fee|First pay a 500 baht "
      .. "processing fee}. Only {interest|2% interest a day}, {term|pay back in 7 days}. Get "
      .. "the app: {link|danakilat-pinjam.apk}",
    sms_release = "Your 10,000 baht loan is ready! Transfer 700 baht \"insurance\" today to "
      .. "release it.",
    sms_threat = "You are LATE! Pay 3,000 baht today or we message all your contacts. Police "
      .. "will arrest you tonight!",
    threat_number = "+66 86 730 1149",
  },
}
