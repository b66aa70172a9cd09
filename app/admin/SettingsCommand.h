#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin settings list | settings set KEY VALUE: password policy and idle times. The server
// enforces the ranges and the combination, and audits every change.
int runSettingsCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
