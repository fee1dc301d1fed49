/* test_panels.c — the kiosk's own screens as staff and learners see them, measured on
   the laid-out view: the staff charts' bars (scaled to 100 % for scores, 3:1 against
   their track), a setting's choices with the one in force marked, words with a
   number in each language's plural. */
#include "contrast.h"
#include "testutil.h"
#include "ui_fixture.h"

static void setup(void) { ui_fixture_setup(0); }

/* The bars of a chart, in the order drawn: the track, then a, then b (if any) per row. */
typedef struct ChartRow {
  const Widget *track, *a, *b;
} ChartRow;

static bool color_eq(Color a, Color b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }

static int chart_rows(const UiView *v, ChartRow *rows, int max) {
  const Theme *t = &v->theme;
  int n = 0;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->kind != W_BOX) continue;
    if (color_eq(w->bg, t->phone_bar) && n < max) rows[n++] = (ChartRow){w, NULL, NULL};
    else if (n > 0 && color_eq(w->bg, t->chart_a) && w->r.y == rows[n - 1].track->r.y) rows[n - 1].a = w;
    else if (n > 0 && color_eq(w->bg, t->chart_b) && w->r.y > rows[n - 1].track->r.y &&
             w->r.y < rows[n - 1].track->r.y + rows[n - 1].track->r.h)
      rows[n - 1].b = w;
  }
  return n;
}

static Panel scores_panel(double full) {
  Panel p = {.kind = PANEL_CHART, .title = "Scores", .legend_a = "average score", .full = full};
  static const double scores[] = {67, 40, 100};
  for (int i = 0; i < 3; i++) p.bars[i] = (PanelBar){.label = "Is this message real?", .a = scores[i], .value = "67%"};
  p.nbars = 3;
  return p;
}

/* A score of 67 % fills two thirds of its bar, not all of it because it is the largest. */
START_TEST(test_score_bars_are_scaled_to_100_percent) {
  static const int sizes[][2] = {{800, 480}, {1920, 1080}};
  for (int s = 0; s < 2; s++) {
    Panel p = scores_panel(100);
    p.bars[2].a = 50; /* the largest score shown is 67 */
    UiFrame frame = {.title = "Staff menu", .progress = -1};
    UiView *v = ui_panel_view_new(ui, &p, &frame, sizes[s][0], sizes[s][1], 0);
    ChartRow rows[8];
    ck_assert_int_eq(chart_rows(v, rows, 8), 3);
    static const double want[] = {0.67, 0.40, 0.50};
    for (int i = 0; i < 3; i++) {
      ck_assert_ptr_nonnull(rows[i].a);
      double got = (double)rows[i].a->r.w / rows[i].track->r.w;
      ck_assert_msg(fabs(got - want[i]) < 0.01, "%dx%d: bar %d fills %.3f of its track, not %.2f",
                    sizes[s][0], sizes[s][1], i, got, want[i]);
    }
    ui_view_free(v);
  }
  /* counts (full = 0) fill the bar at the largest count */
  Panel p = scores_panel(0);
  UiFrame frame = {.title = "Staff menu", .progress = -1};
  UiView *v = ui_panel_view_new(ui, &p, &frame, 800, 480, 0);
  ChartRow rows[8];
  ck_assert_int_eq(chart_rows(v, rows, 8), 3);
  ck_assert_int_eq(rows[2].a->r.w, rows[2].track->r.w);
  ck_assert_int_eq(rows[0].a->r.w, (int)lround(rows[0].track->r.w * 0.67));
  ui_view_free(v);
}
END_TEST

/* WCAG 1.4.11: a bar is a graphic that carries meaning, so 3:1 against what is beside
   it: a against its track, b (drawn inside a) against a. Computed from the colours the
   view draws. */
START_TEST(test_chart_bars_have_3_to_1_contrast) {
  Panel p = {.kind = PANEL_CHART, .title = "Lessons", .legend_a = "started", .legend_b = "finished"};
  for (int i = 0; i < 3; i++) p.bars[i] = (PanelBar){.label = "A lesson", .a = 10 + i, .b = 4 + i, .value = "4 / 10"};
  p.nbars = 3;
  UiFrame frame = {.title = "Staff menu", .progress = -1};
  UiView *v = ui_panel_view_new(ui, &p, &frame, 800, 480, 0);
  ChartRow rows[8];
  ck_assert_int_eq(chart_rows(v, rows, 8), 3);
  for (int i = 0; i < 3; i++) {
    ck_assert(rows[i].a && rows[i].b);
    double ta = test_contrast(rows[i].a->bg, rows[i].track->bg), ab = test_contrast(rows[i].b->bg, rows[i].a->bg);
    ck_assert_msg(ta >= 3.0, "bar against its track: %.2f:1", ta);
    ck_assert_msg(ab >= 3.0, "inner bar against the outer: %.2f:1", ab);
  }
  ui_view_free(v);
}
END_TEST

/* A setting's choices: the one in force is marked by more than colour (a tick), and
   only that one. */
START_TEST(test_the_choice_in_force_is_marked_with_a_tick) {
  Panel p = {.kind = PANEL_LIST, .title = "Idle time on lessons", .nbuttons = 1};
  static const char *const labels[] = {"30 s", "60 s", "90 s", "120 s"};
  for (int i = 0; i < 4; i++) p.items[i] = (PanelItem){.label = labels[i], .chosen = i == 2};
  p.nitems = 4;
  p.buttons[0] = "Cancel";
  UiFrame frame = {.title = "Staff menu", .progress = -1};
  UiView *v = ui_panel_view_new(ui, &p, &frame, 800, 480, 0);
  int ticks = 0;
  const Widget *row = NULL;
  for (int i = 0; i < v->nwidgets; i++) {
    const Widget *w = &v->widgets[i];
    if (w->action == UI_ACT_ITEM + 2) row = w;
    if (w->kind == W_ICON && w->icon == ICON_TICK) {
      ticks++;
      ck_assert_ptr_nonnull(row); /* drawn on the row of 90 s */
      ck_assert(w->r.y >= row->r.y && w->r.y + w->r.h <= row->r.y + row->r.h);
      ck_assert(w->r.x > row->r.x + row->r.w / 2);
    }
  }
  ck_assert_int_eq(ticks, 1);
  ck_assert_int_gt(row->border_width, 0);
  ck_assert_msg(test_contrast(row->border, v->theme.bg) >= 3.0, "the chosen row's outline");
  char *problems[4];
  ck_assert_int_eq(ui_view_problems(v, problems, 4), 0);
  ui_view_free(v);
}
END_TEST

/* Plural rules per language: a word with a number has a form for exactly 1 where the
   language has one ("in 1 second", "in 2 seconds"); Malay and Thai, which have none,
   leave it out and their one form serves every number. */
START_TEST(test_words_with_a_number_take_the_languages_plural) {
  const UiWords *w = ui_default_words();
  char *one = ui_format_n(w->still_there_text, w->still_there_text_one, 1, 0, NULL);
  char *two = ui_format_n(w->still_there_text, w->still_there_text_one, 2, 0, NULL);
  ck_assert_str_eq(one, "The kiosk starts again for the next person in 1 second.");
  ck_assert_str_eq(two, "The kiosk starts again for the next person in 2 seconds.");
  free(one);
  free(two);
  char *lost = ui_format_n(w->stats_lost, w->stats_lost_one, 1, 0, NULL);
  ck_assert_ptr_null(strstr(lost, "records"));
  free(lost);
  /* no singular form (ms, th): the one form, with the language's digits */
  char *ms = ui_format_n("Kiosk akan bermula semula dalam {n} saat.", NULL, 1, 0, NULL);
  ck_assert_str_eq(ms, "Kiosk akan bermula semula dalam 1 saat.");
  free(ms);
  char *ne = ui_format_n("{n} सेकेन्डमा", NULL, 1, 0, "०१२३४५६७८९");
  ck_assert_str_eq(ne, "१ सेकेन्डमा");
  free(ne);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("panels");
  TCase *tc = tcase_create("panels");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_score_bars_are_scaled_to_100_percent);
  tcase_add_test(tc, test_chart_bars_have_3_to_1_contrast);
  tcase_add_test(tc, test_the_choice_in_force_is_marked_with_a_tick);
  tcase_add_test(tc, test_words_with_a_number_take_the_languages_plural);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
