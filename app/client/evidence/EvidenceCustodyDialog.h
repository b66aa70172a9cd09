#pragma once

#include "db/EvidenceRepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace kohi::db {
class Session;
}

namespace kohi::app {

class EvidenceDocumentModel;

// 証拠書類の保管: the evidence papers of a recipient (by 受給者番号) or of a cabinet, with
// register, check-out and return, each with the server's rules (My Number evidence only in a
// staff-only cabinet; a reason for every movement). Keyboard: Enter in 受給者番号 lists the
// recipient's papers; every button has a mnemonic; the table is in the Tab walk.
class EvidenceCustodyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidenceCustodyDialog(db::Session& session, QWidget* parent = nullptr);

    // Lists the documents of the recipient with this 受給者番号 (false with the reason shown).
    bool showRecipient(const QString& recipientNumber);
    // Lists the documents of the cabinet chosen in 保管庫.
    bool showCabinet();
    bool registerDocument();
    bool checkOutSelected();
    bool returnSelected();

    QString message() const;
    const EvidenceDocumentModel* model() const { return m_model; }

private:
    void reloadCabinets();
    bool reload();
    void showError(const db::ApiError& error);
    const db::EvidenceDocument* selected() const;

    db::Session& m_session;
    db::EvidenceRepository m_repository;
    QList<db::EvidenceCabinet> m_cabinets;
    qint64 m_recipientId = 0; // what the list shows: a recipient, or
    qint64 m_cabinetId = 0;   // a cabinet
    QLineEdit* m_recipientNumber;
    QComboBox* m_cabinetFilter;
    EvidenceDocumentModel* m_model;
    QTableView* m_view;
    QComboBox* m_kind;
    QLineEdit* m_description;
    QDateEdit* m_receivedOn;
    QComboBox* m_cabinet;
    QLineEdit* m_reason;
    QComboBox* m_returnTo;
    QLabel* m_message;
};

} // namespace kohi::app
