build/obj/src/ui/input.o: src/ui/input.c src/ui/input.h src/ui/event.h
src/ui/input.h:
src/ui/event.h:
