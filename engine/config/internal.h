/* internal.h — (internal to config/) limits and names shared by the reader, the writer
   and the PIN guard, so the file's comments state the same ranges the reader checks. */
#ifndef CONFIG_INTERNAL_H
#define CONFIG_INTERNAL_H

#define CONFIG_FILE "kiosk.lua"
#define CONFIG_DEFAULT_COUNTRY "MY"
#define CONFIG_HASH_PREFIX "$argon2id$" /* the only hash the kiosk makes and accepts */
#define CONFIG_INTL "INTL" /* the catalogue's lines that work from every country */

/* Idle times in seconds. Below 15 s a slow reader is interrupted mid-screen; above an
   hour a learner's session would stay open for the next person. */
#define CONFIG_IDLE_MIN 15
#define CONFIG_RESULT_IDLE_MIN 10
#define CONFIG_IDLE_MAX 3600
#define CONFIG_IDLE_DEFAULT 90
#define CONFIG_RESULT_IDLE_DEFAULT 30

#define CONFIG_NTOPICS 8
extern const char *const config_topics[CONFIG_NTOPICS];

#endif
