#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin migrate [--status] [--dir DIR]
int runMigrateCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
