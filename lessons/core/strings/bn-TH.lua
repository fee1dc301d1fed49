-- Bengali texts for a kiosk in Thailand (issue 13, "language is not country"): bn.lua is
-- set in Malaysia like the English, so a young Bangladeshi in Thailand gets Thai scam
-- texts here: L01's messages come from Thai numbers (+66), name the made-up Thai bank and
-- courier of th.lua (SabaiBank, SongDee Express) and ask for baht, as the Thai texts do.
-- Everything not here is read from bn.lua (strings/LANG-CC.lua over strings/LANG.lua;
-- lessons/API.md). Amounts follow bn.lua's style: Bengali digits, the currency after the
-- amount ("১৯ বাত").
return {
  l01_message_real = {
    bank_name = "SabaiBank",
    sms_bank_spend = "SabaiBank: 4471 নম্বরে শেষ হওয়া তোমার কার্ড দিয়ে একটা বইয়ের দোকানে "
      .. "৩৫০.০০ বাত খরচ হয়েছে। তুমি না? কার্ডের পেছনের নম্বরে ফোন করো।",
    why_bank_spend = "এটা কিছুই চায় না, আর কার্ডে লেখা নম্বরে ফোন করতে বলে। শুধু SabaiBank "
      .. "নাম দেখে আসল প্রমাণ হয় না: নাম নকল করা যায়।",
    parcel_number = "+66 81 293 8441",
    sms_parcel = "SongDee Express: তোমার পার্সেল আটকে আছে। ২৪ ঘণ্টার মধ্যে ১৯ বাত দাও, "
      .. "নইলে ফেরত যাবে: songdee-th.co/pay",
    prize_number = "+66 95 552 0183",
    sms_prize = "অভিনন্দন! লাকি ড্রতে তুমি ৫০,০০০ বাত জিতেছ! রাত ১২টার আগেই নিয়ে নাও: "
      .. "bit.ly/win-50000",
    sms_bank_code = "SabaiBank: তোমার কোড 482913। ৩ মিনিটে মেয়াদ শেষ হবে। এই কোড কাউকে "
      .. "দিও না, ব্যাংকের লোককেও না।",
    sms_bank_locked = "SabaiBank: তোমার নিরাপত্তার জন্য অ্যাকাউন্ট বন্ধ করা হয়েছে। খোলা "
      .. "রাখতে ১ ঘণ্টার মধ্যে লগইন করো: sabaibank-secure.co/login",
    why_bank_locked = "এতে SabaiBank-এর নাম আছে, আর এটা তোমার ব্যাংকের আসল চ্যাটেও আসতে "
      .. "পারে। নাম নকল করা যায়। তাড়াহুড়ো আর লিংক দেখেই ধরা যায়: ব্যাংকের অ্যাপ নিজে খোলো।",
    parcel_number_flag = "{sender|+66 81 293 8441}",
    sms_parcel_flags = "SongDee Express: তোমার পার্সেল আটকে আছে। {deadline|২৪ ঘণ্টার মধ্যে} "
      .. "{fee|১৯ বাত দাও}, নইলে ফেরত যাবে: {link|songdee-th.co/pay}",
    flag_fee = "ছোট ফি দেখে না ভেবেই টাকা দিয়ে ফেলি। ওরা ১৯ বাত চায় না, চায় তোমার "
      .. "কার্ডের তথ্য।",
    chat_more_money = "আচ্ছা, আমাকে ১,৫০০ বাত ধার দেবে? কাল ফেরত দেব",
  },
}
