build/obj/src/util/alloc.o: src/util/alloc.c src/util/alloc.h \
 src/util/log.h
src/util/alloc.h:
src/util/log.h:
