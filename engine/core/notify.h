/* notify.h — telling systemd how the kiosk is: READY=1 once the first frame is on the
   screen, WATCHDOG=1 while the main loop runs (a hung kiosk is then restarted). The
   sd_notify datagram protocol on $NOTIFY_SOCKET, so libsystemd is not needed; silent
   when the kiosk was not started by systemd. */
#ifndef CORE_NOTIFY_H
#define CORE_NOTIFY_H

#include <stdbool.h>
#include <stdint.h>

/* Sends one state line ("READY=1", "WATCHDOG=1", "STATUS=..."). True if sent; false
   when there is no $NOTIFY_SOCKET or it cannot be reached. */
bool notify_send(const char *state);

/* How often to send WATCHDOG=1: half of $WATCHDOG_USEC in milliseconds, when the
   watchdog is meant for this process ($WATCHDOG_PID absent or ours); 0 when off. */
uint64_t notify_watchdog_interval_ms(void);

#endif
