/* libpq, loaded only when rota talks to the central database. The kiosk
 * never does, and linking libpq would load it and its own libraries (TLS,
 * Kerberos, LDAP) into every kiosk process at start for nothing. */
#ifndef ROTA_CENTRAL_PQ_LIB_H
#define ROTA_CENTRAL_PQ_LIB_H

#include <libpq-fe.h>

#define PQ_LIB_FUNCTIONS(X) \
	X(PQconnectdbParams) X(PQstatus) X(PQerrorMessage) X(PQfinish) X(PQexec) \
	X(PQexecParams) X(PQresultStatus) X(PQresultErrorMessage) X(PQresultErrorField) \
	X(PQclear) X(PQntuples) X(PQgetvalue) X(PQgetisnull) X(PQconninfoParse) \
	X(PQconninfoFree) X(PQfreemem) X(PQsetNoticeProcessor)

struct pq_lib {
#define PQ_LIB_POINTER(name) __typeof__(name) *name;
	PQ_LIB_FUNCTIONS(PQ_LIB_POINTER)
#undef PQ_LIB_POINTER
};

/* Returns libpq's functions, loading the library on the first call; NULL
 * (and a line in the log) when it is not installed. */
const struct pq_lib *pq_lib_get(void);

#endif
