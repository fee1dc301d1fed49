-- helplines.lua — the catalogue of help lines the kiosk can show, by country
-- (ISO 3166 alpha-2 code). When staff choose a country, its lines are copied into
-- DATA/kiosk.lua, where they may be edited for the local area.
--
-- Every number comes from section 4 ("Helpline table") of research/lessons.md and its
-- reference list; nothing here was added from memory. Each entry names the source the
-- research gives for its row (the newest one where a row gives several) and that
-- source's date ("n.d." when the source is undated, "c.2017" when approximate).
-- Numbers the research did not give are left out on purpose (for example Malaysia's
-- and Thailand's general emergency numbers), even where they seem well known.
--
-- show = false: the research marks the number as unconfirmed. The entry is kept so
-- staff can see it and check it, but the kiosk never shows it to learners.
--
-- Before a kiosk is deployed, re-check EVERY number by a test call (and every address
-- by a visit), then correct kiosk.lua on that kiosk, and this file for the next ones.
--
-- topic is one of: trafficking, scam, child, cyber, women, emergency. A lesson asks
-- for a topic; the kiosk shows the first entry of that topic with show = true, so the
-- best-confirmed line of a topic comes first.
return {
  MY = {
    -- Confirmed 2017 and 2021; hours then 7:30-21:00, current hours unconfirmed.
    { topic = "trafficking", name = "MAPO human trafficking hotline",
      number = "03-8000 8000",
      source = "https://malaymail.com/amp/news/malaysia/2021/06/10/anti-trafficking-association-urges-public-to-report-activities-to-authoriti/1981220 (Malay Mail)",
      date = "2021-06-10", show = true },
    { topic = "trafficking", name = "MAPO human trafficking reports (email)",
      number = "mapo_tip@moha.gov.my",
      source = "https://malaymail.com/amp/news/malaysia/2021/06/10/anti-trafficking-association-urges-public-to-report-activities-to-authoriti/1981220 (Malay Mail)",
      date = "2021-06-10", show = true },
    -- 24/7 since November 2025. Advice: call within 30-60 minutes of the transfer.
    { topic = "scam", name = "National Scam Response Centre (NSRC)",
      number = "997",
      source = "https://www.bernama.com/en/news.php?id=2529896 (Bernama)",
      date = "2026-03-03", show = true },
    { topic = "child", name = "Talian Kasih (children and families)",
      number = "15999",
      source = "https://thestar.com.my/news/nation/2024/04/24/doing-right-by-abused-kids (The Star)",
      date = "2024-04-24", show = true },
    { topic = "child", name = "Talian Kasih (WhatsApp)",
      number = "019-261 5999",
      source = "https://thestar.com.my/news/nation/2024/04/24/doing-right-by-abused-kids (The Star)",
      date = "2024-04-24", show = true },
  },

  TH = {
    -- Confirmed, but the sources are old (2017, 2018).
    { topic = "trafficking", name = "Social help centre 1300 (MSDHS), covers trafficking, 24 h",
      number = "1300",
      source = "http://www.komchadluek.net/news/pr/343326 (Komchadluek)",
      date = "2018-09-12", show = true },
    { topic = "trafficking", name = "Social help centre 1300 (MSDHS), from abroad",
      number = "+66 99 130 1300",
      source = "http://www.komchadluek.net/news/pr/343326 (Komchadluek)",
      date = "2018-09-12", show = true },
    { topic = "scam", name = "Anti Online Scam Operation Centre (AOC), 24 h",
      number = "1441",
      source = "https://en.vietnamplus.vn/thailand-establishes-antionline-scam-centre/270678.vnp (VietnamPlus)",
      date = "2023-11-03", show = true },
    { topic = "child", name = "Childline Thailand (free, 24/7)",
      number = "1387",
      source = "https://childhelplineinternational.org/20-years-20-voices-childline-thailand/ (Child Helpline International)",
      date = "2023", show = true },
  },

  NP = {
    -- The source is old; the research found no current confirmation of 1177.
    { topic = "trafficking", name = "Metropolitan Police trafficking line",
      number = "1177",
      source = "https://nepalmonitor.org/reports/view/16576 (Nepal Monitor)",
      date = "c.2017", show = false },
    { topic = "trafficking", name = "Metropolitan Police trafficking line, from abroad",
      number = "9771177",
      source = "https://nepalmonitor.org/reports/view/16576 (Nepal Monitor)",
      date = "c.2017", show = false },
    { topic = "emergency", name = "Nepal Police",
      number = "100",
      source = "https://thehimalayantimes.com/kathmandu/cyber-crime-complaint-through-email/ (Himalayan Times)",
      date = "2020-10-18", show = true },
    { topic = "cyber", name = "Nepal Police Cyber Bureau (email)",
      number = "cyberbureau@nepalpolice.gov.np",
      source = "https://thehimalayantimes.com/kathmandu/cyber-crime-complaint-through-email/ (Himalayan Times)",
      date = "2020-10-18", show = true },
    -- "No dedicated cyber phone line confirmed".
    { topic = "cyber", name = "Nepal Police toll-free line",
      number = "16600141516",
      source = "https://thehimalayantimes.com/kathmandu/cyber-crime-complaint-through-email/ (Himalayan Times)",
      date = "2020-10-18", show = false },
    { topic = "child", name = "Child helpline (CWIN)",
      number = "1098",
      source = "https://cwin.org.np/programs/child-protection-and-helpline/ (CWIN)",
      date = "n.d.", show = true },
    { topic = "women", name = "National Women Commission helpline",
      number = "1145",
      source = "https://kathmandupost.com/national/2025/02/08/women-commission-s-helpline-struggles-to-meet-demand-amid-rising-cases (Kathmandu Post)",
      date = "2025-02-08", show = true },
  },

  ID = {
    -- SAPA covers violence against women and children, including trafficking.
    { topic = "trafficking", name = "SAPA 129 (Sahabat Perempuan dan Anak)",
      number = "129",
      source = "https://bali.tribunnews.com/2023/12/08/kenali-layanan-sahabat-perempuan-dan-anak-129-peduli-dengan-kekerasan (Tribun Bali)",
      date = "2023-12-08", show = true },
    { topic = "trafficking", name = "SAPA 129 (WhatsApp)",
      number = "08111-129-129",
      source = "https://bali.tribunnews.com/2023/12/08/kenali-layanan-sahabat-perempuan-dan-anak-129-peduli-dengan-kekerasan (Tribun Bali)",
      date = "2023-12-08", show = true },
    -- Opened 2011; listed in 2025 only by a secondary source.
    { topic = "trafficking", name = "Crisis line for migrant workers",
      number = "0800-1000",
      source = "https://www.lintasatlantik.com/2025/12/inilah-sanksi-bagi-pjtki-yang-salurkan.html (Lintas Atlantik)",
      date = "2025-12", show = true },
    { topic = "scam", name = "Kontak OJK (Financial Services Authority)",
      number = "157",
      source = "https://harian.fajar.co.id/2025/03/23/satgas-pasti-peringatkan-maraknya-penipuan-keuangan-jelang-idulfitri/2 (Fajar)",
      date = "2025-03-23", show = true },
    { topic = "scam", name = "Kontak OJK (WhatsApp)",
      number = "081 157 157 157",
      source = "https://harian.fajar.co.id/2025/03/23/satgas-pasti-peringatkan-maraknya-penipuan-keuangan-jelang-idulfitri/2 (Fajar)",
      date = "2025-03-23", show = true },
    -- The IASC has no phone line: reports go through its online form.
    { topic = "scam", name = "Indonesia Anti-Scam Centre (IASC), online form",
      number = "iasc.ojk.go.id",
      source = "https://harian.fajar.co.id/2025/03/23/satgas-pasti-peringatkan-maraknya-penipuan-keuangan-jelang-idulfitri/2 (Fajar)",
      date = "2025-03-23", show = true },
    { topic = "child", name = "SAPA 129 (Sahabat Perempuan dan Anak)",
      number = "129",
      source = "https://idntimes.com/news/indonesia/amp/lia-hutasoit-1/laporan-kekerasan-layanan-sapa-129-terintegrasi-di-34-provinsi (IDN Times)",
      date = "2023-09-21", show = true },
  },

  PH = {
    -- The source is old (2011): re-verify.
    { topic = "trafficking", name = "1343 Actionline against human trafficking, 24/7",
      number = "1343",
      source = "https://www.gmanetwork.com/news/news/nation/215729/phl-govt-launches-anti-human-trafficking-hotline/story/ (GMA News)",
      date = "2011", show = true },
    { topic = "scam", name = "CICC Inter-Agency Response Center (I-ARC), toll-free, 24/7",
      number = "1326",
      source = "https://panaynews.net/report-scams-to-1326-hotline-instead-of-ranting-on-social-media-cicc (Panay News/ABS-CBN)",
      date = "2024-11-10", show = true },
    { topic = "child", name = "Makabata helpline",
      number = "1383",
      source = "https://www.pna.gov.ph/articles/1212207 (PNA)",
      date = "2023-10-20", show = true },
    { topic = "child", name = "Bantay Bata",
      number = "163",
      source = "https://www.abs-cbnfoundation.org/bantay-bata-globe-activate-child-helpline-for-free/ (ABS-CBN Foundation)",
      date = "n.d.", show = true },
  },

  KH = {
    { topic = "trafficking", name = "National Police (free)",
      number = "117",
      source = "https://en.vietnamplus.vn/cambodia-sets-up-hotline-to-report-illegal-detention/236589.vnp (VietnamPlus)",
      date = "2022-08-31", show = true },
    -- A 24 h cyber-scam hotline exists, but its phone number is unconfirmed: only the
    -- website is listed (the research also names the National Police Facebook page).
    { topic = "scam", name = "National Police scam hotline (website), 24 h",
      number = "hotline.police.gov.kh",
      source = "https://m.phnompenhpost.com/national/24-7-hotline-established-to-support-cyberscam-victims (Phnom Penh Post)",
      date = "n.d.", show = true },
    { topic = "child", name = "Child Helpline Cambodia (free, 24 h, up to age 25)",
      number = "1280",
      source = "https://childhelplinecambodia.org/page/8 (Child Helpline Cambodia)",
      date = "n.d.", show = true },
  },

  BD = {
    -- No dedicated trafficking line was found: 109 covers trafficking of women and
    -- children. A general cyber line is unconfirmed, so none is listed.
    { topic = "trafficking", name = "Helpline 109 (violence against women and children)",
      number = "109",
      source = "https://www.observerbd.com/news.php?id=359909 (Daily Observer)",
      date = "2022-04-02", show = true },
    { topic = "women", name = "Helpline 109 (violence against women and children)",
      number = "109",
      source = "https://www.observerbd.com/news.php?id=359909 (Daily Observer)",
      date = "2022-04-02", show = true },
    { topic = "emergency", name = "National emergency service",
      number = "999",
      source = "https://www.observerbd.com/news.php?id=359909 (Daily Observer)",
      date = "2022-04-02", show = true },
    { topic = "cyber", name = "Police Cyber Support for Women (women only)",
      number = "01320000888",
      source = "https://bdnews24.com/bangladesh/2020/11/16/bangladesh-forms-cell-with-policewomen-to-support-female-victims-of-cybercrimes (bdnews24)",
      date = "2020-11-16", show = true },
    { topic = "child", name = "Child helpline, 24/7",
      number = "1098",
      source = "https://en.prothomalo.com/bangladesh/8ypbkxjg4x (Prothom Alo)",
      date = "2024-05-10", show = true },
  },
}
