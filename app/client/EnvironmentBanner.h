#pragma once

#include <QLabel>

namespace kohi::app {

// A band across the top of every main window naming the environment, in a colour per kind, so
// nobody mistakes the acceptance environment for production (audit finding 7).
class EnvironmentBanner : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget* parent = nullptr);
    void setEnvironment(const QString& kind, const QString& name);
    static QString colourFor(const QString& kind);
};

} // namespace kohi::app
