build/obj/src/ui/draw.o: src/ui/draw.c src/ui/draw.h src/util/text.h
src/ui/draw.h:
src/util/text.h:
