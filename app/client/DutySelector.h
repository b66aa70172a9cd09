#pragma once

#include <QGroupBox>
#include <QStringList>

class QCheckBox;

namespace kohi::app {

// Check boxes for the duty roles (職務). Which combinations are allowed is the server's rule.
class DutySelector : public QGroupBox
{
    Q_OBJECT
public:
    explicit DutySelector(QWidget* parent = nullptr);

    QStringList duties() const;
    void setDuties(const QStringList& duties);
    // The duty roles the client knows, in display order.
    static QStringList knownDuties();

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace kohi::app
