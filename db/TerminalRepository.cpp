#include "db/TerminalRepository.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

// Times travel as epoch milliseconds, so no DateStyle or TimeZone applies.
QDateTime fromEpochMs(const QVariant& v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toString().toLongLong(), Qt::UTC);
}

QByteArray epochParam(const QDateTime& t)
{
    return QByteArray::number(double(t.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

QString epochMs(const QString& column)
{
    return u"(extract(epoch FROM %1) * 1000)::bigint AS %1"_s.arg(column);
}

} // namespace

bool TerminalRepository::check(const PgResult& r)
{
    m_error = r.ok ? ApiError{} : ApiError::fromResult(r);
    return r.ok;
}

bool TerminalRepository::registerCertificate(const TerminalCertificate& c)
{
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.terminal_register($1, $2, $3, $4, to_timestamp($5::float8),"
        " to_timestamp($6::float8), $7::boolean)"_s,
        {c.terminalId.toUtf8(), c.serial.toUtf8(), c.fingerprint.toUtf8(), c.subject.toUtf8(),
         epochParam(c.notBefore), epochParam(c.notAfter),
         c.revealsAllowed ? QByteArray("true") : QByteArray("false")});
    return check(r);
}

std::optional<QList<TerminalCertificate>>
TerminalRepository::revoke(const QString& terminalOrSerial, const QString& reason)
{
    const PgResult r =
        m_session.exec(u"SELECT terminal_id, serial FROM kohi_api.terminal_revoke($1, $2)"_s,
                       {terminalOrSerial.toUtf8(), reason.toUtf8()});
    if (!check(r))
        return std::nullopt;
    QList<TerminalCertificate> revoked;
    for (int i = 0; i < r.rows.size(); ++i) {
        TerminalCertificate c;
        c.terminalId = r.value(i, u"terminal_id"_s).toString();
        c.serial = r.value(i, u"serial"_s).toString();
        revoked << c;
    }
    return revoked;
}

std::optional<int> TerminalRepository::approveReveals(const QString& terminalId,
                                                      const QString& note)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.terminal_approve_reveals($1, $2) AS n"_s,
                       {terminalId.toUtf8(), note.isEmpty() ? QByteArray() : note.toUtf8()});
    if (!check(r))
        return std::nullopt;
    return r.first(u"n"_s).toInt();
}

std::optional<QList<TerminalCertificate>> TerminalRepository::list()
{
    const PgResult r = m_session.exec(
        u"SELECT terminal_id, serial, fingerprint, subject, %1, %2, reveals_allowed,"
        " registered_by, %3, %4, revoked_by, revoke_reason FROM kohi_api.terminal_list()"_s.arg(
            epochMs(u"not_before"_s), epochMs(u"not_after"_s), epochMs(u"registered_at"_s),
            epochMs(u"revoked_at"_s)));
    if (!check(r))
        return std::nullopt;
    QList<TerminalCertificate> rows;
    for (int i = 0; i < r.rows.size(); ++i) {
        TerminalCertificate c;
        c.terminalId = r.value(i, u"terminal_id"_s).toString();
        c.serial = r.value(i, u"serial"_s).toString();
        c.fingerprint = r.value(i, u"fingerprint"_s).toString();
        c.subject = r.value(i, u"subject"_s).toString();
        c.notBefore = fromEpochMs(r.value(i, u"not_before"_s));
        c.notAfter = fromEpochMs(r.value(i, u"not_after"_s));
        c.revealsAllowed = r.value(i, u"reveals_allowed"_s).toString() == u"t"_s;
        c.registeredBy = r.value(i, u"registered_by"_s).toString();
        c.registeredAt = fromEpochMs(r.value(i, u"registered_at"_s));
        c.revokedAt = fromEpochMs(r.value(i, u"revoked_at"_s));
        c.revokedBy = r.value(i, u"revoked_by"_s).toString();
        c.revokeReason = r.value(i, u"revoke_reason"_s).toString();
        rows << c;
    }
    return rows;
}

bool TerminalRepository::reloadServerConfiguration()
{
    return check(m_session.exec(u"SELECT pg_reload_conf()"_s));
}

} // namespace kohi::db
