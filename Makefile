# rota — a plain Makefile. `make run` and `make check` are all a newcomer needs.

CC       ?= cc
BUILD    ?= build
PKGS     := ncursesw sqlite3 libsodium libqrencode
# cairo and pango are compiled against but loaded at run time (src/out/cairo_lib.c,
# src/out/pango_lib.c):
# the kiosk never draws a sheet or a document and need not carry their libraries.
CAIRO    := cairo cairo-pdf cairo-png pangocairo
# libpq likewise (src/central/pq_lib.c): only `rota sync` and `rota central`
# talk to PostgreSQL.
PQ       := libpq
CFLAGS   ?= -O2 -g
WARN     := -std=c11 -Wall -Wextra -Wshadow -Wformat=2 -Wmissing-prototypes \
            -Wstrict-prototypes -Wvla -Wwrite-strings
PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
LOCALEDIR?= $(PREFIX)/share/locale
MANDIR   ?= $(PREFIX)/share/man
CPPFLAGS += -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -I. -Isrc
# pkg-config is asked lazily, once, when a compile or link first needs it: on
# a fresh machine `make check` must install pkg-config and the -dev packages
# (install/deps.sh) before anything asks for their flags.
PKG_CFLAGS = $(eval PKG_CFLAGS := $(filter-out -D_XOPEN_SOURCE% -D_DEFAULT_SOURCE,$(shell pkg-config --cflags $(PKGS) $(CAIRO) $(PQ))))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $(shell pkg-config --libs $(PKGS)))$(PKG_LIBS)
ALL_CFLAGS = $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) $(PKG_CFLAGS)
LDLIBS   += $(PKG_LIBS) $(EXTRA_LDFLAGS)

LIB_SRC  := $(wildcard src/util/*.c src/core/*.c src/store/*.c src/ui/*.c src/out/*.c src/central/*.c src/app/*.c src/kiosk/*.c src/cli/*.c screens/*.c)
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
LIB      := $(BUILD)/librota.a
UNIT_SRC := $(wildcard tests/unit/*.c) tests/harness.c
SCR_SRC  := $(wildcard tests/screens/*.c) tests/harness.c
BENCH_SRC:= $(wildcard bench/*.c)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzzers/%)
FUZZ_SECONDS ?= 60
PO       := $(wildcard assets/po/*.po)
MO       := $(PO:assets/po/%.po=$(BUILD)/locale/%/LC_MESSAGES/rota.mo)
BIN      := $(if $(filter build,$(BUILD)),rota,$(BUILD)/rota)
DEMO_DB  := $(BUILD)/demo.db

.PHONY: all deps deps-build run check test-unit test-screens test-e2e test-po asan valgrind fuzz fuzz-built \
        bench check-layers pot clean install uninstall run-built check-built bench-built \
        FORCE

all: $(BIN) $(MO)

# Testing needs more than running: `make run` installs only what builds and
# runs rota, `make check` adds the test tools.
deps:
	@install/deps.sh
deps-build:
	@install/deps.sh --build

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# The schema every opened file is held to, as a hash made here by running
# the migrations in memory (tools/schema_ref.c): linked into the library, so
# an open compares a hash instead of building a second database.
$(BUILD)/schema-ref: $(BUILD)/obj/tools/schema_ref.o $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)
$(BUILD)/schema_ref.c: $(BUILD)/schema-ref
	$(BUILD)/schema-ref >$@.part && mv $@.part $@
$(BUILD)/schema_ref.o: $(BUILD)/schema_ref.c
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ) $(BUILD)/schema_ref.o
	@rm -f $@
	ar rcs $@ $^

# The catalogs' folder is compiled in; a new PREFIX rebuilds the one object
# that names it.
$(BUILD)/localedir: FORCE
	@mkdir -p $(BUILD)
	@echo '$(LOCALEDIR)' | cmp -s - $@ || echo '$(LOCALEDIR)' >$@
$(BUILD)/obj/src/util/i18n.o: $(BUILD)/localedir
$(BUILD)/obj/src/util/i18n.o: CPPFLAGS += -DROTA_LOCALEDIR='"$(LOCALEDIR)"'

$(BIN): $(BUILD)/obj/src/main.o $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

# The test binaries hold every use case to one transaction: they link a
# copy of the store's db.o built with ROTA_CHECK_SNAPSHOT ahead of the
# library's, so a statement run outside db_begin_read/db_begin_write dies
# naming it (store/db.c). build/rota-checked is rota so built, for running
# a shell level against (tests/cli/run.sh build/rota-checked).
CHECK_OBJ := $(BUILD)/obj-check/src/store/db.o
$(CHECK_OBJ): src/store/db.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -DROTA_CHECK_SNAPSHOT $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/rota-checked: $(BUILD)/obj/src/main.o $(CHECK_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/test-unit: $(UNIT_SRC:%.c=$(BUILD)/obj/%.o) $(CHECK_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/test-screens: $(SCR_SRC:%.c=$(BUILD)/obj/%.o) $(CHECK_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/pane2pgm: $(BUILD)/obj/tests/tools/pane2pgm.o $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/pngcrop: $(BUILD)/obj/tests/tools/pngcrop.o
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(shell pkg-config --libs $(CAIRO))

$(BUILD)/docsample: $(BUILD)/obj/tests/tools/docsample.o $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

# The hour rule the triggers call, for the sqlite3 shell (tools/rules_ext.c):
# the sync levels write a year of visits in bulk through it.
$(BUILD)/rota-rules.so: tools/rules_ext.c src/store/rules.c src/core/hours.c src/core/visit.c src/util/refusal.c src/util/date.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -fPIC -shared -o $@ tools/rules_ext.c src/core/hours.c src/core/visit.c \
	  src/util/refusal.c src/util/date.c

$(BUILD)/bench: $(BENCH_SRC:%.c=$(BUILD)/obj/%.o) $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS) -lutil

$(BUILD)/locale/%/LC_MESSAGES/rota.mo: assets/po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# The entry points a newcomer uses install what is missing first, then run
# make again, which only then asks pkg-config for flags.
run: deps-build
	@$(MAKE) --no-print-directory run-built
check: deps
	@$(MAKE) --no-print-directory check-built
bench: deps
	@$(MAKE) --no-print-directory bench-built

# The kiosk on a demo workshop. The demo badges' payloads go to build/demo-badges.txt.
run-built: all
	@test -f $(DEMO_DB) || ./$(BIN) --db $(DEMO_DB) init --demo --badges-out $(BUILD)/demo-badges.txt
	@./$(BIN) --db $(DEMO_DB) config set demo on # a demo.db made before the setting existed
	@echo "Demo badges: $(BUILD)/demo-badges.txt"
	@echo "This is a demo kiosk: Ctrl-Q leaves it."
	./$(BIN) --db $(DEMO_DB)

TOOLS    := $(BUILD)/pane2pgm $(BUILD)/pngcrop $(BUILD)/docsample $(BUILD)/rota-rules.so

check-built: all $(BUILD)/test-unit $(BUILD)/test-screens $(TOOLS) check-layers
	@tests/run-all.sh $(BUILD) ./$(BIN)

test-unit: $(BUILD)/test-unit $(MO)
	ROTA_LOCALEDIR=$(BUILD)/locale $(BUILD)/test-unit

test-screens: $(BUILD)/test-screens $(MO)
	ROTA_LOCALEDIR=$(BUILD)/locale $(BUILD)/test-screens

test-e2e: all
	tests/e2e/run.sh ./$(BIN)

test-po:
	tests/po-complete.sh

# Unit and screen tests under AddressSanitizer and UBSan, in their own build
# tree: the first finding of either stops the run with a failure, never a
# line that scrolls past.
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
SAN_ENV   := ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0 \
             UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
asan: deps
	$(SAN_ENV) $(MAKE) --no-print-directory BUILD=build/asan CC=clang \
	  EXTRA_CFLAGS="$(SAN_FLAGS) $(EXTRA_CFLAGS)" EXTRA_LDFLAGS="-fsanitize=address,undefined" CFLAGS="-O1 -g" \
	  test-unit test-screens

# libFuzzer targets: every tests/fuzz/fuzz_*.c is one, linked against the
# whole library (not src/main.c) built with the sanitizers in its own tree;
# each runs FUZZ_SECONDS from its seeds in tests/fuzz/corpus/NAME/.
fuzz: deps
	$(SAN_ENV) $(MAKE) --no-print-directory BUILD=build/fuzz CC=clang CFLAGS="-O1 -g" \
	  EXTRA_CFLAGS="$(SAN_FLAGS) -fsanitize=fuzzer-no-link $(EXTRA_CFLAGS)" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" fuzz-built

fuzz-built: $(FUZZ_BIN)
	tests/fuzz/run.sh $(BUILD)/fuzzers $(FUZZ_SECONDS)

.SECONDARY: $(FUZZ_SRC:%.c=$(BUILD)/obj/%.o)
$(BUILD)/fuzzers/%: $(BUILD)/obj/tests/fuzz/%.o $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

valgrind: $(BUILD)/test-unit $(BUILD)/test-screens $(MO)
	ROTA_LOCALEDIR=$(BUILD)/locale valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite $(BUILD)/test-unit
	ROTA_LOCALEDIR=$(BUILD)/locale valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite $(BUILD)/test-screens

bench-built: $(BUILD)/bench all
	$(BUILD)/bench ./$(BIN)

# The manual: its template and the settings table rota reads
# (tools/man_page.c), so every setting and default it names is the program's.
.PHONY: man
man: $(BUILD)/rota.1
$(BUILD)/man-page: $(BUILD)/obj/tools/man_page.o $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)
$(BUILD)/rota.1: docs/rota.1.in $(BUILD)/man-page
	$(BUILD)/man-page docs/rota.1.in >$@.part && mv $@.part $@

# Installs the binary, the catalogs and the manual under DESTDIR/PREFIX.
# The folders it had to make are noted in share/rota/folders (with those
# of earlier installs), so uninstall removes them again when nothing else
# is in them, and never a folder that was there before.
INSTALL_DIRS := $(BINDIR) $(MANDIR)/man1 $(PO:assets/po/%.po=$(LOCALEDIR)/%/LC_MESSAGES) $(PREFIX)/share/rota
FOLDERS  := $(PREFIX)/share/rota/folders
install: all $(BUILD)/rota.1
	@set -e; made=; for d in $(INSTALL_DIRS); do \
	  while [ "$$d" != / ] && [ "$$d" != . ] && [ ! -d "$(DESTDIR)$$d" ]; do made="$$made $$d"; d=$$(dirname "$$d"); done; \
	done; \
	install -d $(addprefix $(DESTDIR),$(INSTALL_DIRS)); \
	{ cat "$(DESTDIR)$(FOLDERS)" 2>/dev/null || true; for d in $$made; do echo "$$d"; done; } | \
	  sort -u >"$(DESTDIR)$(FOLDERS).part"; \
	mv "$(DESTDIR)$(FOLDERS).part" "$(DESTDIR)$(FOLDERS)"
	install -m 0755 $(BIN) $(DESTDIR)$(BINDIR)/rota
	install -m 0644 $(BUILD)/rota.1 $(DESTDIR)$(MANDIR)/man1/rota.1
	for p in $(PO:assets/po/%.po=%); do \
	  install -m 0644 $(BUILD)/locale/$$p/LC_MESSAGES/rota.mo $(DESTDIR)$(LOCALEDIR)/$$p/LC_MESSAGES/rota.mo \
	  || exit 1; done

# Deepest first, so a folder emptied by removing its child goes too.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rota $(DESTDIR)$(MANDIR)/man1/rota.1
	for p in $(PO:assets/po/%.po=%); do rm -f $(DESTDIR)$(LOCALEDIR)/$$p/LC_MESSAGES/rota.mo; done
	@set -e; if [ -f "$(DESTDIR)$(FOLDERS)" ]; then \
	  made=$$(sort -r "$(DESTDIR)$(FOLDERS)"); rm -f "$(DESTDIR)$(FOLDERS)"; \
	  for d in $$made; do \
	    if [ -d "$(DESTDIR)$$d" ]; then rmdir --ignore-fail-on-non-empty "$(DESTDIR)$$d"; fi; \
	  done; \
	fi

check-layers:
	@tests/check-layers.sh

# Refreshes the message template and merges it into every catalog.
pot:
	xgettext --from-code=UTF-8 -k_ -kN_ -kP_:1,2 -o assets/po/rota.pot \
	  --package-name=rota --add-comments=TRANSLATORS $(sort $(LIB_SRC) $(wildcard src/*/*.h screens/*.h)) src/main.c
	for p in $(PO); do msgmerge -q -U --backup=none $$p assets/po/rota.pot; done

clean:
	rm -rf build rota

-include $(shell find $(BUILD)/obj $(BUILD)/obj-check -name '*.d' 2>/dev/null)
