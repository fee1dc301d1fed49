/* test_qr.c — the take-home card: a QR code's modules for a text (qr/), and the card on
   a result screen (ui/card.c): plain text with the take-aways and the numbers a phone
   can dial, never a link, an address or anything about the learner. That a phone's
   reader decodes it is tests/integration/take_home.sh (zbarimg on a screenshot). */
#include <qrencode.h>

#include "testutil.h"
#include "ui_fixture.h"

static void setup(void) { ui_fixture_setup(0); }

static bool dark(const QrCode *q, int x, int y) { return q->dark[y * q->size + x] != 0; }

/* The 7x7 finder pattern with its top-left module at (x, y): a dark ring, a light
   ring, a dark 3x3 centre. */
static void expect_finder(const QrCode *q, int x0, int y0) {
  for (int y = 0; y < 7; y++)
    for (int x = 0; x < 7; x++) {
      int ring = x < y ? x : y, far = 6 - (x > y ? x : y);
      int d = ring < far ? ring : far; /* distance from the pattern's edge */
      ck_assert_msg(dark(q, x0 + x, y0 + y) == (d != 1), "finder at (%d,%d): module (%d,%d)", x0, y0, x, y);
    }
}

START_TEST(test_a_short_text_is_a_version_1_code_with_three_finder_patterns) {
  Error err;
  QrCode *q = qr_encode("997", 177, &err);
  ck_assert_msg(q != NULL, "%s", err.msg);
  ck_assert_int_eq(q->size, 21);
  expect_finder(q, 0, 0);
  expect_finder(q, q->size - 7, 0);
  expect_finder(q, 0, q->size - 7);
  /* the timing pattern between the top finders alternates */
  for (int x = 8; x < q->size - 8; x++) ck_assert(dark(q, x, 6) == (x % 2 == 0));
  qr_free(q);
}
END_TEST

START_TEST(test_the_same_text_gives_the_same_code_and_another_text_another) {
  Error err;
  QrCode *a = qr_encode("Scam hotline: 997", 177, &err), *b = qr_encode("Scam hotline: 997", 177, &err);
  QrCode *c = qr_encode("Scam hotline: 998", 177, &err);
  ck_assert_int_eq(a->size, b->size);
  ck_assert_mem_eq(a->dark, b->dark, (size_t)a->size * (size_t)a->size);
  ck_assert_int_eq(a->size, c->size);
  ck_assert(memcmp(a->dark, c->dark, (size_t)a->size * (size_t)a->size) != 0);
  qr_free(a);
  qr_free(b);
  qr_free(c);
}
END_TEST

START_TEST(test_a_code_too_large_for_its_room_falls_back_to_level_l_then_fails) {
  char long_text[600];
  memset(long_text, 'x', sizeof long_text - 1);
  long_text[sizeof long_text - 1] = 0;
  Error err;
  QrCode *m = qr_encode(long_text, 177, &err); /* level M */
  ck_assert_msg(m != NULL, "%s", err.msg);
  QrCode *l = qr_encode(long_text, m->size - 1, &err); /* no room for M: level L is smaller */
  ck_assert_msg(l != NULL, "%s", err.msg);
  ck_assert_int_lt(l->size, m->size);
  ck_assert_ptr_null(qr_encode(long_text, l->size - 1, &err));
  ck_assert_msg(strstr(err.msg, "599 bytes") && strstr(err.msg, "modules"), "%s", err.msg);
  qr_free(m);
  qr_free(l);
}
END_TEST

/* Through a cache (a result screen's layout tries its card in several places) the
   codes and refusals are qr_encode's own, for any room, also once other texts have
   pushed a text out of it. */
static void expect_same(QrCache *c, const char *words, int max_size) {
  Error plain_err, cached_err;
  QrCode *plain = qr_encode(words, max_size, &plain_err), *cached = qr_cache_encode(c, words, max_size, &cached_err);
  ck_assert_int_eq(plain == NULL, cached == NULL);
  if (plain) {
    ck_assert_int_eq(plain->size, cached->size);
    ck_assert_mem_eq(plain->dark, cached->dark, (size_t)plain->size * (size_t)plain->size);
  } else {
    ck_assert_str_eq(plain_err.msg, cached_err.msg);
  }
  qr_free(plain);
  qr_free(cached);
}

START_TEST(test_a_cache_gives_the_codes_and_refusals_qr_encode_gives) {
  char long_text[600];
  memset(long_text, 'x', sizeof long_text - 1);
  long_text[sizeof long_text - 1] = 0;
  Error err;
  QrCode *m = qr_encode(long_text, 177, &err), *l = qr_encode(long_text, m->size - 1, &err);
  QrCache *c = qr_cache_new();
  for (int round = 0; round < 2; round++) {
    const int rooms[] = {177, m->size, m->size - 1, l->size, l->size - 1, 21};
    for (int i = 0; i < 6; i++) expect_same(c, long_text, rooms[i]);
    expect_same(c, "Scam hotline: 997", 177);
    expect_same(c, "", 177);
    for (int k = 0; k < QR_CACHE_TEXTS; k++) { /* push the long text out */
      char other[32];
      snprintf(other, sizeof other, "Hotline %d", k);
      expect_same(c, other, 177);
    }
  }
  qr_cache_free(c);
  qr_free(m);
  qr_free(l);
}
END_TEST

START_TEST(test_no_text_and_too_much_text_are_refused_with_a_reason) {
  Error err;
  ck_assert_ptr_null(qr_encode("", 177, &err));
  ck_assert_str_eq(err.msg, "QR code: no text to encode");
  char *big = malloc(4000);
  memset(big, 'x', 3999); /* a version 40 code holds 2,953 bytes at level L */
  big[3999] = 0;
  ck_assert_ptr_null(qr_encode(big, 177, &err));
  ck_assert_msg(strstr(err.msg, "more than a QR code holds") != NULL, "%s", err.msg);
  free(big);
}
END_TEST

/* qr_predicted_size is what lets a card's layout try a place without encoding: its sizes
   must be libqrencode's own, at every version's longest text and one byte more, at
   levels M and L. */
START_TEST(test_predicted_sizes_are_the_sizes_libqrencode_makes) {
  unsigned char *bytes = malloc(3000);
  memset(bytes, 'x', 3000);
  for (int level = 0; level < 2; level++) {
    size_t len = 1;
    for (int v = 1; v <= 40; v++) {
      while (qr_predicted_size(len + 1, level) == 17 + 4 * v) len++; /* the longest at v */
      ck_assert_int_eq(qr_predicted_size(len, level), 17 + 4 * v);
      for (size_t n = len; n <= len + 1; n++) {
        QRcode *q = QRcode_encodeData((int)n, bytes, 0, level ? QR_ECLEVEL_L : QR_ECLEVEL_M);
        int want = q ? q->width : 0;
        ck_assert_msg(qr_predicted_size(n, level) == want, "level %s, %zu bytes: predicted %d, libqrencode %d",
                      level ? "L" : "M", n, qr_predicted_size(n, level), want);
        QRcode_free(q);
      }
      len++;
    }
  }
  free(bytes);
}
END_TEST

static const Widget *qr_widget(const UiView *v) {
  for (int i = 0; i < v->nwidgets; i++)
    if (v->widgets[i].kind == W_QR) return &v->widgets[i];
  return NULL;
}

START_TEST(test_the_card_holds_take_aways_and_numbers_never_a_link_or_an_address) {
  const UiHelpline lines[] = {
      {"scam", "National Scam Response Centre", "997", "Open 24 hours"},
      {"scam", "Report online", "https://semakmule.rmp.gov.my", NULL},
      {"scam", "Embassy", "kualalumpur.thaiembassy.org", NULL},
      {"cyber", "Cyber999 by e-mail", "cyber999@cybersecurity.my", NULL},
      {"emergency", "Emergency", "999", NULL},
  };
  ui_set_helplines(ui, lines, 5);
  Screen *r = ui_fixture_result();
  UiFrame frame = {.title = "Is this message real?", .progress = -1};
  for (int size = 0; size < 3; size++) {
    static const int sizes[3][2] = {{800, 480}, {1280, 720}, {1920, 1080}};
    UiView *v = ui_view_new(ui, r, &frame, sizes[size][0], sizes[size][1], NULL, 0);
    const Widget *w = qr_widget(v);
    ck_assert_msg(w != NULL, "no card at %dx%d", sizes[size][0], sizes[size][1]);
    /* square, at least 2 px a module, on the screen */
    ck_assert_int_eq(w->r.w, w->r.h);
    ck_assert_int_ge(w->r.w / (w->qr->size + 2 * QR_QUIET), UI_CARD_MIN_MODULE);
    ck_assert_int_le(w->r.y + w->r.h, sizes[size][1]);
    char *problems[4];
    int n = ui_view_problems(v, problems, 4);
    ck_assert_msg(n == 0, "%s", n ? problems[0] : "");
    const UiHelpline *topic[] = {&lines[0], &lines[1], &lines[2]};
    char *card = ui_card_text(v, topic, 3);
    ck_assert_msg(strstr(card, "Is this message real?\n- Banks never ask for your code.\n"
                               "- Call the number you already have.\n") == card, "%s", card);
    ck_assert_msg(strstr(card, "National Scam Response Centre: 997\n"), "%s", card);
    ck_assert_msg(strstr(card, "Emergency: 999\n"), "%s", card);
    ck_assert_msg(!strstr(card, "http") && !strstr(card, ".org") && !strstr(card, "@") && !strstr(card, ".my"),
                  "%s", card);
    free(card);
    ui_view_free(v);
  }
  screen_free(r);
}
END_TEST

START_TEST(test_no_card_without_a_number_to_dial) {
  const UiHelpline lines[] = {{"scam", "Report online", "https://semakmule.rmp.gov.my", NULL}};
  ui_set_helplines(ui, lines, 1);
  Screen *r = ui_fixture_result();
  UiFrame frame = {.progress = -1};
  UiView *v = ui_view_new(ui, r, &frame, 800, 480, NULL, 0);
  ck_assert_ptr_null(qr_widget(v));
  const UiHelpline *topic[] = {&lines[0]};
  ck_assert_ptr_null(ui_card_text(v, topic, 1));
  ui_view_free(v);
  screen_free(r);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("qr");
  TCase *tc = tcase_create("qr");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_a_short_text_is_a_version_1_code_with_three_finder_patterns);
  tcase_add_test(tc, test_the_same_text_gives_the_same_code_and_another_text_another);
  tcase_add_test(tc, test_a_code_too_large_for_its_room_falls_back_to_level_l_then_fails);
  tcase_add_test(tc, test_no_text_and_too_much_text_are_refused_with_a_reason);
  tcase_add_test(tc, test_a_cache_gives_the_codes_and_refusals_qr_encode_gives);
  tcase_add_test(tc, test_predicted_sizes_are_the_sizes_libqrencode_makes);
  tcase_add_test(tc, test_the_card_holds_take_aways_and_numbers_never_a_link_or_an_address);
  tcase_add_test(tc, test_no_card_without_a_number_to_dial);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
