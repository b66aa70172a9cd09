#include "db/DemoData.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

bool DemoData::failed(const PgResult& result)
{
    if (result.ok) {
        m_error = {};
        return false;
    }
    m_error = ApiError::fromResult(result);
    return true;
}

std::optional<QString> DemoData::environmentKind()
{
    const PgResult r = m_session.exec(u"SELECT kind FROM kohi.environment"_s);
    if (failed(r))
        return std::nullopt;
    return r.first(u"kind"_s).toString();
}

std::optional<bool> DemoData::staffExists(const QString& login)
{
    const PgResult r = m_session.exec(
        u"SELECT count(*) AS n FROM kohi_api.user_list() WHERE login = $1"_s, {login.toUtf8()});
    if (failed(r))
        return std::nullopt;
    return r.first(u"n"_s).toInt() > 0;
}

bool DemoData::createDemoUser(const QString& login, const QString& name, const QString& duty,
                              const QString& password, bool acceptPassword)
{
    m_session.exec(u"BEGIN"_s);
    const QByteArray secret = m_session.scramSecret(login, password);
    PgResult r = m_session.exec(u"SELECT kohi_api.user_create($1, $2, ARRAY[$3], $4)"_s,
                                {login.toUtf8(), name.toUtf8(), duty.toUtf8(), secret});
    if (r.ok && acceptPassword)
        r = m_session.exec(u"SELECT kohi.demo_accept_password($1)"_s, {login.toUtf8()});
    m_session.exec(r.ok ? u"COMMIT"_s : u"ROLLBACK"_s);
    return !failed(r);
}

std::optional<qint64> DemoData::syntheticRecipientCount()
{
    const PgResult r =
        m_session.exec(u"SELECT count(*) AS n FROM kohi.recipient WHERE synthetic"_s);
    if (failed(r))
        return std::nullopt;
    return r.first(u"n"_s).toLongLong();
}

std::optional<qint64> DemoData::addSyntheticRecipients(qint64 n)
{
    const PgResult r = m_session.exec(u"SELECT kohi.generate_synthetic_recipients($1::int) AS n"_s,
                                      {QByteArray::number(n)});
    if (failed(r))
        return std::nullopt;
    return r.first(u"n"_s).toLongLong();
}

std::optional<QList<DemoData::ScaleRow>> DemoData::addProductionScale(int nanbyo, int shoman,
                                                                      const QString& clerkNanbyo,
                                                                      const QString& clerkBoshi,
                                                                      const QString& approver)
{
    const PgResult r =
        m_session.exec(u"SELECT programme, recipients, households, applications"
                       " FROM kohi.generate_production_scale($1::int, $2::int, $3, $4, $5)"_s,
                       {QByteArray::number(nanbyo), QByteArray::number(shoman),
                        clerkNanbyo.toUtf8(), clerkBoshi.toUtf8(), approver.toUtf8()});
    if (failed(r))
        return std::nullopt;
    QList<ScaleRow> rows;
    for (int i = 0; i < r.rows.size(); ++i)
        rows.append(
            {r.value(i, u"programme"_s).toString(), r.value(i, u"recipients"_s).toLongLong(),
             r.value(i, u"households"_s).toLongLong(), r.value(i, u"applications"_s).toLongLong()});
    return rows;
}

std::optional<QList<DemoData::StateCount>> DemoData::applicationStates()
{
    const PgResult r =
        m_session.exec(u"SELECT a.programme, a.state, count(*) AS n FROM kohi.application a"
                       " JOIN kohi.recipient r ON r.id = a.recipient_id WHERE r.synthetic"
                       " GROUP BY a.programme, a.state ORDER BY a.programme DESC, a.state"_s);
    if (failed(r))
        return std::nullopt;
    QList<StateCount> rows;
    for (int i = 0; i < r.rows.size(); ++i)
        rows.append({r.value(i, u"programme"_s).toString(), r.value(i, u"state"_s).toString(),
                     r.value(i, u"n"_s).toLongLong()});
    return rows;
}

std::optional<qint64> DemoData::registeredMyNumbers()
{
    const PgResult r = m_session.exec(u"SELECT count(*) AS n FROM kohi.mynumber"_s);
    if (failed(r))
        return std::nullopt;
    return r.first(u"n"_s).toLongLong();
}

std::optional<QList<std::pair<qint64, QString>>> DemoData::registrationCandidates(int limit)
{
    const PgResult r = m_session.exec(
        u"SELECT id, recipient_number FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL,"
        " NULL, NULL, $1::int)"_s,
        {QByteArray::number(limit)});
    if (failed(r))
        return std::nullopt;
    QList<std::pair<qint64, QString>> rows;
    for (int i = 0; i < r.rows.size(); ++i)
        rows.append(
            {r.value(i, u"id"_s).toLongLong(), r.value(i, u"recipient_number"_s).toString()});
    return rows;
}

std::optional<QString> DemoData::firstRecipientWithMyNumber()
{
    const PgResult r =
        m_session.exec(u"SELECT r.recipient_number FROM kohi.mynumber m JOIN kohi.recipient r"
                       " ON r.id = m.recipient_id ORDER BY m.id LIMIT 1"_s);
    if (failed(r))
        return std::nullopt;
    return r.first(u"recipient_number"_s).toString();
}

} // namespace kohi::db
