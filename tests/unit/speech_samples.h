/* speech_samples.h — one or two sentences from the core lessons in each language the
   kiosk speaks, for the speech and read-along tests. (Not Burmese: espeak-ng 1.51's
   voice aborts on it, and the kiosk does not read it aloud; test_speech checks that.) */
#ifndef TEST_SPEECH_SAMPLES_H
#define TEST_SPEECH_SAMPLES_H

static const struct {
  const char *lang, *text;
} samples[] = {
    {"en", "Scammers send texts that look like they come from a bank, a parcel company or a "
           "friend. Most messages you get are real."},
    {"ms", "Penipu hantar SMS yang nampak seperti daripada bank, syarikat kurier atau kawan. "
           "Kebanyakan mesej yang anda terima adalah sebenar."},
    {"th", "มิจฉาชีพส่งข้อความที่ดูเหมือนมาจากธนาคาร บริษัทขนส่ง หรือเพื่อน "
           "แต่ข้อความส่วนใหญ่ที่คุณได้รับเป็นของจริง"},
    {"ne", "ठगहरूले बैंक, पार्सल कम्पनी वा साथीबाट आए जस्तो देखिने सन्देश पठाउँछन्। "
           "तपाईंलाई आउने धेरैजसो सन्देश असली हुन्छन्।"},
    {"id", "Penipu mengirim SMS yang kelihatan seperti dari bank, jasa kirim paket atau teman. "
           "Kebanyakan pesan yang kamu terima itu asli."},
};
#define NSAMPLES (int)(sizeof samples / sizeof samples[0])

#endif
