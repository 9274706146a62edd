build/obj/tests/unit/test_core.o: tests/unit/test_core.c \
 src/core/attendance.h src/core/visit.h src/core/badge.h src/core/hours.h \
 src/core/person.h src/core/session.h tests/harness.h tests/unit/suites.h
src/core/attendance.h:
src/core/visit.h:
src/core/badge.h:
src/core/hours.h:
src/core/person.h:
src/core/session.h:
tests/harness.h:
tests/unit/suites.h:
