#pragma once

#include "app/client/MasterCatalog.h"
#include "db/MyNumberRepository.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace kohi::db {
class Session;
struct RecipientChange;
struct RecipientDetail;
} // namespace kohi::db

namespace kohi::app {

// One recipient: identity, guardian, insurance, programme numbers, applications and the history
// of approved changes (who, when, before → after). The My Number row shows only the fixed mask:
// this screen never reads the number (registration and reveal are separate, audited screens).
class RecipientDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientDetailWidget(db::Session& session, QWidget* parent = nullptr);
    ~RecipientDetailWidget() override;

    // Reads the recipient, its applications and history; false (and errorMessage()) if refused.
    // With `numberStates` false the My Number line waits for setMyNumberStates() (a screen that
    // reads the states itself, and need not read them twice).
    bool load(qint64 recipientId, bool numberStates = true);
    qint64 recipientId() const { return m_recipientId; }
    QString errorMessage() const { return m_error; }
    // The value label of a register field (jsonb key, e.g. "recipient_number"), for tests.
    QString fieldText(const QString& key) const;
    // The patient's My Number row as the status table shows it: the mask and 照合待ち/照合済み
    // when registered, 未登録 otherwise; a dash when the states could not be read (known false).
    void setMyNumberStates(const QList<db::MyNumberStatus>& statuses, bool known);
    // The application selected in the 申請 table (0: none), whose documents the preview prints.
    qint64 selectedApplicationId() const;

Q_SIGNALS:
    // Double-click on an application row (e.g. to open a returned one for correction).
    void applicationActivated(qint64 applicationId);

private:
    QWidget* buildRegisterPage();
    void showRecipient(const db::RecipientDetail& r);
    void showHistory(const QList<db::RecipientChange>& changes);

    db::Session& m_session;
    MasterCatalog m_masters;
    bool m_mastersLoaded = false;
    qint64 m_recipientId = 0;
    QString m_error;
    QLabel* m_title = nullptr;
    QHash<QString, QLabel*> m_values;
    QLabel* m_myNumber = nullptr;
    QTableWidget* m_applications = nullptr;
    QTableWidget* m_history = nullptr;
};

} // namespace kohi::app
