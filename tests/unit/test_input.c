/* test_input.c — SDL's events become the kiosk's Inputs (render/input.c): a mouse click
   and a finger are one press and one release each, in logical pixels with the panel's
   rotation undone; keys become the keys the kiosk knows, typed text (SDL text input, any
   script) its characters; what
   means nothing to the kiosk is skipped; a watched file wakes the wait. Real SDL events
   on SDL's offscreen video driver. */
#include <SDL.h>
#include <poll.h>

#include <fcntl.h>
#include <sys/stat.h>

#include "render/input.h"
#include "render/internal.h"
#include "render/render.h"
#include "testutil.h"

static Render *open_panel(int width, int height, int rotation) {
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  Error err;
  RenderOptions opt = {width, height, false, false, rotation, "test"};
  Render *r = render_open(&opt, NULL, &err);
  ck_assert_msg(r != NULL, "%s", err.msg);
  SDL_PumpEvents();
  SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT); /* the window's own first events */
  return r;
}

static void push(SDL_Event e) { ck_assert_int_eq(SDL_PushEvent(&e), 1); }

static void push_mouse(Uint32 type, Uint8 button, int x, int y, Uint32 which) {
  SDL_Event e = {.type = type};
  e.button.button = button;
  e.button.x = x;
  e.button.y = y;
  e.button.which = which;
  push(e);
}

static void push_finger(Uint32 type, float x, float y) {
  SDL_Event e = {.type = type};
  e.tfinger.x = x;
  e.tfinger.y = y;
  push(e);
}

static void push_key(SDL_Keycode sym) {
  SDL_Event e = {.type = SDL_KEYDOWN};
  e.key.keysym.sym = sym;
  push(e);
}

/* The next input, waiting no longer than a moment; fails when there is none. */
static Input next(Render *r) {
  Input in;
  ck_assert_msg(input_wait(r, 500, &in), "no input came");
  return in;
}

static void expect_nothing(Render *r) {
  Input in;
  ck_assert_msg(!input_wait(r, 0, &in), "an input came (kind %d)", in.kind);
}

START_TEST(test_a_click_is_a_press_then_a_release_where_it_was) {
  Render *r = open_panel(800, 480, 0);
  push_mouse(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT, 120, 340, 0);
  push_mouse(SDL_MOUSEBUTTONUP, SDL_BUTTON_LEFT, 121, 341, 0);
  Input in = next(r);
  ck_assert_int_eq(in.kind, INPUT_PRESS);
  ck_assert_int_eq(in.x, 120);
  ck_assert_int_eq(in.y, 340);
  ck_assert(!in.touch);
  in = next(r);
  ck_assert_int_eq(in.kind, INPUT_RELEASE);
  ck_assert_int_eq(in.x, 121);
  ck_assert_int_eq(in.y, 341);
  expect_nothing(r);
  render_close(r);
}
END_TEST

START_TEST(test_right_clicks_and_mouse_copies_of_touches_are_skipped) {
  Render *r = open_panel(800, 480, 0);
  push_mouse(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_RIGHT, 10, 10, 0);
  push_mouse(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT, 10, 10, SDL_TOUCH_MOUSEID); /* a tap counts once */
  SDL_Event motion = {.type = SDL_MOUSEMOTION};
  push(motion);
  expect_nothing(r);
  render_close(r);
}
END_TEST

START_TEST(test_a_finger_is_a_touch_in_logical_pixels) {
  Render *r = open_panel(800, 480, 0);
  push_finger(SDL_FINGERDOWN, 0.5f, 0.25f);
  push_finger(SDL_FINGERUP, 0.5f, 0.25f);
  Input in = next(r);
  ck_assert_int_eq(in.kind, INPUT_PRESS);
  ck_assert(in.touch);
  ck_assert_int_eq(in.x, 400);
  ck_assert_int_eq(in.y, 120);
  ck_assert_int_eq(next(r).kind, INPUT_RELEASE);
  render_close(r);
}
END_TEST

/* A panel mounted turned: the window is 480 wide and 800 high, the kiosk lays out
   800x480, and a touch on the panel lands where the learner sees the control. */
START_TEST(test_a_turned_panel_has_its_rotation_undone) {
  static const struct { int rotation, px, py, x, y; } cases[] = {
      {90, 10, 700, 700, 469},  /* x = py, y = height - 1 - px */
      {180, 10, 20, 789, 459},  /* x = width - 1 - px, y = height - 1 - py */
      {270, 10, 700, 99, 10},   /* x = width - 1 - py, y = px */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Render *r = open_panel(800, 480, cases[i].rotation);
    int w, h;
    render_size(r, &w, &h);
    ck_assert_int_eq(w, 800);
    ck_assert_int_eq(h, 480);
    push_mouse(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT, cases[i].px, cases[i].py, 0);
    Input in = next(r);
    ck_assert_msg(in.x == cases[i].x && in.y == cases[i].y, "rotation %d: (%d, %d) -> (%d, %d), want (%d, %d)",
                  cases[i].rotation, cases[i].px, cases[i].py, in.x, in.y, cases[i].x, cases[i].y);
    render_close(r);
  }
}
END_TEST

START_TEST(test_keys_become_the_keys_the_kiosk_knows) {
  Render *r = open_panel(800, 480, 0);
  static const struct { SDL_Keycode sym; Key key; } keys[] = {
      {SDLK_TAB, KEY_TAB},         {SDLK_LEFT, KEY_LEFT},       {SDLK_RIGHT, KEY_RIGHT},
      {SDLK_UP, KEY_UP},           {SDLK_DOWN, KEY_DOWN},       {SDLK_RETURN, KEY_ENTER},
      {SDLK_KP_ENTER, KEY_ENTER},  {SDLK_ESCAPE, KEY_ESCAPE},   {SDLK_AC_BACK, KEY_ESCAPE},
      {SDLK_BACKSPACE, KEY_BACKSPACE}, {SDLK_DELETE, KEY_BACKSPACE},
  };
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    push_key(keys[i].sym);
    Input in = next(r);
    ck_assert_int_eq(in.kind, INPUT_KEY);
    ck_assert_msg(in.key == keys[i].key, "%s: key %d", SDL_GetKeyName(keys[i].sym), in.key);
  }
  push_key(SDLK_a); /* its character comes as text (below), not twice */
  push_key(SDLK_SPACE);
  push_key(SDLK_F1); /* nothing in the kiosk */
  expect_nothing(r);
  render_close(r);
}
END_TEST

static void push_text(const char *utf8) {
  SDL_Event e = {.type = SDL_TEXTINPUT};
  snprintf(e.text.text, sizeof e.text.text, "%s", utf8);
  push(e);
}

/* A USB keyboard types through SDL's text input, in the system's layout: what it typed
   (capitals, Thai, Nepali, a space) arrives character by character, in order. */
START_TEST(test_typed_text_arrives_as_characters_in_any_script) {
  Render *r = open_panel(800, 480, 0);
  ck_assert(SDL_IsTextInputActive());
  static const struct { const char *text; uint32_t ch[8]; int n; } cases[] = {
      {"A", {'A'}, 1},                                         /* Shift+a */
      {" ", {' '}, 1},                                         /* Space: a character */
      {"ก", {0x0E01}, 1},                                      /* Thai Kedmanee 'd' */
      {"ค่ะ", {0x0E04, 0x0E48, 0x0E30}, 3},                    /* several at once (an IME) */
      {"नेपाल", {0x0928, 0x0947, 0x092A, 0x093E, 0x0932}, 5}, /* Nepali */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    push_text(cases[i].text);
    for (int k = 0; k < cases[i].n; k++) {
      Input in = next(r);
      ck_assert_int_eq(in.kind, INPUT_KEY);
      ck_assert_int_eq(in.key, KEY_CHAR);
      ck_assert_msg(in.ch == cases[i].ch[k], "'%s' character %d: U+%04X", cases[i].text, k, in.ch);
    }
  }
  expect_nothing(r);
  push_text("\x07\x7f"); /* control characters type nothing */
  expect_nothing(r);
  Input out[4];
  ck_assert_int_eq(input_from_text("a\xff\xfe" "b", out, 4), 2); /* invalid bytes dropped */
  ck_assert_uint_eq(out[1].ch, 'b');
  render_close(r);
}
END_TEST

START_TEST(test_shift_tab_goes_back_and_modifiers_are_reported) {
  Render *r = open_panel(800, 480, 0);
  SDL_SetModState(KMOD_LSHIFT);
  push_key(SDLK_TAB);
  Input in = next(r);
  ck_assert_int_eq(in.key, KEY_BACKTAB);
  ck_assert(in.shift);
  SDL_SetModState(KMOD_LCTRL | KMOD_LALT);
  push_key(SDLK_s); /* the staff shortcut */
  in = next(r);
  ck_assert_int_eq(in.key, KEY_CHAR);
  ck_assert(in.ctrl && in.alt && !in.shift);
  SDL_SetModState(KMOD_NONE);
  render_close(r);
}
END_TEST

START_TEST(test_closing_and_exposing_the_window_are_reported) {
  Render *r = open_panel(800, 480, 0);
  SDL_Event expose = {.type = SDL_WINDOWEVENT};
  expose.window.event = SDL_WINDOWEVENT_EXPOSED;
  push(expose);
  SDL_Event moved = {.type = SDL_WINDOWEVENT};
  moved.window.event = SDL_WINDOWEVENT_MOVED; /* nothing to draw again */
  push(moved);
  SDL_Event quit = {.type = SDL_QUIT};
  push(quit);
  ck_assert_int_eq(next(r).kind, INPUT_REDRAW);
  ck_assert_int_eq(next(r).kind, INPUT_QUIT);
  render_close(r);
}
END_TEST

START_TEST(test_a_watched_file_wakes_the_wait) {
  Render *r = open_panel(800, 480, 0);
  ck_assert_str_eq(render_driver(r), "offscreen"); /* a driver the kiosk naps on */
  int fds[2];
  ck_assert_int_eq(pipe2(fds, O_NONBLOCK), 0); /* the wait reads the file to its end */
  input_watch(r, fds[0], POLLIN);
  Input in;
  uint64_t t0 = input_ticks();
  ck_assert(!input_wait(r, 100, &in)); /* nothing written: the wait times out */
  ck_assert_uint_ge(input_ticks() - t0, 100);
  ck_assert_int_eq(write(fds[1], "x", 1), 1);
  ck_assert(input_wait(r, 5000, &in));
  ck_assert_int_eq(in.kind, INPUT_WAKE);
  input_watch(r, -1, 0);
  close(fds[0]);
  close(fds[1]);
  render_close(r);
}
END_TEST

/* Where SDL cannot wait (KMSDRM), the loop sleeps on the input devices' files: a
   device with input wakes it (what it read is thrown away, so the next wait sleeps
   again), a device plugged in later is opened, and the watched file still wins. FIFOs
   named eventN stand in for /dev/input. */
START_TEST(test_input_devices_wake_the_wait_and_new_ones_are_seen) {
  char *dir = test_tmpdir(), path[600];
  snprintf(path, sizeof path, "%s/event0", dir);
  ck_assert_int_eq(mkfifo(path, 0600), 0);
  InputDevices d = {.notify = -1};
  input_devices_open(&d, dir);
  ck_assert_int_eq(d.n, 1);
  ck_assert_int_eq(input_devices_wait(&d, -1, 0, 50), INPUT_WOKE_TIMEOUT);
  int w = open(path, O_WRONLY | O_NONBLOCK);
  ck_assert_int_ge(w, 0);
  ck_assert_int_eq(write(w, "tap", 3), 3);
  ck_assert_int_eq(input_devices_wait(&d, -1, 0, 5000), INPUT_WOKE_DEVICE);
  ck_assert_int_eq(input_devices_wait(&d, -1, 0, 50), INPUT_WOKE_TIMEOUT); /* read: quiet again */
  snprintf(path, sizeof path, "%s/event1", dir);
  ck_assert_int_eq(mkfifo(path, 0600), 0); /* plugged in */
  ck_assert_int_eq(input_devices_wait(&d, -1, 0, 5000), INPUT_WOKE_DEVICE);
  ck_assert_int_eq(d.n, 2);
  int fds[2];
  ck_assert_int_eq(pipe2(fds, O_NONBLOCK), 0);
  ck_assert_int_eq(write(fds[1], "x", 1), 1);
  ck_assert_int_eq(input_devices_wait(&d, fds[0], POLLIN, 5000), INPUT_WOKE_WATCH);
  input_devices_close(&d);
  ck_assert_int_eq(d.n, 0);
  close(fds[0]);
  close(fds[1]);
  close(w);
  test_rmtree(dir);
  free(dir);
}
END_TEST

START_TEST(test_headless_nothing_ever_arrives) {
  Error err;
  RenderOptions opt = {800, 480, false, true, 0, NULL};
  Render *r = render_open(&opt, NULL, &err);
  ck_assert_msg(r != NULL, "%s", err.msg);
  Input in;
  ck_assert(!input_wait(r, 1000, &in));
  render_close(r);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("input");
  TCase *tc = tcase_create("input");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_a_click_is_a_press_then_a_release_where_it_was);
  tcase_add_test(tc, test_right_clicks_and_mouse_copies_of_touches_are_skipped);
  tcase_add_test(tc, test_a_finger_is_a_touch_in_logical_pixels);
  tcase_add_test(tc, test_a_turned_panel_has_its_rotation_undone);
  tcase_add_test(tc, test_keys_become_the_keys_the_kiosk_knows);
  tcase_add_test(tc, test_typed_text_arrives_as_characters_in_any_script);
  tcase_add_test(tc, test_shift_tab_goes_back_and_modifiers_are_reported);
  tcase_add_test(tc, test_closing_and_exposing_the_window_are_reported);
  tcase_add_test(tc, test_a_watched_file_wakes_the_wait);
  tcase_add_test(tc, test_input_devices_wake_the_wait_and_new_ones_are_seen);
  tcase_add_test(tc, test_headless_nothing_ever_arrives);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(suite)
