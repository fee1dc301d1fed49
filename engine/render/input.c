/* input.c — one stream of taps and keys from SDL events, and an idle wait that sleeps.
   Touch: under KMSDRM SDL2 reports fingers only (no mouse emulation, SDL #6650); on
   desktops we switched SDL's touch<->mouse emulation off, so each tap arrives once. */
#include "render/input.h"

#include <SDL.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>
#include <time.h>

#include "core/utf8.h"
#include "render/internal.h"

/* Undo the panel's rotation: physical output pixels -> logical pixels. */
static void unrotate(const Render *r, int px, int py, int *x, int *y) {
  int ox = (r->out_w - (r->rotation % 180 ? r->height : r->width)) / 2;
  int oy = (r->out_h - (r->rotation % 180 ? r->width : r->height)) / 2;
  px -= ox;
  py -= oy;
  switch (r->rotation) {
  case 90:
    *x = py;
    *y = r->height - 1 - px;
    break;
  case 180:
    *x = r->width - 1 - px;
    *y = r->height - 1 - py;
    break;
  case 270:
    *x = r->width - 1 - py;
    *y = px;
    break;
  default:
    *x = px;
    *y = py;
    break;
  }
}

static Key key_of(SDL_Keycode k, bool shift) {
  switch (k) {
  case SDLK_TAB: return shift ? KEY_BACKTAB : KEY_TAB;
  case SDLK_LEFT: return KEY_LEFT;
  case SDLK_RIGHT: return KEY_RIGHT;
  case SDLK_UP: return KEY_UP;
  case SDLK_DOWN: return KEY_DOWN;
  case SDLK_PAGEUP: return KEY_PAGEUP;
  case SDLK_PAGEDOWN: return KEY_PAGEDOWN;
  case SDLK_RETURN:
  case SDLK_KP_ENTER: return KEY_ENTER;
  case SDLK_ESCAPE:
  case SDLK_AC_BACK: return KEY_ESCAPE;
  case SDLK_BACKSPACE:
  case SDLK_DELETE: return KEY_BACKSPACE;
  default: return KEY_NONE;
  }
}

/* Translates one SDL event; false when it means nothing to the kiosk. */
static bool translate(Render *r, const SDL_Event *e, Input *in) {
  memset(in, 0, sizeof *in);
  switch (e->type) {
  case SDL_QUIT:
    in->kind = INPUT_QUIT;
    return true;
  case SDL_WINDOWEVENT:
    if (e->window.event == SDL_WINDOWEVENT_EXPOSED || e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
      in->kind = INPUT_REDRAW;
      return true;
    }
    return false;
  case SDL_MOUSEBUTTONDOWN:
  case SDL_MOUSEBUTTONUP:
    if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT) return false;
    in->kind = e->type == SDL_MOUSEBUTTONDOWN ? INPUT_PRESS : INPUT_RELEASE;
    unrotate(r, e->button.x, e->button.y, &in->x, &in->y);
    return true;
  case SDL_FINGERDOWN:
  case SDL_FINGERUP:
    in->kind = e->type == SDL_FINGERDOWN ? INPUT_PRESS : INPUT_RELEASE;
    in->touch = true;
    unrotate(r, (int)(e->tfinger.x * (float)r->out_w), (int)(e->tfinger.y * (float)r->out_h),
             &in->x, &in->y);
    return true;
  case SDL_KEYDOWN: {
    SDL_Keymod mod = SDL_GetModState();
    in->kind = INPUT_KEY;
    in->shift = (mod & KMOD_SHIFT) != 0;
    in->ctrl = (mod & KMOD_CTRL) != 0;
    in->alt = (mod & KMOD_ALT) != 0;
    in->key = key_of(e->key.keysym.sym, in->shift);
    /* Characters come as SDL_TEXTINPUT (Space too: it types a space in a text field);
       a key with Ctrl or Alt types nothing, so it comes here (the staff shortcut) */
    if (in->key == KEY_NONE && (in->ctrl || in->alt) && e->key.keysym.sym > 32 && e->key.keysym.sym < 127) {
      in->key = KEY_CHAR;
      in->ch = (uint32_t)e->key.keysym.sym;
    }
    return in->key != KEY_NONE;
  }
  case SDL_TEXTINPUT: /* the first character now, the others next (Render.pending) */
    r->npending = input_from_text(e->text.text, r->pending, INPUT_TEXT_MAX);
    r->next_pending = 0;
    if (r->npending == 0) return false;
    *in = r->pending[r->next_pending++];
    return true;
  default:
    return false;
  }
}

static bool real_wait(const Render *r) {
  /* SDL 2.26 implements a blocking wait only for these; others poll every 1 ms */
  return strcmp(r->driver, "x11") == 0 || strcmp(r->driver, "wayland") == 0;
}

/* Drivers that deliver no input at all: nothing can arrive but what a watched file
   says, so the loop sleeps until its next scheduled change. */
static bool no_input(const Render *r) {
  return strcmp(r->driver, "offscreen") == 0 || strcmp(r->driver, "dummy") == 0;
}

/* Where SDL cannot wait (KMSDRM), the loop sleeps on the input devices' files and wakes
   at once when one has input; it still looks at least this often, in case SDL reads a
   device we could not open. Without any device file it naps and polls: INPUT_NAP_MS
   after input, and after a quiet spell INPUT_QUIET_NAP_MS (a first touch may wait a
   little longer; ~8 wake-ups a second instead of 25). */
#define INPUT_DEVICE_WAIT_MS 1000
#define INPUT_QUIET_MS 5000
#define INPUT_QUIET_NAP_MS 120

void input_watch(Render *r, int fd, short events) {
  r->watch_fd = fd;
  r->watch_events = events;
}

/* Sleeps up to ms; INPUT_WOKE_WATCH when the watched file changed (re-armed). */
static InputWoke nap(Render *r, uint64_t ms) {
  if (!r->devices.opened && !no_input(r)) input_devices_open(&r->devices, "/dev/input");
  InputWoke woke = input_devices_wait(&r->devices, r->watch_fd, r->watch_events, (int)ms);
  if (woke == INPUT_WOKE_WATCH) { /* re-arm: a kernel table file signals until read again */
    char buf[4096];
    lseek(r->watch_fd, 0, SEEK_SET);
    while (read(r->watch_fd, buf, sizeof buf) > 0) {
    }
  }
  return woke;
}

int input_from_text(const char *utf8, Input *out, int max) {
  int n = 0;
  size_t len = strnlen(utf8, INPUT_TEXT_MAX * 4), i = 0;
  while (i < len && n < max) {
    uint32_t cp = utf8_next(utf8, len, &i);
    if (cp == UTF8_INVALID || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) continue;
    out[n++] = (Input){.kind = INPUT_KEY, .key = KEY_CHAR, .ch = cp};
  }
  return n;
}

bool input_wait(Render *r, int timeout_ms, Input *in) {
  if (r->next_pending < r->npending) { /* the rest of a text typed at once */
    *in = r->pending[r->next_pending++];
    return true;
  }
  if (!r->sdl_video) return false; /* headless: nothing ever arrives */
  uint64_t deadline = timeout_ms < 0 ? UINT64_MAX : input_ticks() + (uint64_t)timeout_ms;
  SDL_Event e;
  for (;;) {
    while (SDL_PollEvent(&e))
      if (translate(r, &e, in)) {
        r->last_input_ms = input_ticks();
        return true;
      }
    uint64_t now = input_ticks();
    if (now >= deadline) return false;
    uint64_t left = deadline - now;
    if (real_wait(r)) {
      int ms = left > 1000000 ? 1000000 : (int)left;
      if (SDL_WaitEventTimeout(&e, ms) && translate(r, &e, in)) {
        r->last_input_ms = input_ticks();
        return true;
      }
    } else {
      uint64_t ms = now - r->last_input_ms > INPUT_QUIET_MS ? INPUT_QUIET_NAP_MS : INPUT_NAP_MS;
      if (no_input(r)) ms = left;
      else if (r->devices.n > 0) ms = INPUT_DEVICE_WAIT_MS;
      if (ms > left) ms = left;
      if (nap(r, ms > 1000000 ? 1000000 : ms) == INPUT_WOKE_WATCH) {
        memset(in, 0, sizeof *in);
        in->kind = INPUT_WAKE;
        return true;
      }
    }
  }
}
