#include "db/ConnectionSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QSettings>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kohi::db {

ConnectionSettings ConnectionSettings::fromSettings(QSettings& settings)
{
    ConnectionSettings s;
    settings.beginGroup(u"database"_s);
    s.host = settings.value(u"host"_s, s.host).toString();
    s.port = settings.value(u"port"_s, s.port).toInt();
    s.database = settings.value(u"name"_s, s.database).toString();
    s.sslRootCert = settings.value(u"sslrootcert"_s).toString();
    s.sslCert = settings.value(u"sslcert"_s).toString();
    s.sslKey = settings.value(u"sslkey"_s).toString();
    s.connectTimeoutSeconds = settings.value(u"connect_timeout"_s, s.connectTimeoutSeconds).toInt();
    settings.endGroup();
    s.terminalId = settings.value(u"terminal/id"_s, QHostInfo::localHostName()).toString();
    return s;
}

ConnectionSettings ConnectionSettings::fromEnvironment()
{
    ConnectionSettings s;
    s.host = qEnvironmentVariable("PGHOST", s.host);
    s.port =
        qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : s.port;
    s.database = qEnvironmentVariable("PGDATABASE", s.database);
    s.sslRootCert = qEnvironmentVariable("PGSSLROOTCERT");
    s.sslCert = qEnvironmentVariable("PGSSLCERT");
    s.sslKey = qEnvironmentVariable("PGSSLKEY");
    s.terminalId = qEnvironmentVariable("KOHI_TERMINAL_ID", QHostInfo::localHostName());
    s.applicationName = QStringLiteral("kohi-admin");
    return s;
}

QString ConnectionSettings::connectOptions() const
{
    // verify-full: a terminal must never send a password to a server it cannot authenticate.
    QStringList options{u"sslmode=verify-full"_s,
                        u"connect_timeout=%1"_s.arg(connectTimeoutSeconds),
                        u"application_name=%1"_s.arg(applicationName), u"keepalives=1"_s};
    if (!sslRootCert.isEmpty())
        options << u"sslrootcert=%1"_s.arg(sslRootCert);
    if (!sslCert.isEmpty())
        options << u"sslcert=%1"_s.arg(sslCert);
    if (!sslKey.isEmpty())
        options << u"sslkey=%1"_s.arg(sslKey);
    return options.join(u';');
}

QString ConnectionSettings::problem() const
{
    // QPSQL turns ';' into spaces for libpq: values must not contain either.
    for (const QString& value : {host, database, sslRootCert, sslCert, sslKey, applicationName}) {
        if (value.contains(u' ') || value.contains(u';'))
            return QCoreApplication::translate(
                       "kohi::db::ConnectionSettings",
                       "接続設定に空白またはセミコロンを含む値があります: %1")
                .arg(value);
    }
    if (sslRootCert.isEmpty())
        return QCoreApplication::translate(
            "kohi::db::ConnectionSettings",
            "サーバー証明書を検証する CA 証明書（sslrootcert）が設定されていません。");
    if (!QFileInfo::exists(sslRootCert))
        return QCoreApplication::translate("kohi::db::ConnectionSettings",
                                           "CA 証明書ファイルが見つかりません: %1")
            .arg(sslRootCert);
    for (const QString& file : {sslCert, sslKey}) {
        if (!file.isEmpty() && !QFileInfo::exists(file))
            return QCoreApplication::translate("kohi::db::ConnectionSettings",
                                               "端末証明書のファイルが見つかりません: %1")
                .arg(file);
    }
    return {};
}

} // namespace kohi::db
