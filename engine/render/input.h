/* input.h — SDL's touch, mouse and keyboard events as one stream of Inputs
   (core/input.h), and an event-driven wait that lets an idle kiosk sleep. */
#ifndef RENDER_INPUT_H
#define RENDER_INPUT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/input.h"
#include "render/render.h"

/* Waits for the next input for at most timeout_ms (-1: no limit). Returns false on
   timeout. Blocks in the kernel on X11/Wayland. Where SDL's wait is a 1 ms poll loop:
   on KMSDRM it sleeps on the input devices' files (/dev/input/event*) and wakes when
   one has input; offscreen (no input at all) it sleeps the whole timeout; without a
   device file it naps up to INPUT_NAP_MS between polls. */
#define INPUT_NAP_MS 40 /* tap latency a person does not notice; ~25 wake-ups/s */
bool input_wait(Render *r, int timeout_ms, Input *in);

/* The characters a keyboard typed (an SDL_TEXTINPUT event's UTF-8 text, from the
   system's layout: Shift, capitals, Thai, Nepali) as KEY_CHAR inputs, one a character,
   at most max; returns how many. Control characters and invalid bytes are dropped.
   input_wait delivers every SDL_TEXTINPUT this way; test scripts type through it too. */
#define INPUT_TEXT_MAX 32 /* SDL_TEXTINPUTEVENT_TEXT_SIZE: no event holds more */
int input_from_text(const char *utf8, Input *out, int max);

/* Also wake input_wait when fd reports events (e.g. POLLPRI on /proc/self/mountinfo when
   a USB stick is mounted), on the drivers where the kiosk naps between polls (KMSDRM,
   offscreen); the file is read to its end so the next change is reported again. -1
   stops watching. */
void input_watch(Render *r, int fd, short events);

#endif
