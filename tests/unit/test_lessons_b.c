/* test_lessons_b.c — the other half of test_lessons.c's exploration (the (lesson,
   language) pairs of odd parity), a binary of its own so that make unit explores on both
   cores at once. */
#define TEST_LESSONS_PART 1
#include "test_lessons.c"
