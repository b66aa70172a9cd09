#include "app/client/MonitorRulesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QSpinBox* countBox(QWidget* parent, int value, bool enabled)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, 100000);
    box->setValue(value);
    box->setEnabled(enabled);
    return box;
}

QTimeEdit* timeBox(QWidget* parent, const QTime& value, bool enabled)
{
    auto* box = new QTimeEdit(value.isValid() ? value : QTime(0, 0), parent);
    box->setDisplayFormat(u"HH:mm"_s);
    box->setEnabled(enabled);
    if (!value.isValid())
        box->setSpecialValueText(u"—"_s);
    return box;
}

bool sameRule(const db::MonitorRule& a, const db::MonitorRule& b)
{
    return a.enabled == b.enabled && a.threshold == b.threshold && a.parameter == b.parameter &&
           a.officeStart == b.officeStart && a.officeEnd == b.officeEnd;
}

} // namespace

MonitorRulesDialog::MonitorRulesDialog(db::MonitorRepository& repository, bool canEdit,
                                       QWidget* parent)
    : QDialog(parent), m_repository(repository), m_canEdit(canEdit)
{
    setObjectName(u"monitorRulesDialog"_s);
    setWindowTitle(tr("監視ルール"));

    auto* intro = new QLabel(
        canEdit ? tr("件数は職員ごと・1日ごとに数えます。変更はアクセスログに記録されます。")
                : tr("監視ルールの変更は監査担当者が行います（閲覧のみ）。"),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"rulesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("ルール"), tr("有効"), tr("基準（件/日）"),
                                        tr("件数の条件"), tr("勤務開始"), tr("勤務終了"),
                                        tr("最終変更")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);

    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("保存"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setVisible(canEdit);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(980, 380);
}

bool MonitorRulesDialog::load()
{
    const auto rules = m_repository.rules();
    if (!rules) {
        setMessage(m_repository.lastError().message, true);
        return false;
    }
    m_loaded = *rules;
    m_table->setRowCount(int(m_loaded.size()));
    for (int row = 0; row < m_loaded.size(); ++row) {
        const db::MonitorRule& rule = m_loaded[row];
        auto* label = new QTableWidgetItem(rule.label);
        label->setToolTip(rule.description);
        m_table->setItem(row, RuleColumn, label);
        auto* enabled = new QCheckBox(m_table);
        enabled->setChecked(rule.enabled);
        enabled->setEnabled(m_canEdit);
        m_table->setCellWidget(row, EnabledColumn, enabled);
        m_table->setCellWidget(row, ThresholdColumn, countBox(m_table, rule.threshold, m_canEdit));
        auto* parameter =
            countBox(m_table, rule.parameter.value_or(1), m_canEdit && rule.parameter.has_value());
        if (rule.parameter) {
            parameter->setSuffix(tr(" 件以上"));
        } else {
            parameter->setSpecialValueText(u"—"_s);
            parameter->setValue(parameter->minimum());
        }
        parameter->setToolTip(rule.parameterLabel);
        m_table->setCellWidget(row, ParameterColumn, parameter);
        m_table->setCellWidget(
            row, OfficeStartColumn,
            timeBox(m_table, rule.officeStart, m_canEdit && rule.hasOfficeHours()));
        m_table->setCellWidget(
            row, OfficeEndColumn,
            timeBox(m_table, rule.officeEnd, m_canEdit && rule.hasOfficeHours()));
        m_table->setItem(
            row, UpdatedColumn,
            new QTableWidgetItem(u"%1 %2"_s.arg(
                rule.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), rule.updatedBy)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    return true;
}

db::MonitorRule MonitorRulesDialog::ruleFromRow(int row) const
{
    db::MonitorRule rule = m_loaded.value(row);
    rule.enabled = static_cast<QCheckBox*>(m_table->cellWidget(row, EnabledColumn))->isChecked();
    rule.threshold = static_cast<QSpinBox*>(m_table->cellWidget(row, ThresholdColumn))->value();
    if (rule.parameter)
        rule.parameter = static_cast<QSpinBox*>(m_table->cellWidget(row, ParameterColumn))->value();
    if (rule.hasOfficeHours()) {
        rule.officeStart =
            static_cast<QTimeEdit*>(m_table->cellWidget(row, OfficeStartColumn))->time();
        rule.officeEnd = static_cast<QTimeEdit*>(m_table->cellWidget(row, OfficeEndColumn))->time();
    }
    return rule;
}

bool MonitorRulesDialog::save()
{
    QStringList saved;
    for (int row = 0; row < m_loaded.size(); ++row) {
        const db::MonitorRule rule = ruleFromRow(row);
        if (sameRule(rule, m_loaded[row]))
            continue;
        if (!m_repository.setRule(rule)) {
            QString text =
                tr("「%1」を保存できません: %2").arg(rule.label, m_repository.lastError().message);
            if (!saved.isEmpty())
                text += u'\n' + tr("保存済み: %1").arg(saved.join(u"、"_s));
            setMessage(text, true);
            return false;
        }
        m_loaded[row] = rule;
        saved << rule.label;
    }
    setMessage(saved.isEmpty() ? tr("変更はありません。")
                               : tr("保存しました: %1").arg(saved.join(u"、"_s)),
               false);
    return true;
}

QString MonitorRulesDialog::message() const
{
    return m_message->text();
}

void MonitorRulesDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b71c1c;"_s : QString());
}

} // namespace kohi::app
