build/obj/src/store/db.o: src/store/db.c src/store/db_internal.h \
 src/store/db.h src/util/err.h src/util/alloc.h src/util/collate.h \
 src/util/log.h src/util/text.h
src/store/db_internal.h:
src/store/db.h:
src/util/err.h:
src/util/alloc.h:
src/util/collate.h:
src/util/log.h:
src/util/text.h:
