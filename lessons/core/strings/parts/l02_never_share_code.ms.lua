-- Teks Bahasa Melayu pelajaran L02 (Jangan kongsi kod). Malaysia: RM, nombor +60, TAC.
-- MyBank ialah nama rekaan.
return {
  l02_never_share_code = {
    title = "Jangan kongsi kod",
    summary = "Simpan kod sekali guna untuk diri sendiri.",

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
    frozen_number = "+60 11-6203 7754",
    sms_frozen = "MyBank: Akaun anda dibekukan. Balas dengan TAC 6 digit yang kami hantar "
      .. "untuk buka semula hari ini.",
    why_frozen = "Bank tidak pernah minta anda hantar semula kod. Bank juga tidak hantar "
      .. "SMS dari nombor telefon peribadi.",
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
    bank_proof = "Saya Pegawai Farid, no. staf MB4471. Saya tahu nama dan nombor kad "
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
}
