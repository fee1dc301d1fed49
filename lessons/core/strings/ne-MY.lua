-- Nepali texts for a kiosk in Malaysia (issue 13, "language is not country"): a
-- Nepali-speaking worker in Malaysia gets Malaysian scam texts, so the messages of L01
-- come from Malaysian numbers (+60) and ask for ringgit, as the Malay texts do.
-- Everything not here is read from ne.lua (strings/LANG-CC.lua over strings/LANG.lua;
-- lessons/API.md). Amounts follow ne.lua's style: Devanagari digits, the currency
-- written after the amount ("१,७०० रिंगिट", as in L04's agency ad).
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
}
