#pragma once

#include <QString>

class QGridLayout;
class QLineEdit;
class QWidget;

namespace kohi::app {

// The search forms' pieces (recipient search, the viewers' holder search): a condition field
// with a placeholder and a clear button, and a label-and-field pair placed in a grid with the
// label as the field's buddy (so its mnemonic focuses the field).
QLineEdit* conditionField(const QString& objectName, const QString& placeholder, QWidget* parent);
void addCondition(QGridLayout* grid, int row, int column, const QString& label, QLineEdit* edit);

} // namespace kohi::app
