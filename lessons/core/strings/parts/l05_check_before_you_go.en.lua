-- L05 Check before you go: English texts (Malaysia).
return {
  l05_check_before_you_go = {
    title = "Check before you go",
    summary = "Plan a safe job abroad.",

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
    why_employer_pays = "That is fair hiring. The employer pays these costs, not you.",
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
    plan_card_text = "✓ Agency checked with the labour office\n"
      .. "✓ No fee paid for the job\n"
      .. "✓ Contract in my language, read before I go\n"
      .. "✓ My passport stays with me\n"
      .. "✓ Family has my flight, address and employer\n"
      .. "✓ Embassy and hotline numbers saved (tap Get help)",

    take_check = "Check the agency with the government labour office before you pay "
      .. "or sign.",
    take_no_fee = "Never pay for a job, and keep your own passport.",
    take_plan = "Give family your route, and save the embassy and hotline numbers.",
  },
}
