/* devices.c — the input devices' files, watched so that an idle loop on a display
   server without an event wait (KMSDRM) can sleep until a finger or a key arrives
   instead of napping and polling. SDL reads its own descriptors of the same devices;
   every open descriptor of an evdev device gets each event, so ours only tell us
   when to look, and what they read is thrown away. A device plugged in later is seen
   through inotify on the folder. */
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "render/internal.h"

void input_devices_close(InputDevices *d) {
  for (int i = 0; i < d->n; i++) close(d->fds[i]);
  d->n = 0;
  if (d->notify >= 0) close(d->notify);
  d->notify = -1;
}

void input_devices_open(InputDevices *d, const char *dir) {
  input_devices_close(d);
  d->opened = true;
  snprintf(d->dir, sizeof d->dir, "%s", dir);
  d->notify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (d->notify >= 0 && inotify_add_watch(d->notify, dir, IN_CREATE | IN_ATTRIB | IN_DELETE) < 0) {
    close(d->notify);
    d->notify = -1;
  }
  DIR *dp = opendir(dir);
  if (!dp) return;
  for (struct dirent *e; (e = readdir(dp)) && d->n < INPUT_MAX_DEVICES;) {
    if (strncmp(e->d_name, "event", 5) != 0) continue;
    char path[sizeof d->dir + 64];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) d->fds[d->n++] = fd;
  }
  closedir(dp);
}

static void drain(int fd) {
  char buf[1024];
  while (read(fd, buf, sizeof buf) > 0) {
  }
}

InputWoke input_devices_wait(InputDevices *d, int watch_fd, short watch_events, int ms) {
  struct pollfd pfd[INPUT_MAX_DEVICES + 2];
  int n = 0;
  if (watch_fd >= 0) pfd[n++] = (struct pollfd){watch_fd, watch_events, 0};
  int first_device = n;
  for (int i = 0; i < d->n; i++) pfd[n++] = (struct pollfd){d->fds[i], POLLIN, 0};
  if (d->notify >= 0) pfd[n++] = (struct pollfd){d->notify, POLLIN, 0};
  if (poll(pfd, (nfds_t)n, ms) <= 0) return INPUT_WOKE_TIMEOUT;
  if (watch_fd >= 0 && pfd[0].revents) return INPUT_WOKE_WATCH;
  InputWoke woke = INPUT_WOKE_TIMEOUT;
  bool gone = false;
  for (int i = first_device; i < first_device + d->n; i++) {
    if (pfd[i].revents & (POLLERR | POLLHUP | POLLNVAL)) gone = true; /* unplugged */
    else if (pfd[i].revents) drain(pfd[i].fd);
    if (pfd[i].revents) woke = INPUT_WOKE_DEVICE;
  }
  if (d->notify >= 0 && pfd[n - 1].revents) drain(d->notify);
  if (gone || (d->notify >= 0 && pfd[n - 1].revents)) { /* a device came or went: look again */
    char dir[sizeof d->dir];
    memcpy(dir, d->dir, sizeof dir);
    input_devices_open(d, dir);
    woke = INPUT_WOKE_DEVICE;
  }
  return woke;
}
