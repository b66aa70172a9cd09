#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin api-reference [--out FILE]: the reference of every kohi_api function (signature,
// roles granted, duty, what it logs, where its current body is written) in Markdown, read from
// the migrated database (docs/api/kohi_api.md is written this way: ninja kohi_api_reference).
int runApiReferenceCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
