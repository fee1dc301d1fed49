-- Teks Bahasa Melayu pelajaran L13 (Semakan pantas). Malaysia: RM, nombor +60.
-- PosExpress, MyBank, CoinRiseX dan kedai ialah nama rekaan.
return {
  l13_spot_check = {
    title = "Semakan pantas",
    summary = "Kuiz campuran untuk ulang kaji semua pelajaran.",

    intro_title = "Semakan pantas",
    intro_text = "Ulang kaji ringkas semua pelajaran. Ada mesej yang betul, ada yang "
      .. "palsu. Ambil masa anda.",

    inbox_question = "Selamat atau penipuan?",
    app_facebook = "Facebook",
    time_0905 = "Hari ini 09:05",
    time_0931 = "Hari ini 09:31",
    time_1544 = "Hari ini 15:44",
    time_job = "3 j",

    parcel_number = "+60 11-3092 7745",
    sms_parcel = "PosExpress: Bungkusan ditahan. Bayar RM2.90 hari ini atau ia "
      .. "dipulangkan: posexpres-my.co/p",
    why_parcel = "Yuran kecil, desakan dan pautan pelik: penipuan bungkusan.",

    bank_name = "MyBank",
    sms_bank_code = "MyBank: TAC anda ialah 391045 untuk log masuk. Jangan kongsi "
      .. "kod ini dengan sesiapa.",
    why_bank_code = "Kod yang anda minta semasa log masuk, dengan amaran supaya "
      .. "dirahsiakan. Betul, tapi hanya untuk anda.",

    friend_name = "Aina",
    code_1 = "Hai! Aku tersilap hantar kod 6 digit ke telefon kau 😅",
    code_2 = "Boleh hantar kat aku cepat?",
    why_code_mistake = "Kod \"tersilap hantar\" ialah helah biasa. Akaun Aina mungkin "
      .. "telah digodam. Telefon dia dulu.",

    job_from = "Restoran Selera Kita",
    job_text = "Jawatan kosong: pembantu dapur di Shah Alam. RM1,700 sebulan, ada "
      .. "latihan. Datang terus untuk temu duga, Isnin hingga Jumaat.",
    why_real_job = "Tempat sebenar, gaji biasa, dan anda jumpa mereka sendiri. Tiada "
      .. "yuran, tiada perjalanan ke luar negara.",

    mule_number = "+60 17-406 2281",
    sms_mule = "Nak RM500? Sewakan kad ATM anda kepada kami selama 2 minggu. Duit "
      .. "mudah, tiada risiko!",
    why_mule = "Menyewakan kad menjadikan anda keldai akaun. Itu jenayah, dan semua "
      .. "risiko ditanggung anda.",

    flags_title = "Lina, yang anda kenal dalam talian, hantar ini. Cari tanda bahaya.",
    coach_name = "Lina",
    coach_1 = "Berita baik! Akaun CoinRiseX anda tunjuk {profit|untung RM12,400}!",
    coach_2 = "Untuk keluarkan, anda mesti {fee|bayar cukai 15% dulu}: RM1,860.",
    coach_3 = "{rush|Bayar hari ini}, atau akaun anda dibekukan.",
    flag_profit = "Untung besar di skrin bukan duit sebenar. Ia ditunjuk supaya anda "
      .. "masukkan lebih banyak.",
    flag_fee = "Platform sebenar tidak minta yuran atau cukai sebelum anda keluarkan "
      .. "duit sendiri.",
    flag_rush = "Tarikh akhir buat anda bayar sebelum sempat berfikir atau bertanya.",

    job_question = "Tawaran kerja di luar negara datang melalui Telegram. Yang mana "
      .. "tanda bahaya?",
    job_easy_pay = "Gaji tinggi untuk kerja mudah, tanpa pengalaman",
    job_easy_pay_fb = "Terlalu indah untuk jadi kenyataan. Kerja palsu janji gaji besar "
      .. "untuk tugas mudah.",
    job_contract = "Kontrak bertulis dengan nama syarikat",
    job_contract_fb = "Tanda baik. Tetap semak tawaran itu dengan agensi rasmi sebelum "
      .. "pergi.",
    job_no_visa = "Tiket kapal terbang percuma, dan \"tak perlu visa kerja\"",
    job_no_visa_fb = "Kerja sebenar di luar negara perlukan visa kerja. Tiket percuma "
      .. "ialah umpan.",
    job_fee = "Anda perlu bayar yuran pengambilan dulu",
    job_fee_fb = "Pekerja tidak sepatutnya bayar yuran pengambilan.",

    passport_question = "Siti mula kerja di luar negara. Majikannya kata: \"Saya "
      .. "simpankan pasport awak supaya selamat.\" Apa yang betul?",
    passport_normal = "Itu biasa dan baik hati",
    passport_normal_fb = "Ia nampak baik, tapi pekerja patut simpan pasport sendiri.",
    passport_control = "Dia patut simpan sendiri. Mengambilnya ialah tanda kawalan.",
    passport_control_fb = "Ya. Jika dia tak dapat pasport semula, talian pemerdagangan "
      .. "orang atau kedutaan boleh bantu.",
    passport_receipt = "Tak apa jika majikan beri resit",
    passport_receipt_fb = "Resit tak membantu jika dia tak boleh keluar. Pasport itu "
      .. "milik dia.",

    romance_question = "Seseorang yang anda kenal dalam talian berbulan-bulan, tapi tak "
      .. "pernah jumpa, minta RM2,000 untuk tiket datang jumpa anda. Apa anda buat?",
    romance_send = "Hantar. Cinta perlukan kepercayaan.",
    romance_send_fb = "Minta duit untuk tiket ialah permintaan biasa dalam penipuan cinta.",
    romance_half = "Hantar separuh, supaya selamat",
    romance_half_fb = "Berapa pun jumlahnya, ia hilang. Selalunya mereka minta lagi "
      .. "dan lagi.",
    romance_no = "Jangan hantar duit. Minta panggilan video, dan cakap dengan orang "
      .. "yang anda percaya.",
    romance_no_fb = "Ya. Orang yang sebenar boleh jumpa anda melalui video dan tak "
      .. "perlukan duit anda.",

    sext_question = "Seseorang ugut untuk sebarkan gambar peribadi Farah jika dia tak "
      .. "bayar. Apa anda cakap kepadanya dulu?",
    sext_not_fault = "Ini bukan salah kau. Jangan bayar. Simpan chat, sekat, lapor.",
    sext_not_fault_fb = "Ya. Kebaikan dulu. Kemudian bantu dia simpan bukti, lapor, dan "
      .. "hubungi talian bantuan.",
    sext_blame = "Kau tak patut hantar gambar tu.",
    sext_blame_fb = "Menyalahkan menyakitkan dan buat orang bersembunyi. Yang mengugut "
      .. "itulah yang salah.",
    sext_pay = "Bayar cepat supaya habis.",
    sext_pay_fb = "Membayar jarang hentikannya. Mereka selalu datang semula minta lagi.",

    loan_question = "Aplikasi pinjaman minta akses kenalan dan gambar anda. Apa anda "
      .. "buat?",
    loan_allow = "Benarkan. Aplikasi perlukannya untuk pinjaman.",
    loan_allow_fb = "Pinjaman sebenar tak perlukannya. Pemberi pinjam palsu gunakannya "
      .. "untuk memalukan anda.",
    loan_deny = "Jangan benarkan, dan jangan guna aplikasi itu.",
    loan_deny_fb = "Ya. Semak lesen pemberi pinjam, dan jangan bayar yuran dulu.",

    take_stop = "Yuran, desakan, kod dan rahsia ialah tanda bahaya. Berhenti dan semak.",
    take_real = "Kebanyakan mesej adalah betul. Semak dengan tenang; tak perlu takut "
      .. "semuanya.",
    take_help = "Jika sesuatu berlaku, itu bukan salah anda. Dapatkan bantuan dengan "
      .. "cepat.",
  },
}
