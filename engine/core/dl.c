/* dl.c — opening a library when it is first needed (dl.h). */
#include "core/dl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define DL_MAX_LIBRARIES 8

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER; /* speech's worker thread uses it too */
static struct {
  const char *name;
  void *handle;
} opened[DL_MAX_LIBRARIES];
static char why[256];

void *dl_symbol(const char *library, const char *name) {
  pthread_mutex_lock(&lock);
  void *handle = NULL;
  int i = 0;
  for (; i < DL_MAX_LIBRARIES && opened[i].name; i++)
    if (strcmp(opened[i].name, library) == 0) handle = opened[i].handle;
  if (!handle) {
    /* kept open for the life of the process, as a linked library would be */
    handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle) snprintf(why, sizeof why, "%s cannot be loaded: %s", library, dlerror());
    else if (i < DL_MAX_LIBRARIES) opened[i].name = library, opened[i].handle = handle;
  }
  void *sym = handle ? dlsym(handle, name) : NULL;
  if (handle && !sym) snprintf(why, sizeof why, "%s has no %s", library, name);
  pthread_mutex_unlock(&lock);
  return sym;
}

const char *dl_why(void) { return why; }
