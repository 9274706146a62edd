build/obj/src/app/visits.o: src/app/visits.c src/app/visits.h \
 src/app/app.h src/util/err.h src/store/visits.h src/core/visit.h \
 src/store/db.h
src/app/visits.h:
src/app/app.h:
src/util/err.h:
src/store/visits.h:
src/core/visit.h:
src/store/db.h:
