#pragma once

#include "db/HouseholdRepository.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 支給認定基準世帯: the clerk enters the household from the 課税証明書 and the insurance cards
// (members, who is on the patient's insurance, 所得割, 年収 where the tier needs it, recipients
// of other programmes with their caps); 保存して算定 saves it and shows what the server computed:
// which members counted and why, the 所得割 sum, the boundary and the table row, the 階層区分
// (所得区分), and each linked application's cap before and after 按分. The server decides; this
// dialog shows.
class HouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    // `householdId` empty: a new household of `programme`.
    HouseholdDialog(db::Session& session, const QString& programme,
                    std::optional<qint64> householdId, QWidget* parent = nullptr);

    qint64 householdId() const { return m_household.id; }
    const db::Household& household() const { return m_household; }
    // The computation as shown (plain text), and the last message.
    QString computationText() const;
    QString message() const;
    // The household as typed; nullopt (and message()) when a number cannot be read.
    std::optional<db::Household> typedHousehold();

public Q_SLOTS:
    bool saveAndCompute();
    void addMember();
    void removeMember();

Q_SIGNALS:
    void householdSaved(qint64 id);

private:
    void load(qint64 id);
    void showHousehold(const db::HouseholdView& view);
    void setMemberRow(int row, const db::HouseholdMember& member);
    void showMessage(const QString& text, bool error);

    db::HouseholdRepository m_repository;
    QString m_programme;
    db::Household m_household;

    QLineEdit* m_name = nullptr;
    QComboBox* m_insuranceKind = nullptr;
    QLineEdit* m_insurer = nullptr;
    QCheckBox* m_welfare = nullptr;
    QTableWidget* m_members = nullptr;
    QLabel* m_computation = nullptr;
    QTableWidget* m_applications = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace kohi::app
