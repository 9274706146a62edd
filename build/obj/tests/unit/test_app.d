build/obj/tests/unit/test_app.o: tests/unit/test_app.c src/app/app.h \
 src/util/err.h src/app/badge.h src/core/badge.h src/store/badges.h \
 src/core/person.h src/store/db.h src/app/csv.h src/app/people.h \
 src/app/scan.h src/core/attendance.h src/core/visit.h src/app/visits.h \
 src/store/visits.h tests/harness.h tests/unit/suites.h src/util/alloc.h \
 src/util/date.h
src/app/app.h:
src/util/err.h:
src/app/badge.h:
src/core/badge.h:
src/store/badges.h:
src/core/person.h:
src/store/db.h:
src/app/csv.h:
src/app/people.h:
src/app/scan.h:
src/core/attendance.h:
src/core/visit.h:
src/app/visits.h:
src/store/visits.h:
tests/harness.h:
tests/unit/suites.h:
src/util/alloc.h:
src/util/date.h:
