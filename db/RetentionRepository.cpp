#include "db/RetentionRepository.h"

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

QString epochMs(const QString& column)
{
    return u"(extract(epoch FROM %1) * 1000)::bigint AS %1"_s.arg(column);
}

QDate date(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QByteArray dateParam(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toUtf8() : QByteArray();
}

QByteArray textParam(const QString& s)
{
    return s.isEmpty() ? QByteArray() : s.toUtf8();
}

const QString dueColumns = u"recipient_id, programme, recipient_number, name, ended_on, end_reason,"
                           " end_reason_label, retention_until, numbers_held, open_proposal_id"_s;

QList<RetentionDueItem> readDue(const PgResult& r)
{
    QList<RetentionDueItem> items;
    for (int i = 0; i < r.rows.size(); ++i) {
        RetentionDueItem d;
        d.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        d.programme = r.value(i, u"programme"_s).toString();
        d.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        d.name = r.value(i, u"name"_s).toString();
        d.endedOn = date(r.value(i, u"ended_on"_s));
        d.endReason = r.value(i, u"end_reason"_s).toString();
        d.endReasonLabel = r.value(i, u"end_reason_label"_s).toString();
        d.retentionUntil = date(r.value(i, u"retention_until"_s));
        d.numbersHeld = r.value(i, u"numbers_held"_s).toInt();
        d.openProposalId = r.value(i, u"open_proposal_id"_s).toLongLong();
        items << d;
    }
    return items;
}

} // namespace

bool RetentionRepository::check(const PgResult& r)
{
    m_error = r.ok ? ApiError{} : ApiError::fromResult(r);
    return r.ok;
}

std::optional<qint64> RetentionRepository::proposeEnd(qint64 recipientId, const QString& reason,
                                                      QDate endedOn, const QString& note)
{
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.recipient_end_propose($1::bigint, $2, $3::date, $4) AS id"_s,
        {QByteArray::number(recipientId), textParam(reason), dateParam(endedOn), textParam(note)});
    if (!check(r))
        return std::nullopt;
    return r.first(u"id"_s).toLongLong();
}

std::optional<qint64> RetentionRepository::proposeDisposal(qint64 recipientId, int papersDestroyed,
                                                           const QString& papersNote,
                                                           const QString& reason)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.disposal_propose($1::bigint, $2::int, $3, $4) AS id"_s,
                       {QByteArray::number(recipientId), QByteArray::number(papersDestroyed),
                        textParam(papersNote), textParam(reason)});
    if (!check(r))
        return std::nullopt;
    return r.first(u"id"_s).toLongLong();
}

std::optional<QList<RetentionProposal>> RetentionRepository::proposals(bool includeClosed)
{
    const PgResult r = m_session.exec(
        u"SELECT proposal_id, kind, recipient_id, programme, recipient_number, name, end_reason,"
        " end_reason_label, ended_on, papers_destroyed, papers_note, reason, proposed_by, %1,"
        " status, decided_by, %2, decision_note, may_approve"
        " FROM kohi_api.retention_proposals($1::boolean)"_s.arg(epochMs(u"proposed_at"_s),
                                                                epochMs(u"decided_at"_s)),
        {includeClosed ? QByteArray("true") : QByteArray("false")});
    if (!check(r))
        return std::nullopt;
    QList<RetentionProposal> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        RetentionProposal p;
        p.id = r.value(i, u"proposal_id"_s).toLongLong();
        p.kind = r.value(i, u"kind"_s).toString();
        p.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        p.programme = r.value(i, u"programme"_s).toString();
        p.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        p.name = r.value(i, u"name"_s).toString();
        p.endReason = r.value(i, u"end_reason"_s).toString();
        p.endReasonLabel = r.value(i, u"end_reason_label"_s).toString();
        p.endedOn = date(r.value(i, u"ended_on"_s));
        const QVariant papers = r.value(i, u"papers_destroyed"_s);
        if (!papers.isNull())
            p.papersDestroyed = papers.toInt();
        p.papersNote = r.value(i, u"papers_note"_s).toString();
        p.reason = r.value(i, u"reason"_s).toString();
        p.proposedBy = r.value(i, u"proposed_by"_s).toString();
        p.proposedAt = fromEpochMs(r.value(i, u"proposed_at"_s));
        p.status = r.value(i, u"status"_s).toString();
        p.decidedBy = r.value(i, u"decided_by"_s).toString();
        p.decidedAt = fromEpochMs(r.value(i, u"decided_at"_s));
        p.decisionNote = r.value(i, u"decision_note"_s).toString();
        p.mayApprove = r.value(i, u"may_approve"_s).toString() == u"t"_s;
        list << p;
    }
    return list;
}

std::optional<ApprovalOutcome> RetentionRepository::approve(qint64 proposalId, const QString& note)
{
    const PgResult r = m_session.exec(u"SELECT kind, numbers_erased, disposal_id"
                                      " FROM kohi_api.retention_proposal_approve($1::bigint, $2)"_s,
                                      {QByteArray::number(proposalId), textParam(note)});
    if (!check(r))
        return std::nullopt;
    ApprovalOutcome o;
    o.kind = r.first(u"kind"_s).toString();
    o.numbersErased = r.first(u"numbers_erased"_s).toInt();
    o.disposalId = r.first(u"disposal_id"_s).toLongLong();
    return o;
}

std::optional<QString> RetentionRepository::reject(qint64 proposalId, const QString& note)
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.retention_proposal_reject($1::bigint, $2) AS outcome"_s,
                       {QByteArray::number(proposalId), textParam(note)});
    if (!check(r))
        return std::nullopt;
    return r.first(u"outcome"_s).toString();
}

std::optional<QList<RetentionDueItem>> RetentionRepository::due(QDate on)
{
    const PgResult r = m_session.exec(
        u"SELECT %1 FROM kohi_api.retention_due($1::date)"_s.arg(dueColumns), {dateParam(on)});
    if (!check(r))
        return std::nullopt;
    return readDue(r);
}

std::optional<QList<RetentionDueItem>> RetentionRepository::dueAsAdministrator(QDate on)
{
    // The administrator reads every programme (a superuser is not subject to row security);
    // logged like the staff's call.
    const PgResult r = m_session.exec(
        u"WITH d AS (SELECT * FROM kohi.retention_due_list("
        "coalesce($1::date, (clock_timestamp() AT TIME ZONE 'Asia/Tokyo')::date))),"
        " logged AS (SELECT kohi.audit('retention_due', NULL, 'ok',"
        " jsonb_build_object('rows', (SELECT count(*) FROM d), 'administrator', true)))"
        " SELECT %1 FROM d, logged ORDER BY ended_on, recipient_id"_s.arg(dueColumns),
        {dateParam(on)});
    if (!check(r))
        return std::nullopt;
    return readDue(r);
}

bool RetentionRepository::callerIsAdministrator()
{
    const PgResult r = m_session.exec(u"SELECT kohi.is_superuser() AS su"_s);
    return check(r) && r.first(u"su"_s).toString() == u"t"_s;
}

std::optional<QList<LapseOutcome>> RetentionRepository::endLapsed(QDate on, bool dryRun)
{
    const PgResult r = m_session.exec(
        u"SELECT recipient_id, programme, recipient_number, end_reason, ended_on, action"
        " FROM kohi.eligibility_end_lapsed($1::date, $2::boolean)"_s,
        {dateParam(on), dryRun ? QByteArray("true") : QByteArray("false")});
    if (!check(r))
        return std::nullopt;
    QList<LapseOutcome> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        LapseOutcome o;
        o.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        o.programme = r.value(i, u"programme"_s).toString();
        o.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        o.endReason = r.value(i, u"end_reason"_s).toString();
        o.endedOn = date(r.value(i, u"ended_on"_s));
        o.action = r.value(i, u"action"_s).toString();
        list << o;
    }
    return list;
}

std::optional<QList<DisposalRecord>> RetentionRepository::readDisposals(const PgResult& r)
{
    if (!check(r))
        return std::nullopt;
    QList<DisposalRecord> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        DisposalRecord d;
        d.id = r.value(i, u"disposal_id"_s).toLongLong();
        d.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        d.programme = r.value(i, u"programme"_s).toString();
        d.programmeName = r.value(i, u"programme_name"_s).toString();
        d.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        d.recipientName = r.value(i, u"recipient_name"_s).toString();
        d.endedOn = date(r.value(i, u"ended_on"_s));
        d.endReasonLabel = r.value(i, u"end_reason_label"_s).toString();
        d.retentionUntil = date(r.value(i, u"retention_until"_s));
        d.numbersErased = r.value(i, u"numbers_erased"_s).toInt();
        const QString roles = r.value(i, u"roles"_s).toString();
        d.erasedRoles = roles.isEmpty() ? QStringList() : roles.split(u'\t');
        d.papersDestroyed = r.value(i, u"papers_destroyed"_s).toInt();
        d.papersNote = r.value(i, u"papers_note"_s).toString();
        d.reason = r.value(i, u"reason"_s).toString();
        d.method = r.value(i, u"method"_s).toString();
        d.proposedBy = r.value(i, u"proposed_by"_s).toString();
        d.proposedByName = r.value(i, u"proposed_by_name"_s).toString();
        d.proposedAt = fromEpochMs(r.value(i, u"proposed_at"_s));
        d.approvedBy = r.value(i, u"approved_by"_s).toString();
        d.approvedByName = r.value(i, u"approved_by_name"_s).toString();
        d.erasedAt = fromEpochMs(r.value(i, u"erased_at"_s));
        list << d;
    }
    for (DisposalRecord& d : list) {
        const PgResult docs = m_session.exec(
            u"SELECT document_id, kind_label, description, cabinet_label, received_on"
            " FROM kohi_api.disposal_record_documents($1::bigint)"_s,
            {QByteArray::number(d.id)});
        if (!check(docs))
            return std::nullopt;
        for (int i = 0; i < docs.rows.size(); ++i)
            d.documents << DisposedDocument{docs.value(i, u"document_id"_s).toLongLong(),
                                            docs.value(i, u"kind_label"_s).toString(),
                                            docs.value(i, u"description"_s).toString(),
                                            docs.value(i, u"cabinet_label"_s).toString(),
                                            date(docs.value(i, u"received_on"_s))};
    }
    return list;
}

namespace {
QString disposalSelect()
{
    return u"SELECT disposal_id, recipient_id, programme, programme_name, recipient_number,"
           " recipient_name, ended_on, end_reason_label, retention_until, numbers_erased,"
           " array_to_string(erased_roles, E'\\t') AS roles, papers_destroyed, papers_note,"
           " reason, method, proposed_by, proposed_by_name, %1, approved_by, approved_by_name, %2"
           " FROM kohi_api.disposal_records($1::date, $2::date, $3::bigint)"_s.arg(
               epochMs(u"proposed_at"_s), epochMs(u"erased_at"_s));
}
} // namespace

std::optional<QList<DisposalRecord>> RetentionRepository::disposals(QDate from, QDate to)
{
    return readDisposals(m_session.exec(disposalSelect(), {dateParam(from), dateParam(to), {}}));
}

std::optional<QList<DisposalRecord>> RetentionRepository::disposalsOf(qint64 recipientId)
{
    return readDisposals(
        m_session.exec(disposalSelect(), {{}, {}, QByteArray::number(recipientId)}));
}

} // namespace kohi::db
