build/obj/src/store/badges.o: src/store/badges.c src/store/badges.h \
 src/core/person.h src/store/db.h src/util/err.h src/store/db_internal.h
src/store/badges.h:
src/core/person.h:
src/store/db.h:
src/util/err.h:
src/store/db_internal.h:
