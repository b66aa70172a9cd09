#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin backup FILE | restore FILE: pg_dump custom format (--create) in FILE, and what the
// database needs from outside it in FILE.globals (db/ClusterGlobals). Both files are created
// owner-only and never overwritten. The My Number hashing key is never in either.
int runBackupCommand(const QString& command, const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
