#include "db/ConnInfo.h"

#include <QCoreApplication>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace kohi::db {

ConnInfo ConnInfo::parse(const QString& conninfo)
{
    ConnInfo info;
    info.settings = ConnectionSettings::fromEnvironment();
    info.user = qEnvironmentVariable("PGUSER");
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        info.error =
            QCoreApplication::translate("kohi::db::ConnInfo", "接続文字列を解釈できません: %1")
                .arg(error ? QString::fromUtf8(error).trimmed() : conninfo);
        PQfreemem(error);
        return info;
    }
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == u"host"_s || key == u"hostaddr"_s)
            info.settings.host = value;
        else if (key == u"port"_s) {
            if (!info.settings.setPortText(value))
                info.error = QCoreApplication::translate("kohi::db::ConnInfo",
                                                         "ポートの指定が正しくありません: %1")
                                 .arg(value);
        } else if (key == u"dbname"_s)
            info.settings.database = value;
        else if (key == u"sslrootcert"_s)
            info.settings.sslRootCert = value;
        else if (key == u"sslcert"_s) // the terminal certificate (0023) of this side
            info.settings.sslCert = value;
        else if (key == u"sslkey"_s)
            info.settings.sslKey = value;
        else if (key == u"user"_s)
            info.user = value;
        else if (key == u"password"_s)
            info.password = value;
    }
    PQconninfoFree(options);
    return info;
}

} // namespace kohi::db
