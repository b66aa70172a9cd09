#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {

// kohi-admin eligibility end-lapsed [--date D] [--dry-run]: the lapse batch (0035), run by the
// database administrator, on 1 January (and 1 April for 中核市 transitions).
int runEligibilityCommand(const QStringList& args, AdminContext& ctx);
// kohi-admin retention due [--date D]: ended recipients whose retention has run out.
int runRetentionCommand(const QStringList& args, AdminContext& ctx);

} // namespace kohi::admin
