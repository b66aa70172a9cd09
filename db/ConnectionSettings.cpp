#include "db/ConnectionSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QSettings>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

// An ini value with commas ("host=db1,db2") reads as a string list: join it back.
QString listText(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(u',');
    return value.toString();
}

} // namespace

ConnectionSettings ConnectionSettings::fromSettings(QSettings& settings)
{
    ConnectionSettings s;
    settings.beginGroup(u"database"_s);
    s.host = listText(settings.value(u"host"_s, s.host));
    s.setPortText(listText(settings.value(u"port"_s, s.port)));
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
    if (qEnvironmentVariableIsSet("PGPORT"))
        s.setPortText(qEnvironmentVariable("PGPORT"));
    s.database = qEnvironmentVariable("PGDATABASE", s.database);
    s.sslRootCert = qEnvironmentVariable("PGSSLROOTCERT");
    s.sslCert = qEnvironmentVariable("PGSSLCERT");
    s.sslKey = qEnvironmentVariable("PGSSLKEY");
    s.terminalId = qEnvironmentVariable("KOHI_TERMINAL_ID", QHostInfo::localHostName());
    s.applicationName = QStringLiteral("kohi-admin");
    return s;
}

QStringList ConnectionSettings::hosts() const
{
    QStringList list = host.split(u',');
    for (QString& h : list)
        h = h.trimmed();
    return list;
}

bool ConnectionSettings::setPortText(const QString& text)
{
    QList<int> list;
    for (const QString& part : text.split(u',')) {
        bool ok = false;
        const int p = part.trimmed().toInt(&ok);
        if (!ok || p <= 0 || p > 65535)
            return false;
        list << p;
    }
    port = list.value(0);
    ports = list.size() > 1 ? list : QList<int>();
    return true;
}

QString ConnectionSettings::portText() const
{
    if (ports.isEmpty())
        return QString::number(port);
    QStringList list;
    for (int p : ports)
        list << QString::number(p);
    return list.join(u',');
}

QString ConnectionSettings::connectOptions() const
{
    // verify-full: a terminal must never send a password to a server it cannot authenticate.
    QStringList options{u"sslmode=verify-full"_s,
                        u"connect_timeout=%1"_s.arg(connectTimeoutSeconds),
                        u"application_name=%1"_s.arg(applicationName), u"keepalives=1"_s,
                        // Never a read-only standby: with several hosts, the one that
                        // accepts writes (the primary, or the standby once promoted).
                        u"target_session_attrs=read-write"_s};
    // After QPSQL's own "port=" (libpq keeps the last value of a keyword).
    if (!ports.isEmpty())
        options << u"port=%1"_s.arg(portText());
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
    if (!ports.isEmpty() && ports.size() != hosts().size())
        return QCoreApplication::translate("kohi::db::ConnectionSettings",
                                           "ホストの数（%1）とポートの数（%2）が合いません。")
            .arg(hosts().size())
            .arg(ports.size());
    if (hosts().contains(QString()))
        return QCoreApplication::translate("kohi::db::ConnectionSettings",
                                           "ホスト名の一覧に空の項目があります: %1")
            .arg(host);
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
