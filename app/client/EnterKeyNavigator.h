#pragma once

#include <QObject>

class QWidget;

namespace kohi::app {

// Makes Enter behave like Tab in a data-entry form (Shift+Enter like Shift+Tab), as clerks used
// to 10-key entry expect. Push buttons keep Enter (it clicks them). Multi-line editors are left by
// Enter too, so the walk never stops in them; Ctrl+Enter starts a new line there. Focus follows
// the form's tab order, so one order serves both keys.
class EnterKeyNavigator : public QObject
{
    Q_OBJECT
public:
    explicit EnterKeyNavigator(QObject* parent = nullptr) : QObject(parent) {}

    // Watches `form` and every focusable descendant it has now.
    void install(QWidget* form);
    void watch(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace kohi::app
