/* dl.h — libraries the kiosk needs for some work only (speaking, Ogg recordings,
   pushing statistics to a record store), opened at their first use rather than at every
   start: linked, libcurl's and libespeak-ng's sixty dependencies cost the dynamic loader
   29 M of the 76 M instructions to the attract screen. */
#ifndef CORE_DL_H
#define CORE_DL_H

/* The function name in library (a soname, "libcurl.so.4"), opening it on first use;
   NULL when either is missing (dl_why then says which, for an error message). */
void *dl_symbol(const char *library, const char *name);
const char *dl_why(void);

#endif
