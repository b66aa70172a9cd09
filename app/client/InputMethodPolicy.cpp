#include "app/client/InputMethodPolicy.h"

#include <QEvent>
#include <QInputMethodQueryEvent>
#include <QVariant>
#include <QWidget>

namespace kohi::app {

namespace {

// Answers "no" when the platform asks whether the IME may be used in the field. In Qt 6 the
// attribute alone is not enough: QLineEdit answers Qt::ImEnabled itself (true when editable),
// and that answer is what the platform input context (on Windows: IMM association) follows.
class DirectInputFilter : public QObject
{
public:
    static constexpr auto kName = "kohi_direct_input";
    explicit DirectInputFilter(QWidget* field) : QObject(field)
    {
        setObjectName(QString::fromLatin1(kName));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::InputMethodQuery)
            return false;
        auto* query = static_cast<QInputMethodQueryEvent*>(event);
        if (!(query->queries() & Qt::ImEnabled))
            return false;
        auto* widget = static_cast<QWidget*>(watched);
        const auto asked = uint(query->queries().toInt());
        for (int bit = 0; bit < 32; ++bit) {
            const auto q = Qt::InputMethodQuery(asked & (1u << bit));
            if (q && q != Qt::ImEnabled)
                query->setValue(q, widget->inputMethodQuery(q));
        }
        query->setValue(Qt::ImEnabled, false);
        query->accept();
        return true;
    }
};

QObject* directInputFilterOf(QWidget* field)
{
    return field->findChild<QObject*>(QString::fromLatin1(DirectInputFilter::kName),
                                      Qt::FindDirectChildrenOnly);
}

} // namespace

void useJapaneseInput(QWidget* field)
{
    delete directInputFilterOf(field);
    field->setAttribute(Qt::WA_InputMethodEnabled, true);
    field->setInputMethodHints(Qt::ImhNone);
}

void useDirectInput(QWidget* field, Qt::InputMethodHints hints)
{
    field->setAttribute(Qt::WA_InputMethodEnabled, false);
    field->setInputMethodHints(hints | Qt::ImhNoPredictiveText);
    if (!directInputFilterOf(field))
        field->installEventFilter(new DirectInputFilter(field));
}

} // namespace kohi::app
