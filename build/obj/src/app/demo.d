build/obj/src/app/demo.o: src/app/demo.c src/app/demo.h src/app/app.h \
 src/util/err.h src/app/badge.h src/core/badge.h src/store/badges.h \
 src/core/person.h src/store/db.h src/app/people.h
src/app/demo.h:
src/app/app.h:
src/util/err.h:
src/app/badge.h:
src/core/badge.h:
src/store/badges.h:
src/core/person.h:
src/store/db.h:
src/app/people.h:
