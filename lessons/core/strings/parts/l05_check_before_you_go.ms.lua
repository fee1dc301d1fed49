-- L05 Check before you go: teks Bahasa Melayu (Malaysia).
return {
  l05_check_before_you_go = {
    title = "Semak sebelum pergi",
    summary = "Rancang kerja luar negara yang selamat.",

    intro_title = "Semak sebelum pergi",
    intro_text = "Anda mahu bekerja di luar negara dan hantar duit ke rumah. Rancangan "
      .. "yang bagus! Seorang ejen tawarkan kerja hotel di Dubai. Jom buat semakan yang "
      .. "menjaga keselamatan anda.",

    agency_question = "Ejen itu, Encik Zul, kata agensinya berlesen. Bagaimana anda "
      .. "pastikan?",
    agency_gov = "Semak agensi itu dengan pejabat buruh kerajaan",
    agency_gov_fb = "Betul. Pejabat kerajaan tahu agensi mana yang berlesen. Bertanya "
      .. "tidak dikenakan bayaran.",
    agency_page = "Tengok page Facebook dan ulasan agensi itu",
    agency_page_fb = "Page dan ulasan mudah dipalsukan. Hanya pejabat kerajaan boleh "
      .. "sahkan agensi itu berlesen.",
    agency_word = "Percaya saja. Jiran saya pergi melalui dia.",
    agency_word_fb = "Jiran anda berniat baik, tetapi dia tidak tahu sama ada agensi "
      .. "itu berlesen. Semak dengan pejabat kerajaan.",
    agency_after_check = "Anda bertanya kepada pejabat buruh. Agensi itu ada dalam "
      .. "senarai agensi berlesen. Permulaan yang baik!",
    agency_after_skip = "Anda tidak menyemak. Kemudian kakak anda tanya pejabat buruh "
      .. "untuk anda: agensi itu berlesen. Nasib baik! Lain kali, semak sendiri.",

    fee_question = "Encik Zul kata: \"Bayar RM4,000 untuk dapat kerja ini. Tunai "
      .. "sahaja, minggu ini.\" Apa anda buat?",
    fee_pay = "Bayar saja. Kerja bagus memang kena bayar.",
    fee_pay_fb = "Pekerja tidak patut bayar untuk dapat kerja. Mengikut peraturan "
      .. "pengambilan yang adil, majikan yang tanggung kos ini.",
    fee_loan = "Pinjam daripada dia, bayar balik daripada gaji",
    fee_loan_fb = "Hutang kepada ejen memberi dia kuasa ke atas anda. Kerja yang adil "
      .. "tidak kenakan bayaran langsung kepada pekerja.",
    fee_refuse = "Tolak, dan tanya pejabat buruh tentang yuran itu",
    fee_refuse_fb = "Syabas. Kerja yang adil tidak kenakan bayaran kepada anda. Majikan "
      .. "yang tanggung kosnya.",
    fee_after_refuse = "Anda menolak. Encik Zul setuju majikan yang akan bayar. Memang "
      .. "begitulah sepatutnya: anda tidak bayar untuk dapat kerja.",
    fee_after_pay = "Anda sudah bayar. Seminggu kemudian, Encik Zul minta RM1,000 lagi "
      .. "untuk \"latihan\". Hutang begini boleh memerangkap orang. Anda berhenti bayar "
      .. "dan minta nasihat pejabat buruh.",

    sort_question = "Encik Zul hantar mesej lagi. Selamat atau penipuan?",
    agent_name = "Encik Zul (ejen)",
    msg_contract = "Ini kontrak awak dalam Bahasa Melayu. Baca di rumah dan tanya saya "
      .. "apa-apa saja.",
    why_contract = "Kontrak bertulis dalam bahasa anda, sebelum pergi, ialah apa yang "
      .. "diberi oleh kerja yang adil.",
    msg_no_contract = "Tak payah kontrak lah. Percayalah, dah ramai saya hantar.",
    why_no_contract = "Tanpa kontrak bertulis, tiada siapa boleh buktikan gaji dan kerja "
      .. "yang dijanjikan.",
    msg_employer_pays = "Berita baik: majikan bayar visa dan tiket awak. Awak tak bayar "
      .. "apa-apa untuk kerja ini.",
    why_employer_pays = "Itu pengambilan yang adil. Majikan tanggung kos ini, bukan anda.",
    msg_place_changed = "Tukar rancangan: hotel itu sekarang di negara lain. Gaji sama, "
      .. "datang saja.",
    why_place_changed = "Bila tempat berubah, seluruh tawaran berubah. Berhenti dan semak "
      .. "semula.",

    passport_question = "Di lapangan terbang, Encik Zul kata: \"Bagi pasport awak. Saya "
      .. "simpankan supaya selamat.\" Apa anda buat?",
    passport_give = "Bagi saja. Dia tolong saya.",
    passport_give_fb = "Pasport anda milik anda. Sesiapa yang pegang pasport boleh "
      .. "halang anda pulang atau tukar kerja.",
    passport_keep = "Simpan sendiri, dan cakap dengan sopan saya pegang pasport sendiri",
    passport_keep_fb = "Betul. Simpan pasport bersama anda. Majikan yang adil tidak "
      .. "perlu memegangnya.",
    passport_half = "Bagi, tetapi ambil gambarnya dulu",
    passport_half_fb = "Gambar memang berguna, tetapi gambar tidak boleh bawa anda pulang. "
      .. "Simpan pasport sebenar sendiri.",
    passport_after_give = "Kemudian, Encik Zul kata anda mesti langsaikan \"hutang\" "
      .. "dulu sebelum dapat pasport semula. Memegang pasport ialah cara mengawal orang. "
      .. "Simpan pasport anda sendiri.",

    plan_question = "Sebelum terbang, apa yang patut ada dalam pelan keselamatan anda?",
    plan_route = "Beri keluarga butiran penerbangan, alamat dan nama majikan",
    plan_route_fb = "Ya. Keluarga tahu di mana anda dan siapa yang perlu dihubungi.",
    plan_numbers = "Simpan nombor kedutaan dan talian bantuan dalam telefon",
    plan_numbers_fb = "Ya. Jika ada masalah, anda tahu siapa yang perlu dihubungi.",
    plan_secret = "Rahsiakan perjalanan sampai saya tiba",
    plan_secret_fb = "Rahsia membantu orang yang menipu pekerja. Kongsi pelan anda.",
    plan_passport = "Simpan pasport bersama saya",
    plan_passport_fb = "Ya. Pasport sentiasa bersama anda.",

    plan_card_title = "Pelan saya sebelum pergi",
    plan_card_text = "✓ Agensi sudah disemak dengan pejabat buruh\n"
      .. "✓ Tiada yuran dibayar untuk dapat kerja\n"
      .. "✓ Kontrak dalam bahasa saya, dibaca sebelum pergi\n"
      .. "✓ Pasport sentiasa bersama saya\n"
      .. "✓ Keluarga ada butiran penerbangan, alamat dan majikan\n"
      .. "✓ Nombor kedutaan dan talian bantuan disimpan (sentuh \"Dapatkan bantuan\")",

    take_check = "Semak agensi dengan pejabat buruh kerajaan sebelum membayar atau "
      .. "menandatangani apa-apa.",
    take_no_fee = "Jangan bayar untuk dapat kerja, dan simpan pasport sendiri.",
    take_plan = "Beri keluarga butiran perjalanan, dan simpan nombor kedutaan serta "
      .. "talian bantuan.",
  },
}
