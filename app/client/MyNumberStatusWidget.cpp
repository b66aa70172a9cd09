#include "app/client/MyNumberStatusWidget.h"

#include "app/client/MyNumberStatusModel.h"
#include "db/MyNumberRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

MyNumberStatusWidget::MyNumberStatusWidget(const db::MyNumberRepository& repository,
                                           qint64 recipientId, QWidget* parent)
    : QWidget(parent), m_repository(repository), m_recipientId(recipientId)
{
    setObjectName(u"myNumberStatus"_s);
    m_model = new MyNumberStatusModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"myNumberStatusView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(false);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows walk its rows
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    // Ctrl+C copies the displayed text of the selected row (the mask, never a number).
    auto* copy = new QAction(tr("コピー"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MyNumberStatusWidget::copySelection);
    m_view->addAction(copy);

    m_message = new QLabel(this);
    m_message->setObjectName(u"myNumberStatusMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_message);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT selectionChanged(selectedMyNumberId()); });
    refresh();
}

void MyNumberStatusWidget::setRecipientId(qint64 recipientId)
{
    m_recipientId = recipientId;
    refresh();
}

void MyNumberStatusWidget::refresh()
{
    if (m_recipientId <= 0) {
        m_model->setStatuses({});
        return;
    }
    QString error;
    const auto statuses = m_repository.status(m_recipientId, &error);
    m_loaded = error.isEmpty();
    m_model->setStatuses(statuses);
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    m_view->resizeColumnsToContents();
}

qint64 MyNumberStatusWidget::selectedMyNumberId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(MyNumberStatusModel::IdRole).toLongLong() : 0;
}

void MyNumberStatusWidget::copySelection() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QStringList cells;
    for (int c = 0; c < m_model->columnCount(); ++c)
        cells << m_model->index(current.row(), c).data(Qt::DisplayRole).toString();
    QApplication::clipboard()->setText(cells.join(u'\t'));
}

} // namespace kohi::app
