-- Malay texts of lesson L07 (Too good to be true). Malaysia: RM, +60 numbers, WhatsApp.
-- {id|words} marks a red flag the learner can tap. BitNara is an invented app name.
return {
  l07_too_good_to_be_true = {
    title = "Terlalu indah untuk jadi kenyataan",
    summary = "Kenali sembang mesra yang berakhir dengan pelaburan palsu.",

    intro_title = "Mesej daripada orang asing",
    intro_text = "Ada penipuan yang bermula dengan satu mesej mesra dan berlarutan "
      .. "berminggu-minggu. Ikuti sembang ini hari demi hari, dan pilih balasan anda.",

    -- the chat
    scam_name = "Mei Ling",
    day1_hi = "Hai Jason! Kita jadi makan malam nanti? 😊",
    day1_wrong = "Maaf, salah nombor.",
    day1_wrong_fb = "Ringkas dan sopan. Itu sudah cukup untuk orang yang anda tidak "
      .. "kenal.",
    day1_who = "Tak ada Jason di sini 😄 Siapa ni?",
    day1_who_fb = "Bersikap mesra itu biasa. Tetapi soalan mengajak orang asing terus "
      .. "bersembang. Balasan ringkas sudah cukup.",
    day1_sorry = "Alamak, maaf! 😅 Awak nampak baik. Saya Mei Ling, dari Pulau Pinang.",
    day1_friends = "Boleh kita berkawan? 😊",
    day1_sure = "Boleh, apa salahnya!",
    day1_sure_fb = "Memang seronok, dan ramai yang setuju. Tetapi salah nombor yang "
      .. "jadi persahabatan selalunya cara penipuan ini bermula.",
    day1_no_thanks = "Tak apa, terima kasih. Jaga diri!",
    day1_no_thanks_fb = "Bagus. \"Salah nombor\" yang cepat mahu berkawan ialah cara "
      .. "biasa penipuan ini bermula.",

    day5_title = "Hari ke-5",
    day5_text = "Mei Ling hantar mesej setiap pagi. Dia tanya tentang hari anda dan "
      .. "hantar gambar makanan dan percutian.",
    day5_morning = "Selamat pagi! ☀️ Dah makan?",
    day5_win = "Minggu ni saya untung RM3,000 dengan kripto 😎",
    day5_how = "Wah! Macam mana awak buat?",
    day5_how_fb = "Cerita untung besar kripto daripada kawan baru dalam talian ialah "
      .. "tanda bahaya. Dia mahu anda bertanya.",
    day5_no_money = "Saya tak cakap pasal duit dengan orang asing.",
    day5_no_money_fb = "Bijak. Orang yang anda kenal dalam talian sahaja, lalu cakap "
      .. "pasal duit, ialah tanda amaran.",

    day9_title = "Hari ke-9",
    day9_text = "Sembang ini kini terasa seperti persahabatan sebenar. Kemudian Mei Ling "
      .. "minta sesuatu.",
    day9_app = "Pak cik saya kerja di app trading BitNara. Nak saya ajar? 😉",
    day9_start = "Mula RM500 saja. Boleh keluarkan bila-bila masa 😊",
    day9_try = "OK, RM500 saja untuk cuba.",
    day9_try_fb = "Jangan melabur atas nasihat orang yang anda kenal dalam talian. "
      .. "Aplikasi itu palsu, walaupun ia tunjuk untung.",
    day9_link = "Hantar pautan, saya tengok saja.",
    day9_link_fb = "\"Tengok saja\" ialah permulaannya. Aplikasi palsu tunjuk "
      .. "\"untung\" besar untuk menarik anda.",
    day9_stop = "Tak nak. Cukup sampai sini.",
    day9_stop_fb = "Syabas. Berhenti bersembang dan sekat dia ialah pilihan paling "
      .. "selamat.",
    day9_sad = "Kenapa?? Saya ingat kita kawan 😢",
    day9_yay = "Yay! 😍 Ini pautannya: bitnara-pro.com",

    -- the platform message
    yes_title = "Kalau anda setuju?",
    yes_text = "Faiz dapat sembang yang sama dan dia setuju. Dalam tiga minggu, "
      .. "aplikasi BitNara tunjuk untung RM8,000. Kemudian dia cuba keluarkan duitnya.",
    flags_title = "Cari tanda bahaya",
    flags_text = "Faiz dapat mesej ini dalam aplikasi. Sentuh bahagian yang "
      .. "mencurigakan.",
    platform_name = "Sokongan BitNara",
    flag_msg_1 = "Pelanggan yang dihormati, pengeluaran RM8,420 anda sedang ditahan.",
    flag_msg_2 = "Anda mesti bayar {tax|cukai 20% (RM1,684)} dan {audit|yuran audit "
      .. "akaun} dahulu.",
    flag_msg_3 = "Bayar {deadline|dalam masa 24 jam} atau {frozen|akaun anda akan "
      .. "dibekukan}.",
    flag_tax = "Platform sebenar tidak minta duit baru sebelum anda boleh keluarkan "
      .. "duit sendiri. \"Cukai\" itu helah.",
    flag_audit = "\"Yuran audit\" ialah satu lagi yuran rekaan. Selepas ini, akan ada "
      .. "yang lain.",
    flag_deadline = "Had masa membuat anda cepat-cepat bayar sebelum sempat bertanya "
      .. "sesiapa.",
    flag_frozen = "Ugutan untuk bekukan duit ialah tekanan. \"Untung\" di skrin itu "
      .. "tidak pernah wujud.",

    next_question = "Faiz sudah bayar RM2,000 untuk yuran. Sekarang mereka mahu lagi. "
      .. "Apa patut dia buat?",
    next_pay = "Bayar yuran terakhir ini untuk dapat semua balik",
    next_pay_fb = "Tiada yuran terakhir. Setiap bayaran membawa kepada yuran baru.",
    next_report = "Berhenti bayar, simpan sembang, lapor cepat",
    next_report_fb = "Ya. Dia patut hubungi bank dan talian aduan penipuan segera. "
      .. "Bertindak cepat memberi peluang terbaik.",
    next_ask_mei = "Tanya Mei Ling apa patut dibuat",
    next_ask_mei_fb = "Mei Ling sebahagian daripada penipuan ini. Dia akan desak Faiz "
      .. "bayar lagi.",
    next_quiet = "Diam saja, sebab dia malu",
    next_quiet_fb = "Rasa malu itu biasa, tetapi ini bukan salahnya. Bersuara awal "
      .. "membantu.",

    typing_title = "Siapa yang menaip?",
    typing_text = "Selalunya \"Mei Ling\" tidak wujud. Ramai yang menaip sembang ini "
      .. "ditipu dengan kerja di luar negara dan dipaksa menipu. Mereka juga mangsa.",

    -- the inbox
    inbox_question = "Selamat atau penipuan?",
    num_a = "+60 13-447 2109",
    time_a = "Isn 19:42",
    sms_real_wrong = "Alamak, maaf! Salah nombor. Nak mesej sepupu saya tadi 😅",
    why_real_wrong = "Salah nombor yang sebenar minta maaf dan berhenti. Ia tidak minta "
      .. "apa-apa dan tidak cuba berkawan.",
    num_b = "+60 11-3380 9172",
    time_b = "Sel 08:15",
    sms_wrong_friend = "Maaf, salah nombor! 😅 Tapi awak nampak baik. Boleh kita "
      .. "berkawan? Saya Vivian 😊",
    why_wrong_friend = "Salah nombor yang bertukar jadi ajakan berkawan ialah cara "
      .. "penipuan ini bermula.",
    friend_name = "Hafiz",
    time_c = "Rab 17:30",
    sms_friend_plan = "Futsal tukar ke pukul 9 malam ni. Gelanggang sama. Kau datang?",
    why_friend_plan = "Kawan yang anda kenal, tentang rancangan bersama. Tiada duit, "
      .. "tiada pautan.",
    online_friend = "Vivian",
    time_d = "Kha 21:05",
    sms_crypto_tip = "Aplikasi saya bagi untung RM4,200 bulan ni 😎 Mula dengan RM500, "
      .. "saya tunjuk ajar!",
    why_crypto_tip = "Untung kripto dan cadangan aplikasi daripada orang yang anda kenal "
      .. "dalam talian sahaja. Jangan melabur atas nasihatnya.",

    take_online_tips = "Jangan melabur atas nasihat orang yang anda kenal dalam talian.",
    take_fees = "Yuran untuk \"lepaskan\" duit anda ialah helah. Jangan bayar lagi.",
    take_report = "Berhenti, simpan sembang dan lapor cepat. Ini bukan salah anda.",
  },
}
