#pragma once

#include <QDialog>
#include <QStringList>

namespace kohi::app {

class DutySelector;

// Replaces the duties of one account (職務の変更).
class DutiesDialog : public QDialog
{
    Q_OBJECT
public:
    DutiesDialog(const QString& login, const QString& displayName, const QStringList& duties,
                 QWidget* parent = nullptr);

    QStringList duties() const;
    // Which grants need a second administrator (0024), for this dialog and the create dialog.
    static QString approvalNote();

private:
    DutySelector* m_duties = nullptr;
};

} // namespace kohi::app
