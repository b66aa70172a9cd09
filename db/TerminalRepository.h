#pragma once

#include "db/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// One row of the registry of terminal certificates (kohi_api.terminal_list()).
struct TerminalCertificate
{
    QString terminalId;
    QString serial;      // upper-case hex
    QString fingerprint; // SHA-256 of the DER, lower-case hex
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
    bool revealsAllowed = false;
    QString registeredBy;
    QDateTime registeredAt;
    QDateTime revokedAt; // invalid: not revoked
    QString revokedBy;
    QString revokeReason;

    bool isRevoked() const { return revokedAt.isValid(); }
};

// kohi_api.terminal_*: the registry the server identifies terminals by. Registering takes only
// what the certificate says publicly (the CA key never reaches the database); who may manage it
// and every check are the server's.
class TerminalRepository
{
public:
    explicit TerminalRepository(const Session& session) : m_session(session) {}

    bool registerCertificate(const TerminalCertificate& certificate);
    // Revokes one certificate (by serial) or all of a terminal (by id); the serials revoked.
    std::optional<QList<TerminalCertificate>> revoke(const QString& terminalOrSerial,
                                                     const QString& reason);
    std::optional<QList<TerminalCertificate>> list();
    // A second user administrator approves a terminal's reveals (0032); the certificates approved.
    std::optional<int> approveReveals(const QString& terminalId, const QString& note);
    // After the CRL file changed: pg_reload_conf() (the database administrator only).
    bool reloadServerConfiguration();

    const ApiError& lastError() const { return m_error; }

private:
    bool check(const PgResult& r);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
