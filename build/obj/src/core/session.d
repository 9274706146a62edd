build/obj/src/core/session.o: src/core/session.c src/core/session.h
src/core/session.h:
