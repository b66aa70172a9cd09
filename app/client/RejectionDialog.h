#pragma once

#include <QDate>
#include <QDialog>
#include <QString>
#include <optional>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;

namespace kohi::app {

// What the approver decides for a 不認定 (or a 登録者証, which is a 不認定 of the benefit).
struct RejectionInput
{
    QDate councilDate;
    QString councilResult; // diagnosis_not_met | severity_not_met | other
    QString reasons;       // for the applicant: printed on the 不認定通知書
    QString internalNote;  // for staff: never printed
};

// Asks for the 審査会 date and result, the reasons (printed for the applicant) and an internal
// note (never printed), kept in two visibly separate fields. In registration mode (登録者証) the
// result is fixed to 「重症度分類等を満たさない」: only then may a 登録者証 be issued.
class RejectionDialog : public QDialog
{
    Q_OBJECT
public:
    RejectionDialog(const QString& applicationLabel, bool registration, QWidget* parent = nullptr);

    RejectionInput input() const;
    static std::optional<RejectionInput> ask(const QString& applicationLabel, bool registration,
                                             QWidget* parent);

private:
    QDateEdit* m_councilDate = nullptr;
    QComboBox* m_result = nullptr;
    QPlainTextEdit* m_reasons = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace kohi::app
