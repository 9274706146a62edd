build/obj/src/ui/term.o: src/ui/term.c src/ui/term.h src/ui/theme.h
src/ui/term.h:
src/ui/theme.h:
