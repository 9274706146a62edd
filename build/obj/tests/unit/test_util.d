build/obj/tests/unit/test_util.o: tests/unit/test_util.c tests/harness.h \
 tests/unit/suites.h src/util/collate.h src/util/date.h src/util/i18n.h \
 src/util/text.h
tests/harness.h:
tests/unit/suites.h:
src/util/collate.h:
src/util/date.h:
src/util/i18n.h:
src/util/text.h:
