#include "app/client/PolicySettingsWidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

PolicySettingsWidget::PolicySettingsWidget(db::StaffRepository& repository, QWidget* parent)
    : QWidget(parent), m_repository(repository)
{
    setObjectName(u"policySettings"_s);
    auto* intro = new QLabel(
        tr("パスワードポリシーや無操作時間などの設定です。変更は保存した時点で全職員に適用され、"
           "監査ログに記録されます。"),
        this);
    intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_save = new QPushButton(tr("保存(&S)"), this);
    m_save->setObjectName(u"saveSettings"_s);
    connect(m_save, &QPushButton::clicked, this, &PolicySettingsWidget::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

bool PolicySettingsWidget::reload()
{
    const auto settings = m_repository.settings();
    if (!settings) {
        m_save->setEnabled(false);
        Q_EMIT message(m_repository.lastError().message, true);
        return false;
    }
    m_loaded.clear();
    for (const db::PolicySetting& s : *settings) {
        m_loaded.insert(s.key, s);
        QSpinBox* box = m_boxes.value(s.key);
        if (!box) {
            box = new QSpinBox(this);
            box->setObjectName(u"setting_"_s + s.key);
            m_boxes.insert(s.key, box);
            m_order << s.key;
            m_form->addRow(s.label, box);
        }
        // The server's range: the spin box cannot offer what the server would refuse.
        box->setRange(s.minValue, s.maxValue);
        box->setValue(s.value);
        box->setToolTip(
            tr("%1〜%2（最終更新: %3 %4）")
                .arg(s.minValue)
                .arg(s.maxValue)
                .arg(s.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), s.updatedBy));
    }
    m_save->setEnabled(true);
    return true;
}

QList<std::pair<QString, int>> PolicySettingsWidget::changes() const
{
    QList<std::pair<QString, int>> list;
    for (const QString& key : m_order) {
        const int value = m_boxes.value(key)->value();
        if (value != m_loaded.value(key).value)
            list.append({key, value});
    }
    return list;
}

void PolicySettingsWidget::save()
{
    const auto list = changes();
    if (list.isEmpty()) {
        Q_EMIT message(tr("変更された設定はありません。"), false);
        return;
    }
    QStringList lines;
    for (const auto& [key, value] : list)
        lines << tr("・%1: %2 → %3")
                     .arg(m_loaded.value(key).label)
                     .arg(m_loaded.value(key).value)
                     .arg(value);
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("設定の保存"),
                        tr("次の設定を変更します。全職員に適用されます。よろしいですか？\n\n%1")
                            .arg(lines.join(u'\n')),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmDialog"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            saveConfirmed();
    });
    box->open();
}

void PolicySettingsWidget::saveConfirmed()
{
    const auto list = changes();
    // One transaction: the server checks the combination at commit; all or nothing.
    if (!m_repository.setSettings(list)) {
        // Nothing changed on the server; the entries stay so that the user can correct them.
        Q_EMIT message(m_repository.lastError().message, true);
        return;
    }
    reload();
    Q_EMIT message(tr("設定を保存しました（%1件）。").arg(list.size()), false);
}

} // namespace kohi::app
