build/obj/src/core/hours.o: src/core/hours.c src/core/hours.h \
 src/core/visit.h
src/core/hours.h:
src/core/visit.h:
