#include "app/client/juki/JukiReviewDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString sexLabel(int sex)
{
    return sex == 1   ? JukiReviewDialog::tr("男")
           : sex == 2 ? JukiReviewDialog::tr("女")
                      : QString();
}

} // namespace

JukiReviewDialog::JukiReviewDialog(db::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"jukiReviewDialog"_s);
    setWindowTitle(tr("住基ネット確認リスト"));
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"jukiReviewTable"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"jukiReviewNote"_s);
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("対応の内容（必須、200文字以内）"));
    auto* reissue = new QPushButton(tr("再照会(&R)"), this);
    reissue->setObjectName(u"jukiReviewReissue"_s);
    auto* close = new QPushButton(tr("対応済み(&D)"), this);
    close->setObjectName(u"jukiReviewClose"_s);
    auto* done = new QPushButton(tr("閉じる"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"jukiReviewMessage"_s);
    m_message->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_note, 1);
    row->addWidget(reissue);
    row->addWidget(close);
    row->addWidget(done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(reissue, &QPushButton::clicked, this, [this] { resolveSelected(u"reissue"_s); });
    connect(close, &QPushButton::clicked, this, [this] { resolveSelected(u"close"_s); });
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    resize(1100, 500);
    reload();
}

void JukiReviewDialog::reload()
{
    db::ApiError error;
    m_items = db::JukiInquiryRepository(m_session).reviewList(&error);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("取り込み"), tr("行"), tr("照会番号"), tr("結果"),
                                        tr("受給者番号"), tr("登録の内容"), tr("回答ファイル"),
                                        tr("理由")});
    for (const db::JukiReviewItem& v : std::as_const(m_items)) {
        const QString registered =
            v.recipientId == 0
                ? QString()
                : u"%1 %2 %3"_s.arg(v.kana, v.birthDate.toString(u"yyyy-MM-dd"_s), sexLabel(v.sex));
        const QString fromFile =
            v.fileKana.isEmpty() && !v.fileBirthDate.isValid()
                ? QString()
                : u"%1 %2 %3"_s.arg(v.fileKana, v.fileBirthDate.toString(u"yyyy-MM-dd"_s),
                                    sexLabel(v.fileSex));
        m_model->appendRow({new QStandardItem(QString::number(v.importId)),
                            new QStandardItem(QString::number(v.line)),
                            new QStandardItem(v.inquiryNo), new QStandardItem(v.outcome),
                            new QStandardItem(v.recipientNumber), new QStandardItem(registered),
                            new QStandardItem(fromFile), new QStandardItem(v.message)});
    }
    m_view->resizeColumnsToContents();
    m_message->setText(error.isEmpty() ? tr("確認待ち %1 件").arg(m_items.size()) : error.message);
}

bool JukiReviewDialog::resolveSelected(const QString& action)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_items.size()) {
        m_message->setText(tr("対応する行を選んでください。"));
        return false;
    }
    const db::JukiReviewItem item = m_items.at(rows.first().row());
    QString newInquiryNo;
    db::ApiError error;
    if (!db::JukiInquiryRepository(m_session).resolve(item.importId, item.line, action,
                                                      m_note->text(), &newInquiryNo, &error)) {
        m_message->setText(error.message);
        return false;
    }
    m_note->clear();
    reload();
    m_message->setText(newInquiryNo.isEmpty()
                           ? tr("対応済みにしました。")
                           : tr("新しい照会番号 %1 を発行しました。").arg(newInquiryNo));
    return true;
}

} // namespace kohi::app
