// The SQLite backend of Store: one file, WAL journal, prepared statements.
#ifndef DRAGOMAN_STORE_SQLITE_STORE_H_
#define DRAGOMAN_STORE_SQLITE_STORE_H_

#include "store/store.h"

namespace dragoman {

StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_SQLITE_STORE_H_
