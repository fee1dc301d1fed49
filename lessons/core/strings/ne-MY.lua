-- Nepali texts for a kiosk in Malaysia (issue 13, "language is not country"): a
-- Nepali-speaking worker in Malaysia gets Malaysian scam texts, so the messages of L01
-- come from Malaysian numbers (+60) and ask for ringgit, as the Malay texts do.
-- Everything not here is read from ne.lua (strings/LANG-CC.lua over strings/LANG.lua;
-- lessons/API.md). Amounts follow ne.lua's style: Devanagari digits, the currency
-- written after the amount ("१,७०० रिंगिट", as in L04's agency ad).
-- L02, L10 and L11 are here too: ringgit and +60 numbers, L10 with Malaysia's penalty
-- for handing over an account (research/lessons.md 2.8), L11's date in June, not असार.
return {
  l01_message_real = {
    sms_bank_spend = "SajiloBank: अन्तिम अंक ४४७१ भएको तपाईंको कार्डबाट सहर बुक्स "
      .. "पसलमा ४५.९० रिंगिट खर्च भयो। तपाईं होइन? कार्डको पछाडि भएको नम्बरमा "
      .. "फोन गर्नुहोस्।",
    parcel_number = "+60 11-2938 4410",
    sms_parcel = "ParcelGhar: तपाईंको पार्सल रोकिएको छ। २४ घण्टाभित्र १.५० रिंगिट "
      .. "तिर्नुहोस्, नत्र फिर्ता पठाइनेछ: parcelghar-my.co/pay",
    prize_number = "+60 17-552 0183",
    sms_prize = "बधाई छ! तपाईंले लक्की ड्रमा ५,००० रिंगिट जित्नुभयो! आज राति १२ "
      .. "बजेअघि दाबी गर्नुहोस्: bit.ly/jitnus-rm5000",
    parcel_number_flag = "{sender|+60 11-2938 4410}",
    sms_parcel_flags = "ParcelGhar: तपाईंको पार्सल रोकिएको छ। {deadline|२४ घण्टाभित्र} "
      .. "{fee|१.५० रिंगिट तिर्नुहोस्}, नत्र फिर्ता पठाइनेछ: {link|parcelghar-my.co/pay}",
    flag_fee = "सानो शुल्कले नसोची तिर्न लगाउँछ। उनीहरूलाई १.५० रिंगिट होइन, तपाईंको "
      .. "कार्डको विवरण चाहिएको हो।",
    chat_more_money = "अनि मलाई २०० रिंगिट सापटी दिन्छौ? भोलि फिर्ता दिन्छु",
  },
  l02_never_share_code = {
    bank_transfer = "SajiloBank ठगी रोकथाम टोलीबाट बोलेको। अन्तिम अंक ४४७१ भएको तपाईंको "
      .. "कार्डबाट कसैले अहिले २,३०० रिंगिट झिक्दैछ!",
    reward_number = "+60 16-338 9120",
    sms_reward = "बधाई छ! तपाईंको वालेटमा १०० रिंगिट इनाम आएको छ। हाम्रो एजेन्टले फोन "
      .. "गर्नेछ। इनाम लिन हामीले पठाउने कोड उहाँलाई दिनुहोस्।",
    sms_tac = "SajiloBank: सीता अधिकारीलाई ५०.०० रिंगिट पठाउन तपाईंको OTP 604118 हो। यो OTP "
      .. "कसैलाई नदिनुहोस्।",
  },
  l10_account_not_for_rent = {
    chat_offer = "८०० रिंगिट चाहियो? एक महिनाका लागि तिम्रो बैंक खाता सापटी देऊ। केही काम "
      .. "गर्नु पर्दैन!",
    open_number = "+60 11-5820 3317",
    rent_post_from = "सजिलो कमाइ मलेसिया",
    rent_post_text = "घरमै बसेर हप्ताको ५०० रिंगिट कमाउनुहोस्! आफ्नो बैंक खाता हामीलाई "
      .. "भाडामा दिनुहोस्। काम छैन, जोखिम छैन। अहिल्यै मेसेज गर्नुहोस्!",
    risk_charge_fb = "हो। मलेसियामा यसको सजाय १०,००० देखि १,००,००० रिंगिटसम्म जरिवाना, १ "
      .. "देखि ७ वर्षसम्म जेल, वा दुवै हुन सक्छ।",
    shop_text = "कर्मचारी चाहियो! पार्ट-टाइम क्यासियर, घण्टाको ९ रिंगिट। अन्तर्वार्ताका लागि "
      .. "पसलमै आउनुहोस्। तलब तपाईंकै बैंक खातामा जान्छ।",
    sms_open = "३०० रिंगिट पाउनुहोस्! नयाँ बैंक खाता खोल्नुहोस्, अनि कार्ड र PIN हामीलाई "
      .. "दिनुहोस्। बाँकी हामी मिलाउँछौँ।",
    wallet_2 = "अनि तिमीले मलाई पठाइदेऊ। तिमीलाई १०० रिंगिट दिन्छु 😎",
  },
  l11_fast_cash = {
    instant_number = "+60 13-778 0154",
    offer_number_flag = "{sender|+60 11-6034 2287}",
    release_number = "+60 16-239 8841",
    sms_bank_approved = "SajiloBank: तपाईंको २,००० रिंगिटको व्यक्तिगत कर्जा स्वीकृत भयो। २४ "
      .. "महिनासम्म मासिक ९५ रिंगिट तिर्नुपर्छ। विवरण SajiloBank एपमा हेर्नुहोस्।",
    sms_bank_reminder = "SajiloBank: तपाईंको कर्जाको किस्ता ९५ रिंगिट जुन ५ मा तिर्नुपर्ने "
      .. "छ। SajiloBank एपबाट तिर्नुहोस्। प्रश्न भए कार्डमा भएको नम्बरमा फोन गर्नुहोस्।",
    sms_instant = "पैसा चाहियो? ५ मिनेटमै ५,००० रिंगिट! परिचयपत्र चाहिँदैन, कुनै जाँच छैन। "
      .. "अहिल्यै YES लेखेर पठाउनुहोस्!",
    sms_offer_flags = "छिटोपैसा: आजै ३,००० रिंगिट ऋण लिनुहोस्! {fee|पहिले १५० रिंगिट "
      .. "प्रोसेसिङ शुल्क तिर्नुहोस्}। {interest|ब्याज दिनको २% मात्र}, {term|७ दिनमा "
      .. "फिर्ता}। एप डाउनलोड: {link|chitopaisa-loan.apk}",
    sms_release = "तपाईंको ३,००० रिंगिट ऋण तयार छ! ऋण पाउन आजै २०० रिंगिट \"बीमा शुल्क\" "
      .. "पठाउनुहोस्।",
    sms_threat = "तपाईंले समयमा तिर्नुभएन! आजै ९०० रिंगिट तिर्नुहोस्, नत्र तपाईंका सबै "
      .. "सम्पर्कलाई मेसेज पठाउँछौँ। आज राति प्रहरीले पक्राउ गर्छ!",
    threat_number = "+60 11-2094 6673",
  },
}
