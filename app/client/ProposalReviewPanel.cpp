#include "app/client/ProposalReviewPanel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

ProposalReviewPanel ProposalReviewPanel::build(QWidget* owner, const QString& prefix,
                                               const QString& intro, const QStringList& headers,
                                               const QString& notePlaceholder)
{
    ProposalReviewPanel p;
    auto* introLabel = new QLabel(intro, owner);
    introLabel->setWordWrap(true);

    p.table = new QTableWidget(0, int(headers.size()), owner);
    p.table->setObjectName(prefix + u"Table"_s);
    p.table->setHorizontalHeaderLabels(headers);
    p.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.table->setSelectionMode(QAbstractItemView::SingleSelection);
    p.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    p.table->setAlternatingRowColors(true);
    p.table->setTabKeyNavigation(false); // Tab leaves the table; arrows walk its rows
    p.table->verticalHeader()->hide();
    p.table->horizontalHeader()->setStretchLastSection(true);

    p.showClosed = new QCheckBox(
        QCoreApplication::translate("kohi::app::ProposalReviewPanel", "終わった提案も表示"), owner);
    p.showClosed->setObjectName(prefix + u"ShowClosed"_s);
    p.reload = new QPushButton(
        QCoreApplication::translate("kohi::app::ProposalReviewPanel", "最新の情報に更新"), owner);
    p.reload->setObjectName(prefix + u"Refresh"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(p.showClosed);
    top->addStretch(1);
    top->addWidget(p.reload);

    p.detail = new QLabel(owner);
    p.detail->setObjectName(prefix + u"Detail"_s);
    p.detail->setWordWrap(true);
    p.detail->setTextFormat(Qt::PlainText);

    p.note = new QLineEdit(owner);
    p.note->setObjectName(prefix + u"Note"_s);
    p.note->setMaxLength(200);
    p.note->setPlaceholderText(notePlaceholder);
    p.approve = new QPushButton(
        QCoreApplication::translate("kohi::app::ProposalReviewPanel", "承認"), owner);
    p.approve->setObjectName(prefix + u"Approve"_s);
    p.reject = new QPushButton(
        QCoreApplication::translate("kohi::app::ProposalReviewPanel", "却下"), owner);
    p.reject->setObjectName(prefix + u"Reject"_s);
    auto* decide = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(QCoreApplication::translate("kohi::app::ProposalReviewPanel", "メモ"), p.note);
    decide->addLayout(form, 1);
    decide->addWidget(p.approve);
    decide->addWidget(p.reject);

    p.message = new QLabel(owner);
    p.message->setObjectName(prefix + u"Message"_s);
    p.message->setWordWrap(true);
    p.message->setTextFormat(Qt::PlainText); // server text is shown as text, never as markup
    p.message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(owner);
    layout->addWidget(introLabel);
    layout->addLayout(top);
    layout->addWidget(p.table, 1);
    layout->addWidget(p.detail);
    layout->addLayout(decide);
    layout->addWidget(p.message);
    return p;
}

void ProposalReviewPanel::showMessage(const QString& text, bool error) const
{
    message->setStyleSheet(error ? u"color: #b00020; font-weight: bold;"_s : u"color: #1b5e20;"_s);
    message->setText(text);
}

} // namespace kohi::app
