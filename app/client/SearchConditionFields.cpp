#include "app/client/SearchConditionFields.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace kohi::app {

QLineEdit* conditionField(const QString& objectName, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

void addCondition(QGridLayout* grid, int row, int column, const QString& label, QLineEdit* edit)
{
    auto* l = new QLabel(label, grid->parentWidget());
    l->setBuddy(edit);
    grid->addWidget(l, row, column);
    grid->addWidget(edit, row, column + 1);
}

} // namespace kohi::app
