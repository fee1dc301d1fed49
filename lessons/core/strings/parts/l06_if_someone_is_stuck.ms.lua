-- L06 If someone is stuck: teks Bahasa Melayu (Malaysia). Tenang, tiada butiran
-- ganas, tiada menyalahkan mangsa; orang yang dipaksa menipu ialah mangsa.
return {
  l06_if_someone_is_stuck = {
    title = "Jika seseorang terperangkap",
    summary = "Bantu kawan yang terperangkap kerana kerja di luar negara.",

    intro_title = "Mesej daripada sepupu anda",
    intro_text = "Sepupu anda, Farid, pergi ke luar negara untuk kerja khidmat "
      .. "pelanggan. Dia sangat gembira. Dua bulan kemudian, dia hantar mesej kepada "
      .. "anda lewat malam.",

    cousin_name = "Farid",
    c_hi = "Weh. Kau dah tidur? Boleh cakap sekejap?",
    c_not_job = "Kerja ni bukan macam yang mereka cakap. Bukan khidmat pelanggan pun.",
    c_passport = "Mereka ambil pasport kami hari pertama. Sekarang mereka kata aku "
      .. "berhutang RM20,000 untuk tiket dan makan.",
    c_not_free = "Kami tak dibenarkan keluar dari bangunan ni.",
    c_forced = "Mereka paksa kami chat dengan orang asing online dan tipu mereka supaya "
      .. "hantar duit. Aku rasa bersalah sangat.",
    r_blame = "Macam mana kau boleh tertipu?",
    r_blame_fb = "Menyalahkan buat orang terdiam. Dia ditipu oleh orang yang buat kerja "
      .. "ini setiap hari. Ini bukan salah dia.",
    r_support = "Aku lega kau beritahu aku. Ini bukan salah kau.",
    r_support_fb = "Ya. Kata-kata yang baik buat dia terus bercakap dengan anda, dan "
      .. "itulah jalan untuk bantuan sampai kepadanya.",
    r_run = "Lari saja malam ni!",
    r_run_fb = "Cuba lari seorang diri boleh jadi berisiko. Orang yang terlatih boleh "
      .. "rancang jalan keluar yang lebih selamat.",
    c_hurt = "Aku tak tahu. Mereka nampak betul-betul macam syarikat sebenar.",
    r_sorry = "Maaf, aku tersalah cakap. Ini bukan salah kau.",
    c_cant_run = "Tak boleh. Pintu berkunci dan aku tak kenal tempat ni.",
    c_thanks = "Terima kasih. Aku takut nak beritahu sesiapa.",
    c_phone = "Aku cuma boleh guna telefon lewat malam.",
    r_location = "Boleh hantar lokasi kau, atau nama bangunan atau jalan?",
    r_location_fb = "Bagus. Butiran lokasi membantu talian bantuan dan kedutaan "
      .. "mencarinya.",
    r_confront = "Bagi nombor bos kau. Aku suruh dia lepaskan kau.",
    r_confront_fb = "Bersemuka dengan bos boleh menyusahkan Farid. Serahkan kepada "
      .. "talian bantuan dan kedutaan.",
    r_post = "Aku nak post pasal ni kat Facebook supaya semua orang tahu.",
    r_post_fb = "Bos mungkin nampak post awam. Kongsi butiran secara peribadi dengan "
      .. "talian bantuan.",
    c_please_dont = "Tolong jangan. Nanti keadaan aku jadi lebih teruk.",
    r_location_after = "OK. Boleh hantar lokasi kau?",
    c_location = "Lokasi dah hantar. Bangunan tinggi, pagar biru, sebelah hotel besar.",
    r_bye = "OK. Beritahu aku bila kau dah keluar.",
    r_bye_fb = "Dia perlukan anda sekarang. Terus berhubung supaya dia tidak rasa "
      .. "keseorangan.",
    r_stay = "Aku tengah cari bantuan. Esok masa yang sama? Padam chat ni kalau lebih "
      .. "selamat.",
    r_stay_fb = "Terus berhubung beri dia harapan. Biar dia tentukan apa yang selamat "
      .. "untuknya.",
    c_ok = "OK. Esok pukul 11. Terima kasih banyak.",
    c_dont_go = "Tolong jangan hilang. Boleh kita cakap esok pukul 11?",
    r_yes_tomorrow = "Boleh. Aku ada. Aku tengah cari bantuan.",

    signs_question = "Tanda mana yang menunjukkan Farid tidak bebas?",
    sign_passport = "Pasportnya diambil",
    sign_passport_fb = "Mengambil pasport menghalang orang daripada pergi.",
    sign_debt = "Dia \"berhutang\" banyak tanpa pernah bersetuju",
    sign_debt_fb = "Hutang rekaan digunakan untuk memaksa orang terus bekerja.",
    sign_homesick = "Dia rindu rumah dan masakan ibu",
    sign_homesick_fb = "Ramai orang rindu rumah di luar negara. Itu sahaja adalah biasa.",
    sign_not_free = "Dia tidak dibenarkan keluar dari bangunan",
    sign_not_free_fb = "Tidak bebas untuk pergi ialah tanda jelas pemerdagangan orang.",

    step_question = "Apa anda buat sekarang?",
    step_wait = "Tunggu beberapa minggu dan lihat",
    step_wait_fb = "Lebih baik dapatkan bantuan awal. Farid sudah minta tolong anda.",
    step_hotline = "Hubungi talian pemerdagangan orang atau kedutaan, dan beri lokasi",
    step_hotline_fb = "Ya. Mereka tahu cara membantu orang keluar dengan selamat. Sentuh "
      .. "butang \"Dapatkan bantuan\" untuk nombornya.",
    step_pay = "Hantar duit untuk bayar hutangnya",
    step_pay_fb = "Hutang itu rekaan. Membayar boleh membawa kepada lebih banyak "
      .. "tuntutan. Tanya talian bantuan dulu.",
    step_go = "Pergi ke sana dan bawa dia pulang sendiri",
    step_go_fb = "Ini boleh membahayakan anda berdua. Biar orang terlatih yang uruskan.",

    c_next_night = "Hai, aku lagi ni.",
    c_worry = "Aku takut. Aku dah tipu orang. Polis akan tangkap aku ke?",
    r_victim = "Kau dipaksa. Kau mangsa, bukan penjenayah. Orang yang membantu tahu itu.",
    r_victim_fb = "Betul. Orang yang dipaksa menipu ialah mangsa pemerdagangan orang, "
      .. "bukan penjenayah.",
    r_criminal = "Mungkin. Kau memang tipu orang.",
    r_criminal_fb = "Dia dipaksa. Orang yang dipaksa menipu ialah mangsa pemerdagangan "
      .. "orang, bukan penjenayah. Rasa takut boleh buat dia tidak minta bantuan.",
    c_relief = "Terima kasih sebab tak menghakimi aku. Aku tunggu panggilan.",
    c_ashamed = "Aku tahu. Aku malu sangat.",
    r_victim_after = "Maaf. Kau dipaksa. Kau mangsa, bukan penjenayah.",

    scale_title = "Farid tidak keseorangan",
    scale_text = "Pakar PBB menganggarkan sekurang-kurangnya 120,000 orang di Myanmar "
      .. "dan kira-kira 100,000 di Kemboja mungkin ditahan di pusat penipuan. Ramai "
      .. "masih muda dan berpelajaran. Ia boleh berlaku kepada sesiapa, dan ia bukan "
      .. "salah mereka.",

    take_signs = "Pasport diambil, hutang rekaan, tidak bebas keluar, dipaksa menipu: "
      .. "ini tanda pemerdagangan orang.",
    take_act = "Bertenang dan bercakap dengan baik. Dapatkan lokasi, jangan bersemuka, "
      .. "dan hubungi talian pemerdagangan orang atau kedutaan.",
    take_victims = "Orang yang dipaksa menipu ialah mangsa, bukan penjenayah.",
  },
}
