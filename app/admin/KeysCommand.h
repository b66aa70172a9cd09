#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// The My Number key ceremonies (run the crypto self-test first; refuse if it fails):
// kohi-admin keys create --viewer LOGIN [--by LOGIN] [--passphrase-stdin]
// kohi-admin keys enrol --viewer NEW --by EXISTING [--passphrase-stdin]
// kohi-admin keys remove --viewer LOGIN [--by LOGIN]
// kohi-admin keys rotate [--by VIEWER] [--passphrase-stdin]
// kohi-admin keys fingerprint | keys list [--by LOGIN]
// kohi-admin keys propose rotate [--drop-other-viewers] | propose enrol VIEWER |
//            propose remove VIEWER | propose create  [--reason TEXT] [--by LOGIN]
// kohi-admin keys approve ID | keys reject ID  [--note TEXT] [--by LOGIN]
// kohi-admin keys proposals [--all] [--by LOGIN]
// Every key operation after the first key needs an approved proposal (dual control): one staff
// member proposes, another approves, the proposer carries it out within the window, once.
// --by LOGIN: act as that staff member (their login password is asked unless PGUSER is LOGIN).
// --passphrase-stdin: read, one per line, the login password (if asked), then the passphrases.
int runKeysCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
