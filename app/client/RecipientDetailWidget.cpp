#include "app/client/RecipientDetailWidget.h"

#include "app/client/BenefitLabels.h"
#include "core/validation/MyNumberMask.h"
#include "db/ApplicationRepository.h"
#include "db/RecipientRepository.h"
#include "db/Session.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QTableWidget* readOnlyTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

RecipientDetailWidget::RecipientDetailWidget(db::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"recipientDetail"_s);
    setWindowTitle(tr("受給者の詳細"));

    m_title = new QLabel(this);
    m_title->setObjectName(u"detailTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);

    m_applications =
        readOnlyTable(u"detailApplications"_s,
                      {tr("申請番号"), tr("区分"), tr("状態"), tr("受付日"), tr("有効期間"),
                       tr("疾病名"), tr("所得区分"), tr("特例"), tr("上限月額"), tr("差戻し理由")},
                      this);
    m_history = readOnlyTable(u"detailHistory"_s,
                              {tr("変更日時"), tr("入力者"), tr("承認者"), tr("申請番号"),
                               tr("変更内容（変更前 → 変更後）")},
                              this);
    m_history->setWordWrap(true);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildRegisterPage(), tr("登録内容(&R)"));
    tabs->addTab(m_applications, tr("申請(&A)"));
    tabs->addTab(m_history, tr("変更履歴(&H)"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(tabs, 1);

    connect(m_applications, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT applicationActivated(m_applications->item(row, 0)->text().toLongLong());
    });
    resize(820, 620);
}

RecipientDetailWidget::~RecipientDetailWidget() = default;

QWidget* RecipientDetailWidget::buildRegisterPage()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    auto group = [&](const QString& title, const QStringList& keys, int row, int column) {
        auto* box = new QGroupBox(title, page);
        auto* form = new QFormLayout(box);
        for (const QString& key : keys) {
            QString label = key == u"programme"_s ? tr("制度") : key;
            for (const FieldSpec& f : recipientFields()) {
                if (f.key == key)
                    label = f.label;
            }
            auto* value = new QLabel(box);
            value->setObjectName(u"detail_"_s + key);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(label, value);
            m_values.insert(key, value);
        }
        grid->addWidget(box, row, column);
        return form;
    };
    group(tr("本人"),
          {u"family_name"_s, u"given_name"_s, u"family_name_kana"_s, u"given_name_kana"_s,
           u"birth_date"_s, u"sex"_s, u"postal_code"_s, u"address"_s, u"municipality_code"_s,
           u"phone"_s},
          0, 0);
    QFormLayout* numbers =
        group(tr("公費"),
              {u"programme"_s, u"recipient_number"_s, u"public_payer_number"_s, u"status"_s}, 0, 1);
    // The patient's registration state, from the status table below (setMyNumberStates): the
    // fixed mask when registered, never digits; nothing is claimed before it is known.
    m_myNumber = new QLabel(tr("—"), page);
    m_myNumber->setObjectName(u"detailMyNumberMask"_s);
    numbers->addRow(tr("個人番号"), m_myNumber);
    group(tr("保護者"), {u"guardian_name"_s, u"guardian_kana"_s, u"guardian_relationship"_s}, 1, 0);
    group(tr("医療保険"), {u"insurer_number"_s, u"insurance_symbol"_s, u"insurance_number"_s}, 1,
          1);
    grid->setRowStretch(2, 1);
    return page;
}

void RecipientDetailWidget::setMyNumberStates(const QList<db::MyNumberStatus>& statuses, bool known)
{
    if (!known) {
        m_myNumber->setText(tr("—"));
        return;
    }
    QString text = tr("未登録");
    for (const db::MyNumberStatus& s : statuses) {
        if (s.role == db::PersonRole::Patient && s.registered) {
            text = tr("%1（%2）")
                       .arg(maskMyNumber(),
                            s.status == u"approved"_s ? tr("照合済み") : tr("照合待ち"));
        }
    }
    m_myNumber->setText(text);
}

QString RecipientDetailWidget::fieldText(const QString& key) const
{
    const QLabel* label = m_values.value(key);
    return label ? label->text() : QString();
}

bool RecipientDetailWidget::load(qint64 recipientId, bool numberStates)
{
    db::RecipientRepository recipients(m_session);
    const auto detail = recipients.get(recipientId);
    if (!detail) {
        m_error = recipients.lastError().message;
        return false;
    }
    const auto history = recipients.history(recipientId);
    if (!history) {
        m_error = recipients.lastError().message;
        return false;
    }
    if (!m_mastersLoaded) {
        db::ApplicationRepository applications(m_session);
        m_mastersLoaded = m_masters.load(applications); // without masters codes are shown
    }
    m_recipientId = recipientId;
    m_error.clear();
    showRecipient(*detail);
    showHistory(*history);
    if (!numberStates)
        return true;
    // The registration state only (no fingerprint needed: nothing is sealed or opened here).
    QString statusError;
    const auto states = db::MyNumberRepository(m_session, {}).status(recipientId, &statusError);
    setMyNumberStates(states, statusError.isEmpty());
    return true;
}

qint64 RecipientDetailWidget::selectedApplicationId() const
{
    const int row = m_applications->currentRow();
    if (row < 0 || !m_applications->item(row, 0))
        return 0;
    return m_applications->item(row, 0)->text().toLongLong();
}

void RecipientDetailWidget::showRecipient(const db::RecipientDetail& r)
{
    for (const FieldSpec& f : recipientFields()) {
        if (QLabel* label = m_values.value(f.key))
            label->setText(fieldDisplay(f, r.registerJson.value(f.key), &m_masters));
    }
    m_values.value(u"birth_date"_s)->setText(longDateLabel(r.birthDate));
    m_values.value(u"programme"_s)->setText(programmeLabel(r.programme));
    const QString number = r.recipientNumber.isEmpty() ? tr("（承認待ち）") : r.recipientNumber;
    m_title->setText(tr("%1（%2）　受給者番号 %3")
                         .arg((r.familyName + u'　' + r.givenName).trimmed(),
                              (r.familyNameKana + u'　' + r.givenNameKana).trimmed(), number));
    setWindowTitle(tr("受給者の詳細 — %1").arg(number));

    m_applications->setRowCount(int(r.applications.size()));
    for (int i = 0; i < r.applications.size(); ++i) {
        const db::RecipientApplication& a = r.applications.at(i);
        setRow(m_applications, i,
               {QString::number(a.id), applicationKindLabel(a.kind), applicationStateLabel(a.state),
                shortDateLabel(a.receivedDate),
                a.validFrom.isValid()
                    ? u"%1〜%2"_s.arg(shortDateLabel(a.validFrom), shortDateLabel(a.validTo))
                    : QString(),
                m_masters.label(db::MasterKind::Disease, a.diseaseCode),
                m_masters.label(db::MasterKind::IncomeTier, a.incomeTier),
                m_masters.label(db::MasterKind::SpecialCase, a.specialCase), yenLabel(a.monthlyCap),
                a.returnReason});
    }
    m_applications->resizeColumnsToContents();
}

void RecipientDetailWidget::showHistory(const QList<db::RecipientChange>& changes)
{
    m_history->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        const db::RecipientChange& c = changes.at(i);
        QStringList lines = describeChanges(c.before, c.after, &m_masters);
        if (c.before.isEmpty())
            lines.prepend(tr("新規登録"));
        setRow(m_history, i,
               {c.changedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), c.changedBy,
                c.approvedBy, c.applicationId ? QString::number(c.applicationId) : QString(),
                lines.join(u'\n')});
    }
    m_history->resizeColumnsToContents();
    m_history->resizeRowsToContents();
}

} // namespace kohi::app
