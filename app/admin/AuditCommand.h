#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin audit head                       the chain head as one line, to keep outside the DB
// kohi-admin audit verify [--from-anchor FILE] [--head FILE] [--client|--server]
// kohi-admin audit partitions [--ahead N]     create the month partitions ahead (administrator)
// kohi-admin audit purge                      drop months past the retention (administrator)
int runAuditCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
