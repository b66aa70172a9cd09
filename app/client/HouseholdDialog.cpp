#include "app/client/HouseholdDialog.h"

#include "app/client/BenefitLabels.h"
#include "db/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

enum Column
{
    Name,
    Relationship,
    Role,
    SameInsurance,
    Insured,
    TaxExempt,
    Levy,
    Income,
    OtherCap,
    ColumnCount,
};

// 「１２，３４５円」 → 12345; empty → nullopt with ok; anything else → not ok.
std::optional<int> yen(const QString& typed, bool* ok)
{
    QString digits;
    for (const QChar c : typed.trimmed()) {
        if (c >= QChar(0xFF10) && c <= QChar(0xFF19))
            digits += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c.isDigit())
            digits += c;
        else if (c == u',' || c == QChar(0xFF0C) || c == u'円')
            continue;
        else {
            *ok = false;
            return std::nullopt;
        }
    }
    *ok = true;
    if (digits.isEmpty())
        return std::nullopt;
    const int value = digits.toInt(ok);
    return *ok ? std::optional<int>(value) : std::nullopt;
}

QString yenText(std::optional<int> v)
{
    return v ? QLocale(QLocale::Japanese).toString(*v) : QString();
}

QTableWidgetItem* checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

HouseholdDialog::HouseholdDialog(db::Session& session, const QString& programme,
                                 std::optional<qint64> householdId, QWidget* parent)
    : QDialog(parent), m_repository(session), m_programme(programme)
{
    setObjectName(u"householdDialog"_s);
    setWindowTitle(tr("支給認定基準世帯（%1）").arg(programmeLabel(programme)));

    auto* head = new QGroupBox(tr("世帯と医療保険"), this);
    auto* form = new QFormLayout(head);
    m_name = new QLineEdit(head);
    m_name->setObjectName(u"householdName"_s);
    m_name->setPlaceholderText(tr("例: 世帯主の氏名"));
    m_insuranceKind = new QComboBox(head);
    m_insuranceKind->setObjectName(u"insuranceKind"_s);
    m_insuranceKind->addItem(tr("国民健康保険・後期高齢者医療（加入している世帯員全員）"),
                             u"nhi"_s);
    m_insuranceKind->addItem(tr("被用者保険（協会けんぽ・組合・共済: 被保険者本人のみ）"),
                             u"employee"_s);
    m_insurer = new QLineEdit(head);
    m_insurer->setObjectName(u"householdInsurer"_s);
    m_welfare = new QCheckBox(tr("生活保護を受けている"), head);
    m_welfare->setObjectName(u"welfare"_s);
    form->addRow(tr("世帯の名前"), m_name);
    form->addRow(tr("医療保険"), m_insuranceKind);
    form->addRow(tr("保険者番号"), m_insurer);
    form->addRow(QString(), m_welfare);

    auto* membersBox = new QGroupBox(tr("世帯員（課税証明書・保険証から）"), this);
    auto* membersLayout = new QVBoxLayout(membersBox);
    m_members = new QTableWidget(0, ColumnCount, membersBox);
    m_members->setObjectName(u"memberTable"_s);
    m_members->setHorizontalHeaderLabels({tr("氏名"), tr("続柄"), tr("区分"),
                                          tr("患者と同じ\n医療保険"), tr("被保険者\n本人"),
                                          tr("市町村民税\n非課税"), tr("所得割額（円）"),
                                          tr("年収（円）"), tr("他制度の受給者\n上限月額（円）")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->verticalHeader()->setVisible(false);
    m_members->setMinimumHeight(m_members->fontMetrics().height() * 12);
    auto* addButton = new QPushButton(tr("世帯員を追加(&A)"), membersBox);
    addButton->setObjectName(u"addMemberButton"_s);
    auto* removeButton = new QPushButton(tr("選択した世帯員を削除"), membersBox);
    removeButton->setObjectName(u"removeMemberButton"_s);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addButton);
    memberButtons->addWidget(removeButton);
    memberButtons->addStretch(1);
    membersLayout->addWidget(m_members);
    membersLayout->addLayout(memberButtons);

    // The term on Osaka's certificates is 階層区分; 所得区分 is the national one.
    auto* resultBox =
        new QGroupBox(tr("算定結果（サーバーが算定）: 階層区分（所得区分）と上限月額"), this);
    auto* resultLayout = new QVBoxLayout(resultBox);
    m_computation = new QLabel(resultBox);
    m_computation->setObjectName(u"computation"_s);
    m_computation->setWordWrap(true);
    m_computation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applications = new QTableWidget(0, 6, resultBox);
    m_applications->setObjectName(u"householdApplications"_s);
    m_applications->setHorizontalHeaderLabels({tr("受給者（申請）"), tr("状態"), tr("特例"),
                                               tr("階層区分"), tr("按分前"),
                                               tr("按分後の上限月額")});
    m_applications->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_applications->horizontalHeader()->setStretchLastSection(true);
    m_applications->verticalHeader()->setVisible(false);
    m_applications->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_applications->setMaximumHeight(m_applications->fontMetrics().height() * 7);
    resultLayout->addWidget(m_computation);
    resultLayout->addWidget(m_applications);

    m_message = new QLabel(this);
    m_message->setObjectName(u"householdMessage"_s);
    m_message->setWordWrap(true);
    m_saveButton = new QPushButton(tr("保存して算定(&S)"), this);
    m_saveButton->setObjectName(u"saveHouseholdButton"_s);
    m_saveButton->setDefault(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("閉じる"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addWidget(membersBox, 1);
    layout->addWidget(resultBox);
    layout->addLayout(bottom);

    connect(addButton, &QPushButton::clicked, this, &HouseholdDialog::addMember);
    connect(removeButton, &QPushButton::clicked, this, &HouseholdDialog::removeMember);
    connect(m_saveButton, &QPushButton::clicked, this, &HouseholdDialog::saveAndCompute);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_household.programme = programme;
    if (householdId) {
        load(*householdId);
    } else {
        db::HouseholdMember patient;
        patient.role = u"patient"_s;
        patient.relationship = tr("本人");
        patient.insured = true;
        setMemberRow(0, patient);
        m_computation->setText(
            tr("保存すると、世帯員の所得割などから階層区分と上限月額を算定します。"));
    }
    resize(1000, 760);
}

void HouseholdDialog::setMemberRow(int row, const db::HouseholdMember& m)
{
    if (row >= m_members->rowCount())
        m_members->setRowCount(row + 1);
    m_members->setItem(row, Name, new QTableWidgetItem(m.name));
    m_members->setItem(row, Relationship, new QTableWidgetItem(m.relationship));
    auto* role = new QComboBox(m_members);
    role->setObjectName(u"memberRole%1"_s.arg(row));
    role->addItem(tr("患者"), u"patient"_s);
    role->addItem(tr("保護者"), u"guardian"_s);
    role->addItem(tr("その他"), u"other"_s);
    role->setCurrentIndex(qMax(0, role->findData(m.role)));
    m_members->setCellWidget(row, Role, role);
    m_members->setItem(row, SameInsurance, checkItem(m.sameInsurance));
    m_members->setItem(row, Insured, checkItem(m.insured));
    m_members->setItem(row, TaxExempt, checkItem(m.taxExempt));
    m_members->setItem(row, Levy, new QTableWidgetItem(yenText(m.incomeLevy)));
    m_members->setItem(row, Income, new QTableWidgetItem(yenText(m.annualIncome)));
    m_members->setItem(row, OtherCap, new QTableWidgetItem(yenText(m.otherRecipientCap)));
    for (int c : {Levy, Income, OtherCap})
        m_members->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void HouseholdDialog::addMember()
{
    db::HouseholdMember m;
    m.role = u"other"_s;
    setMemberRow(m_members->rowCount(), m);
    m_members->setCurrentCell(m_members->rowCount() - 1, Name);
}

void HouseholdDialog::removeMember()
{
    const int row = m_members->currentRow();
    if (row >= 0)
        m_members->removeRow(row);
}

std::optional<db::Household> HouseholdDialog::typedHousehold()
{
    db::Household h = m_household;
    h.programme = m_programme;
    h.name = m_name->text().trimmed();
    h.insuranceKind = m_insuranceKind->currentData().toString();
    h.insurerNumber = m_insurer->text().trimmed();
    h.welfare = m_welfare->isChecked();
    h.members.clear();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        auto text = [this, row](int c) {
            return m_members->item(row, c) ? m_members->item(row, c)->text() : QString();
        };
        auto checked = [this, row](int c) {
            return m_members->item(row, c) && m_members->item(row, c)->checkState() == Qt::Checked;
        };
        db::HouseholdMember m;
        m.name = text(Name).trimmed();
        if (m.name.isEmpty() && text(Levy).trimmed().isEmpty())
            continue; // an empty row left behind
        m.relationship = text(Relationship).trimmed();
        if (auto* role = qobject_cast<QComboBox*>(m_members->cellWidget(row, Role)))
            m.role = role->currentData().toString();
        m.sameInsurance = checked(SameInsurance);
        m.insured = checked(Insured);
        m.taxExempt = checked(TaxExempt);
        bool ok = true;
        const struct
        {
            int column;
            QString label;
        } numbers[] = {
            {Levy, tr("所得割額")}, {Income, tr("年収")}, {OtherCap, tr("他制度の上限月額")}};
        for (const auto& n : numbers) {
            const std::optional<int> v = yen(text(n.column), &ok);
            if (!ok) {
                showMessage(
                    tr("%1人目の%2は数字（円）で入力してください。").arg(row + 1).arg(n.label),
                    true);
                m_members->setCurrentCell(row, n.column);
                return std::nullopt;
            }
            if (n.column == Levy)
                m.incomeLevy = v.value_or(0);
            else if (n.column == Income)
                m.annualIncome = v;
            else
                m.otherRecipientCap = v;
        }
        h.members << m;
    }
    return h;
}

bool HouseholdDialog::saveAndCompute()
{
    const std::optional<db::Household> typed = typedHousehold();
    if (!typed)
        return false;
    const auto saved = m_repository.save(m_programme, *typed);
    if (!saved) {
        showMessage(m_repository.lastError().message, true); // the form keeps what was typed
        return false;
    }
    load(saved->id);
    QString text = tr("保存しました。");
    if (saved->recomputed > 0)
        text += tr("この世帯の申請 %1 件の階層区分・上限月額（按分）を算定し直しました。")
                    .arg(saved->recomputed);
    showMessage(text, false);
    Q_EMIT householdSaved(saved->id);
    return true;
}

void HouseholdDialog::load(qint64 id)
{
    const auto view = m_repository.get(id);
    if (!view) {
        showMessage(m_repository.lastError().message, true);
        return;
    }
    showHousehold(*view);
}

void HouseholdDialog::showHousehold(const db::HouseholdView& view)
{
    m_household = view.household;
    m_programme = view.household.programme;
    m_name->setText(m_household.name);
    m_insuranceKind->setCurrentIndex(qMax(0, m_insuranceKind->findData(m_household.insuranceKind)));
    m_insurer->setText(m_household.insurerNumber);
    m_welfare->setChecked(m_household.welfare);
    m_members->setRowCount(0);
    for (int i = 0; i < m_household.members.size(); ++i)
        setMemberRow(i, m_household.members.at(i));

    // What the server computed, in the words of the rule: who counted, the sum, the row.
    const QJsonObject c = view.computation;
    QStringList lines;
    const QString tier = c.value("tier_label"_L1).toString();
    lines << (tier.isEmpty() ? tr("<b>階層区分: 算定できません</b>")
                             : tr("<b>階層区分（所得区分）: %1</b>").arg(tier.toHtmlEscaped()));
    lines << c.value("explanation"_L1).toString().toHtmlEscaped();
    const QJsonObject rule = c.value("rule"_L1).toObject();
    if (!rule.isEmpty())
        lines << tr("基準表: 法別%1・%2円以上%3（%4 から適用）")
                     .arg(rule.value("programme"_L1).toString())
                     .arg(QLocale(QLocale::Japanese).toString(rule.value("lower_bound"_L1).toInt()))
                     .arg(rule.value("upper_bound"_L1).isNull()
                              ? QString()
                              : tr("%1円未満")
                                    .arg(QLocale(QLocale::Japanese)
                                             .toString(rule.value("upper_bound"_L1).toInt())))
                     .arg(rule.value("valid_from"_L1).toString());
    QStringList counted;
    for (const QJsonValue& v : c.value("members"_L1).toArray()) {
        const QJsonObject m = v.toObject();
        counted << tr("%1（%2: %3）")
                       .arg(m.value("name"_L1).toString().toHtmlEscaped(),
                            m.value("why"_L1).toString(),
                            m.value("counted"_L1).toBool()
                                ? (m.value("tax_exempt"_L1).toBool()
                                       ? tr("非課税")
                                       : tr("所得割 %1円")
                                             .arg(QLocale(QLocale::Japanese)
                                                      .toString(m.value("income_levy"_L1).toInt())))
                                : tr("算定に含めない"));
    }
    if (!counted.isEmpty())
        lines << tr("世帯員: %1").arg(counted.join(u"、"_s));
    m_computation->setText(lines.join(u"<br>"_s));

    m_applications->setRowCount(0);
    for (const QJsonValue& v : view.applications) {
        const QJsonObject a = v.toObject();
        const int row = m_applications->rowCount();
        m_applications->insertRow(row);
        const auto cap = [&a](const char* key) {
            return a.value(QLatin1StringView(key)).isNull()
                       ? QString()
                       : yenLabel(a.value(QLatin1StringView(key)).toInt());
        };
        QString after = cap("monthly_cap");
        if (a.value("stale"_L1).toBool())
            after += tr("（認定後に按分が変わりました: 変更の申請が必要です）");
        const QStringList cells{tr("%1（申請 %2）")
                                    .arg(a.value("name"_L1).toString())
                                    .arg(a.value("id"_L1).toInteger()),
                                applicationStateLabel(a.value("state"_L1).toString()),
                                a.value("special_label"_L1).toString(),
                                a.value("tier_label"_L1).toString(),
                                cap("base_cap"),
                                after};
        for (int col = 0; col < cells.size(); ++col)
            m_applications->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
}

void HouseholdDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

QString HouseholdDialog::computationText() const
{
    return QTextDocumentFragment::fromHtml(m_computation->text()).toPlainText();
}

QString HouseholdDialog::message() const
{
    return m_message->text();
}

} // namespace kohi::app
