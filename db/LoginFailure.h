#pragma once

#include <QString>

namespace kohi::db {

// Why a login did not succeed, as far as the client can tell. Each kind gets its own message so
// that staff know whether to retype, call IT, or ask a user administrator.
enum class LoginFailure
{
    None,
    WrongCredentials,    // wrong user id or password (the server does not say which)
    AccountLocked,       // too many failed attempts, or locked by an administrator
    ServerUnreachable,   // network, port, server down, timeout
    CertificateProblem,  // TLS: unknown CA, host name mismatch, missing CA file
    TerminalCertificate, // the terminal's own certificate: missing, revoked, expired, not the CA's
    NotPermitted,        // no pg_hba entry / no CONNECT privilege for this role or terminal
    Configuration,       // the terminal's own configuration is unusable
    Other
};

// Classifies libpq's connection error text. The client forces libpq's messages to English
// (LC_MESSAGES=C) so these patterns hold on Japanese Windows as well.
LoginFailure classifyConnectionError(const QString& libpqMessage);

QString loginFailureMessage(LoginFailure failure);

} // namespace kohi::db
