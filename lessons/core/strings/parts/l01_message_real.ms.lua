-- Teks Bahasa Melayu pelajaran L01 (Mesej ini sebenar atau palsu?). Malaysia: RM,
-- nombor +60. MyBank dan PosExpress ialah nama rekaan.
-- {id|perkataan} menandakan tanda bahaya yang boleh disentuh.
return {
  l01_message_real = {
    title = "Mesej ini sebenar atau palsu?",
    summary = "Bezakan SMS sebenar dengan yang palsu.",

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
    why_bank_spend = "Ia beri fakta, tidak minta apa-apa, dan suruh anda guna nombor yang "
      .. "anda sudah ada. Begitulah bank sebenar menulis.",
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

    flags_title = "Cari tanda bahaya",
    parcel_number_flag = "{sender|+60 11-2938 4410}",
    sms_parcel_flags = "PosExpress: Bungkusan anda ditahan. {fee|Bayar RM1.50} "
      .. "{deadline|dalam 24 jam} atau ia akan dipulangkan: {link|posexpress-my.co/bayar}",
    flag_sender = "Syarikat kurier tidak hantar SMS dari nombor telefon peribadi.",
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
    sign_name = "Ia guna nama sebenar anda",
    sign_name_fb = "Penipu selalu tahu nama anda. Nama tidak menjadikan mesej itu "
      .. "selamat atau palsu.",

    take_links = "Jangan tekan pautan dalam mesej mengejut. Buka aplikasi rasmi.",
    take_codes = "Jangan kongsi kod sekali guna, walaupun dengan kawan.",
    take_act_fast = "Jika anda sudah beri butiran, telefon bank dan talian aduan "
      .. "penipuan dengan segera.",
  },
}
