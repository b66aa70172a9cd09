#pragma once

#include "db/Session.h"
#include "db/SessionInfo.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QLabel;

namespace kohi::app {

class EnvironmentBanner;

// The staff member's main window: who is logged in, with which duties, in which environment.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<db::Session> session, db::SessionInfo info,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const db::SessionInfo& sessionInfo() const { return m_info; }
    db::Session& session() const { return *m_session; }

Q_SIGNALS:
    void logoutRequested();

private:
    QWidget* buildHomePage();

    std::unique_ptr<db::Session> m_session;
    db::SessionInfo m_info;
    QDateTime m_loginTime;
    EnvironmentBanner* m_banner = nullptr;
};

} // namespace kohi::app
