-- helplines.lua — the catalogue of help lines the kiosk can show, by country
-- (ISO 3166 alpha-2 code). When staff choose a country, its lines (and the INTL lines,
-- which work from anywhere) are copied into DATA/kiosk.lua, where they may be edited
-- for the local area.
--
-- Sources. Lines marked "research" come from section 4 ("Helpline table") of
-- research/lessons.md and its reference list. Lines marked "seen 2026-12-05" (or a
-- later day) were found that day with the project's search tool in stored copies of
-- public pages (news reports, embassies' own pages); `source` is the page, `date` the
-- date the page gives ("n.d.": none), `seen` the day it was read. Nothing here was added from memory: numbers no
-- source gave are left out, even where they seem well known. Each entry names one
-- source; where several agree, the comment says so.
--
-- show = false: the number is not confirmed by a recent source (older than 2020, or the
-- source says it is unconfirmed). The entry is kept so staff can see and check it, but
-- the kiosk never shows it to learners.
--
-- Before a kiosk is deployed, re-check EVERY number by a test call (and every address
-- by a visit), then correct kiosk.lua on that kiosk, and this file for the next ones.
--
-- Fields:
--   id       a name for the line, unique in this file; the kiosk's strings give its
--            name in each language (assets/strings/<lang>.lua, section helplines)
--   topic    trafficking, scam, child, cyber, women, emergency, embassy or removal.
--            A lesson asks for a topic; the kiosk shows the first line of that topic
--            with show = true, so the best-confirmed line of a topic comes first.
--   name     who answers, in English (staff see it; learners see their language's)
--   number   what to dial, or an address, e-mail or web address
--   hours    "24h", "HH:MM-HH:MM" (every day) or "mon-fri HH:MM-HH:MM"; left out when
--            the source gives none
--   min_age, max_age   who the line serves, where the source limits it. A child line
--            for under-18s is never the only line a lesson offers: the next line of
--            the topic for 18 and over (or the emergency line) is shown with it.
--   home     for embassies: whose embassy it is (the learner's home country)
--   source, date, seen, show   as above
return {
  -- A learner's language implies a home country, whose embassy Get help can show
  -- beside the host country's lines (staff can turn this off). English implies none.
  homes = { ne = "NP", th = "TH", ms = "MY", id = "ID", tl = "PH", fil = "PH", km = "KH",
            my = "MM", bn = "BD" },

  -- Removal services work from any country, on the platforms that take part.
  INTL = {
    { id = "take_it_down", topic = "removal", max_age = 17,
      name = "Take It Down (photos taken under 18; works only on platforms that take part)",
      number = "takeitdown.ncmec.org",
      source = "https://talkheart2heart.org/resources/take-it-down/ (Talk Heart 2 Heart, quoting takeitdown.ncmec.org; research [51])",
      date = "2023-03-07", seen = "2026-12-05", show = true },
    { id = "stopncii", topic = "removal", min_age = 18,
      name = "StopNCII (photos taken at 18 or over; works only on platforms that take part)",
      number = "stopncii.org",
      source = "https://talkheart2heart.org/resources/take-it-down/ (Talk Heart 2 Heart; research [51])",
      date = "2023-03-07", seen = "2026-12-05", show = true },
  },

  MY = {
    -- research: confirmed 2017 and 2021; hours then 7:30-21:00, current hours unconfirmed.
    { id = "my_mapo", topic = "trafficking", name = "MAPO human trafficking hotline",
      number = "03-8000 8000", hours = "07:30-21:00",
      source = "https://malaymail.com/amp/news/malaysia/2021/06/10/anti-trafficking-association-urges-public-to-report-activities-to-authoriti/1981220 (Malay Mail)",
      date = "2021-06-10", show = true },
    { id = "my_mapo_email", topic = "trafficking", name = "MAPO human trafficking reports (email)",
      number = "mapo_tip@moha.gov.my",
      source = "https://malaymail.com/amp/news/malaysia/2021/06/10/anti-trafficking-association-urges-public-to-report-activities-to-authoriti/1981220 (Malay Mail)",
      date = "2021-06-10", show = true },
    -- research: 24/7 since November 2025. Advice: call within 30-60 minutes of the transfer.
    { id = "my_nsrc", topic = "scam", name = "National Scam Response Centre (NSRC)",
      number = "997", hours = "24h",
      source = "https://www.bernama.com/en/news.php?id=2529896 (Bernama)",
      date = "2026-03-03", show = true },
    -- research: "children and families"; no age limit given.
    { id = "my_talian_kasih", topic = "child", name = "Talian Kasih (children and families)",
      number = "15999",
      source = "https://thestar.com.my/news/nation/2024/04/24/doing-right-by-abused-kids (The Star)",
      date = "2024-04-24", show = true },
    { id = "my_talian_kasih_wa", topic = "child", name = "Talian Kasih (WhatsApp)",
      number = "019-261 5999",
      source = "https://thestar.com.my/news/nation/2024/04/24/doing-right-by-abused-kids (The Star)",
      date = "2024-04-24", show = true },
    -- The Royal Thai Embassy's own advice page for Thais in Malaysia names 999 (MERS)
    -- as Malaysia's shared emergency line.
    { id = "my_999", topic = "emergency", name = "Emergency (police, ambulance, fire)",
      number = "999", hours = "24h",
      source = "https://kualalumpur.thaiembassy.org/th/publicservice/แผนอพยพคนไทย?cate=6719feca7c7a0b479f54afa3 (Royal Thai Embassy, Kuala Lumpur)",
      date = "2024-10-25", seen = "2026-12-05", show = true },
    -- A minister's statement (2021) gives the e-mail, the office line and its hours, and
    -- a mobile for critical incidents only; The Star (2018) calls that mobile a 24-hour line.
    { id = "my_cyber999", topic = "cyber", name = "Cyber999 (CyberSecurity Malaysia)",
      number = "1-300-88-2999", hours = "mon-fri 09:00-15:00",
      source = "https://mcigroup.my/2021/06/03/4615-cybersecurity-incidents-reported-from-jan-may (Bernama via MCI Group)",
      date = "2021-06-03", seen = "2026-12-05", show = true },
    { id = "my_cyber999_email", topic = "cyber", name = "Cyber999 (CyberSecurity Malaysia), e-mail",
      number = "cyber999@cybersecurity.my",
      source = "https://mcigroup.my/2021/06/03/4615-cybersecurity-incidents-reported-from-jan-may (Bernama via MCI Group)",
      date = "2021-06-03", seen = "2026-12-05", show = true },
    { id = "my_cyber999_critical", topic = "cyber", name = "Cyber999, critical incidents only",
      number = "019-266 5850",
      source = "https://mcigroup.my/2021/06/03/4615-cybersecurity-incidents-reported-from-jan-may (Bernama via MCI Group)",
      date = "2021-06-03", seen = "2026-12-05", show = true },
    -- Embassies in Malaysia of the learners' home countries.
    { id = "my_emb_id", topic = "embassy", home = "ID", name = "Embassy of Indonesia, Kuala Lumpur (hotline)",
      number = "+60 17-668 8032",
      source = "https://rmol.id/amp/2024/12/02/647018/kbri-kuala-lumpur-terus-pantau-kondisi-wni-di-tengah-banjir-malaysia (RMOL, quoting Indonesia's foreign ministry)",
      date = "2024-12-02", seen = "2026-12-05", show = true },
    -- ANTARA (2020) places the embassy on Jalan Tun Razak; kumparan (2018) and LiputanBMI
    -- (2018) say it opened its doors 24 hours a day to Indonesians in trouble from October
    -- 2017 (not confirmed since, so no hours are given).
    { id = "my_emb_id_address", topic = "embassy", home = "ID",
      name = "Embassy of Indonesia, Kuala Lumpur (address)",
      number = "Jalan Tun Razak, Kuala Lumpur",
      source = "https://antaranews.com/berita/1487740/pelayanan-kbri-kuala-lumpur-kembali-dibuka (ANTARA)",
      date = "2020-05-12", seen = "2026-12-06", show = true },
    { id = "my_emb_mm", topic = "embassy", home = "MM", name = "Embassy of Myanmar, Kuala Lumpur (WhatsApp)",
      number = "+60 11-2510 5774",
      source = "https://www.chokhleipar.info/2024/03/03/me-will-provide-identity-documents-to-unauthorized-migrant-laborers-in-malaysia/ (Chin World)",
      date = "2024-03-03", seen = "2026-12-05", show = true },
    -- Only the address was found (no phone number in a source we could read).
    { id = "my_emb_ph", topic = "embassy", home = "PH", name = "Embassy of the Philippines, Kuala Lumpur (address)",
      number = "1 Jalan Changkat Kia Peng, Kuala Lumpur",
      source = "http://theinfolist.com/html/ALL/s/Embassy_of_the_Philippines,_Kuala_Lumpur.html (TheInfoList)",
      date = "n.d.", seen = "2026-12-05", show = true },
    -- The embassy's own pages (2024); its 2020 hotlines were set up for the border
    -- closure and are not listed.
    { id = "my_emb_th", topic = "embassy", home = "TH", name = "Royal Thai Embassy, Kuala Lumpur (website)",
      number = "kualalumpur.thaiembassy.org",
      source = "https://kualalumpur.thaiembassy.org/th/publicservice/แผนอพยพคนไทย?cate=6719feca7c7a0b479f54afa3 (the embassy's own page)",
      date = "2024-10-25", seen = "2026-12-05", show = true },
    -- Complaint lines given by the High Commission c.2018 (the article counts workers
    -- who went in 2017); not confirmed since. Searched again on 2026-12-06 (English and
    -- Bengali news of the High Commission, 2017-2025): they name its services and its
    -- "help line" but print no number, so this stays hidden and Probash Bandhu is shown.
    -- Once more that afternoon in the stored pages and docs: news of the High
    -- Commission (2020-2025: closures, consular services, a new High Commissioner), no number.
    { id = "my_emb_bd", topic = "embassy", home = "BD", name = "High Commission of Bangladesh, Kuala Lumpur",
      number = "+60 12-431 3150",
      source = "http://migrationnewsbd.com/news/view/31918/38/Bdeshi-workers-asked-not-to-escape-from-workplaces-in-Malaysia (Migration News BD)",
      date = "c.2018", seen = "2026-12-05", show = false },
    -- Bangladesh's government call centre for its workers abroad (Probash Bandhu, run by
    -- the Wage Earners' Welfare Board): Prothom Alo (2026-03-10) quotes the Ministry of
    -- Expatriates' Welfare, "contact the ministry's hotline number +8809610102030 at any
    -- time"; Somodhara (2025-08-01) gives the same number as the centre's line from
    -- abroad, 24 hours, 7 days. A home-government line, not the High Commission: listed
    -- as topic embassy so that Get help shows it to Bengali-speaking learners, whose High
    -- Commission has no confirmed number here.
    { id = "my_bd_probash", topic = "embassy", home = "BD",
      name = "Probash Bandhu call centre (Bangladesh government, for Bangladeshis abroad)",
      number = "+8809610102030", hours = "24h",
      source = "https://en.prothomalo.com/bangladesh/44bg2agb2k (Prothom Alo, quoting the Ministry of Expatriates' Welfare)",
      date = "2026-03-10", seen = "2026-12-06", show = true },
    -- Nepal: the embassy's own site (a page of it announces online demand attestation
    -- from 16 July 2024). Its visa page once gave a number "for more information"; the
    -- page is undated and its newer version no longer gives it, so it is not shown.
    { id = "my_emb_np", topic = "embassy", home = "NP", name = "Embassy of Nepal, Kuala Lumpur (website)",
      number = "my.nepalembassy.gov.np",
      source = "https://my.nepalembassy.gov.np/pages/foreign-workers-demand-attestation-for-the-recruitment-7 (the embassy's own site)",
      date = "2024", seen = "2026-12-06", show = true },
    { id = "my_emb_np_phone", topic = "embassy", home = "NP", name = "Embassy of Nepal, Kuala Lumpur (phone)",
      number = "03-2020 1899",
      source = "https://my.nepalembassy.gov.np/visa/ (the embassy's own visa page)",
      date = "n.d.", seen = "2026-12-06", show = false },
    -- No source we could read (searched 2026-12-05 and 2026-12-06, and once more on the
    -- afternoon of 2026-12-06 in the stored pages and docs: news of the embassy's 2021
    -- statement on workers, no number) gave a number or address for the embassy of
    -- Cambodia in Kuala Lumpur: Get help asks learners to ask staff (see README).
  },

  TH = {
    -- research: confirmed, but the sources are old (2017, 2018). A social help centre
    -- for every age, so it also serves learners of 18 and over (see child).
    { id = "th_1300", topic = "trafficking", name = "Social help centre 1300 (MSDHS), covers trafficking",
      number = "1300", hours = "24h",
      source = "http://www.komchadluek.net/news/pr/343326 (Komchadluek)",
      date = "2018-09-12", show = true },
    { id = "th_1300_abroad", topic = "trafficking", name = "Social help centre 1300 (MSDHS), from abroad",
      number = "+66 99 130 1300",
      source = "http://www.komchadluek.net/news/pr/343326 (Komchadluek)",
      date = "2018-09-12", show = true },
    { id = "th_aoc", topic = "scam", name = "Anti Online Scam Operation Centre (AOC)",
      number = "1441", hours = "24h",
      source = "https://en.vietnamplus.vn/thailand-establishes-antionline-scam-centre/270678.vnp (VietnamPlus)",
      date = "2023-11-03", show = true },
    -- The issue's review: Childline Thailand answers under-18s only, so 1300 follows it
    -- for young adults.
    { id = "th_childline", topic = "child", name = "Childline Thailand (free)",
      number = "1387", hours = "24h", max_age = 17,
      source = "https://childhelplineinternational.org/20-years-20-voices-childline-thailand/ (Child Helpline International)",
      date = "2023", show = true },
    { id = "th_1300_adults", topic = "child", name = "Social help centre 1300 (MSDHS)",
      number = "1300", hours = "24h", min_age = 18,
      source = "http://www.komchadluek.net/news/pr/343326 (Komchadluek)",
      date = "2018-09-12", show = true },
    -- 191 answers in Thai only (The Thaiger, 2023); Tourist Police 1155 answers 24/7 in
    -- Thai, English, Russian, Chinese, Korean and Japanese.
    { id = "th_191", topic = "emergency", name = "Police and emergency",
      number = "191", hours = "24h",
      source = "https://tpnnational.com/2024/04/05/thai-tourist-police-ensure-safety-measures-for-songkran-festival-2024-with-hotline-1155-and-tourist-police-i-lert-u-app/ (TPN National)",
      date = "2024-04-05", seen = "2026-12-05", show = true },
    { id = "th_1155", topic = "emergency", name = "Tourist Police (English and other languages)",
      number = "1155", hours = "24h",
      source = "https://tpnnational.com/2024/04/05/thai-tourist-police-ensure-safety-measures-for-songkran-festival-2024-with-hotline-1155-and-tourist-police-i-lert-u-app/ (TPN National)",
      date = "2024-04-05", seen = "2026-12-05", show = true },
    -- Embassies in Thailand of the learners' home countries.
    { id = "th_emb_my", topic = "embassy", home = "MY", name = "Embassy of Malaysia, Bangkok",
      number = "+66 87-028-4659",
      source = "https://deimos.orientaldaily.com.my/news/nation/2025/11/28/779466 (Oriental Daily, quoting Malaysia's foreign ministry)",
      date = "2025-11-28", seen = "2026-12-05", show = true },
    { id = "th_emb_my_address", topic = "embassy", home = "MY", name = "Embassy of Malaysia, Bangkok (address)",
      number = "33-35 South Sathorn Road, Bangkok",
      source = "https://nst.com.my/amp/news/nation/2018/12/445361/wisma-putra-no-malaysians-affected-southern-thai-incidents (New Straits Times)",
      date = "2018-12", seen = "2026-12-05", show = true },
    -- The same hotline was published in 2013, 2014 and 2020.
    { id = "th_emb_id", topic = "embassy", home = "ID", name = "Embassy of Indonesia, Bangkok (hotline, also WhatsApp)",
      number = "+66 92 903 1103", hours = "24h",
      source = "https://m.antaranews.com/amp/berita/1397886/antisipasi-covid-19-di-thailand-kbri-tambah-hotline-24-jam (ANTARA)",
      date = "2020-04-02", seen = "2026-12-05", show = true },
    -- The same ANTARA report gives a second 24-hour hotline, also on WhatsApp; Citra
    -- Indonesia (October 2020) repeats both numbers.
    { id = "th_emb_id_2", topic = "embassy", home = "ID",
      name = "Embassy of Indonesia, Bangkok (second hotline, also WhatsApp)",
      number = "+66 96 192 3237", hours = "24h",
      source = "https://m.antaranews.com/amp/berita/1397886/antisipasi-covid-19-di-thailand-kbri-tambah-hotline-24-jam (ANTARA)",
      date = "2020-04-02", seen = "2026-12-06", show = true },
    { id = "th_emb_ph", topic = "embassy", home = "PH", name = "Embassy of the Philippines, Bangkok (website)",
      number = "bangkokpe.dfa.gov.ph",
      source = "https://bangkokpe.dfa.gov.ph/embassy-headlines/1201-philippine-embassy-conducts-second-outreach-in-phuket-for-2019 (the embassy's own site)",
      date = "2019-09-18", seen = "2026-12-05", show = true },
    { id = "th_emb_ph_address", topic = "embassy", home = "PH", name = "Embassy of the Philippines, Bangkok (address)",
      number = "760 Sukhumvit Road, corner Soi 30/1, Bangkok",
      source = "https://www.rappler.com/nation/58708-heed-thailand-curfew-embassy-filipinos (Rappler)",
      date = "2014-05-22", seen = "2026-12-05", show = true },
    { id = "th_emb_ph_hotline", topic = "embassy", home = "PH", name = "Embassy of the Philippines, Bangkok (emergency hotline)",
      number = "+66 89 926 5954",
      source = "https://www.rappler.com/nation/58708-heed-thailand-curfew-embassy-filipinos (Rappler)",
      date = "2014-05-22", seen = "2026-12-05", show = false },
    -- Bangladesh's government call centre for its workers abroad (Probash Bandhu, run by
    -- the Wage Earners' Welfare Board): Prothom Alo (2026-03-10) quotes the Ministry of
    -- Expatriates' Welfare, "contact the ministry's hotline number +8809610102030 at any
    -- time"; Somodhara (2025-08-01) gives the same number as the centre's line from
    -- abroad, 24 hours, 7 days. A home-government line, not the High Commission: listed
    -- as topic embassy so that Get help shows it to Bengali-speaking learners, whose High
    -- Commission has no confirmed number here.
    { id = "th_bd_probash", topic = "embassy", home = "BD",
      name = "Probash Bandhu call centre (Bangladesh government, for Bangladeshis abroad)",
      number = "+8809610102030", hours = "24h",
      source = "https://en.prothomalo.com/bangladesh/44bg2agb2k (Prothom Alo, quoting the Ministry of Expatriates' Welfare)",
      date = "2026-03-10", seen = "2026-12-06", show = true },
    -- The Embassy of Bangladesh in Bangkok: searched again on 2026-12-06 (news of
    -- Bangladeshis brought home from Thailand, 2014-2025), no number or address found.
    -- Nepal: the embassy's own citizen's charter gives its line (with extensions) for
    -- its services; the page is undated, so the number is not shown until checked. The
    -- site itself is the embassy's (a notice on it is dated 17 July 2018).
    { id = "th_emb_np", topic = "embassy", home = "NP", name = "Embassy of Nepal, Bangkok (website)",
      number = "th.nepalembassy.gov.np",
      source = "https://th.nepalembassy.gov.np/citizens-charter/ (the embassy's own site)",
      date = "n.d.", seen = "2026-12-06", show = true },
    { id = "th_emb_np_phone", topic = "embassy", home = "NP", name = "Embassy of Nepal, Bangkok (phone)",
      number = "+66 2 391 7240",
      source = "https://th.nepalembassy.gov.np/citizens-charter/ (the embassy's own citizen's charter)",
      date = "n.d.", seen = "2026-12-06", show = false },
    -- Cambodia: three duty lines the embassy announced on 26 May 2014 for the curfew
    -- after that month's coup (also 098 404 1550 and 082 799 0007); old, and set up for
    -- that time, so not shown. No newer source we could read gave the embassy's number
    -- or address.
    { id = "th_emb_kh", topic = "embassy", home = "KH", name = "Royal Embassy of Cambodia, Bangkok (duty line)",
      number = "+66 81 441 9872",
      source = "https://www.rfa.org/khmer/news/politics/contact-number-for-khmer-in-thailand-05272014055015.html (Radio Free Asia Khmer, quoting the embassy's notice)",
      date = "2014-05-27", seen = "2026-12-06", show = false },
    -- No source we could read gave a number or address for the embassies of
    -- Myanmar or Bangladesh in Bangkok (searched again on 2026-12-06 in English, Thai,
    -- Burmese and Bengali: news of both embassies, none with a number from the embassy
    -- or a dated official page; once more that afternoon in the stored pages and docs:
    -- travel blogs giving a street address (2014) and lists on paste sites, nothing
    -- official or dated): Get help asks learners to ask staff.
  },

  NP = {
    -- research: the source is old; no current confirmation of 1177. The Himalayan Times
    -- (seen 2026-12-05, undated, c.2016) also gives it, 24x7, from abroad 9771177.
    { id = "np_1177", topic = "trafficking", name = "Metropolitan Police trafficking line",
      number = "1177",
      source = "https://nepalmonitor.org/reports/view/16576 (Nepal Monitor)",
      date = "c.2017", show = false },
    { id = "np_1177_abroad", topic = "trafficking", name = "Metropolitan Police trafficking line, from abroad",
      number = "9771177",
      source = "https://nepalmonitor.org/reports/view/16576 (Nepal Monitor)",
      date = "c.2017", show = false },
    -- No current trafficking line could be confirmed, so the police take its place,
    -- and the name says so (lessons L04-L06 show it as the trafficking help).
    { id = "np_police_trafficking", topic = "trafficking",
      name = "Nepal Police (no separate trafficking line could be confirmed)",
      number = "100",
      source = "https://thehimalayantimes.com/kathmandu/cyber-crime-complaint-through-email/ (Himalayan Times)",
      date = "2020-10-18", show = true },
    { id = "np_police", topic = "emergency", name = "Nepal Police",
      number = "100",
      source = "https://thehimalayantimes.com/kathmandu/cyber-crime-complaint-through-email/ (Himalayan Times)",
      date = "2020-10-18", show = true },
    { id = "np_cyber_email", topic = "cyber", name = "Nepal Police Cyber Bureau (email)",
      number = "cyberbureau@nepalpolice.gov.np",
      source = "https://thehimalayantimes.com/kathmandu/cyber-crime-complaint-through-email/ (Himalayan Times)",
      date = "2020-10-18", show = true },
    -- research: "No dedicated cyber phone line confirmed".
    { id = "np_tollfree", topic = "cyber", name = "Nepal Police toll-free line",
      number = "16600141516",
      source = "https://thehimalayantimes.com/kathmandu/cyber-crime-complaint-through-email/ (Himalayan Times)",
      date = "2020-10-18", show = false },
    { id = "np_1098", topic = "child", name = "Child helpline (CWIN)",
      number = "1098", max_age = 17,
      source = "https://cwin.org.np/programs/child-protection-and-helpline/ (CWIN)",
      date = "n.d.", show = true },
    { id = "np_1145", topic = "women", name = "National Women Commission helpline",
      number = "1145",
      source = "https://kathmandupost.com/national/2025/02/08/women-commission-s-helpline-struggles-to-meet-demand-amid-rising-cases (Kathmandu Post)",
      date = "2025-02-08", show = true },
  },

  ID = {
    -- research: SAPA covers violence against women and children, including trafficking.
    { id = "id_sapa", topic = "trafficking", name = "SAPA 129 (Sahabat Perempuan dan Anak)",
      number = "129",
      source = "https://bali.tribunnews.com/2023/12/08/kenali-layanan-sahabat-perempuan-dan-anak-129-peduli-dengan-kekerasan (Tribun Bali)",
      date = "2023-12-08", show = true },
    { id = "id_sapa_wa", topic = "trafficking", name = "SAPA 129 (WhatsApp)",
      number = "08111-129-129",
      source = "https://bali.tribunnews.com/2023/12/08/kenali-layanan-sahabat-perempuan-dan-anak-129-peduli-dengan-kekerasan (Tribun Bali)",
      date = "2023-12-08", show = true },
    -- research: opened 2011; listed in 2025 only by a secondary source.
    { id = "id_bp2mi", topic = "trafficking", name = "Crisis line for migrant workers",
      number = "0800-1000",
      source = "https://www.lintasatlantik.com/2025/12/inilah-sanksi-bagi-pjtki-yang-salurkan.html (Lintas Atlantik)",
      date = "2025-12", show = true },
    -- 0800-1000 is toll-free inside Indonesia; from abroad (a learner in Malaysia or
    -- Thailand) the same centre answers on this Jakarta number, not toll-free. Lintas
    -- Atlantik (2025-12) lists it; ANTARA (2011) gave it when the line opened.
    { id = "id_bp2mi_abroad", topic = "trafficking",
      name = "Crisis line for migrant workers (BP2MI), from abroad",
      number = "+62 21 29244800",
      source = "https://www.lintasatlantik.com/2025/12/inilah-sanksi-bagi-pjtki-yang-salurkan.html (Lintas Atlantik)",
      date = "2025-12", seen = "2026-12-06", show = true },
    { id = "id_ojk", topic = "scam", name = "Kontak OJK (Financial Services Authority)",
      number = "157",
      source = "https://harian.fajar.co.id/2025/03/23/satgas-pasti-peringatkan-maraknya-penipuan-keuangan-jelang-idulfitri/2 (Fajar)",
      date = "2025-03-23", show = true },
    { id = "id_ojk_wa", topic = "scam", name = "Kontak OJK (WhatsApp)",
      number = "081 157 157 157",
      source = "https://harian.fajar.co.id/2025/03/23/satgas-pasti-peringatkan-maraknya-penipuan-keuangan-jelang-idulfitri/2 (Fajar)",
      date = "2025-03-23", show = true },
    -- research: the IASC has no phone line; reports go through its online form.
    { id = "id_iasc", topic = "scam", name = "Indonesia Anti-Scam Centre (IASC), online form",
      number = "iasc.ojk.go.id",
      source = "https://harian.fajar.co.id/2025/03/23/satgas-pasti-peringatkan-maraknya-penipuan-keuangan-jelang-idulfitri/2 (Fajar)",
      date = "2025-03-23", show = true },
    { id = "id_sapa_child", topic = "child", name = "SAPA 129 (women and children)",
      number = "129",
      source = "https://idntimes.com/news/indonesia/amp/lia-hutasoit-1/laporan-kekerasan-layanan-sapa-129-terintegrasi-di-34-provinsi (IDN Times)",
      date = "2023-09-21", show = true },
    -- 112 is free and answers police, fire and ambulance calls, but in November 2025 it
    -- worked in 172 cities and districts and Jakarta only; police 110 is the older line.
    { id = "id_112", topic = "emergency", name = "Emergency 112 (not yet in every district)",
      number = "112",
      source = "https://news.okezone.com/read/2025/11/25/337/3185916/catat-pemerintah-minta-publik-gunakan-layanan-112-saat-darurat-bukan-untuk-ngeprank (Okezone)",
      date = "2025-11-25", seen = "2026-12-05", show = true },
    { id = "id_110", topic = "emergency", name = "Police",
      number = "110",
      source = "https://www.republika.co.id/berita/koran/kesra/16/04/29/o6dso610-hubungi-nomor-112-panggilan-darurat-versi-indonesia (Republika)",
      date = "2016-04-29", seen = "2026-12-05", show = true },
  },

  PH = {
    -- research: the source is old (2011): re-verify.
    { id = "ph_1343", topic = "trafficking", name = "1343 Actionline against human trafficking",
      number = "1343", hours = "24h",
      source = "https://www.gmanetwork.com/news/news/nation/215729/phl-govt-launches-anti-human-trafficking-hotline/story/ (GMA News)",
      date = "2011", show = true },
    { id = "ph_cicc", topic = "scam", name = "CICC Inter-Agency Response Center (I-ARC), toll-free",
      number = "1326", hours = "24h",
      source = "https://panaynews.net/report-scams-to-1326-hotline-instead-of-ranting-on-social-media-cicc (Panay News/ABS-CBN)",
      date = "2024-11-10", show = true },
    { id = "ph_makabata", topic = "child", name = "Makabata helpline",
      number = "1383", max_age = 17,
      source = "https://www.pna.gov.ph/articles/1212207 (PNA)",
      date = "2023-10-20", show = true },
    { id = "ph_bantay_bata", topic = "child", name = "Bantay Bata",
      number = "163", max_age = 17,
      source = "https://www.abs-cbnfoundation.org/bantay-bata-globe-activate-child-helpline-for-free/ (ABS-CBN Foundation)",
      date = "n.d.", show = true },
    -- Unified 911, toll-free from landlines and mobiles, launched by the DILG under
    -- Secretary Remulla (undated page, after 2024); 911 has been the national line since
    -- Executive Order 56 (2018).
    { id = "ph_911", topic = "emergency", name = "Emergency 911 (toll-free)",
      number = "911", hours = "24h",
      source = "https://pageone.ph/?p=295372 (PageOne)",
      date = "n.d.", seen = "2026-12-05", show = true },
  },

  KH = {
    { id = "kh_117", topic = "trafficking", name = "National Police (free)",
      number = "117",
      source = "https://en.vietnamplus.vn/cambodia-sets-up-hotline-to-report-illegal-detention/236589.vnp (VietnamPlus)",
      date = "2022-08-31", show = true },
    -- research: a 24 h cyber-scam hotline exists, but its phone number is unconfirmed:
    -- only the website is listed (the research also names the National Police Facebook page).
    { id = "kh_scam_web", topic = "scam", name = "National Police scam hotline (website)",
      number = "hotline.police.gov.kh", hours = "24h",
      source = "https://m.phnompenhpost.com/national/24-7-hotline-established-to-support-cyberscam-victims (Phnom Penh Post)",
      date = "n.d.", show = true },
    { id = "kh_1280", topic = "child", name = "Child Helpline Cambodia (free, up to age 25)",
      number = "1280", hours = "24h", max_age = 25,
      source = "https://childhelplinecambodia.org/page/8 (Child Helpline Cambodia)",
      date = "n.d.", show = true },
    -- The National Police line (research: 117, free) is also the emergency line.
    { id = "kh_police", topic = "emergency", name = "National Police (free)",
      number = "117",
      source = "https://en.vietnamplus.vn/cambodia-sets-up-hotline-to-report-illegal-detention/236589.vnp (VietnamPlus)",
      date = "2022-08-31", show = true },
  },

  BD = {
    -- research: no dedicated trafficking line was found: 109 covers trafficking of
    -- women and children. A general cyber line is unconfirmed, so none is listed.
    { id = "bd_109", topic = "trafficking", name = "Helpline 109 (violence against women and children)",
      number = "109",
      source = "https://www.observerbd.com/news.php?id=359909 (Daily Observer)",
      date = "2022-04-02", show = true },
    { id = "bd_109_women", topic = "women", name = "Helpline 109 (violence against women and children)",
      number = "109",
      source = "https://www.observerbd.com/news.php?id=359909 (Daily Observer)",
      date = "2022-04-02", show = true },
    { id = "bd_999", topic = "emergency", name = "National emergency service",
      number = "999",
      source = "https://www.observerbd.com/news.php?id=359909 (Daily Observer)",
      date = "2022-04-02", show = true },
    { id = "bd_cyber_women", topic = "cyber", name = "Police Cyber Support for Women (women only)",
      number = "01320000888",
      source = "https://bdnews24.com/bangladesh/2020/11/16/bangladesh-forms-cell-with-policewomen-to-support-female-victims-of-cybercrimes (bdnews24)",
      date = "2020-11-16", show = true },
    -- Probash Bandhu, the government call centre for migrant workers and their
    -- families: 16135, toll-free from inside Bangladesh, 24 hours, 7 days (Somodhara);
    -- from abroad +8809610102030 (the MY and TH embassy entries).
    { id = "bd_probash", topic = "trafficking",
      name = "Probash Bandhu call centre for migrant workers (toll-free in Bangladesh)",
      number = "16135", hours = "24h",
      source = "https://www.somodhara.com/2025/08/01/577 (Somodhara)",
      date = "2025-08-01", seen = "2026-12-06", show = true },
    { id = "bd_1098", topic = "child", name = "Child helpline", hours = "24h",
      number = "1098", max_age = 17,
      source = "https://en.prothomalo.com/bangladesh/8ypbkxjg4x (Prothom Alo)",
      date = "2024-05-10", show = true },
  },
}
