#pragma once

#include <QDate>
#include <QDialog>
#include <optional>

class QDateEdit;

namespace kohi::app {

// 取下げ: the clerk records the applicant's withdrawal with the day its 取下げ書 was received.
class WithdrawalDialog : public QDialog
{
    Q_OBJECT
public:
    WithdrawalDialog(const QString& applicationLabel, const QDate& receivedDate,
                     QWidget* parent = nullptr);

    QDate withdrawnOn() const;
    static std::optional<QDate> ask(const QString& applicationLabel, const QDate& receivedDate,
                                    QWidget* parent);

private:
    QDateEdit* m_date = nullptr;
};

} // namespace kohi::app
