#pragma once

#include "db/MyNumberRepository.h"
#include "db/Session.h"
#include "db/SessionInfo.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QTabWidget;

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
    QTabWidget* tabs() const { return m_tabs; }
    // The My Number public key fingerprint pinned in this terminal's kohi.ini.
    void setPinnedFingerprint(const QString& fingerprint) { m_pinnedFingerprint = fingerprint; }

public Q_SLOTS:
    // Opens a recipient's detail (with certificate printing) in a closable tab.
    void openRecipient(qint64 recipientId);
    // Opens a draft or returned application for correction in the entry tab.
    void startFollowUp(qint64 recipientId, const QString& kind);
    void openApplication(qint64 applicationId);

Q_SIGNALS:
    void logoutRequested();

private:
    QWidget* buildHomePage();
    void addDutyTabs();
    QWidget* buildApprovalPage();
    db::MyNumberRepository& myNumbers();
    bool hasDuty(const QString& duty) const { return m_info.duties.contains(duty); }

    std::unique_ptr<db::Session> m_session;
    db::SessionInfo m_info;
    QDateTime m_loginTime;
    EnvironmentBanner* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    class ApplicationEntryWidget* m_entry = nullptr;
    QHash<qint64, QPointer<QWidget>> m_recipientPages; // open recipient tabs, one per recipient
    QString m_pinnedFingerprint;
    std::unique_ptr<db::MyNumberRepository> m_myNumbers;
};

} // namespace kohi::app
