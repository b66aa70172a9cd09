#include "app/client/CodeNameHint.h"

#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

// Marks the message label while it shows a name (and not a check's message).
constexpr auto kShowsName = "kohiShowsName";

} // namespace

CodeNameHint::CodeNameHint(QLineEdit* field, QLabel* message, Lookup lookup, QObject* parent)
    : QObject(parent), m_field(field), m_message(message), m_lookup(std::move(lookup))
{
    connect(m_field, &QLineEdit::textChanged, this, &CodeNameHint::update);
    // After the form's own check of the left field (connected before this): a known code keeps
    // its name; anything else keeps the check's message.
    connect(m_field, &QLineEdit::editingFinished, this, [this] {
        if (!m_lookup(currentText()).isEmpty())
            update();
        else
            m_message->setProperty(kShowsName, false);
    });
}

QString CodeNameHint::nameStyle()
{
    return u"color: #0b4f8a; font-weight: bold;"_s;
}

QString CodeNameHint::currentText() const
{
    return m_field->text();
}

void CodeNameHint::refresh()
{
    update();
}

void CodeNameHint::update()
{
    const QString name = m_lookup(currentText());
    if (!name.isEmpty()) {
        m_message->setText(name);
        m_message->setToolTip(name);
        m_message->setStyleSheet(nameStyle());
        m_message->setProperty(kShowsName, true);
    } else if (m_message->property(kShowsName).toBool()) {
        // The code changed away from the one named: the old name must not stay beside it.
        m_message->clear();
        m_message->setToolTip({});
        m_message->setStyleSheet({});
        m_message->setProperty(kShowsName, false);
    }
}

FieldCheck withMasterName(FieldCheck check, const QString& name, const QString& unknown,
                          FieldCheck::Level unknownLevel)
{
    if (check.isError() || check.level == FieldCheck::Level::Warning || check.normalized.isEmpty())
        return check;
    if (!name.isEmpty()) {
        check.level = FieldCheck::Level::Info;
        check.message = name;
    } else if (!unknown.isEmpty()) {
        check.level = unknownLevel;
        check.message = unknown;
    }
    return check;
}

} // namespace kohi::app
