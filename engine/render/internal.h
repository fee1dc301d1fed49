/* internal.h — (internal to render/) the Render struct shared by its files. */
#ifndef RENDER_INTERNAL_H
#define RENDER_INTERNAL_H

#include <SDL.h>

#include "render/render.h"

typedef struct TextTexture {
  uint64_t hash;
  int meta[3]; /* face, size, weight */
  char *key;   /* the piece's bytes */
  size_t len, bytes;
  SDL_Texture *texture;
  int w, h;
  unsigned used; /* frame number of last use */
} TextTexture;

typedef struct ImageTexture {
  char *path;
  SDL_Texture *texture;
  int w, h;
} ImageTexture;

typedef struct ShapeTexture {
  int kind, a, b; /* what was rasterised: shape kind and two sizes */
  SDL_Texture *texture;
} ShapeTexture;

#define SHAPE_CACHE_MAX 96

struct Render {
  SDL_Window *window;
  SDL_Renderer *renderer;
  SDL_Surface *canvas;  /* headless */
  SDL_Texture *target;  /* rotated panels draw here first */
  bool sdl_video;
  const char *driver;
  int width, height;    /* logical */
  int out_w, out_h;     /* physical output */
  int rotation;
  uint64_t last_input_ms; /* for the slower poll when nobody is there */
  int watch_fd;           /* input_watch, -1 for none */
  short watch_events;
  Text *text;
  unsigned frame;
  TextTexture *texts;
  int ntext, captext;
  size_t text_bytes;
  ImageTexture images[32];
  int nimages;
  ShapeTexture shapes[SHAPE_CACHE_MAX];
  int nshapes;
};

void shapes_free(Render *r);

/* png.c: pictures (ARGB8888 surfaces) from and to PNG files. */
SDL_Surface *render_png_load(const char *path, Error *err);
bool render_png_save(SDL_Surface *s, const char *path, Error *err);

#endif
