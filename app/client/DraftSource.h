#pragma once

#include <QString>
#include <QVariantMap>

namespace kohi::app {

// Implemented by a form (any QWidget in a session window) whose typed work should survive an
// idle logout: when the session expires, IdleLockController asks every DraftSource for its
// draft and keeps it in the DraftStore until the same user logs in again.
class DraftSource
{
public:
    virtual ~DraftSource() = default;
    // Stable per form and record, e.g. "registration/new" or "registration/54-1234567".
    virtual QString draftKey() const = 0;
    // What the user typed, to restore with DraftStore::take(draftKey()). Never passwords or
    // other secrets; an empty map means nothing worth keeping.
    virtual QVariantMap saveDraft() const = 0;
};

} // namespace kohi::app
