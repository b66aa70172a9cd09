#pragma once

#include "db/MyNumberConfirmation.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace kohi::db {
class Session;
}

namespace kohi::app {

class MyNumberLineEdit;

// The approver's blind re-key of one pending My Number: shows whose number it is (role, name,
// 続柄), never the number; the approver types it from the evidence document and presses 照合.
// The server compares keyed hashes and answers 一致しました。/一致しません。 or a refusal (own
// entry, already confirmed). The field is wiped after every attempt. Excluded from capture.
class MyNumberConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    MyNumberConfirmDialog(const db::Session& session, const db::PendingMyNumber& pending,
                          QWidget* parent = nullptr);
    ~MyNumberConfirmDialog() override;

    QString message() const;
    db::MyNumberConfirmation::Outcome lastOutcome() const { return m_lastOutcome; }

Q_SIGNALS:
    // The number now counts as confirmed (照合済み); refresh the queue / allow approval.
    void confirmed(qint64 myNumberId);

protected:
    void reject() override;

private:
    void confirm();

    const db::Session& m_session;
    db::PendingMyNumber m_pending;
    db::MyNumberConfirmation::Outcome m_lastOutcome = db::MyNumberConfirmation::Outcome::Failed;
    MyNumberLineEdit* m_number = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace kohi::app
