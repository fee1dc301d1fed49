/* mem.h — allocation for the engine's own, bounded data structures.
   Sizes that come from untrusted input are checked against named limits before they get
   here; if the kiosk's own few megabytes cannot be allocated the board is unusable, so
   these abort with a message and systemd restarts the kiosk. */
#ifndef CORE_MEM_H
#define CORE_MEM_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a fresh string */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Arena: many small allocations freed together (a Screen and all its strings). */
typedef struct Arena Arena;
Arena *arena_new(void);
void *arena_alloc(Arena *a, size_t n);            /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);     /* NULL stays NULL */
size_t arena_used(const Arena *a);
void arena_free(Arena *a);

#endif
