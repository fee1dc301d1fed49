-- Malay texts of lesson L09 (Not your fault). Malaysia: RM, +60 numbers.
-- SENSITIVE: third person, no images, no sexual detail, calm and supportive.
return {
  l09_not_your_fault = {
    title = "Bukan salah anda",
    summary = "Bantu kawan yang diugut dalam talian.",

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
    chat_keep_talking = "Patut aku terus cakap dengan dia? Atau padam semua chat?",
    reply_delete = "Padam semua.",
    reply_delete_fb = "Memadam bermakna bukti hilang. Simpan dahulu, kemudian lapor dan "
      .. "sekat.",
    reply_save = "Berhenti balas. Tangkap skrin chat dan profil dia dulu.",
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
    tools_text = "Ada perkhidmatan yang membuat cap jari digital bagi gambar, supaya laman "
      .. "web boleh cari dan buang salinannya. Gambar itu sendiri kekal dalam telefon "
      .. "anda.",
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
    msg_report = "Terima kasih atas laporan anda. Kami telah menyemak akaun itu dan "
      .. "membuangnya. Anda tidak perlu buat apa-apa lagi.",
    why_report = "Notis selepas laporannya sendiri. Ia tidak minta apa-apa.",

    end_title = "Anda tidak keseorangan",
    end_text = "Jika ini berlaku kepada anda atau kawan: ini bukan salah anda, dan "
      .. "bantuan ada. Tekan Dapatkan bantuan untuk lihat siapa yang boleh dihubungi.",

    take_not_fault = "Ini bukan salah anda. Orang yang mengugut itulah yang bersalah.",
    take_steps = "Jangan bayar. Berhenti membalas, simpan bukti, lapor dan sekat.",
    take_tell = "Beritahu orang yang anda percaya. Take It Down (bawah 18) dan StopNCII "
      .. "(18+) boleh membantu.",
  },
}
