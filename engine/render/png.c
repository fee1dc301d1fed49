/* png.c — PNG pictures in and out with libpng's simplified API. libpng is loaded
   anyway (FreeType uses it); SDL2_image would pull in TIFF, WebP and JPEG libraries
   and cost start-up time for nothing (measured by make bench: +12M instructions). */
#include <png.h>
#include <stdlib.h>
#include <string.h>

#include "render/internal.h"

#define PNG_MAX_PIXELS (4096u * 4096u) /* a lesson picture, not a poster: bounds memory */

SDL_Surface *render_png_load(const char *path, Error *err) {
  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&img, path)) {
    error_set(err, "%s: cannot read the picture: %s", path, img.message);
    return NULL;
  }
  if ((unsigned long long)img.width * img.height > PNG_MAX_PIXELS) {
    png_image_free(&img);
    error_set(err, "%s: picture too large (%ux%u)", path, img.width, img.height);
    return NULL;
  }
  img.format = PNG_FORMAT_BGRA; /* = SDL_PIXELFORMAT_ARGB8888 in little-endian memory */
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, (int)img.width, (int)img.height, 32,
                                                  SDL_PIXELFORMAT_ARGB8888);
  if (!s) {
    png_image_free(&img);
    error_set(err, "%s: %s", path, SDL_GetError());
    return NULL;
  }
  if (!png_image_finish_read(&img, NULL, s->pixels, s->pitch, NULL)) {
    error_set(err, "%s: broken picture: %s", path, img.message);
    SDL_FreeSurface(s);
    return NULL;
  }
  return s;
}

bool render_png_save(SDL_Surface *s, const char *path, Error *err) {
  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  img.width = (png_uint_32)s->w;
  img.height = (png_uint_32)s->h;
  img.format = PNG_FORMAT_BGRA;
  if (!png_image_write_to_file(&img, path, 0, s->pixels, s->pitch, NULL))
    return error_set(err, "%s: cannot write the picture: %s", path, img.message);
  return true;
}
