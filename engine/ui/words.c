/* words.c — the engine's own words in English and their translation keys. */
#include "ui/ui.h"

#define WORD(field, key, english) {key, offsetof(UiWords, field)},
#define ENGLISH(field, key, english) .field = english,
#define ALL_WORDS(X)                                                                        \
  X(next, "next", "Continue")                                                               \
  X(check, "check", "Check my answer")                                                      \
  X(done, "done", "I'm done")                                                               \
  X(finish, "finish", "Finish")                                                             \
  X(safe, "safe", "Safe")                                                                   \
  X(scam, "scam", "Scam")                                                                   \
  X(right, "right", "Well spotted!")                                                        \
  X(not_quite, "not_quite", "Not quite")                                                    \
  X(right_answer, "right_answer", "The right answer:")                                      \
  X(is_scam, "is_scam", "This one is a scam.")                                              \
  X(is_safe, "is_safe", "This one is safe.")                                                \
  X(pick_all, "pick_all", "Choose all that apply, then check.")                             \
  X(tap_flags, "tap_flags", "Tap the parts of the message that look suspicious.")           \
  X(found, "found", "Found {n} of {total}")                                                 \
  X(found_all, "found_all", "You found all the red flags!")                                 \
  X(missed, "missed", "You missed this one")                                                \
  X(tap_review, "tap_review", "Tap a highlighted part to see why it is a red flag.")        \
  X(looks_normal, "looks_normal", "That part looks normal. Keep looking.")                  \
  X(reply, "reply", "What do you reply?")                                                   \
  X(card, "card", "Message {n} of {total}")                                                 \
  X(score, "score", "You got {n} of {total}")                                               \
  X(complete, "complete", "Lesson complete")                                                \
  X(takeaways, "takeaways", "Remember")                                                     \
  X(get_help, "get_help", "Get help")                                                       \
  X(back, "back", "Back to menu")                                                           \
  X(listen, "listen", "Listen")                                                             \
  X(need_help, "need_help", "Want to talk to someone?")                                     \
  X(typing, "typing", "typing…")

static const UiWords english = {ALL_WORDS(ENGLISH)};
static const UiWordKey keys[] = {ALL_WORDS(WORD)};

const UiWords *ui_default_words(void) { return &english; }

const UiWordKey *ui_word_keys(int *count) {
  *count = (int)(sizeof keys / sizeof keys[0]);
  return keys;
}
