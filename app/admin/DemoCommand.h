#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin demo seed [--recipients N]: synthetic recipients (refused by the server in production)
int runDemoCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
