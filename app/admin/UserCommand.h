#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin user create LOGIN --name NAME [--duty ROLE]... [--password-stdin]
// kohi-admin user list
int runUserCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
