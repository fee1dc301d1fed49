-- L06 If someone is stuck: English texts (Malaysia). Trauma-informed: calm, no
-- graphic detail, no blame; people forced to scam are victims.
return {
  l06_if_someone_is_stuck = {
    title = "If someone is stuck",
    summary = "Help a friend trapped by a job abroad.",

    intro_title = "A message from your cousin",
    intro_text = "Your cousin Farid went abroad for a customer-service job. He was so "
      .. "happy. Two months later, he messages you late at night.",

    cousin_name = "Farid",
    c_hi = "Hey. Are you awake? Can we talk?",
    c_not_job = "The job is not what they said. It's not customer service.",
    c_passport = "They took our passports on the first day. Now they say I owe "
      .. "RM20,000 for the ticket and food.",
    c_not_free = "We are not allowed to leave the building.",
    c_forced = "They make us chat with strangers online and trick them into sending "
      .. "money. I feel terrible.",
    r_blame = "How could you fall for that?",
    r_blame_fb = "Blame makes people go quiet. He was tricked by people who do this "
      .. "every day. It's not his fault.",
    r_support = "I'm really glad you told me. This is not your fault.",
    r_support_fb = "Yes. Kind words help him keep talking to you, and that is how "
      .. "help can reach him.",
    r_run = "Just run away tonight!",
    r_run_fb = "Trying to escape alone can be risky. Trained people can plan a safer "
      .. "way out.",
    c_hurt = "I didn't know. They seemed so real.",
    r_sorry = "Sorry, that came out wrong. It's not your fault.",
    c_cant_run = "I can't. The doors are locked and I don't know this place.",
    c_thanks = "Thank you. I was scared to tell anyone.",
    c_phone = "I can only use my phone late at night.",
    r_location = "Can you send your location, or the name of the building or street?",
    r_location_fb = "Good. Location details help the hotline and the embassy to find him.",
    r_confront = "Give me your boss's number. I'll tell him to let you go.",
    r_confront_fb = "Confronting the bosses can make things harder for Farid. Leave "
      .. "that to the hotline and the embassy.",
    r_post = "I'll post about this on Facebook so everyone knows.",
    r_post_fb = "The bosses might see a public post. Share details privately with "
      .. "the hotline instead.",
    c_please_dont = "Please don't. That could make things worse for me.",
    r_location_after = "OK. Can you send me your location instead?",
    c_location = "Location sent. It's a tall building with a blue gate, next to a "
      .. "big hotel.",
    r_bye = "OK. Tell me when you are out.",
    r_bye_fb = "He needs you now. Keep in touch so he does not feel alone.",
    r_stay = "I'm getting help. Same time tomorrow? Delete this chat if that's safer.",
    r_stay_fb = "Staying in touch gives him hope. Let him decide what is safe for him.",
    c_ok = "OK. Tomorrow at 11. Thank you so much.",
    c_dont_go = "Please don't disappear. Can we talk tomorrow at 11?",
    r_yes_tomorrow = "Yes. I'll be here. I'm getting help.",

    signs_question = "Which signs show that Farid is not free?",
    sign_passport = "They took his passport",
    sign_passport_fb = "Taking passports stops people from leaving.",
    sign_debt = "He \"owes\" a big debt he never agreed to",
    sign_debt_fb = "Made-up debts are used to keep people working.",
    sign_homesick = "He misses home and the food",
    sign_homesick_fb = "Many people feel homesick abroad. That alone is normal.",
    sign_not_free = "He is not allowed to leave the building",
    sign_not_free_fb = "Not being free to leave is a clear sign of trafficking.",

    step_question = "What do you do now?",
    step_wait = "Wait a few weeks and see",
    step_wait_fb = "It is better to get help early. Farid has already asked you.",
    step_hotline = "Contact the trafficking hotline or the embassy, and give the location",
    step_hotline_fb = "Yes. They know how to help people get out safely. Tap Get help "
      .. "to see the number.",
    step_pay = "Send money to pay his debt",
    step_pay_fb = "The debt is made up. Paying can lead to more demands. Ask the "
      .. "hotline first.",
    step_go = "Travel there and bring him home yourself",
    step_go_fb = "This could put you both at risk. Let trained people handle it.",

    c_next_night = "Hi, it's me again.",
    c_worry = "I'm scared. I tricked people. Will the police arrest me?",
    r_victim = "You were forced. You're a victim, not a criminal. The helpers know that.",
    r_victim_fb = "Right. People forced to scam are victims of trafficking, not criminals.",
    r_criminal = "Maybe. You did scam people.",
    r_criminal_fb = "He was forced. People made to scam are victims of trafficking, "
      .. "not criminals. Fear can stop him asking for help.",
    c_relief = "Thank you for not judging me. I'll wait for the call.",
    c_ashamed = "I know. I feel so ashamed.",
    r_victim_after = "Sorry. You were forced. You're a victim, not a criminal.",

    scale_title = "Farid is not alone",
    scale_text = "UN experts say at least 120,000 people in Myanmar and about "
      .. "100,000 in Cambodia may be held in scam centres. Many are young and have "
      .. "studied. It can happen to anyone, and it is never their fault.",

    take_signs = "A taken passport, a made-up debt, not being free to leave, being "
      .. "forced to scam: these are signs of trafficking.",
    take_act = "Stay calm and kind. Get the location, don't confront, and contact the "
      .. "trafficking hotline or embassy.",
    take_victims = "People forced to scam are victims, not criminals.",
  },
}
