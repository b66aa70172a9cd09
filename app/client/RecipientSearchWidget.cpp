#include "app/client/RecipientSearchWidget.h"

#include "app/client/BenefitLabels.h"
#include "app/client/InputMethodPolicy.h"
#include "app/client/RecipientDetailWidget.h"
#include "app/client/RecipientSearchModel.h"
#include "app/client/SearchConditionFields.h"
#include "core/validation/JapaneseDate.h"
#include "core/validation/KanaName.h"
#include "core/validation/NumericIdentifier.h"
#include "core/validation/RecipientNumber.h"
#include "db/RecipientRepository.h"
#include "db/Session.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <iterator>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString digitsOnly(const QString& text)
{
    QString digits;
    for (QChar c : normalizeIdentifierDigits(text)) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

} // namespace

RecipientSearchWidget::RecipientSearchWidget(db::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RecipientSearchModel(session, this))
{
    setObjectName(u"recipientSearch"_s);
    setWindowTitle(tr("受給者検索"));

    m_kana = conditionField(u"searchKana"_s, tr("ヤマダ タロウ（前方一致・半角可）"), this);
    useJapaneseInput(m_kana);
    m_number = conditionField(u"searchNumber"_s, tr("7桁"), this);
    useDirectInput(m_number, Qt::ImhDigitsOnly);
    m_number->setMaxLength(16);
    m_birth = conditionField(u"searchBirth"_s, tr("S45.5.5 / 1970-05-05"), this);
    useDirectInput(m_birth, Qt::ImhPreferNumbers);
    m_phone = conditionField(u"searchPhone"_s, tr("072-000-0000"), this);
    useDirectInput(m_phone, Qt::ImhDialableCharactersOnly);

    m_searchButton = new QPushButton(tr("検索(&S)"), this);
    m_searchButton->setObjectName(u"searchButton"_s);
    m_searchButton->setAutoDefault(true);
    auto* clearButton = new QPushButton(tr("条件クリア"), this);
    clearButton->setObjectName(u"clearButton"_s);

    auto* box = new QGroupBox(tr("検索条件"), this);
    auto* grid = new QGridLayout(box);
    addCondition(grid, 0, 0, tr("カナ氏名(&K)"), m_kana);
    addCondition(grid, 0, 2, tr("受給者番号(&N)"), m_number);
    addCondition(grid, 1, 0, tr("生年月日(&B)"), m_birth);
    addCondition(grid, 1, 2, tr("電話番号(&T)"), m_phone);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    buttons->addWidget(m_searchButton);
    grid->addLayout(buttons, 2, 0, 1, 4);

    m_message = new QLabel(this);
    m_message->setObjectName(u"searchMessage"_s);
    m_message->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"resultCount"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fixed row heights and no resize-to-contents: the view never measures rows it does not show,
    // which keeps scrolling through many pages smooth.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {90, 150, 170, 90, 40, 70, 120};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setTabOrder(m_kana, m_number);
    setTabOrder(m_number, m_birth);
    setTabOrder(m_birth, m_phone);
    setTabOrder(m_phone, m_searchButton);
    setTabOrder(m_searchButton, m_view);

    for (QLineEdit* edit : {m_kana, m_number, m_birth, m_phone})
        connect(edit, &QLineEdit::returnPressed, this, &RecipientSearchWidget::search);
    connect(m_searchButton, &QPushButton::clicked, this, &RecipientSearchWidget::search);
    connect(clearButton, &QPushButton::clicked, this, &RecipientSearchWidget::clearConditions);
    connect(m_view, &QTableView::activated, this, &RecipientSearchWidget::openRecipient);
    connect(m_model, &RecipientSearchModel::pageLoaded, this, &RecipientSearchWidget::updateCount);
    connect(m_model, &RecipientSearchModel::loadFailed, this,
            [this](const QString& message) { showMessage(message, true); });
    m_kana->setFocus();
}

RecipientSearchWidget::~RecipientSearchWidget() = default;

bool RecipientSearchWidget::readCriteria(db::RecipientSearchCriteria* criteria)
{
    QStringList problems;
    QStringList notes;
    if (!m_kana->text().trimmed().isEmpty()) {
        // Half-width kana and hiragana are what people type in a hurry; the register holds
        // full-width katakana with U+3000 between family and given name.
        const QString kana = normalizeKana(m_kana->text());
        const ValidationResult v = validateKanaName(kana);
        if (v.isError())
            problems << v.message;
        else
            criteria->kanaPrefix = kana;
        m_kana->setText(kana);
    }
    if (!m_number->text().trimmed().isEmpty()) {
        const ValidationResult v = validateRecipientNumber(m_number->text());
        if (v.isError())
            problems << v.message;
        else
            criteria->recipientNumber = v.normalized;
        if (v.isWarning())
            notes << v.message;
    }
    if (!m_birth->text().trimmed().isEmpty()) {
        const ParsedDate d = parseJapaneseDate(m_birth->text());
        if (d.result.isError())
            problems << tr("生年月日: %1").arg(d.result.message);
        else
            criteria->birthDate = d.date;
    }
    if (!m_phone->text().trimmed().isEmpty()) {
        criteria->phone = digitsOnly(m_phone->text());
        if (criteria->phone.isEmpty())
            problems << tr("電話番号は数字で入力してください。");
    }
    if (!problems.isEmpty()) {
        showMessage(problems.join(u'\n'), true);
        return false;
    }
    showMessage(notes.join(u'\n'), false);
    return true;
}

bool RecipientSearchWidget::search()
{
    db::RecipientSearchCriteria criteria;
    if (!readCriteria(&criteria))
        return false;
    m_count->setText(tr("検索しています…"));
    m_model->search(criteria);
    return true;
}

void RecipientSearchWidget::clearConditions()
{
    for (QLineEdit* edit : {m_kana, m_number, m_birth, m_phone})
        edit->clear();
    m_model->clear();
    m_count->clear();
    showMessage({}, false);
    m_kana->setFocus();
}

void RecipientSearchWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : u"color: #8a5a00;"_s);
}

void RecipientSearchWidget::updateCount()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_count->setText(tr("該当する受給者はいません。"));
    else if (m_model->isComplete())
        m_count->setText(tr("%L1 件").arg(rows));
    else
        m_count->setText(tr("%L1 件を表示（続きはスクロールで表示）").arg(rows));
}

void RecipientSearchWidget::openRecipient(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(RecipientSearchModel::RecipientIdRole).toLongLong();
    Q_EMIT recipientActivated(id);
    if (!m_opensDetail)
        return;
    // A child window: it goes when this screen (and the session it reads through) goes.
    auto* detail = new RecipientDetailWidget(m_session, this);
    detail->setWindowFlag(Qt::Window);
    detail->setAttribute(Qt::WA_DeleteOnClose);
    if (!detail->load(id)) {
        showMessage(detail->errorMessage(), true);
        delete detail;
        return;
    }
    detail->show();
}

} // namespace kohi::app
