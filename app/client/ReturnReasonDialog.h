#pragma once

#include <QDialog>
#include <optional>

class QPlainTextEdit;
class QPushButton;

namespace kohi::app {

// Asks the approver why an application goes back to the clerk; the reason is required (the
// server refuses an empty one too) and is shown to the clerk with the returned application.
class ReturnReasonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReturnReasonDialog(const QString& applicationLabel, QWidget* parent = nullptr);

    QString reason() const;
    // The reason, or nullopt when cancelled.
    static std::optional<QString> ask(const QString& applicationLabel, QWidget* parent);

private:
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace kohi::app
