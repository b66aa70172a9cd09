#include "app/client/DraftStore.h"

namespace kohi::app {

void DraftStore::beginSession(const QString& userId)
{
    // One person's unsaved work is never shown to another on a shared terminal.
    if (userId != m_owner)
        m_drafts.clear();
    m_owner = userId;
}

void DraftStore::put(const QString& key, const QVariantMap& draft)
{
    if (m_owner.isEmpty())
        return;
    if (draft.isEmpty())
        m_drafts.remove(key);
    else
        m_drafts.insert(key, draft);
}

QVariantMap DraftStore::take(const QString& key)
{
    return m_drafts.take(key);
}

void DraftStore::clear()
{
    m_drafts.clear();
}

} // namespace kohi::app
