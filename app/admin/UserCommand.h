#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin user create LOGIN --name NAME [--duty ROLE]... [--password-stdin]
// kohi-admin user duties LOGIN [ROLE]... | disable LOGIN | enable LOGIN | unlock LOGIN
// kohi-admin user reset-password LOGIN | list
// Every rule (who may, not oneself, not the last administrator) is the server's.
int runUserCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
