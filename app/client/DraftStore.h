#pragma once

#include <QHash>
#include <QString>
#include <QVariantMap>

namespace kohi::app {

// Unsaved work of the last user whose session ended by inactivity, kept in memory only (never
// written to disk: it may hold personal data) and handed back only to that same user.
class DraftStore
{
public:
    // Called after each successful login: another user's drafts are discarded at once.
    void beginSession(const QString& userId);
    QString owner() const { return m_owner; }

    // Ignored before beginSession(); an empty draft removes the key.
    void put(const QString& key, const QVariantMap& draft);
    // Returns the draft and forgets it (restored once only).
    QVariantMap take(const QString& key);
    bool contains(const QString& key) const { return m_drafts.contains(key); }
    qsizetype size() const { return m_drafts.size(); }
    void clear();

private:
    QString m_owner;
    QHash<QString, QVariantMap> m_drafts;
};

} // namespace kohi::app
