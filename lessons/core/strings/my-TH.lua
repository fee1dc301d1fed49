-- Burmese texts for a kiosk in Thailand (issue 13, "language is not country"): a young
-- migrant from Myanmar in Thailand gets Thai scam texts, so the messages of L01 come
-- from Thai numbers (+66), ask for baht and name the Thai pack's made-up bank and
-- courier (SabaiBank, SongDee Express), as th.lua does. Everything not here is read
-- from my.lua (strings/LANG-CC.lua over strings/LANG.lua; lessons/API.md). Amounts
-- follow my.lua's style: Myanmar digits, the currency after the amount.
return {
  l01_message_real = {
    bank_name = "SabaiBank",
    sms_bank_spend = "SabaiBank: နောက်ဆုံးဂဏန်း 4471 ပါတဲ့ သင့်ကတ်နဲ့ ၃၅၀.၀၀ ဘတ် "
      .. "သုံးထားပါတယ်။ သင်မဟုတ်ဘူးလား? ကတ်နောက်ကျောက နံပါတ်ကို ခေါ်ပါ။",
    why_bank_spend = "ဘာမှ မတောင်းဘူး၊ ကတ်ပေါ်က နံပါတ်ကို ခေါ်ခိုင်းတယ်။ SabaiBank ဆိုတဲ့ "
      .. "နာမည်တစ်ခုတည်းနဲ့တော့ အစစ်လို့ မသက်သေပြနိုင်ဘူး: နာမည်ကို အတုလုပ်လို့ရတယ်။",
    parcel_number = "+66 81 293 8441",
    sms_parcel = "SongDee Express: သင့်ပါဆယ်ကို ဆိုင်းငံ့ထားပါတယ်။ ၂၄ နာရီအတွင်း ၁၉ ဘတ် "
      .. "ပေးပါ၊ မဟုတ်ရင် ပြန်ပို့ပါမယ်: songdee-th.co/pay",
    prize_number = "+66 95 552 0183",
    sms_prize = "ဂုဏ်ယူပါတယ်! ကံစမ်းမဲမှာ ၅၀,၀၀၀ ဘတ် ပေါက်ပါပြီ! ညသန်းခေါင် "
      .. "မတိုင်ခင် အခုပဲ ထုတ်ယူပါ: bit.ly/win-50000",
    sms_bank_code = "SabaiBank: သင့်ကုဒ်က 482913 ပါ။ ၃ မိနစ်အတွင်း သက်တမ်းကုန်ပါမယ်။ "
      .. "ဒီကုဒ်ကို ဘယ်သူ့ကိုမှ မပေးပါနဲ့၊ ဘဏ်ဝန်ထမ်းကိုတောင် မပေးပါနဲ့။",
    sms_bank_locked = "SabaiBank: သင့်လုံခြုံရေးအတွက် အကောင့်ကို ပိတ်ထားပါတယ်။ ဆက်ဖွင့်ထားချင်ရင် "
      .. "၁ နာရီအတွင်း ဝင်ပါ: sabaibank-secure.co/login",
    why_bank_locked = "SabaiBank နာမည် ပြထားတယ်၊ ကိုယ့်ဘဏ်ရဲ့ တကယ့် chat ထဲတောင် ရောက်လာနိုင်တယ်။ "
      .. "နာမည်ကို အတုလုပ်လို့ရတယ်။ အလောတကြီး ခိုင်းတာနဲ့ လင့်ခ်က လိမ်မှန်း ပေါ်စေတယ်: "
      .. "ကိုယ့်ဘဏ် အက်ပ်ကို ကိုယ်တိုင် ဖွင့်ပါ။",
    parcel_number_flag = "{sender|+66 81 293 8441}",
    sms_parcel_flags = "SongDee Express: သင့်ပါဆယ်ကို ဆိုင်းငံ့ထားပါတယ်။ {deadline|၂၄ နာရီအတွင်း} "
      .. "{fee|၁၉ ဘတ် ပေးပါ}၊ မဟုတ်ရင် ပြန်ပို့ပါမယ်: {link|songdee-th.co/pay}",
    flag_fee = "ကြေးနည်းနည်းဆိုတော့ မစဉ်းစားဘဲ ပေးမိတယ်။ သူတို့လိုချင်တာ ၁၉ ဘတ် "
      .. "မဟုတ်ဘူး၊ ကိုယ့်ကတ် အချက်အလက်ပါ။",
    chat_more_money = "ဒါနဲ့ ၁,၅၀၀ ဘတ် ချေးလို့ရမလား? မနက်ဖြန် ပြန်ပေးမယ်",
  },
}
