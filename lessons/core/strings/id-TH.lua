-- Bahasa Indonesia texts for a kiosk in Thailand (issue 19, "language is not country"):
-- an Indonesian young person in Thailand gets Thai scam texts, so the messages of L01
-- come from Thai numbers (+66) and ask for baht, with the amounts the Thai texts use.
-- Everything not here is read from id.lua (strings/LANG-CC.lua over strings/LANG.lua;
-- lessons/API.md). Amounts are written with the currency after them ("19 baht").
return {
  l01_message_real = {
    sms_bank_spend = "MyBank: Kamu belanja 350.00 baht di Toko Buku Kota dengan kartu "
      .. "berakhiran 4471. Bukan kamu? Telepon nomor di belakang kartumu.",
    parcel_number = "+66 81 293 8441",
    sms_parcel = "PosExpress: Paketmu tertahan. Bayar 19 baht dalam 24 jam atau paket "
      .. "dikembalikan: posexpress-th.co/bayar",
    prize_number = "+66 95 552 0183",
    sms_prize = "SELAMAT! Kamu menang 50,000 baht di undian berhadiah! Klaim sekarang "
      .. "sebelum tengah malam: bit.ly/menang-50000",
    parcel_number_flag = "{sender|+66 81 293 8441}",
    sms_parcel_flags = "PosExpress: Paketmu tertahan. {fee|Bayar 19 baht} "
      .. "{deadline|dalam 24 jam} atau paket dikembalikan: {link|posexpress-th.co/bayar}",
    flag_fee = "Biaya kecil membuatmu bayar tanpa berpikir. Mereka mau data kartumu, "
      .. "bukan 19 baht-nya.",
    chat_more_money = "Eh, bisa pinjamin aku 1,500 baht? Besok aku ganti",
  },
}
