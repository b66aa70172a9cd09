#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin env show | env set KIND NAME
int runEnvCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
