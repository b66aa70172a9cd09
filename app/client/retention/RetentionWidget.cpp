#include "app/client/retention/RetentionWidget.h"

#include "app/client/retention/DisposalCertificateRenderer.h"
#include "db/Session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

RetentionWidget::RetentionWidget(db::Session& session, bool clerk, bool approver, QWidget* parent)
    : QWidget(parent), m_session(session), m_clerk(clerk), m_approver(approver)
{
    setObjectName(u"retentionWidget"_s);
    setWindowTitle(tr("Kohi — 保存期間・廃棄"));

    // The due list, and (clerks) the proposal to dispose of the selected recipient's numbers.
    auto* dueBox = new QGroupBox(tr("保存期間を過ぎた個人番号と書類"), this);
    m_on = new QDateEdit(QDate::currentDate(), dueBox);
    m_on->setObjectName(u"retentionOn"_s);
    m_on->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_on->setCalendarPopup(true);
    auto* reload = new QPushButton(tr("一覧を更新"), dueBox);
    reload->setObjectName(u"retentionDueRefresh"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("基準日"), dueBox));
    top->addWidget(m_on);
    top->addStretch(1);
    top->addWidget(reload);
    m_dueTable = new QTableWidget(0, 8, dueBox);
    m_dueTable->setObjectName(u"retentionDueTable"_s);
    m_dueTable->setHorizontalHeaderLabels({tr("受給者番号"), tr("氏名"), tr("法別"), tr("終了日"),
                                           tr("終了の理由"), tr("保存期限"), tr("個人番号"),
                                           tr("廃棄の提案")});
    m_dueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dueTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueTable->setTabKeyNavigation(false);
    m_dueTable->verticalHeader()->hide();
    m_dueTable->horizontalHeader()->setStretchLastSection(true);
    auto* dueLayout = new QVBoxLayout(dueBox);
    auto* explain = new QLabel(
        tr("認定が終了し、制度ごとの保存期間（設定 retention_years_<法別番号>）を過ぎた受給者です。"
           "廃棄は担当者が提案し、別の職員（承認者）が承認したときに個人番号を消去します。"
           "消去した番号は元に戻せません。"),
        dueBox);
    explain->setWordWrap(true);
    dueLayout->addWidget(explain);
    dueLayout->addLayout(top);
    dueLayout->addWidget(m_dueTable, 1);
    if (m_clerk) {
        m_papers = new QSpinBox(dueBox);
        m_papers->setObjectName(u"retentionPapers"_s);
        m_papers->setRange(0, 1000);
        m_papers->setSuffix(tr(" 枚"));
        m_papersNote = new QLineEdit(dueBox);
        m_papersNote->setObjectName(u"retentionPapersNote"_s);
        m_papersNote->setMaxLength(200);
        m_papersNote->setPlaceholderText(
            tr("例: 申請書、個人番号カードの写し（個人番号は書かない）"));
        m_reason = new QLineEdit(dueBox);
        m_reason->setObjectName(u"retentionReason"_s);
        m_reason->setMaxLength(200);
        m_reason->setPlaceholderText(tr("例: 保存期間満了のため"));
        m_propose = new QPushButton(tr("廃棄を提案"), dueBox);
        m_propose->setObjectName(u"retentionPropose"_s);
        auto* form = new QFormLayout;
        form->addRow(tr("廃棄する書類"), m_papers);
        form->addRow(tr("書類の内容"), m_papersNote);
        form->addRow(tr("廃棄の理由"), m_reason);
        auto* row = new QHBoxLayout;
        row->addLayout(form, 1);
        row->addWidget(m_propose, 0, Qt::AlignBottom);
        dueLayout->addLayout(row);
        connect(m_propose, &QPushButton::clicked, this, &RetentionWidget::proposeDisposal);
    }

    // The proposals (認定の終了・廃棄), decided by a second person.
    auto* proposalBox = new QGroupBox(tr("認定の終了と廃棄の提案"), this);
    m_panel = ProposalReviewPanel::build(
        proposalBox, u"retentionProposal"_s,
        tr("死亡・転出による認定の終了と、個人番号・書類の廃棄は、担当者が提案し、提案者とは別の"
           "承認者が承認します。自分の提案は承認できません（取り下げはできます）。"),
        {tr("番号"), tr("種類"), tr("受給者番号"), tr("氏名"), tr("内容"), tr("提案者"),
         tr("提案日時"), tr("状態"), tr("決定者"), tr("理由")},
        tr("確認した内容など（却下・取り下げには必須、200文字以内、個人番号は書かない）"));
    m_certificate = new QPushButton(tr("廃棄証明書…"), proposalBox);
    m_certificate->setObjectName(u"retentionCertificate"_s);
    m_certificate->setToolTip(tr("承認された廃棄の証明書（個人番号は記載しません）"));
    if (auto* panelLayout = qobject_cast<QVBoxLayout*>(proposalBox->layout()))
        panelLayout->addWidget(m_certificate, 0, Qt::AlignRight);
    if (!m_approver)
        m_panel.approve->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(dueBox, 2);
    layout->addWidget(proposalBox, 3);

    connect(reload, &QPushButton::clicked, this, &RetentionWidget::refresh);
    connect(m_dueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetentionWidget::updateButtons);
    connect(m_panel.table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetentionWidget::updateButtons);
    connect(m_panel.showClosed, &QCheckBox::toggled, this, &RetentionWidget::refresh);
    connect(m_panel.reload, &QPushButton::clicked, this, &RetentionWidget::refresh);
    connect(m_panel.approve, &QPushButton::clicked, this, &RetentionWidget::approveSelected);
    connect(m_panel.reject, &QPushButton::clicked, this, &RetentionWidget::rejectSelected);
    connect(m_certificate, &QPushButton::clicked, this, &RetentionWidget::previewCertificate);
    updateButtons();
}

RetentionWidget::~RetentionWidget() = default;

void RetentionWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

QString RetentionWidget::message() const
{
    return m_panel.message->text();
}

void RetentionWidget::showMessage(const QString& text, bool error)
{
    m_panel.showMessage(text, error);
}

bool RetentionWidget::refresh()
{
    db::RetentionRepository repo(m_session);
    const auto due = repo.due(m_on->date());
    if (!due) {
        showMessage(repo.lastError().message, true);
        return false;
    }
    const auto proposals = repo.proposals(m_panel.showClosed->isChecked());
    if (!proposals) {
        showMessage(repo.lastError().message, true);
        return false;
    }
    m_loaded = true;
    m_due = *due;
    m_proposals = *proposals;
    fillDue();
    fillProposals();
    updateButtons();
    return true;
}

void RetentionWidget::fillDue()
{
    m_dueTable->clearSelection();
    m_dueTable->setRowCount(int(m_due.size()));
    for (int row = 0; row < m_due.size(); ++row) {
        const auto& d = m_due[row];
        setRow(m_dueTable, row,
               {d.recipientNumber, d.name, d.programme, dateText(d.endedOn), d.endReasonLabel,
                dateText(d.retentionUntil), tr("%1 件").arg(d.numbersHeld),
                d.openProposalId ? tr("提案 %1（承認待ち）").arg(d.openProposalId) : QString()});
    }
    m_dueTable->resizeColumnsToContents();
}

void RetentionWidget::fillProposals()
{
    QTableWidget* table = m_panel.table;
    table->clearSelection();
    table->setRowCount(int(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const auto& p = m_proposals[row];
        const bool end = p.kind == u"end"_s;
        const QString what =
            end ? tr("%1（%2）").arg(p.endReasonLabel, dateText(p.endedOn))
                : tr("個人番号の消去、書類 %1 枚").arg(p.papersDestroyed.value_or(0));
        const QString state = p.status == u"proposed"_s   ? tr("承認待ち")
                              : p.status == u"approved"_s ? tr("承認済み")
                              : p.status == u"rejected"_s ? tr("却下")
                                                          : tr("取り下げ");
        setRow(table, row,
               {QString::number(p.id), end ? tr("認定の終了") : tr("廃棄"), p.recipientNumber,
                p.name, what, p.proposedBy, timeText(p.proposedAt), state, p.decidedBy, p.reason});
    }
    table->resizeColumnsToContents();
    if (m_proposals.isEmpty())
        m_panel.detail->setText(tr("承認を待っている提案はありません。"));
}

const db::RetentionDueItem* RetentionWidget::selectedDue() const
{
    const QModelIndexList rows = m_dueTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_due.size())
        return nullptr;
    return &m_due[rows.first().row()];
}

const db::RetentionProposal* RetentionWidget::selectedProposal() const
{
    const QModelIndexList rows = m_panel.table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_proposals.size())
        return nullptr;
    return &m_proposals[rows.first().row()];
}

bool RetentionWidget::selectDue(qint64 recipientId)
{
    for (int row = 0; row < m_due.size(); ++row) {
        if (m_due[row].recipientId == recipientId) {
            m_dueTable->selectRow(row);
            return true;
        }
    }
    return false;
}

bool RetentionWidget::selectProposal(qint64 id)
{
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (m_proposals[row].id == id) {
            m_panel.table->selectRow(row);
            return true;
        }
    }
    return false;
}

void RetentionWidget::updateButtons()
{
    const auto* d = selectedDue();
    if (m_propose)
        m_propose->setEnabled(d && d->openProposalId == 0);
    const auto* p = selectedProposal();
    const bool mine = p && p->proposedBy == m_session.userId();
    const bool open = p && p->status == u"proposed"_s;
    m_panel.approve->setEnabled(p && p->mayApprove);
    m_panel.reject->setEnabled(open && (p->mayApprove || mine));
    m_panel.reject->setText(mine ? tr("取り下げ") : tr("却下"));
    m_certificate->setEnabled(p && p->kind == u"dispose"_s && p->status == u"approved"_s);
    if (!p)
        return;
    QString text =
        p->kind == u"end"_s
            ? tr("提案 %1: %2 %3 の認定を %4 で終了（%5）。")
                  .arg(p->id)
                  .arg(p->recipientNumber, p->name, dateText(p->endedOn), p->endReasonLabel)
            : tr("提案 %1: %2 %3 の個人番号を消去し、書類 %4 枚（%5）を廃棄。")
                  .arg(p->id)
                  .arg(p->recipientNumber, p->name)
                  .arg(p->papersDestroyed.value_or(0))
                  .arg(p->papersNote.isEmpty() ? tr("なし") : p->papersNote);
    text += tr("提案者 %1。").arg(p->proposedBy);
    if (mine && open)
        text += tr("自分の提案は承認できません。別の職員の承認を待ってください。");
    m_panel.detail->setText(text);
}

bool RetentionWidget::proposeDisposal()
{
    const auto* d = selectedDue();
    if (!d || !m_propose)
        return false;
    const qint64 recipientId = d->recipientId;
    db::RetentionRepository repo(m_session);
    const auto id = repo.proposeDisposal(recipientId, m_papers->value(), m_papersNote->text(),
                                         m_reason->text());
    if (!id) {
        showMessage(repo.lastError().message, true);
        return false;
    }
    m_papersNote->clear();
    m_reason->clear();
    m_papers->setValue(0);
    refresh();
    selectProposal(*id);
    showMessage(
        tr("廃棄を提案しました（提案 %1）。別の職員の承認で個人番号を消去します。").arg(*id),
        false);
    return true;
}

bool RetentionWidget::approveSelected()
{
    const auto* p = selectedProposal();
    if (!p)
        return false;
    const qint64 id = p->id;
    db::RetentionRepository repo(m_session);
    const auto outcome = repo.approve(id, m_panel.note->text());
    if (!outcome) {
        showMessage(repo.lastError().message, true);
        refresh();
        return false;
    }
    m_panel.note->clear();
    // The decided proposal stays in view: its disposal certificate is printed from it next.
    {
        const QSignalBlocker quiet(m_panel.showClosed);
        m_panel.showClosed->setChecked(true);
    }
    refresh();
    selectProposal(id);
    showMessage(
        outcome->kind == u"end"_s
            ? tr("提案 %1 を承認しました。認定を終了しました。").arg(id)
            : tr("提案 %1 を承認しました。個人番号 %2 件を消去し、廃棄記録 %3 を残しました。")
                  .arg(id)
                  .arg(outcome->numbersErased)
                  .arg(outcome->disposalId),
        false);
    return true;
}

bool RetentionWidget::rejectSelected()
{
    const auto* p = selectedProposal();
    if (!p)
        return false;
    const qint64 id = p->id;
    db::RetentionRepository repo(m_session);
    const auto outcome = repo.reject(id, m_panel.note->text());
    if (!outcome) {
        showMessage(repo.lastError().message, true);
        return false;
    }
    m_panel.note->clear();
    refresh();
    showMessage(*outcome == u"withdrawn"_s ? tr("提案 %1 を取り下げました。").arg(id)
                                           : tr("提案 %1 を却下しました。").arg(id),
                false);
    return true;
}

std::optional<QList<db::DisposalRecord>> RetentionWidget::certificateRecords()
{
    const auto* p = selectedProposal();
    if (!p || p->kind != u"dispose"_s || p->status != u"approved"_s) {
        showMessage(tr("承認された廃棄の提案を選んでください。"), true);
        return std::nullopt;
    }
    db::RetentionRepository repo(m_session);
    const auto records = repo.disposalsOf(p->recipientId);
    if (!records) {
        showMessage(repo.lastError().message, true);
        return std::nullopt;
    }
    return records;
}

bool RetentionWidget::saveCertificatePdf(const QString& path, QString* error)
{
    const auto records = certificateRecords();
    if (!records)
        return false;
    return DisposalCertificateRenderer(*records, QDate::currentDate(), m_session.userId())
        .savePdf(path, error);
}

bool RetentionWidget::previewCertificate()
{
    const auto records = certificateRecords();
    if (!records)
        return false;
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* dialog = new QPrintPreviewDialog(printer, this);
    dialog->setObjectName(u"disposalCertificatePreview"_s);
    dialog->setWindowTitle(tr("Kohi — 個人番号等廃棄証明書"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The printer lives as long as the dialog.
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    const DisposalCertificateRenderer renderer(*records, QDate::currentDate(), m_session.userId());
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [renderer](QPrinter* target) { renderer.print(*target); });
    m_preview = dialog;
    dialog->resize(900, 1000);
    dialog->open();
    return true;
}

} // namespace kohi::app
