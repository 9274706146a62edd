build/obj/src/ui/screen.o: src/ui/screen.c src/ui/screen.h src/ui/event.h \
 src/util/alloc.h
src/ui/screen.h:
src/ui/event.h:
src/util/alloc.h:
