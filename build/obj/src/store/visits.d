build/obj/src/store/visits.o: src/store/visits.c src/store/visits.h \
 src/core/visit.h src/store/db.h src/util/err.h src/store/db_internal.h
src/store/visits.h:
src/core/visit.h:
src/store/db.h:
src/util/err.h:
src/store/db_internal.h:
