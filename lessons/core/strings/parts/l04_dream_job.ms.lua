-- L04 Dream job or trap? Teks Bahasa Melayu (Malaysia).
return {
  l04_dream_job = {
    title = "Kerja idaman atau perangkap?",
    summary = "Kenal pasti tawaran kerja palsu di luar negara.",

    intro_title = "Kerja idaman atau perangkap?",
    intro_text = "Ramai orang dapat kerja yang baik di luar negara. Tetapi ada tawaran "
      .. "kerja yang sebenarnya perangkap: orang ditipu, terkandas jauh dari rumah dan "
      .. "dipaksa bekerja. Jom berlatih bezakan tawaran sebenar dengan perangkap.",

    ad_flags_title = "Cari tanda bahaya dalam iklan kerja ini",
    ad_from = "Nuvaro Career Asia",
    ad_app = "Facebook",
    ad_time = "3 jam lalu",
    ad_text = "★ JAWATAN KOSONG ★ Staf khidmat pelanggan di Bangkok. "
      .. "{pay|Gaji RM7,000 sebulan}, {easy|tiada pengalaman pun boleh, cuma menaip}. "
      .. "{ticket|Tiket kapal terbang dan hotel percuma!} {visa|Tak perlu visa kerja.} "
      .. "{contact|Mohon melalui Telegram sahaja: @nuvaro_hr}. Tinggal 5 tempat!",
    flag_pay = "Gaji sangat tinggi untuk kerja mudah ialah umpan yang paling biasa.",
    flag_easy = "\"Tiada pengalaman\" tetapi gaji besar? Terlalu indah untuk jadi kenyataan.",
    flag_ticket = "Tiket percuma buat anda cepat setuju sebelum sempat menyemak apa-apa.",
    flag_visa = "Setiap kerja sebenar di luar negara perlukan visa kerja. Tanpanya, anda "
      .. "tiada perlindungan.",
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
    why_agency = "Ada visa kerja, kontrak sebelum bertolak, pejabat yang boleh dilawati "
      .. "dan tiada yuran. Anda masih boleh semak lesennya.",
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
    sign_contract = "Anda dapat kontrak bertulis sebelum pergi",
    sign_contract_fb = "Ini tanda baik. Baca dan simpan satu salinan.",
    sign_place = "Negara atau bandar kerja berubah",
    sign_place_fb = "Jika tempat berubah, berhenti dan semak semula seluruh tawaran.",

    take_too_good = "Gaji besar untuk kerja mudah, tiket percuma dan \"tak perlu visa\" "
      .. "ialah umpan.",
    take_real_job = "Kerja sebenar ada kontrak dan visa kerja. Ia tidak minta yuran, "
      .. "pasport anda atau supaya anda menipu.",
    take_check = "Semak setiap kerja luar negara dengan pejabat buruh kerajaan sebelum pergi.",
  },
}
