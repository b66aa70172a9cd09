#pragma once

#include "db/ReferenceRepository.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace kohi::app {

// 郵便番号 → 住所. When a complete postcode is typed, the towns the postcode table gives for it
// are offered: the postcode's message says what was found, and the address field opens a list of
// them when the clerk reaches it while it is empty (or presses ↓ there). Enter takes the
// highlighted address and leaves the cursor behind it for the 番地; Escape or typing ignores the
// offer. Nothing typed is ever replaced without that choice. Taking an address also fills the
// 市町村コード when it is still empty.
class AddressOffer : public QObject
{
    Q_OBJECT
public:
    using Lookup = std::function<std::optional<QList<db::PostcodeTown>>(const QString& postcode)>;

    AddressOffer(QLineEdit* postcode, QLineEdit* address, QLineEdit* municipality, Lookup lookup,
                 QObject* parent = nullptr);

    // What the postcode's message says about the offer (empty: nothing looked up).
    QString summary() const { return m_summary; }
    QStringList offered() const;
    // Opens the list in the address field (no-op without an offer).
    void showOffer();
    // A new form: no offer.
    void reset();

Q_SIGNALS:
    // The summary changed (a lookup finished or the postcode was changed).
    void summaryChanged(const QString& summary);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void postcodeEdited(const QString& text);
    void taken(const QString& address);

    QLineEdit* m_postcode;
    QLineEdit* m_address;
    QLineEdit* m_municipality;
    Lookup m_lookup;
    QStringListModel* m_model;
    QCompleter* m_completer;
    QList<db::PostcodeTown> m_towns;
    QString m_lookedUp; // the 7 digits of the last lookup
    QString m_summary;
};

} // namespace kohi::app
