build/obj/src/util/collate.o: src/util/collate.c src/util/collate.h \
 src/util/alloc.h src/util/text.h
src/util/collate.h:
src/util/alloc.h:
src/util/text.h:
