#pragma once

#include <QDialog>
#include <QString>
#include <optional>

class QPlainTextEdit;
class QPushButton;

namespace kohi::app {

struct CorrectionInput
{
    QString applicantText; // printed on the 補正依頼書
    QString internalNote;  // for staff only: never printed
};

// 補正依頼: what the applicant is asked to correct (printed on the letter) and, apart from it,
// an optional note to the clerk that is never printed.
class CorrectionRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CorrectionRequestDialog(const QString& applicationLabel, QWidget* parent = nullptr);

    CorrectionInput input() const;
    static std::optional<CorrectionInput> ask(const QString& applicationLabel, QWidget* parent);

private:
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace kohi::app
