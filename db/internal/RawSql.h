#pragma once

// Raw SQL on a Session (exec, execRetrying, nativeHandle, database): for the data layer (db/) and
// the tests, which attack through raw connections. app/ never includes this header (a test
// enforces it): everything the client and kohi-admin send goes through db/.

#include "db/PgParams.h"
#include "db/Session.h"

namespace kohi::db::internal {

struct RawSqlPermit
{
    static constexpr bool granted = true;
};

} // namespace kohi::db::internal
