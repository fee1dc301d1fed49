-- Teks Bahasa Melayu pelajaran L03 (Kunci akaun anda). Malaysia. Tiada sesiapa menaip
-- kata laluan: kata laluan di bawah hanya contoh untuk dipilih. ChatMe ialah nama rekaan.
return {
  l03_lock_accounts = {
    title = "Kunci akaun anda",
    summary = "Kata laluan kuat dan kunci kedua.",

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
    why_fake_delete = "Alamat e-mel percuma, tarikh akhir, dan pautan yang minta kata "
      .. "laluan anda. Buka aplikasi itu sendiri.",
    sms_changed = "ChatMe: Kata laluan anda telah ditukar hari ini pada 14:10. Bukan "
      .. "anda? Buka aplikasi dan tekan \"Lindungi akaun saya\".",
    why_changed = "Ia beritahu apa yang berlaku dan hantar anda ke aplikasi, bukan ke "
      .. "pautan.",
    friend_name = "Mei Ling",
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
}
