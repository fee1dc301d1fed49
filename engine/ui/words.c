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
  X(typing, "typing", "typing…")                                                            \
  X(type_here, "type_here", "Type here")                                                    \
  X(space, "space", "space")                                                                \
  X(check_password, "check_password", "Check it")                                           \
  X(welcome_title, "welcome_title", "Stay safe online")                                      \
  X(welcome_text, "welcome_text", "Short games about scams, online safety and safe work abroad.") \
  X(touch_start, "touch_start", "Touch to start")                                            \
  X(choose_language, "choose_language", "Choose your language")                              \
  X(minutes, "minutes", "{n} min")                                                           \
  X(prev_page, "prev_page", "Back")                                                          \
  X(next_page, "next_page", "More")                                                          \
  X(language, "language", "Language")                                                        \
  X(text_size, "text_size", "Bigger text")                                                   \
  X(unavailable, "unavailable", "Not available right now")                                   \
  X(note_title, "note_title", "Before you start")                                            \
  X(note_text, "note_text", "This lesson talks about experiences that can be hard. You can stop at any time, and Get help is always one tap away.") \
  X(start, "start", "Start")                                                                 \
  X(not_now, "not_now", "Not now")                                                           \
  X(still_there, "still_there", "Are you still there?")                                      \
  X(still_there_text, "still_there_text", "The kiosk starts again for the next person in {n} seconds.") \
  X(im_here, "im_here", "I'm still here")                                                    \
  X(leave_title, "leave_title", "Leave this lesson?")                                        \
  X(leave_text, "leave_text", "You can come back to it any time.")                           \
  X(leave_yes, "leave_yes", "Yes, back to menu")                                             \
  X(leave_no, "leave_no", "Keep going")                                                      \
  X(problem_title, "problem_title", "Sorry, this lesson has a problem")                      \
  X(problem_text, "problem_text", "It is not your fault. Please choose another lesson.")     \
  X(help_title, "help_title", "Get help")                                                    \
  X(help_text, "help_text", "You can call these numbers now or later. Talking to someone can help.") \
  X(help_none, "help_none", "Please ask a staff member here for help.")                      \
  X(close, "close", "Close")                                                                 \
  X(topic_fraud, "topic_fraud", "Online fraud and scams")                                    \
  X(topic_accounts, "topic_accounts", "Cybercrime and account safety")                       \
  X(topic_migration, "topic_migration", "Trafficking and unsafe migration")                  \
  X(topic_help, "topic_help", "Getting help")                                                \
  X(topic_other, "topic_other", "More lessons")                                              \
  X(help_trafficking, "help_trafficking", "Trafficking or forced work")                      \
  X(help_scam, "help_scam", "Scams and fraud")                                               \
  X(help_child, "help_child", "Children and young people")                                   \
  X(help_cyber, "help_cyber", "Online crime")                                                \
  X(help_women, "help_women", "Women")                                                       \
  X(help_emergency, "help_emergency", "Emergency")                                           \
  X(staff_pin, "staff_pin", "Staff PIN")                                                     \
  X(pin_wrong, "pin_wrong", "Wrong PIN")                                                     \
  X(pin_wait, "pin_wait", "Too many tries. Wait {n} s.")                                     \
  X(pin_locked, "pin_locked", "Locked after too many tries. Wait {n} min.")                  \
  X(pin_new, "pin_new", "Choose a new staff PIN (6 to 8 digits)")                            \
  X(pin_again, "pin_again", "Type the new PIN again")                                        \
  X(pin_mismatch, "pin_mismatch", "The two PINs were different. Try again.")                 \
  X(pin_saved, "pin_saved", "The new PIN is saved.")                                         \
  X(pin_short, "pin_short", "A staff PIN needs at least 6 digits.") \
  X(pin_weak, "pin_weak", "That PIN is easy to guess. Please avoid repeats and runs like 111111, 121212 or 123456.") \
  X(cancel, "cancel", "Cancel")                                                              \
  X(ok, "ok", "OK")                                                                          \
  X(staff_menu, "staff_menu", "Staff menu")                                                  \
  X(settings, "settings", "Settings")                                                        \
  X(change_pin, "change_pin", "Change the PIN")                                              \
  X(exit_desktop, "exit_desktop", "Exit to desktop")                                         \
  X(back_kiosk, "back_kiosk", "Back to the kiosk")                                           \
  X(country, "country", "Country")                                                           \
  X(languages, "languages", "Languages")                                                     \
  X(idle, "idle", "Idle time on lessons")                                                    \
  X(result_idle, "result_idle", "Idle time on results")                                      \
  X(rotation, "rotation", "Screen rotation")                                                 \
  X(large_text, "large_text", "Large text to start with")                                    \
  X(on, "on", "On")                                                                          \
  X(off, "off", "Off")                                                                       \
  X(seconds, "seconds", "{n} s")                                                             \
  X(degrees, "degrees", "{n}°")                                                              \
  X(pin_first, "pin_first", "No staff PIN yet: choose one now (6 to 8 digits)")            \
  X(usb_staff_only, "usb_staff_only", "A USB stick is connected. Only staff can use it.")    \
  X(packs, "packs", "Lesson packs")                                                          \
  X(on_stick, "on_stick", "On the USB stick")                                                \
  X(installed, "installed", "Installed")                                                     \
  X(bundled, "bundled", "Came with the kiosk")                                               \
  X(install, "install", "Install")                                                           \
  X(installing, "installing", "Installing…")                                                 \
  X(install_done, "install_done", "The pack is installed and in the menu.")                  \
  X(install_failed, "install_failed", "The pack was not installed. Nothing changed.")         \
  X(pack_refused, "pack_refused", "This pack cannot be installed:")                           \
  X(rollback, "rollback", "Go back to the earlier version")                                  \
  X(switch_off, "switch_off", "Hide from learners")                                          \
  X(switch_on, "switch_on", "Show to learners")                                              \
  X(no_packs, "no_packs", "No USB stick with a kiosk-packs folder.") \
  X(stats, "stats", "Statistics") \
  X(tab_lessons, "tab_lessons", "Lessons") \
  X(tab_weeks, "tab_weeks", "Weeks") \
  X(tab_scores, "tab_scores", "Scores") \
  X(tab_missed, "tab_missed", "Often missed") \
  X(tab_languages, "tab_languages", "Languages") \
  X(started, "started", "started") \
  X(finished, "finished", "finished") \
  X(period_all, "period_all", "All time") \
  X(period_30, "period_30", "Last 30 days") \
  X(period_7, "period_7", "Last 7 days") \
  X(no_data, "no_data", "Nothing recorded yet.") \
  X(export, "export", "Export to USB") \
  X(exporting, "exporting", "Saving to the USB stick…") \
  X(export_done, "export_done", "Saved. You can remove the USB stick now.") \
  X(export_failed, "export_failed", "Not saved. Do not remove the stick yet; try again.") \
  X(no_stick, "no_stick", "No USB stick found.") \
  X(stats_off, "stats_off", "Statistics are not being kept on this kiosk.") \
  X(average, "average", "average score") \
  X(wrong_of, "wrong_of", "{n} of {total} wrong") \
  X(stats_lost, "stats_lost", "{n} records could not be saved") \
  X(export_choice, "export_choice", "{n} lesson runs are new since the last export. Export the new records, or everything?") \
  X(export_new, "export_new", "New records") \
  X(export_all, "export_all", "Everything") \
  X(stats_near_cap, "stats_near_cap", "Statistics use {n} MB of the {total} MB allowed. Export them to USB now.") \
  X(card_low, "card_low", "Only {n} MB free on the memory card. Export the statistics to USB now.") \
  X(storage_brief, "storage_brief", "Export now: the card is filling up") \
  X(read_aloud, "read_aloud", "Read aloud to me") \
  X(speech, "speech", "Reading aloud") \
  X(speech_auto, "speech_auto", "Every screen") \
  X(sounds, "sounds", "Sounds") \
  X(volume, "volume", "Volume") \
  X(percent, "percent", "{n} %") \
  X(safe_mode, "safe_mode", "Safe mode: only the bundled lessons and default settings until the kiosk is switched off and on again. Why:") \
  X(data_missing, "data_missing", "The data partition is missing: nothing is saved and statistics are off. The lessons still work. Check the SD card.") \
  X(last_problem, "last_problem", "Last problem:") \
  X(digits, "digits", "0123456789") \
  X(right_choice, "right_choice", "That's right!") \
  X(reply_good, "reply_good", "Good reply") \
  X(reply_not, "reply_not", "Not the safest reply") \
  X(danger, "danger", "Careful! That is what a scammer wants.") \
  X(all_found, "all_found", "You found them all!") \
  X(found_some, "found_some", "You found {n} of {total}") \
  X(mark_missed, "mark_missed", "You missed this one") \
  X(mark_wrong, "mark_wrong", "You ticked it, but it is not one") \
  X(pick_one, "pick_one", "Tick at least one answer, then check.") \
  X(you_said, "you_said", "You said:") \
  X(pw_short, "pw_short", "It is short: fewer than 8 letters are guessed in seconds.") \
  X(pw_common, "pw_common", "It uses a password that guessers try first.") \
  X(pw_run, "pw_run", "It has a run or a repeat, like 1234 or aaaa.") \
  X(pw_few_words, "pw_few_words", "It has {n} words. Five words that do not go together make it strong.") \
  X(pw_words, "pw_words", "Five or more words that do not go together: long and hard to guess.") \
  X(pw_varied, "pw_varied", "Long, with letters, numbers and signs mixed: hard to guess.") \
  X(still_there_text_one, "still_there_text_one", "The kiosk starts again for the next person in 1 second.") \
  X(stats_lost_one, "stats_lost_one", "1 record could not be saved") \
  X(pw_few_words_one, "pw_few_words_one", "It has 1 word. Five words that do not go together make it strong.") \
  X(card_caption, "card_caption", "Scan to take this home. No internet needed.") \
  X(visit_done, "visit_done", "{n} of {total} done") \
  X(badge_earned, "badge_earned", "Badge earned!") \
  X(end_visit, "end_visit", "I'm finished") \
  X(summary_title, "summary_title", "What you learned today") \
  X(summary_text, "summary_text", "You earned {n} badges. Well done!") \
  X(summary_text_one, "summary_text_one", "You earned 1 badge. Well done!") \
  X(card_button, "card_button", "Take the numbers home") \
  X(cards_shown, "cards_shown", "Take-home cards shown: {n}") \
  X(reduce_motion, "reduce_motion", "Reduce motion")

static const UiWords english = {ALL_WORDS(ENGLISH)};
static const UiWordKey keys[] = {ALL_WORDS(WORD)};

const UiWords *ui_default_words(void) { return &english; }

const UiWordKey *ui_word_keys(int *count) {
  *count = (int)(sizeof keys / sizeof keys[0]);
  return keys;
}
