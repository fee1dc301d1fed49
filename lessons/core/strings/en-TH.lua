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
-- L05-L09 and L12-L18 follow (issue 13): every ringgit amount in baht at th.lua's amounts,
-- th.lua's +66 numbers, SabaiBank and SongDee Express for MyBank and PosExpress, OTP for
-- TAC (L02's intro names OTP alone), Lina from Chiang Mai (not Penang) and L13's kitchen
-- job in Bangkok (not Shah Alam), its restaurant, café and shop Thai (Baan Suan Kitchen,
-- Baan Suan Coffee Chiang Mai, Jai Dee Books; not Restoran Selera Kita, Kopi Corner Ipoh,
-- Kedai Buku Ceria), and L03's new login in Chiang Mai (not Ipoh). L19 names nothing
-- Malaysian.
-- L04's real hotel job (social security, baht) is at th.lua's hotel in Chiang Mai (Rim Ping
-- Hotel, short enough for one line), not Hotel Seri Kenanga in Kuantan.
-- L15's weekend cashier brings an ID card, not a Malaysian IC.
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
    intro_text = "A one-time code (OTP) works like a key. Whoever has it can open your account or "
      .. "move your money. Let's practise keeping it safe.",
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
  l03_lock_accounts = {
    sms_login = "ChatMe: New login on a phone in Chiang Mai. Was this you? If not, open the "
      .. "ChatMe app and change your password.",
  },
  l04_dream_job = {
    hotel_from = "Rim Ping Hotel, Chiang Mai",
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
  l05_check_before_you_go = {
    -- "Encik" is Malay for "Mr": at a Thai kiosk the agent is th.lua's คุณเอก, Khun Ek.
    agency_question = "The agent, Khun Ek, says his agency is licensed. How do you make sure?",
    agent_name = "Khun Ek (agent)",
    fee_after_pay = "You paid. A week later, Khun Ek wants 20,000 baht more for \"training\". "
      .. "Debts like this can trap people. You stop paying and ask the labour office for advice.",
    fee_after_refuse = "You say no. Khun Ek agrees that the employer will pay. "
      .. "Paying nothing for your job is how it should be.",
    fee_question = "Khun Ek says: \"Pay 80,000 baht to get this job. Cash only, this week.\" "
      .. "What do you do?",
    msg_contract = "Here is your contract in your own language. Read it at home and ask me anything.",
    msg_no_contract = "No need for a contract. Trust me, I've sent many people.",
    passport_after_give = "Later, Khun Ek says you must pay off a \"debt\" before "
      .. "you get your passport back. Holding passports is a way to control people. "
      .. "Keep yours with you.",
    passport_question = "At the airport, Khun Ek says: \"Give me your passport. "
      .. "I'll keep it safe for you.\" What do you do?",
    sort_question = "Khun Ek sends more messages. Safe or scam?",
  },
  l06_if_someone_is_stuck = {
    c_passport = "They took our passports on the first day. Now they say I owe 150,000 baht for "
      .. "the ticket and food.",
  },
  l07_too_good_to_be_true = {
    day1_sorry = "Oh, so sorry! 😅 You seem kind. I'm Lina, from Chiang Mai.",
    day5_win = "Guess what, I made 20,000 baht this week with crypto 😎",
    day9_start = "Start small, just 3,000 baht. You can take it out any time 😊",
    day9_try = "OK, just 3,000 baht to try.",
    flag_msg_1 = "Dear client, your withdrawal of 52,600 baht is on hold.",
    flag_msg_2 = "First you must pay a {tax|20% tax (10,520 baht)} and an {audit|account audit "
      .. "fee}.",
    next_question = "Ravi has already paid 12,000 baht in fees. Now they want more. What should "
      .. "he do?",
    num_a = "+66 81-447-2109",
    num_b = "+66 92-338-0917",
    sms_crypto_tip = "My app made me 25,000 baht this month 😎 Start with 3,000 baht, I'll guide "
      .. "you!",
    yes_text = "Ravi got the same kind of chat and said yes. In three weeks his BitNara app "
      .. "showed 50,000 baht profit. Then he tried to take his money out.",
  },
  l08_love_or_script = {
    chat_hospital = "My mum is in hospital 😭 I need 20,000 baht today.",
    flag_msg_2 = "{emergency|My flight home was cancelled. I need 12,000 baht for a new ticket.}",
    msg_customs = "Dear, customs is holding my gift for you. Pay the 6,000 baht fee with gift "
      .. "cards and it is yours!",
    reply_some = "I only have 3,000 baht. Is that OK?",
  },
  l09_not_your_fault = {
    chat_threat = "Now they say they'll send it to my family if I don't pay 3,000 baht tonight 😭",
    msg_new_number = "It's me again, new number. Pay 5,000 baht now or everyone sees it.",
    num_new = "+66 95-509-3228",
  },
  l12_where_to_get_help = {
    chat_1 = "I paid 1,500 baht for concert tickets",
    scam_question = "Aina paid 3,000 baht to an online seller 20 minutes ago. Now the seller has "
      .. "blocked her. Who can help first?",
  },
  l13_spot_check = {
    job_from = "Baan Suan Kitchen",
    bank_name = "SabaiBank",
    coach_1 = "Great news! Your CoinRiseX account shows {profit|120,000 baht profit}!",
    coach_2 = "To take it out, you must {fee|first pay 15% tax}: 18,000 baht.",
    job_text = "Hiring: kitchen helper in Bangkok. 12,000 baht a month, training given. Walk in "
      .. "for an interview, Mon to Fri.",
    mule_number = "+66 83 640 2281",
    parcel_number = "+66 92 118 4507",
    romance_question = "Someone you have dated online for months, but never met, asks for 15,000 "
      .. "baht for a ticket to visit you. What do you do?",
    sms_bank_code = "SabaiBank: Your OTP is 391045 for your login. Never share this code with "
      .. "anyone.",
    sms_mule = "Want 3,000 baht? Rent us your ATM card for 2 weeks. Easy money, no risk!",
    sms_parcel = "SongDee Express: Parcel on hold. Pay 25 baht today or it goes back: "
      .. "songdee-th.co/p",
    sms_task = "Part-time job! Like 3 videos, get 200 baht. Earn 5,000 baht a day. Add me on "
      .. "Telegram: @coach_vivian",
    task_number = "+66 92 603 4881",
    voice_question = "Siti's voice calls from a new number: \"Send 10,000 baht now. Don't tell "
      .. "anyone!\" What do you do first?",
  },
  l14_fake_officer_call = {
    bank_name = "SabaiBank",
    c_parcel = "Hello, this is SongDee Express. A parcel in your name was stopped.",
    caller_courier = "+66 2 718 4402",
    court_number = "+66 81 704 2661",
    paid_question = "Your uncle moved 50,000 baht to a \"safe account\" an hour ago. Now he is "
      .. "unsure. What should he do?",
    r_hang_up_first = "That's not my parcel. I'll call SongDee Express myself.",
    sms_bank_warning = "SabaiBank: We will never ask you to move money to a \"safe account\". If "
      .. "a caller does, hang up and call us.",
    sms_court = "COURT: You missed a hearing. Pay 20,000 baht today to stop your arrest. Call the "
      .. "officer: 081 704 2661",
    sms_tax = "TAX OFFICE: You have a 3,120 baht refund. Log in to claim it today: "
      .. "tax-refund-th.co/claim",
    tax_number = "+66 95 330 5127",
    warrant_3 = "To stop the arrest, {transfer|move 80,000 baht to the safe account} below.",
  },
  l15_task_job = {
    shop_text = "We're hiring a weekend cashier. Apply at our shop counter with your ID card. "
      .. "Training given.",
    shop_from = "Jai Dee Books",
    cafe_from = "Baan Suan Coffee Chiang Mai",
    cafe_text = "Part-time barista wanted. Weekends, 60 baht an hour. Come in for a chat with the "
      .. "manager.",
    invite_number = "+66 92 603 4881",
    like_text = "Like & subscribe, earn 3,000 baht a day! No experience. DM me now!",
    r_pay_vip = "OK! 500 baht sent.",
    r_pay_vip_fb = "The first 200 baht was paid to win your trust. Paying to get paid is the "
      .. "trap.",
    ravi_text = "Your friend Ravi did the tasks. He paid in again and again. Now 25,000 baht is "
      .. "gone. He feels ashamed. It is not his fault: the trap is built to fool people.",
    recovery_question = "Then Ravi gets this: \"We are Asset Recovery Team. We can get your "
      .. "25,000 baht back. Fee: 3,000 baht.\" What should he do?",
    review_number = "+66 86 285 0946",
    sms_invite = "Hi! {unasked|Your number was chosen} for a part-time job. {easy|Like 3 videos, "
      .. "get 200 baht.} {daily|Earn up to 5,000 baht a day} from home. {move|Add me on Telegram "
      .. "to start:} @coach_vivian",
    sms_review = "Rate hotels from home! Top up 1,000 baht to open your account, then earn daily.",
    v_combo = "You got 650 baht back! Next is a combo task. Pay 5,000 baht first.",
    v_negative = "Oh no, your balance is negative. Pay 12,000 baht to unlock your money.",
    v_paid = "Well done! 200 baht is in your e-wallet now 😄",
    v_vip = "Now the VIP tasks. Pay 500 baht first, get 650 baht back in 10 minutes.",
  },
  l16_is_that_really_you = {
    ad_text = "{famous|Singer Lara Aziz}: \"I made 300,000 baht in one week with QuantumProfit "
      .. "AI!\" {guarantee|No risk, guaranteed profit.} {rush|Only 20 places left today.} "
      .. "{link|Join: qprofit-ai.co}",
    caller_number = "+66 92 294 7730",
    leader_text = "VIDEO: A top minister says \"Put in 5,000 baht, get 50,000 baht back in a "
      .. "month!\" Sign up now.",
    newnum_2 = "Can you pay a bill for me? 5,000 baht. Don't call, I'm in a meeting.",
    newnum_number = "+66 86 704 1193",
    s_accident = "I hit a car by accident. I must pay 10,000 baht now, or they call the police.",
    s_more = "Thank you! Oh no, they want 5,000 baht more.",
  },
  l17_apps_and_qr = {
    b_hi = "Hi! I want your old phone. 3,000 baht OK?",
    bank_name = "SabaiBank",
    parcel_number = "+66 81 528 0331",
    refund_number = "+66 95 661 2094",
    sms_bank = "SabaiBank: Our app is only in the official app store. We never send app files in "
      .. "texts or chats.",
    sms_parcel = "SongDee Express: We missed you. Install our tracking app to get your parcel: "
      .. "SongDee_Track.apk",
    sms_refund = "{refund|You have a 2,500 baht refund!} {file|Install Refund_Claim.apk to get "
      .. "it.} {allow|Tap Allow on every pop-up.} {rush|Offer ends tonight.}",
    wedding_number = "+66 83 884 2051",
  },
  l18_fake_picture = {
    f_threat = "They say pay 2,000 baht tonight, or they send it to everyone I know 😭",
    msg_new_number = "New number. Last chance. Pay 3,000 baht or everyone sees it.",
    msg_removal = "Cyber Clean Team: We can delete your picture from the whole internet. Fee: "
      .. "1,500 baht.",
    num_new = "+66 92 482 0661",
    num_removal = "+66 86 390 5521",
  },
}
