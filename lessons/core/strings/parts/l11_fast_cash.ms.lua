-- Teks Bahasa Melayu pelajaran L11 (Tunai cepat, kos tinggi). Malaysia: RM, nombor +60.
-- DanaKilat ialah nama pemberi pinjam rekaan.
return {
  l11_fast_cash = {
    title = "Tunai cepat, kos tinggi",
    summary = "Kenal aplikasi pinjaman palsu sebelum terperangkap.",

    intro_title = "Tunai cepat, kos tinggi",
    intro_text = "Perlukan duit segera? Aplikasi pinjaman palsu janji tunai mudah, "
      .. "kemudian ambil lebih banyak daripada yang diberi. Jom belajar kenal mereka.",

    time_0812 = "Hari ini 08:12",
    time_1015 = "Isnin 10:15",
    time_2231 = "Isnin 22:31",
    time_1120 = "Selasa 11:20",
    time_0900 = "Rabu 09:00",
    time_0647 = "Khamis 06:47",

    flags_title = "Cari tanda bahaya dalam tawaran ini",
    offer_number_flag = "{sender|+60 11-6034 2287}",
    sms_offer_flags = "DanaKilat: Dapatkan RM3,000 hari ini! {fee|Bayar dulu yuran "
      .. "proses RM150}. Hanya {interest|faedah 2% sehari}, {term|bayar balik dalam "
      .. "7 hari}. Muat turun: {link|danakilat-pinjam.apk}",
    flag_sender = "Anda tidak pernah minta pinjaman. Tawaran melalui SMS dari nombor "
      .. "peribadi ialah tanda pemberi pinjam haram.",
    flag_fee = "Pemberi pinjam sebenar tidak ambil yuran sebelum anda dapat duit. "
      .. "Selalunya pinjaman itu tidak pernah sampai.",
    flag_interest = "2% sehari lebih kurang 60% sebulan. Hutang naik sangat cepat.",
    flag_term = "7 hari sangat singkat. Ia dibuat supaya anda lewat bayar, kemudian "
      .. "bayar lebih.",
    flag_link = "Fail aplikasi daripada pautan SMS, bukan dari gedung aplikasi rasmi. "
      .. "Jangan pasang.",

    perm_question = "Aplikasi itu minta akses ini. Yang mana aplikasi pinjaman tidak "
      .. "patut perlukan?",
    perm_contacts = "Senarai kenalan anda",
    perm_contacts_fb = "Pemberi pinjam palsu salin kenalan anda untuk memalukan anda "
      .. "di depan kawan dan keluarga.",
    perm_photos = "Gambar anda",
    perm_photos_fb = "Gambar anda tiada kaitan dengan pinjaman. Ia boleh digunakan "
      .. "untuk menakutkan anda.",
    perm_name = "Nama dan nombor telefon anda",
    perm_name_fb = "Biasa. Pemberi pinjam perlu tahu siapa anda dan cara hubungi anda.",
    perm_location = "Lokasi anda",
    perm_location_fb = "Pinjaman tidak perlu tahu di mana anda berada. Ia membantu "
      .. "mereka menakutkan anda.",

    popup_question = "Aplikasi papar: \"DanaKilat mahu akses kenalan anda.\" Apa "
      .. "anda tekan?",
    popup_allow = "Benarkan. Saya perlu duit cepat.",
    popup_allow_fb = "Sebaik dibenarkan, aplikasi boleh salin semua kenalan dalam "
      .. "beberapa saat. Kawan anda mungkin dapat mesej kasar.",
    popup_later = "Benarkan dulu, tutup nanti.",
    popup_later_fb = "Nanti sudah terlambat: senarai itu disalin serta-merta.",
    popup_deny = "Jangan benarkan, dan padam aplikasi.",
    popup_deny_fb = "Ya. Pinjaman yang perlukan kenalan anda bukan pinjaman sebenar.",

    sort_question = "Selamat atau penipuan?",
    bank_name = "MyBank",
    sms_bank_approved = "MyBank: Pinjaman peribadi RM2,000 anda diluluskan. Bayaran "
      .. "RM95 sebulan selama 24 bulan. Lihat butiran dalam aplikasi MyBank.",
    why_bank_approved = "Anda sendiri memohon dalam aplikasi bank anda. Bayaran "
      .. "bulanan jelas, tiada pautan, tiada yuran dulu.",
    instant_number = "+60 13-778 0154",
    sms_instant = "Perlu tunai? RM5,000 dalam 5 minit! Tak perlu IC, tiada semakan. "
      .. "Balas YA sekarang!",
    why_instant = "Tawaran yang anda tidak minta, tanpa sebarang semakan. Pemberi "
      .. "pinjam sebenar semak siapa anda.",
    release_number = "+60 16-239 8841",
    sms_release = "Pinjaman RM3,000 anda sudah sedia! Pindahkan RM200 \"insurans\" "
      .. "hari ini untuk keluarkan duit.",
    why_release = "Yuran sebelum duit masuk ialah helahnya. Selepas bayar, selalunya "
      .. "ada yuran lain, dan tiada pinjaman.",
    sms_bank_reminder = "MyBank: Bayaran pinjaman RM95 anda perlu dibuat pada 5 Jun. "
      .. "Bayar dalam aplikasi MyBank. Ada soalan? Hubungi nombor pada kad anda.",
    why_bank_reminder = "Peringatan tenang daripada bank anda sendiri. Tiada ugutan, "
      .. "tiada pautan.",
    threat_number = "+60 11-2094 6673",
    sms_threat = "Anda LEWAT! Bayar RM900 hari ini atau kami mesej semua kenalan "
      .. "anda. Polis akan tangkap anda malam ini!",
    why_threat = "Memalukan dan ugutan polis palsu ialah cara pemberi pinjam haram "
      .. "kutip hutang. Yang sebenar tidak buat begini.",

    bridge_title = "Sudah terjerat dengan aplikasi pinjaman?",
    bridge_text = "Ada aplikasi yang hantar mesej kasar kepada kawan dan keluarga "
      .. "anda. Itu salah, dan bukan salah anda. Anda boleh dapatkan bantuan.",

    harassed_question = "Aplikasi pinjaman Sara sedang mesej kawan-kawannya. Dia rasa "
      .. "malu. Apa patut dia buat?",
    harassed_pay = "Bayar apa saja yang diminta supaya ia berhenti",
    harassed_pay_fb = "Membayar jarang menghentikannya. Mereka selalu datang semula "
      .. "dan minta lagi.",
    harassed_hide = "Rahsiakan dan harap ia berhenti",
    harassed_hide_fb = "Dia tidak bersalah, dan dia tidak perlu hadapinya seorang diri.",
    harassed_report = "Simpan mesej, buat laporan, dan beri amaran kepada kawan",
    harassed_report_fb = "Ya. Mesej yang disimpan membantu polis. Yang patut malu "
      .. "ialah pemberi pinjam, bukan Sara.",

    check_question = "Anda betul-betul perlu pinjaman. Apa yang anda semak dulu?",
    check_downloads = "Aplikasi itu ada banyak muat turun",
    check_downloads_fb = "Aplikasi palsu boleh ada banyak muat turun dan ulasan palsu.",
    check_licence = "Pemberi pinjam itu berlesen, dalam senarai rasmi",
    check_licence_fb = "Ya. Jika tiada dalam senarai kerajaan, jangan pinjam. Bank "
      .. "anda juga boleh bantu.",
    check_speed = "Duit masuk dengan cepat",
    check_speed_fb = "Duit cepat ialah umpannya. Laju tidak bermakna selamat.",

    take_licence = "Semak lesen pemberi pinjam sebelum meminjam.",
    take_no_fee = "Jangan sekali-kali bayar yuran untuk dapat pinjaman.",
    take_permissions = "Aplikasi pinjaman tidak perlukan kenalan, gambar atau lokasi "
      .. "anda.",
  },
}
