build/obj/tests/unit/main.o: tests/unit/main.c tests/harness.h \
 tests/unit/suites.h src/util/i18n.h
tests/harness.h:
tests/unit/suites.h:
src/util/i18n.h:
