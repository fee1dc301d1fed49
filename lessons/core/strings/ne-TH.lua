-- Nepali texts for a kiosk in Thailand (issue 13, "language is not country"): ne.lua is
-- set in Nepal (rupees, Nepali numbers), so a young Nepali in Thailand gets Thai scam
-- texts here: L01, L02, L10 and L11 come from Thai numbers (+66), name the made-up Thai
-- bank and courier of th.lua (SabaiBank, SongDee Express) and ask for baht with the
-- amounts the Thai texts use. Amounts follow ne.lua's style: Devanagari digits, the
-- currency after the amount ("१९ बाट", baht as in थाई बाट). L10's legal risk stays
-- ne.lua's general one. Everything not here is read from ne.lua (strings/LANG-CC.lua
-- over strings/LANG.lua; lessons/API.md).
return {
  l01_message_real = {
    bank_name = "SabaiBank",
    sms_bank_spend = "SabaiBank: अन्तिम अंक ४४७१ भएको तपाईंको कार्डबाट सहर बुक्स पसलमा "
      .. "३५०.०० बाट खर्च भयो। तपाईं होइन? कार्डको पछाडि भएको नम्बरमा फोन गर्नुहोस्।",
    why_bank_spend = "यसले केही माग्दैन, र कार्डमा भएको नम्बरमा फोन गर्न भन्छ। SabaiBank को नाम "
      .. "मात्रैले यो असली हो भन्ने प्रमाणित गर्दैन: नाम नक्कली बनाउन सकिन्छ।",
    parcel_number = "+66 81 293 8441",
    sms_parcel = "SongDee Express: तपाईंको पार्सल रोकिएको छ। २४ घण्टाभित्र १९ बाट "
      .. "तिर्नुहोस्, नत्र फिर्ता पठाइनेछ: songdee-th.co/pay",
    prize_number = "+66 95 552 0183",
    sms_prize = "बधाई छ! तपाईंले लक्की ड्रमा ५०,००० बाट जित्नुभयो! आज राति १२ "
      .. "बजेअघि दाबी गर्नुहोस्: bit.ly/win-50000",
    sms_bank_code = "SabaiBank: तपाईंको OTP 482913 हो। ३ मिनेटमा यसको म्याद सकिन्छ। यो कोड "
      .. "कसैलाई नदिनुहोस्, बैंकका कर्मचारीलाई पनि।",
    sms_bank_locked = "SabaiBank: तपाईंको सुरक्षाका लागि खाता बन्द गरिएको छ। खाता खुला राख्न "
      .. "१ घण्टाभित्र लगइन गर्नुहोस्: sabaibank-secure.co/login",
    why_bank_locked = "यसमा SabaiBank को नाम देखिन्छ, बैंकका असली सन्देशकै बीचमा पनि आउन सक्छ। "
      .. "तर नाम नक्कली बनाउन सकिन्छ। हतार र लिंकले ठगी देखाउँछ: बैंकको एप आफैँ खोल्नुहोस्।",
    parcel_number_flag = "{sender|+66 81 293 8441}",
    sms_parcel_flags = "SongDee Express: तपाईंको पार्सल रोकिएको छ। {deadline|२४ घण्टाभित्र} "
      .. "{fee|१९ बाट तिर्नुहोस्}, नत्र फिर्ता पठाइनेछ: {link|songdee-th.co/pay}",
    flag_fee = "सानो शुल्कले नसोची तिर्न लगाउँछ। उनीहरूलाई १९ बाट होइन, तपाईंको "
      .. "कार्डको विवरण चाहिएको हो।",
    chat_more_money = "अनि मलाई १,५०० बाट सापटी दिन्छौ? भोलि फिर्ता दिन्छु",
  },
  l02_never_share_code = {
    bank_contact = "SabaiBank Support",
    bank_name = "SabaiBank",
    bank_transfer = "SabaiBank ठगी रोकथाम टोलीबाट बोलेको। अन्तिम अंक ४४७१ भएको तपाईंको "
      .. "कार्डबाट कसैले अहिले २०,००० बाट झिक्दैछ!",
    reward_number = "+66 92 338 9120",
    sms_frozen = "SabaiBank: तपाईंको खाता रोकिएको छ। आजै खोल्न हामीले पठाएको ६ अंकको OTP "
      .. "जवाफमा पठाउनुहोस्।",
    sms_notice = "SabaiBank: हामी तपाईंको OTP, PIN वा पासवर्ड माग्न कहिल्यै फोन, SMS वा "
      .. "म्यासेज गर्दैनौँ। कसैले मागे रोकिनुहोस् र हामीलाई फोन गर्नुहोस्।",
    sms_reward = "बधाई छ! तपाईंको वालेटमा ५०० बाट इनाम आएको छ। हाम्रो एजेन्टले फोन गर्नेछ। "
      .. "इनाम लिन हामीले पठाउने कोड उहाँलाई दिनुहोस्।",
    sms_tac = "SabaiBank: सीता अधिकारीलाई ५००.०० बाट पठाउन तपाईंको OTP 604118 हो। यो OTP "
      .. "कसैलाई नदिनुहोस्।",
    why_frozen = "यसमा SabaiBank को नाम छ, तर नाम नक्कली हुन सक्छ, बैंकका असली सन्देशकै "
      .. "बीचमा पनि। बैंकले कहिल्यै कोड फिर्ता पठाउन भन्दैन।",
  },
  l10_account_not_for_rent = {
    bank_name = "SabaiBank",
    chat_offer = "६,००० बाट चाहियो? एक महिनाका लागि तिम्रो बैंक खाता सापटी देऊ। केही काम "
      .. "गर्नु पर्दैन!",
    open_number = "+66 82 415 7730",
    rent_post_from = "सजिलो कमाइ थाइल्यान्ड",
    rent_post_text = "घरमै बसेर हप्ताको ५,००० बाट कमाउनुहोस्! आफ्नो बैंक खाता हामीलाई भाडामा "
      .. "दिनुहोस्। काम छैन, जोखिम छैन। अहिल्यै मेसेज गर्नुहोस्!",
    shop_text = "कर्मचारी चाहियो! पार्ट-टाइम क्यासियर, घण्टाको ५० बाट। अन्तर्वार्ताका लागि "
      .. "पसलमै आउनुहोस्। तलब तपाईंकै बैंक खातामा जान्छ।",
    sms_bank_card = "SabaiBank: तपाईंको नयाँ डेबिट कार्ड घरको ठेगानामा पठाइएको छ। आफ्नो "
      .. "कार्ड वा PIN कसैलाई नदिनुहोस्।",
    sms_open = "२,००० बाट पाउनुहोस्! नयाँ बैंक खाता खोल्नुहोस्, अनि कार्ड र PIN हामीलाई "
      .. "दिनुहोस्। बाँकी हामी मिलाउँछौँ।",
    wallet_2 = "अनि तिमीले मलाई पठाइदेऊ। तिमीलाई ५०० बाट दिन्छु 😎",
  },
  l11_fast_cash = {
    bank_name = "SabaiBank",
    instant_number = "+66 94 318 2206",
    offer_number_flag = "{sender|+66 89 552 0417}",
    release_number = "+66 61 207 8853",
    sms_bank_approved = "SabaiBank: तपाईंको २०,००० बाटको व्यक्तिगत कर्जा स्वीकृत भयो। २४ "
      .. "महिनासम्म मासिक ९५० बाट तिर्नुपर्छ। विवरण SabaiBank एपमा हेर्नुहोस्।",
    sms_bank_reminder = "SabaiBank: तपाईंको कर्जाको किस्ता ९५० बाट जुन ५ मा तिर्नुपर्ने छ। "
      .. "SabaiBank एपबाट तिर्नुहोस्। प्रश्न भए कार्डमा भएको नम्बरमा फोन गर्नुहोस्।",
    sms_instant = "पैसा चाहियो? ५ मिनेटमै २०,००० बाट! परिचयपत्र चाहिँदैन, कुनै जाँच छैन। "
      .. "अहिल्यै YES लेखेर पठाउनुहोस्!",
    sms_offer_flags = "छिटोपैसा: आजै १०,००० बाट ऋण लिनुहोस्! {fee|पहिले ५०० बाट प्रोसेसिङ "
      .. "शुल्क तिर्नुहोस्}। {interest|ब्याज दिनको २% मात्र}, {term|७ दिनमा फिर्ता}। एप "
      .. "डाउनलोड: {link|chitopaisa-loan.apk}",
    sms_release = "तपाईंको १०,००० बाट ऋण तयार छ! ऋण पाउन आजै ७०० बाट \"बीमा शुल्क\" पठाउनुहोस्।",
    sms_threat = "तपाईंले समयमा तिर्नुभएन! आजै ३,००० बाट तिर्नुहोस्, नत्र तपाईंका सबै "
      .. "सम्पर्कलाई मेसेज पठाउँछौँ। आज राति प्रहरीले पक्राउ गर्छ!",
    threat_number = "+66 86 730 1149",
  },
}
