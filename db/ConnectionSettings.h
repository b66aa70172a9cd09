#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace kohi::db {

// Where and how the client reaches the central database. Read from the terminal's configuration;
// the environment's *name* is deliberately not here: it is read from the database itself.
struct ConnectionSettings
{
    // One host, or several separated by commas ("db1,db2"): libpq tries them in order and keeps
    // the one that accepts writes (target_session_attrs=read-write), so a client follows a
    // promoted standby by itself.
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QList<int> ports; // one per host when they differ (empty: `port` for every host)
    QString database = QStringLiteral("kohi");
    QString sslRootCert; // CA that signed the server certificate
    // The terminal's certificate and key from the office CA: the second factor, and the only
    // source of the terminal id the server records (the server ignores terminalId below).
    QString sslCert;
    QString sslKey;
    QString terminalId; // declared at session start; the server notes it if it differs
    QString applicationName = QStringLiteral("kohi");
    int connectTimeoutSeconds = 10;
    // How long a lost connection is re-established (every host in turn) before giving up.
    int reconnectSeconds = 60;

    QStringList hosts() const;
    // "5432" or "5432,5433" (config files, PGPORT, conninfo): sets port or ports; false when
    // the text is not a port list.
    bool setPortText(const QString& text);
    QString portText() const;

    static ConnectionSettings fromSettings(QSettings& settings);
    // Settings from the libpq environment (PGHOST, PGPORT, ...), as scripts and kohi-admin use.
    static ConnectionSettings fromEnvironment();

    // libpq keywords for QPSQL's setConnectOptions(). TLS with full verification is not optional.
    QString connectOptions() const;
    // Plain reason why these settings cannot work, or empty when they look usable.
    QString problem() const;
};

} // namespace kohi::db
