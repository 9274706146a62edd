build/obj/src/core/badge.o: src/core/badge.c src/core/badge.h
src/core/badge.h:
