/* internal.h — (internal to render/) the Render struct shared by its files. */
#ifndef RENDER_INTERNAL_H
#define RENDER_INTERNAL_H

#include <SDL.h>

#include "render/input.h"
#include "render/render.h"

/* One drawing operation of a frame (frame.c). */
typedef enum RenderOpKind { RENDER_OP_FILL, RENDER_OP_COPY } RenderOpKind;

typedef struct RenderOp {
  RenderOpKind kind;
  SDL_Texture *texture; /* COPY */
  uint64_t id;          /* COPY: the texture's id, never reused */
  bool has_src, clipped;
  SDL_Rect src, dst, clip;
  Color color;          /* FILL: the colour (blended when not opaque); COPY: colour and alpha mod */
  bool layer;           /* COPY of a layer (layer.c): no alpha of its own, written when opaque */
} RenderOp;

typedef struct TextTexture {
  uint64_t hash;
  uint64_t id;
  int meta[4]; /* face, size, weight, colour (render_color_key) */
  char *key;   /* the piece's bytes */
  size_t len, bytes;
  SDL_Texture *texture;
  int w, h;
  unsigned used; /* frame number of last use */
} TextTexture;

typedef struct ImageTexture {
  char *path;
  SDL_Texture *texture;
  uint64_t id;
  int w, h;
  unsigned used; /* frame number of last use */
} ImageTexture;

typedef struct ShapeTexture {
  int kind, a, b; /* what was rasterised: shape kind and two sizes */
  uint32_t rgba;  /* in which colour (render_color_key) */
  SDL_Texture *texture;
  uint64_t id;
  unsigned used;
} ShapeTexture;

#define SHAPE_CACHE_MAX 192 /* sizes x colours of a few screens */
#define IMAGE_CACHE_MAX 32 /* a lesson shows a handful of pictures */

/* devices.c: the input devices' files (evdev), for an idle wait that sleeps until input
   where SDL has no event wait (KMSDRM). */
#define INPUT_MAX_DEVICES 16
typedef struct InputDevices {
  bool opened;
  int fds[INPUT_MAX_DEVICES], n;
  int notify; /* inotify on dir, -1 for none */
  char dir[256];
} InputDevices;
typedef enum InputWoke { INPUT_WOKE_TIMEOUT, INPUT_WOKE_WATCH, INPUT_WOKE_DEVICE } InputWoke;
/* Opens every eventN of dir that can be read, and watches dir for new ones. */
void input_devices_open(InputDevices *d, const char *dir);
void input_devices_close(InputDevices *d);
/* Sleeps up to ms, until watch_fd (-1 for none) signals watch_events or a device has
   input (read and thrown away: SDL reads its own copy) or comes or goes. */
InputWoke input_devices_wait(InputDevices *d, int watch_fd, short watch_events, int ms);

struct Render {
  SDL_Window *window;
  SDL_Renderer *renderer;
  SDL_Surface *canvas;  /* headless */
  SDL_Texture *target;  /* rotated panels draw here first */
  bool sdl_video;
  const char *driver;
  const char *renderer_name; /* the SDL render driver that works: "opengles2", "software" */
  char fallback[512];        /* the ones that failed before it, and why; "" if none */
  int width, height;    /* logical */
  int out_w, out_h;     /* physical output */
  int rotation;
  uint64_t last_input_ms; /* for the slower poll when nobody is there */
  Input pending[INPUT_TEXT_MAX]; /* the rest of an SDL_TEXTINPUT's characters, in order */
  int npending, next_pending;
  int watch_fd;           /* input_watch, -1 for none */
  InputDevices devices;   /* where SDL has no event wait */
  short watch_events;
  Text *text;
  unsigned frame;
  TextTexture *texts;
  int ntext, captext;
  size_t text_bytes;
  ImageTexture images[IMAGE_CACHE_MAX];
  int nimages;
  ShapeTexture shapes[SHAPE_CACHE_MAX];
  int nshapes;
  /* the frame being recorded and the last one drawn (frame.c) */
  RenderOp *ops, *prev;
  int nops, capops, nprev, capprev;
  SDL_Texture **later; /* drawn in this frame only: destroyed once it is drawn */
  int nlater, caplater;
  uint64_t next_id;
  bool clipped;
  SDL_Rect clip;
  bool keeps_frame;    /* the buffer still holds the last frame when the next is drawn */
  bool redraw_all;     /* the next frame is drawn whole */
  long long drawn_pixels; /* the last frame drew this many pixels again */
  int drawn_ops;          /* ... with this many drawing calls (a clear is one) */
  /* layer.c: the one texture layers are painted in, the size of the screen, made at the
     first transition and kept (making it cleared 1.5 MB at 800x480 a tap); which layer
     holds it now */
  SDL_Texture *layer_texture;
  uint64_t layer_holder;
  /* grid.c: the last grid drawn (a screen shows one card) */
  SDL_Texture *grid_texture;
  uint64_t grid_id, grid_hash;
  int grid_n, grid_quiet;
};
void render_grid_free(Render *r);
void render_layers_free(Render *r);

void shapes_free(Render *r);

/* Textures carry their colour in their pixels (baked when made) and are drawn with this
   modulation, none: SDL's software renderer blends an untinted texture several times
   faster than one it tints (its generic Modulate_Blend blitter, ~25 instructions a
   pixel, against a copy that skips clear pixels). */
#define RENDER_UNTINTED ((Color){255, 255, 255, 255})
/* A translucent colour (a control fading in, a hint fading out) is the texture of its
   opaque colour drawn with its alpha as SDL's alpha mod: a transition's frames each have
   another alpha, and baking each one re-rendered every text and picture of the screen
   in every frame (10 M instructions a transition at 800x480) and filled the caches with
   textures used once. */
static inline Color render_opaque(Color c) { return (Color){c.r, c.g, c.b, 255}; }
static inline Color render_alpha_mod(Color c) { return (Color){255, 255, 255, c.a}; }
uint32_t render_color_key(Color c);
/* Row of n ARGB8888 pixels from coverage (0..255) in colour c (its alpha scales it). */
void render_tint_row(uint32_t *px, const unsigned char *coverage, int n, Color c);

/* frame.c: ops are recorded while a frame is built and drawn by render_flush. A texture
   an op uses must live until the flush: caches never evict what this frame uses, and a
   texture made for one frame goes to render_after_frame. */
uint64_t render_new_id(Render *r);
void render_op_fill(Render *r, SDL_Rect rect, Color c);
void render_op_copy(Render *r, SDL_Texture *t, uint64_t id, const SDL_Rect *src, SDL_Rect dst, Color mod);
void render_after_frame(Render *r, SDL_Texture *t);
/* Draws the recorded frame (only what changed, where the buffer keeps the last one). */
void render_flush(Render *r);
/* Whether two ops draw the same way; draws one now (clipped to within, if not NULL). */
bool render_op_same(const RenderOp *a, const RenderOp *b);
void render_op_draw(Render *r, const RenderOp *op, const SDL_Rect *within);
/* The pixels an op can touch on the screen. */
SDL_Rect render_op_reach(const Render *r, const RenderOp *op);
void render_frame_free(Render *r);

/* png.c: pictures (ARGB8888 surfaces) from and to PNG files. */
SDL_Surface *render_png_load(const char *path, Error *err);
bool render_png_save(SDL_Surface *s, const char *path, Error *err);

#endif
