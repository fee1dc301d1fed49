-- Bahasa Indonesia texts for a kiosk in Thailand (issue 19, "language is not country"):
-- an Indonesian young person in Thailand gets Thai scam texts, so the messages of L01
-- come from Thai numbers (+66) and ask for baht, with the amounts the Thai texts use.
-- Everything not here is read from id.lua (strings/LANG-CC.lua over strings/LANG.lua;
-- lessons/API.md). Amounts are written with the currency after them ("19 baht").
-- L02, L04, L10 and L11 are here too (see en-TH.lua:
-- Thai numbers, baht, SabaiBank, OTP, the job trap "in Malaysia", no Malaysian law in L10).
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
  l02_never_share_code = {
    bank_transfer = "Ini tim penipuan MyBank. Ada yang mengambil 20,000 baht dari kartumu "
      .. "yang berakhiran 4471!",
    reward_number = "+66 92 338 9120",
    sms_frozen = "MyBank: Akunmu dibekukan. Balas dengan OTP 6 angka yang kami kirim untuk "
      .. "membukanya hari ini.",
    sms_notice = "MyBank: Kami tidak akan pernah menelepon, SMS atau chat untuk meminta OTP, "
      .. "PIN atau kata sandimu. Kalau ada yang minta, berhenti dan telepon kami.",
    sms_reward = "Selamat! Ada hadiah 500 baht di e-wallet kamu Agen kami akan menelepon. "
      .. "Berikan kode yang kami kirim untuk mengklaimnya.",
    sms_tac = "MyBank: OTP kamu 604118 untuk mengirim 500.00 baht ke SUDA JAINGAM. Jangan "
      .. "berikan OTP ini kepada siapa pun.",
  },
  l04_dream_job = {
    ad_text = "★ DIBUTUHKAN SEGERA ★ Staf layanan pelanggan di Malaysia. {pay|Gaji 50,000 "
      .. "baht sebulan}, {easy|tanpa pengalaman, cuma mengetik}. Tiket pesawat dan hotel "
      .. "gratis! {visa|Tidak perlu kontrak atau visa kerja: datang saja sebagai turis.} "
      .. "{contact|Daftar hanya lewat Telegram: @nuvaro_hr}. Tinggal 5 tempat!",
    agency_text = "Lowongan hotel di Dubai. Gaji AED 2,500 sebulan. Majikan membayar visa "
      .. "kerja dan tiket pesawatmu. Kamu tanda tangan kontrak sebelum berangkat. Datang ke "
      .. "kantor kami di Bangkok. Tanpa biaya untuk pekerja.",
    chat_change = "Ada sedikit perubahan: kamu terbang ke Kuala Lumpur, lalu mobil akan "
      .. "membawamu lewat perbatasan ke kantor baru kami.",
    chat_fee = "Bayar 10,000 baht untuk pelatihan dulu. Paspormu kami simpan supaya aman.",
    chat_intro_text = "Kamu bertanya tentang kerja di Malaysia dari iklan itu. Seorang "
      .. "perekrut menjawab di Telegram. Pilih balasanmu.",
    chat_send_more = "Mantap! Kirim juga 3,000 baht untuk hotel ya? 😊",
    fee_text = "Kerja pabrik di Jepang! Bayar biaya proses 35,000 baht untuk pesan tempat. "
      .. "Visa jadi dalam 3 hari. Tempat terbatas, bayar hari ini!",
    hotel_text = "Kami mencari staf resepsionis. Gaji 13,000 baht sebulan plus jaminan "
      .. "sosial. Wawancara langsung di hotel kami, Senin sampai Jumat, jam 10 pagi sampai 4 "
      .. "sore. Kami tidak pernah meminta bayaran apa pun.",
    typing_text = "Kerja ketik gampang di luar negeri ✈ Gaji 60,000 baht sebulan! Tiket kami "
      .. "bayar. Berangkat saja sebagai turis, sisanya kami urus. DM sekarang!",
  },
  l10_account_not_for_rent = {
    chat_offer = "Mau 6,000 baht? Cukup pinjamkan rekening bankmu sebulan. Tanpa kerja!",
    open_number = "+66 82 415 7730",
    rent_post_from = "Easy Cash TH",
    rent_post_text = "Dapat 5,000 baht seminggu dari rumah! Cukup sewakan rekening bankmu ke "
      .. "kami. Tanpa kerja, tanpa risiko. DM sekarang!",
    risk_charge_fb = "Betul. Polisi bisa memeriksa pemilik rekening, bank bisa membekukan "
      .. "rekeningnya, dan pemiliknya bisa dituntut pidana.",
    shop_from = "Yim Yaem Books",
    shop_text = "Kami mencari karyawan! Kasir paruh waktu, 50 baht per jam. Datang ke toko "
      .. "untuk wawancara. Gaji masuk ke rekening bankmu sendiri.",
    sms_open = "Dapat 2,000 baht! Buka rekening bank baru, lalu serahkan kartu dan PIN-nya "
      .. "ke kami. Sisanya kami urus.",
    wallet_2 = "Terus kamu kirim lagi ke aku. Nanti aku kasih 500 baht 😎",
  },
  l11_fast_cash = {
    instant_number = "+66 94 318 2206",
    offer_number_flag = "{sender|+66 89 552 0417}",
    release_number = "+66 61 207 8853",
    sms_bank_approved = "MyBank: Pinjaman pribadimu sebesar 20,000 baht disetujui. Kamu "
      .. "membayar 950 baht sebulan selama 24 bulan. Lihat detailnya di aplikasi MyBank.",
    sms_bank_reminder = "MyBank: Cicilan pinjamanmu 950 baht jatuh tempo 5 Juni. Bayar di "
      .. "aplikasi MyBank. Ada pertanyaan? Telepon nomor di kartumu.",
    sms_instant = "Butuh uang? 20,000 baht dalam 5 menit! Tanpa kartu identitas, tanpa cek. "
      .. "Balas YA sekarang!",
    sms_offer_flags = "DanaKilat: Dapat 10,000 baht hari ini! {fee|Bayar dulu biaya proses "
      .. "500 baht}. Bunga {interest|cuma 2% sehari}, {term|bayar kembali dalam 7 hari}. "
      .. "Unduh aplikasinya: {link|danakilat-pinjam.apk}",
    sms_release = "Pinjaman 10,000 baht kamu sudah siap! Transfer 700 baht untuk \"asuransi\" "
      .. "hari ini supaya dananya cair.",
    sms_threat = "Kamu TELAT! Bayar 3,000 baht hari ini atau kami kirim pesan ke semua "
      .. "kontakmu. Polisi akan menangkapmu malam ini!",
    threat_number = "+66 86 730 1149",
  },
}
