#include "app/client/KeyProposalWidget.h"

#include "app/client/ProposalReviewPanel.h"
#include "db/Session.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

KeyProposalWidget::KeyProposalWidget(db::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"keyProposalWidget"_s);
    setWindowTitle(tr("Kohi — 鍵の操作の承認"));

    m_panel = ProposalReviewPanel::build(
        this, u"keyProposal"_s,
        tr("個人番号の鍵の作成・更新と閲覧者の登録・削除は、ひとりが提案し、別の職員が承認します。"
           "承認された操作は、提案した職員が承認から決められた時間内に一度だけ実行できます。"
           "自分の提案と、自分が対象の提案は承認できません。"),
        {tr("番号"), tr("操作"), tr("対象の閲覧者"), tr("提案者"), tr("提案日時"), tr("状態"),
         tr("期限"), tr("鍵が削除される閲覧者"), tr("理由")},
        tr("確認した内容など（任意、200文字以内、個人番号は書かない）"));
    m_table = m_panel.table;
    m_showClosed = m_panel.showClosed;
    m_detail = m_panel.detail;
    m_note = m_panel.note;
    m_approve = m_panel.approve;
    m_reject = m_panel.reject;
    m_message = m_panel.message;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyProposalWidget::updateButtons);
    connect(m_showClosed, &QCheckBox::toggled, this, &KeyProposalWidget::refresh);
    connect(m_panel.reload, &QPushButton::clicked, this, &KeyProposalWidget::refresh);
    connect(m_approve, &QPushButton::clicked, this, &KeyProposalWidget::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &KeyProposalWidget::rejectSelected);

    updateButtons();
}

KeyProposalWidget::~KeyProposalWidget() = default;

void KeyProposalWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

QString KeyProposalWidget::message() const
{
    return m_message->text();
}

void KeyProposalWidget::showMessage(const QString& text, bool error)
{
    m_panel.showMessage(text, error);
}

bool KeyProposalWidget::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    QString error;
    const auto list =
        db::MyNumberKeyCeremony(m_session).proposals(m_showClosed->isChecked(), &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    m_loaded = true;
    m_proposals = list;
    m_table->clearSelection();
    m_table->setRowCount(int(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const auto& p = m_proposals[row];
        const bool open = p.state == u"proposed"_s;
        const QStringList cells{QString::number(p.id),
                                p.kindLabel,
                                p.viewer,
                                p.proposedBy,
                                timeText(p.proposedAt),
                                p.stateLabel,
                                timeText(open ? p.expiresAt : p.windowEndsAt),
                                p.dropViewers.join(u"、"_s),
                                p.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (p.mayApprove)
                item->setToolTip(tr("承認できる提案です"));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (keep != 0)
        selectProposal(keep);
    else if (m_proposals.isEmpty())
        m_detail->setText(tr("承認を待っている鍵の操作はありません。"));
    updateButtons();
    return true;
}

bool KeyProposalWidget::selectProposal(qint64 id)
{
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (m_proposals[row].id == id) {
            m_table->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

const db::MyNumberKeyCeremony::Proposal* KeyProposalWidget::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_proposals.size())
        return nullptr;
    return &m_proposals[rows.first().row()];
}

void KeyProposalWidget::updateButtons()
{
    const auto* p = selected();
    const bool mine = p && p->proposedBy == m_session.userId();
    const bool open = p && (p->state == u"proposed"_s || p->state == u"approved"_s);
    m_approve->setEnabled(p && p->mayApprove);
    m_reject->setEnabled(open && (p->mayApprove || mine));
    m_reject->setText(mine ? tr("取り下げ") : tr("却下"));
    if (!p) {
        if (!m_proposals.isEmpty())
            m_detail->setText(tr("提案を選んでください。"));
        return;
    }
    QString text = tr("提案 %1: %2").arg(p->id).arg(p->kindLabel);
    if (!p->viewer.isEmpty())
        text += tr("（閲覧者 %1）").arg(p->viewer);
    text += tr("、提案者 %1、状態 %2。").arg(p->proposedBy, p->stateLabel);
    if (!p->dropViewers.isEmpty())
        text += tr("この鍵の更新で、%1 の復号用の鍵は削除されます（再登録が必要）。")
                    .arg(p->dropViewers.join(u"、"_s));
    if (mine && p->state == u"proposed"_s)
        text += tr("自分の提案は承認できません。別の職員の承認を待ってください。");
    else if (!p->mayApprove && p->state == u"proposed"_s && p->viewer == m_session.userId())
        text += tr("自分が対象の提案は承認できません。");
    m_detail->setText(text);
}

bool KeyProposalWidget::approveSelected()
{
    const auto* p = selected();
    if (!p)
        return false;
    const qint64 id = p->id;
    db::MyNumberKeyCeremony::Proposal approved;
    QString error;
    if (!db::MyNumberKeyCeremony(m_session).approve(id, m_note->text(), &approved, &error)) {
        showMessage(error, true);
        refresh();
        return false;
    }
    m_note->clear();
    showMessage(tr("提案 %1 を承認しました。%2 が %3 までに一度だけ実行できます。")
                    .arg(id)
                    .arg(approved.proposedBy, timeText(approved.windowEndsAt)),
                false);
    refresh();
    selectProposal(id);
    return true;
}

bool KeyProposalWidget::rejectSelected()
{
    const auto* p = selected();
    if (!p)
        return false;
    const qint64 id = p->id;
    QString error;
    const QString outcome = db::MyNumberKeyCeremony(m_session).reject(id, m_note->text(), &error);
    if (outcome.isEmpty()) {
        showMessage(error, true);
        refresh();
        return false;
    }
    m_note->clear();
    showMessage(outcome == u"withdrawn"_s ? tr("提案 %1 を取り下げました。").arg(id)
                                          : tr("提案 %1 を却下しました。").arg(id),
                false);
    refresh();
    return true;
}

} // namespace kohi::app
