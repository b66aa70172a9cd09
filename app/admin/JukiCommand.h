#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin juki import FILE [--dry-run] [--report OUT.tsv] [--fingerprint HEX]
// kohi-admin juki export OUT.csv | juki review | juki inquire RECIPIENT_ID REASON
// kohi-admin juki resolve IMPORT LINE reissue|close --note TEXT
// Run as the clerk's own login (PGUSER and PGPASSFILE of that clerk).
int runJukiCommand(const QStringList& args, AdminContext& ctx);

// Exit codes of `juki import`: 0 imported (or a dry run that could import), 1 refused.
} // namespace kohi::admin
