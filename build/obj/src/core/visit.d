build/obj/src/core/visit.o: src/core/visit.c src/core/visit.h
src/core/visit.h:
