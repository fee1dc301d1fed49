/* test_render.c — the drawn icons and lesson pictures: every one has a unique name a pack
   can use, and every one, drawn headless, covers part of its square but not all of it
   (a cut that wipes a picture out, or a shape that floods it, fails here). Set
   ICON_SHEET=FILE.png to keep the sheet for a person to look at. */
#include <png.h>

#include "render/render.h"
#include "testutil.h"

START_TEST(test_every_icon_has_a_unique_name) {
  for (int i = 0; i < ICON_COUNT; i++) {
    const char *name = render_icon_name((RenderIcon)i);
    ck_assert_msg(name && *name, "icon %d has no name", i);
    ck_assert_int_eq(render_icon_named(name), i);
  }
  ck_assert_int_eq(render_icon_named("suitcase"), ICON_SUITCASE);
  ck_assert_int_eq(render_icon_named("Suitcase"), ICON_COUNT);
  ck_assert_int_eq(render_icon_named("suitcase.png"), ICON_COUNT);
  ck_assert_int_eq(render_icon_named(""), ICON_COUNT);
  ck_assert_int_eq(render_icon_named(NULL), ICON_COUNT);
  ck_assert_ptr_null(render_icon_name(ICON_COUNT));
}
END_TEST

enum { CELL = 96, COLS = 6 };

START_TEST(test_every_icon_draws_part_of_its_square) {
  Error err;
  Text *text = text_new(NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  int rows = (ICON_COUNT + COLS - 1) / COLS;
  RenderOptions ro = {.width = CELL * COLS, .height = CELL * rows, .headless = true, .title = "icons"};
  Render *r = render_open(&ro, text, &err);
  ck_assert_msg(r != NULL, "%s", err.msg);
  render_clear(r, (Color){255, 255, 255, 255});
  for (int i = 0; i < ICON_COUNT; i++)
    render_icon(r, (RenderIcon)i, (Rect){(i % COLS) * CELL, (i / COLS) * CELL, CELL, CELL}, (Color){0, 0, 0, 255});
  char *dir = test_tmpdir();
  char path[512];
  snprintf(path, sizeof path, "%s/icons.png", dir);
  ck_assert_msg(render_screenshot(r, path, &err), "%s", err.msg);
  render_close(r);
  text_free(text);

  png_image img = {.version = PNG_IMAGE_VERSION};
  ck_assert(png_image_begin_read_from_file(&img, path));
  img.format = PNG_FORMAT_GRAY;
  png_bytep px = malloc(PNG_IMAGE_SIZE(img));
  ck_assert(png_image_finish_read(&img, NULL, px, 0, NULL));
  ck_assert_int_eq(img.width, CELL * COLS);
  for (int i = 0; i < ICON_COUNT; i++) {
    int dark = 0;
    for (int y = 0; y < CELL; y++)
      for (int x = 0; x < CELL; x++)
        dark += px[((i / COLS) * CELL + y) * img.width + (i % COLS) * CELL + x] < 128;
    double share = (double)dark / (CELL * CELL);
    ck_assert_msg(share > 0.04 && share < 0.75, "icon %s covers %.0f%% of its square",
                  render_icon_name((RenderIcon)i), share * 100);
  }
  free(px);
  const char *keep = getenv("ICON_SHEET");
  if (keep) {
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", path, keep);
    ck_assert_int_eq(system(cmd), 0);
  }
  test_rmtree(dir);
  free(dir);
}
END_TEST

static Suite *render_suite(void) {
  Suite *s = suite_create("render");
  TCase *tc = tcase_create("icons");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_every_icon_has_a_unique_name);
  tcase_add_test(tc, test_every_icon_draws_part_of_its_square);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(render_suite)
