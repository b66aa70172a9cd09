#include "app/client/MyNumberViewerWidget.h"

#include "app/client/InputMethodPolicy.h"
#include "app/client/MyNumberHolderModel.h"
#include "app/client/MyNumberRevealDialog.h"
#include "app/client/SearchConditionFields.h"
#include "core/validation/JapaneseDate.h"
#include "core/validation/KanaName.h"
#include "core/validation/RecipientNumber.h"
#include "db/MyNumberRepository.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

MyNumberViewerWidget::MyNumberViewerWidget(RepositoryProvider repository, QWidget* parent)
    : QWidget(parent), m_repository(std::move(repository)), m_model(new MyNumberHolderModel(this))
{
    setObjectName(u"myNumberViewer"_s);
    setWindowTitle(tr("個人番号の表示"));

    m_number = conditionField(u"viewerSearchNumber"_s, tr("7桁"), this);
    useDirectInput(m_number, Qt::ImhDigitsOnly);
    m_number->setMaxLength(16);
    m_kana =
        conditionField(u"viewerSearchKana"_s, tr("ヤマダ タロウ（前方一致・2文字以上）"), this);
    useJapaneseInput(m_kana);
    m_birth = conditionField(u"viewerSearchBirth"_s, tr("S45.5.5 / 1970-05-05"), this);
    useDirectInput(m_birth, Qt::ImhPreferNumbers);

    m_searchButton = new QPushButton(tr("検索(&S)"), this);
    m_searchButton->setObjectName(u"viewerSearchButton"_s);
    m_searchButton->setAutoDefault(true);
    auto* clearButton = new QPushButton(tr("条件クリア"), this);
    clearButton->setObjectName(u"viewerClearButton"_s);

    auto* box = new QGroupBox(tr("番号を表示する人の検索"), this);
    auto* grid = new QGridLayout(box);
    addCondition(grid, 0, 0, tr("受給者番号(&N)"), m_number);
    addCondition(grid, 1, 0, tr("カナ氏名(&K)"), m_kana);
    addCondition(grid, 1, 2, tr("生年月日(&B)"), m_birth);
    auto* hint = new QLabel(tr("受給者番号、またはカナ氏名と生年月日の両方で検索します。"
                               "検索も表示もすべてアクセスログに記録されます。"),
                            box);
    hint->setWordWrap(true);
    grid->addWidget(hint, 2, 0, 1, 4);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    buttons->addWidget(m_searchButton);
    grid->addLayout(buttons, 3, 0, 1, 4);

    m_message = new QLabel(this);
    m_message->setObjectName(u"viewerMessage"_s);
    m_message->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"viewerCount"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"viewerResults"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(false);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_revealButton = new QPushButton(tr("表示(&V)…"), this);
    m_revealButton->setObjectName(u"viewerRevealButton"_s);
    m_revealButton->setEnabled(false);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_revealButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    setTabOrder(m_number, m_kana);
    setTabOrder(m_kana, m_birth);
    setTabOrder(m_birth, m_searchButton);
    setTabOrder(m_searchButton, m_view);
    setTabOrder(m_view, m_revealButton);

    for (QLineEdit* edit : {m_number, m_kana, m_birth})
        connect(edit, &QLineEdit::returnPressed, this, &MyNumberViewerWidget::search);
    connect(m_searchButton, &QPushButton::clicked, this, &MyNumberViewerWidget::search);
    connect(clearButton, &QPushButton::clicked, this, &MyNumberViewerWidget::clearConditions);
    connect(m_revealButton, &QPushButton::clicked, this, &MyNumberViewerWidget::revealSelected);
    // Double-click or Enter on a row.
    connect(m_view, &QTableView::activated, this, &MyNumberViewerWidget::revealSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyNumberViewerWidget::updateRevealButton);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &MyNumberViewerWidget::updateRevealButton);
    m_number->setFocus();
}

MyNumberViewerWidget::~MyNumberViewerWidget() = default;

QString MyNumberViewerWidget::message() const
{
    return m_message->text();
}

void MyNumberViewerWidget::setRevealTiming(std::chrono::seconds showFor,
                                           std::function<RevealTicker*()> makeTicker)
{
    m_showFor = showFor;
    m_makeTicker = std::move(makeTicker);
}

bool MyNumberViewerWidget::readCriteria(db::MyNumberHolderCriteria* criteria)
{
    // Only the form of each field is checked here; whether the conditions are precise enough is
    // the server's rule (one definition, and the same for a psql caller).
    QStringList problems;
    QStringList notes;
    if (!m_number->text().trimmed().isEmpty()) {
        const ValidationResult v = validateRecipientNumber(m_number->text());
        if (v.isError())
            problems << v.message;
        else
            criteria->recipientNumber = v.normalized;
        if (v.isWarning())
            notes << v.message;
    }
    if (!m_kana->text().trimmed().isEmpty()) {
        // Half-width kana and hiragana are accepted; the register holds full-width katakana
        // with U+3000 between family and given name.
        const ValidationResult v = validateKanaName(m_kana->text());
        if (v.isError())
            problems << v.message;
        else
            criteria->kanaPrefix = normalizeKana(m_kana->text());
    }
    if (!m_birth->text().trimmed().isEmpty()) {
        const ParsedDate d = parseJapaneseDate(m_birth->text());
        if (d.result.isError())
            problems << tr("生年月日: %1").arg(d.result.message);
        else
            criteria->birthDate = d.date;
    }
    if (!problems.isEmpty()) {
        showMessage(problems.join(u'\n'), true);
        return false;
    }
    showMessage(notes.join(u'\n'), false);
    return true;
}

bool MyNumberViewerWidget::search()
{
    db::MyNumberHolderCriteria criteria;
    // The typed conditions stay in their fields whatever happens, so they can be corrected.
    if (!readCriteria(&criteria)) {
        m_model->clear();
        m_count->clear();
        return false;
    }
    QString error;
    const QList<db::MyNumberHolder> holders = m_repository().searchHolders(criteria, &error);
    m_model->setHolders(holders);
    if (!error.isEmpty()) {
        showMessage(error, true);
        m_count->clear();
        return false;
    }
    m_view->resizeColumnsToContents();
    if (holders.isEmpty())
        m_count->setText(tr("個人番号が登録された該当者はいません。"));
    else if (holders.size() >= db::MyNumberRepository::HolderSearchLimit)
        m_count->setText(
            tr("%L1 件を表示しました（上限）。条件を絞り込んでください。").arg(holders.size()));
    else
        m_count->setText(tr("%L1 件").arg(holders.size()));
    if (!holders.isEmpty()) {
        m_view->selectRow(0);
        m_view->setFocus();
    }
    return true;
}

void MyNumberViewerWidget::clearConditions()
{
    for (QLineEdit* edit : {m_number, m_kana, m_birth})
        edit->clear();
    m_model->clear();
    m_count->clear();
    showMessage({}, false);
    m_number->setFocus();
}

void MyNumberViewerWidget::revealSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_dialog)
        return;
    const db::MyNumberHolder& holder = m_model->holderAt(current.row());
    auto* dialog = new MyNumberRevealDialog(m_repository(), holder.myNumberId,
                                            MyNumberHolderModel::personDescription(holder), this,
                                            m_showFor, m_makeTicker ? m_makeTicker() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void MyNumberViewerWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : u"color: #8a5a00;"_s);
}

void MyNumberViewerWidget::updateRevealButton()
{
    m_revealButton->setEnabled(m_view->currentIndex().isValid() &&
                               m_view->selectionModel()->hasSelection());
}

} // namespace kohi::app
