build/obj/src/ui/dump.o: src/ui/dump.c src/ui/dump.h src/util/alloc.h
src/ui/dump.h:
src/util/alloc.h:
