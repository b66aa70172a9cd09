#include "app/client/evidence/EvidenceCustodyDialog.h"

#include "app/client/evidence/EvidenceDocumentModel.h"
#include "db/RecipientRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::app {

EvidenceCustodyDialog::EvidenceCustodyDialog(db::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_repository(session)
{
    setObjectName(u"evidenceCustodyDialog"_s);
    setWindowTitle(tr("証拠書類の保管"));

    // What to list: a recipient's papers, or a cabinet's.
    m_recipientNumber = new QLineEdit(this);
    m_recipientNumber->setObjectName(u"evidenceRecipientNumber"_s);
    m_recipientNumber->setMaxLength(7);
    m_recipientNumber->setInputMethodHints(Qt::ImhDigitsOnly);
    m_recipientNumber->setPlaceholderText(tr("7桁"));
    auto* byRecipient = new QPushButton(tr("受給者の書類(&S)"), this);
    byRecipient->setObjectName(u"evidenceShowRecipient"_s);
    byRecipient->setAutoDefault(false);
    m_cabinetFilter = new QComboBox(this);
    m_cabinetFilter->setObjectName(u"evidenceCabinetFilter"_s);
    auto* byCabinet = new QPushButton(tr("保管庫の書類(&C)"), this);
    byCabinet->setObjectName(u"evidenceShowCabinet"_s);
    byCabinet->setAutoDefault(false);
    auto* filterRow = new QHBoxLayout;
    auto* recipientLabel = new QLabel(tr("受給者番号(&N)"), this);
    recipientLabel->setBuddy(m_recipientNumber);
    filterRow->addWidget(recipientLabel);
    filterRow->addWidget(m_recipientNumber);
    filterRow->addWidget(byRecipient);
    filterRow->addSpacing(24);
    auto* cabinetLabel = new QLabel(tr("保管庫(&K)"), this);
    cabinetLabel->setBuddy(m_cabinetFilter);
    filterRow->addWidget(cabinetLabel);
    filterRow->addWidget(m_cabinetFilter, 1);
    filterRow->addWidget(byCabinet);

    m_model = new EvidenceDocumentModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"evidenceTable"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the next field
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    // Check-out and return of the selected document.
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"evidenceReason"_s);
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("持ち出し・返却の理由（必須、200文字以内）"));
    m_returnTo = new QComboBox(this);
    m_returnTo->setObjectName(u"evidenceReturnTo"_s);
    auto* checkOut = new QPushButton(tr("持ち出し(&O)"), this);
    checkOut->setObjectName(u"evidenceCheckOut"_s);
    checkOut->setAutoDefault(false);
    auto* giveBack = new QPushButton(tr("返却(&B)"), this);
    giveBack->setObjectName(u"evidenceReturn"_s);
    giveBack->setAutoDefault(false);
    auto* moveRow = new QHBoxLayout;
    auto* reasonLabel = new QLabel(tr("理由(&R)"), this);
    reasonLabel->setBuddy(m_reason);
    moveRow->addWidget(reasonLabel);
    moveRow->addWidget(m_reason, 1);
    auto* returnLabel = new QLabel(tr("返却先(&T)"), this);
    returnLabel->setBuddy(m_returnTo);
    moveRow->addWidget(returnLabel);
    moveRow->addWidget(m_returnTo);
    moveRow->addWidget(checkOut);
    moveRow->addWidget(giveBack);

    // A new document of the recipient shown.
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"evidenceKind"_s);
    m_kind->addItem(EvidenceDocumentModel::kindLabel(u"mynumber"_s), u"mynumber"_s);
    m_kind->addItem(EvidenceDocumentModel::kindLabel(u"other"_s), u"other"_s);
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"evidenceDescription"_s);
    m_description->setMaxLength(100);
    m_description->setPlaceholderText(tr("例: 個人番号カードの写し"));
    m_receivedOn = new QDateEdit(QDate::currentDate(), this);
    m_receivedOn->setObjectName(u"evidenceReceivedOn"_s);
    m_receivedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_receivedOn->setCalendarPopup(true);
    m_cabinet = new QComboBox(this);
    m_cabinet->setObjectName(u"evidenceCabinet"_s);
    auto* add = new QPushButton(tr("登録(&E)"), this);
    add->setObjectName(u"evidenceRegister"_s);
    add->setAutoDefault(false);
    auto* newBox = new QGroupBox(tr("受け付けた書類の登録（表示中の受給者）"), this);
    auto* form = new QFormLayout(newBox);
    form->addRow(tr("種類(&I)"), m_kind);
    form->addRow(tr("書類名(&D)"), m_description);
    form->addRow(tr("受領日(&U)"), m_receivedOn);
    form->addRow(tr("保管庫(&P)"), m_cabinet);
    form->addRow(QString(), add);

    m_message = new QLabel(this);
    m_message->setObjectName(u"evidenceMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QPushButton(tr("閉じる"), this);
    close->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(moveRow);
    layout->addWidget(newBox);
    layout->addWidget(m_message);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(m_recipientNumber, &QLineEdit::returnPressed, this,
            [this] { showRecipient(m_recipientNumber->text()); });
    connect(byRecipient, &QPushButton::clicked, this,
            [this] { showRecipient(m_recipientNumber->text()); });
    connect(byCabinet, &QPushButton::clicked, this, [this] { showCabinet(); });
    connect(checkOut, &QPushButton::clicked, this, [this] { checkOutSelected(); });
    connect(giveBack, &QPushButton::clicked, this, [this] { returnSelected(); });
    connect(add, &QPushButton::clicked, this, [this] { registerDocument(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    resize(1100, 620);
    reloadCabinets();
    m_recipientNumber->setFocus();
}

QString EvidenceCustodyDialog::message() const
{
    return m_message->text();
}

void EvidenceCustodyDialog::showError(const db::ApiError& error)
{
    m_message->setText(error.message);
}

void EvidenceCustodyDialog::reloadCabinets()
{
    const auto cabinets = m_repository.cabinets();
    if (!cabinets) {
        showError(m_repository.lastError());
        return;
    }
    m_cabinets = *cabinets;
    m_cabinetFilter->clear();
    m_cabinet->clear();
    m_returnTo->clear();
    m_returnTo->addItem(tr("元の保管庫"), qint64(0));
    for (const db::EvidenceCabinet& c : std::as_const(m_cabinets)) {
        const QString text = tr("%1（%2・%3）").arg(c.label, c.location, c.areaLabel);
        m_cabinetFilter->addItem(text, c.id);
        m_cabinet->addItem(text, c.id);
        m_returnTo->addItem(text, c.id);
    }
}

bool EvidenceCustodyDialog::showRecipient(const QString& recipientNumber)
{
    const QString number = recipientNumber.trimmed();
    if (number.size() != 7 || !std::all_of(number.begin(), number.end(),
                                           [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        m_message->setText(tr("受給者番号は7桁の数字で入力してください。"));
        return false;
    }
    db::RecipientRepository recipients(m_session);
    db::RecipientSearchCriteria criteria;
    criteria.recipientNumber = number;
    const auto found = recipients.search(criteria, std::nullopt, 2);
    if (!found) {
        showError(recipients.lastError());
        return false;
    }
    if (found->isEmpty()) {
        m_message->setText(
            tr("受給者番号 %1 の受給者は見つかりません（担当の制度の受給者だけを表示できます）。")
                .arg(number));
        return false;
    }
    m_recipientId = found->first().id;
    m_cabinetId = 0;
    return reload();
}

bool EvidenceCustodyDialog::showCabinet()
{
    const qint64 id = m_cabinetFilter->currentData().toLongLong();
    if (id <= 0) {
        m_message->setText(tr("保管庫を選んでください。"));
        return false;
    }
    m_cabinetId = id;
    m_recipientId = 0;
    return reload();
}

bool EvidenceCustodyDialog::reload()
{
    const auto documents = m_repository.documents(m_recipientId, m_cabinetId);
    if (!documents) {
        showError(m_repository.lastError());
        return false;
    }
    m_model->setDocuments(*documents);
    m_view->resizeColumnsToContents();
    int out = 0;
    int overdue = 0;
    for (const db::EvidenceDocument& d : *documents) {
        out += d.isOut() ? 1 : 0;
        overdue += d.overdue ? 1 : 0;
    }
    m_message->setText(overdue > 0
                           ? tr("%1 件（持ち出し中 %2 件、うち返却期限超過 %3 件）")
                                 .arg(documents->size())
                                 .arg(out)
                                 .arg(overdue)
                           : tr("%1 件（持ち出し中 %2 件）").arg(documents->size()).arg(out));
    if (!documents->isEmpty())
        m_view->selectRow(0);
    return true;
}

const db::EvidenceDocument* EvidenceCustodyDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->documentAt(rows.first().row());
}

bool EvidenceCustodyDialog::registerDocument()
{
    if (m_recipientId <= 0) {
        m_message->setText(tr("書類を登録する受給者を、受給者番号で表示してください。"));
        return false;
    }
    db::NewEvidenceDocument d;
    d.recipientId = m_recipientId;
    d.kind = m_kind->currentData().toString();
    d.description = m_description->text();
    d.receivedOn = m_receivedOn->date();
    d.cabinetId = m_cabinet->currentData().toLongLong();
    if (!m_repository.registerDocument(d)) {
        showError(m_repository.lastError());
        return false;
    }
    m_description->clear();
    reload();
    m_message->setText(tr("書類を登録しました（%1）。").arg(m_cabinet->currentText()));
    return true;
}

bool EvidenceCustodyDialog::checkOutSelected()
{
    const db::EvidenceDocument* d = selected();
    if (!d) {
        m_message->setText(tr("持ち出す書類を一覧で選んでください。"));
        return false;
    }
    const QString description = d->description;
    if (!m_repository.checkOut(d->id, m_reason->text())) {
        showError(m_repository.lastError());
        return false;
    }
    m_reason->clear();
    reload();
    m_message->setText(tr("「%1」を持ち出しました。返却を忘れないでください。").arg(description));
    return true;
}

bool EvidenceCustodyDialog::returnSelected()
{
    const db::EvidenceDocument* d = selected();
    if (!d) {
        m_message->setText(tr("返却する書類を一覧で選んでください。"));
        return false;
    }
    const QString description = d->description;
    if (!m_repository.returnDocument(d->id, m_returnTo->currentData().toLongLong(),
                                     m_reason->text())) {
        showError(m_repository.lastError());
        return false;
    }
    m_reason->clear();
    reload();
    m_message->setText(tr("「%1」を返却しました。").arg(description));
    return true;
}

} // namespace kohi::app
