build/obj/src/store/migrate.o: src/store/migrate.c \
 src/store/db_internal.h src/store/db.h src/util/err.h src/util/log.h
src/store/db_internal.h:
src/store/db.h:
src/util/err.h:
src/util/log.h:
