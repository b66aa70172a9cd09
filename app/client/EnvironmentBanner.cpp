#include "app/client/EnvironmentBanner.h"

#include "db/SessionInfo.h"

using namespace Qt::StringLiterals;

namespace kohi::app {

EnvironmentBanner::EnvironmentBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(u"environmentBanner"_s);
    setAlignment(Qt::AlignCenter);
    setMargin(6);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    setFont(f);
}

QString EnvironmentBanner::colourFor(const QString& kind)
{
    if (kind == u"production"_s)
        return u"#1a237e"_s;
    if (kind == u"acceptance"_s)
        return u"#e65100"_s;
    if (kind == u"training"_s)
        return u"#2e7d32"_s;
    if (kind == u"development"_s)
        return u"#6a1b9a"_s;
    if (kind == u"demo"_s)
        return u"#ad1457"_s;
    return u"#b00020"_s;
}

void EnvironmentBanner::setEnvironment(const QString& kind, const QString& name)
{
    setText(u"%1　｜　%2"_s.arg(db::environmentKindLabel(kind), name));
    setStyleSheet(u"background-color: %1; color: white; padding: 4px;"_s.arg(colourFor(kind)));
}

} // namespace kohi::app
