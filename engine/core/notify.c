/* notify.c — the sd_notify protocol (sd_notify(3)): one datagram to the AF_UNIX socket
   named by $NOTIFY_SOCKET; a leading '@' names an abstract socket. */
#include "core/notify.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

bool notify_send(const char *state) {
  const char *path = getenv("NOTIFY_SOCKET");
  if (!path || !*path) return false;
  size_t n = strlen(path);
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  if ((path[0] != '/' && path[0] != '@') || n >= sizeof addr.sun_path) return false;
  memcpy(addr.sun_path, path, n);
  if (path[0] == '@') addr.sun_path[0] = '\0'; /* abstract namespace */
  socklen_t len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
  int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  ssize_t sent = sendto(fd, state, strlen(state), MSG_NOSIGNAL, (struct sockaddr *)&addr, len);
  close(fd);
  return sent == (ssize_t)strlen(state);
}

uint64_t notify_watchdog_interval_ms(void) {
  const char *usec = getenv("WATCHDOG_USEC"), *pid = getenv("WATCHDOG_PID");
  if (!usec || !*usec) return 0;
  if (pid && *pid && strtol(pid, NULL, 10) != (long)getpid()) return 0;
  char *end;
  unsigned long long us = strtoull(usec, &end, 10);
  if (*end || us == 0) return 0;
  uint64_t ms = us / 2000u; /* every half interval, as sd_watchdog_enabled(3) advises */
  return ms ? ms : 1;
}
