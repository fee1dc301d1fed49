/* numbers.c — numbers in words where espeak-ng has no rules for them. Its Thai voice
   reads "1500" as "one five zero zero", so a price would be heard as a code. */
#include "speech/internal.h"

static const char *const thai_digits[10] = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่",
                                            "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
static const char *const thai_places[6] = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};

/* 0 < n < 1,000,000: each digit and its place; 1 in the tens is just สิบ, 2 is ยี่สิบ,
   a final 1 after higher digits is เอ็ด (สิบเอ็ด, หนึ่งร้อยเอ็ด). */
static void thai_group(uint64_t n, Buf *out) {
  int digits[6];
  for (int i = 0; i < 6; i++, n /= 10) digits[i] = (int)(n % 10);
  bool higher = false;
  for (int place = 5; place >= 0; place--) {
    int d = digits[place];
    if (d == 0) continue;
    if (place == 1 && d == 2) buf_adds(out, "ยี่");
    else if (place == 0 && d == 1 && higher) buf_adds(out, "เอ็ด");
    else if (place != 1 || d != 1) buf_adds(out, thai_digits[d]);
    buf_adds(out, thai_places[place]);
    higher = true;
  }
}

void numbers_thai_words(uint64_t n, Buf *out) {
  if (n == 0) {
    buf_adds(out, thai_digits[0]);
    return;
  }
  if (n >= 1000000) {
    numbers_thai_words(n / 1000000, out);
    buf_adds(out, "ล้าน");
    n %= 1000000;
    if (n == 0) return;
  }
  thai_group(n, out);
}
