/* input.h — touch, mouse and keyboard as one stream of inputs, and an event-driven
   wait that lets an idle kiosk sleep. */
#ifndef RENDER_INPUT_H
#define RENDER_INPUT_H

#include <stdbool.h>
#include <stdint.h>

#include "render/render.h"

typedef enum InputKind {
  INPUT_PRESS,   /* finger or mouse button down at (x, y) */
  INPUT_RELEASE, /* finger or mouse button up at (x, y): a tap completes here */
  INPUT_KEY,     /* a key, see Key */
  INPUT_REDRAW,  /* the window was exposed or resized: draw again */
  INPUT_QUIT,    /* the window manager asked to close */
  INPUT_WAKE     /* the watched file reported a change (see input_watch) */
} InputKind;

typedef enum Key {
  KEY_NONE, KEY_TAB, KEY_BACKTAB, KEY_LEFT, KEY_RIGHT, KEY_UP, KEY_DOWN, KEY_ENTER,
  KEY_ESCAPE, KEY_BACKSPACE, KEY_CHAR /* a printable character: see Input.ch */
} Key;

typedef struct Input {
  InputKind kind;
  int x, y;     /* logical pixels (rotation already undone) */
  bool touch;   /* came from a finger, not a mouse */
  Key key;
  uint32_t ch;  /* KEY_CHAR: the character */
  bool ctrl, alt, shift;
} Input;

/* Waits for the next input for at most timeout_ms (-1: no limit). Returns false on
   timeout. Blocks in the kernel on X11/Wayland; on drivers whose SDL wait is a 1 ms
   poll loop (KMSDRM, offscreen) it naps up to INPUT_NAP_MS between polls instead. */
#define INPUT_NAP_MS 40 /* tap latency a person does not notice; ~25 wake-ups/s */
bool input_wait(Render *r, int timeout_ms, Input *in);

/* Also wake input_wait when fd reports events (e.g. POLLPRI on /proc/self/mountinfo when
   a USB stick is mounted), on the drivers where the kiosk naps between polls (KMSDRM,
   offscreen); the file is read to its end so the next change is reported again. -1
   stops watching. */
void input_watch(Render *r, int fd, short events);

/* Milliseconds since an arbitrary start, monotonic. */
uint64_t input_ticks(void);

#endif
