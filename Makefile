# Digital-literacy training kiosk.
#   make            build build/kiosk
#   make run        build and start the kiosk in a window (data in ./var)
#   make test       unit + integration tests under AddressSanitizer/UBSan, then the
#                   line coverage they reached, per engine folder
#   make coverage   the same, with the coverage of each file
#   make deps       install the Debian / Raspberry Pi OS packages needed
#   make bench      performance table against a minimal SDL program
#   make test-arm64 cross-build for Raspberry Pi OS 64-bit and test under qemu (make deps-arm64 first)
#   make install    PREFIX=/usr/local DESTDIR=
#   make clean

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
PKG_CONFIG ?= pkg-config

PKGS     := sdl2 SDL2_ttf libpng lua5.4 sqlite3 libsodium libthai zlib libqrencode
# Opened when first needed (engine/core/dl.c; speech, Ogg recordings, stats push, Burmese
# line breaks), not
# linked: their headers only. Linked, their sixty dependencies cost every start 29 M
# instructions in the dynamic loader.
PKGS_LAZY := espeak-ng vorbisfile libcurl icu-uc
# Asked of pkg-config when first used, not when the Makefile is read: on a fresh
# machine `make deps test` installs the packages before anything is compiled.
lazy = $(eval $1 := $$(shell $2 2>/dev/null))$($1)
PKG_CFLAGS   = $(call lazy,PKG_CFLAGS,$(PKG_CONFIG) --cflags $(PKGS) $(PKGS_LAZY))
PKG_LIBS     = $(call lazy,PKG_LIBS,$(PKG_CONFIG) --libs $(PKGS))
CHECK_CFLAGS = $(call lazy,CHECK_CFLAGS,$(PKG_CONFIG) --cflags check)
CHECK_LIBS   = $(call lazy,CHECK_LIBS,$(PKG_CONFIG) --libs check)
# The text tests ask ICU itself where Burmese may break, to hold the engine's breaks to it.
ICU_LIBS     = $(call lazy,ICU_LIBS,$(PKG_CONFIG) --libs icu-uc)

VERSION  := 0.1.0
WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wno-unused-parameter -Wformat=2 -Wvla -Wno-format-truncation
BASE_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) -Iengine -Ibuild/gen $(PKG_CFLAGS) \
            -DKIOSK_VERSION='"$(VERSION)"' -DKIOSK_DATADIR='"$(PREFIX)/share/kiosk"'
CFLAGS   ?= -O2 -g
LDLIBS   = $(PKG_LIBS) -lm -pthread

SAN      := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
ASAN_CFLAGS := -O1 -g $(SAN)
# The sanitized engine also counts its lines (gcov), so the one run of the suite that
# checks it under the sanitizers measures its coverage too. KIOSK_COVERAGE lets the
# lesson child write its counters before it exits (engine/lesson/runner.c).
COV_CFLAGS := --coverage -DKIOSK_COVERAGE

ENGINE_SRC := $(sort $(shell find engine -name '*.c' ! -name main.c))
ENGINE_OBJ := $(ENGINE_SRC:%.c=build/obj/%.o)
ASAN_OBJ   := $(ENGINE_SRC:%.c=build/asan/%.o)
GEN        := build/gen/prelude.inc
UNIT_SRC   := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=build/tests/%)

.PHONY: FORCE all run test coverage unit integration deps deps-dev deps-fuzz bench install uninstall clean lint screenshots fuzz

all: build/kiosk

build/kiosk: $(ENGINE_OBJ) build/obj/engine/main.o
	@echo "  LINK  $@"
	@$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

build/obj/%.o: %.c $(GEN)
	@mkdir -p $(dir $@)
	@echo "  CC    $<"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# The sanitized objects are made again when their flags change (this file holds them).
build/asan/flags: FORCE
	@mkdir -p $(dir $@)
	@echo '$(ASAN_CFLAGS) $(COV_CFLAGS)' | cmp -s - $@ || echo '$(ASAN_CFLAGS) $(COV_CFLAGS)' >$@
FORCE:

build/asan/%.o: %.c $(GEN) build/asan/flags
	@mkdir -p $(dir $@)
	@echo "  CC    $< (sanitizers)"
	@rm -f $(@:.o=.gcda)
	@$(CC) $(BASE_CFLAGS) $(ASAN_CFLAGS) $(COV_CFLAGS) -MMD -MP -c -o $@ $<

# The Lua prelude (the friendly lesson API) is compiled into the binary, so a lesson
# pack can never replace it.
build/gen/prelude.inc: engine/lesson/prelude.lua
	@mkdir -p $(dir $@)
	od -An -v -tx1 $< | sed -e 's/ \([0-9a-f][0-9a-f]\)/0x\1,/g' > $@

build/asan/kiosk: $(ASAN_OBJ) build/asan/engine/main.o
	@echo "  LINK  $@"
	@$(CC) $(ASAN_CFLAGS) --coverage -o $@ $^ $(LDLIBS)

build/tests/%: tests/unit/%.c tests/unit/testutil.h tests/unit/statsutil.h tests/unit/speech_samples.h $(ASAN_OBJ)
	@mkdir -p $(dir $@)
	@echo "  TEST  $@"
	@$(CC) $(BASE_CFLAGS) $(CHECK_CFLAGS) -Itests/unit $(ASAN_CFLAGS) -o $@ $< $(ASAN_OBJ) $(LDLIBS) $(CHECK_LIBS) $(ICU_LIBS) -lgcov

# the ui tests share their fixture; test_lessons_b is the other half of test_lessons
build/tests/test_ui build/tests/test_touch build/tests/test_feedback build/tests/test_panels build/tests/test_keyboard build/tests/test_focus: tests/unit/ui_fixture.h
build/tests/test_lessons_b: tests/unit/test_lessons.c

# "Exit to desktop" in the staff menu ends the kiosk with status 3: not an error here.
run: build/kiosk
	@mkdir -p var
	./build/kiosk run --data var --lessons lessons || [ $$? -eq 3 ]

# Every unit test binary (one per core at a time), then the integration scripts
# against the sanitized kiosk; then the lines of the engine that run reached, per
# folder (tests/coverage.sh; make coverage lists every file too).
test coverage:
	@find build/asan -name '*.gcda' -delete 2>/dev/null || true
	@$(MAKE) --no-print-directory unit integration
	@bash tests/coverage.sh $(if $(filter coverage,$@),--files)

unit: $(UNIT_BIN) build/asan/kiosk
	@KIOSK_TEST_BIN=build/asan/kiosk bash tests/unit/run.sh $(UNIT_BIN)

integration: build/asan/kiosk
	@set -e; for t in $(sort $(wildcard tests/integration/*.sh)); do echo "== $$t"; \
	  KIOSK=build/asan/kiosk bash $$t; done

# Packages from Debian / Raspberry Pi OS only; nothing is downloaded at build time.
DEB_RUNTIME := libsdl2-2.0-0 libsdl2-ttf-2.0-0 libpng16-16 liblua5.4-0 libsqlite3-0 \
               libsodium23 libthai0 libthai-data fonts-noto-core fonts-dejavu-core \
               libespeak-ng1 espeak-ng-data libvorbisfile3 libcurl4 zlib1g libicu72 libqrencode4
DEB_BUILD   := build-essential pkg-config libsdl2-dev libsdl2-ttf-dev libpng-dev \
               liblua5.4-dev libsqlite3-dev libsodium-dev libthai-dev libespeak-ng-dev libvorbis-dev \
               libcurl4-openssl-dev zlib1g-dev libicu-dev libqrencode-dev
DEB_TEST    := check libsubunit-dev sqlite3 minisign xvfb xauth valgrind time libharfbuzz-bin shellcheck \
               lcov cppcheck \
               libegl-mesa0 libgl1-mesa-dri libgles2 \
               espeak-ng sox libsox-fmt-base zbar-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

deps:
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	  $(DEB_RUNTIME) $(DEB_BUILD) $(DEB_TEST)
	@# the LRS for the stats push tests (tests/lrs): Node from Debian when the machine has none,
	@# Learning Locker's statements service from the npm registry, pinned by its lockfile
	command -v npm >/dev/null || $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	  --no-install-recommends nodejs npm
	cd tests/lrs && npm ci --no-audit --no-fund --loglevel=error

# Raspberry Pi OS 64-bit: cross-build and qemu-user tests (deps-arm64, cross-arm64, test-arm64).
include board/Makefile.fragment

# libFuzzer targets (clang, ASan + UBSan) for what reaches the kiosk from outside: minisign
# keys and signatures, SHA256SUMS, the lesson runner's screens, pack.lua, strings,
# kiosk.lua, and exports given to stats merge (tests/fuzz/run.sh lists them).
# FUZZ_SECONDS per target (default 60); make deps-fuzz installs clang.
DEB_FUZZ := clang libclang-rt-14-dev

deps-fuzz:
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(DEB_FUZZ)

fuzz:
	bash tests/fuzz/run.sh

bench: build/kiosk build/bench/speech_bench
	bash tests/bench/run.sh
	bash tests/bench/data.sh
	bash tests/bench/config.sh
	bash tests/bench/speech.sh
	bash tests/bench/stats.sh

# The speech module alone, as the kiosk uses it (tests/bench/speech.sh): its own objects
# and libraries only, so start-up is compared with espeak-ng's program fairly.
SPEECH_BENCH_OBJ = $(filter build/obj/engine/speech/% build/obj/engine/core/% build/obj/engine/lesson/% \
                     build/obj/engine/screen/%,$(ENGINE_OBJ))
build/bench/speech_bench: tests/bench/speech_bench.c $(SPEECH_BENCH_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LINK  $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) -o $@ $< $(SPEECH_BENCH_OBJ) -Wl,--as-needed $(LDLIBS)

screenshots: build/kiosk
	bash tests/screenshots.sh

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --inline-suppr --std=c11 -Iengine engine

install: build/kiosk
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/kiosk
	install -m 755 build/kiosk $(DESTDIR)$(PREFIX)/bin/kiosk
	cp -R lessons assets $(DESTDIR)$(PREFIX)/share/kiosk/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/kiosk
	rm -rf $(DESTDIR)$(PREFIX)/share/kiosk

clean:
	rm -rf build

# (build/system holds root file systems for the system test: not searched)
-include $(shell find build -path build/system -prune -o -name '*.d' -type f -print 2>/dev/null)
