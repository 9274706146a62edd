build/obj/src/ui/bigtext.o: src/ui/bigtext.c src/ui/bigtext.h \
 src/ui/draw.h src/util/text.h
src/ui/bigtext.h:
src/ui/draw.h:
src/util/text.h:
