/* input.h — touch, mouse and keyboard as plain data: what render/ reads from the
   display and what ui/, app/ and the test scripts consume. No SDL here, so the modules
   that react to input never see the platform. */
#ifndef CORE_INPUT_H
#define CORE_INPUT_H

#include <stdbool.h>
#include <stdint.h>

typedef enum InputKind {
  INPUT_PRESS,   /* finger or mouse button down at (x, y) */
  INPUT_RELEASE, /* finger or mouse button up at (x, y): a tap completes here */
  INPUT_KEY,     /* a key, see Key */
  INPUT_REDRAW,  /* the window was exposed or resized: draw again */
  INPUT_QUIT,    /* the window manager asked to close */
  INPUT_WAKE     /* the watched file reported a change (see input_watch in render/) */
} InputKind;

typedef enum Key {
  KEY_NONE, KEY_TAB, KEY_BACKTAB, KEY_LEFT, KEY_RIGHT, KEY_UP, KEY_DOWN, KEY_ENTER,
  KEY_ESCAPE, KEY_BACKSPACE, KEY_PAGEUP, KEY_PAGEDOWN,
  KEY_CHAR /* a printable character: see Input.ch */
} Key;

typedef struct Input {
  InputKind kind;
  int x, y;     /* logical pixels (rotation already undone) */
  bool touch;   /* came from a finger, not a mouse */
  Key key;
  uint32_t ch;  /* KEY_CHAR: the character (a Unicode code point) as the keyboard's
                   layout typed it; a space is one too */
  bool ctrl, alt, shift;
} Input;

/* Milliseconds since an arbitrary start, monotonic. */
uint64_t input_ticks(void);

#endif
