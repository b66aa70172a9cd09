#pragma once

#include "db/ConnectionSettings.h"

#include <QString>

namespace kohi::app {

// The terminal's configuration (kohi.ini): where the database is, which CA to trust, the
// terminal id. Looked up in: --config PATH, $KOHI_CONFIG, kohi.ini beside the executable,
// then the system-wide location (ProgramData on Windows, /etc/xdg on Linux).
struct ClientConfig
{
    QString path; // the file actually read; empty when none was found
    db::ConnectionSettings connection;
    QString language = QStringLiteral("ja"); // ja | en
    // [crypto] public_key_fingerprint: the My Number sealing key this terminal trusts
    // (`kohi-admin keys fingerprint`); empty refuses every registration.
    QString publicKeyFingerprint;

    static ClientConfig load(const QString& explicitPath);
};

} // namespace kohi::app
