-- Teks Bahasa Melayu pelajaran L10 (Akaun anda bukan untuk disewa). Malaysia: RM,
-- nombor +60. Hukuman ialah hukuman di Malaysia (research/lessons.md 2.8).
return {
  l10_account_not_for_rent = {
    title = "Akaun anda bukan untuk disewa",
    summary = "Tolak \"duit mudah\" untuk akaun bank anda.",

    intro_title = "Akaun anda bukan untuk disewa",
    intro_text = "Ada orang tawarkan \"duit mudah\" untuk guna akaun bank, e-dompet "
      .. "atau kad ATM anda. Nampak macam tiada apa-apa. Sebenarnya bahaya. Jom "
      .. "belajar kenal tawaran begini.",

    offers_question = "Selamat atau penipuan?",
    app_facebook = "Facebook",
    time_post = "2 j",
    time_shop = "Semalam",
    time_0930 = "Hari ini 09:30",
    time_1410 = "Hari ini 14:10",

    rent_post_from = "Duit Senang MY",
    rent_post_text = "Dapat RM500 seminggu dari rumah! Sewakan saja akaun bank anda "
      .. "kepada kami. Tak perlu kerja, tiada risiko. PM sekarang!",
    why_rent_post = "Duit tanpa kerja, hanya untuk akaun anda, ialah perangkap. "
      .. "Penipu mahu guna akaun itu untuk pindahkan duit curi.",

    bank_name = "MyBank",
    sms_bank_card = "MyBank: Kad debit baharu anda telah dipos ke alamat rumah anda. "
      .. "Jangan beri kad atau PIN anda kepada sesiapa.",
    why_bank_card = "Bank anda sendiri, mengingatkan anda supaya simpan kad sendiri. "
      .. "Ia tidak meminta apa-apa.",

    wallet_friend = "Danish",
    wallet_1 = "Bro, boleh bos aku masukkan duit dalam e-dompet kau?",
    wallet_2 = "Lepas tu kau pindahkan kat aku. Aku bagi kau RM100 😎",
    why_friend_wallet = "Walaupun daripada kawan, ini menjadikan anda keldai akaun. Duit itu "
      .. "mungkin duit curi, dan ia lalu atas nama anda.",

    shop_from = "Kedai Buku Ceria",
    shop_text = "Jawatan kosong! Juruwang separuh masa, RM9 sejam. Datang ke kedai "
      .. "untuk temu duga. Gaji masuk ke akaun bank anda sendiri.",
    why_shop_job = "Kerja sebenar: ada kerja, temu duga di kedai, dan gaji masuk ke "
      .. "akaun yang hanya anda kawal.",

    open_number = "+60 11-5820 3317",
    sms_open = "Dapat RM300! Buka akaun bank baharu, kemudian beri kami kad dan PIN. "
      .. "Yang lain kami uruskan.",
    why_open_account = "Buka akaun untuk orang lain ialah helah akaun keldai. Apa "
      .. "sahaja yang mereka buat, ia atas nama anda.",

    why_title = "Kenapa mereka mahu akaun anda?",
    why_text = "Duit penipuan perlu tempat untuk disimpan. Akaun anda menyorokkan "
      .. "penipu sebenar. Bila polis jejak duit itu, ia sampai kepada anda.",

    chat_name = "Hafiz",
    chat_hi = "Hai! Aina bagi nombor kau 😊",
    chat_offer = "Nak RM800? Pinjamkan akaun bank kau sebulan je. Tak payah buat "
      .. "apa-apa!",
    reply_how = "Senangnya. Kau perlukan apa?",
    reply_how_fb = "Memang nampak senang, dan itulah helahnya. Duit hanya kerana "
      .. "pinjamkan akaun ialah tanda bahaya besar.",
    reply_no = "Tak nak. Akaun aku untuk aku saja.",
    reply_no_fb = "Bagus. Cukup dengan \"tidak\" yang jelas.",
    chat_need = "Cuma login aplikasi bank, kad kau, dan kod yang bank hantar.",
    reply_give = "OK, malam ni aku hantar.",
    reply_give_fb = "Dengan login, kad dan kod anda, dia kawal akaun anda. Anda "
      .. "masih boleh berhenti: tolak dan beritahu bank anda.",
    reply_stop = "Itu seluruh akaun aku. Tak boleh.",
    reply_stop_fb = "Betul. Tiada syarikat sebenar perlukan login, kad atau kod anda.",
    chat_push = "Alah, semua orang buat. Bukan salah pun, akaun je 😉",
    reply_ok_once = "Yalah, sebulan saja.",
    reply_ok_once_fb = "Desakan ialah sebahagian daripada helah. Biar orang lain guna "
      .. "akaun anda ialah jenayah, walaupun sebulan.",
    reply_still_no = "Itu salah di sisi undang-undang. Jawapan aku tetap tidak.",
    reply_still_no_fb = "Bagus. Anda tidak biar desakan ubah jawapan anda.",
    chat_gone = "(Hafiz sudah tidak membalas.)",

    risk_question = "Duit penipuan masuk melalui akaun anda. Apa boleh jadi kepada "
      .. "anda?",
    risk_none = "Tiada apa-apa. Itu bukan duit saya.",
    risk_none_fb = "Malangnya tidak. Akaun itu atas nama anda, jadi polis akan "
      .. "datang kepada anda dulu.",
    risk_charge = "Bank boleh bekukan akaun, dan saya boleh didakwa.",
    risk_charge_fb = "Ya. Di Malaysia, hukumannya denda RM10,000 hingga RM100,000, "
      .. "penjara 1 hingga 7 tahun, atau kedua-duanya.",
    risk_boss = "Hanya bos yang kena.",
    risk_boss_fb = "Bos selalunya sukar dicari. Pemilik akaun mudah dicari, dan "
      .. "boleh didakwa.",

    gave_question = "Minggu lepas Amir beri kad ATMnya kepada seorang \"bos\". "
      .. "Sekarang dia risau. Apa patut dia buat?",
    gave_wait = "Diam dan harap tiada apa berlaku",
    gave_wait_fb = "Setiap hari, lebih banyak duit penipuan boleh lalu. Bertindak "
      .. "sekarang jauh lebih baik untuknya.",
    gave_ask_back = "Minta bos pulangkan kad itu",
    gave_ask_back_fb = "Bos mungkin tidak pulangkan. Bank boleh sekat kad itu hari "
      .. "ini juga.",
    gave_bank_police = "Telefon bank untuk sekat kad, kemudian pergi ke balai polis",
    gave_bank_police_fb = "Ya. Beritahu awal menunjukkan dia mahu hentikannya. "
      .. "Minta bantuan ialah langkah yang betul.",

    signs_question = "Yang mana tanda tawaran akaun keldai?",
    sign_pay_for_account = "Duit hanya untuk guna akaun anda",
    sign_pay_for_account_fb = "Kerja sebenar bayar untuk kerja, bukan untuk akaun anda.",
    sign_card_pin = "Mereka minta kad, PIN atau login aplikasi anda",
    sign_card_pin_fb = "Ini kunci akaun anda. Simpan untuk diri sendiri.",
    sign_salary = "Majikan masukkan gaji ke akaun anda",
    sign_salary_fb = "Itu biasa. Gaji anda sendiri, untuk kerja anda sendiri.",
    sign_everyone = "\"Semua orang buat, bukan salah pun\"",
    sign_everyone_fb = "Ia memang salah. Ayat ini digunakan untuk redakan rasa risau "
      .. "anda.",

    take_never_rent = "Jangan sewa, pinjam atau jual akaun bank, e-dompet atau kad "
      .. "ATM anda.",
    take_say_no = "Duit hanya untuk guna akaun anda ialah perangkap. Katakan tidak.",
    take_act = "Sudah terberi? Telefon bank dan lapor polis hari ini.",
  },
}
