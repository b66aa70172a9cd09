#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// kohi-admin audit head                       the chain head as one line, to keep outside the DB
// kohi-admin audit verify [--anchors DIR --anchor-public-key FILE | --no-anchors]
//                         [--from-anchor FILE] [--head FILE] [--client|--server]
//                                             one verdict line, last; exit 0 only when intact
// kohi-admin audit anchor [--dir DIR] [--key FILE] [--interval N]
//                                             signed anchor of the chain (db/AuditAnchor.h)
// kohi-admin audit anchor-key create --private FILE --public FILE   Ed25519 key pair for it
// kohi-admin audit partitions [--ahead N]     create the month partitions ahead (administrator)
// kohi-admin audit purge                      drop months past the retention (administrator)
int runAuditCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
