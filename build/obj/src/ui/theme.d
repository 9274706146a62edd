build/obj/src/ui/theme.o: src/ui/theme.c src/ui/theme.h
src/ui/theme.h:
