#pragma once

#include "db/StaffRepository.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QPushButton;
class QSpinBox;

namespace kohi::app {

// The password policy and idle times, editable by a user administrator. Ranges come from the
// server, which also enforces them, checks the combination and audits every change.
class PolicySettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PolicySettingsWidget(db::StaffRepository& repository, QWidget* parent = nullptr);

    bool reload();
    QSpinBox* spinBox(const QString& key) const { return m_boxes.value(key); }

Q_SIGNALS:
    // A result for the user (Japanese); error: the server refused.
    void message(const QString& text, bool error);

public Q_SLOTS:
    void save();

private:
    QList<std::pair<QString, int>> changes() const;
    void saveConfirmed();

    db::StaffRepository& m_repository;
    QFormLayout* m_form = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QSpinBox*> m_boxes;
    QHash<QString, db::PolicySetting> m_loaded;
    QStringList m_order;
};

} // namespace kohi::app
