-- Teks Bahasa Melayu pelajaran L12 (Di mana nak dapatkan bantuan). Malaysia: RM.
-- Tiada nombor talian bantuan di sini: kiosk menunjukkannya mengikut negara.
return {
  l12_where_to_get_help = {
    title = "Di mana nak dapatkan bantuan",
    summary = "Tahu siapa nak dihubungi, apa nak disimpan, dan kenapa perlu cepat.",

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

    ch_question = "Nurul, 16 tahun, diugut oleh seseorang dalam talian yang mahukan "
      .. "duit. Dia takut beritahu ibu bapa. Dengan siapa dia boleh bercakap?",
    ch_pay = "Tiada. Dia patut bayar supaya ia berhenti.",
    ch_pay_fb = "Membayar jarang hentikan ugutan. Dia perlukan bantuan, bukan lebih "
      .. "tekanan.",
    ch_secret = "Tiada. Dia patut rahsiakan.",
    ch_secret_fb = "Dia tidak perlu tanggung seorang diri. Ini bukan salah dia.",
    ch_helpline = "Talian bantuan kanak-kanak dan remaja",
    ch_helpline_fb = "Ya. Mereka dengar tanpa menghakimi dan bantu dia dengan "
      .. "langkah seterusnya.",

    bk_question = "Telefon Wei Jie dicuri, dengan aplikasi bank di dalamnya. Siapa "
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
}
