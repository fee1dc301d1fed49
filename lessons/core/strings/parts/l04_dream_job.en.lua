-- L04 Dream job or trap? English texts (Malaysia).
return {
  l04_dream_job = {
    title = "Dream job or trap?",
    summary = "Spot fake job offers abroad.",

    intro_title = "Dream job or trap?",
    intro_text = "Many people find good work abroad. But some job offers are traps: "
      .. "people are cheated, stuck far from home and forced to work. "
      .. "Let's practise telling a real offer from a trap.",

    -- Fake Facebook ad (spot the flags)
    ad_flags_title = "Find the red flags in this job ad",
    ad_from = "Nuvaro Career Asia",
    ad_app = "Facebook",
    ad_time = "3 h ago",
    ad_text = "★ HIRING NOW ★ Customer service staff in Bangkok. "
      .. "{pay|Salary RM7,000 a month}, {easy|no experience needed, just typing}. "
      .. "{ticket|Free flight and hotel!} {visa|No work visa needed.} "
      .. "{contact|Apply on Telegram only: @nuvaro_hr}. Only 5 places left!",
    flag_pay = "Very high pay for simple work is the most common bait.",
    flag_easy = "\"No experience needed\" with big pay is too good to be true.",
    flag_ticket = "A free ticket makes it easy to say yes before you check anything.",
    flag_visa = "Every real job abroad needs a work visa. Without one you have no protection.",
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
    why_agency = "A work visa, a contract before you go, an office you can visit and "
      .. "no fees. You can still check its licence.",
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
    sign_contract = "You get a written contract before you go",
    sign_contract_fb = "This is a good sign. Read it and keep a copy.",
    sign_place = "The job's country or city changes",
    sign_place_fb = "If the place changes, stop and check the whole offer again.",

    take_too_good = "Big pay for easy work, a free ticket and \"no visa needed\" are bait.",
    take_real_job = "A real job gives a contract and a work visa. It never asks for a "
      .. "fee, your passport or a lie.",
    take_check = "Check every job abroad with the government labour office before you go.",
  },
}
