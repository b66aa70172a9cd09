#include "app/client/AddressOffer.h"

#include "core/validation/NumericIdentifier.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kohi::app {

AddressOffer::AddressOffer(QLineEdit* postcode, QLineEdit* address, QLineEdit* municipality,
                           Lookup lookup, QObject* parent)
    : QObject(parent), m_postcode(postcode), m_address(address), m_municipality(municipality),
      m_lookup(std::move(lookup)), m_model(new QStringListModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_address->setCompleter(m_completer);
    // A highlighted candidate is an offer, not an entry: QLineEdit would write it into the field
    // while the popup is walked (and leave it there on Escape). Only Enter takes it (activated).
    QObject::disconnect(m_completer, qOverload<const QString&>(&QCompleter::highlighted), m_address,
                        nullptr);
    m_address->installEventFilter(this);
    connect(m_postcode, &QLineEdit::textChanged, this, &AddressOffer::postcodeEdited);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &AddressOffer::taken);
}

QStringList AddressOffer::offered() const
{
    return m_model->stringList();
}

void AddressOffer::reset()
{
    m_towns.clear();
    m_model->setStringList({});
    m_lookedUp.clear();
    if (!m_summary.isEmpty()) {
        m_summary.clear();
        Q_EMIT summaryChanged(m_summary);
    }
}

void AddressOffer::postcodeEdited(const QString& text)
{
    const QString digits = normalizeIdentifierDigits(text);
    if (digits == m_lookedUp)
        return;
    if (!isAsciiDigits(digits, 7)) {
        reset();
        return;
    }
    m_lookedUp = digits;
    const auto towns = m_lookup(digits);
    m_towns = towns.value_or(QList<db::PostcodeTown>{});
    QStringList addresses;
    for (const db::PostcodeTown& t : m_towns)
        addresses << t.address;
    m_model->setStringList(addresses);
    if (!towns)
        m_summary = tr("住所の候補を読み込めませんでした。住所を入力してください。");
    else if (m_towns.isEmpty())
        m_summary = tr("郵便番号表にない番号です。住所を入力してください。");
    else if (m_towns.size() == 1)
        m_summary = tr("住所の候補: %1（住所欄で Enter で入力）").arg(addresses.first());
    else
        m_summary =
            tr("住所の候補が %1 件あります（住所欄で選んでください）。").arg(m_towns.size());
    Q_EMIT summaryChanged(m_summary);
}

void AddressOffer::showOffer()
{
    if (m_towns.isEmpty())
        return;
    // A highlighted candidate is an offer, not an entry: QLineEdit (which connects to its
    // completer at every focus-in) would write it into the field as the popup is walked, and
    // leave it there on Escape. Only Enter takes it (activated).
    QObject::disconnect(m_completer, qOverload<const QString&>(&QCompleter::highlighted), m_address,
                        nullptr);
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
    // The first candidate highlighted: Enter takes it, Escape or typing ignores it.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

bool AddressOffer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_address) {
        if (event->type() == QEvent::FocusIn && m_address->text().trimmed().isEmpty() &&
            !m_towns.isEmpty()) {
            // After the focus change has settled (the popup must not race the focus).
            QTimer::singleShot(0, this, [this] {
                if (m_address->hasFocus() && m_address->text().trimmed().isEmpty())
                    showOffer();
            });
        } else if (event->type() == QEvent::KeyPress &&
                   static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down &&
                   !m_completer->popup()->isVisible() && !m_towns.isEmpty()) {
            showOffer();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AddressOffer::taken(const QString& address)
{
    for (const db::PostcodeTown& t : m_towns) {
        if (t.address != address)
            continue;
        // Only an empty 市町村コード is filled: a typed one is the clerk's and stays.
        if (m_municipality->text().trimmed().isEmpty())
            m_municipality->setText(t.municipalityCode);
        break;
    }
    QTimer::singleShot(0, m_address, [this] { m_address->end(false); });
}

} // namespace kohi::app
