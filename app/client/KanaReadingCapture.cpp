#include "app/client/KanaReadingCapture.h"

#include "core/validation/KanaName.h"

#include <QInputMethodEvent>
#include <QLineEdit>

namespace kohi::app {

namespace {

// Hiragana, katakana and the long vowel mark only: a reading, not yet a converted name.
bool isReading(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 0x3041 && u <= 0x3096) || (u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC))
            return false;
    }
    return true;
}

} // namespace

KanaReadingCapture::KanaReadingCapture(QLineEdit* name, QLineEdit* kana, QObject* parent)
    : QObject(parent), m_name(name), m_kana(kana)
{
    m_name->installEventFilter(this);
    connect(m_kana, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_kanaTyped = !text.isEmpty(); });
}

bool KanaReadingCapture::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_name || event->type() != QEvent::InputMethod)
        return QObject::eventFilter(watched, event);
    const auto* im = static_cast<QInputMethodEvent*>(event);
    if (isReading(im->preeditString()))
        m_reading = im->preeditString();
    if (!im->commitString().isEmpty()) {
        const QString reading = isReading(im->commitString()) ? im->commitString() : m_reading;
        if (!m_kanaTyped && !reading.isEmpty())
            m_kana->setText(normalizeKana(m_kana->text() + reading));
        m_reading.clear();
    }
    return false; // the name field still receives the event
}

} // namespace kohi::app
