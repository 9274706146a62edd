build/obj/src/app/badge.o: src/app/badge.c src/app/badge.h src/app/app.h \
 src/util/err.h src/core/badge.h src/store/badges.h src/core/person.h \
 src/store/db.h src/store/people.h
src/app/badge.h:
src/app/app.h:
src/util/err.h:
src/core/badge.h:
src/store/badges.h:
src/core/person.h:
src/store/db.h:
src/store/people.h:
