/* ready_wait.c — make bench's stand-in for systemd's notify socket: binds SOCKET (an
   AF_UNIX datagram socket, as $NOTIFY_SOCKET names it), prints "bound", then waits up to
   SECONDS for a datagram holding READY=1 (sent once the kiosk's first frame is on the
   screen, app_run in engine/app/app.c) and exits 0 when one came, 1 otherwise. The idle rows
   start their window a second after it: "the attract screen from its first second". */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: ready_wait SOCKET SECONDS\n");
    return 2;
  }
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  if (strlen(argv[1]) >= sizeof addr.sun_path) {
    fprintf(stderr, "ready_wait: %s: path too long\n", argv[1]);
    return 2;
  }
  strcpy(addr.sun_path, argv[1]);
  int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
  unlink(argv[1]);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    perror("ready_wait: bind");
    return 2;
  }
  printf("bound\n");
  fflush(stdout);
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  int limit_ms = atoi(argv[2]) * 1000;
  for (;;) {
    clock_gettime(CLOCK_MONOTONIC, &now);
    int waited = (int)((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000);
    if (waited >= limit_ms) break;
    struct pollfd p = {fd, POLLIN, 0};
    if (poll(&p, 1, limit_ms - waited) <= 0) continue;
    char msg[512];
    ssize_t n = recv(fd, msg, sizeof msg - 1, 0);
    if (n <= 0) continue;
    msg[n] = '\0';
    if (strstr(msg, "READY=1")) {
      unlink(argv[1]);
      return 0;
    }
  }
  unlink(argv[1]);
  fprintf(stderr, "ready_wait: no READY=1 within %s s\n", argv[2]);
  return 1;
}
