#pragma once

#include "db/MonitorRepository.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kohi::app {

// Marks one alert as checked: the administrator writes what they found or did (required). The
// server refuses an alert about oneself, an empty note or a 12-digit number; the message is
// shown here and the note is kept for correction.
class AcknowledgeAlertDialog : public QDialog
{
    Q_OBJECT
public:
    AcknowledgeAlertDialog(db::MonitorRepository& repository, const db::MonitorAlert& alert,
                           QWidget* parent = nullptr);

    QString message() const;
    // Sends the note; stays open with the server's message when refused.
    void accept() override;

private:
    db::MonitorRepository& m_repository;
    qint64 m_alertId = 0;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace kohi::app
