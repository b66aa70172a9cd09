#include "db/RecipientCounts.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

QList<RecipientCount> fetchRecipientCounts(const Session& session, ApiError* error)
{
    QList<RecipientCount> counts;
    const PgResult r = session.exec(
        u"SELECT programme, programme_name, recipients FROM kohi_api.recipient_counts()"_s);
    if (!r.ok) {
        if (error)
            *error = ApiError::fromResult(r, u"kohi_api.recipient_counts"_s);
        return counts;
    }
    for (int i = 0; i < r.rows.size(); ++i)
        counts << RecipientCount{r.value(i, u"programme"_s).toString(),
                                 r.value(i, u"programme_name"_s).toString(),
                                 r.value(i, u"recipients"_s).toLongLong()};
    return counts;
}

} // namespace kohi::db
