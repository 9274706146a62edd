build/obj/src/store/processes.o: src/store/processes.c \
 src/store/processes.h src/store/db.h src/util/err.h \
 src/store/db_internal.h src/util/alloc.h
src/store/processes.h:
src/store/db.h:
src/util/err.h:
src/store/db_internal.h:
src/util/alloc.h:
