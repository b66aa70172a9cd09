#pragma once

#include "app/client/ApplicationFieldChecks.h"

#include <QObject>
#include <QString>
#include <functional>

class QLabel;
class QLineEdit;

namespace kohi::app {

// Beside a code field (市町村コード, 保険者番号, 指定医療機関…), the name the master gives the
// code, shown in the field's message label as soon as the typed code is complete — while typing,
// not only when the field is left — and taken away again when the code changes. The label's
// space is reserved, so the name appearing moves nothing.
class CodeNameHint : public QObject
{
    Q_OBJECT
public:
    // The name for a typed text; empty when the text is not a complete code the master knows.
    using Lookup = std::function<QString(const QString& text)>;

    CodeNameHint(QLineEdit* field, QLabel* message, Lookup lookup, QObject* parent = nullptr);

    QString name() const { return m_lookup(currentText()); }
    // Shows the name for the current text now (after a programmatic setText or a master load).
    void refresh();

    static QString nameStyle();

private:
    QString currentText() const;
    void update();

    QLineEdit* m_field;
    QLabel* m_message;
    Lookup m_lookup;
};

// The check of a code field as it is left, with the master's name: a valid code the master
// knows says its name; a valid code it does not know says `unknown` at `unknownLevel`.
FieldCheck withMasterName(FieldCheck check, const QString& name, const QString& unknown,
                          FieldCheck::Level unknownLevel = FieldCheck::Level::Info);

} // namespace kohi::app
