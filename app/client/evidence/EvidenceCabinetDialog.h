#pragma once

#include "db/EvidenceRepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 保管庫の登録 (approvers): the cabinets with their location and area class; a new one is
// registered with both (the server decides who may, and keeps them unchanged); an empty one is
// retired.
class EvidenceCabinetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidenceCabinetDialog(db::Session& session, QWidget* parent = nullptr);

    bool registerCabinet();
    bool retireSelected();
    QString message() const;

private:
    void reload();

    db::EvidenceRepository m_repository;
    QList<db::EvidenceCabinet> m_cabinets;
    QTableWidget* m_table;
    QLineEdit* m_label;
    QLineEdit* m_location;
    QComboBox* m_area;
    QLabel* m_message;
};

} // namespace kohi::app
