#include "app/client/ClientConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kohi::app {

ClientConfig ClientConfig::load(const QString& explicitPath)
{
    QStringList candidates;
    if (!explicitPath.isEmpty())
        candidates << explicitPath;
    else {
        if (const QString env = qEnvironmentVariable("KOHI_CONFIG"); !env.isEmpty())
            candidates << env;
        candidates << QCoreApplication::applicationDirPath() + u"/kohi.ini"_s;
        for (const QString& dir :
             QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation))
            candidates << dir + u"/Kohi/kohi.ini"_s;
    }
    ClientConfig config;
    for (const QString& candidate : candidates) {
        if (!QFileInfo::exists(candidate))
            continue;
        config.path = QFileInfo(candidate).absoluteFilePath();
        QSettings settings(config.path, QSettings::IniFormat);
        config.connection = db::ConnectionSettings::fromSettings(settings);
        // Relative CA, terminal certificate and key paths are relative to the configuration file.
        for (QString* file : {&config.connection.sslRootCert, &config.connection.sslCert,
                              &config.connection.sslKey}) {
            if (!file->isEmpty() && QFileInfo(*file).isRelative())
                *file = QFileInfo(config.path).dir().absoluteFilePath(*file);
        }
        config.language = settings.value(u"ui/language"_s, config.language).toString();
        config.publicKeyFingerprint =
            settings.value(u"crypto/public_key_fingerprint"_s).toString().trimmed();
        break;
    }
    return config;
}

} // namespace kohi::app
