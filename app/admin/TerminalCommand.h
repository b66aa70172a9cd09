#pragma once

#include "app/admin/AdminContext.h"

#include <QStringList>

namespace kohi::admin {
// Terminal certificates (the second factor; the server takes the terminal id from them):
// kohi-admin terminal issue TERMINAL_ID [--reveals] [--days N] [--cert FILE] [--key FILE]
//                                      [--ca-cert FILE] [--ca-key FILE]
// kohi-admin terminal revoke TERMINAL_ID|SERIAL --reason TEXT [--crl FILE]
//                                      [--ca-cert FILE] [--ca-key FILE]
// kohi-admin terminal list
// kohi-admin terminal crl --crl FILE [--ca-cert FILE] [--ca-key FILE]
// issue signs a new key and certificate with the office CA (files given here or in KOHI_CA_CERT /
// KOHI_CA_KEY; the CA key never reaches the database) and registers it; --reveals registers the
// terminal as one from which My Numbers may be revealed. revoke marks it revoked in the registry
// (refused at the next call of any session using it) and, with --crl or KOHI_TERMINAL_CRL,
// rewrites the server's CRL file (ssl_crl_file) and reloads the server configuration, so that
// new connections are refused at the handshake too.
int runTerminalCommand(const QStringList& args, AdminContext& ctx);
} // namespace kohi::admin
