#include "db/EnvironmentRepository.h"

#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

bool EnvironmentRepository::check(const PgResult& r, const QString& operation)
{
    m_error = r.ok ? ApiError{} : ApiError::fromResult(r, operation);
    return r.ok;
}

std::optional<EnvironmentIdentity> EnvironmentRepository::read()
{
    const PgResult r = m_session.exec(u"SELECT kind, name FROM kohi.environment"_s);
    if (!check(r, u"kohi.environment (read)"_s))
        return std::nullopt;
    if (r.rows.isEmpty()) {
        m_error = ApiError::clientSide(u"環境が登録されていません。"_s);
        return std::nullopt;
    }
    return EnvironmentIdentity{r.first(u"kind"_s).toString(), r.first(u"name"_s).toString()};
}

bool EnvironmentRepository::write(const QString& kind, const QString& name)
{
    const PgResult r = m_session.exec(u"UPDATE kohi.environment SET kind = $1, name = $2,"
                                      " updated_at = now(), updated_by = session_user"_s,
                                      {kind.toUtf8(), name.toUtf8()});
    return check(r, u"kohi.environment (write)"_s);
}

} // namespace kohi::db
