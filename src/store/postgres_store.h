// The PostgreSQL backend of Store, through libpq: the same schema as the
// SQLite store, for a team that shares one database.
#ifndef DRAGOMAN_STORE_POSTGRES_STORE_H_
#define DRAGOMAN_STORE_POSTGRES_STORE_H_

#include "store/store.h"

namespace dragoman {

// `conninfo` is a libpq connection string or URI.
StatusOr<std::unique_ptr<Store>> OpenPostgresStore(const std::string& conninfo);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_POSTGRES_STORE_H_
