#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {

// kohi-admin renewal create|status|notices|cancel|resume|items: the yearly mass renewal
// (一斉更新), run by a clerk's own login (PGUSER), e.g. from a scheduled task.
int runRenewalCommand(const QStringList& args, AdminContext& ctx);

// kohi-admin stats [DATE]: recipients with a certificate valid on DATE, by programme, disease,
// tier and 保健所.
int runStatsCommand(const QStringList& args, AdminContext& ctx);

// Whether the command paints (the renewal notices need a QGuiApplication).
bool renewalCommandPaints(const QString& command, const QStringList& args);

} // namespace kohi::admin
