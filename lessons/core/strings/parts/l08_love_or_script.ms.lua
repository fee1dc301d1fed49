-- Malay texts of lesson L08 (Love or a script?). Malaysia: RM, +60 numbers.
-- {id|words} marks a red flag the learner can tap. Kept age-appropriate, non-sexual.
return {
  l08_love_or_script = {
    title = "Cinta atau skrip?",
    summary = "Kenali kekasih dalam talian yang cuma mahukan duit.",

    intro_title = "Cinta atau skrip?",
    intro_text = "Ramai orang dapat kawan dan pasangan sebenar dalam talian. Tetapi ada "
      .. "\"kekasih\" yang ikut skrip untuk dapat duit. Jom berlatih mengenalinya.",

    -- the chat
    partner_name = "Adam",
    chat_morning = "Selamat pagi, sayang ❤️ Awaklah orang pertama yang saya ingat "
      .. "setiap hari.",
    chat_weeks = "Tiga minggu bersembang, rasa macam dah lama kenal 😊",
    reply_video = "Jom video call malam ni!",
    reply_video_fb = "Idea bagus. Video call ialah cara mudah untuk pastikan seseorang "
      .. "itu memang orangnya.",
    reply_me_too = "Saya pun ❤️",
    reply_me_too_fb = "Seronok rasa disayangi! Selepas tiga minggu, wajar juga pastikan "
      .. "siapa dia, contohnya melalui video call.",
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
    reply_no_money = "Maaf, saya tak akan hantar duit.",
    reply_no_money_fb = "Syabas. Jangan hantar duit kepada orang yang belum pernah anda jumpa, walaupun anda sayang dia.",
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
    flags_text = "Adam hantar mesej ini kepada Nisha. Sentuh bahagian yang "
      .. "mencurigakan.",
    flag_msg_1 = "Rindunya ❤️ Saya nak jumpa awak, tapi {no_call|kamera saya masih "
      .. "rosak}.",
    flag_msg_2 = "{emergency|Penerbangan saya pulang dibatalkan. Saya perlukan RM1,800 "
      .. "untuk tiket baru.}",
    flag_msg_3 = "{pay_how|Tolong hantar dalam bentuk kripto ke wallet ini.} "
      .. "{rush|Saya perlukan hari ni!}",
    flag_no_call = "Dia tak pernah boleh video call atau jumpa. Orang sebenar boleh "
      .. "tunjuk muka.",
    flag_emergency = "Kecemasan mengejut yang hanya duit anda boleh selesaikan ialah "
      .. "sebahagian daripada skrip.",
    flag_pay_how = "Dia tentukan cara bayar: kripto, kad hadiah atau pindahan. Duit "
      .. "ini sukar didapatkan semula.",
    flag_rush = "Desakan membuatkan Nisha tiada masa untuk berfikir atau bertanya "
      .. "orang lain.",

    check_question = "Cara mana membantu anda menyemak orang yang anda kenal dalam "
      .. "talian?",
    check_video = "Minta video call secara langsung",
    check_video_fb = "Panggilan langsung tunjuk wajah sebenar.",
    check_meet = "Jumpa di tempat awam, bersama kawan",
    check_meet_fb = "Jumpa di tempat selamat tunjuk siapa dia.",
    check_photos = "Percaya jika dia hantar banyak gambar",
    check_photos_fb = "Gambar boleh dicuri. Ia tak membuktikan apa-apa.",
    check_test_money = "Hantar sedikit duit untuk menguji",
    check_test_money_fb = "Duit tak membuktikan apa-apa.",

    -- the inbox
    inbox_question = "Selamat atau penipuan?",
    name_a = "Iman",
    time_a = "Isn 16:20",
    msg_meet = "Hai! Jom minum bubble tea lepas kelas hari Jumaat? Kawan saya Sara pun "
      .. "ikut 😊",
    why_meet = "Berjumpa sendiri, di tempat awam, bersama kawan. Tiada duit diminta.",
    name_b = "Dr. Ryan ❤️",
    time_b = "Sel 23:48",
    msg_customs = "Sayang, kastam tahan hadiah saya untuk awak. Bayar yuran RM950 dengan "
      .. "kad hadiah dan ia milik awak!",
    why_customs = "Orang yang tak pernah anda jumpa minta duit dan suruh bayar dengan "
      .. "kad hadiah.",
    name_c = "Arif",
    time_c = "Rab 19:05",
    msg_video = "Video call nanti? Saya nak kenalkan awak dengan adik saya 😄",
    why_video = "Dia mahu anda melihat dia dan keluarganya. Tiada apa perlu dibayar.",
    name_d = "Kapten Leo",
    time_d = "Kha 02:13",
    msg_crypto = "Saya tak boleh video call dari kem tentera. Hantar kripto untuk "
      .. "tiket, nanti saya terbang jumpa awak ❤️",
    why_crypto = "Tiada video call, dan minta kripto untuk tiket. Dua tanda bahaya "
      .. "sekali gus.",

    take_no_money = "Jangan hantar duit atau kad hadiah kepada orang yang anda kenal "
      .. "dalam talian sahaja.",
    take_check = "Orang sebenar boleh video call atau berjumpa. Selalu beri alasan? "
      .. "Tanda bahaya.",
    take_not_fault = "Berbincang dengan orang yang anda percaya. Tertipu bukan salah "
      .. "anda.",
  },
}
