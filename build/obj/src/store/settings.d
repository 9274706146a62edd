build/obj/src/store/settings.o: src/store/settings.c src/store/settings.h \
 src/store/db.h src/util/err.h src/store/db_internal.h
src/store/settings.h:
src/store/db.h:
src/util/err.h:
src/store/db_internal.h:
