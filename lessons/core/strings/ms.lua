-- Malay texts of the core pack: one section per lesson (the lesson file names
-- its texts by key). {flag|words} marks a red flag the learner can tap; {help.scam}
-- and the like are filled in with the kiosk's help numbers.
return {
  pack = {
    title = "Kekal selamat dalam talian",
  },

  -- For the trainer's guide (kiosk pack guide): the introduction and what to do if
  -- someone tells you about abuse or exploitation.
  guide = {
    intro = "Pelajaran ini pendek dan aktif. Pelajar boleh berhenti bila-bila masa, dan "
      .. "butang Dapatkan bantuan sentiasa ada di skrin. Untuk sesi berkumpulan, "
      .. "setiap pelajaran di bawah ada matlamat, apa yang dilatih, mesej utama dan "
      .. "soalan untuk dibincangkan.",
    disclosure_1 = "Dengar dengan tenang dan percaya. Katakan: \"Terima kasih kerana "
      .. "beritahu saya. Ini bukan salah awak.\"",
    disclosure_2 = "Jangan minta butiran atau desak untuk cerita penuh. Jangan janji "
      .. "untuk merahsiakannya: beritahu siapa yang anda akan maklumkan, dan kenapa.",
    disclosure_3 = "Jika sesiapa dalam bahaya sekarang, telefon talian kecemasan.",
    disclosure_4 = "Ikut polisi perlindungan organisasi anda dan maklumkan pegawai "
      .. "perlindungan. Catat hanya apa yang dikatakan, dalam kata-kata mereka, dan "
      .. "rahsiakan.",
    disclosure_5 = "Tawarkan talian bantuan di bawah. Biar mereka pilih langkah "
      .. "seterusnya apabila selamat untuk memilih.",
    disclosure_6 = "Jaga diri anda juga: bincang dengan penyelia anda.",
  },

  l01_message_real = {
    title = "Mesej ini sebenar atau palsu?",
    summary = "Bezakan SMS sebenar dengan yang palsu.",
    guide_aim = "Bezakan mesej sebenar daripada yang palsu, dan tahu apa perlu dibuat "
      .. "selepas tertekan pautan.",
    guide_practise = "Mengasingkan peti mesej sebenar dan palsu, mencari tanda bahaya "
      .. "dalam SMS yuran bungkusan, menjawab kawan yang minta kod.",
    guide_prompt_1 = "Mesej seperti ini pernah diterima oleh anda atau keluarga?",
    guide_prompt_2 = "SMS tunjuk nama bank anda. Kenapa itu tidak membuktikan ia benar?",
    guide_prompt_3 = "Apa anda buat dalam sepuluh minit pertama selepas tertekan pautan "
      .. "palsu?",

    intro_title = "Mesej ini sebenar atau palsu?",
    intro_text = "Penipu hantar SMS yang nampak seperti daripada bank, syarikat kurier "
      .. "atau kawan. Kebanyakan mesej yang anda terima adalah sebenar. Jom berlatih "
      .. "membezakannya.",

    inbox_question = "Selamat atau penipuan?",
    time_0915 = "Hari ini 09:15",
    time_1002 = "Hari ini 10:02",
    time_1130 = "Hari ini 11:30",
    time_1247 = "Hari ini 12:47",
    time_1305 = "Hari ini 13:05",
    bank_name = "MyBank",
    sms_bank_spend = "MyBank: Anda berbelanja RM45.90 di Kedai Buku Kota dengan kad "
      .. "berakhir 4471. Bukan anda? Hubungi nombor di belakang kad anda.",
    why_bank_spend = "Ia tidak minta apa-apa dan suruh anda telefon nombor pada kad "
      .. "anda. Nama MyBank sahaja tidak membuktikan ia benar: nama boleh dipalsukan.",
    parcel_number = "+60 11-2938 4410",
    sms_parcel = "PosExpress: Bungkusan anda ditahan. Bayar RM1.50 dalam 24 jam atau ia "
      .. "akan dipulangkan: posexpress-my.co/bayar",
    why_parcel = "Yuran kecil, tarikh akhir dan pautan pelik. Syarikat kurier tidak "
      .. "minta bayaran melalui SMS.",
    friend_name = "Aina",
    sms_friend = "Jumpa kat perpustakaan pukul 4! Aku bawa nota 😊",
    why_friend = "Kawan yang anda kenal, tentang rancangan yang anda buat. Tiada bayaran, "
      .. "tiada pautan, tiada kod.",
    prize_number = "+60 17-552 0183",
    sms_prize = "TAHNIAH! Anda menang RM5,000 dalam cabutan bertuah! Tuntut sebelum "
      .. "tengah malam: bit.ly/menang-rm5000",
    why_prize = "Anda tidak boleh menang cabutan yang anda tidak pernah masuk. Desakan "
      .. "masa dan pautan pendek menyembunyikan destinasi sebenar.",
    sms_bank_code = "MyBank: Kod anda ialah 482913. Tamat dalam 3 minit. Jangan kongsi "
      .. "kod ini dengan sesiapa, termasuk kakitangan bank.",
    why_bank_code = "Anda sendiri yang minta kod ini, dan mesej itu suruh anda "
      .. "rahsiakannya. Sebenar, tetapi hanya untuk anda.",
    time_1322 = "Hari ini 13:22",
    sms_bank_locked = "MyBank: Akaun anda dikunci untuk keselamatan anda. Log masuk "
      .. "dalam 1 jam supaya akaun kekal dibuka: mybank-secure.co/login",
    why_bank_locked = "Ia tunjuk nama MyBank, malah boleh muncul dalam ruang mesej "
      .. "sebenar bank anda. Nama boleh dipalsukan. Desakan dan pautan itu tandanya: "
      .. "buka aplikasi bank anda sendiri.",

    flags_title = "Cari tanda bahaya",
    parcel_number_flag = "{sender|+60 11-2938 4410}",
    sms_parcel_flags = "PosExpress: Bungkusan anda ditahan. {fee|Bayar RM1.50} "
      .. "{deadline|dalam 24 jam} atau ia akan dipulangkan: {link|posexpress-my.co/bayar}",
    flag_sender = "Nombor telefon peribadi. Tetapi nama syarikat pun tidak membuktikan "
      .. "apa-apa: nama penghantar boleh dipalsukan.",
    flag_fee = "Yuran kecil buat anda bayar tanpa berfikir. Mereka mahu butiran kad "
      .. "anda, bukan RM1.50 itu.",
    flag_deadline = "Tarikh akhir buat anda tergesa-gesa, jadi anda tidak sempat semak.",
    flag_link = "Ini bukan laman web sebenar syarikat itu. Buka aplikasi rasmi atau "
      .. "taip alamatnya sendiri.",

    after_click_question = "Sepupu anda tekan pautan itu dan taip nombor kadnya. Apa "
      .. "yang patut dia buat sekarang?",
    after_click_wait = "Tunggu dan lihat jika duit hilang",
    after_click_wait_fb = "Menunggu beri penipu lebih masa. Setiap minit penting.",
    after_click_call = "Telefon bank dia sekarang, kemudian talian aduan penipuan",
    after_click_call_fb = "Betul. Bertindak cepat boleh halang duit keluar. Tertipu "
      .. "bukan salah dia.",
    after_click_delete = "Padam mesej itu dan lupakan",
    after_click_delete_fb = "Butiran kad sudah terdedah. Dia perlu beritahu bank supaya "
      .. "kad itu disekat.",

    chat_friend_name = "Danial",
    chat_hi = "Hai! Aku tersilap hantar kod 6 digit ke telefon kau 😅",
    chat_ask_code = "Boleh hantar kat aku? Urgent ni!",
    reply_send_code = "Boleh, ni kodnya: 482913",
    reply_send_code_fb = "Kod itu membuka akaun anda. Akaun Danial telah dirampas, dan "
      .. "sekarang akaun anda pun boleh dirampas.",
    reply_call_first = "Kenapa? Aku call kau dulu.",
    reply_call_first_fb = "Bijak. Kod ibarat kunci. Semak dengan menelefon kawan anda "
      .. "di nombor yang anda kenal.",
    chat_thanks_code = "Terima kasih!!",
    chat_more_money = "Eh, boleh pinjam RM200? Esok aku bayar balik",
    chat_push = "Tak sempat nak call!! Hantar je la",
    reply_fine = "OK la, 482913",
    reply_fine_fb = "Desakan ialah senjata penipu. Kawan sebenar boleh tunggu seminit.",
    reply_no_call = "Tak nak. Aku call kau sekarang.",
    reply_no_call_fb = "Syabas. Bila anda telefon, Danial sebenar boleh beritahu "
      .. "akaunnya telah dicuri.",
    chat_gone_quiet = "(Danial senyap.)",

    signs_question = "Yang mana tanda mesej penipuan?",
    sign_fee = "Ia minta anda bayar yuran kecil",
    sign_fee_fb = "Yuran kecil ialah helah untuk dapatkan butiran kad anda.",
    sign_rush = "Ia mendesak anda: \"dalam 24 jam\"",
    sign_rush_fb = "Mendesak ialah cara penipu menghalang anda menyemak.",
    sign_code = "Ia minta kod atau kata laluan",
    sign_code_fb = "Syarikat atau kawan sebenar tidak perlukan kod anda.",
    sign_bank_name = "Ia tunjuk nama bank anda sebagai penghantar",
    sign_bank_name_fb = "Nama tidak membuktikan apa-apa. Penipu boleh tunjuk apa-apa "
      .. "nama penghantar, dan sering tahu nama anda juga.",

    take_links = "Nama penghantar tidak membuktikan apa-apa. Jangan tekan pautan dalam "
      .. "mesej mengejut: buka aplikasi rasmi.",
    take_codes = "Jangan kongsi kod sekali guna, walaupun dengan kawan.",
    take_act_fast = "Jika anda sudah beri butiran, telefon bank dan talian aduan "
      .. "penipuan dengan segera.",
  },

  l02_never_share_code = {
    title = "Jangan kongsi kod",
    summary = "Simpan kod sekali guna untuk diri sendiri.",
    guide_aim = "Jangan kongsi kod sekali guna, dan hidupkan pengesahan dua langkah.",
    guide_practise = "Memahami kod yang tiba-tiba sampai, mengasingkan SMS bank, "
      .. "menolak pegawai bank palsu dalam sembang, menghidupkan pengesahan dua "
      .. "langkah.",
    guide_prompt_1 = "Kenapa penipu mahu kod yang hanya boleh diguna sekali?",
    guide_prompt_2 = "Pemanggil tahu nama dan nombor kad anda. Apa yang itu buktikan?",
    guide_prompt_3 = "Siapa dalam keluarga anda perlu bantuan menghidupkan pengesahan "
      .. "dua langkah?",

    intro_title = "Kod anda ialah kunci",
    intro_text = "Kod sekali guna (OTP atau TAC) berfungsi seperti kunci. Sesiapa yang "
      .. "ada kod itu boleh buka akaun anda atau pindahkan duit anda. Jom berlatih "
      .. "menjaganya.",

    surprise_question = "Anda tidak minta sebarang kod, tetapi SMS ini sampai: \"Kod "
      .. "WhatsApp: 381-204. Jangan kongsi kod ini.\" Apa yang sedang berlaku?",
    surprise_login = "Ada orang cuba log masuk ke WhatsApp saya",
    surprise_login_fb = "Betul. Seseorang menaip nombor anda. Tanpa kod itu mereka tak "
      .. "boleh masuk, jadi simpan untuk diri sendiri.",
    surprise_mistake = "WhatsApp tersilap hantar",
    surprise_mistake_fb = "Kod dihantar apabila seseorang menaip nombor anda untuk log "
      .. "masuk. Ia bukan silap. Rahsiakan kod itu.",
    surprise_reply = "Saya patut balas dan tanya siapa yang hantar",
    surprise_reply_fb = "Tak perlu balas. Simpan saja kod itu dan hidupkan pengesahan "
      .. "dua langkah.",

    inbox_question = "Selamat atau penipuan?",
    time_0940 = "Hari ini 09:40",
    time_1012 = "Hari ini 10:12",
    time_1130 = "Hari ini 11:30",
    time_1404 = "Hari ini 14:04",
    bank_name = "MyBank",
    sms_tac = "MyBank: TAC anda ialah 604118 untuk pindahan RM50.00 kepada SITI AMINAH. "
      .. "Jangan kongsi TAC ini dengan sesiapa.",
    why_tac = "Anda sendiri yang mulakan pindahan ini, dan ia menyebut jumlah serta nama "
      .. "penerima. Kod itu hanya untuk anda taip.",
    sms_frozen = "MyBank: Akaun anda dibekukan. Balas dengan TAC 6 digit yang kami hantar "
      .. "untuk buka semula hari ini.",
    why_frozen = "Ia tunjuk nama MyBank, tetapi nama boleh dipalsukan, malah dalam "
      .. "ruang mesej sebenar bank anda. Bank tidak pernah minta anda hantar semula "
      .. "kod.",
    sms_notice = "MyBank: Kami tidak akan telefon, SMS atau mesej anda untuk minta TAC, "
      .. "PIN atau kata laluan. Jika ada yang minta, berhenti dan hubungi kami.",
    why_notice = "Peringatan ini tidak minta apa-apa. Bank sebenar memang hantar amaran "
      .. "begini.",
    reward_number = "+60 16-338 9120",
    sms_reward = "Tahniah! Ada ganjaran RM100 dalam e-dompet anda. Ejen kami akan "
      .. "telefon. Beri mereka kod yang kami hantar untuk menuntutnya.",
    why_reward = "Hadiah yang perlukan kod anda ialah helah. Kod itu membolehkan mereka "
      .. "masuk ke e-dompet anda.",

    call_title = "Mesej daripada \"bank anda\"",
    call_text = "Kemudian, seseorang hantar mesej WhatsApp kepada anda. Profilnya ada "
      .. "nama dan logo bank. Apa yang anda akan buat?",

    bank_contact = "MyBank Support",
    bank_transfer = "Pasukan anti-penipuan MyBank di sini. Ada orang sedang ambil "
      .. "RM2,300 dari kad anda yang berakhir 4471!",
    bank_ask = "Untuk hentikannya, beritahu saya kod yang baru kami hantar ke telefon "
      .. "anda.",
    bank_give = "OK, kodnya 519027",
    bank_give_fb = "Bank tidak pernah minta kod anda. Kod itu meluluskan pindahan, jadi "
      .. "sekarang mereka boleh ambil duit itu.",
    bank_check = "Macam mana saya tahu awak betul-betul dari bank?",
    bank_check_fb = "Soalan yang bagus. Tetapi penipu akan sentiasa kata ya. Cara paling "
      .. "pasti ialah telefon bank sendiri.",
    bank_hangup = "Saya akan telefon nombor di kad saya.",
    bank_hangup_fb = "Betul. Nombor di kad anda sentiasa sampai ke bank sebenar. Sesiapa "
      .. "pun boleh tiru nama dan logo bank.",
    bank_more = "Terima kasih. Satu lagi kod akan sampai. Hantar juga, supaya kami boleh "
      .. "lindungi anda sepenuhnya.",
    more_give = "OK, ini: 207733",
    more_give_fb = "Setiap kod membolehkan mereka ambil lebih banyak duit. Belum "
      .. "terlambat untuk berhenti.",
    more_stop = "Tunggu. Saya telefon bank saya sekarang.",
    more_stop_fb = "Bagus. Telefon nombor di kad anda, supaya bank boleh sekat kad itu "
      .. "dengan cepat.",
    bank_proof = "Pasukan anti-penipuan, no. staf MB4471. Saya tahu nama dan nombor kad "
      .. "anda, jadi anda boleh percaya saya.",
    bank_hurry = "Cepat! Dalam 5 minit duit itu akan hilang!",
    push_give = "OK, OK. Kodnya 519027",
    push_give_fb = "Tahu nama atau nombor kad anda tidak membuktikan apa-apa. Penipu beli "
      .. "maklumat yang bocor. Desakan itulah helahnya.",
    push_hangup = "Saya telefon nombor di kad saya.",
    push_hangup_fb = "Syabas. Pegawai bank sebenar gembira apabila anda menyemak.",
    bank_threat = "Kalau anda keluar dari chat ini, kami tutup akaun anda hari ini!",
    threat_give = "Maaf! Ini kodnya: 519027",
    threat_give_fb = "Ugutan dibuat supaya anda bertindak cepat. Bank anda tidak akan "
      .. "tutup akaun hanya kerana anda menelefonnya.",
    threat_hangup = "Saya tetap akan telefon bank saya sendiri.",
    threat_hangup_fb = "Betul. Bertenang dan telefon. Bank anda boleh semak dalam seminit.",
    bank_gone = "(Akaun ini sudah tiada di WhatsApp.)",

    after_share_question = "Kawan anda, Hafiz, beri kodnya kepada pemanggil \"bank\". "
      .. "Apa yang patut dia buat dahulu?",
    share_call_bank = "Telefon bank dia sekarang, di nombor pada kadnya",
    share_call_bank_fb = "Betul. Bank boleh sekat kad dan hentikan duit keluar. Kemudian "
      .. "dia patut telefon talian aduan penipuan.",
    share_wait = "Tunggu dan lihat jika duit hilang",
    share_wait_fb = "Setiap minit penting. Lebih cepat bank tahu, lebih banyak duit boleh "
      .. "diselamatkan.",
    share_quiet = "Diam saja, sebab dia rasa malu",
    share_quiet_fb = "Penipu memperdaya orang setiap hari. Ini bukan salah dia, dan "
      .. "memberitahu bank dengan cepat sangat membantu.",

    tsv_title = "Tambah kunci kedua",
    tsv_text = "Pengesahan dua langkah menambah PIN yang hanya anda tahu. Walaupun "
      .. "pencuri dapat kod anda, mereka tetap tak boleh masuk.",
    tsv_where_question = "Bagaimana hendak hidupkan pengesahan dua langkah dalam WhatsApp?",
    tsv_settings = "Tetapan › Akaun › Pengesahan dua langkah",
    tsv_settings_fb = "Betul. Tekan Hidupkan, pilih PIN 6 digit dan tambah e-mel anda, "
      .. "sekiranya anda lupa PIN itu.",
    tsv_message = "Hantar mesej kepada sokongan WhatsApp",
    tsv_message_fb = "Tak perlu mesej sesiapa. Anda hidupkannya sendiri dalam Tetapan.",
    tsv_friend = "Minta kawan tolong tetapkan untuk saya",
    tsv_friend_fb = "Tetapkan sendiri, supaya hanya anda yang tahu PIN itu.",

    pin_who_question = "Anda sudah pilih PIN dua langkah. Siapa yang patut tahu PIN itu?",
    pin_me = "Saya seorang saja",
    pin_me_fb = "Betul. Jika anda lupa, anda boleh set semula dengan e-mel anda.",
    pin_friend = "Kawan baik saya, untuk berjaga-jaga",
    pin_friend_fb = "Simpan untuk diri sendiri. Jika anda lupa, e-mel anda boleh set "
      .. "semula PIN itu.",
    pin_staff = "Kakitangan bank atau aplikasi, jika mereka minta",
    pin_staff_fb = "Kakitangan sebenar tidak pernah minta PIN anda. Sesiapa yang minta "
      .. "sedang cuba masuk.",

    habits_question = "Yang mana menjaga akaun anda selamat?",
    habit_secret = "Simpan kod dan PIN untuk diri sendiri",
    habit_secret_fb = "Tabiat yang baik: kod hanya untuk anda, orang yang memintanya.",
    habit_2step = "Hidupkan pengesahan dua langkah",
    habit_2step_fb = "Tabiat yang baik: ia kunci kedua yang tidak boleh dibuka dengan kod "
      .. "sahaja.",
    habit_callback = "Telefon semula nombor yang saya sudah ada",
    habit_callback_fb = "Tabiat yang baik: nombor di kad atau dalam aplikasi bank sampai "
      .. "ke bank sebenar.",
    habit_name = "Beri kod jika pemanggil tahu nama saya",
    habit_name_fb = "Tidak selamat: penipu selalu tahu nama dan nombor kad anda. Itu "
      .. "tidak membuktikan apa-apa.",

    take_never = "Jangan kongsi kod sekali guna, bukan dengan bank, bukan dengan kawan.",
    take_call = "Ada orang kata dia dari bank? Berhenti, dan telefon nombor di kad anda.",
    take_2step = "Hidupkan pengesahan dua langkah dan rahsiakan PIN-nya.",
  },

  l03_lock_accounts = {
    title = "Kunci akaun anda",
    summary = "Kata laluan kuat dan kunci kedua.",
    guide_aim = "Bina frasa laluan yang kuat dan tambah kunci kedua pada akaun.",
    guide_practise = "Memilih kata laluan paling kuat, menaip frasa laluan latihan "
      .. "(tidak disimpan), menolak penjual \"berlian percuma\", mencari tetapan dua "
      .. "langkah.",
    guide_prompt_1 = "Apa yang menjadikan kata laluan mudah diteka?",
    guide_prompt_2 = "Di mana anda boleh simpan kod sandaran dengan selamat?",
    guide_prompt_3 = "Kenapa permainan dan hadiah percuma minta kata laluan?",

    intro_title = "Kunci akaun anda",
    intro_text = "Akaun anda menyimpan chat, gambar dan duit anda. Kata laluan yang kuat "
      .. "dan kunci kedua memastikan akaun itu kekal milik anda. Jom berlatih.",

    strongest_question = "Kata laluan mana yang paling susah diteka?",
    pw_name = "Aiman2005",
    pw_name_fb = "Nama dan tahun lahir mudah diteka. Komputer cuba yang begini dahulu.",
    pw_symbols = "P@ssw0rd!",
    pw_symbols_fb = "Komputer tahu helah tukar huruf kepada simbol. Lagipun ia pendek.",
    pw_phrase = "layang bawang lampu sungai kasut",
    pw_phrase_fb = "Betul. Lima perkataan rawak: panjang, mudah diingat dan sangat susah "
      .. "diteka.",
    pw_numbers = "12345678",
    pw_numbers_fb = "Ini antara kata laluan paling banyak digunakan di dunia. Ia diteka "
      .. "serta-merta.",

    build_question = "Buat frasa laluan anda sendiri. Perkataan mana yang terbaik?",
    phrase_famous = "aku cinta kamu selamanya",
    phrase_famous_fb = "Frasa terkenal dan lirik lagu antara yang pertama dicuba "
      .. "komputer.",
    phrase_personal = "aiman ipoh milo kucing 2005",
    phrase_personal_fb = "Nama, bandar dan haiwan peliharaan anda mudah dijumpai di "
      .. "profil anda. Pilih perkataan yang tiada kaitan dengan anda.",
    phrase_short = "harimau bas",
    phrase_short_fb = "Dua perkataan terlalu pendek. Guna 5 hingga 7 perkataan.",
    phrase_random = "harimau sudu awan bas tingkap",
    phrase_random_fb = "Hebat: lima perkataan yang tiada kaitan dengan anda atau antara "
      .. "satu sama lain. Guna frasa baharu untuk setiap akaun.",
    try_question = "Sekarang buat frasa laluan latihan: taip lima perkataan rawak "
      .. "dengan ruang di antaranya. Bukan kata laluan sebenar anda! Apa yang anda "
      .. "taip tidak disimpan.",
    try_weak = "Mudah diteka",
    try_weak_fb = "Kata laluan pendek, perkataan biasa dan urutan seperti 12345 "
      .. "diteka dalam beberapa saat. Cuba lima perkataan rawak, dengan ruang.",
    try_fair = "Lebih baik, tapi belum cukup",
    try_fair_fb = "Hampir! Tambah perkataan rawak sehingga ada lima. Lebih panjang, "
      .. "lebih kuat.",
    try_strong = "Kuat",
    try_strong_fb = "Kuat! Lima perkataan yang tiada kaitan antara satu sama lain "
      .. "panjang dan sukar diteka. Buat yang baharu seperti ini untuk setiap akaun "
      .. "sebenar, dan simpan untuk diri sendiri.",
    try_again_title = "Cuba sekali lagi",
    try_again_text = "Pilih lima perkataan yang tiada kaitan dengan anda atau antara "
      .. "satu sama lain: haiwan, makanan, warna, alat dan tempat.",


    seller_name = "Kedai Diamond",
    seller_hi = "Hai! 😊 Hari ni je: 5,000 diamond percuma untuk game kau!",
    seller_ask = "Hantar je login dan password game kau. Aku masukkan diamond dalam "
      .. "5 minit.",
    seller_send = "OK! Ni login dan password aku.",
    seller_send_fb = "Dengan kata laluan anda, mereka boleh rampas dan jual akaun "
      .. "anda. Top-up sebenar cuma perlukan ID pemain anda.",
    seller_no = "Tak apa. Aku tak pernah kongsi password.",
    seller_no_fb = "Betul. Top-up sebenar cuma perlukan ID pemain, bukan kata laluan.",
    seller_code = "Terima kasih 😊 Sekarang hantar kod 6 digit yang baru masuk tu.",
    code_send = "Nah: 550218",
    code_send_fb = "Kod itu kunci kedua anda. Dengan kod itu mereka boleh masuk. Tukar "
      .. "kata laluan anda sekarang.",
    code_stop = "Tak nak! Aku nak tukar password sekarang.",
    code_stop_fb = "Nasib baik! Kunci kedua anda halang mereka. Tukar kata laluan, "
      .. "kemudian log keluar peranti lain.",
    seller_push = "Bro, semua orang buat 😅 Tawaran tamat dalam 10 minit!",
    push_give = "OK la, sekali ni je.",
    push_give_fb = "Desakan itulah helahnya. Tawaran yang perlukan kata laluan anda "
      .. "bukan tawaran sebenar.",
    push_block = "Tak nak. Aku block dan report kau.",
    push_block_fb = "Syabas. Laporan anda membantu melindungi pemain lain juga.",
    seller_gone = "(Kedai Diamond telah keluar dari chat.)",

    alerts_question = "Selamat atau penipuan?",
    time_0812 = "Hari ini 08:12",
    time_0930 = "Hari ini 09:30",
    time_1410 = "Hari ini 14:10",
    app_name = "ChatMe",
    sms_login = "ChatMe: Log masuk baharu pada telefon di Ipoh. Adakah ini anda? Jika "
      .. "bukan, buka aplikasi ChatMe dan tukar kata laluan anda.",
    why_login = "Ia tidak minta apa-apa dan suruh anda buka aplikasi itu sendiri. Amaran "
      .. "begini membantu anda.",
    mail_app = "E-mel",
    fake_sender = "ChatMe Support <chatme.help@gmail.com>",
    fake_subject = "Akaun anda akan dipadam",
    fake_body = "Seseorang telah melaporkan akaun anda. Sahkan kata laluan anda dalam "
      .. "24 jam untuk menyimpannya:",
    fake_link = "chatme-verify.net/login",
    why_fake_delete = "Sesiapa boleh taip \"ChatMe Support\" sebagai nama. Alamat e-mel "
      .. "percuma, tarikh akhir dan pautan yang minta kata laluan menunjukkan ia "
      .. "palsu. Buka aplikasi itu sendiri.",
    sms_changed = "ChatMe: Kata laluan anda telah ditukar hari ini pada 14:10. Bukan "
      .. "anda? Buka aplikasi dan tekan \"Lindungi akaun saya\".",
    why_changed = "Ia beritahu apa yang berlaku dan hantar anda ke aplikasi, bukan ke "
      .. "pautan.",
    friend_name = "Mei",
    vote_1 = "Hai! Boleh undi aku dalam satu pertandingan? 😊",
    vote_2 = "Aku perlukan password ChatMe kau untuk log masuk dan undi aku.",
    why_vote = "Undian tidak perlukan kata laluan anda. Akaun kawan anda mungkin sudah "
      .. "dirampas. Telefon dia untuk semak.",

    mfa_title = "Tambah kunci kedua",
    mfa_text = "Dengan pengesahan dua langkah, pencuri perlukan kata laluan dan telefon "
      .. "anda. Jom hidupkannya.",
    mfa_where_question = "Anda buka Tetapan aplikasi. Di mana pengesahan dua langkah?",
    where_security = "Keselamatan, atau Kata laluan dan keselamatan",
    where_security_fb = "Betul. Kebanyakan aplikasi letak di situ. Dalam WhatsApp, lihat "
      .. "di bawah Akaun.",
    where_notifications = "Pemberitahuan",
    where_notifications_fb = "Pemberitahuan hanya mengubah amaran anda. Lihat di bawah "
      .. "Keselamatan.",
    where_profile = "Edit profil",
    where_profile_fb = "Profil ialah nama dan gambar anda. Lihat di bawah Keselamatan.",

    mfa_backup_question = "Aplikasi beri anda kod sandaran, sekiranya telefon anda "
      .. "hilang. Apa yang anda buat?",
    backup_keep = "Tulis dan simpan dengan selamat di rumah",
    backup_keep_fb = "Betul. Jika telefon hilang, kod ini membolehkan anda masuk semula.",
    backup_group = "Hantar dalam group chat supaya tak hilang",
    backup_group_fb = "Semua orang dalam group itu boleh guna kod itu untuk masuk ke "
      .. "akaun anda.",
    backup_skip = "Abaikan saja",
    backup_skip_fb = "Tanpa kod itu, telefon yang hilang boleh buat anda tak dapat "
      .. "masuk akaun sendiri. Simpan di tempat selamat.",

    habits_question = "Tabiat mana yang menjaga akaun anda selamat?",
    habit_different = "Kata laluan berbeza untuk setiap akaun",
    habit_different_fb = "Tabiat yang baik: jika satu laman bocor, akaun lain tetap "
      .. "selamat.",
    habit_manager = "Pengurus kata laluan untuk mengingatnya",
    habit_manager_fb = "Tabiat yang baik: ia simpan semua kata laluan di sebalik satu "
      .. "kata laluan yang kuat.",
    habit_update = "Kemas kini telefon dan aplikasi",
    habit_update_fb = "Tabiat yang baik: kemas kini menutup lubang yang digunakan "
      .. "pencuri.",
    habit_same = "Satu kata laluan untuk semua, supaya tak lupa",
    habit_same_fb = "Tidak selamat: jika satu laman bocor, pencuri cuba kata laluan itu "
      .. "pada semua akaun anda.",

    take_phrase = "Guna frasa laluan 5 perkataan rawak, berbeza untuk setiap akaun.",
    take_share = "Jangan beri kata laluan kepada sesiapa: bukan kawan, bukan penjual.",
    take_2step = "Hidupkan pengesahan dua langkah dan simpan kod sandaran dengan selamat.",
  },

  l04_dream_job = {
    title = "Kerja idaman atau perangkap?",
    summary = "Kenal pasti tawaran kerja palsu di luar negara.",
    guide_aim = "Kenal pasti perangkap kerja di luar negara, dan tahu rupa tawaran yang "
      .. "adil.",
    guide_practise = "Mencari tanda bahaya dalam iklan kerja, mengasingkan tawaran "
      .. "sebenar dan palsu, membalas perekrut, menasihati kawan.",
    guide_prompt_1 = "Majikan bayar tiket anda. Apa lagi yang mesti benar sebelum ia "
      .. "selamat?",
    guide_prompt_2 = "Kenapa perekrut kata \"pergi sebagai pelancong\"?",
    guide_prompt_3 = "Kawan kepada kawan pergi dengan ejen ini. Adakah itu bermakna "
      .. "selamat?",

    intro_title = "Kerja idaman atau perangkap?",
    intro_text = "Ramai orang dapat kerja yang baik di luar negara. Tetapi ada tawaran "
      .. "kerja yang sebenarnya perangkap: orang ditipu, terkandas jauh dari rumah dan "
      .. "dipaksa bekerja. Jom berlatih bezakan tawaran sebenar dengan perangkap.",

    ad_flags_title = "Cari tanda bahaya dalam iklan kerja ini",
    ad_from = "Nuvaro Career Asia",
    ad_app = "Facebook",
    ad_time = "3 jam lalu",
    ad_text = "★ JAWATAN KOSONG ★ Staf khidmat pelanggan di Bangkok. {pay|Gaji RM7,000 "
      .. "sebulan}, {easy|tiada pengalaman pun boleh, cuma menaip}. Tiket kapal "
      .. "terbang dan hotel percuma! {visa|Tak perlu kontrak atau visa kerja: datang "
      .. "sebagai pelancong.} {contact|Mohon melalui Telegram sahaja: @nuvaro_hr}. "
      .. "Tinggal 5 tempat!",
    flag_pay = "Gaji sangat tinggi untuk kerja mudah ialah umpan yang paling biasa.",
    flag_easy = "\"Tiada pengalaman\" tetapi gaji besar? Terlalu indah untuk jadi kenyataan.",
    flag_visa = "Kerja sebenar di luar negara datang dengan kontrak, visa kerja dan "
      .. "kelulusan buruh. Pergi sebagai pelancong bermakna anda tiada perlindungan.",
    flag_contact = "Tiada alamat syarikat, cuma nama Telegram. Majikan sebenar boleh disemak.",

    sort_question = "Kerja sebenar atau perangkap?",
    hotel_from = "Hotel Seri Kenanga, Kuantan",
    hotel_app = "Facebook",
    hotel_time = "Semalam",
    hotel_text = "Kami mencari staf kaunter hadapan. Gaji RM1,900 sebulan, dengan KWSP "
      .. "dan PERKESO. Temu duga terus di hotel kami, Isnin hingga Jumaat, 10 pagi "
      .. "hingga 4 petang. Kami tidak pernah minta sebarang bayaran.",
    why_hotel = "Tempat sebenar yang boleh dilawati, gaji biasa, temu duga bersemuka "
      .. "dan tiada bayaran.",
    typing_from = "@kerja.senang.overseas",
    typing_app = "TikTok",
    typing_time = "2 hari lalu",
    typing_text = "Kerja menaip senang di luar negara ✈ Dapat RM8,000 sebulan! Tiket kami "
      .. "bayar. Pergi saja sebagai pelancong, yang lain kami uruskan. DM sekarang!",
    why_typing = "Gaji besar untuk menaip, dan anda disuruh menyamar sebagai pelancong. "
      .. "Itu perangkap.",
    agency_from = "Agensi Pekerjaan Pelangi (berlesen)",
    agency_app = "Facebook",
    agency_time = "1 minggu lalu",
    agency_text = "Kerja hotel di Dubai. Gaji AED 2,500 sebulan. Majikan bayar visa kerja "
      .. "dan tiket. Anda tandatangan kontrak sebelum bertolak. Datang ke pejabat kami "
      .. "di Petaling Jaya. Tiada yuran untuk pekerja.",
    why_agency = "Kontrak sebelum bertolak, visa kerja, pejabat yang boleh dilawati dan "
      .. "tiada yuran. Majikan yang bayar tiket anda ialah pengambilan yang adil. "
      .. "Anda masih boleh semak lesen agensi.",
    fee_from = "Japan Kerja Cepat",
    fee_app = "Facebook",
    fee_time = "5 jam lalu",
    fee_text = "Kerja kilang di Jepun! Bayar yuran proses RM3,500 untuk tempah tempat. "
      .. "Visa siap dalam 3 hari. Tempat terhad, bayar hari ini!",
    why_fee = "Anda tidak patut bayar untuk dapat kerja. Yuran dan desakan ialah tanda "
      .. "amaran.",

    chat_intro_title = "Anda hantar mesej",
    chat_intro_text = "Anda bertanya tentang kerja di Bangkok dalam iklan tadi. Seorang "
      .. "perekrut membalas di Telegram. Pilih balasan anda.",
    recruiter_name = "Mira (HR)",
    chat_hi = "Hai dear! Terima kasih sebab berminat 😊",
    chat_start = "Awak boleh mula minggu depan. Kami hantar tiket kapal terbang hari ini!",
    reply_company = "Apa nama syarikat? Boleh saya tengok kontrak?",
    reply_company_fb = "Soalan yang bagus. Majikan sebenar beri nama syarikat dan "
      .. "kontrak bertulis sebelum anda pergi.",
    reply_passport = "OK! Perlu gambar pasport saya ke?",
    reply_passport_fb = "Perlahan dulu. Cari tahu siapa majikannya. Butiran pasport "
      .. "anda boleh disalah guna.",
    chat_passport_yes = "Ya, hantar sekarang 😊 Kontrak awak tandatangan bila sampai nanti.",
    chat_no_contract = "Kontrak tandatangan bila sampai. Jangan risau, ramai orang "
      .. "Malaysia kerja dengan kami.",
    chat_tourist = "Di lapangan terbang, cakap awak pergi bercuti. Jangan sebut 'kerja', OK?",
    reply_lie = "OK, saya cakap saya bercuti.",
    reply_lie_fb = "Disuruh menipu di lapangan terbang ialah tanda bahaya besar. Tanpa "
      .. "visa kerja, anda tiada perlindungan di sana.",
    reply_why_lie = "Kenapa kena tipu? Kerja sebenar ada visa kerja.",
    reply_why_lie_fb = "Betul. Kerja sebenar di luar negara datang dengan visa kerja. "
      .. "Menyamar sebagai pelancong ialah tanda perangkap.",
    chat_change = "Ada sedikit perubahan: awak terbang ke Bangkok, kemudian kereta bawa "
      .. "awak merentas sempadan ke pejabat baru kami.",
    chat_fee = "Bayar RM1,500 untuk latihan dulu. Pasport awak kami simpan, supaya selamat.",
    reply_pay = "OK, saya pindahkan duit.",
    reply_pay_fb = "Tempat kerja berubah, mereka mahu yuran dan pasport anda. Itu tiga "
      .. "tanda perangkap.",
    reply_check = "Tak nak. Saya semak dengan pejabat buruh dulu.",
    reply_check_fb = "Syabas. Tempat yang berubah, yuran dan orang yang simpan pasport "
      .. "anda ialah tanda perangkap.",
    chat_push = "Ramai orang nak kerja ini. Putuskan hari ini atau terlepas!",
    chat_send_more = "Bagus! Hantar juga RM500 untuk hotel, OK? 😊",

    friend_question = "Kawan anda, Hafiz, kongsi kerja macam ini. Katanya: \"Kawan "
      .. "sepupu aku dah pergi. Jom pergi sama-sama!\" Apa anda buat?",
    friend_go = "Mohon bersama. Kawan kepada kawan dah pergi.",
    friend_go_fb = "Perekrut selalu mendekati orang melalui kawan. Kata-kata kawan tidak "
      .. "menjadikan kerja itu selamat.",
    friend_check = "Tunjuk tanda bahaya kepadanya dan semak kerja itu dengan pejabat buruh",
    friend_check_fb = "Bagus. Menyemak melindungi anda berdua. Pejabat buruh kerajaan "
      .. "boleh beritahu sama ada agensi itu berlesen.",
    friend_ask = "Tanya perekrut sama ada kerja itu betul",
    friend_ask_fb = "Perekrut yang menipu akan jawab \"ya\". Tanya orang yang tidak "
      .. "dapat untung daripada kerja itu.",

    signs_question = "Yang mana tanda perangkap kerja?",
    sign_tourist = "Anda disuruh mengaku sebagai pelancong",
    sign_tourist_fb = "Kerja sebenar ada visa kerja. Anda tidak perlu menipu.",
    sign_passport = "Seseorang mahu simpan pasport anda",
    sign_passport_fb = "Pasport anda mesti sentiasa bersama anda.",
    sign_free_flight = "Majikan bayar tiket kapal terbang anda",
    sign_free_flight_fb = "Itu boleh jadi adil: majikan yang baik sering bayar. Yang "
      .. "penting ialah kontrak, visa kerja dan kelulusan buruh.",
    sign_place = "Negara atau bandar kerja berubah",
    sign_place_fb = "Jika tempat berubah, berhenti dan semak semula seluruh tawaran.",

    take_too_good = "Gaji besar untuk kerja mudah dan \"tiada kontrak, tiada visa, pergi "
      .. "sebagai pelancong\" ialah umpan.",
    take_real_job = "Kerja sebenar ada kontrak, visa kerja dan kelulusan buruh. Majikan "
      .. "boleh bayar tiket anda. Anda tidak bayar yuran, tidak serah pasport dan "
      .. "tidak menipu.",
    take_check = "Semak setiap kerja luar negara dengan pejabat buruh kerajaan sebelum pergi.",
  },

  l05_check_before_you_go = {
    title = "Semak sebelum pergi",
    summary = "Rancang kerja luar negara yang selamat.",
    guide_aim = "Buat semakan yang diperlukan untuk kerja selamat di luar negara, dan "
      .. "bawa pulang pelan peribadi.",
    guide_practise = "Menyemak agensi, menolak yuran, menyimpan pasport, membina kad "
      .. "pelan daripada pilihan sendiri.",
    guide_prompt_1 = "Pejabat kerajaan mana yang semak agensi di sini, dan bagaimana "
      .. "menghubunginya?",
    guide_prompt_2 = "Apa yang anda akan tulis dalam kad pelan anda?",
    guide_prompt_3 = "Kenapa seseorang mungkin setuju bayar yuran, dan apa yang boleh "
      .. "bantu dia menolak?",

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
    why_employer_pays = "Itu pengambilan yang adil: majikan tanggung kos ini, dan anda "
      .. "tetap dapat kontrak dan visa kerja sebelum pergi.",
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
    plan_agency_done = "✓ Agensi sudah disemak dengan pejabat buruh",
    plan_agency_todo = "→ Lain kali, semak agensi sendiri dahulu",
    plan_fee_none = "✓ Tiada yuran dibayar untuk dapat kerja",
    plan_fee_paid = "→ Saya bayar yuran: minta bantuan pejabat buruh",
    plan_contract = "→ Baca kontrak dalam bahasa saya sebelum pergi",
    plan_passport_kept = "✓ Pasport sentiasa bersama saya",
    plan_passport_given = "→ Dapatkan semula pasport; jika tak boleh, minta bantuan",
    plan_family_done = "✓ Keluarga ada butiran penerbangan, alamat dan majikan",
    plan_family_todo = "→ Beri keluarga butiran penerbangan, alamat dan majikan",
    plan_numbers_done = "✓ Nombor kedutaan dan talian bantuan disimpan (sentuh "
      .. "\"Dapatkan bantuan\")",
    plan_numbers_todo = "→ Simpan nombor kedutaan dan talian bantuan (sentuh \"Dapatkan "
      .. "bantuan\")",

    take_check = "Semak agensi dengan pejabat buruh kerajaan sebelum membayar atau "
      .. "menandatangani apa-apa.",
    take_no_fee = "Jangan bayar untuk dapat kerja, dan simpan pasport sendiri.",
    take_plan = "Beri keluarga butiran perjalanan, dan simpan nombor kedutaan serta "
      .. "talian bantuan.",
  },

  l06_if_someone_is_stuck = {
    title = "Jika seseorang terperangkap",
    summary = "Bantu kawan yang terperangkap kerana kerja di luar negara.",
    guide_aim = "Kenal tanda seseorang ditahan dan dipaksa bekerja, dan tahu siapa "
      .. "boleh membantu.",
    guide_practise = "Membalas sepupu yang ditahan di kompleks penipuan dengan baik, "
      .. "memilih langkah seterusnya yang selamat, menyatakan bahawa orang yang "
      .. "dipaksa menipu ialah mangsa.",
    guide_prompt_1 = "Kenapa menyalahkan menyukarkan seseorang meminta bantuan?",
    guide_prompt_2 = "Kenapa berdepan dengan bos atau siar dalam talian berisiko?",
    guide_prompt_3 = "Apa yang anda tahu tentang kedutaan dan talian bantuan di sini?",

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
    step_hotline_fb = "Ya. Mereka tahu cara membantu orang keluar dengan selamat. "
      .. "Sentuh \"Dapatkan bantuan\" untuk nombor dan waktu setiap talian dibuka.",
    step_pay = "Hantar duit untuk bayar hutangnya",
    step_pay_fb = "Hutang itu rekaan. Membayar boleh membawa kepada lebih banyak "
      .. "tuntutan. Tanya talian bantuan dulu.",
    step_go = "Pergi ke sana dan bawa dia pulang sendiri",
    step_go_fb = "Ini boleh membahayakan anda berdua. Biar orang terlatih yang uruskan.",

    c_next_night = "Hai, aku lagi ni.",
    c_worry = "Aku takut. Aku dah tipu orang. Polis akan tangkap aku ke?",
    r_victim = "Kau dipaksa. Kau mangsa, bukan penjenayah. Kita minta bantuan orang "
      .. "yang faham hal ini.",
    r_victim_fb = "Betul. Orang yang dipaksa menipu ialah mangsa pemerdagangan orang. "
      .. "Ada yang masih dilayan seperti penjenayah, jadi talian pemerdagangan orang "
      .. "atau kedutaan, yang faham hal ini, boleh membela dia.",
    r_criminal = "Mungkin. Kau memang tipu orang.",
    r_criminal_fb = "Dia dipaksa. Orang yang dipaksa menipu ialah mangsa pemerdagangan "
      .. "orang, bukan penjenayah. Rasa takut boleh buat dia tidak minta bantuan.",
    c_relief = "Terima kasih sebab tak menghakimi aku. Aku tunggu panggilan.",
    c_ashamed = "Aku tahu. Aku malu sangat.",
    r_victim_after = "Maaf. Kau dipaksa. Kau mangsa, bukan penjenayah, dan kita akan "
      .. "cari orang yang faham.",

    scale_title = "Farid tidak keseorangan",
    scale_text = "Pakar PBB menganggarkan sekurang-kurangnya 120,000 orang di Myanmar "
      .. "dan kira-kira 100,000 di Kemboja mungkin ditahan di pusat penipuan. Ramai "
      .. "masih muda dan berpelajaran. Ia boleh berlaku kepada sesiapa, dan ia bukan "
      .. "salah mereka.",

    take_signs = "Pasport diambil, hutang rekaan, tidak bebas keluar, dipaksa menipu: "
      .. "ini tanda pemerdagangan orang.",
    take_act = "Bertenang dan bercakap dengan baik. Dapatkan lokasi, jangan bersemuka, "
      .. "dan hubungi talian pemerdagangan orang atau kedutaan.",
    take_victims = "Orang yang dipaksa menipu ialah mangsa, bukan penjenayah. Dapatkan "
      .. "bantuan daripada orang yang faham hal ini.",
  },

  l07_too_good_to_be_true = {
    title = "Terlalu indah untuk jadi kenyataan",
    summary = "Kenali sembang mesra yang berakhir dengan pelaburan palsu.",
    guide_aim = "Kenal pasti sembang mesra yang berakhir dengan pelaburan palsu.",
    guide_practise = "Mengikuti sembang \"salah nombor\" selama beberapa hari, mencari "
      .. "tanda bahaya dalam mesej yuran pengeluaran, memutuskan langkah mangsa "
      .. "seterusnya.",
    guide_prompt_1 = "Kenapa penipuan ini ambil masa berminggu sebelum sebut tentang "
      .. "wang?",
    guide_prompt_2 = "Siapa mungkin menaip mesej ini, dan kenapa?",
    guide_prompt_3 = "Apa anda cakap kepada kawan yang sudah bayar yuran?",

    intro_title = "Mesej daripada orang asing",
    intro_text = "Ada penipuan yang bermula dengan satu mesej mesra dan berlarutan "
      .. "berminggu-minggu. Ikuti sembang ini hari demi hari, dan pilih balasan anda.",

    -- the chat
    scam_name = "Lina",
    day1_hi = "Hai Jason! Kita jadi makan malam nanti? 😊",
    day1_wrong = "Maaf, salah nombor.",
    day1_wrong_fb = "Ringkas dan sopan. Itu sudah cukup untuk orang yang anda tidak "
      .. "kenal.",
    day1_who = "Tak ada Jason di sini 😄 Siapa ni?",
    day1_who_fb = "Bersikap mesra itu biasa. Tetapi soalan mengajak orang asing terus "
      .. "bersembang. Balasan ringkas sudah cukup.",
    day1_sorry = "Alamak, maaf! 😅 Awak nampak baik. Saya Lina, dari Pulau Pinang.",
    day1_friends = "Boleh kita berkawan? 😊",
    day1_sure = "Boleh, apa salahnya!",
    day1_sure_fb = "Memang seronok, dan ramai yang setuju. Tetapi salah nombor yang "
      .. "jadi persahabatan selalunya cara penipuan ini bermula.",
    day1_no_thanks = "Tak apa, terima kasih. Jaga diri!",
    day1_no_thanks_fb = "Bagus. \"Salah nombor\" yang cepat mahu berkawan ialah cara "
      .. "biasa penipuan ini bermula.",

    day5_title = "Hari ke-5",
    day5_text = "Lina hantar mesej setiap pagi. Dia tanya tentang hari anda dan "
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
    day9_text = "Sembang ini kini terasa seperti persahabatan sebenar. Kemudian Lina "
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
    yes_text = "Ravi dapat sembang yang sama dan dia setuju. Dalam tiga minggu, "
      .. "aplikasi BitNara tunjuk untung RM8,000. Kemudian dia cuba keluarkan duitnya.",
    flags_title = "Cari tanda bahaya",
    flags_text = "Ravi dapat mesej ini dalam aplikasi. Sentuh bahagian yang "
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

    next_question = "Ravi sudah bayar RM2,000 untuk yuran. Sekarang mereka mahu lagi. "
      .. "Apa patut dia buat?",
    next_pay = "Bayar yuran terakhir ini untuk dapat semua balik",
    next_pay_fb = "Tiada yuran terakhir. Setiap bayaran membawa kepada yuran baru.",
    next_report = "Berhenti bayar, simpan sembang, lapor cepat",
    next_report_fb = "Ya. Dia patut hubungi bank dan talian aduan penipuan segera. "
      .. "Bertindak cepat memberi peluang terbaik.",
    next_ask_mei = "Tanya Lina apa patut dibuat",
    next_ask_mei_fb = "Lina sebahagian daripada penipuan ini. Dia akan desak Ravi "
      .. "bayar lagi.",
    next_quiet = "Diam saja, sebab dia malu",
    next_quiet_fb = "Rasa malu itu biasa, tetapi ini bukan salahnya. Bersuara awal "
      .. "membantu.",

    typing_title = "Siapa yang menaip?",
    typing_text = "Selalunya \"Lina\" tidak wujud. Ramai yang menaip sembang ini "
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
      .. "berkawan? Saya Lina 😊",
    why_wrong_friend = "Salah nombor yang bertukar jadi ajakan berkawan ialah cara "
      .. "penipuan ini bermula.",
    friend_name = "Hafiz",
    time_c = "Rab 17:30",
    sms_friend_plan = "Futsal tukar ke pukul 9 malam ni. Gelanggang sama. Kau datang?",
    why_friend_plan = "Kawan yang anda kenal, tentang rancangan bersama. Tiada duit, "
      .. "tiada pautan.",
    online_friend = "Lina",
    time_d = "Kha 21:05",
    sms_crypto_tip = "Aplikasi saya bagi untung RM4,200 bulan ni 😎 Mula dengan RM500, "
      .. "saya tunjuk ajar!",
    why_crypto_tip = "Untung kripto dan cadangan aplikasi daripada orang yang anda kenal "
      .. "dalam talian sahaja. Jangan melabur atas nasihatnya.",

    take_online_tips = "Jangan melabur atas nasihat orang yang anda kenal dalam talian.",
    take_fees = "Yuran untuk \"lepaskan\" duit anda ialah helah. Jangan bayar lagi.",
    take_report = "Berhenti, simpan sembang dan lapor cepat. Ini bukan salah anda.",
  },

  l08_love_or_script = {
    title = "Cinta atau skrip?",
    summary = "Kenali kekasih dalam talian yang cuma mahukan duit.",
    guide_aim = "Bezakan kasih sayang sebenar daripada skrip cinta, dan kekal selamat "
      .. "dengan kenalan dalam talian.",
    guide_practise = "Bersembang dengan kekasih dalam talian, mencari tanda bahaya, "
      .. "memilih cara selamat menyemak seseorang, mengasingkan mesej.",
    guide_prompt_1 = "Kenapa video call bukan bukti hari ini?",
    guide_prompt_2 = "Apa anda beritahu kawan yang lebih muda yang mahu jumpa kenalan "
      .. "dari aplikasi?",
    guide_prompt_3 = "Dengan siapa anda boleh bercakap jika pasangan baharu minta wang?",

    intro_title = "Cinta atau skrip?",
    intro_text = "Ramai orang dapat kawan dan pasangan sebenar dalam talian. Tetapi ada "
      .. "\"kekasih\" yang ikut skrip untuk dapat duit. Jom berlatih mengenalinya.",

    -- the chat
    partner_name = "Adam",
    chat_morning = "Selamat pagi, sayang ❤️ Awaklah orang pertama yang saya ingat "
      .. "setiap hari.",
    chat_weeks = "Tiga minggu bersembang, rasa macam dah lama kenal 😊",
    reply_video = "Jom video call malam ni!",
    reply_video_fb = "Wajar untuk minta. Lihat apa jawapannya. Tetapi video call sahaja "
      .. "tidak membuktikan banyak: video boleh dipalsukan.",
    reply_me_too = "Saya pun ❤️",
    reply_me_too_fb = "Seronok rasa disayangi! Selepas tiga minggu, wajar juga bertanya "
      .. "dan bincang dengan orang yang anda percayai.",
    chat_camera_video = "Saya nak sangat, tapi kamera saya rosak 😢",
    chat_camera_soon = "Kalaulah boleh video call, tapi kamera saya rosak 😢",
    chat_rig = "Internet di pelantar minyak pun perlahan. Nanti ya!",
    reply_ok = "OK, tak apa.",
    reply_ok_fb = "Selalu ada alasan dia tak boleh call atau jumpa. Itu tanda bahaya.",
    reply_see_first = "Dah lama sembang. Saya nak tengok awak dulu.",
    reply_see_first_fb = "Wajar. Orang yang betul-betul sayang akan faham anda mahu "
      .. "melihatnya.",

    later_title = "Seminggu kemudian",
    later_text = "Adam hantar mesej yang risau lewat malam.",
    chat_hospital = "Mak masuk hospital 😭 Saya perlu RM3,000 hari ni.",
    chat_gift_cards = "Kad saya tak boleh guna. Tolong beli kad hadiah, hantar kodnya ❤️",
    reply_send = "OK, saya hantar. Saya sayang awak.",
    reply_send_fb = "Kecemasan mengejut, dan dia suruh bayar dengan kad hadiah. Itulah "
      .. "skripnya. Duit itu akan hilang.",
    reply_some = "Saya ada RM500 saja. Boleh?",
    reply_some_fb = "Berapa pun jumlahnya tetap terlalu banyak. Selepas bayaran kecil, "
      .. "permintaan lain akan menyusul.",
    reply_no_money = "Maaf, saya tak hantar duit kepada orang yang tak pernah saya jumpa.",
    reply_no_money_fb = "Syabas. Menolak permintaan duit menjaga keselamatan anda, walaupun "
      .. "anda sayangkan seseorang.",
    chat_guilt = "Kalau betul awak sayang saya, awak mesti tolong 😢",
    reply_give_in = "OK. Saya tak nak kehilangan awak.",
    reply_give_in_fb = "Rasa bersalah digunakan untuk mendesak anda. Cinta sebenar "
      .. "tidak perlu dibuktikan dengan duit.",
    reply_tell_sister = "Tak. Saya nak bincang dengan kakak saya dulu.",
    reply_tell_sister_fb = "Bagus. Orang yang anda percaya boleh bantu anda nampak "
      .. "skrip ini dengan jelas.",
    chat_quiet = "(Adam berhenti membalas.)",
    chat_send_codes = "Terima kasih!! Cepat hantar kodnya ❤️",

    -- red flags
    flags_title = "Cari tanda bahaya",
    flags_text = "Adam hantar mesej ini kepada Mei. Sentuh bahagian yang "
      .. "mencurigakan.",
    flag_msg_1 = "Rindunya ❤️ Saya nak jumpa awak, tapi {no_call|kamera saya masih "
      .. "rosak}.",
    flag_msg_2 = "{emergency|Penerbangan saya pulang dibatalkan. Saya perlukan RM1,800 "
      .. "untuk tiket baru.}",
    flag_msg_3 = "{pay_how|Tolong hantar dalam bentuk kripto ke wallet ini.} "
      .. "{rush|Saya perlukan hari ni!}",
    flag_no_call = "Selalu ada alasan untuk tidak video call atau berjumpa. Itu "
      .. "sebahagian daripada skrip.",
    flag_emergency = "Kecemasan mengejut yang hanya duit anda boleh selesaikan ialah "
      .. "sebahagian daripada skrip.",
    flag_pay_how = "Dia tentukan cara bayar: kripto, kad hadiah atau pindahan. Duit "
      .. "ini sukar didapatkan semula.",
    flag_rush = "Desakan membuatkan Nisha tiada masa untuk berfikir atau bertanya "
      .. "orang lain.",

    check_question = "Cara mana membantu anda menyemak orang yang anda kenal dalam "
      .. "talian?",
    check_trusted = "Bincang dengan orang yang anda percayai",
    check_trusted_fb = "Ya. Orang di luar sembang lebih mudah nampak skrip itu.",
    check_search = "Cari gambar mereka dalam talian",
    check_search_fb = "Ya. Carian gambar boleh tunjuk gambar yang dicuri daripada orang "
      .. "lain.",
    check_meet_alone = "Jumpa dia seorang diri, di tempat sunyi",
    check_meet_alone_fb = "Jangan jumpa seorang diri orang yang anda kenal dalam talian "
      .. "sahaja. Bawah 18 tahun? Jangan jumpa langsung: bincang dengan orang dewasa "
      .. "yang dipercayai dahulu.",
    check_video_proof = "Percaya selepas nampak dia dalam video",
    check_video_proof_fb = "Video boleh dipalsukan atau dirakam. Jangan buat apa-apa "
      .. "depan kamera yang anda tak mahu tersebar.",

    -- the inbox
    inbox_question = "Selamat atau penipuan?",
    name_a = "Aina",
    time_a = "Isn 16:20",
    msg_meet = "Hai! Jom minum bubble tea lepas kelas hari Jumaat? Farah pun ikut 😊",
    why_meet = "Kawan sekelas, rancangan bersama kawan lain, di tempat awam. Tiada duit "
      .. "diminta.",
    name_b = "Dr. Ryan ❤️",
    time_b = "Sel 23:48",
    msg_customs = "Sayang, kastam tahan hadiah saya untuk awak. Bayar yuran RM950 dengan "
      .. "kad hadiah dan ia milik awak!",
    why_customs = "Orang yang tak pernah anda jumpa minta duit dan suruh bayar dengan "
      .. "kad hadiah.",
    name_c = "Hafiz",
    time_c = "Rab 19:05",
    msg_video = "Video call nanti? Saya nak kenalkan awak dengan adik saya 😄",
    why_video = "Kawan yang anda sudah kenal mahu kenalkan adiknya. Tiada apa perlu "
      .. "dibayar.",
    name_d = "Captain Leo",
    time_d = "Kha 02:13",
    msg_crypto = "Saya tak boleh video call dari kem tentera. Hantar kripto untuk "
      .. "tiket, nanti saya terbang jumpa awak ❤️",
    why_crypto = "Tiada video call, dan minta kripto untuk tiket. Dua tanda bahaya "
      .. "sekali gus.",

    take_no_money = "Jangan hantar duit atau kad hadiah kepada orang yang anda kenal "
      .. "dalam talian sahaja.",
    take_check = "Selalu ada alasan untuk tidak berjumpa? Tanda bahaya. Video boleh "
      .. "dipalsukan, jadi bincang dengan orang yang anda percayai.",
    take_not_fault = "Berbincang dengan orang yang anda percaya. Tertipu bukan salah "
      .. "anda.",
  },

  l09_not_your_fault = {
    title = "Bukan salah anda",
    summary = "Bantu kawan yang diugut dalam talian.",
    guide_aim = "Sokong kawan yang diugut kerana gambar peribadi, tanpa menyalahkan.",
    guide_practise = "Membalas kawan dengan baik, enggan bayar atau hantar lagi, "
      .. "menyimpan bukti, memilih alat pembuangan dan tempat lapor yang sebenar.",
    guide_prompt_1 = "Apakah kata-kata pertama yang baik bila seseorang beritahu hal "
      .. "ini?",
    guide_prompt_2 = "Kenapa tiada siapa patut hantar semula gambar peribadi, walaupun "
      .. "untuk memberi amaran?",
    guide_prompt_3 = "Orang dewasa mana di sini yang boleh didatangi oleh orang muda?",

    intro_title = "Kawan anda perlukan anda",
    intro_text = "Dalam pelajaran ini, seorang kawan minta tolong anda. Ada orang dalam "
      .. "talian mengugutnya. Tiada gambar, dan anda boleh berhenti bila-bila masa.",

    -- the chat
    friend_name = "Hafiz",
    chat_can_i_tell = "Boleh aku cerita sesuatu? 😞",
    chat_what_happened = "Aku kenal seseorang dalam talian. Dia baik sangat, jadi aku "
      .. "hantar gambar peribadi.",
    chat_threat = "Sekarang dia ugut nak hantar kepada keluarga aku kalau aku tak bayar "
      .. "RM500 malam ni 😭",
    reply_why = "Kenapa kau hantar?!",
    reply_why_fb = "Terkejut itu biasa, tetapi menyalahkan membuat orang berdiam diri. "
      .. "Dia ditipu. Ini bukan salahnya.",
    reply_not_fault = "Bukan salah kau. Aku ada. Kita selesaikan sama-sama.",
    reply_not_fault_fb = "Ya. Bersikap baik dahulu membuat dia rasa cukup selamat untuk "
      .. "bertindak. Orang yang mengugut itulah yang bersalah.",
    reply_ignore = "Abaikan je, tak ada apa-apa.",
    reply_ignore_fb = "Bagi dia, ini perkara serius. Dia perlu anda mendengar dan "
      .. "membantunya ambil langkah seterusnya.",
    chat_should_pay = "Terima kasih 😢 Patut aku bayar je? Dia kata dia akan padam.",
    reply_dont_pay = "Jangan bayar. Bayar jarang buat dia berhenti.",
    reply_dont_pay_fb = "Betul. Selalunya mereka minta lagi selepas bayaran pertama.",
    reply_pay = "Mungkin bayar je, supaya habis.",
    reply_pay_fb = "Membayar jarang menamatkannya. Mereka selalu minta lagi, malah dari "
      .. "nombor baru.",
    chat_one_more = "Aku lagi ni. Dia kata kalau aku hantar satu lagi gambar, dia "
      .. "takkan kacau aku lagi.",
    reply_no_more = "Jangan hantar lagi. Lebih banyak gambar cuma beri mereka lebih "
      .. "banyak untuk mengugut.",
    reply_no_more_fb = "Betul. Janji untuk berhenti ialah sebahagian daripada ugutan. "
      .. "Hantar lagi tidak pernah menamatkannya.",
    reply_one_more = "Mungkin hantar satu, kalau ini berakhir.",
    reply_one_more_fb = "Ia tidak akan tamat. Mereka akan minta lagi dan ada lebih "
      .. "banyak untuk mengugut. Jangan hantar lagi.",
    chat_keep_talking = "Patut aku terus cakap dengan dia? Atau padam semua chat?",
    reply_delete = "Padam semua.",
    reply_delete_fb = "Memadam bermakna bukti hilang. Simpan dahulu, kemudian lapor dan "
      .. "sekat.",
    reply_save = "Berhenti balas. Tangkap skrin chat dan profil dia, bukan gambar itu.",
    reply_save_fb = "Ya. Bukti membantu aplikasi dan polis bertindak. Kemudian lapor dan "
      .. "sekat.",
    reply_beg = "Terus cakap dan merayu dia berhenti.",
    reply_beg_fb = "Setiap balasan memberi mereka peluang untuk mendesak. Tak apa untuk "
      .. "berhenti membalas.",
    chat_parents = "Dah. Tapi aku takut sangat mak ayah aku tahu.",
    reply_secret = "Kalau macam tu, rahsiakan saja.",
    reply_secret_fb = "Berahsia membuat dia tanggung seorang diri. Orang dewasa yang "
      .. "dipercayai boleh membantu.",
    reply_together = "Jom kita beritahu orang yang kau percaya, macam kakak kau.",
    reply_together_fb = "Bagus. Dia tidak perlu hadapinya seorang diri. Anda juga boleh "
      .. "hubungi talian bantuan bersama-sama.",
    chat_thanks = "OK. Terima kasih sebab tak menghakimi aku ❤",

    step_question = "Hafiz dah simpan tangkapan skrin. Apa patut dia buat seterusnya?",
    step_pay_little = "Bayar sedikit untuk melengahkan masa",
    step_pay_little_fb = "Apa-apa bayaran tunjuk dia akan bayar, jadi mereka minta lagi.",
    step_report = "Lapor akaun itu dalam aplikasi, kemudian sekat",
    step_report_fb = "Betul. Laporan membantu aplikasi menghentikan akaun ini. Sekatan "
      .. "menghentikan mesejnya.",
    step_angry = "Hantar mesej marah kepada mereka",
    step_angry_fb = "Apa-apa balasan membuat chat berterusan. Laporan dan sekatan lebih "
      .. "berkesan.",

    tools_title = "Gambar boleh disekat",
    tools_text = "Ada perkhidmatan yang membuat cap jari digital bagi gambar, supaya "
      .. "aplikasi yang menyertainya boleh cari dan buang salinan. Gambar itu sendiri "
      .. "kekal dalam telefon anda.",
    tool_question = "Hafiz berumur 16 tahun. Perkhidmatan mana sesuai untuknya?",
    tool_take_it_down = "Take It Down",
    tool_take_it_down_fb = "Betul. Take It Down untuk gambar yang diambil sebelum umur "
      .. "18.",
    tool_stopncii = "StopNCII",
    tool_stopncii_fb = "StopNCII untuk gambar yang diambil pada umur 18 ke atas. Hafiz "
      .. "16 tahun, jadi Take It Down sesuai.",
    tool_pay = "Bayar orang itu supaya padam",
    tool_pay_fb = "Mereka tidak boleh dipercayai untuk memadamnya. Perkhidmatan "
      .. "pembuangan dan laporan lebih berkesan.",
    routes_question = "Di mana Hafiz boleh laporkan?",
    route_app = "Butang Lapor dalam aplikasi itu",
    route_app_fb = "Ya. Laporkan akaun dan mesej itu dalam aplikasi.",
    route_helpline = "Talian bantuan atau polis",
    route_helpline_fb = "Ya. Sentuh \"Dapatkan bantuan\" untuk lihat siapa yang boleh "
      .. "dihubungi di sini.",
    route_removal = "Take It Down, kerana dia 16 tahun",
    route_removal_fb = "Ya. Ia boleh halang gambar itu tersebar di aplikasi yang "
      .. "menyertainya.",
    route_stranger = "Orang dalam talian yang tawar padam gambar itu dengan bayaran",
    route_stranger_fb = "Itu satu lagi penipuan. Tiada siapa boleh janji padam gambar "
      .. "itu untuk wang.",

    -- the inbox
    inbox_question = "Hafiz terima mesej ini. Selamat atau penipuan?",
    num_new = "+60 11-5093 2284",
    time_a = "Isn 22:10",
    msg_new_number = "Aku lagi, nombor baru. Bayar RM800 sekarang atau semua orang "
      .. "nampak.",
    why_new_number = "Ugutan sama dari nombor baru. Jangan balas atau bayar. Simpan, "
      .. "lapor dan sekat.",
    name_friend = "Aina",
    time_b = "Sel 16:45",
    msg_friend = "Hai, kau nampak senyap hari ni. Nak borak? Aku ada ❤",
    why_friend = "Kawan yang ambil berat. Tiada desakan, cuma prihatin.",
    name_stranger = "Mira",
    time_c = "Rab 21:30",
    msg_stranger = "Hai comel 😉 Jom chat di app lain, kita berdua je. Hantar gambar "
      .. "kau?",
    why_stranger = "Orang asing yang menggoda, mahu chat berdua dan minta gambar. "
      .. "Beginilah ia selalu bermula.",
    name_app = "Pasukan Keselamatan App",
    time_d = "Kha 10:02",
    msg_fake_safety = "Pasukan Keselamatan App: Kami terima laporan anda. Untuk buang "
      .. "gambar itu di semua tempat, log masuk di sini hari ini: "
      .. "safety-check.co/remove",
    why_fake_safety = "Aplikasi sebenar jawab laporan dalam aplikasi itu, bukan melalui "
      .. "SMS berpautan. Yang ini mahu log masuknya: laporkan juga.",
    forward_question = "Seseorang dalam kumpulan kelas anda kongsi gambar peribadi "
      .. "seorang rakan sekelas. Apa anda buat?",
    fw_report = "Jangan sebarkan. Laporkan dan beritahu orang dewasa yang dipercayai.",
    fw_report_fb = "Ya. Itu melindungi rakan sekelas anda. Yang berkongsi itulah yang "
      .. "salah, bukan dia.",
    fw_warn = "Hantar kepada kawan untuk beri amaran",
    fw_warn_fb = "Jangan sekali-kali hantar semula gambar sesiapa bawah 18 tahun, "
      .. "walaupun untuk memberi amaran. Ia menyakiti mereka lagi, dan boleh jadi "
      .. "satu jenayah.",
    fw_save = "Simpan salinan sebagai bukti",
    fw_save_fb = "Jangan simpan atau sebarkan gambar itu sendiri. Laporkan, dan biar "
      .. "orang dewasa yang dipercayai dan polis uruskannya.",

    end_title = "Anda tidak keseorangan",
    end_text = "Jika ini berlaku kepada anda atau kawan: ini bukan salah anda, dan "
      .. "bantuan ada. Tekan Dapatkan bantuan untuk lihat siapa yang boleh dihubungi.",

    take_not_fault = "Ini bukan salah anda. Beritahu orang yang anda percaya.",
    take_steps = "Jangan bayar dan jangan hantar lagi. Berhenti membalas, simpan chat, "
      .. "lapor dan sekat.",
    take_tell = "Jangan sebarkan gambar peribadi sesiapa bawah 18 tahun. Take It Down "
      .. "(bawah 18) dan StopNCII (18+) membantu di aplikasi yang menyertainya.",
  },

  l10_account_not_for_rent = {
    title = "Akaun anda bukan untuk disewa",
    summary = "Tolak \"duit mudah\" untuk akaun bank anda.",
    guide_aim = "Tolak tawaran untuk menyewa, meminjam atau menjual akaun bank.",
    guide_practise = "Mengasingkan tawaran keldai akaun daripada mesej biasa, menolak "
      .. "perekrut, memahami risiko undang-undang, bertindak jika akaun sudah "
      .. "diserahkan.",
    guide_prompt_1 = "Kenapa penipu perlukan akaun orang lain?",
    guide_prompt_2 = "Bagaimana anda boleh menolak kawan yang meminta?",
    guide_prompt_3 = "Apa patut dibuat jika seseorang sudah serahkan kadnya?",

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

    wallet_friend = "Zack",
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

    chat_name = "Kamal",
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
    chat_gone = "(Kamal sudah tidak membalas.)",

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

    gave_question = "Minggu lepas Ravi beri kad ATMnya kepada seorang \"bos\". "
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

  l11_fast_cash = {
    title = "Tunai cepat, kos tinggi",
    summary = "Kenal aplikasi pinjaman palsu sebelum terperangkap.",
    guide_aim = "Kenal pasti aplikasi pinjaman haram, dan dapatkan bantuan jika "
      .. "diganggu.",
    guide_practise = "Mencari tanda bahaya dalam tawaran pinjaman, menolak kebenaran "
      .. "aplikasi, mengasingkan mesej pinjaman, membantu kawan yang diganggu.",
    guide_prompt_1 = "Kenapa aplikasi pinjaman mahu kenalan anda?",
    guide_prompt_2 = "Di mana orang boleh meminjam dengan selamat di sini?",
    guide_prompt_3 = "Bagaimana kita boleh sokong seseorang yang malu kerana hutang?",

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

    harassed_question = "Aplikasi pinjaman Siti sedang mesej kawan-kawannya. Dia rasa "
      .. "malu. Apa patut dia buat?",
    harassed_pay = "Bayar apa saja yang diminta supaya ia berhenti",
    harassed_pay_fb = "Membayar jarang menghentikannya. Mereka selalu datang semula "
      .. "dan minta lagi.",
    harassed_hide = "Rahsiakan dan harap ia berhenti",
    harassed_hide_fb = "Dia tidak bersalah, dan dia tidak perlu hadapinya seorang diri.",
    harassed_report = "Simpan mesej, buat laporan, dan beri amaran kepada kawan",
    harassed_report_fb = "Ya. Mesej yang disimpan membantu polis. Yang patut malu "
      .. "ialah pemberi pinjam, bukan Siti.",

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

  l12_where_to_get_help = {
    title = "Di mana nak dapatkan bantuan",
    summary = "Tahu siapa nak dihubungi, apa nak disimpan, dan kenapa perlu cepat.",
    guide_aim = "Padankan setiap masalah dengan bantuan yang betul, bertindak cepat dan "
      .. "simpan bukti.",
    guide_practise = "Memadankan cerita dengan jenis bantuan, membalas kawan yang "
      .. "ditipu, memilih bukti untuk disimpan.",
    guide_prompt_1 = "Talian mana di sini anda akan telefon dulu untuk setiap cerita?",
    guide_prompt_2 = "Kenapa jam pertama penting selepas ditipu?",
    guide_prompt_3 = "Apa yang menghalang orang meminta bantuan, dan apa yang membantu?",

    intro_title = "Di mana nak dapatkan bantuan",
    intro_text = "Bila sesuatu tak kena, anda tidak keseorangan, dan itu bukan salah "
      .. "anda. Masalah berbeza perlukan bantuan berbeza. Jom padankan.",

    scam_question = "Aina bayar RM800 kepada penjual dalam talian 20 minit lalu. "
      .. "Sekarang penjual itu sekat dia. Siapa boleh bantu dulu?",
    scam_wait = "Belum perlu. Penjual mungkin balas dalam beberapa hari.",
    scam_wait_fb = "Menunggu beri masa untuk duit itu dipindahkan. Bertindak cepat "
      .. "paling penting.",
    scam_line = "Talian bantuan penipuan dan bank dia, segera",
    scam_line_fb = "Ya. Lebih cepat dia telefon, lebih besar peluang duit itu disekat.",
    scam_post = "Kawan-kawan dia di Facebook",
    scam_post_fb = "Beri amaran kepada orang lain memang baik, tapi ia tak boleh "
      .. "sekat duit. Telefon dulu, kongsi kemudian.",

    tr_question = "Sepupu Ravi pergi kerja di luar negara. Sekarang majikan simpan "
      .. "pasportnya, dan dia tak boleh keluar. Siapa boleh bantu?",
    tr_hotline = "Talian pemerdagangan orang atau kedutaan",
    tr_hotline_fb = "Ya. Beri seberapa banyak butiran, seperti di mana dia berada. "
      .. "Dia mangsa, bukan penjenayah.",
    tr_scam_line = "Talian bantuan penipuan",
    tr_scam_line_fb = "Talian penipuan membantu bila duit hilang. Orang yang ditahan "
      .. "perlukan talian pemerdagangan orang atau kedutaan.",
    tr_wait = "Tiada. Dia patut tunggu kontrak tamat.",
    tr_wait_fb = "Pasport diambil ialah tanda dia dikawal. Dia perlukan bantuan sekarang.",

    ch_question = "Nurul, 14 tahun, diugut oleh seseorang dalam talian yang mahukan "
      .. "duit. Dia takut beritahu ibu bapa. Dengan siapa dia boleh bercakap?",
    ch_pay = "Tiada. Dia patut bayar supaya ia berhenti.",
    ch_pay_fb = "Membayar jarang hentikan ugutan. Dia perlukan bantuan, bukan lebih "
      .. "tekanan.",
    ch_secret = "Tiada. Dia patut rahsiakan.",
    ch_secret_fb = "Dia tidak perlu tanggung seorang diri. Ini bukan salah dia.",
    ch_helpline = "Talian bantuan kanak-kanak dan remaja",
    ch_helpline_fb = "Ya. Mereka dengar tanpa menghakimi dan bantu dia dengan "
      .. "langkah seterusnya.",

    bk_question = "Telefon Danial dicuri, dengan aplikasi bank di dalamnya. Siapa "
      .. "patut dia telefon dulu?",
    bk_bank = "Bank dia, untuk kunci akaun",
    bk_bank_fb = "Ya. Bank boleh kunci aplikasi dan kad serta-merta. Kemudian dia "
      .. "boleh lapor polis.",
    bk_trafficking = "Talian pemerdagangan orang",
    bk_trafficking_fb = "Talian itu untuk orang yang dipaksa bekerja atau ditahan. "
      .. "Di sini bank paling cepat.",
    bk_wait = "Tiada. Dia akan beli telefon baharu minggu depan.",
    bk_wait_fb = "Sesiapa yang pegang telefon itu mungkin cuba masuk. Telefon bank "
      .. "hari ini.",

    friend_title = "Kawan perlukan anda",
    friend_text = "Kawan anda, Mei, hantar mesej. Dia baru saja ditipu. Bagaimana "
      .. "anda boleh bantu?",

    chat_name = "Mei",
    chat_1 = "Aku bayar RM350 untuk tiket konsert",
    chat_2 = "Penjual tu terus block aku",
    chat_3 = "Rasa bodoh sangat",
    reply_blame = "Kenapa kau bayar orang yang kau tak kenal?",
    reply_blame_fb = "Menyalahkan buat orang bersembunyi. Penipu sangat licik, dan "
      .. "sesiapa pun boleh tertipu.",
    reply_forget = "Lupakan saja, duit tu dah hilang.",
    reply_forget_fb = "Tidak semestinya. Kalau dia telefon cepat, duit kadang-kadang "
      .. "boleh disekat.",
    reply_help = "Bukan salah kau. Jom telefon talian penipuan dan bank kau sekarang.",
    reply_help_fb = "Ya. Kata-kata baik dan tindakan cepat. Bersama lebih mudah.",
    chat_sad = "Aku tak tahu nak buat apa sekarang...",
    reply_sorry_help = "Maaf. Bukan salah kau. Jom kita telefon talian penipuan "
      .. "sama-sama.",
    reply_sorry_help_fb = "Ya. Tak pernah terlambat untuk berbuat baik. Telefon "
      .. "bersama lebih mudah.",
    reply_later = "Kita bincang esok lah.",
    reply_later_fb = "Esok mungkin terlambat untuk sekat duit. Dia perlukan bantuan "
      .. "sekarang.",
    chat_ok = "Terima kasih. OK, jom telefon.",
    chat_quiet = "OK...",

    ev_question = "Apa yang Mei patut simpan untuk ditunjuk kepada bank dan polis?",
    ev_screens = "Tangkapan skrin perbualan",
    ev_screens_fb = "Ya. Ia tunjuk apa yang dikatakan, dan oleh siapa.",
    ev_account = "Nombor akaun atau telefon yang dia bayar",
    ev_account_fb = "Ya. Ia bantu jejak ke mana duit itu pergi.",
    ev_delete = "Tiada. Dia patut padam perbualan.",
    ev_delete_fb = "Memadam menghilangkan bukti. Dia boleh senyapkan perbualan itu.",
    ev_receipt = "Resit pindahan wangnya",
    ev_receipt_fb = "Ya. Ia tunjuk bila dia bayar, dan berapa.",

    fast_question = "Bila Mei patut telefon?",
    fast_tomorrow = "Esok, bila dia lebih tenang",
    fast_tomorrow_fb = "Rasa sedih itu biasa, tapi duit bergerak cepat. Anda boleh "
      .. "bantu dia telefon sekarang.",
    fast_sure = "Hanya bila dia pasti itu penipuan",
    fast_sure_fb = "Dia tak perlu pasti. Talian bantuan boleh semak bersamanya.",
    fast_now = "Segera, sebaiknya dalam masa sejam",
    fast_now_fb = "Ya. Jam pertama paling penting untuk sekat duit.",

    button_title = "Bantuan hanya satu sentuhan",
    button_text = "Butang Dapatkan bantuan di atas skrin menunjukkan nombor bantuan "
      .. "untuk negara ini. Anda boleh tekan bila-bila masa.",

    take_match = "Hilang duit: talian penipuan dan bank. Kerja paksa: talian "
      .. "pemerdagangan orang.",
    take_fast = "Bertindak cepat, sebaiknya dalam masa sejam, dan simpan bukti.",
    take_button = "Tekan Dapatkan bantuan untuk lihat nombor bagi negara ini.",
  },

  l13_spot_check = {
    title = "Semakan pantas",
    summary = "Kuiz campuran untuk ulang kaji semua pelajaran.",
    guide_aim = "Ingat semula petunjuk utama semua pelajaran.",
    guide_practise = "Kuiz campuran: mesej sebenar dan palsu, tanda bahaya kerja dan "
      .. "pelaburan, cinta dan ugutan seks, aplikasi pinjaman.",
    guide_prompt_1 = "Soalan mana paling sukar, dan kenapa?",
    guide_prompt_2 = "Tanda bahaya mana yang paling anda ingat?",
    guide_prompt_3 = "Apa anda akan beritahu kawan atau ahli keluarga minggu ini?",

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
    job_no_visa = "Tiada visa kerja: \"pergi saja sebagai pelancong\"",
    job_no_visa_fb = "Kerja sebenar di luar negara perlukan kontrak dan visa kerja. "
      .. "Majikan boleh bayar tiket anda, tetapi semakan ini tidak boleh dilangkau.",
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
    romance_no = "Jangan hantar duit, dan cakap dengan orang yang anda percaya.",
    romance_no_fb = "Ya. Orang yang ambil berat tak perlukan duit anda. Video call pun "
      .. "boleh dipalsukan, jadi ia tak membuktikan banyak.",

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

    -- from L14-L19
    task_number = "+60 11-6034 8817",
    time_1620 = "Hari ini 16:20",
    sms_task = "Kerja sambilan! Like 3 video, dapat RM30. Dapat RM800 sehari. Tambah "
      .. "saya di Telegram: @coach_vivian",
    why_task = "Gaji besar untuk like, daripada kerja yang anda tidak pernah minta. "
      .. "Nanti mereka suruh anda bayar: penipuan tugasan.",

    officer_question = "Pemanggil kata dia polis: \"Pindahkan simpanan anda ke akaun "
      .. "selamat, dan jangan beritahu sesiapa.\" Apa anda buat?",
    officer_move = "Pindahkan wang, untuk bersihkan nama saya",
    officer_move_fb = "Tiada akaun selamat. Polis tidak pernah suruh anda pindahkan wang.",
    officer_hang_up = "Letak telefon, dan hubungi balai polis sendiri",
    officer_hang_up_fb = "Ya. Hubungi nombor yang anda cari sendiri. Kemudian beritahu "
      .. "orang yang anda percaya.",
    officer_secret = "Rahsiakan sementara saya berfikir",
    officer_secret_fb = "Rahsia itu sebahagian daripada helah. Bercakap dengan orang "
      .. "yang anda percaya.",

    voice_question = "Suara Siti telefon dari nombor baru: \"Hantar RM1,500 sekarang. "
      .. "Jangan beritahu sesiapa!\" Apa anda buat dahulu?",
    voice_send = "Hantar. Itu suara dia.",
    voice_send_fb = "Suara boleh ditiru. Semak dahulu.",
    voice_half = "Hantar separuh, untuk selamat",
    voice_half_fb = "Berapa pun jumlahnya boleh hilang. Semak dahulu.",
    voice_check = "Letak telefon dan telefon nombor biasanya",
    voice_check_fb = "Ya. Atau tanya kata kod keluarga anda.",

    apk_question = "Satu SMS kata: \"Pasang Refund_Claim.apk untuk dapatkan bayaran "
      .. "balik.\" Apa anda buat?",
    apk_install = "Pasang. Bayaran balik itu berita baik.",
    apk_install_fb = "Fail aplikasi daripada SMS boleh mengawal telefon anda.",
    apk_delete = "Jangan pasang. Padam mesej itu.",
    apk_delete_fb = "Ya. Pasang aplikasi hanya dari gedung aplikasi rasmi.",

    groom_question = "Nurul, 14 tahun, ada kawan dalam talian. Dia beri hadiah dan "
      .. "kata: \"Jangan beritahu mak kau pasal kita.\" Apa yang benar?",
    groom_sign = "Itu tanda amaran. Dia patut beritahu orang dewasa yang dia percaya.",
    groom_sign_fb = "Ya. Dan dia tidak akan dimarahi kerana bercerita.",
    groom_fine = "Tak apa, dia baik dengan Nurul",
    groom_fine_fb = "Baik hati bersama rahsia ialah tanda amaran.",
    groom_quit = "Dia patut berhenti main game selama-lamanya",
    groom_quit_fb = "Game tidak salah. Rahsia dan desakan itulah masalahnya. Beritahu "
      .. "orang dewasa membantu.",
  },

  l14_fake_officer_call = {
    title = "Betulkah ini polis?",
    summary = "Panggilan palsu polis, mahkamah dan cukai.",
    guide_aim = "Tahu bahawa polis, mahkamah dan pejabat cukai tidak pernah minta wang "
      .. "melalui telefon, dan letak telefon dengan selamat.",
    guide_practise = "Menjawab panggilan kurier palsu yang disambung kepada polis "
      .. "palsu, mencari tanda bahaya dalam waran palsu, mengasingkan mesej sebenar "
      .. "dan palsu, membantu saudara yang sudah membayar.",
    guide_prompt_1 = "Kenapa pemanggil ini suruh anda rahsiakan panggilan itu?",
    guide_prompt_2 = "Bagaimana anda cari nombor sebenar polis atau mahkamah di sini?",
    guide_prompt_3 = "Apa anda cakap kepada saudara yang sudah pindahkan wang?",

    intro_title = "Betulkah ini polis?",
    intro_text = "Ada penipu yang menyamar sebagai polis, mahkamah atau pejabat cukai. "
      .. "Suara mereka serius. Kemudian mereka minta wang. Jom berlatih apa yang patut "
      .. "dibuat.",

    -- the call
    caller_courier = "+60 3-2718 4402",
    call_app = "Panggilan telefon",
    c_parcel = "Helo, ini PosExpress. Satu bungkusan atas nama anda telah ditahan.",
    c_connect = "Di dalamnya ada pasport palsu. Saya sambungkan anda kepada polis "
      .. "sekarang.",
    r_connect = "Alamak! Ya, tolong sambungkan.",
    r_connect_fb = "Beginilah helah ini bermula. Syarikat kurier sebenar tidak "
      .. "menyambungkan panggilan anda kepada polis.",
    r_hang_up_first = "Itu bukan bungkusan saya. Saya akan telefon PosExpress sendiri.",
    r_hang_up_first_fb = "Ya. Letak telefon, kemudian hubungi nombor dalam aplikasi "
      .. "atau laman web rasmi syarikat itu.",
    o_badge = "(Suara lain) Ini polis. Pegawai no. 4471. Nama anda dikaitkan dengan "
      .. "jenayah wang.",
    o_secret = "Kes ini rahsia. Jangan beritahu keluarga atau bank anda.",
    r_secret_ok = "Baik, saya tak akan beritahu sesiapa.",
    r_secret_ok_fb = "Polis sebenar tidak pernah suruh anda rahsiakan kes daripada "
      .. "keluarga. Rahsia menghalang anda daripada menyemak.",
    r_call_station = "Saya akan letak telefon dan hubungi balai polis sendiri.",
    r_call_station_fb = "Betul. Hubungi polis di nombor yang anda cari sendiri, bukan "
      .. "nombor yang pemanggil beri.",
    o_safe_account = "Untuk bersihkan nama anda, pindahkan simpanan anda ke akaun "
      .. "selamat kami hari ini.",
    r_transfer = "Baik. Nak hantar ke mana?",
    r_transfer_fb = "Tiada \"akaun selamat\". Polis tidak pernah suruh anda pindahkan "
      .. "wang. Tidak pernah terlambat untuk berhenti.",
    r_no_money = "Tidak. Polis tak minta wang. Saya letak telefon.",
    r_no_money_fb = "Bagus. Anda sentiasa boleh letak telefon.",
    o_threat = "Kalau anda letak telefon, anda akan ditangkap hari ini!",
    r_stay_on = "Maaf! Saya tak letak telefon.",
    r_stay_on_fb = "Ugutan itu untuk membuat anda terus di talian. Tiada orang "
      .. "ditangkap kerana menamatkan panggilan.",
    c_arrest = "Tunggu! Kalau anda letak telefon, polis akan tangkap anda hari ini!",
    r_scared_stay = "Alamak. Baik, saya tunggu.",
    r_scared_stay_fb = "Rasa takut itu biasa. Itulah yang mereka mahu. Anda sentiasa "
      .. "boleh letak telefon dan menyemak.",
    r_end_call = "Saya letak telefon sekarang. Saya akan semak sendiri.",
    r_end_call_fb = "Betul. Pejabat sebenar gembira apabila anda menyemak.",
    call_ended = "(Panggilan tamat.)",

    video_title = "Pakaian seragam boleh dipalsukan",
    video_text = "Ada pemanggil yang beralih ke panggilan video. Mereka pakai seragam "
      .. "dan duduk dalam \"pejabat\". Mereka hantar surat bercop. Seragam, cop dan "
      .. "lencana mudah dipalsukan.",

    -- the fake warrant
    flags_title = "Cari tanda bahaya",
    flags_text = "\"Pegawai\" itu hantar ini. Sentuh bahagian yang mencurigakan.",
    officer_name = "Pegawai 4471",
    warrant_1 = "PERINTAH MAHKAMAH: {arrest|Anda akan ditangkap pada pukul 5 petang "
      .. "ini}.",
    warrant_2 = "{secret|Jangan beritahu keluarga atau bank anda.} {stay|Kekal dalam "
      .. "panggilan video dengan saya.}",
    warrant_3 = "Untuk elak ditangkap, {transfer|pindahkan RM8,000 ke akaun selamat} "
      .. "di bawah.",
    flag_arrest = "Ugutan dengan tarikh akhir membuat anda tergesa-gesa. Mahkamah "
      .. "sebenar hantar surat dan beri masa.",
    flag_secret = "Rahsia menghalang anda bertanya orang lain. Polis sebenar tidak "
      .. "perlukannya.",
    flag_stay = "Membuat anda terus di talian menghalang anda menyemak dengan orang "
      .. "lain.",
    flag_transfer = "Tiada akaun selamat. Polis, mahkamah dan pejabat cukai tidak "
      .. "pernah suruh anda pindahkan wang.",

    -- safe or scam
    sort_question = "Selamat atau penipuan?",
    time_0910 = "Hari ini 09:10",
    time_1125 = "Hari ini 11:25",
    time_1540 = "Hari ini 15:40",
    bank_name = "MyBank",
    sms_bank_warning = "MyBank: Kami tidak akan minta anda pindahkan wang ke \"akaun "
      .. "selamat\". Jika pemanggil minta, letak telefon dan hubungi kami.",
    why_bank_warning = "Amaran yang tidak minta apa-apa. Bank sebenar hantar amaran "
      .. "begini.",
    court_number = "+60 11-7042 6618",
    sms_court = "MAHKAMAH: Anda tidak hadir ke perbicaraan. Bayar RM2,500 hari ini "
      .. "untuk elak ditangkap. Hubungi pegawai: 011-7042 6618",
    why_court = "Mahkamah tidak hantar SMS suruh anda bayar hari ini. Ugutan tangkap "
      .. "itu untuk menakutkan anda.",
    friend_name = "Aina",
    friend_1 = "Mak aku dapat panggilan daripada \"polis\" hari ni 😟",
    friend_2 = "Dia disuruh pindahkan wang. Dia letak telefon dan telefon balai. Betul "
      .. "tak?",
    why_friend_asks = "Kawan minta nasihat. Ya, emaknya buat perkara yang betul.",
    tax_number = "+60 16-330 5127",
    sms_tax = "PEJABAT CUKAI: Anda ada bayaran balik RM412. Log masuk untuk tuntut "
      .. "hari ini: tax-refund-my.co/claim",
    why_tax = "Bayaran balik yang tiba-tiba dan pautan pelik. Ia mahu log masuk bank "
      .. "anda.",

    -- someone already paid
    paid_question = "Pak cik anda pindahkan RM6,000 ke \"akaun selamat\" sejam lalu. "
      .. "Sekarang dia ragu-ragu. Apa patut dia buat?",
    paid_wait = "Tunggu pegawai itu telefon semula",
    paid_wait_fb = "Pegawai itu bukan orang sebenar. Menunggu memberi masa untuk wang "
      .. "itu dipindahkan lagi.",
    paid_secret = "Rahsiakan, seperti kata pegawai itu",
    paid_secret_fb = "Rahsia itu sebahagian daripada helah. Bercerita membawa bantuan.",
    paid_call = "Hubungi banknya dan talian aduan penipuan sekarang",
    paid_call_fb = "Ya. Bertindak cepat boleh menghalang wang itu. Ini bukan salahnya: "
      .. "pemanggil ini menipu orang setiap hari.",

    signs_question = "Yang mana tanda pegawai palsu?",
    sign_safe_account = "Suruh anda pindahkan wang ke \"akaun selamat\"",
    sign_safe_account_fb = "Ya. Pegawai sebenar tidak pernah suruh anda pindahkan wang.",
    sign_secret = "Suruh anda rahsiakan, walaupun daripada keluarga",
    sign_secret_fb = "Ya. Rahsia menghalang anda daripada menyemak.",
    sign_case_no = "Beri anda nombor kes",
    sign_case_no_fb = "Sesiapa boleh reka nombor kes. Ia tidak membuktikan apa-apa.",
    sign_arrest = "Ugut tangkap hari ini jika anda tidak bayar",
    sign_arrest_fb = "Ya. Rasa takut dan tarikh akhir ialah alat penipu.",

    take_never_money = "Polis, mahkamah dan pejabat cukai tidak pernah suruh anda "
      .. "pindahkan wang melalui telefon.",
    take_hang_up = "Letak telefon. Hubungi pejabat itu di nombor yang anda cari sendiri.",
    take_act_fast = "Wang sudah dipindahkan? Hubungi bank anda dan talian aduan "
      .. "penipuan segera.",
  },

  l15_task_job = {
    title = "Dibayar untuk like video?",
    summary = "Kenal perangkap \"kerja tugasan\".",
    guide_aim = "Kenal pasti kerja \"tugasan\" berbayar yang suruh anda bayar dahulu, dan "
      .. "bantuan palsu yang caj untuk dapatkan semula wang.",
    guide_practise = "Mencari tanda bahaya dalam jemputan, menyertai sembang tugasan, "
      .. "membantu kawan yang hilang wang dan ditawarkan \"pemulihan\" berbayar, "
      .. "mengasingkan iklan kerja sebenar dan palsu.",
    guide_prompt_1 = "Kenapa bayaran kecil pertama terasa begitu meyakinkan?",
    guide_prompt_2 = "Apa yang membezakan kerja sebenar daripada kerja tugasan ini?",
    guide_prompt_3 = "Siapa yang benar-benar boleh bantu dapatkan semula wang, dan "
      .. "adakah mereka mengenakan bayaran?",

    intro_title = "Dibayar untuk like video?",
    intro_text = "Satu mesej tawarkan wang untuk tugasan kecil: like video, ikut kedai, "
      .. "beri bintang kepada hotel. Bayaran pertama memang masuk. Kemudian mereka "
      .. "suruh anda bayar dahulu. Jom lihat cara perangkap ini berfungsi.",

    -- the invitation
    flags_title = "Cari tanda bahaya",
    invite_number = "+60 11-6034 8817",
    time_1012 = "Hari ini 10:12",
    sms_invite = "Hai! {unasked|Nombor anda terpilih} untuk kerja sambilan. {easy|Like "
      .. "3 video, dapat RM30.} {daily|Dapat sehingga RM800 sehari} dari rumah. "
      .. "{move|Tambah saya di Telegram untuk mula:} @coach_vivian",
    flag_unasked = "Anda tidak pernah memohon. Majikan sebenar tidak pilih nombor "
      .. "secara rawak.",
    flag_easy = "Wang sebenar untuk beberapa sentuhan ialah umpan. Ini bukan kerja "
      .. "sebenar.",
    flag_daily = "Gaji setinggi ini untuk kerja mudah terlalu indah untuk jadi benar.",
    flag_move = "Membawa anda ke aplikasi peribadi menyukarkan anda melaporkan mereka.",

    -- the chat
    coach_name = "Coach Vivian",
    telegram_app = "Telegram",
    v_welcome = "Selamat datang! Like 3 video ini dan hantar tangkapan skrin 😊",
    v_paid = "Syabas! RM30 sudah masuk e-wallet anda 😄",
    v_vip = "Sekarang tugasan VIP. Bayar RM100 dulu, dapat balik RM130 dalam 10 minit.",
    r_pay_vip = "OK! RM100 dah hantar.",
    r_pay_vip_fb = "RM30 pertama dibayar untuk dapatkan kepercayaan anda. Bayar untuk "
      .. "dibayar ialah perangkapnya.",
    r_never_pay = "Kerja sebenar tak pernah suruh saya bayar. Saya tak nak.",
    r_never_pay_fb = "Ya. Kerja membayar anda. Anda tidak pernah bayar untuk bekerja.",
    v_combo = "Anda dapat balik RM130! Seterusnya tugasan kombo. Bayar RM1,000 dulu.",
    v_negative = "Alamak, baki anda negatif. Bayar RM2,500 untuk buka kunci wang anda.",
    r_pay_unlock = "OK, saya bayar supaya dapat balik semua.",
    r_pay_unlock_fb = "Setiap bayaran membawa kepada \"yuran\" baru. Wang di skrin itu "
      .. "bukan wang sebenar.",
    r_stop_report = "Tidak. Saya tak bayar lagi. Saya akan lapor.",
    r_stop_report_fb = "Betul. Berhenti, simpan chat, dan hubungi bank serta talian "
      .. "aduan penipuan.",
    v_group = "Semua dalam kumpulan kami dapat duit! Tengok tangkapan skrin mereka 😎",
    r_group_ok = "OK, kalau mereka dapat, mesti betul.",
    r_group_ok_fb = "Kumpulan itu boleh penuh dengan akaun palsu. Tangkapan skrin mudah "
      .. "dibuat.",
    r_still_no = "Tetap tidak. Saya sekat anda.",
    r_still_no_fb = "Bagus. Sekat dan lapor akaun itu.",
    v_gone = "(Coach Vivian telah keluar dari chat.)",

    -- Ravi and the "recovery" offer
    ravi_title = "Ravi setuju",
    ravi_text = "Kawan anda Ravi buat tugasan itu. Dia bayar lagi dan lagi. Sekarang "
      .. "RM3,600 hilang. Dia rasa malu. Ini bukan salahnya: perangkap ini dibina untuk "
      .. "menipu orang.",
    recovery_question = "Kemudian Ravi dapat mesej ini: \"Kami Pasukan Pemulihan Aset. "
      .. "Kami boleh dapatkan balik RM3,600 anda. Yuran: RM500.\" Apa patut dia buat?",
    recovery_pay = "Bayar yuran supaya wang dapat balik",
    recovery_pay_fb = "Ini penipuan kedua. Tiada siapa boleh janji pulangkan wang anda "
      .. "dengan bayaran.",
    recovery_free = "Hubungi talian aduan penipuan dan banknya. Bantuan mereka percuma.",
    recovery_free_fb = "Ya. Bantuan sebenar tidak pernah kenakan yuran. Simpan chat "
      .. "sebagai bukti.",
    recovery_login = "Beri mereka log masuk banknya supaya mereka boleh semak",
    recovery_login_fb = "Jangan sekali-kali kongsi log masuk bank. Mereka boleh ambil "
      .. "baki yang tinggal.",

    -- safe or scam
    sort_question = "Kerja sebenar atau penipuan?",
    app_facebook = "Facebook",
    tiktok_app = "TikTok",
    cafe_from = "Kopi Corner Ipoh",
    time_cafe = "2 j",
    cafe_text = "Perlukan barista sambilan. Hujung minggu, RM9 sejam. Datang berbual "
      .. "dengan pengurus.",
    why_cafe = "Kedai sebenar, gaji biasa, dan anda berjumpa secara bersemuka. Anda "
      .. "tidak bayar apa-apa.",
    like_from = "@duit.senang.harian",
    time_like = "5 j",
    like_text = "Like & subscribe, dapat RM500 sehari! Tiada pengalaman. DM saya "
      .. "sekarang!",
    why_like = "Gaji besar untuk like ialah perangkap tugasan. DM membawa ke chat "
      .. "peribadi.",
    review_number = "+60 17-285 0946",
    time_1433 = "Hari ini 14:33",
    sms_review = "Beri bintang kepada hotel dari rumah! Tambah nilai RM200 untuk buka "
      .. "akaun, kemudian dapat wang setiap hari.",
    why_review = "Kerja yang suruh anda tambah nilai dahulu ialah penipuan.",
    shop_from = "Kedai Buku Ceria",
    time_shop = "1 h",
    shop_text = "Kami cari juruwang hujung minggu. Mohon di kaunter kedai kami dengan "
      .. "IC anda. Latihan diberi.",
    why_shop = "Kedai yang dikenali, kaunter sebenar, latihan diberi. Tiada bayaran.",

    signs_question = "Yang mana tanda penipuan tugasan?",
    sign_pay_in = "Anda mesti bayar untuk buka kunci gaji anda",
    sign_pay_in_fb = "Ya. Kerja sebenar tidak suruh anda bayar untuk dibayar.",
    sign_unasked = "Tawaran kerja yang anda tidak pernah mohon",
    sign_unasked_fb = "Ya. Tawaran mengejut melalui SMS ialah permulaan biasa.",
    sign_payslip = "Jadual syif dan slip gaji",
    sign_payslip_fb = "Ini biasa untuk kerja sebenar.",
    sign_tiny_task = "Gaji besar untuk like atau ulasan",
    sign_tiny_task_fb = "Ya. Terlalu indah untuk jadi benar.",

    take_work_pays = "Kerja sebenar membayar anda. Ia tidak pernah suruh anda bayar "
      .. "dahulu.",
    take_bait = "Bayaran kecil di awal ialah umpan. Berhenti sebelum anda bayar.",
    take_recovery = "Tiada siapa boleh kenakan yuran untuk pulangkan wang anda. Bantuan "
      .. "sebenar percuma.",
  },

  l16_is_that_really_you = {
    title = "Betulkah ini awak?",
    summary = "Suara dan wajah tiruan yang minta wang.",
    guide_aim = "Semak permintaan wang walaupun suara atau wajahnya anda kenal.",
    guide_practise = "Menjawab panggilan dengan suara tiruan sepupu, memilih kata kod "
      .. "keluarga, mencari tanda bahaya dalam iklan pelaburan dengan wajah orang "
      .. "terkenal, mengasingkan hantaran sebenar dan palsu.",
    guide_prompt_1 = "Perkataan apa yang boleh keluarga anda guna sebagai kata kod?",
    guide_prompt_2 = "Kenapa panggilan begini selalu suruh anda cepat dan rahsiakan?",
    guide_prompt_3 = "Bagaimana anda boleh semak iklan yang tunjuk orang terkenal?",

    intro_title = "Betulkah ini awak?",
    intro_text = "Komputer kini boleh meniru suara dan wajah seseorang. Video pendek "
      .. "dalam talian sudah cukup. Semakan mudah masih berkesan. Jom berlatih.",

    -- the call
    caller_number = "+60 11-2294 7730",
    call_app = "Panggilan telefon",
    s_hi = "(Suara sama macam sepupu anda Siti) Hai, ni aku, Siti! Ini nombor baru "
      .. "aku.",
    s_accident = "Aku terlanggar kereta orang. Aku kena bayar RM1,500 sekarang, kalau "
      .. "tak dia panggil polis.",
    s_hurry = "Tolong hantar cepat. Dan jangan beritahu Mak, OK?",
    r_send = "Alamak! OK, aku hantar sekarang.",
    r_send_fb = "Suaranya sama, tetapi suara boleh ditiru. Semak dahulu, walaupun anda "
      .. "risau.",
    r_call_back = "Aku letak dulu dan telefon nombor biasa kau.",
    r_call_back_fb = "Ya. Telefon dia di nombor yang anda sudah ada. Siti yang sebenar "
      .. "akan jawab.",
    r_code_word = "Apa kata kod keluarga kita?",
    r_code_word_fb = "Bagus. Kata yang hanya keluarga anda tahu sukar ditiru.",
    s_more = "Terima kasih! Alamak, dia nak RM1,000 lagi.",
    r_send_more = "OK, aku hantar lagi.",
    r_send_more_fb = "Permintaan demi permintaan ialah tanda penipuan. Tidak pernah "
      .. "terlambat untuk berhenti dan menyemak.",
    r_check_now = "Tunggu. Aku telefon nombor lama kau dulu.",
    r_check_now_fb = "Betul. Kemudian hubungi bank dan talian aduan penipuan tentang "
      .. "wang yang dihantar.",
    s_phone_broken = "Jangan! Telefon lama aku rosak. Tak ada masa!",
    r_ok_send = "OK, OK. Aku hantar.",
    r_ok_send_fb = "Desakan itu sebahagian daripada helah. Beberapa minit untuk menyemak "
      .. "sentiasa OK.",
    r_call_mum = "Kalau macam tu, aku telefon Mak dan tanya dia.",
    r_call_mum_fb = "Betul. Semak dengan ahli keluarga lain yang anda percaya.",
    s_forgot = "Aku lupa! Tolonglah, aku takut. Hantar je!",
    r_no_word = "Tak ada kata kod, tak ada duit. Aku telefon kau balik.",
    r_no_word_fb = "Syabas. Siti yang sebenar akan faham.",
    call_ended = "(Panggilan tamat.)",

    real_title = "Siti yang sebenar",
    real_text = "Anda telefon nombor biasa Siti. Dia jawab dari tempat kerja. Dia "
      .. "selamat. Dia tidak pernah telefon anda. Seseorang meniru suaranya daripada "
      .. "videonya dalam talian.",

    code_title = "Kata kod keluarga",
    code_text = "Setuju satu kata rahsia dengan keluarga anda, secara bersemuka. Jangan "
      .. "siarkan atau hantar melalui mesej. Jika panggilan minta wang, tanya kata itu.",
    code_question = "Yang mana kata kod keluarga yang baik?",
    code_birthday = "Tarikh lahir Siti",
    code_birthday_fb = "Tarikh lahir selalunya ada dalam talian. Orang asing boleh "
      .. "mencarinya.",
    code_secret_word = "Perkataan lucu yang kami pilih bersama, seperti \"mangga ungu\"",
    code_secret_word_fb = "Ya. Perkataan rawak yang tidak pernah disiarkan sukar diteka.",
    code_post = "Perkataan yang kami kongsi dalam group chat keluarga",
    code_post_fb = "Chat boleh digodam. Setuju kata itu secara bersemuka.",

    -- the ad
    flags_title = "Cari tanda bahaya",
    flags_text = "Iklan ini guna wajah orang terkenal. Sentuh bahagian yang "
      .. "mencurigakan.",
    app_facebook = "Facebook",
    ad_from = "Ditaja",
    ad_time = "Iklan",
    ad_text = "{famous|Penyanyi Lara Aziz}: \"Saya dapat RM50,000 dalam seminggu dengan "
      .. "QuantumProfit AI!\" {guarantee|Tiada risiko, untung dijamin.} {rush|Tinggal 20 "
      .. "tempat sahaja hari ini.} {link|Sertai: qprofit-ai.co}",
    flag_famous = "Wajah terkenal tidak membuktikan apa-apa. Video atau katanya mungkin "
      .. "palsu.",
    flag_guarantee = "Tiada pelaburan sebenar yang tanpa risiko. \"Dijamin\" itu bohong.",
    flag_rush = "Desakan menghalang anda daripada menyemak.",
    flag_link = "Pautan pelik, bukan syarikat berlesen yang boleh anda semak.",

    -- safe or scam
    sort_question = "Betul atau palsu?",
    youtube_app = "YouTube",
    instagram_app = "Instagram",
    leader_from = "Berita Wang Hari Ini",
    time_leader = "Iklan",
    leader_text = "VIDEO: Seorang menteri kanan berkata \"Masukkan RM1,000, dapat "
      .. "RM10,000 dalam sebulan!\" Daftar sekarang.",
    why_leader = "Pemimpin tidak menjual untung cepat dalam iklan. Video ini mungkin "
      .. "palsu.",
    singer_from = "Lara Aziz ✓",
    time_singer = "3 j",
    singer_text = "Lagu baru saya keluar hari Jumaat! Terima kasih kerana menunggu 😊",
    why_singer = "Penyanyi bercerita tentang lagunya sendiri di halamannya sendiri. "
      .. "Tiada bayaran.",
    news_from = "Berita Bandar",
    time_news = "1 h",
    news_text = "Video palsu orang terkenal digunakan dalam iklan pelaburan. Semak "
      .. "sebelum anda bayar.",
    why_news = "Amaran yang tidak minta apa-apa. Nasihat yang baik.",
    newnum_number = "+60 16-704 1193",
    newnum_1 = "Ni aku, Siti! Ini nombor baru aku 😊",
    newnum_2 = "Boleh bayarkan bil untuk aku? RM800. Jangan telefon, aku dalam mesyuarat.",
    why_newnum = "Nombor baru, wang, dan \"jangan telefon\". Telefon nombor lamanya "
      .. "untuk menyemak.",

    video_question = "Bagaimana nak tahu video orang terkenal itu betul?",
    video_look = "Lihat betul-betul wajah dan bibirnya",
    video_look_fb = "Video palsu semakin bagus. Selalunya anda tidak dapat tahu dengan "
      .. "melihat.",
    video_source = "Semak halaman rasminya atau berita sebenar",
    video_source_fb = "Ya. Semak dari mana ia datang. Orang terkenal tidak menjual "
      .. "untung rahsia dalam iklan.",
    video_likes = "Percaya jika banyak like",
    video_likes_fb = "Like dan komen boleh dibeli atau dipalsukan.",

    checks_question = "Semakan mana yang masih berkesan apabila suara boleh ditiru?",
    check_call_back = "Telefon balik di nombor yang saya sudah ada",
    check_call_back_fb = "Ya. Orang sebenar menjawab telefon sebenarnya.",
    check_code_word = "Tanya kata kod keluarga kami",
    check_code_word_fb = "Ya. Tiruan tidak tahu kata yang tidak pernah disiarkan.",
    check_sounds_right = "Suaranya memang sama",
    check_sounds_right_fb = "Suara tiruan boleh kedengaran sama. Bunyinya tidak "
      .. "membuktikan apa-apa.",
    check_ask_someone = "Tanya orang yang saya percaya dahulu",
    check_ask_someone_fb = "Ya. Pendapat kedua yang tenang membantu.",

    take_copied = "Suara atau wajah boleh ditiru. Permintaan wang sentiasa perlu "
      .. "disemak.",
    take_check = "Letak telefon dan telefon balik di nombor yang anda tahu. Guna kata "
      .. "kod keluarga.",
    take_famous = "Wajah terkenal dalam iklan pelaburan selalunya palsu.",
  },

  l17_apps_and_qr = {
    title = "Selamatkah aplikasi itu?",
    summary = "Fail aplikasi dan kod QR yang dihantar dalam chat.",
    guide_aim = "Pasang aplikasi hanya dari gedung rasmi, dan tahu tiada kod QR yang "
      .. "membayar anda.",
    guide_practise = "Mengasingkan mesej yang ada fail aplikasi, mencari tanda bahaya "
      .. "dalam mesej bayaran balik, menjawab amaran pemasangan telefon, membantu "
      .. "kawan yang memasang fail, menjawab pembeli yang hantar kod QR.",
    guide_prompt_1 = "Pernah nampak mesej dengan fail yang berakhir dengan .apk? Apa "
      .. "yang dijanjikan?",
    guide_prompt_2 = "Apa yang perlu dibuat dahulu jika seseorang memasang aplikasi "
      .. "yang pelik?",
    guide_prompt_3 = "Kenapa anda tidak perlu imbas kod QR untuk menerima wang?",

    intro_title = "Selamatkah aplikasi itu?",
    intro_text = "Ada mesej penipuan yang hantar fail aplikasi, bukan pautan. Selepas "
      .. "dipasang, ia boleh baca mesej dan kod anda. Jom berlatih menjaga telefon anda.",

    -- safe or scam
    sort_question = "Selamat atau penipuan?",
    time_0930 = "Hari ini 09:30",
    time_1045 = "Hari ini 10:45",
    parcel_number = "+60 11-5280 3316",
    sms_parcel = "PosExpress: Kami terlepas anda. Pasang aplikasi jejak kami untuk "
      .. "dapatkan bungkusan: PosExpress_Track.apk",
    why_parcel = "Fail yang berakhir dengan .apk ialah aplikasi. Kurier sebenar guna "
      .. "gedung aplikasi rasmi, bukan fail dalam SMS.",
    bank_name = "MyBank",
    sms_bank = "MyBank: Aplikasi kami hanya ada di gedung aplikasi rasmi. Kami tidak "
      .. "pernah hantar fail aplikasi melalui SMS atau chat.",
    why_bank = "Peringatan yang tidak minta apa-apa. Bank hantar peringatan begini.",
    wedding_number = "+60 13-884 2051",
    wedding_1 = "Anda dijemput ke majlis perkahwinan kami! 😍",
    wedding_2 = "Buka kad di sini: Kad_Kahwin.apk",
    why_wedding = "Kad kahwin ialah gambar, bukan aplikasi. Fail .apk boleh mengawal "
      .. "telefon anda.",
    friend_name = "Danial",
    friend_1 = "Jumpa game kuiz best 😄",
    friend_2 = "Ada dalam gedung aplikasi, cari \"Brain Buddies\"",
    why_friend = "Kawan yang anda kenal, suruh anda ke gedung rasmi. Tiada fail, tiada "
      .. "pautan.",

    -- the refund message
    flags_title = "Cari tanda bahaya",
    refund_number = "+60 17-661 2094",
    time_1512 = "Hari ini 15:12",
    sms_refund = "{refund|Anda ada bayaran balik RM350!} {file|Pasang Refund_Claim.apk "
      .. "untuk mendapatkannya.} {allow|Tekan Benarkan pada setiap pop-up.} {rush|Tawaran "
      .. "tamat malam ini.}",
    flag_refund = "Wang mengejut yang anda tidak minta ialah umpan.",
    flag_file = "Fail aplikasi daripada SMS boleh mengintip telefon anda. Guna gedung "
      .. "aplikasi rasmi sahaja.",
    flag_allow = "Pop-up minta kuasa ke atas telefon anda. Tekan Benarkan bermakna "
      .. "memberikannya.",
    flag_rush = "Tarikh akhir membuat anda tergesa-gesa, jadi anda tidak berhenti "
      .. "menyemak.",

    warning_question = "Anda tertekan fail aplikasi. Telefon anda kata: \"Untuk "
      .. "keselamatan, telefon anda tidak boleh memasang aplikasi tidak diketahui "
      .. "daripada sumber ini.\" Apa anda tekan?",
    warning_settings = "Tetapan, untuk membenarkannya",
    warning_settings_fb = "Suis itu membenarkan fail masuk. Biarkan ia tutup.",
    warning_cancel = "Batal, kemudian padam fail itu",
    warning_cancel_fb = "Ya. Telefon anda baru sahaja melindungi anda.",
    warning_once = "Benarkan sekali ini sahaja",
    warning_once_fb = "Sekali pun cukup untuk aplikasi berbahaya masuk.",

    installed_question = "Danial pasang aplikasi daripada chat. Sekarang telefonnya "
      .. "pelik. Apa patut dia buat dahulu?",
    installed_wait = "Tunggu dan lihat",
    installed_wait_fb = "Aplikasi itu mungkin sedang baca kodnya. Bertindak cepat lebih "
      .. "baik.",
    installed_offline = "Tutup data dan Wi-Fi, kemudian telefon bank guna telefon lain",
    installed_offline_fb = "Ya. Tanpa internet, aplikasi itu tidak boleh hantar datanya. "
      .. "Kemudian kedai telefon boleh bantu set semula telefon.",
    installed_login = "Buka aplikasi bank untuk semak wangnya",
    installed_login_fb = "Bukan di telefon itu: aplikasi itu mungkin nampak kata "
      .. "laluannya. Telefon bank guna telefon lain.",

    qr_title = "Kod QR",
    qr_text = "Kod QR boleh buka laman web, log masuk ke akaun atau membuat bayaran. "
      .. "Imbas kod hanya daripada kedai dan orang yang anda percaya. Anda tidak pernah "
      .. "imbas kod untuk menerima wang.",

    -- the buyer
    buyer_name = "Pembeli: Jack",
    marketplace_app = "Marketplace",
    b_hi = "Hai! Saya nak telefon lama awak. RM400 OK?",
    b_qr = "Saya bayar sekarang. Imbas kod QR saya untuk terima duit 😊",
    r_scan_pin = "OK, saya imbas. Dia minta PIN saya.",
    r_scan_pin_fb = "Imbas dan taip PIN menghantar wang keluar, bukan masuk. Wang masuk "
      .. "tidak perlukan PIN.",
    r_my_qr = "Tak apa. Ini kod QR saya. Awak bayar saya.",
    r_my_qr_fb = "Ya. Pembeli yang bayar anda. Anda tidak imbas untuk menerima.",
    r_scan_only = "Saya imbas, tapi saya tak taip PIN.",
    r_scan_only_fb = "Masih berisiko: kod boleh buka laman log masuk palsu. Kongsi kod "
      .. "QR anda sendiri.",
    b_push = "QR awak tak boleh guna. Imbas saja QR saya, lagi cepat!",
    r_ok_scan = "OK, saya imbas QR awak.",
    r_ok_scan_fb = "Pembeli sebenar boleh bayar cara lain. Mendesak anda mengimbas "
      .. "ialah helahnya.",
    r_still_my_qr = "Kalau begitu, buat pindahan bank ke akaun saya.",
    r_still_my_qr_fb = "Betul. Ada cara selamat untuk dibayar. Anda yang pilih.",
    b_gone = "(Jack telah keluar dari chat.)",

    habits_question = "Tabiat mana yang menjaga telefon anda?",
    habit_store = "Pasang aplikasi hanya dari gedung aplikasi rasmi",
    habit_store_fb = "Ya. Aplikasi di gedung disemak. Fail dari chat tidak.",
    habit_unknown_off = "Biarkan \"pasang aplikasi tidak diketahui\" ditutup",
    habit_unknown_off_fb = "Ya. Suis itu pengawal telefon anda.",
    habit_friend_files = "Buka fail aplikasi jika kawan yang hantar",
    habit_friend_files_fb = "Akaun kawan boleh digodam. Fail aplikasi dalam chat tidak "
      .. "pernah selamat.",
    habit_qr_trusted = "Imbas kod QR hanya di tempat yang saya percaya",
    habit_qr_trusted_fb = "Ya. Dan jangan sekali-kali untuk menerima wang.",

    take_store = "Pasang aplikasi hanya dari gedung aplikasi rasmi. Jangan fail dari "
      .. "chat.",
    take_qr = "Anda tidak pernah imbas kod QR untuk menerima wang.",
    take_offline = "Terpasang sesuatu yang pelik? Putuskan internet, dan telefon bank "
      .. "guna telefon lain.",
  },

  l18_fake_picture = {
    title = "Gambar palsu bukan salah anda",
    summary = "Bantu kawan yang diugut dengan gambar palsu.",
    guide_aim = "Sokong kawan yang diugut dengan gambar bogel palsu, tanpa "
      .. "menyalahkan.",
    guide_practise = "Menjawab kawan dengan percaya dan prihatin, memilih untuk tidak "
      .. "bayar atau membalas, memilih langkah seterusnya, belajar tentang "
      .. "perkhidmatan pembuangan gambar dan hadnya, mengasingkan mesej yang dia "
      .. "terima selepas itu.",
    guide_prompt_1 = "Kata-kata baik apa yang membantu bila kawan beritahu perkara "
      .. "begini?",
    guide_prompt_2 = "Kenapa gambar palsu tidak pernah salah orang dalam gambar itu?",
    guide_prompt_3 = "Kepada siapa orang muda di sini boleh beritahu, dan bagaimana "
      .. "mereka boleh melaporkannya?",

    intro_title = "Kawan anda perlukan anda",
    intro_text = "Dalam pelajaran ini, seorang kawan diugut tentang gambar palsu. Tiada "
      .. "gambar, dan anda boleh berhenti bila-bila masa.",

    fake_title = "Gambar palsu",
    fake_text = "Ada aplikasi yang boleh menukar foto biasa menjadi gambar bogel palsu. "
      .. "Orang dalam foto itu tidak buat salah. Salahnya pada orang yang membuatnya.",

    -- the chat
    friend_name = "Farah",
    f_can_i_show = "Boleh aku cerita sesuatu? Aku rasa nak muntah 😞",
    f_fake = "Ada orang buat gambar bogel palsu aku, daripada foto profil aku. Aku tak "
      .. "pernah hantar apa-apa macam tu!",
    f_threat = "Dia kata bayar RM300 malam ni, kalau tak dia hantar kepada semua orang "
      .. "yang aku kenal 😭",
    r_believe = "Aku percaya kau. Itu palsu, dan bukan salah kau.",
    r_believe_fb = "Ya. Dia tidak buat salah. Orang yang mengugut itulah yang bersalah.",
    r_why_post = "Kenapa kau letak foto dalam talian?",
    r_why_post_fb = "Menyiarkan foto biasa itu tidak salah. Menyalahkan membuat orang "
      .. "berdiam diri. Salahnya pada orang yang membuat gambar palsu itu.",
    r_send_me = "Hantar kepada aku, aku nak tengok.",
    r_send_me_fb = "Tak perlu tengok. Berkongsi menyebarkannya. Dia bawah 18 tahun, "
      .. "jadi tiada siapa patut berkongsinya.",
    f_pay = "Patut aku bayar je? Lepas tu dia berhenti, kan?",
    r_no_pay = "Jangan bayar. Bayar jarang buat dia berhenti.",
    r_no_pay_fb = "Betul. Mereka selalu minta lagi, malah dari nombor baru.",
    r_pay = "Mungkin bayar je, supaya habis.",
    r_pay_fb = "Membayar tunjuk dia akan bayar. Mereka biasanya minta lagi.",
    f_answer = "Patut aku beritahu dia itu palsu? Bertekak dengan dia?",
    r_argue = "Ya, marah dia!",
    r_argue_fb = "Bertekak membuat mereka terus bercakap dan mendesak. Tak apa untuk "
      .. "berhenti membalas.",
    r_stop_save = "Berhenti balas. Simpan mesej dan nama akaun dia.",
    r_stop_save_fb = "Ya. Simpan bukti ugutan. Jangan hantar gambar itu kepada sesiapa.",
    f_nobody = "Aku tak nak sesiapa tahu 😢",
    r_secret = "OK, antara kita saja.",
    r_secret_fb = "Berahsia membuat dia tanggung seorang diri. Orang dewasa yang "
      .. "dipercayai boleh bertindak cepat.",
    r_trusted = "Jom kita beritahu orang dewasa yang kau percaya. Kita boleh telefon "
      .. "talian bantuan juga.",
    r_trusted_fb = "Bagus. Dia tidak perlu hadapinya seorang diri.",
    f_thanks = "OK. Terima kasih sebab percaya aku ❤",

    step_question = "Farah dah simpan mesej itu. Apa patut dia buat seterusnya?",
    step_report = "Lapor akaun dan gambar itu dalam aplikasi, kemudian sekat",
    step_report_fb = "Ya. Aplikasi besar melarang gambar bogel palsu. Laporan membantu "
      .. "mereka membuangnya. Sekatan menghentikan mesej.",
    step_post = "Siarkan bahawa gambar itu palsu, supaya semua orang tahu",
    step_post_fb = "Itu boleh membuat lebih ramai melihatnya. Laporan senyap lebih baik.",
    step_delete_all = "Padam semua akaunnya dan menghilangkan diri",
    step_delete_all_fb = "Dia tidak perlu bersembunyi. Dia tidak buat salah. Lapor dan "
      .. "sekat dahulu.",

    remove_title = "Bantuan untuk membuangnya",
    remove_text = "Perkhidmatan seperti Take It Down (bawah 18) dan StopNCII (18 ke "
      .. "atas) boleh bantu menghalang salinan dikongsi. Ia hanya berfungsi pada "
      .. "aplikasi yang menyertainya. Talian bantuan boleh bantu anda menggunakannya.",

    -- the inbox
    inbox_question = "Farah terima mesej ini. Selamat atau penipuan?",
    num_new = "+60 11-4820 6613",
    time_a = "Isn 22:15",
    msg_new_number = "Nombor baru. Peluang terakhir. Bayar RM500 atau semua orang "
      .. "nampak.",
    why_new_number = "Ugutan sama dari nombor baru. Jangan balas atau bayar. Simpan, "
      .. "lapor dan sekat.",
    name_friend = "Aina",
    time_b = "Sel 16:40",
    msg_friend = "Hai, aku ada untuk kau. Tak tanya apa-apa. Balik sama-sama? ❤",
    why_friend = "Kawan yang ambil berat. Tiada permintaan.",
    num_removal = "+60 17-390 5521",
    time_c = "Rab 11:05",
    msg_removal = "Pasukan Cyber Clean: Kami boleh padam gambar anda dari seluruh "
      .. "internet. Yuran: RM250.",
    why_removal = "Tiada siapa boleh padam seluruh internet dengan bayaran. Bantuan "
      .. "pembuangan sebenar percuma.",
    name_app = "Keselamatan ChatMe",
    time_d = "Kha 09:30",
    msg_report = "Terima kasih atas laporan anda. Kami telah buang siaran dan akaun itu. "
      .. "Jika anda nampak lagi, lapor sekali lagi.",
    why_report = "Balasan kepada laporannya sendiri. Ia tidak minta apa-apa dan beri "
      .. "langkah seterusnya yang betul.",

    end_title = "Anda tidak keseorangan",
    end_text = "Jika ini berlaku kepada anda: ini bukan salah anda. Gambar palsu tidak "
      .. "menunjukkan apa-apa tentang anda. Bantuan ada. Tekan Dapatkan bantuan untuk "
      .. "lihat siapa yang boleh dihubungi.",

    take_not_fault = "Gambar palsu tidak pernah salah anda. Orang yang mengugut itulah "
      .. "yang bersalah.",
    take_steps = "Jangan bayar, jangan balas, jangan kongsi. Simpan mesej, lapor dan "
      .. "sekat.",
    take_help = "Beritahu orang dewasa yang anda percaya. Talian bantuan dan "
      .. "perkhidmatan pembuangan boleh membantu.",
  },

  l19_secret_friend = {
    title = "Kawan yang mahu rahsia",
    summary = "Kenal pendandanan, dan bantu sepupu yang lebih muda.",
    guide_aim = "Kenal tanda pendandanan, dan bantu orang yang lebih muda dengan "
      .. "tenang tanpa menyalahkan.",
    guide_practise = "Mencari tanda amaran dalam mesej kawan game, bercakap dengan "
      .. "baik dengan sepupu berumur 14 tahun, mengingat semula tandanya, memilih apa "
      .. "yang membantu.",
    guide_prompt_1 = "Kenapa orang dalam talian mungkin minta orang muda simpan "
      .. "rahsia?",
    guide_prompt_2 = "Bagaimana anda boleh mendengar tanpa membuat orang muda rasa "
      .. "disalahkan?",
    guide_prompt_3 = "Orang dewasa dipercayai mana yang boleh didatangi orang muda di "
      .. "sini?",

    intro_title = "Kawan yang mahu rahsia",
    intro_text = "Ada orang dewasa yang berpura-pura muda dalam talian untuk rapat "
      .. "dengan kanak-kanak. Mula-mula mereka baik. Pelajaran ini tunjuk tandanya dan "
      .. "cara membantu. Tiada gambar, dan anda boleh berhenti bila-bila masa.",

    story_title = "Kawan baru Nurul",
    story_text = "Sepupu anda Nurul berumur 14 tahun. Dia suka satu game dalam talian. "
      .. "Seorang pemain bernama Kai_17 selalu baik dengannya. Dia tunjuk chat mereka "
      .. "kepada anda.",

    -- Kai's messages
    flags_title = "Cari tanda amaran",
    flags_text = "Kai_17 hantar ini kepada Nurul. Sentuh bahagian yang merisaukan anda.",
    kai_name = "Kai_17",
    kai_1 = "Kau matang sangat untuk umur 14 😊 {special|Tak ada orang faham kau macam "
      .. "aku.}",
    kai_2 = "{gift|Aku hadiahkan kau 500 gems!} {secret|Jangan beritahu mak kau pasal "
      .. "kita, dia takkan faham.}",
    kai_3 = "{private|Jom chat di aplikasi lain, kita berdua saja.} {meet|Boleh jumpa "
      .. "hari Sabtu? Datang seorang.}",
    flag_special = "Membuat dia rasa hanya dia yang faham menjauhkannya daripada "
      .. "keluarga dan kawan.",
    flag_gift = "Hadiah boleh membuat orang muda rasa terhutang budi.",
    flag_secret = "Kawan yang selamat tidak pernah suruh kanak-kanak berahsia daripada "
      .. "ibu bapa.",
    flag_private = "Aplikasi peribadi menyembunyikan chat daripada pasukan keselamatan "
      .. "game dan keluarga.",
    flag_meet = "Berjumpa seorang diri dengan orang yang hanya dikenali dalam talian "
      .. "tidak pernah selamat untuk budak 14 tahun.",

    -- the chat with Nurul
    cousin_name = "Nurul",
    n_best_friend = "Kai kawan baik aku! Kau tak beritahu Mak, kan? 😟",
    r_angry = "Apa?! Mengarutlah. Sekat dia sekarang!",
    r_angry_fb = "Dia mungkin berhenti bercakap dengan anda. Dia tidak buat salah. "
      .. "Kata-kata tenang membuat dia terus bercerita.",
    r_calm = "Aku gembira kau tunjuk. Ada kata-kata dia yang buat aku risau.",
    r_calm_fb = "Ya. Bertenang dan bersikap baik membantu dia terus bercakap dengan "
      .. "anda.",
    n_like_what = "Macam apa? Dia baik sangat dengan aku.",
    r_maybe_ok = "Mungkin tak apa, kalau dia betul-betul 17.",
    r_maybe_ok_fb = "Walaupun betul 17 tahun, dia tidak patut minta budak 14 tahun "
      .. "berahsia atau berjumpa seorang diri.",
    r_signs = "Kawan sebenar tak suruh kau berahsia dengan Mak, atau jumpa seorang diri.",
    r_signs_fb = "Betul. Rahsia dan berjumpa seorang diri ialah tanda amaran, walaupun "
      .. "daripada orang yang baik.",
    n_sad = "Tapi dia sedih kalau aku berhenti cakap dengan dia.",
    r_adult = "Kau tak bersalah. Jom kita beritahu mak kau sama-sama, dan lapor dia.",
    r_adult_fb = "Ya. Orang dewasa yang dipercayai boleh menjaga keselamatannya. Dia "
      .. "tidak bersalah.",
    r_keep_secret = "OK, aku tak beritahu sesiapa.",
    r_keep_secret_fb = "Rahsia itu membuat dia tanggung seorang diri. Orang dewasa yang "
      .. "dipercayai perlu tahu.",
    n_unsure = "Betul ke? Aku tak tahu...",
    r_adult_after = "Sebenarnya aku risau. Jom kita beritahu mak kau sama-sama. Kau tak "
      .. "bersalah.",
    n_thanks = "OK... Terima kasih sebab tak marah aku.",

    signs_question = "Yang mana tanda amaran pendandanan (grooming)?",
    sign_secrets = "Suruh dia berahsia daripada keluarga",
    sign_secrets_fb = "Ya. Rahsia menghalang orang dewasa melihat apa yang berlaku.",
    sign_gifts = "Beri hadiah, seperti gems game",
    sign_gifts_fb = "Ya. Hadiah boleh membuat dia rasa terhutang.",
    sign_game_talk = "Berbual tentang game yang mereka main",
    sign_game_talk_fb = "Berbual tentang game itu biasa. Perhatikan rahsia, hadiah dan "
      .. "desakan.",
    sign_meet_alone = "Ajak berjumpa seorang diri",
    sign_meet_alone_fb = "Ya. Ini tanda yang serius. Beritahu orang dewasa sekarang.",

    helps_question = "Nurul dan emaknya mahu hentikan ini. Apa yang paling membantu?",
    helps_goodbye = "Nurul jumpa Kai sekali, untuk ucap selamat tinggal",
    helps_goodbye_fb = "Jangan sekali-kali berjumpa. Dia mungkin bukan orang yang dia "
      .. "kata.",
    helps_report = "Simpan chat, lapor Kai dalam game, kemudian sekat dia",
    helps_report_fb = "Ya. Laporan membantu game menghentikannya. Emaknya atau talian "
      .. "bantuan juga boleh memberitahu polis.",
    helps_delete = "Padam chat dan lupakan",
    helps_delete_fb = "Chat itu bukti. Simpan dahulu, kemudian lapor dan sekat.",

    end_title = "Jika ia berlaku kepada anda",
    end_text = "Jika seseorang dalam talian membuat anda rasa tidak selesa, anda boleh "
      .. "berhenti membalas bila-bila masa. Anda tidak akan dimarahi kerana bercerita. "
      .. "Beritahu orang dewasa yang anda percaya, atau tekan Dapatkan bantuan.",

    take_signs = "Rahsia, hadiah, aplikasi peribadi dan berjumpa seorang diri ialah "
      .. "tanda amaran.",
    take_calm = "Bertenang dan bersikap baik. Orang muda itu tidak pernah bersalah.",
    take_tell = "Beritahu orang dewasa yang dipercayai. Simpan chat, lapor dan sekat.",
  },
}
