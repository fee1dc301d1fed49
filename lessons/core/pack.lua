-- The core lesson pack, bundled with the kiosk. Data only: the kiosk reads this file
-- in a sandbox with no libraries. Titles and texts live in strings/<lang>.lua.
-- Topics group the menu: fraud (online fraud and scams), accounts (cybercrime and
-- account safety), migration (trafficking and unsafe migration), help (getting help).
-- sensitive = true shows a content note before the lesson starts. icon names one of the
-- kiosk's drawn pictures (lessons/API.md) or a PNG in assets/.
return {
  id = "core",
  version = "1.0.0",
  min_engine = "0.1.0",
  languages = { "en", "ms", "th", "ne", "id", "bn", "my" },
  -- Written by the project team, not yet read by native speakers: every text in these
  -- languages needs a native speaker's review before a program uses it with learners.
  review = {
    ms = "Needs review by a native Malay speaker: register (aku/kau between friends), terms such as keldai akaun, frasa laluan, app trading, and the WhatsApp menu names. Lessons L14 and later (the threats of 2024-2026) are unreviewed in full.",
    th = "Needs review by a native Thai speaker: lesson titles, terms such as บัญชีม้า, ค่าหัวคิว, รหัสผ่านแบบวลี, generic names of help lines, and recruitment-fee wording (licensed agencies may charge capped fees). Lessons L14 and later (the threats of 2024-2026) are unreviewed in full.",
    id = "Written by the project team, needs native review by a native Indonesian speaker (ideally one who has worked in Malaysia or Thailand): the kamu/aku register in chats and Nggak/aja slang, terms such as keledai uang (money mule), pinjol, kerja tugas, frasa sandi, kata sandi rahasia keluarga, grooming, pemerasan seksual, kantor tenaga kerja pemerintah (which office Indonesians should check agencies with), perdagangan orang, the WhatsApp menu names (Setelan, Akun, Verifikasi dua langkah), amounts kept in the Malaysian style (RM1,500), and every lesson L01-L19 in full.",
    ne = "Needs review by a native Nepali speaker: terms such as दुई-चरण प्रमाणीकरण, झिक्ने अनुरोध, श्रम स्वीकृति, the money-mule wording, Devanagari digits in amounts, and the free-visa-free-ticket fee wording. Lessons L14 and later (the threats of 2024-2026) are unreviewed in full.",
    bn = "Written by the project team, needs native review by a Bangladeshi Bengali speaker, ideally a young migrant worker: the তুমি register and chat slang (ভাই, আপু), terms such as বিপদ-সংকেত (red flag), প্রতারণা/ঠকবাজি, মানি মিউল, টু-স্টেপ ভেরিফিকেশন, পাসফ্রেজ, গ্রুমিং, পাচার, শ্রম অনুমোদন and সরকারি শ্রম অফিস (which office a Bangladeshi in Malaysia or Thailand would really ask), the names of the cast (CAST.md), Bengali digits in amounts and times, and the romanised Bengali passphrases of L03. Every lesson (L01-L19) is unreviewed in full.",
    my = "Written by the project team, needs native review by a Burmese speaker (standard Unicode Myanmar script, never Zawgyi) from the migrant community in Malaysia and Thailand: register (friends say ငါ/မင်း, advice says ကိုယ့်), the terms လိမ်လည်မှု/လိမ်တာ (scam), သတိထားစရာ (red flag), လူကုန်ကူးမှု, နှစ်ဆင့် အတည်ပြုခြင်း, စကားစု စကားဝှက် (passphrase), ငွေလွှဲကြားခံ (mule), grooming, ပတ်စ်ပို့, အေးဂျင့်/အေဂျင်စီ, အလုပ်သမားဌာန ခွင့်ပြုချက် (labour approval), the WhatsApp menu names (L02, L03), L03's ␣ ခလုတ် (the space bar, named by the sign the on-screen key shows), Myanmar digits in amounts and times, the cast's Burmese names, and English loan words left in Latin script (chat, report, block, screenshot, QR). Every lesson is unreviewed.",
  },
  lessons = {
    { id = "l01_message_real", file = "lessons/l01_message_real.lua", topic = "fraud", minutes = 6, icon = "phone" },
    { id = "l02_never_share_code", file = "lessons/l02_never_share_code.lua", topic = "accounts", minutes = 7, icon = "code" },
    { id = "l03_lock_accounts", file = "lessons/l03_lock_accounts.lua", topic = "accounts", minutes = 7, icon = "lock" },
    { id = "l04_dream_job", file = "lessons/l04_dream_job.lua", topic = "migration", minutes = 8, icon = "suitcase" },
    { id = "l05_check_before_you_go", file = "lessons/l05_check_before_you_go.lua", topic = "migration", minutes = 7, icon = "passport" },
    { id = "l06_if_someone_is_stuck", file = "lessons/l06_if_someone_is_stuck.lua", topic = "migration", minutes = 7, icon = "people", sensitive = true },
    { id = "l07_too_good_to_be_true", file = "lessons/l07_too_good_to_be_true.lua", topic = "fraud", minutes = 7, icon = "chart" },
    { id = "l08_love_or_script", file = "lessons/l08_love_or_script.lua", topic = "fraud", minutes = 7, icon = "heart" },
    { id = "l09_not_your_fault", file = "lessons/l09_not_your_fault.lua", topic = "accounts", minutes = 7, icon = "umbrella", sensitive = true },
    { id = "l10_account_not_for_rent", file = "lessons/l10_account_not_for_rent.lua", topic = "fraud", minutes = 6, icon = "card" },
    { id = "l11_fast_cash", file = "lessons/l11_fast_cash.lua", topic = "fraud", minutes = 7, icon = "coins" },
    { id = "l12_where_to_get_help", file = "lessons/l12_where_to_get_help.lua", topic = "help", minutes = 6, icon = "signpost" },
    { id = "l14_fake_officer_call", file = "lessons/l14_fake_officer_call.lua", topic = "fraud", minutes = 7, icon = "shield" },
    { id = "l15_task_job", file = "lessons/l15_task_job.lua", topic = "fraud", minutes = 7, icon = "tick" },
    { id = "l16_is_that_really_you", file = "lessons/l16_is_that_really_you.lua", topic = "fraud", minutes = 7, icon = "help" },
    { id = "l17_apps_and_qr", file = "lessons/l17_apps_and_qr.lua", topic = "accounts", minutes = 7, icon = "warning" },
    { id = "l18_fake_picture", file = "lessons/l18_fake_picture.lua", topic = "accounts", minutes = 7, icon = "flag", sensitive = true },
    { id = "l19_secret_friend", file = "lessons/l19_secret_friend.lua", topic = "accounts", minutes = 7, icon = "chat", sensitive = true },
    { id = "l13_spot_check", file = "lessons/l13_spot_check.lua", topic = "help", minutes = 10, icon = "star" },
  },

  -- The suggested path, shown in the menu: a "start here" set of about 20 minutes (a
  -- fake message, a job trap, where to get help), then the rest in this order, the
  -- spot-check last. Lessons not named here follow in the order above.
  path = {
    start = { "l01_message_real", "l04_dream_job", "l12_where_to_get_help" },
    rest = { "l02_never_share_code", "l03_lock_accounts", "l05_check_before_you_go",
             "l06_if_someone_is_stuck", "l07_too_good_to_be_true", "l08_love_or_script",
             "l09_not_your_fault", "l10_account_not_for_rent", "l11_fast_cash",
             "l14_fake_officer_call", "l15_task_job", "l16_is_that_really_you", "l17_apps_and_qr",
             "l18_fake_picture", "l19_secret_friend" },
  },

  -- Who has read these texts, by role and date, never by name (kiosk pack check prints
  -- this). The notes under `review` above are the native reviews still needed.
  reviews = {
    -- Burmese (issue 19): every lesson translated by the project team on 2026-12-06.
    { kind = "author", status = "done", role = "project translator (not a native speaker of my)",
      date = "2026-12-06", langs = { "my" },
      note = "Burmese for young migrants from Myanmar in Malaysia and Thailand, from the English: scenarios stay in Malaysia (ringgit, +60, MyBank, PosExpress), a Burmese cast in the roles of CAST.md, nothing added." },
    { kind = "native", status = "needed", langs = { "my" },
      note = "Every Burmese text of every lesson: register and spelling (Unicode, never Zawgyi), the terms listed under review.my, the chats' friend register, the sextortion, grooming and trafficking wording (L06, L09, L18, L19), and the shortened feedback written to fit the screen." },
    { kind = "author", status = "done", role = "project content engineer (not a native speaker of ms, th or ne)",
      date = "2026-12-05", lessons = { "l01_message_real", "l02_never_share_code", "l03_lock_accounts",
        "l04_dream_job", "l05_check_before_you_go", "l06_if_someone_is_stuck",
        "l07_too_good_to_be_true", "l08_love_or_script", "l09_not_your_fault",
        "l10_account_not_for_rent", "l11_fast_cash", "l12_where_to_get_help", "l13_spot_check" },
      note = "Issue 13 fixes in all four languages: one rule on tickets (the employer paying is fair; skipping contract, visa and labour approval is bait), no meeting advice for online-only contacts and no trust in video calls (L08), sender names prove nothing (L01-L03), real reporting routes, don't send more and never forward (L09), an honest L06, the plan card built from the learner's answers (L05), the cast of CAST.md. The new ms, th and ne texts need the native reviews below." },
    { kind = "native", status = "needed", langs = { "ms", "th", "ne" },
      lessons = { "l01_message_real", "l04_dream_job", "l05_check_before_you_go", "l06_if_someone_is_stuck",
        "l08_love_or_script", "l09_not_your_fault", "l13_spot_check" },
      note = "Texts rewritten for issue 13 (December 2026) were translated by the project team: sender-name cards, the ticket rule, L05's plan lines, L06's honest reply, L08's checks, L09's new chat turn, report routes and forwarding question." },
    { kind = "subject", status = "needed",
      note = "An online-safety or anti-trafficking educator should read every lesson, in particular the fee and ticket rule (licensed agencies may charge capped fees in some countries), L06 (forced criminality) and L09 (sextortion, image removal)." },
    { kind = "survivor", status = "needed", lessons = { "l06_if_someone_is_stuck", "l09_not_your_fault" },
      note = "A survivor advisory group should read the lessons that tell a survivor's story, and be paid for it (research/lessons.md section 3)." },
    -- The lessons on the threats of 2024-2026 (issue 13 section 4) and L13's questions on them.
    { kind = "author", status = "done", role = "project lessons engineer (not a native speaker of ms, th or ne)",
      date = "2026-12-06", lessons = { "l14_fake_officer_call", "l15_task_job", "l16_is_that_really_you",
        "l17_apps_and_qr", "l18_fake_picture", "l19_secret_friend", "l13_spot_check" },
      note = "Written for issue 13 in all four languages, people from CAST.md, facts from research/lessons.md where it has them. Not in the research file, and written from general safety advice: the police/court/tax call script (L14), task-job top-ups (L15), voice cloning and the family code word (L16), app files, the install warning, going offline and QR codes (L17), app-made nude images (L18)." },
    { kind = "native", status = "needed", langs = { "ms", "th", "ne" },
      lessons = { "l14_fake_officer_call", "l15_task_job", "l16_is_that_really_you", "l17_apps_and_qr",
        "l18_fake_picture", "l19_secret_friend", "l13_spot_check" },
      note = "Every text of L14-L19 and L13's last five items was translated by the project team: register in the chats, terms for task jobs, deepfakes, app files (.apk), QR payments, sextortion and grooming, and the ringgit, baht and rupee amounts." },
    { kind = "subject", status = "needed",
      lessons = { "l14_fake_officer_call", "l15_task_job", "l16_is_that_really_you", "l17_apps_and_qr",
        "l18_fake_picture", "l19_secret_friend" },
      note = "An online-safety educator should check the advice that has no source in research/lessons.md: 'go offline, call the bank from another phone, then reset' after an app file (L17); 'you never scan a QR code to receive money' (L17); whether Take It Down and StopNCII take app-made images (L18); the family code word (L16)." },
    -- Bahasa Indonesia (issue 19), for young Indonesians at kiosks in Malaysia and Thailand.
    { kind = "author", status = "done", role = "project translator (not a native speaker of id)",
      date = "2026-12-06", langs = { "id" },
      note = "Every text of L01-L19 translated from the English of 2026-12-06, same facts, markup and Malaysian scenario details (ringgit, +60 numbers, MyBank, PosExpress); people from CAST.md with their English names (Mum is Ibu). The native review under `review` above is still needed." },
    -- Bengali (issue 19): every lesson, translated for young Bangladeshi migrants.
    { kind = "author", status = "done", role = "project translator (not a native speaker of bn)",
      date = "2026-12-06", langs = { "bn" },
      note = "Every text of the core pack in Bengali, set in Malaysia like the English (ringgit, +60 numbers), with a Bengali cast (CAST.md), Bengali digits in amounts and times, and the learner addressed as তুমি. Nothing added to the English facts." },
    { kind = "native", status = "needed", langs = { "bn" },
      note = "A native Bangladeshi Bengali speaker should read every lesson, first L06, L09, L18 and L19 (survivor and sextortion stories), then the terms listed under review.bn." },
    { kind = "survivor", status = "needed", lessons = { "l18_fake_picture", "l19_secret_friend" },
      note = "A survivor advisory group should read the sextortion and grooming stories, and be paid for it (research/lessons.md section 3)." },
    -- Language is not country, beyond L01 (issue 13): the country files strings/*-TH.lua
    -- and ne-MY.lua now also carry L02, L10 and L11 (and the TH files L04); en-TH and
    -- ne-TH are new.
    { kind = "author", status = "done", role = "project content engineer (not a native speaker of id, bn, my or ne)",
      date = "2026-12-06", lessons = { "l01_message_real", "l02_never_share_code", "l04_dream_job",
        "l10_account_not_for_rent", "l11_fast_cash" },
      note = "Country files: at a Thai kiosk (en-TH, id-TH, bn-TH, my-TH, ne-TH) the bank texts, mule offers and loan apps of L01, L02, L10 and L11 come from Thai numbers, ask for baht at the Thai texts' amounts, name th.lua's made-up SabaiBank and say OTP for TAC; L04's job trap is set as th.lua's (a job 'in Malaysia' via Kuala Lumpur, baht, a real hotel job with social security instead of EPF and SOCSO, an agency office in Bangkok); L10's legal risk gives no Malaysian law there (the research has none for Thailand) but says what th.lua says: the owner can be questioned, the account frozen, a criminal case brought. For Nepali at a Malaysian kiosk (ne-MY) the same lessons use ringgit and +60 numbers and L10 states Malaysia's penalty (research 2.8); the Nepali date of L11 (असार) becomes June. Texts were made from each language's own sentences with only these details changed." },
    { kind = "native", status = "needed", langs = { "id", "bn", "my", "ne" },
      lessons = { "l01_message_real", "l02_never_share_code", "l04_dream_job", "l10_account_not_for_rent",
        "l11_fast_cash" },
      note = "The country files (strings/id-TH.lua, bn-TH.lua, my-TH.lua, ne-TH.lua, ne-MY.lua): the amounts and how baht is written (baht, বাত, ဘတ်, and in Nepali बाट after the amount: would थाई बाट read more clearly, as बाट is also 'from'?), the made-up Thai names (SabaiBank, SongDee Express, Yim Yaem Books), the new L10 line on the legal risk, and Nepali परिचयपत्र for an ID card (L11)." },
    -- Language is not country for the rest of the pack (issue 13, 2026-12-06): at a Thai
    -- kiosk L03, L05-L09 and L12-L18 in en, id, bn and my, and L04 in Nepali.
    { kind = "author", status = "done", role = "project content engineer (not a native speaker of id, bn, my or ne)",
      date = "2026-12-06", lessons = { "l02_never_share_code", "l03_lock_accounts", "l04_dream_job", "l05_check_before_you_go",
        "l06_if_someone_is_stuck", "l07_too_good_to_be_true", "l08_love_or_script", "l09_not_your_fault",
        "l12_where_to_get_help", "l13_spot_check", "l14_fake_officer_call", "l15_task_job",
        "l16_is_that_really_you", "l17_apps_and_qr", "l18_fake_picture" },
      note = "Country files at a Thai kiosk (en-TH, id-TH, bn-TH, my-TH): every ringgit amount of L05-L09 and L12-L18 becomes baht at the amount th.lua uses, each +60 number th.lua's +66 one, MyBank and PosExpress th.lua's SabaiBank and SongDee Express (also in id-TH's L01, L02, L10 and L11, which had kept them), TAC becomes OTP (L02's intro names OTP alone), Lina is from Chiang Mai and L13's kitchen job is in Bangkok at 12,000 baht a month; the Malay-named restaurant, cafe in Ipoh and bookshop of L13 and L15 become Baan Suan Kitchen, Baan Suan Coffee Chiang Mai and Jai Dee Books, and L03's new login is in Chiang Mai, not Ipoh. Only those details changed in each language's own sentences; Bengali amounts of a lakh or more are grouped 1,20,000. Names of the cast (Encik Zul in L05) are unchanged. Nepali at a Thai kiosk (ne-TH) gets L04 as th.lua sets it: the trap is a job in Malaysia via Kuala Lumpur, in baht; the real hotel job pays social security, Monday to Friday; the licensed agency stays ne.lua's Kathmandu office with labour approval." },
    { kind = "native", status = "needed", langs = { "id", "bn", "my", "ne" },
      lessons = { "l02_never_share_code", "l03_lock_accounts", "l04_dream_job", "l05_check_before_you_go",
        "l06_if_someone_is_stuck", "l07_too_good_to_be_true", "l08_love_or_script", "l09_not_your_fault", "l12_where_to_get_help",
        "l13_spot_check", "l14_fake_officer_call", "l15_task_job", "l16_is_that_really_you", "l17_apps_and_qr",
        "l18_fake_picture" },
      note = "The new Thai-kiosk texts (strings/id-TH.lua, bn-TH.lua, my-TH.lua; ne-TH.lua for L04): baht amounts in the sentence (does '3,000 baht' read naturally where the ringgit amount stood?), Bengali lakh grouping, the place names Chiang Mai and Bangkok (চিয়াং মাই, ব্যাংককে, ချင်းမိုင်, ဘန်ကောက်), Nepali सामाजिक सुरक्षा for social security and क्वालालम्पुर." },
    -- Nepali at Thai and Malaysian kiosks for the rest of the pack (issue 13, 2026-12-06):
    -- ne-TH.lua and ne-MY.lua now set every lesson about life in the host country there.
    { kind = "author", status = "done", role = "project content engineer (not a native speaker of ne)",
      date = "2026-12-06", langs = { "ne" }, lessons = { "l01_message_real", "l02_never_share_code",
        "l03_lock_accounts", "l04_dream_job", "l05_check_before_you_go", "l06_if_someone_is_stuck",
        "l07_too_good_to_be_true", "l08_love_or_script", "l09_not_your_fault", "l10_account_not_for_rent",
        "l11_fast_cash", "l12_where_to_get_help", "l13_spot_check", "l14_fake_officer_call", "l15_task_job",
        "l16_is_that_really_you", "l17_apps_and_qr", "l18_fake_picture" },
      note = "Country files strings/ne-TH.lua and ne-MY.lua: every rupee amount of L03, L06-L09 and L12-L18 (and L04 at a Malaysian kiosk) becomes baht at th.lua's amounts or ringgit at en.lua's, each +977 number the English or Thai texts' +66 or +60 one, Nepal's made-up SajiloBank and ParcelGhar become SabaiBank and SongDee Express or MyBank and PosExpress (also in ne-MY's L01, L02, L10 and L11, which had kept them), Pokhara and Baneshwor become Chiang Mai, Bangkok, Ipoh, Penang or Shah Alam, the Nepali-named restaurant, cafe and bookshops of L10, L13 and L15 become the host country's (Baan Suan Kitchen, Restoran Selera Kita, ...), eSewa an e-wallet, नागरिकता an ID card (परिचयपत्र), Sunday-to-Friday Monday-to-Friday and Saturday shifts weekend ones; L12 sends lost money to the scam line (ठगी हटलाइन) instead of Nepal Police's Cyber Bureau and forced work to the trafficking line or the Nepali embassy. L05 stays in Nepal (a Nepali agent, Nepal's foreign-employment office, rupees); only its opening and its first trainer's prompt say the learner goes home first. Only those details changed in ne.lua's own sentences." },
    { kind = "native", status = "needed", langs = { "ne" },
      lessons = { "l03_lock_accounts", "l04_dream_job", "l05_check_before_you_go", "l06_if_someone_is_stuck",
        "l07_too_good_to_be_true", "l08_love_or_script", "l09_not_your_fault", "l12_where_to_get_help",
        "l13_spot_check", "l14_fake_officer_call", "l15_task_job", "l16_is_that_really_you", "l17_apps_and_qr",
        "l18_fake_picture" },
      note = "The new Nepali texts of strings/ne-TH.lua and ne-MY.lua: ringgit and baht amounts in the sentence (रिंगिट, बाट; L07's 'सुरुमा ३,००० बाट हाल्नुहोस्' written so baht and 'from' do not meet), the place names (इपोह, पेनाङ, शाह आलम, कुआन्तान, चियाङ माई, बैंकक), ठगी हटलाइन for the scam line, ई-वालेट, शनि-आइतबार for weekend shifts, and L05's new opening (going home to Nepal before the next job abroad)." },
    { kind = "author", status = "done", role = "project content engineer", date = "2026-12-06",
      langs = { "en", "id", "bn", "my" }, lessons = { "l04_dream_job", "l15_task_job" },
      note = "At a Thai kiosk (en-TH, id-TH, bn-TH, my-TH) L04's real hotel job (social security, baht) is headed by th.lua's hotel in Chiang Mai (Rim Ping Hotel), not Kuantan; en-TH's L15 cashier brings an ID card, not a Malaysian IC." },
    { kind = "subject", status = "needed", lessons = { "l10_account_not_for_rent" },
      note = "At a Thai kiosk L10 says only that an account's owner can be questioned, frozen out and charged (no Thai penalty is in research/lessons.md): an educator who knows Thai law should say whether to name the penalty." },
    -- Section 3 of issue 13 read in id, bn and my against the fixed English (2026-12-06).
    { kind = "author", status = "done", role = "project content engineer (not a native speaker of id, bn or my)",
      date = "2026-12-06", langs = { "id", "bn", "my" },
      lessons = { "l01_message_real", "l04_dream_job", "l06_if_someone_is_stuck", "l08_love_or_script",
        "l09_not_your_fault" },
      note = "Every text the section's points touch, read against en.lua: id and bn carried every rule. Burmese had shortened some to fit and lost part of the rule; now restored: the employer may pay the flight and 'work visa and labour approval' (L04 take_real_job, take_too_good, flag_visa, sign_free_flight_fb, reply_why_lie; take_real_job no longer reads 'no passport needed'), 'not a criminal, get help from people who know that' (L06 r_victim, r_victim_after, take_victims), 'they often know your name', 'the official app' (L01), 'talk to someone you trust' and the video-call wish (L08), 'stop replying' and 'on apps that take part' (L09 takeaways)." },
  },
}
