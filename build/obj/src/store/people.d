build/obj/src/store/people.o: src/store/people.c src/store/people.h \
 src/core/person.h src/store/db.h src/util/err.h src/store/db_internal.h \
 src/util/alloc.h
src/store/people.h:
src/core/person.h:
src/store/db.h:
src/util/err.h:
src/store/db_internal.h:
src/util/alloc.h:
