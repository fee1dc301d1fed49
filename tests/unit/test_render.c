/* test_render.c — the drawn icons and lesson pictures: every one has a unique name a pack
   can use, and every one, drawn headless, covers part of its square but not all of it
   (a cut that wipes a picture out, or a shape that floods it, fails here). Set
   ICON_SHEET=FILE.png to keep the sheet for a person to look at. Frames: a frame draws
   again only what changed, and looks exactly as if drawn whole. And narration: WAV
   files play (on SDL's dummy audio driver), bad ones are refused with a reason. */
#include <png.h>

#include "render/audio.h"
#include "render/internal.h"
#include "render/render.h"
#include "testutil.h"

START_TEST(test_every_icon_has_a_unique_name) {
  for (int i = 0; i < ICON_COUNT; i++) {
    const char *name = icon_name((Icon)i);
    ck_assert_msg(name && *name, "icon %d has no name", i);
    ck_assert_int_eq(icon_named(name), i);
  }
  ck_assert_int_eq(icon_named("suitcase"), ICON_SUITCASE);
  ck_assert_int_eq(icon_named("Suitcase"), ICON_COUNT);
  ck_assert_int_eq(icon_named("suitcase.png"), ICON_COUNT);
  ck_assert_int_eq(icon_named(""), ICON_COUNT);
  ck_assert_int_eq(icon_named(NULL), ICON_COUNT);
  ck_assert_ptr_null(icon_name(ICON_COUNT));
}
END_TEST

enum { CELL = 96, COLS = 6 };

START_TEST(test_every_icon_draws_part_of_its_square) {
  Error err;
  Text *text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  int rows = (ICON_COUNT + COLS - 1) / COLS;
  RenderOptions ro = {.width = CELL * COLS, .height = CELL * rows, .headless = true, .title = "icons"};
  Render *r = render_open(&ro, text, &err);
  ck_assert_msg(r != NULL, "%s", err.msg);
  render_clear(r, (Color){255, 255, 255, 255});
  for (int i = 0; i < ICON_COUNT; i++)
    render_icon(r, (Icon)i, (Rect){(i % COLS) * CELL, (i / COLS) * CELL, CELL, CELL}, (Color){0, 0, 0, 255});
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
                  icon_name((Icon)i), share * 100);
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

/* ---- frames: only what changed is drawn again ---------------------------------------- */

/* One frame of a small screen; variant 1 changes a colour and adds a box, variant 2
   moves a line and draws one uncached. */
static void draw_frame(Render *r, Text *text, int variant) {
  render_clear(r, (Color){250, 248, 240, 255});
  render_round_rect(r, (Rect){20, 20, 160, 60}, 12, (Color){40, 110, 180, 255});
  render_icon(r, ICON_SHIELD, (Rect){200, 20, 64, 64}, (Color){0, 90, 60, 255});
  TextLayout *l = text_layout(text, "Touch to start", NULL, 0, (TextStyle){24, TEXT_REGULAR}, 0);
  render_text(r, l, 20, 120, variant == 1 ? (Color){200, 60, 0, 255} : (Color){20, 20, 30, 255}, NULL, NULL, 0);
  render_text(r, l, 20, variant == 2 ? 200 : 160, (Color){20, 20, 30, 160}, NULL, NULL, 0);
  render_clip(r, (Rect){0, 230, 150, 40});
  if (variant == 2) render_text_once(r, l, 60, 235, (Color){0, 0, 0, 255}, NULL); /* half clipped away */
  else render_text(r, l, 60, 235, (Color){0, 0, 0, 255}, NULL, NULL, 0);
  render_unclip(r);
  if (variant == 1) render_fill(r, (Rect){300, 200, 60, 60}, (Color){255, 0, 0, 128});
  text_layout_free(l);
}

static Render *headless(Text *text, int w, int h) {
  Error err;
  RenderOptions ro = {.width = w, .height = h, .headless = true, .title = "frames"};
  Render *r = render_open(&ro, text, &err);
  ck_assert_msg(r != NULL, "%s", err.msg);
  return r;
}

START_TEST(test_a_frame_draws_only_what_changed_and_looks_as_if_drawn_whole) {
  Error err;
  Text *text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  const int w = 400, h = 300;
  Render *a = headless(text, w, h);
  draw_frame(a, text, 0);
  render_present(a);
  ck_assert_int_eq(render_drawn_pixels(a), (long long)w * h); /* the first frame: all of it */
  for (int variant = 0; variant < 3; variant++) {
    draw_frame(a, text, 0);
    render_present(a);
    draw_frame(a, text, 0);
    render_present(a);
    ck_assert_int_eq(render_drawn_pixels(a), 0); /* the same again: nothing */
    draw_frame(a, text, variant);
    render_present(a);
    if (variant > 0) { /* a changed line and a box: a small part of the screen */
      ck_assert_int_gt(render_drawn_pixels(a), 0);
      ck_assert_int_lt(render_drawn_pixels(a), (long long)w * h / 4);
    }
    Render *b = headless(text, w, h); /* the same frame drawn whole on a fresh canvas */
    draw_frame(b, text, variant);
    render_present(b);
    ck_assert_int_eq(render_drawn_pixels(b), (long long)w * h);
    for (int y = 0; y < h; y++)
      ck_assert_msg(memcmp((char *)a->canvas->pixels + y * a->canvas->pitch,
                           (char *)b->canvas->pixels + y * b->canvas->pitch, (size_t)w * 4) == 0,
                    "variant %d: row %d differs from the frame drawn whole", variant, y);
    render_close(b);
  }
  render_close(a);
  text_free(text);
}
END_TEST

/* A translucent fill over one opaque colour is written as the blended colour (the
   pressed look of the attract screen): it must look as SDL's own blend does, and a
   translucent fill over anything else must still be blended. */
static uint32_t pixel(const Render *r, int x, int y) {
  return ((const uint32_t *)((const char *)r->canvas->pixels + y * r->canvas->pitch))[x];
}

START_TEST(test_a_translucent_fill_over_one_colour_looks_as_if_blended) {
  Error err;
  Text *text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  const Color under = {20, 80, 75, 255}, press = {0, 0, 0, 28};
  Render *a = headless(text, 300, 200), *b = headless(text, 300, 200);
  render_clear(a, (Color){250, 248, 240, 255});
  render_fill(a, (Rect){0, 0, 200, 200}, under);
  render_fill(a, (Rect){10, 10, 100, 100}, press); /* folded into one opaque colour */
  render_clear(b, (Color){250, 248, 240, 255});
  render_fill(b, (Rect){0, 0, 200, 100}, under);
  render_fill(b, (Rect){0, 100, 200, 100}, under);
  render_fill(b, (Rect){10, 10, 100, 100}, press); /* over two ops: SDL blends it */
  TextLayout *l = text_layout(text, "Touch", NULL, 0, (TextStyle){24, TEXT_REGULAR}, 0);
  render_text(a, l, 220, 20, (Color){255, 255, 255, 255}, NULL, NULL, 0);
  render_fill(a, (Rect){210, 10, 80, 60}, press); /* over text: blended */
  text_layout_free(l);
  render_present(a);
  render_present(b);
  ck_assert_uint_eq(pixel(a, 50, 50), pixel(b, 50, 50));
  ck_assert_uint_ne(pixel(a, 50, 50), pixel(a, 150, 150)); /* it did darken */
  ck_assert_uint_eq(pixel(a, 150, 150), pixel(b, 150, 150));
  uint32_t bg = 0xFFFAF8F0u, dark = pixel(a, 211, 11);
  ck_assert_uint_ne(dark, bg); /* the blended corner over the background */
  ck_assert_uint_lt(dark & 0xFF, bg & 0xFF);
  render_close(a);
  render_close(b);
  text_free(text);
}
END_TEST

/* A frame drawn whole (always on GL, whose back buffer holds nothing after a swap) starts
   at the last opaque fill of the whole screen, as a clear: what it hides is not drawn
   (the attract screen drew its background twice each language step). A translucent or
   clipped fill hides nothing. It looks as if every op were drawn. */
static void covered_frame(Render *r, Text *text, Color cover) {
  render_clear(r, (Color){250, 248, 240, 255});
  render_round_rect(r, (Rect){20, 20, 160, 60}, 12, (Color){40, 110, 180, 255});
  render_fill(r, (Rect){0, 0, 400, 300}, cover);
  TextLayout *l = text_layout(text, "Touch to start", NULL, 0, (TextStyle){24, TEXT_REGULAR}, 0);
  render_text(r, l, 20, 120, (Color){255, 255, 255, 255}, NULL, NULL, 0);
  text_layout_free(l);
}

START_TEST(test_a_frame_drawn_whole_skips_what_a_screen_wide_fill_hides) {
  Error err;
  Text *text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  const Color opaque = {20, 80, 75, 255}, translucent = {20, 80, 75, 128};
  Render *a = headless(text, 400, 300);
  covered_frame(a, text, opaque);
  int recorded = a->nops;
  render_present(a);
  Render *b = headless(text, 400, 300); /* what it must look like */
  render_clear(b, opaque);
  TextLayout *l = text_layout(text, "Touch to start", NULL, 0, (TextStyle){24, TEXT_REGULAR}, 0);
  render_text(b, l, 20, 120, (Color){255, 255, 255, 255}, NULL, NULL, 0);
  text_layout_free(l);
  render_present(b);
  ck_assert_int_eq(render_drawn_ops(a), render_drawn_ops(b)); /* the clear and the text */
  ck_assert_int_lt(render_drawn_ops(a), recorded);
  for (int y = 0; y < 300; y++)
    ck_assert_msg(memcmp((char *)a->canvas->pixels + y * a->canvas->pitch,
                         (char *)b->canvas->pixels + y * b->canvas->pitch, 400 * 4) == 0,
                  "row %d differs from the frame drawn with every op", y);
  Render *c = headless(text, 400, 300);
  covered_frame(c, text, translucent); /* the box shows through: all of it is drawn */
  recorded = c->nops;
  render_present(c);
  ck_assert_int_eq(render_drawn_ops(c), recorded);
  ck_assert_uint_ne(pixel(c, 30, 30), pixel(c, 300, 250));
  render_clear(c, (Color){250, 248, 240, 255});
  render_clip(c, (Rect){0, 0, 400, 150});
  render_fill(c, (Rect){0, 0, 400, 300}, opaque); /* clipped: it hides the top half only */
  render_unclip(c);
  c->redraw_all = true;
  render_present(c);
  ck_assert_int_eq(render_drawn_ops(c), 2);
  ck_assert_uint_eq(pixel(c, 10, 10), pixel(b, 10, 10));
  ck_assert_uint_eq(pixel(c, 10, 200), 0xFFFAF8F0u);
  render_close(a);
  render_close(b);
  render_close(c);
  text_free(text);
}
END_TEST

/* A screen coming in is drawn once into a layer and revealed from the top down: the
   layer shown whole is exactly the frame drawn as it is; part way in, the rows it
   shows are the frame's and the rest is the background, copied without blending; a
   frame that reveals more draws only the rows it adds (the strips shown before are the
   same ops); and when the content draws otherwise the layer is made again, never shown
   stale. */
static uint32_t bg_pixel(Color c) { return (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b; }

START_TEST(test_a_layer_reveals_the_content_from_the_top_copying_only_new_rows) {
  Error err;
  Text *text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  const int w = 400, h = 300;
  const Color bg = {250, 248, 240, 255};
  Render *a = headless(text, w, h);
  RenderLayer *layer = NULL;
  for (int variant = 0; variant < 2; variant++) {
    Render *b = headless(text, w, h); /* the frame drawn as it is */
    draw_frame(b, text, variant);
    render_present(b);
    draw_frame(a, text, variant); /* its first op is the clear: the content follows */
    render_as_layer(a, &layer, 1, bg, 1, true);
    ck_assert_ptr_nonnull(layer);
    for (int i = 1; i < a->nops; i++) /* opaque copies: no blend */
      ck_assert(a->ops[i].layer && a->ops[i].color.a == 255);
    render_present(a);
    for (int y = 0; y < h; y++)
      for (int x = 0; x < w; x++)
        ck_assert_msg((pixel(a, x, y) & 0xFFFFFF) == (pixel(b, x, y) & 0xFFFFFF),
                      "variant %d: (%d, %d) of the whole layer is %08x, the frame %08x", variant, x, y,
                      pixel(a, x, y), pixel(b, x, y));
    /* the same content shown anew: nothing, then the top rows, then more */
    int top = h, bottom = 0; /* rows where the frame differs from the background */
    for (int y = 0; y < h; y++)
      for (int x = 0; x < w; x++)
        if ((pixel(b, x, y) & 0xFFFFFF) != bg_pixel(bg)) {
          if (y < top) top = y;
          if (y > bottom) bottom = y;
        }
    ck_assert_int_lt(top, bottom);
    render_layer_free(layer);
    layer = NULL;
    draw_frame(a, text, variant);
    render_as_layer(a, &layer, 1, bg, 0, true);
    ck_assert_int_eq(a->nops, 1); /* only the clear */
    render_present(a);
    for (int x = 0; x < w; x++) ck_assert_uint_eq(pixel(a, x, (top + bottom) / 2) & 0xFFFFFF, bg_pixel(bg));
    int seen = 0, strips = 0;
    const float steps[] = {0.3f, 0.6f, 1.0f};
    for (int k = 0; k < 3; k++) {
      draw_frame(a, text, variant);
      render_as_layer(a, &layer, 1, bg, steps[k], false);
      ck_assert_int_eq(a->nops, 1 + k + 1); /* one strip more each time */
      const RenderOp *last = &a->ops[a->nops - 1];
      ck_assert_int_eq(last->dst.y, seen ? seen : last->dst.y);
      int edge = last->dst.y + last->dst.h;
      render_present(a);
      /* drawn again: the new strip's rows only */
      ck_assert_int_le(a->drawn_pixels, (long long)last->dst.w * last->dst.h);
      for (int y = 0; y < h; y++) {
        bool shown = y < edge;
        for (int x = 0; x < w; x++) {
          uint32_t got = pixel(a, x, y) & 0xFFFFFF;
          if (shown) ck_assert_msg(got == (pixel(b, x, y) & 0xFFFFFF), "variant %d, %.1f shown: (%d, %d) is %06x",
                                   variant, (double)steps[k], x, y, got);
          else ck_assert_msg(got == bg_pixel(bg), "variant %d, %.1f shown: (%d, %d) below the edge %d is %06x",
                             variant, (double)steps[k], x, y, edge, got);
        }
      }
      ck_assert_int_gt(edge, seen);
      seen = edge;
      strips++;
    }
    ck_assert_int_ge(seen, bottom + 1);
    ck_assert_int_eq(strips, 3);
    render_close(b);
  }
  /* the same content is not painted again; without remake a stale layer is not used */
  uint64_t held = a->layer_holder;
  draw_frame(a, text, 1);
  render_as_layer(a, &layer, 1, bg, 1, true);
  ck_assert(a->layer_holder == held);
  draw_frame(a, text, 0);
  int drawn = a->nops;
  render_as_layer(a, &layer, 1, bg, 1, false);
  ck_assert_int_eq(a->nops, drawn);
  render_present(a);
  render_layer_free(layer);
  render_close(a);
  text_free(text);
}
END_TEST

/* ---- narration ---------------------------------------------------------------------- */

/* A mono 16-bit PCM WAV of n samples at rate. */
static void write_wav(const char *path, int rate, int n) {
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  uint32_t data = (uint32_t)n * 2, riff = 36 + data, fmt_len = 16, byte_rate = (uint32_t)rate * 2;
  uint16_t pcm = 1, channels = 1, align = 2, bits = 16;
  uint32_t r32 = (uint32_t)rate;
  fwrite("RIFF", 1, 4, f);
  fwrite(&riff, 4, 1, f);
  fwrite("WAVEfmt ", 1, 8, f);
  fwrite(&fmt_len, 4, 1, f);
  fwrite(&pcm, 2, 1, f);
  fwrite(&channels, 2, 1, f);
  fwrite(&r32, 4, 1, f);
  fwrite(&byte_rate, 4, 1, f);
  fwrite(&align, 2, 1, f);
  fwrite(&bits, 2, 1, f);
  fwrite("data", 1, 4, f);
  fwrite(&data, 4, 1, f);
  for (int i = 0; i < n; i++) {
    int16_t v = (int16_t)((i % 100) * 200 - 10000);
    fwrite(&v, 2, 1, f);
  }
  fclose(f);
}

START_TEST(test_narration_plays_and_bad_files_are_refused) {
  setenv("SDL_AUDIODRIVER", "dummy", 1); /* no sound card on a build machine */
  Error err;
  Audio *a = audio_open(&err);
  ck_assert_msg(a != NULL, "%s", err.msg);
  char *dir = test_tmpdir(), path[512];
  snprintf(path, sizeof path, "%s/intro_en.wav", dir);
  write_wav(path, 22050, 22050);
  ck_assert_msg(audio_play(a, path, &err), "%s", err.msg);
  snprintf(path, sizeof path, "%s/other_rate.wav", dir); /* another rate: converted */
  write_wav(path, 16000, 1600);
  ck_assert_msg(audio_play(a, path, &err), "%s", err.msg);
  audio_stop(a);
  snprintf(path, sizeof path, "%s/missing.wav", dir);
  ck_assert(!audio_play(a, path, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "no such narration file"));
  test_write(dir, "not.wav", "this is not a sound");
  snprintf(path, sizeof path, "%s/not.wav", dir);
  ck_assert(!audio_play(a, path, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "not.wav: "));
  snprintf(path, sizeof path, "%s/huge.wav", dir);
  FILE *f = fopen(path, "wb");
  ck_assert_int_eq(ftruncate(fileno(f), (off_t)AUDIO_MAX_BYTES + 1), 0);
  fclose(f);
  ck_assert(!audio_play(a, path, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "too large"));
  audio_close(a);
  ck_assert(!audio_play(NULL, path, &err)); /* a kiosk without sound carries on */
  test_rmtree(dir);
  free(dir);
}
END_TEST

START_TEST(test_render_drivers_are_tried_in_a_sensible_order) {
  const char *names[] = {"opengl", "opengles2", NULL, "software", "direct3d"};
  int order[RENDER_MAX_DRIVERS];
  /* KMSDRM: SDL's own order of accelerated drivers, software last */
  ck_assert_int_eq(render_driver_order(names, 5, NULL, false, order), 4);
  ck_assert_int_eq(order[0], 0);
  ck_assert_int_eq(order[1], 1);
  ck_assert_int_eq(order[2], 4);
  ck_assert_int_eq(order[3], 3);
  /* X11, Wayland, offscreen: software first, then the rest in case it fails */
  ck_assert_int_eq(render_driver_order(names, 5, NULL, true, order), 4);
  ck_assert_int_eq(order[0], 3);
  ck_assert_int_eq(order[1], 0);
  /* the renderer that worked last time comes first, whatever the policy */
  ck_assert_int_eq(render_driver_order(names, 5, "opengles2", true, order), 4);
  ck_assert_int_eq(order[0], 1);
  ck_assert_int_eq(order[1], 3);
  ck_assert_int_eq(render_driver_order(names, 5, "opengles2", false, order), 4);
  ck_assert_int_eq(order[0], 1);
  ck_assert_int_eq(order[1], 0);
  ck_assert_int_eq(order[3], 3);
  /* a name SDL does not offer is ignored; every driver is still tried once */
  ck_assert_int_eq(render_driver_order(names, 5, "metal", false, order), 4);
  ck_assert_int_eq(order[0], 0);
  ck_assert_int_eq(render_driver_order(names, 0, "software", true, order), 0);
}
END_TEST

/* SDL 2.26 on a Pi says "KMSDRM": the accelerated renderers come first there, in any
   case (an exact "kmsdrm" made the arm64 VM try software first, which KMSDRM lacks). */
START_TEST(test_render_software_first_except_on_kmsdrm) {
  ck_assert(!render_software_first("KMSDRM", NULL));
  ck_assert(!render_software_first("kmsdrm", NULL));
  ck_assert(render_software_first("x11", NULL));
  ck_assert(render_software_first("offscreen", NULL));
  ck_assert(render_software_first(NULL, NULL));
  ck_assert(render_software_first("KMSDRM", "software"));
  ck_assert(!render_software_first("x11", "gpu"));
  ck_assert(!render_software_first("KMSDRM", "opengles2"));
  ck_assert(render_software_first("x11", "opengles2"));
}
END_TEST

/* On SDL's dummy video driver no GL renderer can be made: asking for them first must
   end in the software renderer, with the failures said, never in no window at all. */
START_TEST(test_a_failing_first_renderer_falls_back_to_the_next) {
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  Error err;
  Text *text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  RenderOptions ro = {.width = 320, .height = 240, .title = "fallback"};
  setenv("KIOSK_RENDERER", "gpu", 1); /* the KMSDRM order: accelerated first */
  Render *r = render_open(&ro, text, &err);
  ck_assert_msg(r != NULL, "no fallback: %s", err.msg);
  ck_assert_str_eq(render_driver(r), "dummy");
  ck_assert_str_eq(render_renderer(r), "software");
  ck_assert_msg(strstr(render_fallback(r), "opengl failed: "), "the failures are told: '%s'", render_fallback(r));
  render_clear(r, (Color){10, 20, 30, 255});
  render_present(r);
  render_close(r);
  /* a preferred driver that fails here is tried first, then the others */
  unsetenv("KIOSK_RENDERER");
  r = render_open_prefer(&ro, "opengles2", text, &err);
  ck_assert_msg(r != NULL, "%s", err.msg);
  ck_assert_str_eq(render_renderer(r), "software");
  ck_assert_msg(strncmp(render_fallback(r), "opengles2 failed", 16) == 0, "'%s'", render_fallback(r));
  render_close(r);
  /* the usual case: the first choice works and nothing failed */
  r = render_open(&ro, text, &err);
  ck_assert_msg(r != NULL, "%s", err.msg);
  ck_assert_str_eq(render_renderer(r), "software");
  ck_assert_str_eq(render_fallback(r), "");
  render_close(r);
  text_free(text);
  unsetenv("SDL_VIDEODRIVER");
}
END_TEST

static Suite *render_suite(void) {
  Suite *s = suite_create("render");
  TCase *tc = tcase_create("icons");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_every_icon_has_a_unique_name);
  tcase_add_test(tc, test_every_icon_draws_part_of_its_square);
  tcase_add_test(tc, test_a_frame_draws_only_what_changed_and_looks_as_if_drawn_whole);
  tcase_add_test(tc, test_a_frame_drawn_whole_skips_what_a_screen_wide_fill_hides);
  tcase_add_test(tc, test_a_translucent_fill_over_one_colour_looks_as_if_blended);
  tcase_add_test(tc, test_a_layer_reveals_the_content_from_the_top_copying_only_new_rows);
  tcase_add_test(tc, test_narration_plays_and_bad_files_are_refused);
  tcase_add_test(tc, test_render_drivers_are_tried_in_a_sensible_order);
  tcase_add_test(tc, test_render_software_first_except_on_kmsdrm);
  tcase_add_test(tc, test_a_failing_first_renderer_falls_back_to_the_next);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(render_suite)
