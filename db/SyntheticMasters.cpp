#include "db/SyntheticMasters.h"

#include "db/PostcodeTable.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kohi::db {

std::optional<SyntheticMasters> SyntheticMasters::seed(const Session& admin, QString* error)
{
    const PgResult r = admin.exec(u"SELECT kohi.generate_synthetic_masters() AS n"_s);
    if (!r.ok) {
        if (error)
            *error = r.errorMessage;
        return std::nullopt;
    }
    SyntheticMasters seeded;
    seeded.references = r.first(u"n"_s).toInt();
    QFile file(PostcodeTable::shippedSyntheticPath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"同梱の郵便番号表を読めません。"_s;
        return std::nullopt;
    }
    const auto table = PostcodeTable::parse(file.readAll(), error);
    if (!table)
        return std::nullopt;
    const auto added = table->load(admin, error);
    if (!added)
        return std::nullopt;
    seeded.postcodes = *added;
    seeded.postcodeSource = table->source;
    return seeded;
}

} // namespace kohi::db
