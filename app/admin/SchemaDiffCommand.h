#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin schema-diff CONNINFO_A CONNINFO_B: every difference between two Kohi databases
// (db/SchemaCatalog), one line each, grouped. Exit 0 equal, 1 different, 2 error or usage.
int runSchemaDiffCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
