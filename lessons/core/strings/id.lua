-- Bahasa Indonesia texts of the core pack, for young Indonesians at kiosks in Malaysia
-- and Thailand (issue 19): one section per lesson (the lesson file names its texts by
-- key). {flag|words} marks a red flag the learner can tap; {help.scam} and the like are
-- filled in with the kiosk's help numbers.
-- Register: "kamu" and "aku", the way young people talk to each other; short sentences.
-- Scenarios are set in Malaysia like the English (ringgit, +60 numbers); strings/id-TH.lua
-- changes the details that differ at a kiosk in Thailand. Amounts are written as on a
-- Malaysian phone (RM1.50, RM5,000), as the English does, so read-aloud reads them.
-- The cast (CAST.md) keeps the English names; Mum is "Ibu". Written by the project team,
-- not a native speaker: needs native review (pack.lua).
return {
  pack = {
    title = "Tetap aman di dunia online",
  },

  -- For the trainer's guide (kiosk pack guide): the introduction and what to do if
  -- someone tells you about abuse or exploitation.
  guide = {
    intro = "Pelajaran ini singkat dan aktif. Pelajar boleh berhenti kapan saja, dan "
      .. "tombol Cari bantuan selalu ada di layar. Untuk sesi kelompok, setiap pelajaran "
      .. "di bawah punya tujuan, apa yang dilatih, pesan utama, dan pertanyaan untuk "
      .. "didiskusikan.",
    disclosure_1 = "Dengarkan dengan tenang dan percayai dia. Katakan: \"Terima kasih "
      .. "sudah cerita. Ini bukan salahmu.\"",
    disclosure_2 = "Jangan tanya detail atau paksa dia cerita semuanya. Jangan janji "
      .. "merahasiakannya: katakan kepada siapa Anda akan memberi tahu, dan kenapa.",
    disclosure_3 = "Kalau ada yang dalam bahaya sekarang, telepon nomor darurat.",
    disclosure_4 = "Ikuti kebijakan perlindungan organisasi Anda dan beri tahu penanggung "
      .. "jawab perlindungan. Catat hanya apa yang dikatakan, dengan kata-katanya "
      .. "sendiri, dan jaga kerahasiaannya.",
    disclosure_5 = "Tawarkan layanan bantuan di bawah. Biarkan dia memilih langkah "
      .. "berikutnya saat dia sudah aman untuk memilih.",
    disclosure_6 = "Jaga diri Anda juga: bicarakan dengan atasan Anda.",
  },

  l01_message_real = {
    title = "Pesan ini asli atau palsu?",
    summary = "Bedakan SMS asli dan palsu.",
    guide_aim = "Membedakan pesan asli dan palsu, dan tahu apa yang harus dilakukan "
      .. "setelah telanjur mengklik.",
    guide_practise = "Memilah kotak masuk berisi SMS asli dan palsu, mencari tanda bahaya "
      .. "di SMS biaya paket, membalas teman yang minta kode.",
    guide_prompt_1 = "Pesan seperti ini pernah kamu atau keluargamu terima?",
    guide_prompt_2 = "Sebuah SMS menampilkan nama bankmu. Kenapa itu tidak membuktikan "
      .. "pesannya asli?",
    guide_prompt_3 = "Apa yang akan kamu lakukan dalam sepuluh menit pertama setelah "
      .. "mengklik link yang berbahaya?",

    intro_title = "Pesan ini asli atau palsu?",
    intro_text = "Penipu mengirim SMS yang kelihatan seperti dari bank, jasa kirim paket "
      .. "atau teman. Kebanyakan pesan yang kamu terima itu asli. Ayo latihan "
      .. "membedakannya.",

    inbox_question = "Aman atau penipuan?",
    time_0915 = "Hari ini 09:15",
    time_1002 = "Hari ini 10:02",
    time_1130 = "Hari ini 11:30",
    time_1247 = "Hari ini 12:47",
    time_1305 = "Hari ini 13:05",
    bank_name = "MyBank",
    sms_bank_spend = "MyBank: Kamu belanja RM45.90 di Toko Buku Kota dengan kartu "
      .. "berakhiran 4471. Bukan kamu? Telepon nomor di belakang kartumu.",
    why_bank_spend = "Pesan ini tidak meminta apa pun dan menyuruhmu menelepon nomor di "
      .. "kartumu. Nama MyBank saja tidak membuktikan pesannya asli: nama bisa dipalsukan.",
    parcel_number = "+60 11-2938 4410",
    sms_parcel = "PosExpress: Paketmu tertahan. Bayar RM1.50 dalam 24 jam atau paket "
      .. "dikembalikan: posexpress-my.co/bayar",
    why_parcel = "Biaya kecil, batas waktu dan link yang aneh. Jasa kirim paket tidak "
      .. "minta bayaran lewat SMS.",
    friend_name = "Aina",
    sms_friend = "Ketemu di perpustakaan jam 4 ya! Aku bawa catatannya 😊",
    why_friend = "Teman yang kamu kenal, tentang rencana yang kalian buat. Tidak ada "
      .. "bayaran, tidak ada link, tidak ada kode.",
    prize_number = "+60 17-552 0183",
    sms_prize = "SELAMAT! Kamu menang RM5,000 di undian berhadiah! Klaim sekarang sebelum "
      .. "tengah malam: bit.ly/menang-rm5000",
    why_prize = "Kamu tidak bisa menang undian yang tidak pernah kamu ikuti. Desakan "
      .. "waktu dan link pendek menyembunyikan tujuan aslinya.",
    sms_bank_code = "MyBank: Kodemu 482913. Berlaku 3 menit. Jangan berikan kode ini "
      .. "kepada siapa pun, termasuk pegawai bank.",
    why_bank_code = "Kamu sendiri yang minta kode ini, dan pesannya menyuruhmu "
      .. "merahasiakannya. Asli, tapi hanya untukmu.",
    time_1322 = "Hari ini 13:22",
    sms_bank_locked = "MyBank: Akunmu diblokir demi keamananmu. Login dalam 1 jam "
      .. "supaya akun tetap aktif: mybank-secure.co/login",
    why_bank_locked = "Pesan ini memakai nama MyBank, bahkan bisa masuk ke chat asli "
      .. "bankmu. Nama bisa dipalsukan. Desakan dan link-nya yang jadi tanda: buka "
      .. "sendiri aplikasi bankmu.",

    flags_title = "Cari tanda bahayanya",
    parcel_number_flag = "{sender|+60 11-2938 4410}",
    sms_parcel_flags = "PosExpress: Paketmu tertahan. {fee|Bayar RM1.50} "
      .. "{deadline|dalam 24 jam} atau paket dikembalikan: {link|posexpress-my.co/bayar}",
    flag_sender = "Nomor HP pribadi. Tapi nama perusahaan juga tidak membuktikan apa-apa: "
      .. "nama pengirim bisa dipalsukan.",
    flag_fee = "Biaya kecil membuatmu bayar tanpa berpikir. Mereka mau data kartumu, "
      .. "bukan RM1.50-nya.",
    flag_deadline = "Batas waktu membuatmu buru-buru, jadi kamu tidak sempat mengecek.",
    flag_link = "Ini bukan situs resmi perusahaannya. Buka aplikasi resminya atau ketik "
      .. "sendiri alamatnya.",

    after_click_question = "Sepupumu mengklik link itu dan mengetik nomor kartunya. "
      .. "Apa yang harus dia lakukan sekarang?",
    after_click_wait = "Tunggu dulu, lihat apakah uangnya hilang",
    after_click_wait_fb = "Menunggu memberi waktu kepada penipu. Setiap menit penting.",
    after_click_call = "Telepon banknya sekarang, lalu hotline penipuan",
    after_click_call_fb = "Betul. Bertindak cepat bisa menghentikan uang keluar. Tertipu "
      .. "itu bukan salahnya.",
    after_click_delete = "Hapus pesannya dan lupakan saja",
    after_click_delete_fb = "Data kartunya sudah bocor. Dia perlu memberi tahu bank "
      .. "supaya kartunya diblokir.",

    chat_friend_name = "Daniel",
    chat_hi = "Hai! Aku nggak sengaja kirim kode 6 angka ke HP-mu 😅",
    chat_ask_code = "Bisa kirim ke aku? Penting banget!",
    reply_send_code = "Oke, ini: 482913",
    reply_send_code_fb = "Kode itu membuka akunmu. Akun Daniel sudah diambil alih, dan "
      .. "sekarang akunmu juga bisa.",
    reply_call_first = "Buat apa? Aku telepon kamu dulu ya.",
    reply_call_first_fb = "Pintar. Kode itu seperti kunci. Cek dengan menelepon "
      .. "temanmu di nomor yang kamu tahu.",
    chat_thanks_code = "Makasih!!",
    chat_more_money = "Eh, bisa pinjamin aku RM200? Besok aku ganti",
    chat_push = "Nggak sempat telepon!! Kirim aja, please",
    reply_fine = "Ya udah, ini 482913",
    reply_fine_fb = "Tekanan itu alat penipu. Teman sungguhan bisa menunggu semenit.",
    reply_no_call = "Nggak. Aku telepon kamu sekarang.",
    reply_no_call_fb = "Bagus. Waktu kamu telepon, Daniel yang asli bisa bilang "
      .. "akunnya dicuri.",
    chat_gone_quiet = "(Daniel tiba-tiba diam.)",

    signs_question = "Mana saja tanda pesan penipuan?",
    sign_fee = "Memintamu membayar biaya kecil",
    sign_fee_fb = "Biaya kecil itu trik untuk mendapatkan data kartumu.",
    sign_rush = "Membuatmu buru-buru: \"dalam 24 jam\"",
    sign_rush_fb = "Membuatmu buru-buru adalah cara penipu supaya kamu tidak mengecek.",
    sign_code = "Meminta kode atau kata sandi",
    sign_code_fb = "Perusahaan asli atau teman tidak butuh kodemu.",
    sign_bank_name = "Nama bankmu muncul sebagai pengirim",
    sign_bank_name_fb = "Nama tidak membuktikan apa-apa. Penipu bisa membuat SMS "
      .. "tampil dengan nama pengirim apa pun, dan sering tahu namamu juga.",

    take_links = "Nama pengirim tidak membuktikan apa-apa. Jangan klik link di pesan "
      .. "yang tak terduga: buka aplikasi resminya.",
    take_codes = "Jangan pernah berikan kode sekali pakai, bahkan kepada teman.",
    take_act_fast = "Kalau kamu sudah memberikan data, segera telepon bankmu dan hotline "
      .. "penipuan.",
  },

  l02_never_share_code = {
    title = "Jangan pernah bagikan kode",
    summary = "Simpan kode sekali pakai untuk dirimu sendiri.",
    guide_aim = "Tidak pernah membagikan kode sekali pakai, dan menyalakan verifikasi "
      .. "dua langkah.",
    guide_practise = "Membaca kode yang datang tiba-tiba, memilah SMS bank, menolak "
      .. "petugas bank palsu di chat, menyalakan verifikasi dua langkah.",
    guide_prompt_1 = "Kenapa penipu mau kode yang cuma bisa dipakai sekali?",
    guide_prompt_2 = "Penelepon tahu nama dan nomor kartumu. Apa artinya itu?",
    guide_prompt_3 = "Siapa di keluargamu yang perlu dibantu menyalakan verifikasi dua "
      .. "langkah?",

    intro_title = "Kodemu adalah kunci",
    intro_text = "Kode sekali pakai (OTP atau TAC) itu seperti kunci. Siapa pun yang "
      .. "memegangnya bisa membuka akunmu atau memindahkan uangmu. Ayo latihan menjaganya.",

    surprise_question = "Kamu tidak minta kode, tapi SMS ini masuk: \"Kode WhatsApp: "
      .. "381-204. Jangan bagikan kode ini.\" Apa yang terjadi?",
    surprise_login = "Ada orang yang mencoba login ke WhatsApp-ku",
    surprise_login_fb = "Betul. Ada yang mengetik nomormu. Tanpa kode itu dia tidak bisa "
      .. "masuk, jadi simpan untuk dirimu sendiri.",
    surprise_mistake = "WhatsApp salah kirim",
    surprise_mistake_fb = "Kode datang kalau ada yang mengetik nomormu untuk login. Itu "
      .. "bukan salah kirim. Rahasiakan kodenya.",
    surprise_reply = "Aku harus balas dan tanya siapa yang kirim",
    surprise_reply_fb = "Tidak perlu dibalas. Simpan saja kodenya dan nyalakan "
      .. "verifikasi dua langkah.",

    inbox_question = "Aman atau penipuan?",
    time_0940 = "Hari ini 09:40",
    time_1012 = "Hari ini 10:12",
    time_1130 = "Hari ini 11:30",
    time_1404 = "Hari ini 14:04",
    bank_name = "MyBank",
    sms_tac = "MyBank: TAC kamu 604118 untuk mengirim RM50.00 ke SITI AMINAH. Jangan "
      .. "berikan TAC ini kepada siapa pun.",
    why_tac = "Kamu sendiri yang memulai transfer ini, dan pesannya menyebut jumlah dan "
      .. "penerimanya. Kode ini hanya untuk kamu ketik sendiri.",
    sms_frozen = "MyBank: Akunmu dibekukan. Balas dengan TAC 6 angka yang kami kirim "
      .. "untuk membukanya hari ini.",
    why_frozen = "Pesan ini memakai nama MyBank, tapi nama bisa dipalsukan, bahkan di "
      .. "dalam chat asli bankmu. Bank tidak pernah minta kode dikirim balik.",
    sms_notice = "MyBank: Kami tidak akan pernah menelepon, SMS atau chat untuk meminta "
      .. "TAC, PIN atau kata sandimu. Kalau ada yang minta, berhenti dan telepon kami.",
    why_notice = "Pengingat ini tidak meminta apa pun. Bank asli memang mengirim "
      .. "peringatan seperti ini.",
    reward_number = "+60 16-338 9120",
    sms_reward = "Selamat! Ada hadiah RM100 di e-wallet kamu Agen kami akan menelepon. "
      .. "Berikan kode yang kami kirim untuk mengklaimnya.",
    why_reward = "Hadiah yang butuh kodemu itu trik. Kode itu membuka e-wallet kamu "
      .. "untuk mereka.",

    call_title = "Pesan dari \"bankmu\"",
    call_text = "Nanti, ada yang mengirim pesan lewat WhatsApp. Profilnya memakai nama "
      .. "dan logo bank. Apa yang akan kamu lakukan?",

    bank_contact = "MyBank Support",
    bank_transfer = "Ini tim penipuan MyBank. Ada yang mengambil RM2,300 dari kartumu "
      .. "yang berakhiran 4471!",
    bank_ask = "Untuk menghentikannya, sebutkan kode yang baru kami kirim ke HP-mu.",
    bank_give = "Oke, kodenya 519027",
    bank_give_fb = "Bank tidak pernah minta kodemu. Kode itu menyetujui transfernya, "
      .. "jadi sekarang mereka bisa mengambil uangnya.",
    bank_check = "Bagaimana aku tahu kamu benar-benar dari bank?",
    bank_check_fb = "Pertanyaan bagus. Tapi penipu pasti akan bilang iya. Cara paling "
      .. "pasti adalah menelepon bank sendiri.",
    bank_hangup = "Aku akan telepon nomor di kartuku.",
    bank_hangup_fb = "Betul. Nomor di kartumu selalu tersambung ke bank yang asli. "
      .. "Siapa pun bisa meniru nama dan logo bank.",
    bank_more = "Terima kasih. Satu kode lagi akan datang. Kirim juga, ya, supaya kami "
      .. "bisa melindungimu sepenuhnya.",
    more_give = "Oke, ini: 207733",
    more_give_fb = "Setiap kode membuat mereka bisa mengambil uang lebih banyak. Tidak "
      .. "ada kata terlambat untuk berhenti.",
    more_stop = "Tunggu. Aku telepon bankku sekarang.",
    more_stop_fb = "Bagus. Telepon nomor di kartumu supaya bank bisa cepat memblokir "
      .. "kartunya.",
    bank_proof = "Tim penipuan, nomor staf MB4471. Saya tahu nama dan nomor kartumu, "
      .. "jadi kamu bisa percaya.",
    bank_hurry = "Cepat! Dalam 5 menit uangnya hilang!",
    push_give = "Oke, oke. Kodenya 519027",
    push_give_fb = "Tahu nama atau nomor kartumu tidak membuktikan apa-apa. Penipu "
      .. "membeli data yang bocor. Desakan waktu itulah triknya.",
    push_hangup = "Aku telepon nomor di kartuku.",
    push_hangup_fb = "Bagus. Petugas bank asli senang kalau kamu mengecek.",
    bank_threat = "Kalau kamu keluar dari chat ini, akunmu kami tutup hari ini!",
    threat_give = "Maaf! Ini kodenya: 519027",
    threat_give_fb = "Ancaman dibuat supaya kamu bertindak cepat. Bankmu tidak akan "
      .. "menutup akunmu karena kamu menelepon mereka.",
    threat_hangup = "Aku tetap telepon bankku sendiri.",
    threat_hangup_fb = "Betul. Tetap tenang dan telepon. Bankmu bisa mengecek dalam "
      .. "semenit.",
    bank_gone = "(Akun ini sudah keluar dari WhatsApp.)",

    after_share_question = "Temanmu Hafiz memberikan kodenya kepada penelepon yang "
      .. "mengaku \"bank\". Apa yang harus dia lakukan dulu?",
    share_call_bank = "Telepon banknya sekarang, ke nomor di kartunya",
    share_call_bank_fb = "Betul. Bank bisa memblokir kartu dan menghentikan uang keluar. "
      .. "Lalu dia perlu menelepon hotline penipuan.",
    share_wait = "Tunggu, lihat apakah uangnya hilang",
    share_wait_fb = "Setiap menit penting. Makin cepat bank tahu, makin banyak uang yang "
      .. "bisa diselamatkan.",
    share_quiet = "Diam saja, karena dia merasa bodoh",
    share_quiet_fb = "Penipu menipu orang setiap hari. Ini bukan salahnya, dan cepat "
      .. "memberi tahu bank itu membantu.",

    tsv_title = "Tambah kunci kedua",
    tsv_text = "Verifikasi dua langkah menambah PIN yang hanya kamu tahu. Kalau pencuri "
      .. "dapat kodemu pun, dia tetap tidak bisa masuk.",
    tsv_where_question = "Bagaimana cara menyalakan verifikasi dua langkah di WhatsApp?",
    tsv_settings = "Setelan › Akun › Verifikasi dua langkah",
    tsv_settings_fb = "Betul. Ketuk Aktifkan, pilih PIN 6 angka dan tambahkan emailmu, "
      .. "kalau-kalau kamu lupa PIN-nya.",
    tsv_message = "Kirim pesan ke layanan bantuan WhatsApp",
    tsv_message_fb = "Tidak perlu kirim pesan ke siapa pun. Kamu bisa menyalakannya "
      .. "sendiri di Setelan.",
    tsv_friend = "Minta teman memasangnya untukku",
    tsv_friend_fb = "Pasang sendiri, supaya hanya kamu yang tahu PIN-nya.",

    pin_who_question = "Kamu sudah memilih PIN dua langkah. Siapa yang boleh tahu?",
    pin_me = "Hanya aku",
    pin_me_fb = "Betul. Kalau lupa, kamu bisa mengaturnya ulang lewat emailmu.",
    pin_friend = "Sahabatku, untuk jaga-jaga",
    pin_friend_fb = "Simpan untuk dirimu sendiri. Kalau lupa, emailmu bisa mengaturnya "
      .. "ulang.",
    pin_staff = "Petugas bank atau aplikasi, kalau mereka minta",
    pin_staff_fb = "Petugas asli tidak pernah minta PIN-mu. Siapa pun yang minta sedang "
      .. "mencoba masuk.",

    habits_question = "Mana saja yang menjaga akunmu tetap aman?",
    habit_secret = "Menyimpan kode dan PIN untuk diriku sendiri",
    habit_secret_fb = "Kebiasaan baik: kode hanya untukmu, orang yang memintanya.",
    habit_2step = "Menyalakan verifikasi dua langkah",
    habit_2step_fb = "Kebiasaan baik: ini kunci kedua yang tidak bisa dibuka hanya "
      .. "dengan kode.",
    habit_callback = "Menelepon balik ke nomor yang sudah aku punya",
    habit_callback_fb = "Kebiasaan baik: nomor di kartumu atau di aplikasi bank "
      .. "tersambung ke bank yang asli.",
    habit_name = "Memberikan kode kalau penelepon tahu namaku",
    habit_name_fb = "Tidak aman: penipu sering tahu namamu dan angka kartumu. Itu tidak "
      .. "membuktikan apa-apa.",

    take_never = "Jangan pernah berikan kode sekali pakai, tidak ke bank, tidak ke teman.",
    take_call = "Ada yang mengaku dari bank? Berhenti, lalu telepon nomor di kartumu.",
    take_2step = "Nyalakan verifikasi dua langkah dan simpan PIN-nya untuk dirimu sendiri.",
  },

  l03_lock_accounts = {
    title = "Kunci akunmu",
    summary = "Kata sandi kuat dan kunci kedua.",
    guide_aim = "Membuat frasa sandi yang kuat dan menambah kunci kedua di akun.",
    guide_practise = "Memilih kata sandi paling kuat, mengetik frasa sandi latihan "
      .. "(tidak pernah disimpan), menolak penjual \"diamond gratis\", mencari setelan "
      .. "dua langkah.",
    guide_prompt_1 = "Apa yang membuat kata sandi gampang ditebak?",
    guide_prompt_2 = "Di mana kamu bisa menyimpan kode cadangan dengan aman?",
    guide_prompt_3 = "Kenapa game dan hadiah gratis minta kata sandi?",

    intro_title = "Kunci akunmu",
    intro_text = "Akunmu menyimpan chat, foto dan uangmu. Kata sandi yang kuat dan kunci "
      .. "kedua membuatnya tetap milikmu. Ayo latihan.",

    strongest_question = "Kata sandi mana yang paling susah ditebak?",
    pw_name = "Aiman2005",
    pw_name_fb = "Nama dan tahun lahir gampang ditebak. Komputer mencobanya duluan.",
    pw_symbols = "P@ssw0rd!",
    pw_symbols_fb = "Komputer sudah tahu trik mengganti huruf dengan simbol. Lagi pula "
      .. "ini pendek.",
    pw_phrase = "layang bawang lampu sungai sepatu",
    pw_phrase_fb = "Betul. Lima kata acak itu panjang, gampang diingat dan sangat susah "
      .. "ditebak.",
    pw_numbers = "12345678",
    pw_numbers_fb = "Ini salah satu kata sandi yang paling banyak dipakai di dunia. "
      .. "Langsung ketebak.",

    build_question = "Buat frasa sandimu sendiri. Kata-kata mana yang paling bagus?",
    phrase_famous = "aku cinta kamu selamanya",
    phrase_famous_fb = "Kalimat terkenal dan lirik lagu termasuk yang pertama dicoba "
      .. "komputer.",
    phrase_personal = "aiman ipoh milo kucing 2005",
    phrase_personal_fb = "Nama, kota dan hewan peliharaanmu gampang ditemukan di "
      .. "profilmu. Pilih kata yang tidak ada hubungannya denganmu.",
    phrase_short = "harimau bus",
    phrase_short_fb = "Dua kata terlalu pendek. Pakai 5 sampai 7 kata.",
    phrase_random = "harimau sendok awan bus jendela",
    phrase_random_fb = "Keren: lima kata yang tidak berhubungan denganmu atau satu sama "
      .. "lain. Pakai yang baru untuk setiap akun.",
    try_question = "Sekarang buat frasa sandi latihan: ketik lima kata acak dengan spasi "
      .. "di antaranya. Jangan kata sandi yang benar-benar kamu pakai! Tidak ada yang "
      .. "disimpan.",
    try_weak = "Gampang ditebak",
    try_weak_fb = "Kata sandi pendek, kata umum dan urutan seperti 12345 ketebak dalam "
      .. "hitungan detik. Coba lima kata acak, dengan spasi.",
    try_fair = "Lebih baik, tapi belum cukup",
    try_fair_fb = "Hampir! Tambah kata acak sampai ada lima. Makin panjang makin kuat.",
    try_strong = "Kuat",
    try_strong_fb = "Kuat! Lima kata yang tidak saling berhubungan itu panjang dan susah "
      .. "ditebak. Buat yang seperti ini untuk setiap akun aslimu, dan simpan untuk "
      .. "dirimu sendiri.",
    try_again_title = "Coba sekali lagi",
    try_again_text = "Pilih lima kata yang tidak ada hubungannya denganmu atau satu sama "
      .. "lain: hewan, makanan, warna, alat dan tempat.",


    seller_name = "Toko Diamond",
    seller_hi = "Hai! 😊 Hari ini saja: 5,000 diamond gratis untuk game-mu!",
    seller_ask = "Kirim saja login dan kata sandi game-mu. Diamond-nya aku tambahkan "
      .. "dalam 5 menit.",
    seller_send = "Oke! Ini login dan kata sandiku.",
    seller_send_fb = "Dengan kata sandimu, mereka bisa mengunci akunmu dan menjualnya. "
      .. "Top-up asli cuma butuh ID pemainmu.",
    seller_no = "Nggak, makasih. Aku nggak pernah kasih kata sandiku.",
    seller_no_fb = "Betul. Top-up asli cuma butuh ID pemainmu, bukan kata sandimu.",
    seller_code = "Makasih 😊 Sekarang kirim kode 6 angka yang barusan kamu terima.",
    code_send = "Ini: 550218",
    code_send_fb = "Kode itu kunci keduamu. Dengan kode itu mereka bisa masuk. Ganti "
      .. "kata sandimu sekarang.",
    code_stop = "Nggak! Aku ganti kata sandiku sekarang.",
    code_stop_fb = "Selamat! Kunci keduamu menghentikan mereka. Ganti kata sandimu, lalu "
      .. "keluarkan akunmu dari perangkat lain.",
    seller_push = "Bro, semua orang juga gitu 😅 Promonya habis 10 menit lagi!",
    push_give = "Ya udah, sekali ini aja.",
    push_give_fb = "Desakan waktu itulah triknya. Tawaran yang butuh kata sandimu bukan "
      .. "tawaran sungguhan.",
    push_block = "Nggak. Aku blokir dan laporkan kamu.",
    push_block_fb = "Bagus. Melapor juga membantu melindungi pemain lain.",
    seller_gone = "(Toko Diamond sudah keluar dari chat.)",

    alerts_question = "Aman atau penipuan?",
    time_0812 = "Hari ini 08:12",
    time_0930 = "Hari ini 09:30",
    time_1410 = "Hari ini 14:10",
    app_name = "ChatMe",
    sms_login = "ChatMe: Login baru dari HP di Ipoh. Ini kamu? Kalau bukan, buka "
      .. "aplikasi ChatMe dan ganti kata sandimu.",
    why_login = "Pesan ini tidak meminta apa pun dan menyuruhmu ke aplikasinya sendiri. "
      .. "Peringatan seperti ini membantumu.",
    mail_app = "Email",
    fake_sender = "ChatMe Support <chatme.help@gmail.com>",
    fake_subject = "Akunmu akan dihapus",
    fake_body = "Ada yang melaporkan akunmu. Konfirmasi kata sandimu dalam 24 jam "
      .. "supaya akunmu tidak dihapus:",
    fake_link = "chatme-verify.net/login",
    why_fake_delete = "Siapa pun bisa menulis \"ChatMe Support\" sebagai nama. Alamat "
      .. "email gratisan, batas waktu dan link yang minta kata sandimu adalah tandanya. "
      .. "Buka sendiri aplikasinya.",
    sms_changed = "ChatMe: Kata sandimu diganti hari ini jam 14:10. Bukan kamu? Buka "
      .. "aplikasinya dan ketuk \"Amankan akunku\".",
    why_changed = "Pesan ini memberi tahu apa yang terjadi dan menyuruhmu ke aplikasi, "
      .. "bukan ke link.",
    friend_name = "Mei",
    vote_1 = "Hai! Bisa bantu vote aku di lomba? 😊",
    vote_2 = "Aku butuh kata sandi ChatMe kamu untuk login dan vote aku.",
    why_vote = "Tidak ada voting yang butuh kata sandimu. Akun temanmu mungkin sudah "
      .. "diambil alih. Telepon dia untuk mengecek.",

    mfa_title = "Tambah kunci kedua",
    mfa_text = "Dengan verifikasi dua langkah, pencuri butuh kata sandimu dan HP-mu. "
      .. "Ayo kita nyalakan.",
    mfa_where_question = "Kamu membuka Setelan aplikasi. Di mana letak verifikasi dua "
      .. "langkah?",
    where_security = "Keamanan, atau Kata sandi dan keamanan",
    where_security_fb = "Betul. Kebanyakan aplikasi menaruhnya di situ. Di WhatsApp, "
      .. "lihat di bagian Akun.",
    where_notifications = "Notifikasi",
    where_notifications_fb = "Notifikasi hanya mengubah pemberitahuanmu. Lihat di "
      .. "Keamanan.",
    where_profile = "Edit profil",
    where_profile_fb = "Profilmu itu nama dan fotomu. Lihat di Keamanan.",

    mfa_backup_question = "Aplikasi memberimu kode cadangan, untuk jaga-jaga kalau HP-mu "
      .. "hilang. Apa yang kamu lakukan?",
    backup_keep = "Tulis dan simpan baik-baik di rumah",
    backup_keep_fb = "Betul. Kalau HP-mu hilang, kode ini bisa membuatmu masuk lagi.",
    backup_group = "Kirim ke grup chat-ku supaya tersimpan",
    backup_group_fb = "Semua orang di grup bisa memakainya untuk masuk ke akunmu.",
    backup_skip = "Abaikan saja",
    backup_skip_fb = "Tanpa kode itu, HP yang hilang bisa membuatmu terkunci di luar. "
      .. "Simpan di tempat yang aman.",

    habits_question = "Kebiasaan mana yang menjaga akunmu tetap aman?",
    habit_different = "Kata sandi berbeda untuk setiap akun",
    habit_different_fb = "Kebiasaan baik: kalau satu situs bocor, akun lainnya tetap aman.",
    habit_manager = "Pengelola kata sandi untuk mengingatnya",
    habit_manager_fb = "Kebiasaan baik: semua kata sandimu dikunci di balik satu kata "
      .. "sandi yang kuat.",
    habit_update = "Memperbarui HP dan aplikasiku",
    habit_update_fb = "Kebiasaan baik: pembaruan menambal celah yang dipakai pencuri.",
    habit_same = "Satu kata sandi untuk semuanya, supaya tidak lupa",
    habit_same_fb = "Tidak aman: kalau satu situs membocorkannya, pencuri mencobanya di "
      .. "semua akunmu.",

    take_phrase = "Pakai frasa sandi dari 5 kata acak, berbeda untuk setiap akun.",
    take_share = "Jangan pernah berikan kata sandimu kepada siapa pun: teman atau penjual.",
    take_2step = "Nyalakan verifikasi dua langkah dan simpan kode cadangannya baik-baik.",
  },

  l04_dream_job = {
    title = "Kerja impian atau jebakan?",
    summary = "Kenali lowongan kerja palsu di luar negeri.",
    guide_aim = "Mengenali jebakan kerja di luar negeri, dan tahu seperti apa tawaran "
      .. "yang adil.",
    guide_practise = "Mencari tanda bahaya di iklan lowongan, memilah tawaran asli dan "
      .. "palsu, membalas perekrut, menasihati teman.",
    guide_prompt_1 = "Majikan membayar tiket pesawatmu. Apa lagi yang harus benar "
      .. "sebelum itu aman?",
    guide_prompt_2 = "Kenapa perekrut bilang \"berangkat saja sebagai turis\"?",
    guide_prompt_3 = "Teman dari temanmu berangkat lewat agen ini. Apakah itu berarti "
      .. "aman?",

    intro_title = "Kerja impian atau jebakan?",
    intro_text = "Banyak orang dapat kerja bagus di luar negeri. Tapi ada tawaran kerja "
      .. "yang jebakan: orang ditipu, terjebak jauh dari rumah dan dipaksa bekerja. "
      .. "Ayo latihan membedakan tawaran asli dan jebakan.",

    -- Fake Facebook ad (spot the flags)
    ad_flags_title = "Cari tanda bahaya di iklan lowongan ini",
    ad_from = "Nuvaro Career Asia",
    ad_app = "Facebook",
    ad_time = "3 jam lalu",
    ad_text = "★ DIBUTUHKAN SEGERA ★ Staf layanan pelanggan di Bangkok. {pay|Gaji "
      .. "RM7,000 sebulan}, {easy|tanpa pengalaman, cuma mengetik}. Tiket pesawat dan "
      .. "hotel gratis! {visa|Tidak perlu kontrak atau visa kerja: datang saja sebagai "
      .. "turis.} {contact|Daftar hanya lewat Telegram: @nuvaro_hr}. Tinggal 5 tempat!",
    flag_pay = "Gaji sangat tinggi untuk kerja gampang adalah umpan yang paling sering "
      .. "dipakai.",
    flag_easy = "\"Tanpa pengalaman\" dengan gaji besar itu terlalu bagus untuk jadi "
      .. "kenyataan.",
    flag_visa = "Kerja asli di luar negeri datang dengan kontrak, visa kerja dan izin "
      .. "kerja resmi. Berangkat sebagai turis membuatmu tanpa perlindungan.",
    flag_contact = "Tidak ada alamat perusahaan, cuma nama Telegram. Majikan asli bisa "
      .. "dicek.",

    -- Sort: real or trap?
    sort_question = "Kerja asli atau jebakan?",
    hotel_from = "Hotel Seri Kenanga, Kuantan",
    hotel_app = "Facebook",
    hotel_time = "Kemarin",
    hotel_text = "Kami mencari staf resepsionis. Gaji RM1,900 sebulan plus KWSP dan "
      .. "PERKESO. Wawancara langsung di hotel kami, Senin sampai Jumat, jam 10 pagi "
      .. "sampai 4 sore. Kami tidak pernah meminta bayaran apa pun.",
    why_hotel = "Tempat asli yang bisa kamu datangi, gaji normal, wawancara langsung, dan "
      .. "tanpa biaya.",
    typing_from = "@kerja.senang.overseas",
    typing_app = "TikTok",
    typing_time = "2 hari lalu",
    typing_text = "Kerja ketik gampang di luar negeri ✈ Gaji RM8,000 sebulan! Tiket kami "
      .. "bayar. Berangkat saja sebagai turis, sisanya kami urus. DM sekarang!",
    why_typing = "Gaji besar untuk mengetik, dan kamu disuruh pura-pura jadi turis. Itu "
      .. "jebakan.",
    agency_from = "Pelangi Talent Agency (berizin)",
    agency_app = "Facebook",
    agency_time = "1 mgg lalu",
    agency_text = "Lowongan hotel di Dubai. Gaji AED 2,500 sebulan. Majikan membayar "
      .. "visa kerja dan tiket pesawatmu. Kamu tanda tangan kontrak sebelum berangkat. "
      .. "Datang ke kantor kami di Petaling Jaya. Tanpa biaya untuk pekerja.",
    why_agency = "Kontrak sebelum berangkat, visa kerja, kantor yang bisa didatangi dan "
      .. "tanpa biaya. Majikan yang membayar tiketmu itu perekrutan yang adil. Kamu tetap "
      .. "bisa mengecek izin agensinya.",
    fee_from = "Japan Kerja Cepat",
    fee_app = "Facebook",
    fee_time = "5 jam lalu",
    fee_text = "Kerja pabrik di Jepang! Bayar biaya proses RM3,500 untuk pesan tempat. "
      .. "Visa jadi dalam 3 hari. Tempat terbatas, bayar hari ini!",
    why_fee = "Kamu tidak perlu membayar untuk dapat kerja. Biaya dan desakan waktu "
      .. "adalah tanda bahaya.",

    -- Recruiter chat
    chat_intro_title = "Kamu mengirim pesan",
    chat_intro_text = "Kamu bertanya tentang kerja di Bangkok dari iklan itu. Seorang "
      .. "perekrut menjawab di Telegram. Pilih balasanmu.",
    recruiter_name = "Mira (HR)",
    chat_hi = "Hai say! Makasih sudah tertarik 😊",
    chat_start = "Kamu bisa mulai minggu depan. Tiket pesawatmu kami kirim hari ini!",
    reply_company = "Apa nama perusahaannya? Boleh aku lihat kontraknya?",
    reply_company_fb = "Pertanyaan bagus. Majikan asli memberi tahu namanya dan kontrak "
      .. "tertulis sebelum kamu berangkat.",
    reply_passport = "Oke! Perlu foto paspor aku?",
    reply_passport_fb = "Pelan-pelan. Cari tahu dulu siapa majikannya. Data paspormu "
      .. "bisa disalahgunakan.",
    chat_passport_yes = "Iya, kirim sekarang ya 😊 Kontraknya kamu tanda tangan waktu "
      .. "sampai.",
    chat_no_contract = "Kontraknya ditandatangani waktu sampai. Tenang, banyak orang "
      .. "Indonesia kerja sama kami.",
    chat_tourist = "Di bandara, bilang kamu mau liburan. Jangan bilang 'kerja', oke?",
    reply_lie = "Oke, aku bilang mau liburan.",
    reply_lie_fb = "Disuruh bohong di bandara adalah tanda bahaya besar. Tanpa visa kerja, "
      .. "kamu tidak punya perlindungan di sana.",
    reply_why_lie = "Kenapa harus bohong? Kerja asli pakai visa kerja.",
    reply_why_lie_fb = "Tepat. Kerja asli di luar negeri datang dengan visa kerja. "
      .. "Pura-pura jadi turis adalah tanda jebakan.",
    chat_change = "Ada sedikit perubahan: kamu terbang ke Bangkok, lalu mobil akan "
      .. "membawamu lewat perbatasan ke kantor baru kami.",
    chat_fee = "Bayar RM1,500 untuk pelatihan dulu. Paspormu kami simpan supaya aman.",
    reply_pay = "Oke, aku transfer uangnya.",
    reply_pay_fb = "Tempatnya berubah, mereka minta biaya dan paspormu. Ini tiga tanda "
      .. "jebakan.",
    reply_check = "Nggak. Aku cek dulu ke kantor tenaga kerja.",
    reply_check_fb = "Bagus. Tempat yang berubah, biaya dan orang yang menyimpan paspormu "
      .. "adalah tanda jebakan.",
    chat_push = "Banyak yang mau kerja ini. Putuskan hari ini atau hilang!",
    chat_send_more = "Mantap! Kirim juga RM500 untuk hotel ya? 😊",

    -- A friend shares an offer
    friend_question = "Temanmu Hafiz membagikan lowongan seperti ini. Katanya: \"Teman "
      .. "sepupuku sudah berangkat. Ayo kita pergi bareng!\" Apa yang kamu lakukan?",
    friend_go = "Daftar bareng. Teman dari teman sudah berangkat.",
    friend_go_fb = "Perekrut sering mendekati orang lewat teman. Kata teman tidak "
      .. "membuat sebuah kerja jadi aman.",
    friend_check = "Tunjukkan tanda bahayanya dan cek lowongannya ke kantor tenaga kerja",
    friend_check_fb = "Keren. Mengecek melindungi kalian berdua. Kantor tenaga kerja "
      .. "pemerintah bisa memberi tahu apakah agensi itu berizin.",
    friend_ask = "Tanya perekrutnya apakah kerjanya asli",
    friend_ask_fb = "Perekrut yang berbohong pasti bilang iya. Tanya orang yang tidak "
      .. "dapat untung dari kerja itu.",

    -- Recall
    signs_question = "Mana saja tanda jebakan kerja?",
    sign_tourist = "Kamu disuruh bilang kamu turis",
    sign_tourist_fb = "Kerja asli datang dengan visa kerja. Kamu tidak perlu berbohong.",
    sign_passport = "Ada yang mau menyimpan paspormu",
    sign_passport_fb = "Paspormu harus selalu ada padamu.",
    sign_free_flight = "Majikan membayar tiket pesawatmu",
    sign_free_flight_fb = "Itu bisa adil: majikan yang baik sering membayarnya. Yang "
      .. "penting ada kontrak, visa kerja dan izin kerja resmi.",
    sign_place = "Negara atau kota kerjanya berubah",
    sign_place_fb = "Kalau tempatnya berubah, berhenti dan cek lagi seluruh tawarannya.",

    take_too_good = "Gaji besar untuk kerja gampang dan \"tanpa kontrak, tanpa visa, "
      .. "berangkat sebagai turis\" adalah umpan.",
    take_real_job = "Kerja asli punya kontrak, visa kerja dan izin kerja resmi. Majikan "
      .. "boleh membayar tiketmu. Kamu tidak pernah membayar biaya, menyerahkan paspor "
      .. "atau berbohong.",
    take_check = "Cek setiap kerja di luar negeri ke kantor tenaga kerja pemerintah "
      .. "sebelum berangkat.",
  },

  l05_check_before_you_go = {
    title = "Cek dulu sebelum berangkat",
    summary = "Rencanakan kerja aman di luar negeri.",
    guide_aim = "Melakukan pengecekan yang dibutuhkan untuk kerja aman di luar negeri, "
      .. "dan pulang dengan rencana pribadi.",
    guide_practise = "Mengecek agensi, menolak biaya, menyimpan paspor sendiri, membuat "
      .. "kartu rencana dari pilihan mereka sendiri.",
    guide_prompt_1 = "Kantor pemerintah mana yang mengecek agensi di sini, dan bagaimana "
      .. "cara menghubunginya?",
    guide_prompt_2 = "Apa yang akan kamu tulis di kartu rencanamu?",
    guide_prompt_3 = "Kenapa seseorang mau membayar biaya, dan apa yang bisa membantunya "
      .. "berkata tidak?",

    intro_title = "Cek dulu sebelum berangkat",
    intro_text = "Kamu mau kerja di luar negeri dan kirim uang ke keluarga. Rencana "
      .. "bagus! Seorang agen menawarimu kerja hotel di Dubai. Ayo lakukan pengecekan "
      .. "yang menjagamu tetap aman.",

    agency_question = "Agennya, Pak Zul, bilang agensinya berizin. Bagaimana cara "
      .. "memastikannya?",
    agency_gov = "Cek agensinya ke kantor tenaga kerja pemerintah",
    agency_gov_fb = "Betul. Kantor pemerintah tahu agensi mana yang berizin. Bertanya "
      .. "itu gratis.",
    agency_page = "Lihat halaman Facebook dan ulasan agensinya",
    agency_page_fb = "Halaman dan ulasan gampang dipalsukan. Hanya kantor pemerintah "
      .. "yang bisa memberi tahu apakah agensi itu berizin.",
    agency_word = "Percaya saja. Tetanggaku berangkat lewat dia.",
    agency_word_fb = "Tetanggamu bermaksud baik, tapi tidak bisa tahu apakah agensinya "
      .. "berizin. Cek ke kantor pemerintah.",
    agency_after_check = "Kamu bertanya ke kantor tenaga kerja. Agensi itu ada di daftar "
      .. "agensi berizin. Awal yang bagus!",
    agency_after_skip = "Kamu tidak mengecek. Belakangan kakakmu bertanya ke kantor "
      .. "tenaga kerja untukmu: agensinya berizin. Untung! Lain kali, cek sendiri.",

    fee_question = "Pak Zul bilang: \"Bayar RM4,000 untuk dapat kerja ini. Tunai saja, "
      .. "minggu ini.\" Apa yang kamu lakukan?",
    fee_pay = "Bayar saja. Kerja bagus memang butuh uang.",
    fee_pay_fb = "Pekerja tidak seharusnya membayar untuk dapat kerja. Menurut aturan "
      .. "perekrutan yang adil, majikan yang menanggung biaya ini.",
    fee_loan = "Pinjam dari dia dan bayar dari gajiku nanti",
    fee_loan_fb = "Utang kepada agen memberinya kuasa atas dirimu. Kerja yang adil sama "
      .. "sekali tidak memungut biaya dari pekerja.",
    fee_refuse = "Tolak, dan tanya kantor tenaga kerja soal biaya itu",
    fee_refuse_fb = "Bagus. Kerja yang adil tidak memungut biaya darimu. Majikan yang "
      .. "menanggungnya.",
    fee_after_refuse = "Kamu menolak. Pak Zul setuju majikan yang akan membayar. Tidak "
      .. "membayar apa pun untuk kerjamu, memang begitu seharusnya.",
    fee_after_pay = "Kamu sudah bayar. Seminggu kemudian, Pak Zul minta RM1,000 lagi "
      .. "untuk \"pelatihan\". Utang seperti ini bisa menjebak orang. Kamu berhenti "
      .. "membayar dan minta saran ke kantor tenaga kerja.",

    sort_question = "Pak Zul mengirim pesan lagi. Aman atau penipuan?",
    agent_name = "Pak Zul (agen)",
    msg_contract = "Ini kontrakmu dalam bahasa Indonesia. Baca di rumah dan tanya saja "
      .. "apa pun.",
    why_contract = "Kontrak tertulis dalam bahasamu, sebelum berangkat, itulah yang "
      .. "diberikan kerja yang adil.",
    msg_no_contract = "Nggak usah pakai kontrak. Percaya aja, aku sudah kirim banyak "
      .. "orang.",
    why_no_contract = "Tanpa kontrak tertulis, tidak ada yang bisa membuktikan gaji dan "
      .. "kerja apa yang dijanjikan kepadamu.",
    msg_employer_pays = "Kabar baik: majikanmu membayar visa dan tiket pesawatmu. Kamu "
      .. "tidak bayar apa pun untuk kerjanya.",
    why_employer_pays = "Itu perekrutan yang adil: majikan menanggung biaya ini, dan kamu "
      .. "tetap dapat kontrak dan visa kerja sebelum berangkat.",
    msg_place_changed = "Ganti rencana: hotelnya sekarang di negara lain. Gajinya sama, "
      .. "datang saja.",
    why_place_changed = "Kalau tempatnya berubah, seluruh tawarannya berubah. Berhenti "
      .. "dan cek lagi.",

    passport_question = "Di bandara, Pak Zul bilang: \"Sini paspormu. Aku simpan "
      .. "supaya aman.\" Apa yang kamu lakukan?",
    passport_give = "Kasih saja. Dia sedang membantuku.",
    passport_give_fb = "Paspormu milikmu. Siapa pun yang memegangnya bisa menahanmu "
      .. "pergi atau pindah kerja.",
    passport_keep = "Simpan sendiri, dan bilang dengan sopan bahwa aku pegang paspor "
      .. "sendiri",
    passport_keep_fb = "Betul. Simpan paspormu sendiri. Majikan yang adil tidak perlu "
      .. "memegangnya.",
    passport_half = "Kasih, tapi foto dulu paspornya",
    passport_half_fb = "Foto itu berguna, tapi tidak bisa membawamu pulang. Simpan "
      .. "sendiri paspor aslinya.",
    passport_after_give = "Belakangan, Pak Zul bilang kamu harus melunasi \"utang\" "
      .. "dulu sebelum paspormu dikembalikan. Menahan paspor adalah cara mengendalikan "
      .. "orang. Simpan paspormu sendiri.",

    plan_question = "Sebelum terbang, apa saja yang masuk rencana keselamatanmu?",
    plan_route = "Memberi keluargaku info penerbangan, alamat dan nama majikanku",
    plan_route_fb = "Betul. Keluargamu tahu kamu di mana dan siapa yang harus dihubungi.",
    plan_numbers = "Menyimpan nomor kedutaan dan hotline di HP-ku",
    plan_numbers_fb = "Betul. Kalau ada masalah, kamu tahu siapa yang harus ditelepon.",
    plan_secret = "Merahasiakan perjalanan sampai aku tiba",
    plan_secret_fb = "Rahasia membantu orang yang menipu pekerja. Ceritakan rencanamu.",
    plan_passport = "Menyimpan paspor sendiri",
    plan_passport_fb = "Betul. Paspormu selalu bersamamu.",

    plan_card_title = "Rencanaku sebelum berangkat",
    plan_agency_done = "✓ Agensi sudah dicek ke kantor tenaga kerja",
    plan_agency_todo = "→ Lain kali, cek sendiri agensinya dulu",
    plan_fee_none = "✓ Tidak membayar biaya untuk kerja",
    plan_fee_paid = "→ Aku sudah bayar biaya: minta bantuan kantor tenaga kerja",
    plan_contract = "→ Baca kontrakku, dalam bahasaku, sebelum berangkat",
    plan_passport_kept = "✓ Paspor tetap kupegang sendiri",
    plan_passport_given = "→ Ambil kembali paspor; kalau tidak bisa, cari bantuan",
    plan_family_done = "✓ Keluarga tahu penerbangan, alamat dan majikanku",
    plan_family_todo = "→ Beri tahu keluarga penerbangan, alamat dan majikanku",
    plan_numbers_done = "✓ Nomor kedutaan dan hotline tersimpan (ketuk Cari bantuan)",
    plan_numbers_todo = "→ Simpan nomor kedutaan dan hotline (ketuk Cari bantuan)",

    take_check = "Cek agensinya ke kantor tenaga kerja pemerintah sebelum membayar atau "
      .. "tanda tangan.",
    take_no_fee = "Jangan pernah membayar untuk dapat kerja, dan pegang paspormu sendiri.",
    take_plan = "Beri tahu keluarga rutemu, dan simpan nomor kedutaan dan hotline.",
  },

  l06_if_someone_is_stuck = {
    title = "Kalau ada yang terjebak",
    summary = "Bantu teman yang terjebak kerja di luar negeri.",
    guide_aim = "Mengenali tanda seseorang ditahan dan dipaksa bekerja, dan tahu siapa "
      .. "yang bisa membantu.",
    guide_practise = "Membalas dengan baik sepupu yang ditahan di markas penipuan, "
      .. "memilih langkah berikutnya yang aman, menyatakan bahwa orang yang dipaksa "
      .. "menipu adalah korban.",
    guide_prompt_1 = "Kenapa menyalahkan membuat orang makin susah minta tolong?",
    guide_prompt_2 = "Kenapa melabrak bosnya atau memposting di media sosial itu "
      .. "berisiko?",
    guide_prompt_3 = "Apa yang kamu tahu tentang kedutaan dan hotline di sini?",

    intro_title = "Pesan dari sepupumu",
    intro_text = "Sepupumu Farid pergi ke luar negeri untuk kerja layanan pelanggan. Dia "
      .. "senang sekali. Dua bulan kemudian, dia mengirim pesan larut malam.",

    cousin_name = "Farid",
    c_hi = "Hei. Kamu masih bangun? Bisa ngobrol?",
    c_not_job = "Kerjanya bukan seperti yang mereka bilang. Bukan layanan pelanggan.",
    c_passport = "Paspor kami diambil di hari pertama. Sekarang katanya aku utang "
      .. "RM20,000 untuk tiket dan makan.",
    c_not_free = "Kami tidak boleh keluar dari gedung.",
    c_forced = "Kami disuruh chat dengan orang asing online dan menipu mereka supaya "
      .. "kirim uang. Aku merasa bersalah sekali.",
    r_blame = "Kok bisa sih kamu ketipu?",
    r_blame_fb = "Disalahkan membuat orang diam. Dia ditipu oleh orang yang "
      .. "melakukannya setiap hari. Ini bukan salahnya.",
    r_support = "Aku senang banget kamu cerita. Ini bukan salahmu.",
    r_support_fb = "Betul. Kata-kata yang baik membuatnya terus bicara denganmu, dan "
      .. "dengan begitu bantuan bisa sampai kepadanya.",
    r_run = "Kabur saja malam ini!",
    r_run_fb = "Mencoba kabur sendirian bisa berisiko. Orang yang terlatih bisa "
      .. "merencanakan jalan keluar yang lebih aman.",
    c_hurt = "Aku nggak tahu. Mereka kelihatan meyakinkan banget.",
    r_sorry = "Maaf, aku salah ngomong. Ini bukan salahmu.",
    c_cant_run = "Nggak bisa. Pintunya dikunci dan aku nggak kenal tempat ini.",
    c_thanks = "Makasih. Aku takut cerita ke siapa pun.",
    c_phone = "Aku cuma bisa pakai HP larut malam.",
    r_location = "Bisa kirim lokasimu, atau nama gedung atau jalannya?",
    r_location_fb = "Bagus. Detail lokasi membantu hotline dan kedutaan menemukannya.",
    r_confront = "Kasih nomor bosmu. Aku suruh dia melepaskanmu.",
    r_confront_fb = "Melabrak bosnya bisa membuat keadaan Farid makin sulit. Serahkan "
      .. "itu kepada hotline dan kedutaan.",
    r_post = "Aku posting soal ini di Facebook biar semua orang tahu.",
    r_post_fb = "Bosnya bisa melihat postingan publik. Lebih baik berikan detailnya "
      .. "secara pribadi ke hotline.",
    c_please_dont = "Jangan, please. Itu bisa bikin keadaanku makin buruk.",
    r_location_after = "Oke. Bisa kirim lokasimu saja?",
    c_location = "Lokasi sudah dikirim. Gedungnya tinggi, pagarnya biru, di sebelah "
      .. "hotel besar.",
    r_bye = "Oke. Kabari aku kalau kamu sudah keluar.",
    r_bye_fb = "Dia butuh kamu sekarang. Tetap berhubungan supaya dia tidak merasa "
      .. "sendirian.",
    r_stay = "Aku sedang cari bantuan. Besok jam segini lagi? Hapus chat ini kalau itu "
      .. "lebih aman.",
    r_stay_fb = "Tetap berhubungan memberinya harapan. Biarkan dia memutuskan apa yang "
      .. "aman untuknya.",
    c_ok = "Oke. Besok jam 11. Makasih banyak.",
    c_dont_go = "Jangan menghilang, please. Besok jam 11 kita bisa ngobrol?",
    r_yes_tomorrow = "Iya. Aku ada. Aku sedang cari bantuan.",

    signs_question = "Tanda mana yang menunjukkan Farid tidak bebas?",
    sign_passport = "Paspornya diambil",
    sign_passport_fb = "Mengambil paspor membuat orang tidak bisa pergi.",
    sign_debt = "Dia \"berutang\" banyak padahal tidak pernah setuju",
    sign_debt_fb = "Utang yang dibuat-buat dipakai untuk membuat orang terus bekerja.",
    sign_homesick = "Dia kangen rumah dan masakannya",
    sign_homesick_fb = "Banyak orang kangen rumah di luar negeri. Itu saja masih normal.",
    sign_not_free = "Dia tidak boleh keluar dari gedung",
    sign_not_free_fb = "Tidak bebas pergi adalah tanda jelas perdagangan orang.",

    step_question = "Apa yang kamu lakukan sekarang?",
    step_wait = "Tunggu beberapa minggu dan lihat dulu",
    step_wait_fb = "Lebih baik cari bantuan sejak awal. Farid sudah minta tolong "
      .. "kepadamu.",
    step_hotline = "Hubungi hotline perdagangan orang atau kedutaan, dan berikan "
      .. "lokasinya",
    step_hotline_fb = "Betul. Mereka tahu cara membantu orang keluar dengan aman. Ketuk "
      .. "Cari bantuan untuk melihat nomornya dan jam buka setiap layanan.",
    step_pay = "Kirim uang untuk membayar utangnya",
    step_pay_fb = "Utangnya dibuat-buat. Membayar bisa membuat mereka minta lebih. Tanya "
      .. "hotline dulu.",
    step_go = "Pergi ke sana dan bawa dia pulang sendiri",
    step_go_fb = "Ini bisa membahayakan kalian berdua. Biarkan orang yang terlatih "
      .. "menanganinya.",

    c_next_night = "Hai, ini aku lagi.",
    c_worry = "Aku takut. Aku sudah menipu orang. Apa polisi akan menangkapku?",
    r_victim = "Kamu dipaksa. Itu membuatmu korban, bukan penjahat. Ayo cari bantuan "
      .. "dari orang yang paham itu.",
    r_victim_fb = "Betul. Orang yang dipaksa menipu adalah korban perdagangan orang. "
      .. "Ada yang tetap diperlakukan sebagai penjahat, jadi hotline perdagangan orang "
      .. "atau kedutaan, yang paham hal ini, bisa membelanya.",
    r_criminal = "Mungkin. Kamu memang menipu orang.",
    r_criminal_fb = "Dia dipaksa. Orang yang disuruh menipu adalah korban perdagangan "
      .. "orang, bukan penjahat. Rasa takut bisa membuatnya tidak minta tolong.",
    c_relief = "Makasih sudah nggak menghakimi aku. Aku tunggu teleponnya.",
    c_ashamed = "Aku tahu. Aku malu sekali.",
    r_victim_after = "Maaf. Kamu dipaksa. Kamu korban, bukan penjahat, dan kita akan "
      .. "cari orang yang paham itu.",

    scale_title = "Farid tidak sendirian",
    scale_text = "Ahli PBB bilang setidaknya 120,000 orang di Myanmar dan sekitar "
      .. "100,000 orang di Kamboja mungkin ditahan di markas penipuan. Banyak yang masih "
      .. "muda dan berpendidikan. Ini bisa terjadi pada siapa saja, dan itu tidak pernah "
      .. "salah mereka.",

    take_signs = "Paspor diambil, utang yang dibuat-buat, tidak bebas pergi, dipaksa "
      .. "menipu: ini tanda perdagangan orang.",
    take_act = "Tetap tenang dan baik. Minta lokasinya, jangan melabrak, dan hubungi "
      .. "hotline perdagangan orang atau kedutaan.",
    take_victims = "Orang yang dipaksa menipu adalah korban, bukan penjahat. Cari "
      .. "bantuan dari orang yang paham itu.",
  },

  l07_too_good_to_be_true = {
    title = "Terlalu bagus untuk jadi nyata",
    summary = "Kenali obrolan ramah yang berakhir di investasi palsu.",
    guide_aim = "Mengenali obrolan ramah yang berakhir di investasi palsu.",
    guide_practise = "Mengikuti chat \"salah sambung\" selama berhari-hari, mencari "
      .. "tanda bahaya di pesan biaya penarikan, memutuskan apa yang harus dilakukan "
      .. "korban.",
    guide_prompt_1 = "Kenapa penipuan ini butuh berminggu-minggu sebelum bicara soal "
      .. "uang?",
    guide_prompt_2 = "Siapa yang mungkin mengetik pesan-pesan ini, dan kenapa?",
    guide_prompt_3 = "Apa yang akan kamu katakan kepada teman yang sudah membayar biaya?",

    intro_title = "SMS dari orang asing",
    intro_text = "Ada penipuan yang dimulai dengan satu SMS ramah dan berlangsung "
      .. "berminggu-minggu. Ikuti chat ini hari demi hari, dan pilih balasanmu.",

    -- the chat
    scam_name = "Lina",
    day1_hi = "Hai Jason! Jadi kan makan malam nanti? 😊",
    day1_wrong = "Maaf, salah sambung.",
    day1_wrong_fb = "Singkat dan sopan. Hanya itu yang perlu kamu berikan ke orang asing.",
    day1_who = "Nggak ada Jason di sini 😄 Kamu siapa?",
    day1_who_fb = "Bersikap ramah itu normal. Tapi pertanyaan mengundang orang asing "
      .. "untuk terus ngobrol. Jawaban singkat sudah cukup.",
    day1_sorry = "Aduh, maaf banget! 😅 Kamu kelihatannya baik. Aku Lina, dari Penang.",
    day1_friends = "Boleh kita berteman? 😊",
    day1_sure = "Boleh, kenapa nggak!",
    day1_sure_fb = "Rasanya menyenangkan, dan banyak orang bilang iya. Tapi salah "
      .. "sambung yang berubah jadi pertemanan adalah cara penipuan ini sering dimulai.",
    day1_no_thanks = "Nggak, makasih. Hati-hati ya!",
    day1_no_thanks_fb = "Bagus. \"Salah sambung\" yang cepat-cepat ingin berteman adalah "
      .. "awal penipuan yang sudah dikenal.",

    day5_title = "Hari ke-5",
    day5_text = "Lina menulis setiap pagi. Dia bertanya tentang harimu dan mengirim foto "
      .. "makanan dan liburan.",
    day5_morning = "Selamat pagi! ☀️ Sudah makan?",
    day5_win = "Tebak deh, minggu ini aku dapat RM3,000 dari kripto 😎",
    day5_how = "Wah! Gimana caranya?",
    day5_how_fb = "Untung besar dari kripto yang diceritakan teman online baru adalah "
      .. "tanda bahaya. Dia ingin kamu bertanya.",
    day5_no_money = "Keren. Tapi aku nggak ngomongin uang dengan orang yang belum pernah "
      .. "kutemui.",
    day5_no_money_fb = "Pintar. Obrolan soal uang dari orang yang cuma kamu kenal online "
      .. "adalah tanda peringatan.",

    day9_title = "Hari ke-9",
    day9_text = "Chat-nya sekarang terasa seperti pertemanan sungguhan. Lalu Lina "
      .. "meminta sesuatu.",
    day9_app = "Pamanku kerja di aplikasi trading namanya BitNara. Aku bisa ajari "
      .. "kamu! 😉",
    day9_start = "Mulai kecil saja, cuma RM500. Kamu bisa tarik kapan saja 😊",
    day9_try = "Oke, RM500 saja buat coba.",
    day9_try_fb = "Jangan pernah berinvestasi karena saran orang yang kamu kenal online. "
      .. "Aplikasinya palsu, meskipun menampilkan untung.",
    day9_link = "Kirim link-nya, aku lihat-lihat saja.",
    day9_link_fb = "Lihat-lihat saja adalah awalnya. Aplikasi palsu menampilkan "
      .. "\"untung\" besar untuk menarikmu masuk.",
    day9_stop = "Nggak. Aku berhenti chat ini sekarang.",
    day9_stop_fb = "Bagus. Berhenti chat dan memblokirnya adalah pilihan paling aman.",
    day9_sad = "Kenapa?? Kukira kita berteman 😢",
    day9_yay = "Asyik! 😍 Ini link-nya: bitnara-pro.com",

    -- the platform message
    yes_title = "Bagaimana kalau kamu bilang iya?",
    yes_text = "Ravi dapat chat yang mirip dan bilang iya. Dalam tiga minggu, aplikasi "
      .. "BitNara-nya menampilkan untung RM8,000. Lalu dia mencoba menarik uangnya.",
    flags_title = "Cari tanda bahayanya",
    flags_text = "Ravi menerima pesan ini di aplikasi. Sentuh bagian yang mencurigakan.",
    platform_name = "BitNara Support",
    flag_msg_1 = "Klien yang terhormat, penarikan RM8,420 Anda sedang ditahan.",
    flag_msg_2 = "Anda harus membayar {tax|pajak 20% (RM1,684)} dan {audit|biaya audit "
      .. "akun} terlebih dahulu.",
    flag_msg_3 = "Bayar {deadline|dalam 24 jam} atau {frozen|akun Anda akan "
      .. "dibekukan}.",
    flag_tax = "Platform asli tidak minta uang baru sebelum kamu bisa menarik uangmu "
      .. "sendiri. \"Pajak\" itu trik.",
    flag_audit = "\"Biaya audit\" adalah satu lagi biaya yang dibuat-buat. Setelah itu, "
      .. "akan ada biaya lain.",
    flag_deadline = "Batas waktu membuatmu buru-buru membayar sebelum sempat bertanya "
      .. "ke orang lain.",
    flag_frozen = "Ancaman membekukan uangmu adalah tekanan. \"Untung\" di layar itu "
      .. "tidak pernah nyata.",

    next_question = "Ravi sudah membayar RM2,000 untuk biaya. Sekarang mereka minta lagi. "
      .. "Apa yang harus dia lakukan?",
    next_pay = "Bayar biaya terakhir ini supaya semuanya kembali",
    next_pay_fb = "Tidak ada biaya terakhir. Setiap pembayaran membawa biaya baru.",
    next_report = "Berhenti membayar, simpan chat-nya, cepat melapor",
    next_report_fb = "Betul. Dia harus segera menelepon banknya dan hotline penipuan. "
      .. "Bertindak cepat memberi peluang terbaik.",
    next_ask_mei = "Tanya Lina harus bagaimana",
    next_ask_mei_fb = "Lina bagian dari penipuan ini. Dia akan mendesaknya membayar lagi.",
    next_quiet = "Diam saja, karena dia malu",
    next_quiet_fb = "Merasa malu itu wajar, tapi ini bukan salahnya. Cepat bicara itu "
      .. "membantu.",

    typing_title = "Siapa yang mengetik?",
    typing_text = "Sering kali \"Lina\" itu tidak nyata. Banyak orang yang mengetik chat "
      .. "seperti ini ditipu dengan kerja di luar negeri dan dipaksa menipu. Mereka juga "
      .. "korban.",

    -- the inbox
    inbox_question = "Aman atau penipuan?",
    num_a = "+60 13-447 2109",
    time_a = "Sen 19:42",
    sms_real_wrong = "Ups, maaf! Salah nomor. Tadinya mau SMS sepupuku 😅",
    why_real_wrong = "Salah sambung yang asli minta maaf lalu berhenti. Dia tidak "
      .. "meminta apa pun dan tidak mencoba berteman.",
    num_b = "+60 11-3380 9172",
    time_b = "Sel 08:15",
    sms_wrong_friend = "Maaf, salah nomor! 😅 Tapi kamu kelihatannya baik banget. Boleh "
      .. "kita berteman? Aku Lina 😊",
    why_wrong_friend = "Salah sambung yang berubah jadi ajakan berteman adalah awal "
      .. "penipuan ini.",
    friend_name = "Hafiz",
    time_c = "Rab 17:30",
    sms_friend_plan = "Futsal pindah jam 9 malam ini Lapangan yang sama. Ikut?",
    why_friend_plan = "Teman yang kamu kenal, tentang rencana bersama. Tidak ada uang, "
      .. "tidak ada link.",
    online_friend = "Lina",
    time_d = "Kam 21:05",
    sms_crypto_tip = "Aplikasiku menghasilkan RM4,200 bulan ini 😎 Mulai dengan RM500, "
      .. "aku bimbing!",
    why_crypto_tip = "Untung kripto dan saran aplikasi dari orang yang cuma kamu kenal "
      .. "online. Jangan pernah berinvestasi karena sarannya.",

    take_online_tips = "Jangan pernah berinvestasi karena saran orang yang kamu kenal "
      .. "online.",
    take_fees = "Biaya untuk \"mencairkan\" uangmu itu trik. Jangan bayar apa pun lagi.",
    take_report = "Berhenti, simpan chat-nya dan cepat melapor. Ini bukan salahmu.",
  },

  l08_love_or_script = {
    title = "Cinta atau naskah?",
    summary = "Kenali pacar online yang cuma mau uang.",
    guide_aim = "Membedakan perhatian yang tulus dari naskah penipuan cinta, dan tetap "
      .. "aman dengan orang yang dikenal online.",
    guide_practise = "Chat dengan pacar online, mencari tanda bahaya, memilih cara aman "
      .. "untuk mengecek seseorang, memilah pesan.",
    guide_prompt_1 = "Kenapa video call sekarang bukan bukti?",
    guide_prompt_2 = "Apa yang akan kamu katakan kepada teman yang lebih muda yang ingin "
      .. "bertemu orang dari aplikasi?",
    guide_prompt_3 = "Kepada siapa kamu bisa bicara kalau pacar baru minta uang?",

    intro_title = "Cinta atau naskah?",
    intro_text = "Banyak orang dapat teman dan pacar sungguhan secara online. Tapi ada "
      .. "\"pacar\" yang mengikuti naskah untuk dapat uang. Ayo latihan mengenalinya.",

    -- the chat
    partner_name = "Adam",
    chat_morning = "Selamat pagi, sayang ❤️ Kamu hal pertama yang kupikirkan setiap "
      .. "hari.",
    chat_weeks = "Tiga minggu ngobrol dan aku merasa sudah kenal kamu selamanya 😊",
    reply_video = "Ayo video call nanti malam!",
    reply_video_fb = "Wajar untuk minta. Perhatikan jawabannya. Tapi video call saja "
      .. "tidak banyak membuktikan: video bisa dipalsukan.",
    reply_me_too = "Aku juga ❤️",
    reply_me_too_fb = "Senang rasanya disukai! Setelah tiga minggu, wajar juga untuk "
      .. "bertanya dan bicara dengan orang yang kamu percaya.",
    chat_camera_video = "Aku mau banget, tapi kameraku rusak 😢",
    chat_camera_soon = "Aku pengin video call, tapi kameraku rusak 😢",
    chat_rig = "Terus internet di anjungan minyak lambat banget. Segera ya, aku janji!",
    reply_ok = "Oke, nggak apa-apa.",
    reply_ok_fb = "Selalu ada alasan dia tidak bisa telepon atau bertemu. Itu tanda "
      .. "bahaya.",
    reply_see_first = "Kita sudah chat berminggu-minggu. Aku mau lihat kamu dulu.",
    reply_see_first_fb = "Wajar. Orang yang benar-benar peduli akan mengerti kamu ingin "
      .. "melihatnya.",

    later_title = "Seminggu kemudian",
    later_text = "Adam mengirim pesan cemas larut malam.",
    chat_hospital = "Ibuku masuk rumah sakit 😭 Aku butuh RM3,000 hari ini.",
    chat_gift_cards = "Kartuku nggak bisa dipakai di sini. Tolong belikan kartu hadiah "
      .. "dan kirim kodenya ke aku ❤️",
    reply_send = "Oke, aku kirim. Aku sayang kamu.",
    reply_send_fb = "Darurat mendadak, dan dia menyuruhmu bayar pakai kartu hadiah. Itu "
      .. "naskahnya. Uangnya akan hilang.",
    reply_some = "Aku cuma punya RM500. Nggak apa-apa?",
    reply_some_fb = "Berapa pun terlalu banyak. Setelah bayar sedikit, permintaan "
      .. "berikutnya akan datang.",
    reply_no_money = "Maaf, aku nggak kirim uang ke orang yang belum pernah kutemui.",
    reply_no_money_fb = "Bagus. Menolak permintaan uang menjagamu tetap aman, meskipun "
      .. "kamu peduli pada seseorang.",
    chat_guilt = "Kalau kamu benar-benar cinta aku, kamu pasti bantu 😢",
    reply_give_in = "Oke. Aku nggak mau kehilangan kamu.",
    reply_give_in_fb = "Rasa bersalah dipakai untuk mendesakmu. Cinta sejati tidak butuh "
      .. "uang untuk membuktikannya.",
    reply_tell_sister = "Nggak. Aku mau cerita soal ini ke kakakku.",
    reply_tell_sister_fb = "Bagus. Orang yang kamu percaya bisa membantumu melihat "
      .. "naskahnya dengan jelas.",
    chat_quiet = "(Adam berhenti membalas.)",
    chat_send_codes = "Makasih!! Kirim kodenya sekarang, cepat ya ❤️",

    -- red flags
    flags_title = "Cari tanda bahayanya",
    flags_text = "Adam mengirim pesan-pesan ini ke Mei. Sentuh bagian yang "
      .. "mencurigakan.",
    flag_msg_1 = "Aku kangen banget ❤️ Aku ingin melihatmu, tapi {no_call|kameraku "
      .. "masih rusak}.",
    flag_msg_2 = "{emergency|Penerbanganku pulang dibatalkan. Aku butuh RM1,800 untuk "
      .. "tiket baru.}",
    flag_msg_3 = "{pay_how|Tolong kirim dalam bentuk kripto ke dompet ini.} {rush|Aku "
      .. "butuh hari ini!}",
    flag_no_call = "Selalu ada alasan untuk tidak telepon atau bertemu. Itu bagian dari "
      .. "naskahnya.",
    flag_emergency = "Darurat mendadak yang hanya bisa diselesaikan dengan uangmu adalah "
      .. "bagian dari naskahnya.",
    flag_pay_how = "Dia menentukan cara bayarnya: kripto, kartu hadiah atau transfer. "
      .. "Uang ini susah didapat kembali.",
    flag_rush = "Membuatnya buru-buru tidak memberi waktu untuk berpikir atau bertanya.",

    check_question = "Cara mana yang membantumu mengecek orang yang kamu kenal online?",
    check_trusted = "Membicarakannya dengan orang yang kupercaya",
    check_trusted_fb = "Betul. Orang di luar chat lebih mudah melihat naskahnya.",
    check_search = "Mencari foto-fotonya di internet",
    check_search_fb = "Betul. Pencarian foto bisa menunjukkan foto curian milik orang lain.",
    check_meet_alone = "Bertemu berdua saja, di tempat yang sepi",
    check_meet_alone_fb = "Jangan bertemu sendirian dengan orang yang cuma kamu kenal "
      .. "online. Di bawah 18? Jangan bertemu sama sekali: bicara dulu dengan orang dewasa "
      .. "tepercaya.",
    check_video_proof = "Percaya setelah melihatnya di video",
    check_video_proof_fb = "Video bisa palsu atau direkam. Jangan lakukan apa pun di "
      .. "kamera yang tak ingin kamu lihat tersebar.",

    -- the inbox
    inbox_question = "Aman atau penipuan?",
    name_a = "Aina",
    time_a = "Sen 16:20",
    msg_meet = "Hei! Boba habis kelas hari Jumat? Farah juga ikut 😊",
    why_meet = "Teman sekelas, rencana bersama teman lain, di tempat umum. Tidak minta "
      .. "uang.",
    name_b = "Dr. Ryan ❤️",
    time_b = "Sel 23:48",
    msg_customs = "Sayang, bea cukai menahan hadiahku untukmu. Bayar biaya RM950 pakai "
      .. "kartu hadiah dan hadiahnya jadi milikmu!",
    why_customs = "Orang yang belum pernah kamu temui minta uang dan menyuruhmu bayar "
      .. "pakai kartu hadiah.",
    name_c = "Hafiz",
    time_c = "Rab 19:05",
    msg_video = "Video call nanti? Aku mau kenalin kamu ke adikku 😄",
    why_video = "Teman yang sudah kamu kenal ingin kamu berkenalan dengan adiknya. Tidak "
      .. "ada yang harus dibayar.",
    name_d = "Captain Leo",
    time_d = "Kam 02:13",
    msg_crypto = "Aku nggak bisa video call dari markas tentara. Kirim kripto untuk "
      .. "tiketku dan aku terbang menemuimu ❤️",
    why_crypto = "Tidak ada video call, dan minta uang kripto untuk tiket. Dua tanda "
      .. "bahaya sekaligus.",

    take_no_money = "Jangan pernah kirim uang atau kartu hadiah kepada orang yang cuma "
      .. "kamu kenal online.",
    take_check = "Selalu ada alasan untuk tidak bertemu? Tanda bahaya. Video bisa "
      .. "dipalsukan, jadi bicaralah dengan orang yang kamu percaya.",
    take_not_fault = "Bicaralah dengan orang yang kamu percaya. Tertipu itu bukan salahmu.",
  },

  l09_not_your_fault = {
    title = "Bukan salahmu",
    summary = "Bantu teman yang diancam secara online.",
    guide_aim = "Mendukung teman yang diancam karena foto pribadi, tanpa menyalahkan.",
    guide_practise = "Membalas teman dengan baik, menolak membayar atau mengirim lagi, "
      .. "menyimpan bukti, memilih layanan penghapusan dan tempat melapor yang asli.",
    guide_prompt_1 = "Kata-kata pertama apa yang baik saat seseorang menceritakan ini?",
    guide_prompt_2 = "Kenapa tidak ada yang boleh meneruskan foto pribadi, bahkan untuk "
      .. "memperingatkan orang lain?",
    guide_prompt_3 = "Orang dewasa mana di sini yang bisa didatangi anak muda?",

    intro_title = "Temanmu butuh kamu",
    intro_text = "Di pelajaran ini, seorang teman minta tolong kepadamu. Ada orang online "
      .. "yang mengancamnya. Tidak ada gambar, dan kamu boleh berhenti kapan saja.",

    -- the chat
    friend_name = "Hafiz",
    chat_can_i_tell = "Boleh aku cerita sesuatu? 😞",
    chat_what_happened = "Aku kenalan sama orang online. Dia baik banget, jadi aku "
      .. "kirim foto pribadi.",
    chat_threat = "Sekarang dia bilang mau kirim foto itu ke keluargaku kalau aku nggak "
      .. "bayar RM500 malam ini 😭",
    reply_why = "Kenapa kamu kirim?!",
    reply_why_fb = "Kaget itu wajar, tapi disalahkan membuat orang bersembunyi. Dia "
      .. "ditipu. Ini bukan salahnya.",
    reply_not_fault = "Ini bukan salahmu. Aku di sini. Kita beresin bareng.",
    reply_not_fault_fb = "Betul. Kebaikan lebih dulu membuatnya cukup aman untuk "
      .. "bertindak. Yang mengancam itulah yang berbuat salah.",
    reply_ignore = "Cuekin aja, bukan apa-apa.",
    reply_ignore_fb = "Baginya ini serius. Dia butuh kamu mendengarkan dan membantunya "
      .. "mengambil langkah berikutnya.",
    chat_should_pay = "Makasih 😢 Apa aku bayar aja? Katanya fotonya akan dihapus.",
    reply_dont_pay = "Jangan bayar. Membayar jarang membuat mereka berhenti.",
    reply_dont_pay_fb = "Betul. Sering kali mereka minta lagi setelah pembayaran pertama.",
    reply_pay = "Mungkin bayar aja, biar selesai.",
    reply_pay_fb = "Membayar jarang mengakhirinya. Mereka sering minta lagi, bahkan dari "
      .. "nomor baru.",
    chat_one_more = "Ini aku lagi. Katanya kalau aku kirim satu foto lagi, aku nggak akan "
      .. "diganggu.",
    reply_no_more = "Jangan kirim lagi. Foto tambahan cuma memberi mereka bahan ancaman "
      .. "baru.",
    reply_no_more_fb = "Betul. Janji untuk berhenti adalah bagian dari ancaman. "
      .. "Mengirim lagi tidak pernah mengakhirinya.",
    reply_one_more = "Mungkin kirim satu, kalau itu mengakhiri semuanya.",
    reply_one_more_fb = "Itu tidak akan mengakhirinya. Mereka akan minta lagi dan punya "
      .. "bahan ancaman baru. Jangan kirim lagi.",
    chat_keep_talking = "Apa aku terus ngobrol sama dia? Atau hapus semua chat-nya?",
    reply_delete = "Hapus semuanya.",
    reply_delete_fb = "Menghapus berarti buktinya hilang. Simpan dulu, lalu laporkan "
      .. "dan blokir.",
    reply_save = "Berhenti membalas. Screenshot chat dan profilnya, bukan fotonya.",
    reply_save_fb = "Betul. Bukti membantu aplikasi dan polisi bertindak. Lalu laporkan "
      .. "dan blokir.",
    reply_beg = "Terus ngobrol dan mohon supaya dia berhenti.",
    reply_beg_fb = "Setiap balasan memberinya kesempatan baru untuk mendesak. Berhenti "
      .. "membalas itu tidak apa-apa.",
    chat_parents = "Sudah. Tapi aku takut banget orang tuaku tahu.",
    reply_secret = "Kalau begitu rahasiakan saja.",
    reply_secret_fb = "Rahasia membuatnya menghadapi ini sendirian. Orang dewasa yang "
      .. "dipercaya bisa membantu.",
    reply_together = "Ayo kita cerita bareng ke orang yang kamu percaya, misalnya kakakmu.",
    reply_together_fb = "Bagus. Dia tidak harus menghadapinya sendirian. Kalian juga bisa "
      .. "menelepon layanan bantuan bersama.",
    chat_thanks = "Oke. Makasih sudah nggak menghakimi aku ❤",

    step_question = "Hafiz sudah menyimpan screenshot-nya. Apa langkah berikutnya?",
    step_pay_little = "Bayar sedikit untuk mengulur waktu",
    step_pay_little_fb = "Pembayaran apa pun menunjukkan dia mau bayar, jadi mereka minta "
      .. "lagi.",
    step_report = "Laporkan akunnya di aplikasi, lalu blokir",
    step_report_fb = "Betul. Laporan membantu aplikasi menghentikan akun ini. Memblokir "
      .. "menghentikan pesannya.",
    step_angry = "Kirim pesan marah ke mereka",
    step_angry_fb = "Balasan apa pun membuat chat-nya berlanjut. Melapor dan memblokir "
      .. "lebih kuat.",

    tools_title = "Fotonya bisa diblokir",
    tools_text = "Beberapa layanan membuat sidik jari digital dari foto, supaya aplikasi "
      .. "yang ikut serta bisa menemukan dan menghapus salinannya. Fotonya sendiri tetap "
      .. "di HP-mu.",
    tool_question = "Hafiz berumur 16 tahun. Layanan mana yang cocok untuknya?",
    tool_take_it_down = "Take It Down",
    tool_take_it_down_fb = "Betul. Take It Down untuk foto yang diambil sebelum umur 18.",
    tool_stopncii = "StopNCII",
    tool_stopncii_fb = "StopNCII untuk foto yang diambil pada umur 18 ke atas. Hafiz "
      .. "berumur 16, jadi Take It Down yang cocok.",
    tool_pay = "Membayar orang itu supaya menghapusnya",
    tool_pay_fb = "Mereka tidak bisa dipercaya akan menghapusnya. Layanan penghapusan dan "
      .. "laporan lebih berhasil.",
    routes_question = "Di mana Hafiz bisa melaporkannya?",
    route_app = "Tombol Laporkan di aplikasinya sendiri",
    route_app_fb = "Betul. Laporkan akun dan pesan-pesannya di dalam aplikasi.",
    route_helpline = "Layanan bantuan atau polisi",
    route_helpline_fb = "Betul. Ketuk Cari bantuan untuk melihat siapa yang menjawab di "
      .. "sini.",
    route_removal = "Take It Down, karena dia berumur 16",
    route_removal_fb = "Betul. Layanan ini bisa menghentikan penyebaran foto di aplikasi "
      .. "yang ikut serta.",
    route_stranger = "Orang online yang menawarkan menghapusnya dengan bayaran",
    route_stranger_fb = "Itu penipuan lain. Tidak ada yang bisa menjanjikan menghapusnya "
      .. "demi uang.",

    -- the inbox
    inbox_question = "Hafiz menerima pesan-pesan ini. Aman atau penipuan?",
    num_new = "+60 11-5093 2284",
    time_a = "Sen 22:10",
    msg_new_number = "Ini aku lagi, nomor baru. Bayar RM800 sekarang atau semua orang "
      .. "melihatnya.",
    why_new_number = "Ancaman yang sama dari nomor baru. Jangan balas atau bayar. Simpan, "
      .. "laporkan dan blokir.",
    name_friend = "Aina",
    time_b = "Sel 16:45",
    msg_friend = "Hei, kamu kelihatan diam hari ini. Mau ngobrol? Aku ada buat kamu ❤",
    why_friend = "Teman yang menanyakan kabar. Tidak menuntut apa pun, cuma peduli.",
    name_stranger = "Mira",
    time_c = "Rab 21:30",
    msg_stranger = "Hai cakep 😉 Yuk chat di aplikasi lain, berdua aja. Kirim fotomu dong?",
    why_stranger = "Orang asing yang menggoda, ingin chat pribadi dan minta foto. Beginilah "
      .. "sering kali awalnya.",
    name_app = "App Safety Team",
    time_d = "Kam 10:02",
    msg_fake_safety = "App Safety Team: Kami melihat laporanmu. Untuk menghapus foto itu "
      .. "di mana saja, login di sini hari ini: safety-check.co/remove",
    why_fake_safety = "Aplikasi asli menjawab laporan di dalam aplikasi, bukan lewat SMS "
      .. "dengan link. Yang ini mau login-nya: laporkan juga.",
    forward_question = "Seseorang di grup kelasmu membagikan foto pribadi teman sekelas. "
      .. "Apa yang kamu lakukan?",
    fw_report = "Jangan diteruskan. Laporkan dan beri tahu orang dewasa yang kupercaya.",
    fw_report_fb = "Betul. Itu melindungi teman sekelasmu. Yang membagikan itulah yang "
      .. "berbuat salah, bukan dia.",
    fw_warn = "Teruskan ke teman-teman untuk memperingatkan mereka",
    fw_warn_fb = "Jangan pernah meneruskan gambar orang di bawah 18 tahun, bahkan untuk "
      .. "memperingatkan. Itu menyakitinya lagi, dan bisa jadi kejahatan.",
    fw_save = "Simpan salinannya sebagai bukti",
    fw_save_fb = "Jangan simpan atau teruskan fotonya sendiri. Laporkan, dan biarkan "
      .. "orang dewasa yang dipercaya dan polisi menanganinya.",

    end_title = "Kamu tidak sendirian",
    end_text = "Kalau ini terjadi padamu atau temanmu: ini bukan salahmu, dan bantuan "
      .. "ada. Ketuk Cari bantuan untuk melihat siapa yang bisa kamu telepon.",

    take_not_fault = "Ini tidak pernah salahmu. Ceritakan kepada orang yang kamu percaya.",
    take_steps = "Jangan bayar dan jangan kirim lagi. Berhenti membalas, simpan chat-nya, "
      .. "laporkan dan blokir.",
    take_tell = "Jangan pernah meneruskan foto pribadi orang di bawah 18 tahun. Take It "
      .. "Down (di bawah 18) dan StopNCII (18+) membantu di aplikasi yang ikut serta.",
  },

  l10_account_not_for_rent = {
    title = "Rekeningmu bukan untuk disewakan",
    summary = "Tolak \"uang gampang\" untuk rekening bankmu.",
    guide_aim = "Menolak tawaran menyewakan, meminjamkan atau menjual rekening bank.",
    guide_practise = "Memilah tawaran jadi \"keledai uang\" dari pesan biasa, menolak "
      .. "perekrut, memahami risiko hukumnya, bertindak kalau rekening sudah telanjur "
      .. "diberikan.",
    guide_prompt_1 = "Kenapa penipu butuh rekening orang lain?",
    guide_prompt_2 = "Bagaimana cara menolak teman yang meminta?",
    guide_prompt_3 = "Apa yang harus dilakukan seseorang kalau kartunya sudah telanjur "
      .. "diberikan?",

    intro_title = "Rekeningmu bukan untuk disewakan",
    intro_text = "Ada orang yang menawarkan \"uang gampang\" untuk memakai rekening bank, "
      .. "e-wallet atau kartu ATM-mu. Kedengarannya tidak berbahaya. Padahal berbahaya. "
      .. "Ayo belajar mengenali tawaran seperti ini.",

    offers_question = "Aman atau penipuan?",
    app_facebook = "Facebook",
    time_post = "2 jam",
    time_shop = "Kemarin",
    time_0930 = "Hari ini 09:30",
    time_1410 = "Hari ini 14:10",

    rent_post_from = "Easy Cash MY",
    rent_post_text = "Dapat RM500 seminggu dari rumah! Cukup sewakan rekening bankmu ke "
      .. "kami. Tanpa kerja, tanpa risiko. DM sekarang!",
    why_rent_post = "Uang tanpa kerja untuk rekeningmu itu jebakan. Penipu memakainya "
      .. "untuk memindahkan uang curian.",

    bank_name = "MyBank",
    sms_bank_card = "MyBank: Kartu debit barumu sudah dikirim ke alamat rumahmu. Jangan "
      .. "pernah berikan kartu atau PIN-mu kepada siapa pun.",
    why_bank_card = "Bankmu sendiri, mengingatkanmu untuk menyimpan kartumu sendiri. "
      .. "Tidak meminta apa pun.",

    wallet_friend = "Zack",
    wallet_1 = "Bro, bos aku boleh kirim uang ke e-wallet kamu?",
    wallet_2 = "Terus kamu kirim lagi ke aku. Nanti aku kasih RM100 😎",
    why_friend_wallet = "Meskipun dari teman, ini kerja \"keledai uang\". Uangnya mungkin "
      .. "hasil curian, dan lewat atas namamu.",

    shop_from = "Kedai Buku Ceria",
    shop_text = "Kami mencari karyawan! Kasir paruh waktu, RM9 per jam. Datang ke toko "
      .. "untuk wawancara. Gaji masuk ke rekening bankmu sendiri.",
    why_shop_job = "Kerja asli: ada pekerjaannya, wawancara di toko, dan gaji masuk ke "
      .. "rekening yang hanya kamu kendalikan.",

    open_number = "+60 11-5820 3317",
    sms_open = "Dapat RM300! Buka rekening bank baru, lalu serahkan kartu dan PIN-nya ke "
      .. "kami. Sisanya kami urus.",
    why_open_account = "Membuka rekening untuk orang lain adalah trik \"keledai uang\". "
      .. "Apa pun yang mereka lakukan dengannya, dilakukan atas namamu.",

    why_title = "Kenapa mereka mau rekeningmu?",
    why_text = "Uang hasil penipuan butuh tempat tujuan. Rekeningmu menyembunyikan "
      .. "penipu yang sebenarnya. Saat polisi melacak uangnya, jejaknya sampai ke kamu.",

    chat_name = "Kamal",
    chat_hi = "Hai! Aina kasih nomormu ke aku 😊",
    chat_offer = "Mau RM800? Cukup pinjamkan rekening bankmu sebulan. Tanpa kerja!",
    reply_how = "Kedengarannya gampang. Butuh apa saja?",
    reply_how_fb = "Memang kedengarannya gampang, dan itulah triknya. Uang hanya untuk "
      .. "meminjamkan rekening adalah tanda bahaya besar.",
    reply_no = "Nggak, makasih. Rekeningku hanya untukku.",
    reply_no_fb = "Bagus. Cukup bilang tidak dengan jelas.",
    chat_need = "Cuma login aplikasi bank, kartumu dan kode yang dikirim bank.",
    reply_give = "Oke, aku kirim nanti malam.",
    reply_give_fb = "Dengan login, kartu dan kodemu, dia menguasai rekeningmu. Kamu masih "
      .. "bisa berhenti: tolak dan beri tahu bankmu.",
    reply_stop = "Itu berarti seluruh rekeningku. Nggak mau.",
    reply_stop_fb = "Betul. Perusahaan asli tidak butuh login, kartu atau kodemu.",
    chat_push = "Ayolah, semua orang juga begitu. Ini nggak ilegal, cuma rekening kok 😉",
    reply_ok_once = "Ya udah, sebulan saja.",
    reply_ok_once_fb = "Tekanan adalah bagian dari triknya. Membiarkan orang lain memakai "
      .. "rekeningmu itu kejahatan, meskipun hanya sebulan.",
    reply_still_no = "Itu ilegal. Jawabanku tetap tidak.",
    reply_still_no_fb = "Bagus. Kamu tidak membiarkan tekanan mengubah jawabanmu.",
    chat_gone = "(Kamal berhenti membalas.)",

    risk_question = "Uang hasil penipuan lewat rekeningmu. Apa yang bisa terjadi "
      .. "padamu?",
    risk_none = "Tidak ada. Itu bukan uangku.",
    risk_none_fb = "Sayangnya tidak begitu. Rekening itu atas namamu, jadi polisi akan "
      .. "datang kepadamu dulu.",
    risk_charge = "Bank bisa membekukannya, dan aku bisa dituntut.",
    risk_charge_fb = "Betul. Di Malaysia itu bisa berarti denda RM10,000 sampai "
      .. "RM100,000, penjara 1 sampai 7 tahun, atau keduanya.",
    risk_boss = "Hanya bosnya yang kena masalah.",
    risk_boss_fb = "Bosnya sering susah ditemukan. Pemilik rekening gampang ditemukan, "
      .. "dan bisa dituntut.",

    gave_question = "Minggu lalu Ravi menyerahkan kartu ATM-nya kepada seorang \"bos\". "
      .. "Sekarang dia khawatir. Apa yang harus dia lakukan?",
    gave_wait = "Diam saja dan berharap tidak terjadi apa-apa",
    gave_wait_fb = "Setiap hari, makin banyak uang penipuan bisa lewat. Bertindak "
      .. "sekarang jauh lebih baik untuknya.",
    gave_ask_back = "Minta bosnya mengembalikan kartunya",
    gave_ask_back_fb = "Bosnya mungkin tidak akan pernah mengembalikannya. Bank bisa "
      .. "memblokir kartunya hari ini.",
    gave_bank_police = "Telepon banknya untuk memblokir kartu, lalu lapor ke polisi",
    gave_bank_police_fb = "Betul. Memberi tahu lebih awal menunjukkan dia ingin "
      .. "menghentikannya. Minta bantuan adalah langkah yang tepat.",

    signs_question = "Mana saja tanda tawaran jadi \"keledai uang\"?",
    sign_pay_for_account = "Uang hanya untuk memakai rekeningmu",
    sign_pay_for_account_fb = "Kerja asli membayar untuk pekerjaan, bukan untuk "
      .. "rekeningmu.",
    sign_card_pin = "Mereka minta kartu, PIN atau login aplikasimu",
    sign_card_pin_fb = "Ini kunci rekeningmu. Simpan untuk dirimu sendiri.",
    sign_salary = "Bosmu membayar gajimu ke rekeningmu",
    sign_salary_fb = "Itu normal. Gajimu sendiri, untuk kerjamu sendiri.",
    sign_everyone = "\"Semua orang juga begitu, ini nggak ilegal\"",
    sign_everyone_fb = "Itu ilegal. Kalimat ini diucapkan untuk meredakan kekhawatiranmu.",

    take_never_rent = "Jangan pernah menyewakan, meminjamkan atau menjual rekening bank, "
      .. "e-wallet atau kartu ATM-mu.",
    take_say_no = "Uang hanya untuk memakai rekeningmu itu jebakan. Tolak.",
    take_act = "Sudah telanjur memberikannya? Telepon bankmu dan lapor polisi hari ini.",
  },

  l11_fast_cash = {
    title = "Uang cepat, harga mahal",
    summary = "Kenali pinjol palsu sebelum menjebakmu.",
    guide_aim = "Mengenali aplikasi pinjaman online (pinjol) ilegal, dan mencari "
      .. "bantuan kalau diteror pinjol.",
    guide_practise = "Mencari tanda bahaya di tawaran pinjaman, menolak izin aplikasi, "
      .. "memilah pesan pinjaman, membantu teman yang diteror.",
    guide_prompt_1 = "Kenapa aplikasi pinjaman mau kontak HP-mu?",
    guide_prompt_2 = "Di mana orang bisa meminjam dengan aman di sini?",
    guide_prompt_3 = "Bagaimana kita bisa mendukung orang yang malu karena utang?",

    intro_title = "Uang cepat, harga mahal",
    intro_text = "Butuh uang cepat? Pinjol palsu menjanjikan uang gampang, lalu "
      .. "mengambil jauh lebih banyak daripada yang mereka berikan. Ayo belajar "
      .. "mengenalinya.",

    time_0812 = "Hari ini 08:12",
    time_1015 = "Sen 10:15",
    time_2231 = "Sen 22:31",
    time_1120 = "Sel 11:20",
    time_0900 = "Rab 09:00",
    time_0647 = "Kam 06:47",

    flags_title = "Cari tanda bahaya di tawaran ini",
    offer_number_flag = "{sender|+60 11-6034 2287}",
    sms_offer_flags = "DanaKilat: Dapat RM3,000 hari ini! {fee|Bayar dulu biaya proses "
      .. "RM150}. Bunga {interest|cuma 2% sehari}, {term|bayar kembali dalam 7 hari}. "
      .. "Unduh aplikasinya: {link|danakilat-pinjam.apk}",
    flag_sender = "Kamu tidak pernah minta pinjaman. Tawaran lewat SMS dari nomor pribadi "
      .. "adalah tanda pemberi pinjaman ilegal.",
    flag_fee = "Pemberi pinjaman asli tidak memungut biaya sebelum uangnya kamu terima. "
      .. "Sering kali pinjamannya tidak pernah datang.",
    flag_interest = "2% sehari itu sekitar 60% sebulan. Utangnya tumbuh sangat cepat.",
    flag_term = "7 hari itu sangat singkat. Dibuat supaya kamu telat bayar, lalu bayar "
      .. "lebih banyak.",
    flag_link = "File aplikasi dari link SMS, bukan dari toko aplikasi resmi. Jangan "
      .. "dipasang.",

    perm_question = "Aplikasinya minta semua ini. Mana yang tidak pernah dibutuhkan "
      .. "aplikasi pinjaman?",
    perm_contacts = "Kontak HP-mu",
    perm_contacts_fb = "Pinjol palsu menyalin kontakmu untuk mempermalukanmu di depan "
      .. "teman dan keluarga.",
    perm_photos = "Foto-fotomu",
    perm_photos_fb = "Foto-fotomu tidak ada hubungannya dengan pinjaman. Foto itu bisa "
      .. "dipakai untuk menakutimu.",
    perm_name = "Nama dan nomor HP-mu",
    perm_name_fb = "Normal. Pemberi pinjaman perlu tahu siapa kamu dan cara "
      .. "menghubungimu.",
    perm_location = "Lokasimu",
    perm_location_fb = "Pinjaman tidak perlu tahu kamu di mana. Lokasi membantu mereka "
      .. "menakutimu.",

    popup_question = "Aplikasinya menampilkan: \"DanaKilat ingin melihat kontakmu.\" "
      .. "Apa yang kamu ketuk?",
    popup_allow = "Izinkan. Aku butuh uangnya cepat.",
    popup_allow_fb = "Begitu diizinkan, aplikasinya bisa menyalin semua kontakmu dalam "
      .. "hitungan detik. Teman-temanmu bisa dapat pesan kasar.",
    popup_later = "Izinkan sekarang, matikan nanti.",
    popup_later_fb = "Nanti itu sudah terlambat: daftarnya langsung disalin.",
    popup_deny = "Jangan izinkan, dan hapus aplikasinya.",
    popup_deny_fb = "Betul. Pinjaman yang butuh kontakmu bukan pinjaman sungguhan.",

    sort_question = "Aman atau penipuan?",
    bank_name = "MyBank",
    sms_bank_approved = "MyBank: Pinjaman pribadimu sebesar RM2,000 disetujui. Kamu "
      .. "membayar RM95 sebulan selama 24 bulan. Lihat detailnya di aplikasi MyBank.",
    why_bank_approved = "Kamu sendiri yang mengajukan di aplikasi bankmu. Cicilan bulanan "
      .. "yang jelas, tanpa link, tanpa biaya di depan.",
    instant_number = "+60 13-778 0154",
    sms_instant = "Butuh uang? RM5,000 dalam 5 menit! Tanpa kartu identitas, tanpa "
      .. "cek. Balas YA sekarang!",
    why_instant = "Tawaran yang tidak pernah kamu minta, tanpa pengecekan sama sekali. "
      .. "Pemberi pinjaman asli mengecek siapa kamu.",
    release_number = "+60 16-239 8841",
    sms_release = "Pinjaman RM3,000 kamu sudah siap! Transfer RM200 untuk \"asuransi\" "
      .. "hari ini supaya dananya cair.",
    why_release = "Biaya sebelum uangnya datang itulah triknya. Setelah kamu bayar, "
      .. "sering ada biaya lain, dan pinjamannya tidak ada.",
    sms_bank_reminder = "MyBank: Cicilan pinjamanmu RM95 jatuh tempo 5 Juni. Bayar di "
      .. "aplikasi MyBank. Ada pertanyaan? Telepon nomor di kartumu.",
    why_bank_reminder = "Pengingat yang tenang dari bankmu sendiri. Tanpa ancaman, tanpa "
      .. "link.",
    threat_number = "+60 11-2094 6673",
    sms_threat = "Kamu TELAT! Bayar RM900 hari ini atau kami kirim pesan ke semua "
      .. "kontakmu. Polisi akan menangkapmu malam ini!",
    why_threat = "Mempermalukan dan ancaman polisi palsu adalah cara pinjol ilegal "
      .. "menagih. Pemberi pinjaman asli tidak begitu.",

    bridge_title = "Sudah telanjur terjerat pinjol?",
    bridge_text = "Ada aplikasi yang mengirim pesan kasar ke teman dan keluargamu. Itu "
      .. "salah, dan itu bukan salahmu. Kamu bisa dapat bantuan.",

    harassed_question = "Aplikasi pinjaman Siti mengirim pesan ke teman-temannya. Dia "
      .. "merasa malu. Apa yang harus dia lakukan?",
    harassed_pay = "Bayar berapa pun yang mereka minta supaya berhenti",
    harassed_pay_fb = "Membayar jarang menghentikannya. Mereka sering datang lagi dan "
      .. "minta lebih.",
    harassed_hide = "Rahasiakan dan berharap teror berhenti",
    harassed_hide_fb = "Dia tidak salah, dan dia tidak harus menghadapinya sendirian.",
    harassed_report = "Simpan pesannya, laporkan, dan kabari teman-temannya",
    harassed_report_fb = "Betul. Pesan yang disimpan membantu polisi. Yang seharusnya "
      .. "malu itu pemberi pinjamannya, bukan Siti.",

    check_question = "Kamu benar-benar butuh pinjaman. Apa yang kamu cek dulu?",
    check_downloads = "Bahwa aplikasinya sudah banyak diunduh",
    check_downloads_fb = "Aplikasi palsu bisa punya banyak unduhan dan ulasan palsu.",
    check_licence = "Bahwa pemberi pinjamannya berizin, ada di daftar resmi",
    check_licence_fb = "Betul. Kalau tidak ada di daftar pemerintah, jangan meminjam. "
      .. "Bankmu juga bisa membantu.",
    check_speed = "Bahwa uangnya cepat cair",
    check_speed_fb = "Uang cepat itulah umpannya. Kecepatan tidak menunjukkan apa pun "
      .. "soal keamanan.",

    take_licence = "Cek izin pemberi pinjaman sebelum meminjam.",
    take_no_fee = "Jangan pernah membayar biaya untuk dapat pinjaman.",
    take_permissions = "Aplikasi pinjaman tidak pernah butuh kontak, foto atau lokasimu.",
  },

  l12_where_to_get_help = {
    title = "Ke mana mencari bantuan",
    summary = "Tahu siapa yang ditelepon, apa yang disimpan, dan kenapa harus cepat.",
    guide_aim = "Mencocokkan setiap masalah dengan bantuan yang tepat, bertindak cepat "
      .. "dan menyimpan bukti.",
    guide_practise = "Mencocokkan cerita dengan jenis bantuan, membalas teman yang kena "
      .. "tipu, memilih bukti yang disimpan.",
    guide_prompt_1 = "Layanan bantuan mana di sini yang akan kamu telepon pertama untuk "
      .. "setiap cerita?",
    guide_prompt_2 = "Kenapa satu jam pertama setelah kena tipu itu penting?",
    guide_prompt_3 = "Apa yang membuat orang tidak minta bantuan, dan apa yang membantu?",

    intro_title = "Ke mana mencari bantuan",
    intro_text = "Kalau ada masalah, kamu tidak sendirian, dan itu bukan salahmu. Masalah "
      .. "yang berbeda butuh bantuan yang berbeda. Ayo kita cocokkan.",

    scam_question = "Aina membayar RM800 ke penjual online 20 menit lalu. Sekarang "
      .. "penjualnya memblokirnya. Siapa yang bisa membantu pertama kali?",
    scam_wait = "Belum ada. Mungkin penjualnya membalas beberapa hari lagi.",
    scam_wait_fb = "Menunggu membuat uangnya berpindah lagi. Yang penting bertindak cepat.",
    scam_line = "Hotline penipuan dan banknya, secepatnya",
    scam_line_fb = "Betul. Makin cepat dia menelepon, makin besar peluang menghentikan "
      .. "uangnya.",
    scam_post = "Teman-temannya di Facebook",
    scam_post_fb = "Memperingatkan orang lain itu baik, tapi tidak bisa menghentikan "
      .. "uangnya. Telepon dulu, posting nanti.",

    tr_question = "Sepupu Ravi pergi kerja ke luar negeri. Sekarang bosnya menahan "
      .. "paspornya, dan dia tidak bisa pergi. Siapa yang bisa membantu?",
    tr_hotline = "Hotline perdagangan orang atau kedutaan",
    tr_hotline_fb = "Betul. Berikan detail sebanyak mungkin, seperti di mana dia berada. "
      .. "Dia korban, bukan penjahat.",
    tr_scam_line = "Hotline penipuan",
    tr_scam_line_fb = "Hotline penipuan membantu soal uang yang hilang. Orang yang ditahan "
      .. "butuh hotline perdagangan orang atau kedutaan.",
    tr_wait = "Tidak ada. Dia harus menunggu sampai kontraknya habis.",
    tr_wait_fb = "Menahan paspornya adalah tanda pengendalian. Dia butuh bantuan sekarang.",

    ch_question = "Nurul, 14 tahun, diancam orang online yang minta uang. Dia takut "
      .. "cerita ke orang tuanya. Kepada siapa dia bisa bicara?",
    ch_pay = "Tidak ada. Dia harus bayar supaya ancamannya berhenti.",
    ch_pay_fb = "Membayar jarang menghentikan ancaman. Dia layak dibantu, bukan ditekan "
      .. "lagi.",
    ch_secret = "Tidak ada. Dia harus merahasiakannya.",
    ch_secret_fb = "Dia tidak seharusnya menanggung ini sendirian. Ini bukan salahnya.",
    ch_helpline = "Layanan bantuan untuk anak dan remaja",
    ch_helpline_fb = "Betul. Mereka mendengarkan tanpa menghakimi dan membantunya dengan "
      .. "langkah berikutnya.",

    bk_question = "HP Daniel dicuri, dan ada aplikasi bank di dalamnya. Siapa yang "
      .. "harus dia telepon pertama?",
    bk_bank = "Banknya, untuk mengunci rekeningnya",
    bk_bank_fb = "Betul. Bank bisa langsung mengunci aplikasi dan kartunya. Lalu dia bisa "
      .. "lapor polisi.",
    bk_trafficking = "Hotline perdagangan orang",
    bk_trafficking_fb = "Hotline itu untuk orang yang dipaksa bekerja atau ditahan. Di sini "
      .. "bank yang paling cepat.",
    bk_wait = "Tidak ada. Minggu depan dia beli HP baru.",
    bk_wait_fb = "Siapa pun yang memegang HP itu bisa mencoba masuk. Telepon bank hari ini.",

    friend_title = "Temanmu butuh kamu",
    friend_text = "Temanmu Mei mengirim pesan. Dia baru saja ditipu. Bagaimana kamu "
      .. "membantunya?",

    chat_name = "Mei",
    chat_1 = "Aku bayar RM350 buat tiket konser",
    chat_2 = "Penjualnya barusan blokir aku",
    chat_3 = "Aku merasa bodoh banget",
    reply_blame = "Kenapa kamu bayar ke orang yang nggak dikenal?",
    reply_blame_fb = "Disalahkan membuat orang bersembunyi. Penipu itu lihai, dan siapa "
      .. "pun bisa tertipu.",
    reply_forget = "Lupakan saja, uangnya sudah hilang.",
    reply_forget_fb = "Tidak selalu. Kalau dia cepat menelepon, kadang uangnya masih bisa "
      .. "dihentikan.",
    reply_help = "Ini bukan salahmu. Ayo telepon hotline penipuan dan bankmu sekarang.",
    reply_help_fb = "Betul. Kata-kata baik dan tindakan cepat. Bersama-sama lebih mudah.",
    chat_sad = "Aku nggak tahu harus ngapain sekarang...",
    reply_sorry_help = "Maaf ya. Ini bukan salahmu. Ayo kita telepon hotline penipuan "
      .. "bareng.",
    reply_sorry_help_fb = "Betul. Tidak ada kata terlambat untuk bersikap baik. Menelepon "
      .. "bersama membuatnya lebih mudah.",
    reply_later = "Besok aja kita omongin.",
    reply_later_fb = "Besok mungkin sudah terlambat untuk menghentikan uangnya. Dia butuh "
      .. "bantuan sekarang.",
    chat_ok = "Makasih. Oke, ayo telepon.",
    chat_quiet = "Oke...",

    ev_question = "Apa yang harus Mei simpan untuk ditunjukkan ke bank dan polisi?",
    ev_screens = "Screenshot chat-nya",
    ev_screens_fb = "Betul. Screenshot menunjukkan apa yang dikatakan, dan oleh siapa.",
    ev_account = "Rekening atau nomor yang dia bayar",
    ev_account_fb = "Betul. Itu membantu melacak ke mana uangnya pergi.",
    ev_delete = "Tidak ada. Dia harus menghapus chat-nya.",
    ev_delete_fb = "Menghapus berarti buktinya hilang. Dia bisa membisukan chat-nya saja.",
    ev_receipt = "Bukti transfernya",
    ev_receipt_fb = "Betul. Bukti itu menunjukkan kapan dia membayar, dan berapa.",

    fast_question = "Kapan Mei harus menelepon?",
    fast_tomorrow = "Besok, kalau dia sudah lebih tenang",
    fast_tomorrow_fb = "Merasa sedih itu wajar, tapi uang berpindah cepat. Kamu bisa "
      .. "membantunya menelepon sekarang.",
    fast_sure = "Hanya kalau dia yakin itu penipuan",
    fast_sure_fb = "Dia tidak perlu yakin dulu. Layanan bantuan bisa mengeceknya "
      .. "bersamanya.",
    fast_now = "Secepatnya, kalau bisa dalam satu jam",
    fast_now_fb = "Betul. Satu jam pertama paling penting untuk menghentikan uangnya.",

    button_title = "Bantuan hanya sejauh satu sentuhan",
    button_text = "Tombol Cari bantuan di bagian atas layar menampilkan nomor bantuan "
      .. "di negara ini. Kamu bisa menyentuhnya kapan saja.",

    take_match = "Uang hilang: hotline penipuan dan bank. Kerja paksa: hotline "
      .. "perdagangan orang.",
    take_fast = "Bertindak cepat, kalau bisa dalam satu jam, dan simpan buktinya.",
    take_button = "Ketuk Cari bantuan untuk melihat nomor di negara ini.",
  },

  l13_spot_check = {
    title = "Cek cepat",
    summary = "Kuis campuran singkat untuk mengulang semua pelajaran.",
    guide_aim = "Mengingat lagi tanda-tanda utama dari semua pelajaran.",
    guide_practise = "Kuis campuran: pesan asli dan palsu, tanda bahaya kerja dan "
      .. "investasi, penipuan cinta dan pemerasan seksual, aplikasi pinjaman.",
    guide_prompt_1 = "Pertanyaan mana yang paling susah, dan kenapa?",
    guide_prompt_2 = "Tanda bahaya mana yang paling akan kamu ingat?",
    guide_prompt_3 = "Apa yang akan kamu ceritakan kepada teman atau keluarga minggu ini?",

    intro_title = "Cek cepat",
    intro_text = "Ulangan singkat dari semua pelajaran. Ada pesan yang asli, ada yang "
      .. "palsu. Santai saja.",

    inbox_question = "Aman atau penipuan?",
    app_facebook = "Facebook",
    time_0905 = "Hari ini 09:05",
    time_0931 = "Hari ini 09:31",
    time_1544 = "Hari ini 15:44",
    time_job = "3 jam",

    parcel_number = "+60 11-3092 7745",
    sms_parcel = "PosExpress: Paket tertahan. Bayar RM2.90 hari ini atau paket "
      .. "dikembalikan: posexpres-my.co/p",
    why_parcel = "Biaya kecil, desakan waktu dan link yang aneh: penipuan paket.",

    bank_name = "MyBank",
    sms_bank_code = "MyBank: TAC kamu 391045 untuk login. Jangan berikan kode ini "
      .. "kepada siapa pun.",
    why_bank_code = "Kode yang kamu minta sendiri saat login, dengan peringatan untuk "
      .. "merahasiakannya. Asli, tapi hanya untukmu.",

    friend_name = "Aina",
    code_1 = "Hai! Aku nggak sengaja kirim kode 6 angka ke HP-mu 😅",
    code_2 = "Bisa kirim ke aku cepat?",
    why_code_mistake = "Kode yang \"salah kirim\" adalah trik lama. Akun Aina mungkin "
      .. "dibobol. Telepon dia dulu.",

    job_from = "Restoran Selera Kita",
    job_text = "Dicari: pembantu dapur di Shah Alam. RM1,700 sebulan, ada pelatihan. "
      .. "Datang langsung untuk wawancara, Senin sampai Jumat.",
    why_real_job = "Tempat asli, gaji normal, dan kamu bertemu langsung. Tanpa biaya, "
      .. "tanpa pergi ke luar negeri.",

    mule_number = "+60 17-406 2281",
    sms_mule = "Mau RM500? Sewakan kartu ATM-mu ke kami selama 2 minggu. Uang gampang, "
      .. "tanpa risiko!",
    why_mule = "Menyewakan kartumu membuatmu jadi \"keledai uang\". Itu kejahatan, dan "
      .. "semua risikonya kamu yang tanggung.",

    flags_title = "Lina, yang kamu kenal online, mengirim ini. Cari tanda bahayanya.",
    coach_name = "Lina",
    coach_1 = "Kabar gembira! Akun CoinRiseX kamu menunjukkan {profit|untung RM12,400}!",
    coach_2 = "Untuk menariknya, kamu harus {fee|bayar pajak 15% dulu}: RM1,860.",
    coach_3 = "{rush|Bayar hari ini}, atau akunmu akan dibekukan.",
    flag_profit = "Untung besar di awal yang tampil di layar bukan uang sungguhan. Itu "
      .. "ditampilkan supaya kamu setor lagi.",
    flag_fee = "Platform asli tidak minta biaya atau pajak sebelum kamu bisa menarik "
      .. "uangmu sendiri.",
    flag_rush = "Batas waktu membuatmu bayar sebelum sempat berpikir atau bertanya.",

    job_question = "Tawaran kerja di luar negeri datang lewat Telegram. Mana saja tanda "
      .. "bahayanya?",
    job_easy_pay = "Gaji tinggi untuk kerja gampang, tanpa pengalaman",
    job_easy_pay_fb = "Terlalu bagus untuk jadi nyata. Kerja palsu menjanjikan gaji besar "
      .. "untuk tugas sederhana.",
    job_contract = "Kontrak tertulis dengan nama perusahaannya",
    job_contract_fb = "Tanda yang baik. Tetap cek tawarannya ke lembaga resmi sebelum "
      .. "berangkat.",
    job_no_visa = "Tanpa visa kerja: \"berangkat saja sebagai turis\"",
    job_no_visa_fb = "Kerja asli di luar negeri butuh kontrak dan visa kerja. Majikan "
      .. "boleh membayar tiketmu, tapi jangan pernah lewatkan pengecekan ini.",
    job_fee = "Kamu harus membayar biaya perekrutan dulu",
    job_fee_fb = "Pekerja tidak seharusnya membayar biaya perekrutan.",

    passport_question = "Siti mulai kerja di luar negeri. Bosnya bilang: \"Sini, "
      .. "paspormu aku simpan supaya aman.\" Mana yang benar?",
    passport_normal = "Itu normal dan baik hati",
    passport_normal_fb = "Kedengarannya baik, tapi pekerja harus memegang paspornya "
      .. "sendiri.",
    passport_control = "Dia harus memegangnya. Mengambil paspor adalah tanda "
      .. "pengendalian.",
    passport_control_fb = "Betul. Kalau dia tidak bisa mendapatkannya kembali, hotline "
      .. "perdagangan orang atau kedutaan bisa membantu.",
    passport_receipt = "Tidak apa-apa kalau dia diberi tanda terima",
    passport_receipt_fb = "Tanda terima tidak membantu kalau dia tidak bisa pergi. "
      .. "Paspornya harus bersamanya.",

    romance_question = "Orang yang kamu pacari online berbulan-bulan, tapi belum pernah "
      .. "bertemu, minta RM2,000 untuk tiket mengunjungimu. Apa yang kamu lakukan?",
    romance_send = "Kirim. Cinta berarti percaya.",
    romance_send_fb = "Uang untuk tiket adalah permintaan klasik penipuan cinta.",
    romance_half = "Kirim setengah, biar aman",
    romance_half_fb = "Berapa pun akan hilang. Sering kali mereka minta lagi dan lagi.",
    romance_no = "Jangan kirim uang, dan bicara dengan orang yang kupercaya.",
    romance_no_fb = "Betul. Orang yang peduli tidak butuh uangmu. Video call pun bisa "
      .. "dipalsukan, jadi tidak banyak membuktikan.",

    sext_question = "Seseorang mengancam menyebarkan foto pribadi Farah kalau dia tidak "
      .. "membayar. Apa yang kamu katakan dulu kepadanya?",
    sext_not_fault = "Ini bukan salahmu. Jangan bayar. Simpan chat-nya, blokir, laporkan.",
    sext_not_fault_fb = "Betul. Kebaikan lebih dulu. Lalu bantu dia menyimpan bukti, "
      .. "melapor, dan menelepon layanan bantuan.",
    sext_blame = "Harusnya kamu nggak kirim.",
    sext_blame_fb = "Disalahkan itu menyakitkan dan membuat orang bersembunyi. Yang "
      .. "mengancam itulah yang berbuat salah.",
    sext_pay = "Cepat bayar biar selesai.",
    sext_pay_fb = "Membayar jarang menghentikannya. Mereka sering datang lagi minta lebih.",

    loan_question = "Aplikasi pinjaman minta akses ke kontak dan fotomu. Apa yang kamu "
      .. "lakukan?",
    loan_allow = "Izinkan. Aplikasinya butuh itu untuk pinjaman.",
    loan_allow_fb = "Pinjaman asli tidak pernah butuh itu. Pinjol palsu memakainya untuk "
      .. "mempermalukanmu.",
    loan_deny = "Jangan izinkan, dan jangan pakai aplikasinya.",
    loan_deny_fb = "Betul. Cek izin pemberi pinjamannya, dan jangan pernah bayar biaya "
      .. "di depan.",

    take_stop = "Biaya, desakan waktu, kode dan rahasia adalah tanda bahaya. Berhenti "
      .. "dan cek.",
    take_real = "Kebanyakan pesan itu asli. Cek dengan tenang; kamu tidak perlu takut "
      .. "pada semuanya.",
    take_help = "Kalau ada masalah, itu bukan salahmu. Cepat cari bantuan.",

    -- from L14-L19
    task_number = "+60 11-6034 8817",
    time_1620 = "Hari ini 16:20",
    sms_task = "Kerja paruh waktu! Like 3 video, dapat RM30. Hasilkan RM800 sehari. "
      .. "Tambahkan aku di Telegram: @coach_vivian",
    why_task = "Bayaran besar untuk like, dari kerja yang tidak pernah kamu minta. Nanti "
      .. "kamu disuruh setor uang: penipuan kerja tugas.",

    officer_question = "Penelepon mengaku polisi: \"Pindahkan tabunganmu ke rekening "
      .. "aman, dan jangan bilang siapa-siapa.\" Apa yang kamu lakukan?",
    officer_move = "Pindahkan uangnya, supaya namaku bersih",
    officer_move_fb = "Tidak ada rekening aman. Polisi tidak pernah menyuruhmu "
      .. "memindahkan uang.",
    officer_hang_up = "Tutup teleponnya, dan telepon kantor polisi sendiri",
    officer_hang_up_fb = "Betul. Telepon ke nomor yang kamu cari sendiri. Lalu ceritakan "
      .. "kepada orang yang kamu percaya.",
    officer_secret = "Rahasiakan dulu sambil aku berpikir",
    officer_secret_fb = "Rahasia itu bagian dari triknya. Bicaralah dengan orang yang "
      .. "kamu percaya.",

    voice_question = "Suara Siti menelepon dari nomor baru: \"Kirim RM1,500 sekarang. "
      .. "Jangan bilang siapa-siapa!\" Apa yang kamu lakukan dulu?",
    voice_send = "Kirim. Itu suaranya.",
    voice_send_fb = "Suara bisa ditiru. Cek dulu.",
    voice_half = "Kirim setengah, biar aman",
    voice_half_fb = "Berapa pun bisa hilang. Cek dulu.",
    voice_check = "Tutup teleponnya dan telepon nomornya yang biasa",
    voice_check_fb = "Betul. Atau tanyakan kata sandi rahasia keluargamu.",

    apk_question = "Sebuah SMS bilang: \"Pasang Refund_Claim.apk untuk mendapatkan "
      .. "pengembalian uangmu.\" Apa yang kamu lakukan?",
    apk_install = "Pasang. Pengembalian uang itu kabar baik.",
    apk_install_fb = "File aplikasi dari SMS bisa mengambil alih HP-mu.",
    apk_delete = "Jangan dipasang. Hapus pesannya.",
    apk_delete_fb = "Betul. Pasang aplikasi hanya dari toko aplikasi resmi.",

    groom_question = "Nurul, 14 tahun, punya teman online. Dia memberi Nurul hadiah dan "
      .. "bilang: \"Jangan cerita ke ibumu soal kita.\" Mana yang benar?",
    groom_sign = "Itu tanda bahaya. Dia harus cerita ke orang dewasa yang dia percaya.",
    groom_sign_fb = "Betul. Dan dia tidak akan kena masalah karena bercerita.",
    groom_fine = "Tidak apa-apa, dia baik kepadanya",
    groom_fine_fb = "Kebaikan ditambah rahasia adalah tanda bahaya.",
    groom_quit = "Dia harus berhenti main game selamanya",
    groom_quit_fb = "Game itu tidak apa-apa. Rahasia dan tekanan itulah masalahnya. "
      .. "Bercerita ke orang dewasa membantu.",
  },

  l14_fake_officer_call = {
    title = "Benarkah itu polisi?",
    summary = "Telepon palsu dari polisi, pengadilan dan kantor pajak.",
    guide_aim = "Tahu bahwa polisi, pengadilan dan kantor pajak tidak pernah minta uang "
      .. "lewat telepon, dan menutup telepon dengan aman.",
    guide_practise = "Menerima telepon palsu dari jasa kirim lalu \"polisi\", mencari "
      .. "tanda bahaya di surat perintah palsu, memilah pesan asli dan palsu, membantu "
      .. "saudara yang sudah telanjur membayar.",
    guide_prompt_1 = "Kenapa penelepon seperti ini menyuruhmu merahasiakan teleponnya?",
    guide_prompt_2 = "Bagaimana kamu mencari nomor asli polisi atau pengadilan di sini?",
    guide_prompt_3 = "Apa yang akan kamu katakan kepada saudara yang sudah telanjur "
      .. "memindahkan uang?",

    intro_title = "Benarkah itu polisi?",
    intro_text = "Ada penipu yang pura-pura jadi polisi, pengadilan atau kantor pajak. "
      .. "Suara mereka terdengar serius. Lalu mereka minta uang. Ayo latihan apa yang "
      .. "harus dilakukan.",

    -- the call
    caller_courier = "+60 3-2718 4402",
    call_app = "Panggilan telepon",
    c_parcel = "Halo, ini PosExpress. Ada paket atas namamu yang ditahan.",
    c_connect = "Di dalamnya ada paspor palsu. Saya sambungkan kamu ke polisi sekarang.",
    r_connect = "Aduh! Iya, tolong sambungkan.",
    r_connect_fb = "Beginilah triknya dimulai. Jasa kirim asli tidak menyambungkan "
      .. "teleponmu ke polisi.",
    r_hang_up_first = "Itu bukan paketku. Aku telepon PosExpress sendiri.",
    r_hang_up_first_fb = "Betul. Tutup teleponnya, lalu telepon nomor di aplikasi atau "
      .. "situs resmi perusahaannya.",
    o_badge = "(Suara baru) Ini polisi. Petugas nomor 4471. Namamu terkait kejahatan "
      .. "keuangan.",
    o_secret = "Kasus ini rahasia. Jangan beri tahu keluarga atau bankmu.",
    r_secret_ok = "Baik, aku nggak akan bilang siapa-siapa.",
    r_secret_ok_fb = "Polisi asli tidak pernah menyuruhmu merahasiakan kasus dari "
      .. "keluargamu. Rahasia itu membuatmu tidak mengecek.",
    r_call_station = "Aku tutup teleponnya dan telepon kantor polisi sendiri.",
    r_call_station_fb = "Betul. Telepon polisi ke nomor yang kamu cari sendiri, bukan "
      .. "nomor dari penelepon.",
    o_safe_account = "Untuk membersihkan namamu, pindahkan tabunganmu ke rekening aman "
      .. "kami hari ini.",
    r_transfer = "Baik. Aku kirim ke mana?",
    r_transfer_fb = "Tidak ada \"rekening aman\". Polisi tidak pernah menyuruhmu "
      .. "memindahkan uang. Tidak ada kata terlambat untuk berhenti.",
    r_no_money = "Nggak. Polisi nggak minta uang. Aku tutup teleponnya.",
    r_no_money_fb = "Bagus. Menutup telepon itu selalu boleh.",
    o_threat = "Kalau kamu tutup teleponnya, kamu ditangkap hari ini!",
    r_stay_on = "Maaf! Aku tetap di telepon.",
    r_stay_on_fb = "Ancaman itu dibuat supaya kamu tetap di telepon. Tidak ada yang "
      .. "ditangkap karena menutup telepon.",
    c_arrest = "Tunggu! Kalau kamu tutup teleponnya, polisi akan menangkapmu hari ini!",
    r_scared_stay = "Aduh. Oke, aku tetap di sini.",
    r_scared_stay_fb = "Merasa takut itu wajar. Itulah yang mereka mau. Kamu selalu "
      .. "boleh menutup telepon dan mengecek.",
    r_end_call = "Aku tutup teleponnya sekarang. Aku cek sendiri.",
    r_end_call_fb = "Betul. Kantor asli senang kalau kamu mengecek.",
    call_ended = "(Panggilan berakhir.)",

    video_title = "Seragam bisa palsu",
    video_text = "Ada penelepon yang pindah ke video call. Mereka pakai seragam dan duduk "
      .. "di \"kantor\". Mereka mengirim surat berstempel. Seragam, stempel dan lencana "
      .. "gampang dipalsukan.",

    -- the fake warrant
    flags_title = "Cari tanda bahayanya",
    flags_text = "\"Petugas\" itu mengirim ini. Sentuh bagian yang mencurigakan.",
    officer_name = "Petugas 4471",
    warrant_1 = "PERINTAH PENGADILAN: {arrest|Kamu akan ditangkap jam 5 sore hari ini}.",
    warrant_2 = "{secret|Jangan beri tahu keluarga atau bankmu.} {stay|Tetap di video "
      .. "call dengan saya.}",
    warrant_3 = "Untuk menghentikan penangkapan, {transfer|pindahkan RM8,000 ke rekening "
      .. "aman} di bawah ini.",
    flag_arrest = "Ancaman dengan batas waktu membuatmu buru-buru. Pengadilan asli "
      .. "mengirim surat dan memberimu waktu.",
    flag_secret = "Rahasia membuatmu tidak bertanya kepada siapa pun. Polisi asli tidak "
      .. "butuh rahasia.",
    flag_stay = "Menahanmu di telepon membuatmu tidak bisa mengecek ke orang lain.",
    flag_transfer = "Tidak ada rekening aman. Polisi, pengadilan dan kantor pajak tidak "
      .. "pernah menyuruhmu memindahkan uang.",

    -- safe or scam
    sort_question = "Aman atau penipuan?",
    time_0910 = "Hari ini 09:10",
    time_1125 = "Hari ini 11:25",
    time_1540 = "Hari ini 15:40",
    bank_name = "MyBank",
    sms_bank_warning = "MyBank: Kami tidak akan pernah memintamu memindahkan uang ke "
      .. "\"rekening aman\". Kalau ada penelepon yang minta, tutup dan telepon kami.",
    why_bank_warning = "Peringatan yang tidak meminta apa pun. Bank asli mengirim pesan "
      .. "seperti ini.",
    court_number = "+60 11-7042 6618",
    sms_court = "PENGADILAN: Kamu tidak hadir di sidang. Bayar RM2,500 hari ini supaya "
      .. "tidak ditangkap. Telepon petugas: 011-7042 6618",
    why_court = "Pengadilan tidak mengirim SMS untuk menyuruhmu bayar hari ini. Ancaman "
      .. "penangkapan itu untuk menakutimu.",
    friend_name = "Aina",
    friend_1 = "Ibuku tadi ditelepon \"polisi\" 😟",
    friend_2 = "Mereka suruh ibuku pindahkan uang. Ibuku tutup teleponnya dan telepon "
      .. "kantor polisi. Itu benar, kan?",
    why_friend_asks = "Teman yang minta saran. Iya, ibunya melakukan hal yang benar.",
    tax_number = "+60 16-330 5127",
    sms_tax = "KANTOR PAJAK: Ada pengembalian pajak RM412 untukmu. Login untuk "
      .. "mengklaimnya hari ini: tax-refund-my.co/claim",
    why_tax = "Pengembalian uang yang tiba-tiba dan link yang aneh. Pesan ini mau login "
      .. "bankmu.",

    -- someone already paid
    paid_question = "Pamanmu memindahkan RM6,000 ke \"rekening aman\" sejam lalu. "
      .. "Sekarang dia ragu. Apa yang harus dia lakukan?",
    paid_wait = "Tunggu petugasnya menelepon lagi",
    paid_wait_fb = "Petugas itu tidak nyata. Menunggu memberi waktu uangnya berpindah "
      .. "lagi.",
    paid_secret = "Rahasiakan, seperti kata petugasnya",
    paid_secret_fb = "Rahasia itu bagian dari triknya. Bercerita kepada orang lain "
      .. "membuat bantuan datang.",
    paid_call = "Telepon banknya dan hotline penipuan sekarang",
    paid_call_fb = "Betul. Bertindak cepat bisa menghentikan uangnya. Ini bukan salahnya: "
      .. "penelepon seperti ini menipu orang setiap hari.",

    signs_question = "Mana saja tanda petugas palsu?",
    sign_safe_account = "Menyuruhmu memindahkan uang ke \"rekening aman\"",
    sign_safe_account_fb = "Betul. Petugas asli tidak pernah menyuruhmu memindahkan uang.",
    sign_secret = "Menyuruhmu merahasiakannya, bahkan dari keluarga",
    sign_secret_fb = "Betul. Rahasia membuatmu tidak mengecek.",
    sign_case_no = "Memberimu nomor kasus",
    sign_case_no_fb = "Siapa pun bisa mengarang nomor kasus. Itu tidak membuktikan apa-apa, "
      .. "baik atau buruk.",
    sign_arrest = "Mengancam menangkapmu hari ini kalau tidak bayar",
    sign_arrest_fb = "Betul. Rasa takut dan batas waktu adalah alat penipu.",

    take_never_money = "Polisi, pengadilan dan kantor pajak tidak pernah menyuruhmu "
      .. "memindahkan uang lewat telepon.",
    take_hang_up = "Tutup teleponnya. Telepon kantornya ke nomor yang kamu cari sendiri.",
    take_act_fast = "Uang sudah telanjur dipindah? Segera telepon bankmu dan hotline "
      .. "penipuan.",
  },

  l15_task_job = {
    title = "Dibayar untuk like video?",
    summary = "Kenali jebakan \"kerja tugas\".",
    guide_aim = "Mengenali \"kerja tugas\" berbayar yang membuatmu setor uang, dan "
      .. "bantuan palsu yang minta bayaran untuk mengembalikan uang.",
    guide_practise = "Mencari tanda bahaya di sebuah ajakan, ikut chat kerja tugas, "
      .. "membantu teman yang kehilangan uang dan ditawari \"pemulihan\" berbayar, "
      .. "memilah lowongan asli dan palsu.",
    guide_prompt_1 = "Kenapa bayaran kecil pertama terasa begitu meyakinkan?",
    guide_prompt_2 = "Apa bedanya kerja asli dengan kerja tugas seperti ini?",
    guide_prompt_3 = "Siapa yang benar-benar bisa membantu mendapatkan uang kembali, dan "
      .. "apakah mereka minta bayaran?",

    intro_title = "Dibayar untuk like video?",
    intro_text = "Sebuah pesan menawarkan uang untuk tugas kecil: like video, follow "
      .. "toko, beri rating hotel. Bayaran pertama memang asli. Lalu kamu disuruh setor "
      .. "uang. Ayo lihat cara kerja jebakannya.",

    -- the invitation
    flags_title = "Cari tanda bahayanya",
    invite_number = "+60 11-6034 8817",
    time_1012 = "Hari ini 10:12",
    sms_invite = "Hai! {unasked|Nomormu terpilih} untuk kerja paruh waktu. {easy|Like "
      .. "3 video, dapat RM30.} {daily|Hasilkan sampai RM800 sehari} dari rumah. "
      .. "{move|Tambahkan aku di Telegram untuk mulai:} @coach_vivian",
    flag_unasked = "Kamu tidak pernah melamar. Majikan asli tidak memilih nomor secara "
      .. "acak.",
    flag_easy = "Uang sungguhan untuk beberapa sentuhan itu umpan. Itu bukan kerja asli.",
    flag_daily = "Bayaran setinggi ini untuk kerja gampang itu terlalu bagus untuk jadi "
      .. "nyata.",
    flag_move = "Memindahkanmu ke aplikasi pribadi membuat mereka lebih susah "
      .. "dilaporkan.",

    -- the chat
    coach_name = "Coach Vivian",
    telegram_app = "Telegram",
    v_welcome = "Selamat datang! Like 3 video ini dan kirim screenshot-nya ke aku 😊",
    v_paid = "Bagus! RM30 sudah masuk ke e-wallet kamu 😄",
    v_vip = "Sekarang tugas VIP. Bayar RM100 dulu, dapat RM130 kembali dalam 10 menit.",
    r_pay_vip = "Oke! RM100 sudah dikirim.",
    r_pay_vip_fb = "RM30 pertama dibayar untuk membuatmu percaya. Bayar supaya dibayar, "
      .. "itulah jebakannya.",
    r_never_pay = "Kerja asli nggak pernah suruh aku bayar. Aku keluar.",
    r_never_pay_fb = "Betul. Kerja itu membayarmu. Kamu tidak pernah membayar untuk "
      .. "bekerja.",
    v_combo = "Kamu dapat RM130 kembali! Berikutnya tugas kombo. Bayar RM1,000 dulu.",
    v_negative = "Aduh, saldomu minus. Bayar RM2,500 untuk membuka uangmu.",
    r_pay_unlock = "Oke, aku bayar supaya semuanya kembali.",
    r_pay_unlock_fb = "Setiap pembayaran membawa \"biaya\" baru. Uang di layar itu tidak "
      .. "nyata.",
    r_stop_report = "Nggak. Aku nggak bayar lagi. Aku laporkan ini.",
    r_stop_report_fb = "Betul. Berhenti, simpan chat-nya, dan telepon bankmu dan hotline "
      .. "penipuan.",
    v_group = "Semua orang di grup kita dapat uang! Lihat screenshot mereka 😎",
    r_group_ok = "Oke, kalau mereka dapat, pasti asli.",
    r_group_ok_fb = "Grupnya bisa penuh akun palsu. Screenshot gampang dibuat.",
    r_still_no = "Tetap nggak. Aku blokir kamu.",
    r_still_no_fb = "Bagus. Blokir dan laporkan akunnya.",
    v_gone = "(Coach Vivian sudah keluar dari chat.)",

    -- Ravi and the "recovery" offer
    ravi_title = "Ravi bilang iya",
    ravi_text = "Temanmu Ravi mengerjakan tugas-tugasnya. Dia setor uang lagi dan lagi. "
      .. "Sekarang RM3,600 hilang. Dia malu. Ini bukan salahnya: jebakannya memang dibuat "
      .. "untuk menipu orang.",
    recovery_question = "Lalu Ravi menerima ini: \"Kami Asset Recovery Team. Kami bisa "
      .. "mengembalikan RM3,600 kamu. Biaya: RM500.\" Apa yang harus dia lakukan?",
    recovery_pay = "Bayar biayanya supaya uangnya kembali",
    recovery_pay_fb = "Ini penipuan kedua. Tidak ada yang bisa menjanjikan uangmu kembali "
      .. "dengan bayaran.",
    recovery_free = "Telepon hotline penipuan dan banknya. Bantuan mereka gratis.",
    recovery_free_fb = "Betul. Bantuan asli tidak pernah minta bayaran. Simpan chat-nya "
      .. "sebagai bukti.",
    recovery_login = "Berikan login bank-nya supaya mereka bisa mengecek",
    recovery_login_fb = "Jangan pernah berikan login bank. Mereka bisa mengambil sisanya.",

    -- safe or scam
    sort_question = "Kerja asli atau penipuan?",
    app_facebook = "Facebook",
    tiktok_app = "TikTok",
    cafe_from = "Kopi Corner Ipoh",
    time_cafe = "2 jam",
    cafe_text = "Dicari barista paruh waktu. Akhir pekan, RM9 per jam. Datang untuk "
      .. "ngobrol dengan manajer.",
    why_cafe = "Toko asli, gaji normal, dan kamu bertemu langsung. Kamu tidak membayar "
      .. "apa pun.",
    like_from = "@easy.cash.daily",
    time_like = "5 jam",
    like_text = "Like & subscribe, dapat RM500 sehari! Tanpa pengalaman. DM sekarang!",
    why_like = "Bayaran besar untuk like adalah jebakan kerja tugas. DM membawamu ke chat "
      .. "pribadi.",
    review_number = "+60 17-285 0946",
    time_1433 = "Hari ini 14:33",
    sms_review = "Beri rating hotel dari rumah! Top up RM200 untuk membuka akunmu, lalu "
      .. "dapat uang setiap hari.",
    why_review = "Kerja yang menyuruhmu top up dulu itu penipuan.",
    shop_from = "Kedai Buku Ceria",
    time_shop = "1 hr",
    shop_text = "Kami mencari kasir akhir pekan. Daftar di kasir toko kami dengan kartu "
      .. "identitasmu. Ada pelatihan.",
    why_shop = "Toko yang dikenal, kasir sungguhan, ada pelatihan. Tidak ada yang harus "
      .. "dibayar.",

    signs_question = "Mana saja tanda penipuan kerja tugas?",
    sign_pay_in = "Kamu harus setor uang untuk membuka bayaranmu",
    sign_pay_in_fb = "Betul. Kerja asli tidak pernah menyuruhmu bayar supaya dibayar.",
    sign_unasked = "Tawaran kerja yang tidak pernah kamu lamar",
    sign_unasked_fb = "Betul. Tawaran tiba-tiba lewat SMS adalah awal yang sering terjadi.",
    sign_payslip = "Jadwal shift dan slip gaji",
    sign_payslip_fb = "Ini normal untuk kerja asli.",
    sign_tiny_task = "Bayaran besar untuk like atau ulasan",
    sign_tiny_task_fb = "Betul. Terlalu bagus untuk jadi nyata.",

    take_work_pays = "Kerja asli membayarmu. Tidak pernah menyuruhmu bayar dulu.",
    take_bait = "Bayaran kecil di awal itu umpan. Berhenti sebelum kamu setor uang.",
    take_recovery = "Tidak ada yang boleh minta bayaran untuk mengembalikan uangmu. "
      .. "Bantuan asli itu gratis.",
  },

  l16_is_that_really_you = {
    title = "Benarkah itu kamu?",
    summary = "Suara dan wajah tiruan yang minta uang.",
    guide_aim = "Mengecek permintaan uang meskipun suara atau wajahnya kamu kenal.",
    guide_practise = "Menjawab telepon dengan suara tiruan sepupu, memilih kata sandi "
      .. "rahasia keluarga, mencari tanda bahaya di iklan investasi dengan wajah orang "
      .. "terkenal, memilah postingan asli dan palsu.",
    guide_prompt_1 = "Kata apa yang bisa dipakai keluargamu sebagai kata sandi rahasia?",
    guide_prompt_2 = "Kenapa telepon seperti ini selalu menyuruhmu buru-buru dan "
      .. "merahasiakannya?",
    guide_prompt_3 = "Bagaimana kamu bisa mengecek iklan yang menampilkan orang terkenal?",

    intro_title = "Benarkah itu kamu?",
    intro_text = "Sekarang komputer bisa meniru suara dan wajah seseorang. Video pendek "
      .. "di internet bisa cukup. Cara mengecek yang sederhana tetap berhasil. Ayo "
      .. "latihan.",

    -- the call
    caller_number = "+60 11-2294 7730",
    call_app = "Panggilan telepon",
    s_hi = "(Suara yang persis seperti sepupumu Siti) Hai, ini aku, Siti! Ini nomor "
      .. "baruku.",
    s_accident = "Aku nggak sengaja menabrak mobil. Aku harus bayar RM1,500 sekarang, "
      .. "atau mereka panggil polisi.",
    s_hurry = "Tolong kirim cepat ya. Dan jangan bilang Ibu, oke?",
    r_send = "Aduh! Oke, aku kirim sekarang.",
    r_send_fb = "Kedengarannya seperti dia, tapi suara bisa ditiru. Cek dulu, meskipun "
      .. "kamu khawatir.",
    r_call_back = "Aku tutup dan telepon nomormu yang biasa.",
    r_call_back_fb = "Betul. Telepon dia ke nomor yang sudah kamu punya. Siti yang asli "
      .. "akan menjawab.",
    r_code_word = "Apa kata sandi rahasia keluarga kita?",
    r_code_word_fb = "Bagus. Kata yang hanya diketahui keluargamu susah ditiru.",
    s_more = "Makasih! Aduh, mereka minta RM1,000 lagi.",
    r_send_more = "Oke, aku kirim lagi.",
    r_send_more_fb = "Permintaan tambahan adalah tanda penipuan. Tidak ada kata "
      .. "terlambat untuk berhenti dan mengecek.",
    r_check_now = "Tunggu. Aku telepon nomor lamamu dulu.",
    r_check_now_fb = "Betul. Lalu telepon bankmu dan hotline penipuan soal uang yang "
      .. "sudah kamu kirim.",
    s_phone_broken = "Jangan! HP lamaku rusak. Nggak ada waktu!",
    r_ok_send = "Oke, oke. Aku kirim.",
    r_ok_send_fb = "Desakan waktu itu bagian dari triknya. Beberapa menit untuk mengecek "
      .. "selalu boleh.",
    r_call_mum = "Kalau begitu aku telepon Ibu dan tanya dia.",
    r_call_mum_fb = "Betul. Cek ke anggota keluarga lain yang kamu percaya.",
    s_forgot = "Aku lupa! Tolong, aku takut. Kirim aja!",
    r_no_word = "Tanpa kata sandi, tanpa uang. Aku telepon balik kamu.",
    r_no_word_fb = "Bagus. Siti yang asli akan mengerti.",
    call_ended = "(Panggilan berakhir.)",

    real_title = "Siti yang asli",
    real_text = "Kamu menelepon nomor Siti yang biasa. Dia menjawab dari tempat kerja. "
      .. "Dia baik-baik saja. Dia tidak pernah meneleponmu. Ada yang meniru suaranya dari "
      .. "video-videonya di internet.",

    code_title = "Kata sandi rahasia keluarga",
    code_text = "Sepakati satu kata rahasia dengan keluargamu, secara langsung. Jangan "
      .. "pernah diposting atau dikirim lewat pesan. Kalau ada telepon yang minta uang, "
      .. "tanyakan kata itu.",
    code_question = "Mana kata sandi keluarga yang bagus?",
    code_birthday = "Tanggal lahir Siti",
    code_birthday_fb = "Tanggal lahir sering ada di internet. Orang asing bisa "
      .. "menemukannya.",
    code_secret_word = "Kata lucu yang kami pilih bersama, misalnya \"mangga ungu\"",
    code_secret_word_fb = "Betul. Kata acak yang tidak pernah diposting susah ditebak.",
    code_post = "Kata yang kami bagikan di grup chat keluarga",
    code_post_fb = "Chat bisa dibobol. Sepakati katanya secara langsung.",

    -- the ad
    flags_title = "Cari tanda bahayanya",
    flags_text = "Iklan ini memakai wajah orang terkenal. Sentuh bagian yang "
      .. "mencurigakan.",
    app_facebook = "Facebook",
    ad_from = "Bersponsor",
    ad_time = "Iklan",
    ad_text = "{famous|Penyanyi Lara Aziz}: \"Aku dapat RM50,000 dalam seminggu dengan "
      .. "QuantumProfit AI!\" {guarantee|Tanpa risiko, untung dijamin.} {rush|Tinggal 20 "
      .. "tempat hari ini.} {link|Gabung: qprofit-ai.co}",
    flag_famous = "Wajah orang terkenal tidak membuktikan apa-apa. Video atau kutipannya "
      .. "bisa palsu.",
    flag_guarantee = "Tidak ada investasi asli yang tanpa risiko. \"Dijamin\" itu bohong.",
    flag_rush = "Desakan waktu membuatmu tidak mengecek.",
    flag_link = "Link yang aneh, bukan perusahaan berizin yang bisa kamu cek.",

    -- safe or scam
    sort_question = "Asli atau palsu?",
    youtube_app = "YouTube",
    instagram_app = "Instagram",
    leader_from = "Money News Today",
    time_leader = "Iklan",
    leader_text = "VIDEO: Seorang menteri penting bilang \"Setor RM1,000, dapat kembali "
      .. "RM10,000 dalam sebulan!\" Daftar sekarang.",
    why_leader = "Pemimpin tidak menjual untung cepat lewat iklan. Video ini kemungkinan "
      .. "palsu.",
    singer_from = "Lara Aziz ✓",
    time_singer = "3 jam",
    singer_text = "Lagu baruku keluar hari Jumat! Makasih sudah menunggu 😊",
    why_singer = "Penyanyi memposting lagunya sendiri di halamannya sendiri. Tidak ada "
      .. "yang harus dibayar.",
    news_from = "City News",
    time_news = "1 hr",
    news_text = "Video palsu orang terkenal dipakai di iklan investasi. Cek dulu sebelum "
      .. "membayar.",
    why_news = "Peringatan yang tidak meminta apa pun. Saran yang bagus.",
    newnum_number = "+60 16-704 1193",
    newnum_1 = "Ini aku, Siti! Ini nomor baruku 😊",
    newnum_2 = "Bisa bayarin tagihan buat aku? RM800. Jangan telepon, aku lagi rapat.",
    why_newnum = "Nomor baru, uang, dan \"jangan telepon\". Telepon nomor lamanya untuk "
      .. "mengecek.",

    video_question = "Bagaimana kamu tahu video orang terkenal itu asli?",
    video_look = "Perhatikan baik-baik wajah dan bibirnya",
    video_look_fb = "Video palsu makin bagus. Sering kali tidak kelihatan hanya dengan "
      .. "melihat.",
    video_source = "Cek halaman resminya atau berita yang asli",
    video_source_fb = "Betul. Cek dari mana asalnya. Orang terkenal tidak menjual untung "
      .. "rahasia lewat iklan.",
    video_likes = "Percaya kalau like-nya banyak",
    video_likes_fb = "Like dan komentar bisa dibeli atau dipalsukan.",

    checks_question = "Cara mengecek mana yang tetap berhasil walaupun suara bisa ditiru?",
    check_call_back = "Menelepon balik ke nomor yang sudah aku punya",
    check_call_back_fb = "Betul. Orang yang asli menjawab dari HP aslinya.",
    check_code_word = "Menanyakan kata sandi rahasia keluarga",
    check_code_word_fb = "Betul. Tiruan tidak bisa tahu kata yang tidak pernah diposting.",
    check_sounds_right = "Suaranya terdengar persis sama",
    check_sounds_right_fb = "Suara tiruan bisa terdengar persis sama. Suara tidak "
      .. "membuktikan apa-apa.",
    check_ask_someone = "Bertanya dulu kepada orang yang kupercaya",
    check_ask_someone_fb = "Betul. Pendapat kedua yang tenang itu membantu.",

    take_copied = "Suara atau wajah bisa ditiru. Permintaan uang selalu perlu dicek.",
    take_check = "Tutup teleponnya dan telepon balik ke nomor yang kamu tahu. Pakai kata "
      .. "sandi rahasia keluarga.",
    take_famous = "Wajah orang terkenal di iklan investasi sering kali palsu.",
  },

  l17_apps_and_qr = {
    title = "Amankah aplikasi itu?",
    summary = "File aplikasi dan kode QR yang dikirim lewat chat.",
    guide_aim = "Memasang aplikasi hanya dari toko resmi, dan tahu bahwa tidak ada kode "
      .. "QR yang membayarmu.",
    guide_practise = "Memilah pesan berisi file aplikasi, mencari tanda bahaya di pesan "
      .. "pengembalian uang, menjawab peringatan pemasangan di HP, membantu teman yang "
      .. "sudah memasang file, menjawab pembeli yang mengirim kode QR.",
    guide_prompt_1 = "Pernah lihat pesan dengan file berakhiran .apk? Apa yang "
      .. "dijanjikannya?",
    guide_prompt_2 = "Apa yang harus dilakukan dulu kalau seseorang sudah memasang "
      .. "aplikasi yang aneh?",
    guide_prompt_3 = "Kenapa kamu tidak pernah perlu memindai kode QR untuk menerima "
      .. "uang?",

    intro_title = "Amankah aplikasi itu?",
    intro_text = "Ada pesan penipuan yang mengirim file aplikasi, bukan link. Setelah "
      .. "dipasang, aplikasi itu bisa membaca pesan dan kodemu. Ayo latihan menjaga "
      .. "HP-mu tetap aman.",

    -- safe or scam
    sort_question = "Aman atau penipuan?",
    time_0930 = "Hari ini 09:30",
    time_1045 = "Hari ini 10:45",
    parcel_number = "+60 11-5280 3316",
    sms_parcel = "PosExpress: Kami tidak bertemu denganmu. Pasang aplikasi pelacak kami "
      .. "untuk menerima paketmu: PosExpress_Track.apk",
    why_parcel = "File berakhiran .apk adalah aplikasi. Jasa kirim asli memakai toko "
      .. "aplikasi resmi, bukan file di SMS.",
    bank_name = "MyBank",
    sms_bank = "MyBank: Aplikasi kami hanya ada di toko aplikasi resmi. Kami tidak pernah "
      .. "mengirim file aplikasi lewat SMS atau chat.",
    why_bank = "Pengingat yang tidak meminta apa pun. Bank mengirim pesan seperti ini.",
    wedding_number = "+60 13-884 2051",
    wedding_1 = "Kamu diundang ke pernikahan kami! 😍",
    wedding_2 = "Buka undangannya di sini: Wedding_Card.apk",
    why_wedding = "Undangan pernikahan itu gambar, bukan aplikasi. File .apk bisa "
      .. "mengambil alih HP-mu.",
    friend_name = "Daniel",
    friend_1 = "Nemu game kuis seru nih 😄",
    friend_2 = "Ada di toko aplikasi, cari \"Brain Buddies\"",
    why_friend = "Teman yang kamu kenal, mengarahkanmu ke toko resmi. Tanpa file, tanpa "
      .. "link.",

    -- the refund message
    flags_title = "Cari tanda bahayanya",
    refund_number = "+60 17-661 2094",
    time_1512 = "Hari ini 15:12",
    sms_refund = "{refund|Ada pengembalian uang RM350 untukmu!} {file|Pasang "
      .. "Refund_Claim.apk untuk mendapatkannya.} {allow|Ketuk Izinkan di setiap "
      .. "pop-up.} {rush|Berakhir malam ini.}",
    flag_refund = "Uang kejutan yang tidak pernah kamu minta itu umpan.",
    flag_file = "File aplikasi dari SMS bisa memata-matai HP-mu. Pakai toko aplikasi "
      .. "resmi saja.",
    flag_allow = "Pop-up meminta kuasa atas HP-mu. Mengetuk Izinkan berarti "
      .. "menyerahkannya.",
    flag_rush = "Batas waktu membuatmu buru-buru, jadi kamu tidak sempat mengecek.",

    warning_question = "Kamu tidak sengaja mengetuk file aplikasi. HP-mu bilang: \"Demi "
      .. "keamanan, HP-mu tidak boleh memasang aplikasi tak dikenal dari sumber ini.\" "
      .. "Apa yang kamu ketuk?",
    warning_settings = "Setelan, untuk mengizinkannya",
    warning_settings_fb = "Tombol itu membuat file-nya masuk. Biarkan tetap mati.",
    warning_cancel = "Batal, lalu hapus file-nya",
    warning_cancel_fb = "Betul. HP-mu baru saja melindungimu.",
    warning_once = "Izinkan sekali ini saja",
    warning_once_fb = "Sekali sudah cukup bagi aplikasi berbahaya untuk masuk.",

    installed_question = "Daniel memasang aplikasi dari chat. Sekarang HP-nya aneh. Apa "
      .. "yang harus dia lakukan dulu?",
    installed_wait = "Tunggu dan lihat apa yang terjadi",
    installed_wait_fb = "Aplikasinya mungkin sedang membaca kode-kodenya. Bertindak cepat "
      .. "lebih baik.",
    installed_offline = "Matikan data dan Wi-Fi, lalu telepon banknya dari HP lain",
    installed_offline_fb = "Betul. Tanpa internet, aplikasinya tidak bisa mengirim "
      .. "datanya. Lalu toko HP bisa membantu mereset HP-nya.",
    installed_login = "Buka aplikasi bank-nya untuk mengecek uangnya",
    installed_login_fb = "Jangan di HP itu: aplikasinya bisa melihat kata sandinya. "
      .. "Telepon bank dari HP lain.",

    qr_title = "Kode QR",
    qr_text = "Kode QR bisa membuka situs, login ke akun atau melakukan pembayaran. "
      .. "Pindai kode hanya dari toko dan orang yang kamu percaya. Kamu tidak pernah "
      .. "memindai kode untuk menerima uang.",

    -- the buyer
    buyer_name = "Pembeli: Jack",
    marketplace_app = "Marketplace",
    b_hi = "Hai! Aku mau HP lamamu. RM400 oke?",
    b_qr = "Aku bayar sekarang. Pindai kode QR-ku untuk menerima uangnya 😊",
    r_scan_pin = "Oke, aku pindai sekarang. Dia minta PIN-ku.",
    r_scan_pin_fb = "Memindai dan mengetik PIN-mu mengirim uang keluar, bukan masuk. "
      .. "Uang masuk tidak pernah butuh PIN-mu.",
    r_my_qr = "Nggak, makasih. Ini kode QR-ku sendiri. Kamu yang bayar aku.",
    r_my_qr_fb = "Betul. Pembeli yang membayarmu. Kamu tidak pernah memindai untuk "
      .. "menerima.",
    r_scan_only = "Aku pindai, tapi nggak akan ketik PIN-ku.",
    r_scan_only_fb = "Tetap berisiko: kode bisa membuka halaman login palsu. Lebih baik "
      .. "bagikan kode QR-mu sendiri.",
    b_push = "QR kamu nggak bisa buat aku. Pindai punyaku aja, lebih cepat!",
    r_ok_scan = "Oke, aku pindai punyamu.",
    r_ok_scan_fb = "Pembeli asli bisa membayarmu dengan cara lain. Mendesakmu memindai "
      .. "itulah triknya.",
    r_still_my_qr = "Kalau begitu bayar lewat transfer bank ke rekeningku.",
    r_still_my_qr_fb = "Betul. Ada cara aman untuk dibayar. Kamu yang memilihnya.",
    b_gone = "(Jack sudah keluar dari chat.)",

    habits_question = "Kebiasaan mana yang menjaga HP-mu tetap aman?",
    habit_store = "Memasang aplikasi hanya dari toko aplikasi resmi",
    habit_store_fb = "Betul. Aplikasi di toko sudah dicek. File dari chat tidak.",
    habit_unknown_off = "Membiarkan \"pasang aplikasi tak dikenal\" tetap mati",
    habit_unknown_off_fb = "Betul. Tombol itu penjaga HP-mu.",
    habit_friend_files = "Membuka file aplikasi kalau yang kirim teman",
    habit_friend_files_fb = "Akun teman bisa dibobol. File aplikasi di chat tidak pernah "
      .. "aman.",
    habit_qr_trusted = "Memindai kode QR hanya dari tempat yang kupercaya",
    habit_qr_trusted_fb = "Betul. Dan tidak pernah untuk menerima uang.",

    take_store = "Pasang aplikasi hanya dari toko aplikasi resmi. Jangan pernah dari "
      .. "file di chat.",
    take_qr = "Kamu tidak pernah memindai kode QR untuk menerima uang.",
    take_offline = "Sudah memasang sesuatu yang aneh? Matikan internet, dan telepon "
      .. "bankmu dari HP lain.",
  },

  l18_fake_picture = {
    title = "Foto palsu bukan salahmu",
    summary = "Bantu teman yang diancam dengan foto palsu.",
    guide_aim = "Mendukung teman yang diancam dengan foto telanjang palsu, tanpa "
      .. "menyalahkan.",
    guide_practise = "Membalas teman dengan percaya dan peduli, memilih tidak membayar "
      .. "atau membalas, memilih langkah berikutnya, mengenal layanan penghapusan dan "
      .. "batasannya, memilah pesan yang dia terima sesudahnya.",
    guide_prompt_1 = "Kata-kata baik apa yang membantu saat teman menceritakan hal "
      .. "seperti ini?",
    guide_prompt_2 = "Kenapa foto palsu tidak pernah salah orang yang ada di foto itu?",
    guide_prompt_3 = "Kepada siapa anak muda di sini bisa bercerita, dan bagaimana cara "
      .. "melaporkannya?",

    intro_title = "Temanmu butuh kamu",
    intro_text = "Di pelajaran ini, seorang teman diancam dengan foto palsu. Tidak ada "
      .. "gambar, dan kamu boleh berhenti kapan saja.",

    fake_title = "Foto palsu",
    fake_text = "Ada aplikasi yang bisa mengubah foto biasa jadi foto telanjang palsu. "
      .. "Orang di foto itu tidak berbuat salah. Yang salah adalah orang yang membuatnya.",

    -- the chat
    friend_name = "Farah",
    f_can_i_show = "Boleh aku cerita sesuatu? Aku mual rasanya 😞",
    f_fake = "Ada yang bikin foto telanjang palsu aku, dari foto profilku. Aku nggak "
      .. "pernah kirim yang seperti itu!",
    f_threat = "Katanya bayar RM300 malam ini, atau fotonya dikirim ke semua orang yang "
      .. "aku kenal 😭",
    r_believe = "Aku percaya kamu. Itu palsu, dan itu bukan salahmu.",
    r_believe_fb = "Betul. Dia tidak berbuat salah. Yang mengancam itulah yang berbuat "
      .. "salah.",
    r_why_post = "Kenapa kamu posting foto di internet?",
    r_why_post_fb = "Memposting foto biasa itu tidak apa-apa. Disalahkan membuat orang "
      .. "bersembunyi. Yang salah adalah pembuat foto palsu itu.",
    r_send_me = "Kirim ke aku biar aku lihat.",
    r_send_me_fb = "Tidak perlu melihatnya. Membagikannya berarti menyebarkannya. Dia di "
      .. "bawah 18 tahun, jadi tidak ada yang boleh membagikannya.",
    f_pay = "Apa aku bayar aja? Nanti mereka berhenti, kan?",
    r_no_pay = "Jangan bayar. Membayar jarang membuat mereka berhenti.",
    r_no_pay_fb = "Betul. Mereka sering minta lagi, bahkan dari nomor baru.",
    r_pay = "Mungkin bayar aja, biar selesai.",
    r_pay_fb = "Membayar menunjukkan dia mau bayar. Biasanya mereka minta lebih.",
    f_answer = "Apa aku bilang ke mereka itu palsu? Debat sama mereka?",
    r_argue = "Iya, marahi mereka!",
    r_argue_fb = "Berdebat membuat mereka terus bicara dan mendesak. Berhenti membalas "
      .. "itu tidak apa-apa.",
    r_stop_save = "Berhenti membalas. Simpan pesannya dan nama akunnya.",
    r_stop_save_fb = "Betul. Simpan bukti ancamannya. Jangan teruskan fotonya.",
    f_nobody = "Aku nggak mau ada yang tahu 😢",
    r_secret = "Oke, ini rahasia kita berdua.",
    r_secret_fb = "Rahasia membuatnya menghadapi ini sendirian. Orang dewasa yang "
      .. "dipercaya bisa bertindak cepat.",
    r_trusted = "Ayo kita cerita bareng ke orang dewasa yang kamu percaya. Kita juga bisa "
      .. "telepon layanan bantuan.",
    r_trusted_fb = "Bagus. Dia tidak harus menghadapinya sendirian.",
    f_thanks = "Oke. Makasih sudah percaya aku ❤",

    step_question = "Farah sudah menyimpan pesannya. Apa langkah berikutnya?",
    step_report = "Laporkan akun dan fotonya di aplikasi, lalu blokir",
    step_report_fb = "Betul. Aplikasi besar melarang foto telanjang palsu. Laporan "
      .. "membantu mereka menghapusnya. Memblokir menghentikan pesannya.",
    step_post = "Posting bahwa fotonya palsu, supaya semua orang tahu",
    step_post_fb = "Itu bisa membuat makin banyak orang melihatnya. Laporan yang diam-diam "
      .. "lebih berhasil.",
    step_delete_all = "Hapus semua akunnya dan menghilang",
    step_delete_all_fb = "Dia tidak perlu bersembunyi. Dia tidak berbuat salah. "
      .. "Laporkan dan blokir dulu.",

    remove_title = "Bantuan untuk menghapusnya",
    remove_text = "Layanan seperti Take It Down (di bawah 18) dan StopNCII (18 ke atas) "
      .. "bisa membantu menghentikan penyebaran salinannya. Layanan ini hanya berlaku di "
      .. "aplikasi yang ikut serta. Layanan bantuan bisa membantumu memakainya.",

    -- the inbox
    inbox_question = "Farah menerima pesan-pesan ini. Aman atau penipuan?",
    num_new = "+60 11-4820 6613",
    time_a = "Sen 22:15",
    msg_new_number = "Nomor baru. Kesempatan terakhir. Bayar RM500 atau semua orang "
      .. "melihatnya.",
    why_new_number = "Ancaman yang sama dari nomor baru. Jangan balas atau bayar. Simpan, "
      .. "laporkan dan blokir.",
    name_friend = "Aina",
    time_b = "Sel 16:40",
    msg_friend = "Hei, aku ada buat kamu. Nggak usah cerita apa-apa. Pulang bareng yuk? ❤",
    why_friend = "Teman yang peduli. Tidak menuntut apa pun.",
    num_removal = "+60 17-390 5521",
    time_c = "Rab 11:05",
    msg_removal = "Cyber Clean Team: Kami bisa menghapus fotomu dari seluruh internet. "
      .. "Biaya: RM250.",
    why_removal = "Tidak ada yang bisa membersihkan seluruh internet dengan bayaran. "
      .. "Bantuan penghapusan yang asli itu gratis.",
    name_app = "ChatMe Safety",
    time_d = "Kam 09:30",
    msg_report = "Terima kasih atas laporanmu. Kami sudah menghapus postingan dan akun "
      .. "itu. Kalau kamu melihatnya lagi, laporkan lagi.",
    why_report = "Balasan untuk laporannya sendiri. Tidak meminta apa pun dan memberi "
      .. "langkah berikutnya yang nyata.",

    end_title = "Kamu tidak sendirian",
    end_text = "Kalau ini terjadi padamu: ini bukan salahmu. Foto palsu tidak "
      .. "mengatakan apa pun tentang dirimu. Bantuan ada. Ketuk Cari bantuan untuk "
      .. "melihat siapa yang bisa kamu telepon.",

    take_not_fault = "Foto palsu tidak pernah salahmu. Yang mengancam itulah yang "
      .. "berbuat salah.",
    take_steps = "Jangan bayar, jangan balas, jangan teruskan. Simpan pesannya, laporkan "
      .. "dan blokir.",
    take_help = "Ceritakan kepada orang dewasa yang kamu percaya. Layanan bantuan dan "
      .. "layanan penghapusan bisa membantu.",
  },

  l19_secret_friend = {
    title = "Teman yang minta rahasia",
    summary = "Kenali grooming, dan bantu sepupu yang lebih muda.",
    guide_aim = "Mengenali tanda-tanda grooming (bujuk rayu untuk melecehkan anak), dan "
      .. "membantu anak yang lebih muda dengan tenang dan tanpa menyalahkan.",
    guide_practise = "Mencari tanda bahaya di pesan teman dari game, bicara dengan baik "
      .. "kepada sepupu berumur 14 tahun, mengingat tanda-tandanya, memilih apa yang "
      .. "membantu.",
    guide_prompt_1 = "Kenapa seseorang di internet meminta anak muda menyimpan rahasia?",
    guide_prompt_2 = "Bagaimana cara mendengarkan anak muda tanpa membuatnya merasa "
      .. "disalahkan?",
    guide_prompt_3 = "Orang dewasa tepercaya mana yang bisa didatangi anak muda di sini?",

    intro_title = "Teman yang minta rahasia",
    intro_text = "Ada orang dewasa yang pura-pura jadi anak muda di internet, untuk "
      .. "mendekati anak-anak. Awalnya mereka baik. Pelajaran ini menunjukkan tandanya "
      .. "dan cara membantu. Tidak ada gambar, dan kamu boleh berhenti kapan saja.",

    story_title = "Teman baru Nurul",
    story_text = "Sepupumu Nurul berumur 14 tahun. Dia suka sekali sebuah game online. "
      .. "Seorang pemain bernama Kai_17 selalu baik kepadanya. Dia menunjukkan chat "
      .. "mereka kepadamu.",

    -- Kai's messages
    flags_title = "Cari tanda bahayanya",
    flags_text = "Kai_17 mengirim ini ke Nurul. Sentuh bagian yang membuatmu khawatir.",
    kai_name = "Kai_17",
    kai_1 = "Kamu dewasa banget untuk umur 14 😊 {special|Nggak ada yang ngerti kamu "
      .. "kayak aku.}",
    kai_2 = "{gift|Aku kirim 500 gem buat hadiah!} {secret|Jangan cerita ke ibumu soal "
      .. "kita, dia nggak bakal ngerti.}",
    kai_3 = "{private|Yuk chat di aplikasi lain, berdua aja.} {meet|Sabtu kita ketemu "
      .. "ya? Datang sendiri.}",
    flag_special = "Membuatnya merasa hanya dia yang mengerti menjauhkannya dari keluarga "
      .. "dan teman.",
    flag_gift = "Hadiah bisa membuat anak muda merasa berutang budi.",
    flag_secret = "Teman yang aman tidak pernah meminta anak merahasiakan sesuatu dari "
      .. "orang tua.",
    flag_private = "Aplikasi pribadi menyembunyikan chat dari tim keamanan game dan dari "
      .. "keluarga.",
    flag_meet = "Bertemu sendirian dengan orang yang hanya dikenal online tidak pernah "
      .. "aman untuk anak berumur 14 tahun.",

    -- the chat with Nurul
    cousin_name = "Nurul",
    n_best_friend = "Kai sahabatku! Kamu nggak akan bilang Ibu, kan? 😟",
    r_angry = "Apa?! Konyol banget. Blokir dia sekarang!",
    r_angry_fb = "Dia bisa berhenti bicara denganmu. Dia tidak berbuat salah. Kata-kata "
      .. "yang tenang membuatnya tetap bercerita.",
    r_calm = "Aku senang kamu tunjukkan ke aku. Ada omongannya yang bikin aku khawatir.",
    r_calm_fb = "Betul. Tetap tenang dan baik membantunya terus bicara denganmu.",
    n_like_what = "Misalnya apa? Dia baik banget sama aku.",
    r_maybe_ok = "Mungkin nggak apa-apa, kalau dia memang 17 tahun.",
    r_maybe_ok_fb = "Anak 17 tahun yang asli pun tidak boleh meminta anak 14 tahun "
      .. "menyimpan rahasia atau bertemu sendirian.",
    r_signs = "Teman sungguhan nggak menyuruhmu merahasiakan sesuatu dari Ibu, atau "
      .. "ketemu sendirian.",
    r_signs_fb = "Betul. Rahasia dan bertemu sendirian adalah tanda bahaya, meskipun dari "
      .. "orang yang baik.",
    n_sad = "Tapi dia bakal sedih kalau aku berhenti ngobrol sama dia.",
    r_adult = "Kamu nggak salah apa-apa. Ayo kita bilang ke ibumu bareng, dan laporkan "
      .. "dia.",
    r_adult_fb = "Betul. Orang dewasa yang dipercaya bisa menjaganya tetap aman. Dia "
      .. "tidak kena masalah.",
    r_keep_secret = "Oke, aku nggak akan bilang siapa-siapa.",
    r_keep_secret_fb = "Rahasia itu membuatnya menghadapi ini sendirian. Orang dewasa "
      .. "yang dipercaya perlu tahu.",
    n_unsure = "Beneran? Aku nggak tahu...",
    r_adult_after = "Sebenarnya aku khawatir. Ayo kita bilang ke ibumu bareng. Kamu "
      .. "nggak salah apa-apa.",
    n_thanks = "Oke... Makasih sudah nggak marah sama aku.",

    signs_question = "Mana saja tanda bahaya grooming?",
    sign_secrets = "Memintanya merahasiakan sesuatu dari keluarga",
    sign_secrets_fb = "Betul. Rahasia membuat orang dewasa tidak melihat apa yang "
      .. "terjadi.",
    sign_gifts = "Memberi hadiah, seperti gem di game",
    sign_gifts_fb = "Betul. Hadiah bisa membuatnya merasa berutang kepadanya.",
    sign_game_talk = "Ngobrol soal game yang mereka mainkan",
    sign_game_talk_fb = "Ngobrol soal game itu normal. Waspadai rahasia, hadiah dan "
      .. "tekanan.",
    sign_meet_alone = "Mengajak bertemu sendirian",
    sign_meet_alone_fb = "Betul. Ini tanda yang serius. Beri tahu orang dewasa sekarang.",

    helps_question = "Nurul dan ibunya ingin menghentikan ini. Apa yang paling membantu?",
    helps_goodbye = "Nurul bertemu Kai sekali, untuk pamit",
    helps_goodbye_fb = "Jangan pernah bertemu dengannya. Dia mungkin bukan orang yang dia "
      .. "akui.",
    helps_report = "Simpan chat-nya, laporkan Kai di game, lalu blokir",
    helps_report_fb = "Betul. Laporan membantu game menghentikannya. Ibunya atau layanan "
      .. "bantuan juga bisa melapor ke polisi.",
    helps_delete = "Hapus chat-nya dan lupakan",
    helps_delete_fb = "Chat itu bukti. Simpan dulu, lalu laporkan dan blokir.",

    end_title = "Kalau ini terjadi padamu",
    end_text = "Kalau ada orang online yang membuatmu tidak nyaman, kamu boleh berhenti "
      .. "membalas kapan saja. Kamu tidak akan kena masalah karena bercerita. Ceritakan "
      .. "kepada orang dewasa yang kamu percaya, atau ketuk Cari bantuan.",

    take_signs = "Rahasia, hadiah, aplikasi pribadi dan bertemu sendirian adalah tanda "
      .. "bahaya.",
    take_calm = "Tetap tenang dan baik. Anak muda itu tidak pernah salah.",
    take_tell = "Ceritakan kepada orang dewasa yang dipercaya. Simpan chat-nya, laporkan "
      .. "dan blokir.",
  },
}
