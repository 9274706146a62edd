build/obj/tests/unit/test_store.o: tests/unit/test_store.c src/store/db.h \
 src/util/err.h src/store/people.h src/core/person.h \
 src/store/processes.h src/store/visits.h src/core/visit.h \
 tests/harness.h tests/unit/suites.h src/util/alloc.h
src/store/db.h:
src/util/err.h:
src/store/people.h:
src/core/person.h:
src/store/processes.h:
src/store/visits.h:
src/core/visit.h:
tests/harness.h:
tests/unit/suites.h:
src/util/alloc.h:
