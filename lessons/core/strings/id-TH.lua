-- Bahasa Indonesia texts for a kiosk in Thailand (issue 19, "language is not country"):
-- an Indonesian young person in Thailand gets Thai scam texts, so the messages of L01
-- come from Thai numbers (+66) and ask for baht, with the amounts the Thai texts use.
-- Everything not here is read from id.lua (strings/LANG-CC.lua over strings/LANG.lua;
-- lessons/API.md). Amounts are written with the currency after them ("19 baht").
-- L02, L04, L10 and L11 are here too (see en-TH.lua:
-- Thai numbers, baht, SabaiBank, OTP, the job trap "in Malaysia", no Malaysian law in L10).
-- L05-L09 and L12-L18 follow (issue 13): every ringgit amount in baht at th.lua's amounts,
-- th.lua's +66 numbers, SabaiBank and SongDee Express for MyBank and PosExpress, OTP for
-- TAC (L02's intro names OTP alone), Lina from Chiang Mai (not Penang) and L13's kitchen
-- job in Bangkok (not Shah Alam), its restaurant, café and shop Thai (Baan Suan Kitchen,
-- Baan Suan Coffee Chiang Mai, Jai Dee Books; not Restoran Selera Kita, Kopi Corner Ipoh,
-- Kedai Buku Ceria), and L03's new login in Chiang Mai (not Ipoh). L19 names nothing
-- Malaysian.
-- The Thai pack's SabaiBank and SongDee Express also replace MyBank and PosExpress in L01,
-- L02, L10 and L11 here, as in the other Thai-kiosk files.
-- L04's real hotel job (social security, baht) is at th.lua's hotel in Chiang Mai (Rim Ping
-- Hotel, short enough for one line), not Hotel Seri Kenanga in Kuantan.
return {
  l01_message_real = {
    bank_name = "SabaiBank",
    sms_bank_code = "SabaiBank: Kodemu 482913. Berlaku 3 menit. Jangan berikan kode ini kepada "
      .. "siapa pun, termasuk pegawai bank.",
    sms_bank_locked = "SabaiBank: Akunmu diblokir demi keamananmu. Login dalam 1 jam supaya akun "
      .. "tetap aktif: sabaibank-secure.co/login",
    why_bank_locked = "Pesan ini memakai nama SabaiBank, bahkan bisa masuk ke chat asli bankmu. "
      .. "Nama bisa dipalsukan. Desakan dan link-nya yang jadi tanda: buka sendiri aplikasi "
      .. "bankmu.",
    why_bank_spend = "Pesan ini tidak meminta apa pun dan menyuruhmu menelepon nomor di kartumu. "
      .. "Nama SabaiBank saja tidak membuktikan pesannya asli: nama bisa dipalsukan.",
    sms_bank_spend = "SabaiBank: Kamu belanja 350.00 baht di Toko Buku Kota dengan kartu "
      .. "berakhiran 4471. Bukan kamu? Telepon nomor di belakang kartumu.",
    parcel_number = "+66 81 293 8441",
    sms_parcel = "SongDee Express: Paketmu tertahan. Bayar 19 baht dalam 24 jam atau paket "
      .. "dikembalikan: songdee-th.co/bayar",
    prize_number = "+66 95 552 0183",
    sms_prize = "SELAMAT! Kamu menang 50,000 baht di undian berhadiah! Klaim sekarang "
      .. "sebelum tengah malam: bit.ly/menang-50000",
    parcel_number_flag = "{sender|+66 81 293 8441}",
    sms_parcel_flags = "SongDee Express: Paketmu tertahan. {fee|Bayar 19 baht} "
      .. "{deadline|dalam 24 jam} atau paket dikembalikan: {link|songdee-th.co/bayar}",
    flag_fee = "Biaya kecil membuatmu bayar tanpa berpikir. Mereka mau data kartumu, "
      .. "bukan 19 baht-nya.",
    chat_more_money = "Eh, bisa pinjamin aku 1,500 baht? Besok aku ganti",
  },
  l02_never_share_code = {
    bank_contact = "SabaiBank Support",
    bank_name = "SabaiBank",
    intro_text = "Kode sekali pakai (OTP) itu seperti kunci. Siapa pun yang memegangnya bisa "
      .. "membuka akunmu atau memindahkan uangmu. Ayo latihan menjaganya.",
    why_frozen = "Pesan ini memakai nama SabaiBank, tapi nama bisa dipalsukan, bahkan di dalam "
      .. "chat asli bankmu. Bank tidak pernah minta kode dikirim balik.",
    bank_transfer = "Ini tim penipuan SabaiBank. Ada yang mengambil 20,000 baht dari kartumu "
      .. "yang berakhiran 4471!",
    reward_number = "+66 92 338 9120",
    sms_frozen = "SabaiBank: Akunmu dibekukan. Balas dengan OTP 6 angka yang kami kirim untuk "
      .. "membukanya hari ini.",
    sms_notice = "SabaiBank: Kami tidak akan pernah menelepon, SMS atau chat untuk meminta OTP, "
      .. "PIN atau kata sandimu. Kalau ada yang minta, berhenti dan telepon kami.",
    sms_reward = "Selamat! Ada hadiah 500 baht di e-wallet kamu Agen kami akan menelepon. "
      .. "Berikan kode yang kami kirim untuk mengklaimnya.",
    sms_tac = "SabaiBank: OTP kamu 604118 untuk mengirim 500.00 baht ke SUDA JAINGAM. Jangan "
      .. "berikan OTP ini kepada siapa pun.",
  },
  l03_lock_accounts = {
    sms_login = "ChatMe: Login baru dari HP di Chiang Mai. Ini kamu? Kalau bukan, buka aplikasi "
      .. "ChatMe dan ganti kata sandimu.",
  },
  l04_dream_job = {
    hotel_from = "Rim Ping Hotel, Chiang Mai",
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
    bank_name = "SabaiBank",
    sms_bank_card = "SabaiBank: Kartu debit barumu sudah dikirim ke alamat rumahmu. Jangan pernah "
      .. "berikan kartu atau PIN-mu kepada siapa pun.",
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
    bank_name = "SabaiBank",
    instant_number = "+66 94 318 2206",
    offer_number_flag = "{sender|+66 89 552 0417}",
    release_number = "+66 61 207 8853",
    sms_bank_approved = "SabaiBank: Pinjaman pribadimu sebesar 20,000 baht disetujui. Kamu "
      .. "membayar 950 baht sebulan selama 24 bulan. Lihat detailnya di aplikasi SabaiBank.",
    sms_bank_reminder = "SabaiBank: Cicilan pinjamanmu 950 baht jatuh tempo 5 Juni. Bayar di "
      .. "aplikasi SabaiBank. Ada pertanyaan? Telepon nomor di kartumu.",
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
  l05_check_before_you_go = {
    fee_after_pay = "Kamu sudah bayar. Seminggu kemudian, Pak Zul minta 20,000 baht lagi untuk "
      .. "\"pelatihan\". Utang seperti ini bisa menjebak orang. Kamu berhenti membayar dan minta "
      .. "saran ke kantor tenaga kerja.",
    fee_question = "Pak Zul bilang: \"Bayar 80,000 baht untuk dapat kerja ini. Tunai saja, minggu "
      .. "ini.\" Apa yang kamu lakukan?",
  },
  l06_if_someone_is_stuck = {
    c_passport = "Paspor kami diambil di hari pertama. Sekarang katanya aku utang 150,000 baht "
      .. "untuk tiket dan makan.",
  },
  l07_too_good_to_be_true = {
    day1_sorry = "Aduh, maaf banget! 😅 Kamu kelihatannya baik. Aku Lina, dari Chiang Mai.",
    day5_win = "Tebak deh, minggu ini aku dapat 20,000 baht dari kripto 😎",
    day9_start = "Mulai kecil saja, cuma 3,000 baht. Kamu bisa tarik kapan saja 😊",
    day9_try = "Oke, 3,000 baht saja buat coba.",
    flag_msg_1 = "Klien yang terhormat, penarikan 52,600 baht Anda sedang ditahan.",
    flag_msg_2 = "Anda harus membayar {tax|pajak 20% (10,520 baht)} dan {audit|biaya audit akun} "
      .. "terlebih dahulu.",
    next_question = "Ravi sudah membayar 12,000 baht untuk biaya. Sekarang mereka minta lagi. Apa "
      .. "yang harus dia lakukan?",
    num_a = "+66 81-447-2109",
    num_b = "+66 92-338-0917",
    sms_crypto_tip = "Aplikasiku menghasilkan 25,000 baht bulan ini 😎 Mulai dengan 3,000 baht, "
      .. "aku bimbing!",
    yes_text = "Ravi dapat chat yang mirip dan bilang iya. Dalam tiga minggu, aplikasi "
      .. "BitNara-nya menampilkan untung 50,000 baht. Lalu dia mencoba menarik uangnya.",
  },
  l08_love_or_script = {
    chat_hospital = "Ibuku masuk rumah sakit 😭 Aku butuh 20,000 baht hari ini.",
    flag_msg_2 = "{emergency|Penerbanganku pulang dibatalkan. Aku butuh 12,000 baht untuk tiket "
      .. "baru.}",
    msg_customs = "Sayang, bea cukai menahan hadiahku untukmu. Bayar biaya 6,000 baht pakai kartu "
      .. "hadiah dan hadiahnya jadi milikmu!",
    reply_some = "Aku cuma punya 3,000 baht. Nggak apa-apa?",
  },
  l09_not_your_fault = {
    chat_threat = "Sekarang dia bilang mau kirim foto itu ke keluargaku kalau aku nggak bayar "
      .. "3,000 baht malam ini 😭",
    msg_new_number = "Ini aku lagi, nomor baru. Bayar 5,000 baht sekarang atau semua orang "
      .. "melihatnya.",
    num_new = "+66 95-509-3228",
  },
  l12_where_to_get_help = {
    chat_1 = "Aku bayar 1,500 baht buat tiket konser",
    scam_question = "Aina membayar 3,000 baht ke penjual online 20 menit lalu. Sekarang "
      .. "penjualnya memblokirnya. Siapa yang bisa membantu pertama kali?",
  },
  l13_spot_check = {
    job_from = "Baan Suan Kitchen",
    bank_name = "SabaiBank",
    coach_1 = "Kabar gembira! Akun CoinRiseX kamu menunjukkan {profit|untung 120,000 baht}!",
    coach_2 = "Untuk menariknya, kamu harus {fee|bayar pajak 15% dulu}: 18,000 baht.",
    job_text = "Dicari: pembantu dapur di Bangkok. 12,000 baht sebulan, ada pelatihan. Datang "
      .. "langsung untuk wawancara, Senin sampai Jumat.",
    mule_number = "+66 83 640 2281",
    parcel_number = "+66 92 118 4507",
    romance_question = "Orang yang kamu pacari online berbulan-bulan, tapi belum pernah bertemu, "
      .. "minta 15,000 baht untuk tiket mengunjungimu. Apa yang kamu lakukan?",
    sms_bank_code = "SabaiBank: OTP kamu 391045 untuk login. Jangan berikan kode ini kepada siapa "
      .. "pun.",
    sms_mule = "Mau 3,000 baht? Sewakan kartu ATM-mu ke kami selama 2 minggu. Uang gampang, tanpa "
      .. "risiko!",
    sms_parcel = "SongDee Express: Paket tertahan. Bayar 25 baht hari ini atau paket "
      .. "dikembalikan: songdee-th.co/p",
    sms_task = "Kerja paruh waktu! Like 3 video, dapat 200 baht. Hasilkan 5,000 baht sehari. "
      .. "Tambahkan aku di Telegram: @coach_vivian",
    task_number = "+66 92 603 4881",
    voice_question = "Suara Siti menelepon dari nomor baru: \"Kirim 10,000 baht sekarang. Jangan "
      .. "bilang siapa-siapa!\" Apa yang kamu lakukan dulu?",
  },
  l14_fake_officer_call = {
    bank_name = "SabaiBank",
    c_parcel = "Halo, ini SongDee Express. Ada paket atas namamu yang ditahan.",
    caller_courier = "+66 2 718 4402",
    court_number = "+66 81 704 2661",
    paid_question = "Pamanmu memindahkan 50,000 baht ke \"rekening aman\" sejam lalu. Sekarang "
      .. "dia ragu. Apa yang harus dia lakukan?",
    r_hang_up_first = "Itu bukan paketku. Aku telepon SongDee Express sendiri.",
    sms_bank_warning = "SabaiBank: Kami tidak akan pernah memintamu memindahkan uang ke "
      .. "\"rekening aman\". Kalau ada penelepon yang minta, tutup dan telepon kami.",
    sms_court = "PENGADILAN: Kamu tidak hadir di sidang. Bayar 20,000 baht hari ini supaya tidak "
      .. "ditangkap. Telepon petugas: 081 704 2661",
    sms_tax = "KANTOR PAJAK: Ada pengembalian pajak 3,120 baht untukmu. Login untuk mengklaimnya "
      .. "hari ini: tax-refund-th.co/claim",
    tax_number = "+66 95 330 5127",
    warrant_3 = "Untuk menghentikan penangkapan, {transfer|pindahkan 80,000 baht ke rekening "
      .. "aman} di bawah ini.",
  },
  l15_task_job = {
    shop_from = "Jai Dee Books",
    cafe_from = "Baan Suan Coffee Chiang Mai",
    cafe_text = "Dicari barista paruh waktu. Akhir pekan, 60 baht per jam. Datang untuk ngobrol "
      .. "dengan manajer.",
    invite_number = "+66 92 603 4881",
    like_text = "Like & subscribe, dapat 3,000 baht sehari! Tanpa pengalaman. DM sekarang!",
    r_pay_vip = "Oke! 500 baht sudah dikirim.",
    r_pay_vip_fb = "200 baht pertama dibayar untuk membuatmu percaya. Bayar supaya dibayar, "
      .. "itulah jebakannya.",
    ravi_text = "Temanmu Ravi mengerjakan tugas-tugasnya. Dia setor uang lagi dan lagi. Sekarang "
      .. "25,000 baht hilang. Dia malu. Ini bukan salahnya: jebakannya memang dibuat untuk menipu "
      .. "orang.",
    recovery_question = "Lalu Ravi menerima ini: \"Kami Asset Recovery Team. Kami bisa "
      .. "mengembalikan 25,000 baht kamu. Biaya: 3,000 baht.\" Apa yang harus dia lakukan?",
    review_number = "+66 86 285 0946",
    sms_invite = "Hai! {unasked|Nomormu terpilih} untuk kerja paruh waktu. {easy|Like 3 video, "
      .. "dapat 200 baht.} {daily|Hasilkan sampai 5,000 baht sehari} dari rumah. {move|Tambahkan "
      .. "aku di Telegram untuk mulai:} @coach_vivian",
    sms_review = "Beri rating hotel dari rumah! Top up 1,000 baht untuk membuka akunmu, lalu "
      .. "dapat uang setiap hari.",
    v_combo = "Kamu dapat 650 baht kembali! Berikutnya tugas kombo. Bayar 5,000 baht dulu.",
    v_negative = "Aduh, saldomu minus. Bayar 12,000 baht untuk membuka uangmu.",
    v_paid = "Bagus! 200 baht sudah masuk ke e-wallet kamu 😄",
    v_vip = "Sekarang tugas VIP. Bayar 500 baht dulu, dapat 650 baht kembali dalam 10 menit.",
  },
  l16_is_that_really_you = {
    ad_text = "{famous|Penyanyi Lara Aziz}: \"Aku dapat 300,000 baht dalam seminggu dengan "
      .. "QuantumProfit AI!\" {guarantee|Tanpa risiko, untung dijamin.} {rush|Tinggal 20 tempat "
      .. "hari ini.} {link|Gabung: qprofit-ai.co}",
    caller_number = "+66 92 294 7730",
    leader_text = "VIDEO: Seorang menteri penting bilang \"Setor 5,000 baht, dapat kembali 50,000 "
      .. "baht dalam sebulan!\" Daftar sekarang.",
    newnum_2 = "Bisa bayarin tagihan buat aku? 5,000 baht. Jangan telepon, aku lagi rapat.",
    newnum_number = "+66 86 704 1193",
    s_accident = "Aku nggak sengaja menabrak mobil. Aku harus bayar 10,000 baht sekarang, atau "
      .. "mereka panggil polisi.",
    s_more = "Makasih! Aduh, mereka minta 5,000 baht lagi.",
  },
  l17_apps_and_qr = {
    b_hi = "Hai! Aku mau HP lamamu. 3,000 baht oke?",
    bank_name = "SabaiBank",
    parcel_number = "+66 81 528 0331",
    refund_number = "+66 95 661 2094",
    sms_bank = "SabaiBank: Aplikasi kami hanya ada di toko aplikasi resmi. Kami tidak pernah "
      .. "mengirim file aplikasi lewat SMS atau chat.",
    sms_parcel = "SongDee Express: Kami tidak bertemu denganmu. Pasang aplikasi pelacak kami "
      .. "untuk menerima paketmu: SongDee_Track.apk",
    sms_refund = "{refund|Ada pengembalian uang 2,500 baht untukmu!} {file|Pasang "
      .. "Refund_Claim.apk untuk mendapatkannya.} {allow|Ketuk Izinkan di setiap pop-up.} "
      .. "{rush|Berakhir malam ini.}",
    wedding_number = "+66 83 884 2051",
  },
  l18_fake_picture = {
    f_threat = "Katanya bayar 2,000 baht malam ini, atau fotonya dikirim ke semua orang yang aku "
      .. "kenal 😭",
    msg_new_number = "Nomor baru. Kesempatan terakhir. Bayar 3,000 baht atau semua orang "
      .. "melihatnya.",
    msg_removal = "Cyber Clean Team: Kami bisa menghapus fotomu dari seluruh internet. Biaya: "
      .. "1,500 baht.",
    num_new = "+66 92 482 0661",
    num_removal = "+66 86 390 5521",
  },
}
