#include "app/client/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kohi::app {

void installTranslations(const QString& language)
{
    auto* qtBase = new QTranslator(QCoreApplication::instance());
    if (qtBase->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    if (language == u"ja"_s)
        return;
    auto* kohi = new QTranslator(QCoreApplication::instance());
    if (kohi->load(u":/i18n/kohi_"_s + language))
        QCoreApplication::installTranslator(kohi);
}

} // namespace kohi::app
